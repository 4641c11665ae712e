import type {
  Affiliation,
  Commitment,
  Corpus,
  EntityType,
  Event,
  Evidence,
  Organisation,
  Person,
  Place,
  Source,
  Statement,
} from '../domain';
import { entityTypeOf } from '../domain';
import type { ArticleAnnotation } from './annotation/article-annotation';
import { ArticleContext, entryLabel } from './article-context';
import type { CorpusProblem } from './corpus-problem';
import { aliasesOf, mergeNamed, MergedNamed } from './merge-named';

export interface AnnotatedArticle {
  readonly textFile: string;
  readonly annotationFile: string;
  readonly text: string;
  readonly annotation: ArticleAnnotation;
}

export type BuiltCorpus = { corpus: Corpus } | { problems: CorpusProblem[] };

/**
 * Turns validated annotations into the corpus: merges entities annotated in several articles,
 * locates every evidence quote, and resolves every reference. Collects every problem.
 */
export function buildCorpus(articles: readonly AnnotatedArticle[]): BuiltCorpus {
  const problems: CorpusProblem[] = [];
  const contexts = articles.map(
    (article) => new ArticleContext(article.annotationFile, article.textFile, article.text, article.annotation, problems),
  );

  const sources = buildSources(contexts);
  const places = buildPlaces(contexts);
  const people = buildPeople(contexts);
  const organisations = buildOrganisations(contexts);
  const affiliations = buildAffiliations(contexts);
  const events = contexts.flatMap(buildEvents);
  const statements = contexts.flatMap(buildStatements);
  const commitments = contexts.flatMap(buildCommitments);

  const known = new Map<string, string>(); // id → the file that defines it
  const define = (context: ArticleContext, entry: string, id: string) => {
    const earlier = known.get(id);
    if (earlier) context.problem(entry, `duplicate id ${id}: already defined in ${earlier}; ids must be unique`);
    else known.set(id, context.annotationFile);
  };
  for (const context of contexts) {
    const { source, events: es = [], statements: ss = [], commitments: cs = [] } = context.annotation;
    define(context, 'source', source.id);
    es.forEach((e, i) => define(context, entryLabel('events', i, e.id), e.id));
    ss.forEach((s, i) => define(context, entryLabel('statements', i, s.id), s.id));
    cs.forEach((c, i) => define(context, entryLabel('commitments', i, c.id), c.id));
  }
  for (const id of [...places.keys(), ...people.keys(), ...organisations.keys()]) known.set(id, 'merged');

  contexts.forEach((context) => checkReferences(context, known));
  checkParentCycles(organisations, contexts);

  if (problems.length > 0) return { problems };
  return {
    corpus: {
      sources,
      places: [...places.values()],
      people: [...people.values()],
      organisations: [...organisations.values()],
      affiliations,
      events,
      statements,
      commitments,
    },
  };
}

function buildSources(contexts: readonly ArticleContext[]): Source[] {
  return contexts.map(({ annotation: { source }, textFile, text }) => ({
    id: source.id,
    title: source.title,
    publisherId: source.publisher,
    authorIds: source.authors ?? [],
    seedFile: textFile,
    text,
  }));
}

function requireField<F>(merged: MergedNamed<F>, field: string, contexts: readonly ArticleContext[], hint: string) {
  const value = (merged.fields as Record<string, unknown>)[field];
  if (value === undefined) {
    contexts
      .find((context) => context.annotationFile === merged.firstFile)
      ?.problem(merged.id, `${merged.id} has no ${field} in any article; ${hint}`);
  }
  return value;
}

function buildPlaces(contexts: readonly ArticleContext[]): Map<string, Place> {
  const merged = mergeNamed(
    'places',
    contexts.map((context) => ({ context, annotations: context.annotation.places ?? [] })),
    (place) => ({ countryId: place.country }),
  );
  return mapValues(merged, (m) => {
    const name = (requireField(m, 'name', contexts, 'give its name in one of them') as string) ?? m.id;
    return { id: m.id, name, aliases: aliasesOf(m, name), countryId: m.fields.countryId, mentions: m.mentions };
  });
}

function buildPeople(contexts: readonly ArticleContext[]): Map<string, Person> {
  const merged = mergeNamed(
    'people',
    contexts.map((context) => ({ context, annotations: context.annotation.people ?? [] })),
    (person) => ({ description: person.description }),
  );
  return mapValues(merged, (m) => {
    const name = (requireField(m, 'name', contexts, 'give the full name in one of them') as string) ?? m.id;
    return { id: m.id, name, aliases: aliasesOf(m, name), description: m.fields.description, mentions: m.mentions };
  });
}

function buildOrganisations(contexts: readonly ArticleContext[]): Map<string, Organisation> {
  const merged = mergeNamed(
    'organisations',
    contexts.map((context) => ({ context, annotations: context.annotation.organisations ?? [] })),
    (organisation) => ({ kind: organisation.kind, parentId: organisation.parent, description: organisation.description }),
  );
  return mapValues(merged, (m) => {
    const name = (requireField(m, 'name', contexts, 'give its name in one of them') as string) ?? m.id;
    requireField(m, 'kind', contexts, 'give its kind (STATE, INTERGOVERNMENTAL, …) in one of them');
    return {
      id: m.id,
      name,
      aliases: aliasesOf(m, name),
      kind: m.fields.kind ?? 'OTHER',
      parentId: m.fields.parentId,
      description: m.fields.description,
      mentions: m.mentions,
    };
  });
}

/** One affiliation per person, organisation and role; the evidence of every article that states it. */
function buildAffiliations(contexts: readonly ArticleContext[]): Affiliation[] {
  const byKey = new Map<string, { personId: string; organisationId: string; role?: string; evidence: Evidence[] }>();
  for (const context of contexts) {
    (context.annotation.affiliations ?? []).forEach((a, index) => {
      const evidence = context.evidence(`${entryLabel('affiliations', index)}.evidence`, a.evidence);
      const key = `${a.person}\u0000${a.organisation}\u0000${a.role ?? ''}`;
      const existing = byKey.get(key);
      if (existing) existing.evidence.push(...evidence);
      else byKey.set(key, { personId: a.person, organisationId: a.organisation, role: a.role, evidence });
    });
  }
  return [...byKey.values()];
}

function buildEvents(context: ArticleContext): Event[] {
  return (context.annotation.events ?? []).map((e, index) => {
    const entry = entryLabel('events', index, e.id);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      description: e.description,
      startDate: context.date(e.startDate),
      endDate: context.date(e.endDate),
      location: e.location,
      placeId: e.place,
      attendance: e.attendance && { ...e.attendance, approximate: e.attendance.approximate ?? false },
      organiserIds: e.organisers ?? [],
      participations: (e.participants ?? []).map((p, i) => ({
        eventId: e.id,
        actorId: p.actor,
        role: p.role,
        evidence: context.evidence(`${entry}.participants[${i}].evidence`, p.evidence),
      })),
      sourceId: context.sourceId,
      evidence: context.evidence(`${entry}.evidence`, e.evidence),
    };
  });
}

function buildStatements(context: ArticleContext): Statement[] {
  return (context.annotation.statements ?? []).map((s, index) => {
    const entry = entryLabel('statements', index, s.id);
    if (!context.text.includes(s.text)) {
      context.problem(`${entry}.text`, 'text is not found word for word in the article; give the words as the article has them');
    }
    return {
      id: s.id,
      text: s.text,
      kind: s.kind,
      speakerId: s.speaker,
      speakerRole: s.speakerRole,
      eventId: s.event,
      date: context.date(s.date),
      sourceId: context.sourceId,
      evidence: context.evidence(`${entry}.evidence`, s.evidence),
    };
  });
}

function buildCommitments(context: ArticleContext): Commitment[] {
  return (context.annotation.commitments ?? []).map((c, index) => {
    const entry = entryLabel('commitments', index, c.id);
    const evidence = context.evidence(`${entry}.evidence`, c.evidence);
    const amounts = c.amounts ?? [];
    amounts.forEach((amount, i) => {
      if (!evidence.some((e) => e.quote.includes(amount.text))) {
        context.problem(`${entry}.amounts[${i}]`, `amount text ${JSON.stringify(amount.text)} is not inside the commitment's evidence; quote the words that state it`);
      }
    });
    return {
      id: c.id,
      description: c.description,
      kind: c.kind,
      actorIds: c.actors,
      beneficiaryIds: c.beneficiaries ?? [],
      amounts: amounts.map(({ value, currency, text }) => ({ value, currency, text })),
      dueDate: context.date(c.dueDate),
      eventId: c.event,
      statementId: c.statement,
      sourceId: context.sourceId,
      evidence,
    };
  });
}

/** Every reference in one article points at an id that some article defines. */
function checkReferences(context: ArticleContext, known: ReadonlyMap<string, string>): void {
  const check = (entry: string, id: string | undefined) => {
    if (id === undefined || known.has(id)) return;
    const type = entityTypeOf(id) as EntityType;
    context.problem(entry, `unknown ${type} ${id}: no article defines it; add it to the ${sectionOf(type)} of an article, or fix the id`);
  };
  const a = context.annotation;
  check('source.publisher', a.source.publisher);
  (a.source.authors ?? []).forEach((id, i) => check(`source.authors[${i}]`, id));
  (a.places ?? []).forEach((p, i) => check(`${entryLabel('places', i, p.id)}.country`, p.country));
  (a.organisations ?? []).forEach((o, i) => check(`${entryLabel('organisations', i, o.id)}.parent`, o.parent));
  (a.affiliations ?? []).forEach((af, i) => {
    check(`${entryLabel('affiliations', i)}.person`, af.person);
    check(`${entryLabel('affiliations', i)}.organisation`, af.organisation);
  });
  (a.events ?? []).forEach((e, i) => {
    const entry = entryLabel('events', i, e.id);
    check(`${entry}.place`, e.place);
    (e.organisers ?? []).forEach((id, j) => check(`${entry}.organisers[${j}]`, id));
    (e.participants ?? []).forEach((p, j) => check(`${entry}.participants[${j}].actor`, p.actor));
  });
  (a.statements ?? []).forEach((s, i) => {
    const entry = entryLabel('statements', i, s.id);
    check(`${entry}.speaker`, s.speaker);
    check(`${entry}.event`, s.event);
  });
  (a.commitments ?? []).forEach((c, i) => {
    const entry = entryLabel('commitments', i, c.id);
    c.actors.forEach((id, j) => check(`${entry}.actors[${j}]`, id));
    (c.beneficiaries ?? []).forEach((id, j) => check(`${entry}.beneficiaries[${j}]`, id));
    check(`${entry}.event`, c.event);
    check(`${entry}.statement`, c.statement);
  });
}

function checkParentCycles(organisations: ReadonlyMap<string, Organisation>, contexts: readonly ArticleContext[]): void {
  for (const organisation of organisations.values()) {
    const seen = new Set<string>([organisation.id]);
    for (let parent = organisation.parentId; parent; parent = organisations.get(parent)?.parentId) {
      if (!seen.has(parent)) {
        seen.add(parent);
        continue;
      }
      const where = parentEntryOf(organisation.id, contexts);
      where?.context.problem(where.entry, `parent links form a cycle: ${[...seen].join(' → ')} → ${parent}`);
      break;
    }
  }
}

/** The entry that gives an organisation its parent, to report a problem with the parent where it was given. */
function parentEntryOf(id: string, contexts: readonly ArticleContext[]): { context: ArticleContext; entry: string } | undefined {
  for (const context of contexts) {
    const index = (context.annotation.organisations ?? []).findIndex((o) => o.id === id && o.parent !== undefined);
    if (index >= 0) return { context, entry: `${entryLabel('organisations', index, id)}.parent` };
  }
  return undefined;
}

function sectionOf(type: EntityType): string {
  return { source: 'source', place: 'places', person: 'people', organisation: 'organisations', event: 'events', statement: 'statements', commitment: 'commitments' }[type];
}

function mapValues<K, A, B>(map: ReadonlyMap<K, A>, f: (a: A) => B): Map<K, B> {
  return new Map([...map].map(([key, value]) => [key, f(value)]));
}
