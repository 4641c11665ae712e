/**
 * The bounds of the network's and path's arguments, read by their validation and by the cost
 * model. Three hops from one actor reach most of today's corpus; a network is cut at
 * `maxActors` anyway, but the walk to find the nearest is bounded by the hops.
 */
export const NETWORK_BOUNDS = {
  hops: { default: 1, max: 3 },
  maxActors: { default: 100, max: 500 },
  seeds: { max: 100 },
  pathHops: { default: 4, max: 8 },
} as const;
