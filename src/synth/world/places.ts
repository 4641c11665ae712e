import { CATALOG_PLACES } from '../catalog';
import { slugify, syllableWord } from '../vocabulary';
import { CATALOG_PLACE_COUNTRY, CENTRAL_ASIAN_STATE_INDICES } from './catalog-indices';
import type { PlaceInfo, World } from './entity-info';

/** Place `index`: the catalog's cities first, then generated towns of the Central Asian states. */
export function describePlace(world: World, index: number): PlaceInfo {
  const catalogEntry = CATALOG_PLACES[index];
  if (catalogEntry) {
    return { index, id: `place:${catalogEntry.slug}`, name: catalogEntry.name, aliases: catalogEntry.aliases ?? [], country: CATALOG_PLACE_COUNTRY[index] };
  }
  const random = world.random('place', index);
  const name = syllableWord(index, world.counts.places) + random.pick(['abad', 'sk', 'kent', 'tau']);
  return { index, id: `place:${slugify(name)}`, name, aliases: [], country: random.pick(CENTRAL_ASIAN_STATE_INDICES) };
}
