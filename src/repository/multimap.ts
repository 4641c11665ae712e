/**
 * A map from a key to the values filed under it, each once, in the order first added.
 * Filled with `add`, then `seal`ed into read-only lists that `get` answers in O(1).
 */
export class MultiMap<V> {
  private building: Map<string, Set<V>> | undefined = new Map();
  private readonly lists = new Map<string, readonly V[]>();

  add(key: string | undefined, value: V): void {
    if (key === undefined) return;
    if (!this.building) throw new Error('MultiMap is sealed');
    let set = this.building.get(key);
    if (!set) this.building.set(key, (set = new Set()));
    set.add(value);
  }

  seal(): this {
    for (const [key, set] of this.building ?? []) this.lists.set(key, Object.freeze([...set]));
    this.building = undefined;
    return this;
  }

  get(key: string): readonly V[] {
    return this.lists.get(key) ?? EMPTY;
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
