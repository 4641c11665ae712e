import SearchableMap from 'minisearch/SearchableMap';
import { foldText } from './fold-text';

/**
 * Ranked full-text search over documents of a few weighted fields: MiniSearch's ranking
 * (BM25+, prefix and fuzzy matching, scores summed over the query's terms and multiplied by
 * how many of them a document matches), with MiniSearch's own radix tree for the vocabulary,
 * but postings in typed arrays and scores summed into dense arrays.
 *
 * Why not MiniSearch itself: it scores every posting of every matching term through maps of
 * maps and makes an object per matching document, then sorts them all, to answer ten; here
 * the postings are summed into dense arrays and only the best `limit` are kept (figures in
 * docs/performance/repository-notes.md). The answers are MiniSearch's: same documents, same
 * order, same scores (tests/repository/text-index.test.ts checks it against MiniSearch).
 */

/** MiniSearch's default tokenizer: words are what lies between spaces and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
/** MiniSearch's defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * The most edits a fuzzy match may make: MiniSearch allows 20% of the term's length up to 6,
 * and a search of long misspelt words then walks most of the vocabulary (93 ms a search at
 * 100k entities; 2 edits: figures in docs/performance/search-pricing.md).
 */
export const MAX_FUZZY = 2;

/** Documents inverted, or terms put in the radix tree, between pauses of a build in steps. */
const BUILD_STEP = 10_000;

/** Prefix matching for query terms of 3 characters or more; fuzzy (20% of the length: 1 edit for 5–7 letters, MAX_FUZZY from 8) from 5. */
const prefixOf = (term: string) => term.length >= 3;
const fuzzyOf = (term: string) => (term.length >= 5 ? 0.2 : 0);

/** The terms a search looks for, folded: what a search costs is counted in them (the API caps how many). */
export function searchTermsOf(query: string): string[] {
  return query
    .split(SPACE_OR_PUNCTUATION)
    .map((token) => foldText(token))
    .filter((term) => term.length > 0);
}

export interface TextHit {
  /** The document's number, in the order documents were added. */
  readonly document: number;
  readonly score: number;
  /** The terms of the index it matched (folded): the query's, or their prefix or fuzzy matches. */
  readonly terms: readonly string[];
}

/** A Uint32Array that grows as it is pushed to. */
class GrowingArray {
  data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  private grow(): void {
    const data = new Uint32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
  }

  trimmed(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** What one field holds while documents are added: per document, its distinct terms and their counts. */
class FieldBuilder {
  /** Per document: how many distinct words (before folding: MiniSearch's field length). */
  readonly lengths = new GrowingArray();
  averageLength = 0;
  /** Per document, its terms and their frequencies, one document after the other. */
  readonly terms = new GrowingArray();
  readonly frequencies = new GrowingArray();
  /** Per document, how many terms it has in `terms`. */
  readonly runs = new GrowingArray();
  /** Per term, how many documents have it in this field. */
  readonly documentCounts = new GrowingArray();
  maxFrequency = 0;
}

/** One field of the built index: per term, the documents that have it, ascending, and how often. */
interface Field {
  readonly boost: number;
  readonly lengths: Uint32Array;
  readonly averageLength: number;
  /** Term t's postings are at offsets[t] to offsets[t + 1]. */
  readonly offsets: Uint32Array;
  readonly documents: Uint32Array;
  readonly frequencies: Uint16Array | Uint32Array;
}

/** Adds documents one at a time; `build` makes the searchable index. */
export class TextIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly fields: FieldBuilder[];
  private documentCount = 0;
  private readonly counts = new Map<number, number>();

  constructor(private readonly boosts: readonly number[]) {
    this.fields = boosts.map(() => new FieldBuilder());
  }

  get size(): number {
    return this.documentCount;
  }

  /** Adds a document of one text per field; answers its number. */
  add(texts: readonly string[]): number {
    const document = this.documentCount++;
    texts.forEach((text, f) => {
      const field = this.fields[f]!;
      const tokens = text.split(SPACE_OR_PUNCTUATION);
      const length = new Set(tokens).size;
      field.averageLength = (field.averageLength * document + length) / (document + 1);
      field.lengths.push(length);
      const counts = this.counts;
      counts.clear();
      for (const token of tokens) {
        const term = foldText(token);
        if (!term) continue;
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.termIds.size;
          this.termIds.set(term, id);
          for (const each of this.fields) each.documentCounts.push(0);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, count] of counts) {
        field.terms.push(id);
        field.frequencies.push(count);
        field.documentCounts.data[id]!++;
        if (count > field.maxFrequency) field.maxFrequency = count;
      }
      field.runs.push(counts.size);
    });
    return document;
  }

  /** The index of the documents added, at once: this builder is spent. */
  build(): TextIndex {
    const steps = this.building();
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The index of the documents added, made a step at a time (each yield is a pause): on a
   * large corpus, inverting the postings and filling the radix tree is long work, which a
   * server warming its index must not do at once.
   */
  *building(): Generator<void, TextIndex> {
    const termCount = this.termIds.size;
    const fields: Field[] = [];
    for (const [f, field] of this.fields.entries()) {
      const offsets = new Uint32Array(termCount + 1);
      for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + field.documentCounts.data[t]!;
      const documents = new Uint32Array(offsets[termCount]!);
      const frequencies = field.maxFrequency > 0xffff ? new Uint32Array(documents.length) : new Uint16Array(documents.length);
      const next = offsets.slice(0, termCount);
      const [terms, counts, runs] = [field.terms.data, field.frequencies.data, field.runs.data];
      for (let document = 0, at = 0; document < this.documentCount;) {
        for (const until = Math.min(document + BUILD_STEP, this.documentCount); document < until; document++) {
          for (const end = at + runs[document]!; at < end; at++) {
            const posting = next[terms[at]!]!++;
            documents[posting] = document;
            frequencies[posting] = counts[at]!;
          }
        }
        yield;
      }
      fields.push({ boost: this.boosts[f]!, lengths: field.lengths.trimmed(), averageLength: field.averageLength, offsets, documents, frequencies });
    }
    // Terms go into the radix tree in the order MiniSearch would insert them (first use), so
    // that prefix and fuzzy matches come in its order: scores add up in the same order.
    const vocabulary = new SearchableMap<number>();
    let inserted = 0;
    for (const [term, id] of this.termIds) {
      vocabulary.set(term, id);
      if (++inserted % BUILD_STEP === 0) yield;
    }
    return new TextIndex(this.termIds, vocabulary, fields, this.documentCount);
  }
}

/** Per-search scratch space, one slot per document; a slot counts when its stamp is the current one. */
class Scratch {
  readonly termScores: Float64Array;
  readonly termStamps: Uint32Array;
  readonly termDocuments: Uint32Array;
  readonly scores: Float64Array;
  readonly quality: Uint16Array;
  readonly stamps: Uint32Array;
  /** Documents in the order they first matched: MiniSearch's order among equal scores. */
  readonly matched: Uint32Array;
  private stamp = 0;

  constructor(documents: number) {
    this.termScores = new Float64Array(documents);
    this.termStamps = new Uint32Array(documents);
    this.termDocuments = new Uint32Array(documents);
    this.scores = new Float64Array(documents);
    this.quality = new Uint16Array(documents);
    this.stamps = new Uint32Array(documents);
    this.matched = new Uint32Array(documents);
  }

  nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.termStamps.fill(0);
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/** An index term a query term matches, and the weight of its scores. */
interface Expansion {
  readonly match: string;
  readonly id: number;
  readonly weight: number;
}

/** How many query terms' expansions are kept: a fuzzy match walks much of the radix tree. */
const EXPANSIONS_KEPT = 1000;

export class TextIndex {
  private scratch: Scratch | undefined;
  /** The last query terms' expansions, least recently used first. */
  private readonly expansions = new Map<string, readonly Expansion[]>();

  constructor(
    private readonly termIds: ReadonlyMap<string, number>,
    private readonly vocabulary: SearchableMap<number>,
    private readonly fields: readonly Field[],
    private readonly documentCount: number,
  ) {}

  /** The best `limit` documents for `query`, best first; equal scores in the order they matched. */
  search(query: string, limit: number): TextHit[] {
    const queryTerms = searchTermsOf(query);
    if (queryTerms.length === 0 || limit <= 0) return [];
    const scratch = (this.scratch ??= new Scratch(this.documentCount));
    const { termScores, termDocuments, scores, quality, stamps, matched } = scratch;
    const searchStamp = scratch.nextStamp();
    let matchedCount = 0;
    /** The index terms the query's terms matched, for the snippets of the hits. */
    const derived = new Map<number, string>();
    /** For a query term given twice: the documents it matched already count once. */
    const repeated = new Map<string, Set<number>>();
    const occurrences = new Map<string, number>();
    for (const term of queryTerms) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);

    for (const term of queryTerms) {
      const termStamp = scratch.nextStamp();
      let termMatched = 0;
      for (const { match, id, weight } of this.expansionOf(term)) {
        derived.set(id, match);
        termMatched = this.score(id, weight, termStamp, termMatched);
      }
      // This term's scores join the query's: summed, as MiniSearch's OR does.
      const seen = occurrences.get(term)! > 1 ? (repeated.get(term) ?? repeated.set(term, new Set()).get(term)!) : undefined;
      for (let i = 0; i < termMatched; i++) {
        const document = termDocuments[i]!;
        if (stamps[document] !== searchStamp) {
          stamps[document] = searchStamp;
          scores[document] = termScores[document]!;
          quality[document] = 0;
          matched[matchedCount++] = document;
        } else {
          scores[document] = scores[document]! + termScores[document]!;
        }
        if (!seen) quality[document]!++;
        else if (!seen.has(document)) {
          seen.add(document);
          quality[document]!++;
        }
      }
    }

    const best = bestOf(matchedCount, limit, (i) => {
      const document = matched[i]!;
      return scores[document]! * quality[document]!;
    });
    return best.map(({ position, score }) => {
      const document = matched[position]!;
      const terms = [...derived].filter(([id]) => this.has(id, document)).map(([, term]) => term);
      return { document, score, terms };
    });
  }

  /**
   * The index terms `term` matches, in the order MiniSearch scores them: the term itself (weight
   * 1), then its prefix matches, then the fuzzy ones that are not also prefix matches.
   */
  private expansionOf(term: string): readonly Expansion[] {
    let expansion = this.expansions.get(term);
    if (expansion) {
      this.expansions.delete(term);
      this.expansions.set(term, expansion);
      return expansion;
    }
    const found: Expansion[] = [];
    const exact = this.termIds.get(term);
    if (exact !== undefined) found.push({ match: term, id: exact, weight: 1 });
    let fuzzyMatches: Map<string, [number, number]> | undefined;
    const fuzzy = fuzzyOf(term);
    if (fuzzy) {
      const maxDistance = Math.min(MAX_FUZZY, Math.round(term.length * fuzzy));
      if (maxDistance) fuzzyMatches = this.vocabulary.fuzzyGet(term, maxDistance);
    }
    if (prefixOf(term)) {
      for (const [match, id] of this.vocabulary.atPrefix(term)) {
        const distance = match.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(match); // scored as a prefix
        found.push({ match, id, weight: (PREFIX_WEIGHT * match.length) / (match.length + 0.3 * distance) });
      }
    }
    for (const [match, [id, distance]] of fuzzyMatches ?? []) {
      if (distance) found.push({ match, id, weight: (FUZZY_WEIGHT * match.length) / (match.length + distance) });
    }
    if (this.expansions.size >= EXPANSIONS_KEPT) this.expansions.delete(this.expansions.keys().next().value!);
    this.expansions.set(term, (expansion = found));
    return expansion;
  }

  /**
   * Adds term `id`'s BM25+ score, times `weight` and each field's boost, to the documents that
   * have it, noting the documents new to this query term in termDocuments from `count` on;
   * answers the new count. MiniSearch's formula, operation for operation.
   */
  private score(id: number, weight: number, stamp: number, count: number): number {
    const { termScores, termStamps, termDocuments } = this.scratch!;
    const { k, b, d } = BM25;
    for (const field of this.fields) {
      const [start, end] = [field.offsets[id]!, field.offsets[id + 1]!];
      if (start === end) continue;
      const matching = end - start;
      const inverseDocumentFrequency = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
      const factor = weight * field.boost;
      const { documents, frequencies, lengths, averageLength } = field;
      for (let at = start; at < end; at++) {
        const document = documents[at]!;
        const frequency = frequencies[at]!;
        const raw = inverseDocumentFrequency * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * lengths[document]!) / averageLength)));
        const weighted = factor * raw;
        if (termStamps[document] !== stamp) {
          termStamps[document] = stamp;
          termScores[document] = weighted;
          termDocuments[count++] = document;
        } else {
          termScores[document] = termScores[document]! + weighted;
        }
      }
    }
    return count;
  }

  /** Whether the document has term `id` in any field: a binary search of its postings. */
  private has(id: number, document: number): boolean {
    return this.fields.some(({ offsets, documents }) => {
      let [low, high] = [offsets[id]!, offsets[id + 1]!];
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (documents[middle]! < document) low = middle + 1;
        else high = middle;
      }
      return low < offsets[id + 1]! && documents[low] === document;
    });
  }
}

/**
 * The `limit` best of `count` candidates (by `scoreOf(position)`), best first; of equal
 * scores, the earlier position first (MiniSearch sorts stably). A heap of `limit`.
 */
function bestOf(count: number, limit: number, scoreOf: (position: number) => number): { position: number; score: number }[] {
  type Candidate = { position: number; score: number };
  const heap: Candidate[] = [];
  // Worse: a lower score, or an equal one that came later. The heap keeps its worst on top.
  const worse = (a: Candidate, b: Candidate) => a.score < b.score || (a.score === b.score && a.position > b.position);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (let position = 0; position < count; position++) {
    const score = scoreOf(position);
    // Positions come in order: a later one of an equal score is worse, so only a higher score enters a full heap.
    if (heap.length === limit && !(score > heap[0]!.score)) continue;
    const candidate = { position, score };
    if (heap.length < limit) {
      heap.push(candidate);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        swap(i, parent);
        i = parent;
      }
    } else {
      heap[0] = candidate;
      for (let i = 0; ;) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let worst = i;
        if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
        if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
        if (worst === i) break;
        swap(i, worst);
        i = worst;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
