// Derived: a pure function of an immutable value, remembered for as long as that value lives. The
// core's few caches are each one of these (a scenario's hashes, a map's adjacency, a calendar of
// events, a game's hashers), so no module keeps a table of its own and none reads another's: what
// is remembered is only ever what `compute` would return again (or, for the hashers, a value whose
// memory changes none of its answers), so a cache can change no outcome.

export class Derived<K extends object, V, A = void> {
  private readonly known = new WeakMap<K, V>();
  // The key asked for last: a game asks for the same one every turn, and an identity check is a
  // tenth of a WeakMap lookup (fields, not a module's `let`, so no dead-zone check on each read).
  private lastKey: K | null = null;
  private lastValue: V | null = null;

  /** `compute` may read `along`: what goes with the key and is the same for every call with it. */
  constructor(private readonly compute: (key: K, along: A) => V) {}

  /** The value derived from `key`: computed on the first call for that key, then the same value. */
  of(key: K, along: A): V {
    if (key === this.lastKey) return this.lastValue as V;
    let value = this.known.get(key);
    if (value === undefined) {
      value = this.compute(key, along);
      this.known.set(key, value);
    }
    this.lastKey = key;
    this.lastValue = value;
    return value;
  }
}
