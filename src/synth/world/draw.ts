import { CATALOG_ORGANISATIONS, CATALOG_PLACES, CATALOG_STATE_COUNT } from '../catalog';
import type { EntityCounts } from '../plan';
import type { Random } from '../random';
import { MEDIA_INDICES } from './catalog-indices';

/*
 * Drawing an entity to name: hubs (the catalog's states, bodies and cities, the busiest people)
 * far likelier than the rest.
 */

/** A hub organisation (a state, the OSCE, a UN body, a ministry) or, less often, any other. */
export function anyOrganisation(counts: EntityCounts, random: Random, hubShare = 0.55): number {
  const catalog = CATALOG_ORGANISATIONS.length;
  if (random.chance(hubShare) || counts.organisations === catalog) return random.skewed(catalog, 2);
  return catalog + random.int(counts.organisations - catalog);
}

/** Who organises events: the OSCE, UN bodies, ministries, media, or any other organisation. */
export function organiser(counts: EntityCounts, random: Random): number {
  const catalog = CATALOG_ORGANISATIONS.length;
  if (random.chance(0.7) || counts.organisations === catalog) return CATALOG_STATE_COUNT + random.skewed(catalog - CATALOG_STATE_COUNT, 1.5);
  return catalog + random.int(counts.organisations - catalog);
}

export function state(random: Random): number {
  return random.skewed(CATALOG_STATE_COUNT, 1.5);
}

/** People recur with a long tail: a few speak and take part everywhere. */
export function anyPerson(counts: EntityCounts, random: Random): number {
  return random.skewed(counts.people, 2);
}

export function anyPlace(counts: EntityCounts, random: Random): number {
  const catalog = CATALOG_PLACES.length;
  if (random.chance(0.6) || counts.places === catalog) return random.skewed(catalog, 1.5);
  return catalog + random.int(counts.places - catalog);
}

export function publisher(random: Random): number {
  return random.pick(MEDIA_INDICES);
}
