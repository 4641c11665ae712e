/** A bounded memo: descriptions are pure functions of the index, so forgetting them is safe. */
export class RecentlyUsed<V> {
  private readonly entries = new Map<number, V>();

  get(index: number, describe: () => V): V {
    let value = this.entries.get(index);
    if (value === undefined) {
      if (this.entries.size >= 50_000) this.entries.clear();
      this.entries.set(index, (value = describe()));
    }
    return value;
  }
}
