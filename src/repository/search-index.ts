import { LRUCache } from 'lru-cache';
import type { Commitment, Event, Organisation, Person, Place, Source, Statement } from '../domain';
import { foldText, offsetOfFolded } from './fold-text';
import { TextIndex, TextIndexBuilder } from './text-index';

export type Searchable = Person | Organisation | Place | Event | Statement | Commitment | Source;

export interface SearchHit {
  /** Higher is better. */
  readonly score: number;
  readonly entity: Searchable;
  /** The passage around the first match, for display. */
  readonly snippet: string;
}

/** What search sees of an entity: its name, aliases and running text. */
interface Searched {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly text: string;
}

const SNIPPET_LENGTH = 160;

/**
 * How many bytes of hits' texts, spaced and folded for snippets, are kept. Folding a whole
 * article for each hit was nearly all of a search's time; searches that hit the same entities
 * (a popular name, or an attacker's misspellings of it) now fold them once.
 */
const SNIPPET_TEXT_CACHE_BYTES = 16 * 1024 * 1024;

/** A hit's text as its snippet is cut from it: whitespace runs as one space, and that folded. */
interface SnippetText {
  readonly text: string;
  readonly folded: string;
}

/** The corpus lists search covers, each with what search sees of its entities. */
type Segment = { readonly items: readonly Searchable[]; readonly searched: (entity: never) => Searched };

/**
 * Ranked full-text search, ranked as MiniSearch ranks (BM25+, prefix and fuzzy matching; see
 * text-index.ts). Names weigh most, then aliases, then running text; terms are folded like
 * every other text filter. Snippets are cut for the hits answered only.
 *
 * The index is built on first use, not with the repository: on a large corpus it takes
 * about as long as the rest of a start-up. `indexInBackground` builds it in slices between
 * other work, adding entities and then making the index from them (inverting the postings);
 * a search that comes first does the rest at once.
 */
export class CorpusSearch {
  /** Fields name, aliases and text, boosted 3, 2 and 1; made searchable once every entity is added. */
  private builder: TextIndexBuilder | undefined = new TextIndexBuilder([3, 2, 1]);
  /** Once every entity is added: the index being made, a step at a time (see indexInBackground). */
  private building: Generator<void, TextIndex> | undefined;
  private index: TextIndex | undefined;
  private readonly segments: readonly Segment[];
  /** The indexed entities, by document number, and the segment each is from. */
  private readonly entities: Searchable[] = [];
  private readonly segmentOf: number[] = [];
  /** How far indexing has got: a segment, and an item in it. */
  private cursor = { segment: 0, item: 0 };
  private background: Promise<void> | undefined;
  private readonly snippetTexts = new LRUCache<Searchable, SnippetText>({
    maxSize: SNIPPET_TEXT_CACHE_BYTES,
    // Two bytes a code unit (V8 keeps folded non-Latin-1 text so).
    sizeCalculation: ({ text, folded }) => 2 * (text.length + folded.length) || 1,
  });

  constructor(corpus: {
    people: readonly Person[];
    organisations: readonly Organisation[];
    places: readonly Place[];
    events: readonly Event[];
    statements: readonly Statement[];
    commitments: readonly Commitment[];
    sources: readonly Source[];
  }) {
    const segment = <T extends Searchable>(items: readonly T[], searched: (entity: T) => Searched): Segment => ({ items, searched });
    this.segments = [
      segment(corpus.people, (p) => ({ name: p.name, aliases: p.aliases, text: p.description ?? '' })),
      segment(corpus.organisations, (o) => ({ name: o.name, aliases: o.aliases, text: o.description ?? '' })),
      segment(corpus.places, (p) => ({ name: p.name, aliases: p.aliases, text: '' })),
      segment(corpus.events, (e) => ({ name: e.name, aliases: [], text: [e.description, e.location].filter(Boolean).join(' — ') })),
      segment(corpus.statements, (s) => ({ name: '', aliases: [], text: s.text })),
      segment(corpus.commitments, (c) => ({ name: '', aliases: [], text: c.description })),
      segment(corpus.sources, (s) => ({ name: s.title, aliases: [], text: s.text })),
    ];
  }

  get isIndexed(): boolean {
    return this.cursor.segment === this.segments.length;
  }

  search(text: string, limit: number): SearchHit[] {
    return this.searchable()
      .search(text, limit)
      .map(({ document, score, terms }) => {
        const entity = this.entities[document]!;
        return { score, entity, snippet: snippetOf(this.snippetTextOf(document), terms) };
      });
  }

  private snippetTextOf(document: number): SnippetText {
    const entity = this.entities[document]!;
    let snippetText = this.snippetTexts.get(entity);
    if (!snippetText) {
      const text = displayOf(this.segments[this.segmentOf[document]!]!.searched(entity as never))
        .replace(/\s+/g, ' ')
        .trim();
      this.snippetTexts.set(entity, (snippetText = { text, folded: foldText(text) }));
    }
    return snippetText;
  }

  /** The index, every entity added and the index made (now, if the background has not finished). */
  private searchable(): TextIndex {
    this.indexSome(Infinity);
    while (!this.index) this.buildSome(Infinity);
    return this.index;
  }

  /** Makes the index from the entities added, for about `ms` milliseconds, where it left off. */
  private buildSome(ms: number): void {
    this.building ??= this.builder!.building();
    const until = performance.now() + ms;
    do {
      const step = this.building.next();
      if (step.done) {
        this.index = step.value;
        this.builder = this.building = undefined;
        return;
      }
    } while (performance.now() < until);
  }

  /** Builds the index a slice of `sliceMs` milliseconds at a time, yielding to the event loop in between. */
  indexInBackground(sliceMs = 20): Promise<void> {
    this.background ??= (async () => {
      while (!this.isIndexed) {
        const until = performance.now() + sliceMs;
        // A slice is timed, not counted: an article's text takes a hundred times a name's.
        while (!this.isIndexed && performance.now() < until) this.indexSome(50);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      while (!this.index) {
        this.buildSome(sliceMs);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
    return this.background;
  }

  /** Indexes up to `count` more entities, where indexing left off. */
  private indexSome(count: number): void {
    for (let done = 0; done < count && !this.isIndexed;) {
      const { items, searched: searchedOf } = this.segments[this.cursor.segment]!;
      if (this.cursor.item >= items.length) {
        this.cursor = { segment: this.cursor.segment + 1, item: 0 };
        continue;
      }
      const entity = items[this.cursor.item++]!;
      const searched = searchedOf(entity as never);
      this.builder!.add([searched.name, searched.aliases.join(' \n '), searched.text]);
      this.entities.push(entity);
      this.segmentOf.push(this.cursor.segment);
      done++;
    }
  }
}

/** The text a hit's snippet is cut from; aliases are shown too, so that a hit found by an alias has its match in the snippet. */
function displayOf({ name, aliases, text }: Searched): string {
  const title = aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
  return [title, text].filter(Boolean).join(': ');
}

/** About SNIPPET_LENGTH characters of `text` around the first of the matched terms. */
function snippetOf({ text, folded }: SnippetText, terms: readonly string[]): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const positions = terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0);
  const first = positions.length > 0 ? offsetOfFolded(text, Math.min(...positions)) : 0;
  const start = Math.max(0, Math.min(first - SNIPPET_LENGTH / 4, text.length - SNIPPET_LENGTH));
  const wordStart = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const end = Math.min(text.length, wordStart + SNIPPET_LENGTH);
  const wordEnd = end === text.length ? end : text.lastIndexOf(' ', end) > wordStart ? text.lastIndexOf(' ', end) : end;
  return `${wordStart > 0 ? '…' : ''}${text.slice(wordStart, wordEnd).trim()}${wordEnd < text.length ? '…' : ''}`;
}
