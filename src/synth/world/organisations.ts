import type { OrganisationKind } from '../../domain';
import { CATALOG_ORGANISATIONS } from '../catalog';
import { capitalise, slugify, syllableWord } from '../vocabulary';
import { CATALOG_INDEX, CENTRAL_ASIAN_STATE_INDICES } from './catalog-indices';
import type { OrganisationInfo, World } from './entity-info';

/** Organisation `index`: the catalog's first, then generated government bodies, offices, NGOs, institutes and media. */
export function describeOrganisation(world: World, index: number): OrganisationInfo {
  const catalogEntry = CATALOG_ORGANISATIONS[index];
  if (catalogEntry) {
    const { slug, name, kind, aliases = [], parent, description } = catalogEntry;
    return {
      index,
      id: `organisation:${slug}`,
      name,
      kind,
      aliases,
      parent: parent === undefined ? undefined : CATALOG_INDEX.get(parent),
      description: capitalise(description),
      article: kind === 'STATE' || kind === 'MEDIA' ? '' : 'the ',
    };
  }
  const random = world.random('organisation', index);
  const token = syllableWord(index, world.counts.organisations);
  const roll = random.next();
  let kind: OrganisationKind;
  let name: string;
  let parent: number | undefined;
  let description: string;
  if (roll < 0.3) {
    kind = 'GOVERNMENT_BODY';
    const state = random.pick(CENTRAL_ASIAN_STATE_INDICES);
    const stateName = CATALOG_ORGANISATIONS[state]!.name;
    if (random.chance(0.5)) {
      parent = CATALOG_INDEX.get(`${CATALOG_ORGANISATIONS[state]!.slug}-border-service`);
      name = `${token} Regional Border Department`;
      description = `A regional department of the Border Service of ${stateName}`;
    } else {
      parent = state;
      name = `${token} Regional Administration`;
      description = `A regional administration of ${stateName}`;
    }
  } else if (roll < 0.4) {
    kind = 'INTERGOVERNMENTAL';
    const osce = random.chance(0.6);
    parent = CATALOG_INDEX.get(osce ? 'osce' : 'united-nations');
    name = osce ? `OSCE Field Office in ${token}` : `UN Liaison Office in ${token}`;
    description = osce ? 'An OSCE field presence' : 'A UN liaison office';
  } else if (roll < 0.6) {
    kind = 'NON_GOVERNMENTAL';
    name = `${token} ${random.pick(['Foundation', 'Centre for Dialogue', 'Civic Initiative'])}`;
    description = 'A non-governmental organisation';
  } else if (roll < 0.8) {
    kind = 'ACADEMIC';
    name = `${token} ${random.pick(['Institute for Strategic Studies', 'University', 'Academy of Sciences'])}`;
    description = 'A research institution';
  } else if (roll < 0.9) {
    kind = 'MEDIA';
    name = `${token} ${random.pick(['Herald', 'Daily', 'News Agency'])}`;
    description = 'A news outlet';
  } else if (roll < 0.98) {
    kind = 'OTHER';
    name = `${token} Business Council`;
    description = 'An association of companies';
  } else {
    kind = 'ARMED_GROUP';
    name = `${token} Brigade`;
    description = 'An armed group';
  }
  // Some research and civic bodies are departments of an earlier one: deeper trees.
  const catalog = CATALOG_ORGANISATIONS.length;
  if ((kind === 'ACADEMIC' || kind === 'NON_GOVERNMENTAL') && index > catalog + 10 && random.chance(0.15)) {
    parent = catalog + random.int(index - catalog);
    description = `A department of ${world.organisation(parent).name}`;
  }
  const acronym = name
    .split(' ')
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
  const aliases = acronym.length >= 3 && random.chance(0.3) ? [acronym] : [];
  return { index, id: `organisation:${slugify(name)}`, name, kind, aliases, parent, description, article: kind === 'MEDIA' ? '' : 'the ' };
}
