import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnnotationFormat, PartialDateFormat, QuoteInFile } from '../loader/annotation/annotation-format';
import type { ArticleAnnotation } from '../loader/annotation/article-annotation';
import { parseAnnotation } from '../loader/parse-annotation';
import { matchFormsOf } from '../repository/name-match';
import { draftArticle } from './draft-article';
import type { KnownCorpus, KnownNamed } from './known-names';
import type { NameKind } from './names';

/** Precision, recall and F1 of one kind of fact, over the articles scored. */
export interface Score {
  readonly measure: string;
  readonly curated: number;
  readonly drafted: number;
  readonly matched: number;
}

export const precision = (s: Score) => (s.drafted === 0 ? 0 : s.matched / s.drafted);
export const recall = (s: Score) => (s.curated === 0 ? 0 : s.matched / s.curated);
export const f1 = (s: Score) => (precision(s) + recall(s) === 0 ? 0 : (2 * precision(s) * recall(s)) / (precision(s) + recall(s)));

interface Article {
  readonly name: string;
  readonly text: string;
  readonly annotation: ArticleAnnotation;
}

type Annotation = ArticleAnnotationFormat<QuoteInFile> | ArticleAnnotation;
const SECTIONS: Record<NameKind, 'people' | 'organisations' | 'places'> = { person: 'people', organisation: 'organisations', place: 'places' };

/**
 * Drafts each article of the corpus as if it were new, against the other articles only (so
 * that matching cannot find the article itself), and compares each draft with its curated
 * annotation.
 */
export function scoreExtraction(corpusDir: string): { scores: Score[]; articles: number } {
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file): Article => {
      const parsed = parseAnnotation(file, readFileSync(join(corpusDir, file), 'utf8'));
      if ('problems' in parsed) throw new Error(`${file} does not parse; run npm run corpus:summary`);
      return { name: file, text: readFileSync(join(corpusDir, file.replace(/\.yaml$/, '.txt')), 'utf8'), annotation: parsed.annotation };
    });
  const namesById = new Map<string, Set<string>>();
  for (const a of articles) for (const e of namedOf(a.annotation)) namesById.set(e.id, new Set([...(namesById.get(e.id) ?? []), ...e.names]));

  const totals = new Map<string, { curated: number; drafted: number; matched: number }>();
  const add = (measure: string, s: Omit<Score, 'measure'>) => {
    const t = totals.get(measure) ?? { curated: 0, drafted: 0, matched: 0 };
    totals.set(measure, { curated: t.curated + s.curated, drafted: t.drafted + s.drafted, matched: t.matched + s.matched });
  };
  for (const article of articles) {
    const others = articles.filter((a) => a !== article);
    const draft = draftArticle(article.text, knownFrom(others), {}).annotation;
    const namesOf = (id: string, own: readonly string[]) => [...own, ...(namesById.get(id) ?? [])];
    for (const kind of ['person', 'organisation', 'place'] as const) {
      const curated = namedOf(article.annotation)
        .filter((e) => e.kind === kind)
        .map((e) => ({ id: e.id, names: namesOf(e.id, e.names) }));
      const drafted = namedOf(draft)
        .filter((e) => e.kind === kind)
        .map((e) => ({ id: e.id, names: namesOf(e.id, e.names) }));
      add(SECTIONS[kind], { curated: curated.length, drafted: drafted.length, matched: matchedPairs(curated, drafted, sameEntity).length });
    }
    const quotes = (a: Annotation) => (a.statements ?? []).filter((s) => s.kind === 'DIRECT_QUOTE');
    const curatedQuotes = quotes(article.annotation);
    const draftQuotes = quotes(draft);
    const pairs = matchedPairs(curatedQuotes, draftQuotes, (c, d) => overlapShare(article.text, c.text, d.text) >= 0.5);
    add('quotations', { curated: curatedQuotes.length, drafted: draftQuotes.length, matched: pairs.length });
    const speakerRight = pairs.filter(([c, d]) =>
      c.speaker === undefined
        ? d.speaker === undefined
        : d.speaker !== undefined && sameEntity({ id: c.speaker, names: namesOf(c.speaker, []) }, { id: d.speaker, names: namesOf(d.speaker, []) }),
    );
    add('quotation speakers', { curated: curatedQuotes.length, drafted: draftQuotes.length, matched: speakerRight.length });
    const amounts = (a: Annotation) => (a.commitments ?? []).flatMap((c) => (c.amounts ?? []).map((m) => `${m.value} ${m.currency}`));
    add('amounts (value, currency)', multisetScore(amounts(article.annotation), amounts(draft)));
    add('dates (value, precision)', multisetScore(datesOf(article.annotation), datesOf(draft)));
    // What the words state: a year inferred (by the curator from context, or by the draft from the publication date) left out.
    add('dates, stated parts only', multisetScore(datesOf(article.annotation, true), datesOf(draft, true)));
  }
  return { scores: [...totals].map(([measure, s]) => ({ measure, ...s })), articles: articles.length };
}

function namedOf(a: Annotation): KnownNamed[] {
  const of = (kind: NameKind, list: readonly { id: string; name?: string; aliases?: readonly string[] }[] | undefined) =>
    (list ?? []).map((e) => ({ id: e.id, kind, names: [...(e.name ? [e.name] : []), ...(e.aliases ?? [])] }));
  return [...of('person', a.people), ...of('organisation', a.organisations), ...of('place', a.places)];
}

/** What the other articles' annotations hold: the corpus the draft is matched against. */
function knownFrom(articles: readonly Article[]): KnownCorpus {
  const byId = new Map<string, KnownNamed>();
  const ids = new Set<string>();
  for (const { annotation: a } of articles) {
    for (const e of namedOf(a)) {
      const known = byId.get(e.id);
      byId.set(e.id, { id: e.id, kind: e.kind, names: [...(known?.names ?? []), ...e.names] });
    }
    for (const list of [a.events, a.statements, a.commitments]) for (const e of list ?? []) ids.add(e.id);
    ids.add(a.source.id);
  }
  const named = [...byId.values()].filter((e) => e.names.length > 0);
  for (const e of named) ids.add(e.id);
  return { named, ids };
}

function sameEntity(a: { id: string; names: readonly string[] }, b: { id: string; names: readonly string[] }): boolean {
  if (a.id === b.id) return true;
  const forms = b.names.map((n) => matchFormsOf(n.replace(/^the\s+/i, '')));
  return a.names.some((n) => {
    const f = matchFormsOf(n.replace(/^the\s+/i, ''));
    return forms.some((g) => g.folded === f.folded || (g.key !== '' && g.key === f.key));
  });
}

/** Pairs each curated item with at most one drafted item, first come first served. */
function matchedPairs<C, D>(curated: readonly C[], drafted: readonly D[], same: (c: C, d: D) => boolean): [C, D][] {
  const used = new Set<number>();
  const pairs: [C, D][] = [];
  for (const c of curated) {
    const index = drafted.findIndex((d, i) => !used.has(i) && same(c, d));
    if (index === -1) continue;
    used.add(index);
    pairs.push([c, drafted[index]!]);
  }
  return pairs;
}

/** How much of the shorter of two quotations the two share, where the article holds them. */
function overlapShare(text: string, a: string, b: string): number {
  const [sa, sb] = [text.indexOf(a), text.indexOf(b)];
  if (sa === -1 || sb === -1) return 0;
  const shared = Math.min(sa + a.length, sb + b.length) - Math.max(sa, sb);
  return Math.max(0, shared) / Math.min(a.length, b.length);
}

function multisetScore(curated: readonly string[], drafted: readonly string[]): Omit<Score, 'measure'> {
  const left = [...drafted];
  let matched = 0;
  for (const c of curated) {
    const i = left.indexOf(c);
    if (i !== -1) {
      matched++;
      left.splice(i, 1);
    }
  }
  return { curated: curated.length, drafted: drafted.length, matched };
}

function datesOf(a: Annotation, statedOnly = false): string[] {
  const key = (d: PartialDateFormat) =>
    `${(statedOnly && d.inferred ? undefined : d.year) ?? '?'}-${d.month ?? '?'}-${d.day ?? '?'} ${d.day !== undefined ? 'DAY' : d.month !== undefined ? 'MONTH' : 'YEAR'}`;
  return [
    ...(a.events ?? []).flatMap((e) => [e.startDate, e.endDate]),
    ...(a.statements ?? []).map((s) => s.date),
    ...(a.commitments ?? []).map((c) => c.dueDate),
  ]
    .filter((d): d is PartialDateFormat => d !== undefined)
    .map(key);
}
