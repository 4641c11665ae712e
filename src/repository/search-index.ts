import MiniSearch from 'minisearch';
import type { Commitment, Event, Organisation, Person, Source, Statement } from '../domain';
import { foldText, foldWithOffsets } from './fold-text';

export type Searchable = Person | Organisation | Event | Statement | Commitment | Source;

export interface SearchHit {
  /** Higher is better. */
  readonly score: number;
  readonly entity: Searchable;
  /** The passage around the first match, for display. */
  readonly snippet: string;
}

interface SearchDocument {
  id: string;
  name: string;
  aliases: string;
  text: string;
}

/** What search sees of an entity: its name, aliases and running text. */
interface Searched {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly text: string;
}

const SNIPPET_LENGTH = 160;

/** The corpus lists search covers, each with what search sees of its entities. */
type Segment = { readonly items: readonly Searchable[]; readonly searched: (entity: never) => Searched };

/**
 * Ranked full-text search, by MiniSearch (BM25+, prefix and fuzzy matching). Names weigh
 * most, then aliases, then running text; terms are folded like every other text filter.
 *
 * The index is built on first use, not with the repository: at a million entities it takes
 * longer than the rest of a start-up and most of its memory. `indexInBackground` builds it in
 * slices between other work; a search that comes first indexes the rest at once.
 */
export class CorpusSearch {
  private readonly miniSearch = new MiniSearch<SearchDocument>({
    fields: ['name', 'aliases', 'text'],
    processTerm: (term) => foldText(term) || null,
    searchOptions: {
      boost: { name: 3, aliases: 2, text: 1 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      processTerm: (term) => foldText(term) || null,
    },
  });
  private readonly segments: readonly Segment[];
  /** The indexed entities by id, with the segment they are from. */
  private readonly byId = new Map<string, readonly [entity: Searchable, segment: number]>();
  /** How far indexing has got: a segment, and an item in it. */
  private cursor = { segment: 0, item: 0 };
  private background: Promise<void> | undefined;

  constructor(corpus: {
    people: readonly Person[];
    organisations: readonly Organisation[];
    events: readonly Event[];
    statements: readonly Statement[];
    commitments: readonly Commitment[];
    sources: readonly Source[];
  }) {
    const segment = <T extends Searchable>(items: readonly T[], searched: (entity: T) => Searched): Segment => ({ items, searched });
    this.segments = [
      segment(corpus.people, (p) => ({ name: p.name, aliases: p.aliases, text: p.description ?? '' })),
      segment(corpus.organisations, (o) => ({ name: o.name, aliases: o.aliases, text: o.description ?? '' })),
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
    this.indexSome(Infinity);
    return this.miniSearch
      .search(text)
      .slice(0, limit)
      .map((result) => {
        const [entity, segment] = this.byId.get(String(result.id))!;
        const searched = this.segments[segment]!.searched(entity as never);
        return { score: result.score, entity, snippet: snippetOf(displayOf(searched), result.terms) };
      });
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
    })();
    return this.background;
  }

  /** Indexes up to `count` more entities, where indexing left off. */
  private indexSome(count: number): void {
    for (let done = 0; done < count && !this.isIndexed; ) {
      const { items, searched: searchedOf } = this.segments[this.cursor.segment]!;
      if (this.cursor.item >= items.length) {
        this.cursor = { segment: this.cursor.segment + 1, item: 0 };
        continue;
      }
      const entity = items[this.cursor.item++]!;
      const searched = searchedOf(entity as never);
      this.miniSearch.add({ id: entity.id, name: searched.name, aliases: searched.aliases.join(' \n '), text: searched.text });
      this.byId.set(entity.id, [entity, this.cursor.segment]);
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
export function snippetOf(raw: string, terms: readonly string[]): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length <= SNIPPET_LENGTH) return text;
  const { folded, offsets } = foldWithOffsets(text);
  const positions = terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0);
  const first = positions.length > 0 ? offsets[Math.min(...positions)]! : 0;
  const start = Math.max(0, Math.min(first - SNIPPET_LENGTH / 4, text.length - SNIPPET_LENGTH));
  const wordStart = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const end = Math.min(text.length, wordStart + SNIPPET_LENGTH);
  const wordEnd = end === text.length ? end : text.lastIndexOf(' ', end) > wordStart ? text.lastIndexOf(' ', end) : end;
  return `${wordStart > 0 ? '…' : ''}${text.slice(wordStart, wordEnd).trim()}${wordEnd < text.length ? '…' : ''}`;
}
