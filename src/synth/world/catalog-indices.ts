import { CATALOG_MEDIA_SLUGS, CATALOG_ORGANISATIONS, CATALOG_PLACES, CENTRAL_ASIAN_STATES } from '../catalog';

/** The catalog's organisations and places by index, as the world numbers them. */
export const CATALOG_INDEX = new Map(CATALOG_ORGANISATIONS.map((o, i) => [o.slug, i]));
export const CATALOG_PLACE_COUNTRY = CATALOG_PLACES.map((p) => (p.country === undefined ? undefined : CATALOG_INDEX.get(p.country)));
export const CENTRAL_ASIAN_STATE_INDICES = CENTRAL_ASIAN_STATES.map((slug) => CATALOG_INDEX.get(slug)!);
export const MEDIA_INDICES = CATALOG_MEDIA_SLUGS.map((slug) => CATALOG_INDEX.get(slug)!);
