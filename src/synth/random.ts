/**
 * Deterministic randomness for the synthetic corpus: every value derives from the seed and
 * the thing it describes (an article, a person, …), never from Math.random or the clock, so
 * that a seed always gives the same corpus, byte for byte, and any entity can be recomputed
 * from its index alone, in any article that mentions it.
 */

/** A 32-bit hash of a seed string (FNV-1a), to start a generator from. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes numbers into one well-spread 32-bit value (the murmur3 finaliser, chained). */
export function mix(...values: readonly number[]): number {
  let hash = 0x9e3779b9;
  for (const value of values) {
    hash = Math.imul(hash ^ (value >>> 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32) with the draws the corpus needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * An index in [0, n) where low indices are far likelier: the density falls like x^(1/power - 1),
   * so with power 2 the first of a million items is drawn about a thousand times more often than
   * an average one. This is what makes hubs: a few states, people and bodies that recur everywhere.
   */
  skewed(n: number, power: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** power));
  }
}
