import type { Attribution, Commitment, Corpus, EntityType, Event, Evidence, Organisation, Person, Place, Source, Statement } from '../domain';
import { entityTypeOf } from '../domain';
import type { ArticleAnnotation } from './annotation/article-annotation';
import type { OrganisationAnnotation } from './annotation/organisation-annotation';
import type { PersonAnnotation } from './annotation/person-annotation';
import type { PlaceAnnotation } from './annotation/place-annotation';
import type { StatementAnnotation } from './annotation/statement-annotation';
import { ArticleContext, entryLabel, ProblemSink } from './article-context';
import type { CorpusProblem } from './corpus-problem';
import { IdRecord, IdRegistry, isDefined } from './id-registry';
import { locateEvidence } from './locate-evidence';
import { aliasesOf, ambiguousAliasesOf, MergedNamed, NamedMerger } from './merge-named';

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
  const builder = new CorpusBuilder();
  for (const article of articles) builder.add(article, () => article.annotation);
  return builder.finish();
}

/**
 * The phases of a build, in the order their problems are reported: every article's places,
 * then every article's people, and so on, whatever order the articles are added in.
 */
const PHASES = [
  'places',
  'places:fields',
  'people',
  'people:fields',
  'organisations',
  'organisations:fields',
  'affiliations',
  'events',
  'statements',
  'commitments',
  'ids',
  'references',
  'parents',
] as const;
type Phase = (typeof PHASES)[number];

/** Problems filed by phase, so that building an article at a time reports them in phase order. */
class PhasedProblems implements ProblemSink {
  private readonly lists = new Map<Phase, CorpusProblem[]>(PHASES.map((phase) => [phase, []]));
  private current: CorpusProblem[] = this.lists.get('places')!;

  in(phase: Phase): this {
    this.current = this.lists.get(phase)!;
    return this;
  }

  push(problem: CorpusProblem): void {
    this.current.push(problem);
  }

  all(): CorpusProblem[] {
    return PHASES.flatMap((phase) => this.lists.get(phase)!);
  }
}

/** What the builder keeps of an article once built: enough to check its references at the end. */
interface BuiltArticle {
  readonly annotationFile: string;
  readonly textFile: string;
  /** The records of every id the article refers to: checked at the end, without looking them up again. */
  readonly references: readonly IdRecord[];
  /** The article's annotation again, read anew, for the rare report that needs its entries. */
  readonly reload: () => ArticleAnnotation;
}

/**
 * Builds the corpus an article at a time, so that a loader can let go of each annotation once
 * it is built: at a million entities, holding every parsed annotation until the end would
 * double the memory a load needs. Problems come out exactly as a build of all articles at once.
 */
export class CorpusBuilder {
  private readonly problems = new PhasedProblems();
  private readonly articles: BuiltArticle[] = [];
  private readonly ids = new IdRegistry();
  private readonly sources: Source[] = [];
  private readonly places = new NamedMerger('places', (place: PlaceAnnotation, context) => ({ name: place.name, countryId: context.ref(place.country) }));
  private readonly people = new NamedMerger('people', (person: PersonAnnotation) => ({ name: person.name, description: person.description }));
  private readonly organisations = new NamedMerger('organisations', (organisation: OrganisationAnnotation, context) => ({
    name: organisation.name,
    kind: context.word(organisation.kind),
    parentId: context.ref(organisation.parent),
    description: organisation.description,
  }));
  private readonly affiliations = new Map<string, { personId: string; organisationId: string; role?: string; evidence: Evidence[] }>();
  private readonly events: Event[] = [];
  private readonly statements: Statement[] = [];
  private readonly commitments: Commitment[] = [];

  /** Builds one article. `reload` gives its annotation again, should a problem report need it. */
  add(article: AnnotatedArticle, reload: () => ArticleAnnotation): void {
    this.ids.startArticle();
    const problems = this.problems;
    const context = new ArticleContext(article.annotationFile, article.textFile, article.text, article.annotation, problems, this.ids);
    const a = article.annotation;
    this.sources.push(buildSource(context));
    problems.in('places');
    this.places.add(context, a.places ?? [], this.ids.recordOf);
    problems.in('people');
    this.people.add(context, a.people ?? [], this.ids.recordOf);
    problems.in('organisations');
    this.organisations.add(context, a.organisations ?? [], this.ids.recordOf);
    problems.in('affiliations');
    this.addAffiliations(context);
    problems.in('events');
    for (const event of buildEvents(context)) this.events.push(event);
    problems.in('statements');
    for (const statement of buildStatements(context)) this.statements.push(statement);
    problems.in('commitments');
    for (const commitment of buildCommitments(context)) this.commitments.push(commitment);
    problems.in('ids');
    this.defineIds(context);
    this.articles.push({ annotationFile: article.annotationFile, textFile: article.textFile, references: context.references, reload });
  }

  finish(): BuiltCorpus {
    const problems = this.problems;
    const places = this.finishNamed(this.places.merged, 'places:fields', (m) => {
      const name = this.requireField(m, 'name', 'give its name in one of them') ?? m.id;
      return {
        id: m.id,
        name,
        aliases: aliasesOf(m, name),
        ...(m.ambiguous && this.ambiguous(m, name)),
        countryId: m.fields.countryId,
        mentions: fitted(m.mentions),
      } satisfies Place;
    });
    const people = this.finishNamed(this.people.merged, 'people:fields', (m) => {
      const name = this.requireField(m, 'name', 'give the full name in one of them') ?? m.id;
      return {
        id: m.id,
        name,
        aliases: aliasesOf(m, name),
        ...(m.ambiguous && this.ambiguous(m, name)),
        description: m.fields.description,
        mentions: fitted(m.mentions),
      } satisfies Person;
    });
    const organisations = this.finishNamed(this.organisations.merged, 'organisations:fields', (m) => {
      const name = this.requireField(m, 'name', 'give its name in one of them') ?? m.id;
      this.requireField(m, 'kind', 'give its kind (STATE, INTERGOVERNMENTAL, …) in one of them');
      return {
        id: m.id,
        name,
        aliases: aliasesOf(m, name),
        ...(m.ambiguous && this.ambiguous(m, name)),
        kind: m.fields.kind ?? 'OTHER',
        parentId: m.fields.parentId,
        description: m.fields.description,
        mentions: fitted(m.mentions),
      } satisfies Organisation;
    });
    problems.in('references');
    const isKnown = (id: string) => {
      const record = this.ids.find(id);
      return record !== undefined && isDefined(record);
    };
    for (const article of this.articles) {
      // Most articles refer to known ids only; the others are read again, for their entries' names.
      if (article.references.every(isDefined)) continue;
      checkReferences(this.contextOf(article), isKnown);
    }
    problems.in('parents');
    checkParentCycles(organisations, () => this.articles.map((article) => this.contextOf(article)));

    const all = problems.all();
    if (all.length > 0) return { problems: all };
    return {
      corpus: {
        sources: this.sources,
        places,
        people,
        organisations,
        affiliations: [...this.affiliations.values()].map((affiliation) => ({ ...affiliation, evidence: fitted(affiliation.evidence) })),
        events: this.events,
        statements: this.statements,
        commitments: this.commitments,
      },
    };
  }

  private contextOf(article: BuiltArticle): ArticleContext {
    return new ArticleContext(article.annotationFile, article.textFile, '', article.reload(), this.problems, this.ids);
  }

  private finishNamed<F, T>(merged: readonly MergedNamed<F>[], phase: Phase, build: (m: MergedNamed<F>) => T): T[] {
    this.problems.in(phase);
    return merged.map(build);
  }

  /** `{ambiguousAliases}` where the annotations mark some, else nothing (not even an undefined field). */
  private ambiguous(merged: MergedNamed<unknown>, name: string): { ambiguousAliases?: string[] } {
    const names = ambiguousAliasesOf(merged, name, (file, entry, message) => this.problems.push({ file, entry, message }));
    return names ? { ambiguousAliases: names } : {};
  }

  private requireField<F>(merged: MergedNamed<F>, field: string, hint: string): string | undefined {
    const value = (merged.fields as Record<string, unknown>)[field];
    if (value === undefined) {
      this.problems.push({ file: merged.firstFile, entry: merged.id, message: `${merged.id} has no ${field} in any article; ${hint}` });
    }
    return value as string | undefined;
  }

  /** One affiliation per person, organisation and role; the evidence of every article that states it. */
  private addAffiliations(context: ArticleContext): void {
    (context.annotation.affiliations ?? []).forEach((a, index) => {
      const evidence = context.evidence(`${entryLabel('affiliations', index)}.evidence`, a.evidence);
      const [personId, organisationId] = [context.ref(a.person), context.ref(a.organisation)];
      const key = `${personId}\u0000${organisationId}\u0000${a.role ?? ''}`;
      const existing = this.affiliations.get(key);
      if (existing) for (const item of evidence) existing.evidence.push(item);
      else this.affiliations.set(key, { personId, organisationId, role: context.word(a.role), evidence });
    });
  }

  /** Sources, events, statements and commitments are defined once; a second definition is a problem. */
  private defineIds(context: ArticleContext): void {
    const { source, events = [], statements = [], commitments = [] } = context.annotation;
    const define = (entry: string | (() => string), id: string) => {
      const record = this.ids.recordOf(id);
      const earlier = record.definedIn;
      if (earlier) context.problem(typeof entry === 'string' ? entry : entry(), `duplicate id ${id}: already defined in ${earlier}; ids must be unique`);
      else record.definedIn = context.annotationFile;
    };
    define('source', source.id);
    events.forEach((e, i) => define(() => entryLabel('events', i, e.id), e.id));
    statements.forEach((s, i) => define(() => entryLabel('statements', i, s.id), s.id));
    commitments.forEach((c, i) => define(() => entryLabel('commitments', i, c.id), c.id));
  }
}

/** The list in an array of its own size: one grown by push keeps spare room, a lot of it over a million lists. */
function fitted<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

function buildSource(context: ArticleContext): Source {
  const {
    annotation: { source },
    textFile,
    text,
  } = context;
  return {
    id: context.sourceId,
    title: source.title,
    publisherId: context.ref(source.publisher),
    authorIds: context.refs(source.authors),
    seedFile: textFile,
    text,
    url: source.url,
    publishedAt: context.date(source.publishedAt),
    language: context.word(source.language),
    review: context.annotation.review === 'draft' ? 'DRAFT' : 'REVIEWED',
  };
}

function buildEvents(context: ArticleContext): Event[] {
  return (context.annotation.events ?? []).map((e, index) => {
    const entry = entryLabel('events', index, e.id);
    const id = context.intern(e.id);
    return {
      id,
      name: e.name,
      kind: context.word(e.kind),
      description: e.description,
      startDate: context.date(e.startDate),
      endDate: context.date(e.endDate),
      location: context.word(e.location),
      placeId: context.ref(e.place),
      attendance: e.attendance && { ...e.attendance, unit: context.word(e.attendance.unit), approximate: e.attendance.approximate ?? false },
      organiserIds: context.refs(e.organisers),
      participations: (e.participants ?? []).map((p, i) => ({
        eventId: id,
        actorId: context.ref(p.actor),
        role: context.word(p.role),
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
    const text = context.wordsOf(s.text);
    if (text === undefined) {
      context.problem(`${entry}.text`, 'text is not found word for word in the article; give the words as the article has them');
    }
    const evidence = context.evidence(`${entry}.evidence`, s.evidence);
    return {
      id: context.intern(s.id),
      text: text ?? s.text,
      kind: context.word(s.kind),
      speakerId: context.ref(s.speaker),
      speakerRole: context.word(s.speakerRole),
      eventId: context.ref(s.event),
      date: context.date(s.date),
      attribution: buildAttribution(context, entry, s, evidence),
      sourceId: context.sourceId,
      evidence,
    };
  });
}

/**
 * A statement's attribution, its cue located like evidence. The basis must agree with the
 * speaker (NAMED has one, UNNAMED has none), and the cue must lie inside or beside the
 * statement's evidence: the attributing words are part of the passage that reports it.
 */
function buildAttribution(context: ArticleContext, entry: string, s: StatementAnnotation, evidence: readonly Evidence[]): Attribution {
  const { basis, via, cue } = s.attribution;
  if (basis === 'NAMED' && s.speaker === undefined) {
    context.problem(
      `${entry}.attribution.basis`,
      'basis NAMED needs a speaker: give the speaker, or use ROLE_ONLY (a role or body only) or UNNAMED (nobody said to speak)',
    );
  }
  if (basis === 'UNNAMED' && s.speaker !== undefined) {
    context.problem(
      `${entry}.attribution.basis`,
      `basis UNNAMED says the article does not name who spoke, but the speaker is ${s.speaker}: use NAMED or ROLE_ONLY, or leave the speaker out`,
    );
  }
  if (!cue) return { basis: context.word(basis), via: context.word(via) };
  const found = locateEvidence(context.sourceId, context.text, cue.quote, cue.occurrence, context.quoteAt);
  if (!('evidence' in found)) {
    context.problem(`${entry}.attribution.cue`, found.error);
    return { basis: context.word(basis), via: context.word(via) };
  }
  const span = found.evidence;
  if (evidence.length === s.evidence.length && !evidence.some((quoted) => isInsideOrBeside(context.text, span, quoted))) {
    context.problem(
      `${entry}.attribution.cue`,
      `cue ${JSON.stringify(span.quote)} is neither inside nor beside the statement's evidence; quote the attributing words of the passage the evidence quotes`,
    );
  }
  return { basis: context.word(basis), via: context.word(via), cue: span };
}

/** Whether `inner` lies inside `outer`, overlaps it, or is separated from it by nothing but spaces and punctuation. */
function isInsideOrBeside(text: string, inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  if (inner.start < outer.end && outer.start < inner.end) return true;
  const gap = inner.end <= outer.start ? text.slice(inner.end, outer.start) : text.slice(outer.end, inner.start);
  return /^[\s\p{P}]*$/u.test(gap);
}

function buildCommitments(context: ArticleContext): Commitment[] {
  return (context.annotation.commitments ?? []).map((c, index) => {
    const entry = entryLabel('commitments', index, c.id);
    const evidence = context.evidence(`${entry}.evidence`, c.evidence);
    const amounts = c.amounts ?? [];
    amounts.forEach((amount, i) => {
      if (!evidence.some((e) => e.quote.includes(amount.text))) {
        context.problem(
          `${entry}.amounts[${i}]`,
          `amount text ${JSON.stringify(amount.text)} is not inside the commitment's evidence; quote the words that state it`,
        );
      }
    });
    return {
      id: context.intern(c.id),
      description: c.description,
      kind: context.word(c.kind),
      actorIds: context.refs(c.actors),
      beneficiaryIds: context.refs(c.beneficiaries),
      amounts: amounts.map(({ value, currency, text }) => ({ value, currency: context.word(currency), text })),
      dueDate: context.date(c.dueDate),
      eventId: context.ref(c.event),
      statementId: context.ref(c.statement),
      sourceId: context.sourceId,
      evidence,
    };
  });
}

/**
 * Calls `visit` with every id an annotation refers to, and a label for the entry that names it.
 * One walk for both uses (collecting ids, reporting unknown ones), so they cannot drift apart;
 * labels are built only when asked for.
 */
function visitReferences(a: ArticleAnnotation, visit: (id: string, entry: () => string) => void): void {
  const check = (entry: () => string, id: string | undefined) => {
    if (id !== undefined) visit(id, entry);
  };
  check(() => 'source.publisher', a.source.publisher);
  (a.source.authors ?? []).forEach((id, i) => check(() => `source.authors[${i}]`, id));
  (a.places ?? []).forEach((p, i) => check(() => `${entryLabel('places', i, p.id)}.country`, p.country));
  (a.organisations ?? []).forEach((o, i) => check(() => `${entryLabel('organisations', i, o.id)}.parent`, o.parent));
  (a.affiliations ?? []).forEach((af, i) => {
    check(() => `${entryLabel('affiliations', i)}.person`, af.person);
    check(() => `${entryLabel('affiliations', i)}.organisation`, af.organisation);
  });
  (a.events ?? []).forEach((e, i) => {
    const entry = () => entryLabel('events', i, e.id);
    check(() => `${entry()}.place`, e.place);
    (e.organisers ?? []).forEach((id, j) => check(() => `${entry()}.organisers[${j}]`, id));
    (e.participants ?? []).forEach((p, j) => check(() => `${entry()}.participants[${j}].actor`, p.actor));
  });
  (a.statements ?? []).forEach((s, i) => {
    const entry = () => entryLabel('statements', i, s.id);
    check(() => `${entry()}.speaker`, s.speaker);
    check(() => `${entry()}.event`, s.event);
  });
  (a.commitments ?? []).forEach((c, i) => {
    const entry = () => entryLabel('commitments', i, c.id);
    c.actors.forEach((id, j) => check(() => `${entry()}.actors[${j}]`, id));
    (c.beneficiaries ?? []).forEach((id, j) => check(() => `${entry()}.beneficiaries[${j}]`, id));
    check(() => `${entry()}.event`, c.event);
    check(() => `${entry()}.statement`, c.statement);
  });
}

/** Every reference in one article points at an id that some article defines. */
function checkReferences(context: ArticleContext, isKnown: (id: string) => boolean): void {
  visitReferences(context.annotation, (id, entry) => {
    if (isKnown(id)) return;
    const type = entityTypeOf(id) as EntityType;
    context.problem(entry(), `unknown ${type} ${id}: no article defines it; add it to the ${sectionOf(type)} of an article, or fix the id`);
  });
}

function checkParentCycles(list: readonly Organisation[], contexts: () => readonly ArticleContext[]): void {
  const organisations = new Map(list.map((organisation) => [organisation.id, organisation]));
  for (const organisation of list) {
    const seen = new Set<string>([organisation.id]);
    for (let parent = organisation.parentId; parent; parent = organisations.get(parent)?.parentId) {
      if (!seen.has(parent)) {
        seen.add(parent);
        continue;
      }
      const where = parentEntryOf(organisation.id, contexts());
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
  return {
    source: 'source',
    place: 'places',
    person: 'people',
    organisation: 'organisations',
    event: 'events',
    statement: 'statements',
    commitment: 'commitments',
  }[type];
}
