import type { MergedNamed } from './merged-named';

/**
 * What a build knows of an id: its one string instance, where it is defined, and, for a
 * place, person or organisation, its entries merged so far. One record per id, so that each
 * mention of an id costs one map lookup, not one per question asked of it.
 */
export interface IdRecord {
  readonly id: string;
  /** The file that defines it: a source, event, statement or commitment. */
  definedIn?: string;
  named?: MergedNamed<unknown>;
}

/** Whether some article defines the id, or annotates the place, person or organisation it names. */
export function isDefined(record: IdRecord): boolean {
  return record.definedIn !== undefined || record.named !== undefined;
}

/**
 * The ids of a build, and its words. Each annotation parses its own copy of every id and
 * word it repeats (a kind, a role, a short quote); the corpus keeps one of each. Words have a
 * map of their own: small, so it stays in cache, unlike the million-entry map of ids.
 */
export class IdRegistry {
  private readonly records = new Map<string, IdRecord>();
  private readonly words = new Map<string, string>();
  /** The records the current article has looked up so far (see `startArticle`). */
  private recent = new Map<string, IdRecord>();

  /**
   * Starts a new article's lookups. An article names the same ids again and again (a speaker
   * in its people, its statements, its events): after the first, a small map that stays in
   * cache answers, not the million-entry one.
   */
  startArticle(): void {
    this.recent = new Map();
  }

  /** The record of an id, made on first sight. */
  readonly recordOf = (id: string): IdRecord => {
    let record = this.recent.get(id);
    if (record !== undefined) return record;
    record = this.records.get(id);
    if (record === undefined) this.records.set(id, (record = { id }));
    this.recent.set(id, record);
    return record;
  };

  /** The record of an id if any article named it; no record is made. */
  find(id: string): IdRecord | undefined {
    return this.records.get(id);
  }

  /** One string for a word that many entries repeat. */
  readonly word = (text: string): string => {
    const known = this.words.get(text);
    if (known !== undefined) return known;
    this.words.set(text, text);
    return text;
  };
}
