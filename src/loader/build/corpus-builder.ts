import type { Commitment, Corpus, Evidence, Event, Source, Statement } from '../../domain';
import type { ArticleAnnotation } from '../annotation/article-annotation';
import type { CorpusProblem } from '../corpus-problem';
import { ArticleContext } from './article-context';
import { buildCommitments, buildEvents, buildSource, buildStatements } from './article-entries';
import { entryLabel } from './entry-label';
import { fitted } from './fitted';
import { IdRecord, IdRegistry, isDefined } from './id-registry';
import type { MergedNamed } from './merged-named';
import { organisationFields, organisationOf, personFields, personOf, placeFields, placeOf } from './named-entities';
import { NamedMerger } from './named-merger';
import { checkParentCycles } from './parent-cycles';
import { Phase, PhasedProblems } from './phased-problems';
import { checkReferences } from './references';

export interface AnnotatedArticle {
  readonly textFile: string;
  readonly annotationFile: string;
  readonly text: string;
  readonly annotation: ArticleAnnotation;
}

export type BuiltCorpus = { corpus: Corpus } | { problems: CorpusProblem[] };

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
 * it is built, rather than hold every parsed annotation until the end (docs/performance/loader.md).
 * Problems come out exactly as a build of all articles at once.
 */
export class CorpusBuilder {
  private readonly problems = new PhasedProblems();
  private readonly articles: BuiltArticle[] = [];
  private readonly ids = new IdRegistry();
  private readonly sources: Source[] = [];
  private readonly places = new NamedMerger('places', placeFields);
  private readonly people = new NamedMerger('people', personFields);
  private readonly organisations = new NamedMerger('organisations', organisationFields);
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
    const places = this.finishNamed(this.places.merged, 'places:fields', placeOf);
    const people = this.finishNamed(this.people.merged, 'people:fields', personOf);
    const organisations = this.finishNamed(this.organisations.merged, 'organisations:fields', organisationOf);
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

  private finishNamed<F, T>(merged: readonly MergedNamed<F>[], phase: Phase, build: (m: MergedNamed<F>, problems: PhasedProblems) => T): T[] {
    const problems = this.problems.in(phase);
    return merged.map((m) => build(m, problems));
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
