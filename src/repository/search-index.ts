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

const SNIPPET_LENGTH = 160;

/**
 * Ranked full-text search, by MiniSearch (BM25+, prefix and fuzzy matching). Names weigh
 * most, then aliases, then running text; terms are folded like every other text filter.
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
  private readonly entities = new Map<string, { entity: Searchable; display: string }>();

  constructor(corpus: {
    people: readonly Person[];
    organisations: readonly Organisation[];
    events: readonly Event[];
    statements: readonly Statement[];
    commitments: readonly Commitment[];
    sources: readonly Source[];
  }) {
    const documents: SearchDocument[] = [];
    const add = (entity: Searchable, name: string, aliases: readonly string[], text: string) => {
      documents.push({ id: entity.id, name, aliases: aliases.join(' \n '), text });
      // Aliases are shown too, so that a hit found by an alias has its match in the snippet.
      const title = aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
      this.entities.set(entity.id, { entity, display: [title, text].filter(Boolean).join(': ') });
    };
    corpus.people.forEach((p) => add(p, p.name, p.aliases, p.description ?? ''));
    corpus.organisations.forEach((o) => add(o, o.name, o.aliases, o.description ?? ''));
    corpus.events.forEach((e) => add(e, e.name, [], [e.description, e.location].filter(Boolean).join(' — ')));
    corpus.statements.forEach((s) => add(s, '', [], s.text));
    corpus.commitments.forEach((c) => add(c, '', [], c.description));
    corpus.sources.forEach((s) => add(s, s.title, [], s.text));
    this.miniSearch.addAll(documents);
  }

  search(text: string, limit: number): SearchHit[] {
    return this.miniSearch
      .search(text)
      .slice(0, limit)
      .map((result) => {
        const { entity, display } = this.entities.get(String(result.id))!;
        return { score: result.score, entity, snippet: snippetOf(display, result.terms) };
      });
  }
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
