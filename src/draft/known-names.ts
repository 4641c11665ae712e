import type { Corpus } from '../domain';
import { matchFormsOf, type MatchForms } from '../repository/name-match';
import type { NameKind } from './names';

/** A place, person or organisation the corpus already has, with every name it goes by. */
export interface KnownNamed {
  readonly id: string;
  readonly kind: NameKind;
  readonly names: readonly string[];
}

/** What the draft needs of the corpus it joins: its named entities, and every id taken. */
export interface KnownCorpus {
  readonly named: readonly KnownNamed[];
  readonly ids: ReadonlySet<string>;
}

export function knownCorpusOf(corpus: Corpus): KnownCorpus {
  const named: KnownNamed[] = [
    ...corpus.people.map((p) => ({ id: p.id, kind: 'person' as const, names: [p.name, ...p.aliases] })),
    ...corpus.organisations.map((o) => ({ id: o.id, kind: 'organisation' as const, names: [o.name, ...o.aliases] })),
    ...corpus.places.map((p) => ({ id: p.id, kind: 'place' as const, names: [p.name, ...p.aliases] })),
  ];
  const ids = new Set<string>([
    ...named.map((n) => n.id),
    ...corpus.sources.map((s) => s.id),
    ...corpus.events.map((e) => e.id),
    ...corpus.statements.map((s) => s.id),
    ...corpus.commitments.map((c) => c.id),
  ]);
  return { named, ids };
}

export const EMPTY_CORPUS: KnownCorpus = { named: [], ids: new Set() };

/** A corpus entity a drafted name may be, and how close its best name comes (1 is the same name). */
export interface Candidate {
  readonly id: string;
  readonly kind: NameKind;
  readonly name: string;
  readonly score: number;
}

/**
 * Finds drafted names among the corpus's: the same name, alias or romanisation variant
 * (romanisation-key.ts: "Jumabaev" is "Dzhumabayev") is a match; a close one is a candidate.
 */
export class NameMatcher {
  private readonly forms: { known: KnownNamed; name: string; forms: MatchForms }[];

  constructor(corpus: KnownCorpus) {
    this.forms = corpus.named.flatMap((known) => known.names.map((name) => ({ known, name, forms: matchFormsOf(withoutArticle(name)) })));
  }

  /** The corpus entity bearing one of these names (folded or by romanisation key), if exactly one does. */
  match(names: readonly string[]): KnownNamed | undefined {
    const wanted = names.map((name) => matchFormsOf(withoutArticle(name)));
    const found = new Set<KnownNamed>();
    for (const { known, forms } of this.forms) {
      if (wanted.some((w) => w.folded === forms.folded || (w.key !== '' && w.key === forms.key))) found.add(known);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Every name of a corpus entity. */
  namesOf(id: string): string[] {
    return this.forms.filter((f) => f.known.id === id).map((f) => f.name);
  }

  /** Corpus entities whose names come close to these, best first, at most `limit`. */
  candidates(names: readonly string[], limit = 3, threshold = 0.7): Candidate[] {
    const wanted = names.map((name) => matchFormsOf(withoutArticle(name)));
    const best = new Map<string, Candidate>();
    for (const { known, name, forms } of this.forms) {
      const score = Math.max(...wanted.map((w) => similarity(w, forms)));
      if (score < threshold) continue;
      const previous = best.get(known.id);
      if (!previous || previous.score < score) best.set(known.id, { id: known.id, kind: known.kind, name, score: Math.round(score * 100) / 100 });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/** "the Foreign Ministry" and "Foreign Ministry" are one name. */
function withoutArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/**
 * How close two names are, 0..1: 1 for the same romanisation key; else the edit distance of
 * the keys against the longer one, or for a name that is a whole word of the other (a surname
 * alone, an acronym's body), the share of the longer name it covers, at least 0.6.
 */
export function similarity(a: MatchForms, b: MatchForms): number {
  if (a.key === '' || b.key === '') return 0;
  if (a.key === b.key || a.folded === b.folded) return 1;
  const byEdits = 1 - editDistance(a.key, b.key) / Math.max(a.key.length, b.key.length);
  const wordsA = a.folded.split(' ');
  const wordsB = b.folded.split(' ');
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const wordShare = shorter.every((w) => longer.includes(w)) ? Math.max(0.6, shorter.join(' ').length / longer.join(' ').length) : 0;
  return Math.max(byEdits, wordShare);
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
