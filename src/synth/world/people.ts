import type { OrganisationKind } from '../../domain';
import { FIRST_NAMES, slugify, SURNAME_ENDINGS, syllableWord } from '../vocabulary';
import type { AffiliationInfo, PersonInfo, World } from './entity-info';

const ROLES: Readonly<Record<OrganisationKind, readonly string[]>> = {
  STATE: ['Deputy Foreign Minister', 'Ambassador', 'Special Envoy', 'Adviser to the President'],
  GOVERNMENT_BODY: ['Head', 'Deputy Head', 'Spokesperson', 'Senior Officer'],
  INTERGOVERNMENTAL: ['Head', 'Senior Adviser', 'Programme Officer', 'Political Officer'],
  NON_GOVERNMENTAL: ['Director', 'Co-ordinator', 'Board Member'],
  ACADEMIC: ['Director', 'Senior Fellow', 'Researcher', 'Professor'],
  MEDIA: ['Correspondent', 'Editor'],
  ARMED_GROUP: ['Commander'],
  OTHER: ['Chair', 'Member'],
};

/** Person `index`: a name, sometimes a misspelling of it, and one to three roles in organisations. */
export function describePerson(world: World, index: number): PersonInfo {
  const random = world.random('person', index);
  const first = random.pick(FIRST_NAMES);
  const surname = syllableWord(index, world.counts.people) + random.pick(SURNAME_ENDINGS);
  const name = `${first} ${surname}`;
  // The misspelling breaks a syllable ("Kamurov" → "Kymurov"), so it is never another's name.
  const alias = random.chance(0.1) ? `${first} ${surname[0]}y${surname.slice(2)}` : undefined;
  const affiliationCount = random.chance(0.45) ? 1 : random.chance(0.64) ? 2 : 3;
  const affiliations: AffiliationInfo[] = [];
  for (let n = 0; n < affiliationCount; n++) {
    const organisation = world.anyOrganisation(random);
    if (affiliations.some((a) => a.organisation === organisation)) continue;
    affiliations.push({ organisation, role: random.pick(ROLES[world.organisation(organisation).kind]) });
  }
  return { index, id: `person:${slugify(name)}`, name, alias: alias === name ? undefined : alias, affiliations };
}
