// A list that only grows, kept by every state of a game: the ledger and the history.
//
// Why a type of its own: both were copied whole every year (a new array one year longer), and the
// copies grew with the game. Side by side with the arrays, in one run: replayed campaigns +11–13%
// a second, AI campaigns +23–26% (the pragmatists' ledgers are the longest). tests/unit/chronicle.test.ts.

/**
 * An append-only list shared by the states of one game. Each state sees the first `length` items of
 * one array its chronicle shares with the states after it. `concat` pushes onto that array when the
 * chronicle is its newest (no copy); from an older one (a game taken over, or branched, from an
 * earlier year) it copies its own items first, so no state ever sees an item another appended.
 * The items themselves are never changed.
 */
export class Chronicle<T> implements Iterable<T> {
  /** The chronicle this one was appended to (`concat`); null for one made by `of`. */
  readonly #before: Chronicle<T> | null;
  /** Its running digest (`runningDigest`), once worked out; given for one made by `of`. */
  #digest: string | undefined;

  private constructor(
    private readonly items: T[],
    readonly length: number,
    before: Chronicle<T> | null,
    digest: string | undefined,
  ) {
    this.#before = before;
    this.#digest = digest;
  }

  /** A chronicle of `items` (copied), whose running digest is `digest` (`runningDigest`). */
  static of<T>(items: readonly T[] = [], digest = ''): Chronicle<T> {
    return new Chronicle(items.slice(), items.length, null, digest);
  }

  /** A new chronicle: this one, then `more` (itself when `more` is empty; this one is unchanged). */
  concat(more: readonly T[]): Chronicle<T> {
    if (more.length === 0) return this;
    const items = this.length === this.items.length ? this.items : this.items.slice(0, this.length);
    for (let i = 0; i < more.length; i++) items.push(more[i] as T);
    return new Chronicle(items, items.length, this, undefined);
  }

  /**
   * The digest of every append that made this chronicle: from the digest it was made with (`of`),
   * `fold(digest, chronicle, from, to)` once per `concat`, over the items it appended. Worked out
   * when first asked and kept, so a game's states fold each append once however many ask, and none
   * if none asks (the ledger's hash: src/sim/state-hash.ts). A chronicle serves one kind of digest.
   */
  runningDigest(fold: (digest: string, chronicle: Chronicle<T>, from: number, to: number) => string): string {
    if (this.#digest !== undefined) return this.#digest;
    // Back to the last chronicle with its digest known (one made by `of` has one), then forward.
    const unfolded: Chronicle<T>[] = [];
    let c: Chronicle<T> = this;
    while (c.#digest === undefined && c.#before !== null) {
      unfolded.push(c);
      c = c.#before;
    }
    let digest = c.#digest ?? '';
    for (let i = unfolded.length - 1; i >= 0; i--) {
      const next = unfolded[i] as Chronicle<T>;
      digest = fold(digest, next, (next.#before as Chronicle<T>).length, next.length);
      next.#digest = digest;
    }
    return digest;
  }

  /** The item at `i` (from the end when negative, as an array's `at`); undefined outside. */
  at(i: number): T | undefined {
    const k = i < 0 ? i + this.length : i;
    return k >= 0 && k < this.length ? this.items[k] : undefined;
  }

  /** The item at `i`, for a loop over `0 <= i < length` (unchecked: `at` for any other index). */
  item(i: number): T {
    return this.items[i] as T;
  }

  /** The items from `start` up to `end` (as an array's `slice`, within this chronicle's length). */
  slice(start = 0, end: number = this.length): T[] {
    return this.items.slice(clamp(start, this.length), clamp(end, this.length));
  }

  filter(test: (item: T) => unknown): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) if (test(this.items[i] as T)) out.push(this.items[i] as T);
    return out;
  }

  some(test: (item: T) => unknown): boolean {
    for (let i = 0; i < this.length; i++) if (test(this.items[i] as T)) return true;
    return false;
  }

  toArray(): T[] {
    return this.items.slice(0, this.length);
  }

  /** Saved, sent and compared as the array it stands for. */
  toJSON(): T[] {
    return this.toArray();
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.items[i] as T;
  }
}

function clamp(i: number, length: number): number {
  if (i < 0) return Math.max(0, i + length);
  return Math.min(i, length);
}
