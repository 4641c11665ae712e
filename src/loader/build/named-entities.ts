import type { Named, Organisation, Person, Place } from '../../domain';
import type { OrganisationAnnotation } from '../annotation/organisation-annotation';
import type { PersonAnnotation } from '../annotation/person-annotation';
import type { PlaceAnnotation } from '../annotation/place-annotation';
import type { ArticleContext, ProblemSink } from './article-context';
import { fitted } from './fitted';
import { aliasesOf, ambiguousAliasesOf, MergedNamed } from './merged-named';

/*
 * Places, people and organisations: the fields one article's entry gives (merged across
 * articles by NamedMerger), and the entity made of the merged fields once every article is in.
 */

export const placeFields = (place: PlaceAnnotation, context: ArticleContext) => ({ name: place.name, countryId: context.ref(place.country) });

export const personFields = (person: PersonAnnotation) => ({ name: person.name, description: person.description });

export const organisationFields = (organisation: OrganisationAnnotation, context: ArticleContext) => ({
  name: organisation.name,
  kind: context.word(organisation.kind),
  parentId: context.ref(organisation.parent),
  description: organisation.description,
});

export function placeOf(m: MergedNamed<ReturnType<typeof placeFields>>, problems: ProblemSink): Place {
  const name = requiredField(m, 'name', 'give its name in one of them', problems) ?? m.id;
  return { ...namedOf(m, name, problems), countryId: m.fields.countryId };
}

export function personOf(m: MergedNamed<ReturnType<typeof personFields>>, problems: ProblemSink): Person {
  const name = requiredField(m, 'name', 'give the full name in one of them', problems) ?? m.id;
  return { ...namedOf(m, name, problems), description: m.fields.description };
}

export function organisationOf(m: MergedNamed<ReturnType<typeof organisationFields>>, problems: ProblemSink): Organisation {
  const name = requiredField(m, 'name', 'give its name in one of them', problems) ?? m.id;
  requiredField(m, 'kind', 'give its kind (STATE, INTERGOVERNMENTAL, …) in one of them', problems);
  return { ...namedOf(m, name, problems), kind: m.fields.kind ?? 'OTHER', parentId: m.fields.parentId, description: m.fields.description };
}

/** What every named entity has: its id, name, aliases (and those marked ambiguous) and mentions. */
function namedOf(m: MergedNamed<unknown>, name: string, problems: ProblemSink): Named {
  return { id: m.id, name, aliases: aliasesOf(m, name), ...(m.ambiguous && ambiguous(m, name, problems)), mentions: fitted(m.mentions) };
}

/** `{ambiguousAliases}` where the annotations mark some, else nothing (not even an undefined field). */
function ambiguous(merged: MergedNamed<unknown>, name: string, problems: ProblemSink): { ambiguousAliases?: string[] } {
  const names = ambiguousAliasesOf(merged, name, (file, entry, message) => problems.push({ file, entry, message }));
  return names ? { ambiguousAliases: names } : {};
}

/** The merged field; a problem when no article gave it. */
function requiredField<F>(merged: MergedNamed<F>, field: string, hint: string, problems: ProblemSink): string | undefined {
  const value = (merged.fields as Record<string, unknown>)[field];
  if (value === undefined) {
    problems.push({ file: merged.firstFile, entry: merged.id, message: `${merged.id} has no ${field} in any article; ${hint}` });
  }
  return value as string | undefined;
}
