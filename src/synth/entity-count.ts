/** A count of entities as people write it: "10000", "10_000", "100k", "1M"; undefined for anything else. */
export function parseEntityCount(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.replaceAll('_', ''));
  if (!match) return undefined;
  const scale = { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * scale);
}
