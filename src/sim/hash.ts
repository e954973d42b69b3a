// A stable 64-bit hash of plain data, the same in every engine: two 32-bit lanes mixed with
// integer multiplication only. Objects are walked in sorted key order, so the hash does not depend
// on how an object was built; numbers that are not 32-bit integers are hashed by their canonical text.

// The words mixed in for null, true and false (by `value`, and by the state hash's fields).
export const NULL = 0x4e55_4c4c;
export const TRUE = 0x5452_5545;
export const FALSE = 0x4641_4c53;

/** The strings of one part of a walk, by place, and their codes. */
interface Places {
  readonly texts: string[];
  readonly codes: number[];
}

export class Hasher {
  private h1 = 0x6b68_6974 | 0; // "khit"
  private h2 = 0x6f6d_6572 | 0; // "omer"
  // The codes of the strings hashed, by their place in the walk: a hasher used again (`restart`)
  // on the next year's state finds most strings where they stood, the same string objects, so a
  // code costs one comparison, not a fold. Each part of the walk counts its places from its own
  // start (`places`): where a list grew or shrank, only its own later places shift, not those of
  // every part after it. A string not found at its place is folded again (`codeOf`): in optimised
  // code a fold of a short string is cheaper than a lookup in a table of strings (side by side in
  // one process, a replayed year 6% faster without the table; `node --jitless` instruction counts
  // say the opposite, 12% more, as there the fold is interpreted). A code is a pure function of its
  // string, so what is remembered changes no hash (tests/unit/hash.test.ts hashes states changed
  // in place, in any order).
  private readonly parts: Places[] = [];
  private part: Places = this.placesOf(0);
  private at = 0;
  // The words of a list's items (a state's systems, fleets, covert acts: each hashed as one word), by
  // list and place, the same way: a turn replaces an item it changes and shares the rest, so most
  // items are the very objects hashed the year before, and their word is found with one comparison.
  // An item's word is a pure function of its fields, and a state is never changed once made (its
  // turn's input is not: tests/unit/properties.test.ts), so what is remembered changes no hash; a
  // new hasher (`hashState(s)`) remembers nothing (tests/unit/hash.test.ts plays games both ways).
  private readonly lists: { items: object[]; words: number[] }[] = [];
  private list: { items: object[]; words: number[] } = { items: [], words: [] };
  private place = 0;

  // The words of a list that states share until a turn replaces it (the fleets, the debts, the
  // heroes, …: src/sim/game.ts `turnCopy`), by part of the walk: most years most such lists are the
  // very objects hashed the year before, and their words are mixed in again without a field read.
  // A shared list is never changed in place (tests/unit/properties.test.ts), so the same object has
  // the same words; tests/unit/hash.test.ts hashes every year of whole games by a new hasher too.
  private readonly shared: { list: object | null; words: number[] }[] = [];

  // The last digest made (`digest`) and its code (`hexCode`), kept by the hasher `digests` names
  // (this one unless given): a game's ledger hash is read back by the next turn's fold and by the
  // state hash of its own turn (src/sim/state-hash.ts `hashersOf`), and its text need not be parsed
  // again. A code is a pure function of its text, so what is remembered changes no hash.
  private lastDigest = '';
  private lastCode = 0;
  private readonly digests: Hasher;

  /** A new hasher; `digests`, if given, is the hasher whose last digest `digestText` reads without parsing. */
  constructor(digests?: Hasher) {
    this.digests = digests ?? this;
  }

  /** Start a new hash, keeping the codes and words remembered. */
  restart(): this {
    this.h1 = 0x6b68_6974 | 0;
    this.h2 = 0x6f6d_6572 | 0;
    return this.places(0);
  }

  /** The strings that follow are part `n` of the walk: their places count from its start. */
  places(n: number): this {
    this.part = this.placesOf(n);
    this.at = 0;
    return this;
  }

  private placesOf(n: number): Places {
    let part = this.parts[n];
    if (part === undefined) {
      part = { texts: [], codes: [] };
      this.parts[n] = part;
    }
    return part;
  }

  /** The 32-bit code `str` mixes in for a string (`foldString`). */
  code(s: string): number {
    const k = this.at++;
    const part = this.part;
    if (part.texts[k] === s) return part.codes[k] as number;
    const code = this.codeOf(s);
    part.texts[k] = s;
    part.codes[k] = code;
    return code;
  }

  /** `code(s)` without its place in the walk: the string folded (for an item's word). */
  codeOf(s: string): number {
    return foldString(s);
  }

  /** The items of list `n` of the walk follow (`itemWord`), from its first place. */
  items(n: number): void {
    let list = this.lists[n];
    if (list === undefined) {
      list = { items: [], words: [] };
      this.lists[n] = list;
    }
    this.list = list;
    this.place = 0;
  }

  /**
   * The word of `item`, at the next place of the current list (`items`): `make(this, item)`, unless
   * this same object stood there when the list was last hashed. `make` reads strings by `codeOf`.
   */
  itemWord<T extends object>(item: T, make: (h: Hasher, item: T) => number): number {
    const k = this.place++;
    const list = this.list;
    if (list.items[k] === item) return list.words[k] as number;
    const word = make(this, item);
    list.items[k] = item;
    list.words[k] = word;
    return word;
  }

  /**
   * The words of `list`, part `n` of the walk, mixed in: `make(this, list, words)` pushes them (its
   * strings read by `code`, counted from the part's start), unless `list` is the very object this
   * part held when last hashed: then the words kept from then.
   */
  sharedList<T extends object>(
    n: number,
    list: T,
    make: (h: Hasher, list: T, words: number[]) => void,
  ): void {
    let memo = this.shared[n];
    if (memo === undefined) {
      memo = { list: null, words: [] };
      this.shared[n] = memo;
    }
    const words = memo.words;
    if (memo.list !== list) {
      memo.list = null;
      words.length = 0;
      this.places(n);
      make(this, list, words);
      memo.list = list;
    }
    this.mixWords(words, words.length);
  }

  /**
   * The words of `list`'s items mixed in, as `itemWord` makes them for list `n` (from its first place):
   * one loop here rather than a call per item (a state's 35 or so systems, every year).
   */
  mixItems<T extends object>(n: number, list: readonly T[], make: (h: Hasher, item: T) => number): void {
    this.items(n);
    const memo = this.list;
    const items = memo.items;
    const words = memo.words;
    for (let k = 0; k < list.length; k++) {
      const item = list[k] as T;
      if (items[k] !== item) {
        words[k] = make(this, item);
        items[k] = item;
      }
    }
    this.mixWords(words, list.length);
  }

  /** `u32` of the first `count` words, the lanes in locals: 7% fewer instructions a state hash than a call each. */
  private mixWords(words: readonly number[], count: number): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < count; i++) {
      const word = words[i] as number;
      h1 = Math.imul(h1 ^ word, 0x9e37_79b1);
      h1 = (h1 << 13) | (h1 >>> 19);
      h2 = Math.imul(h2 ^ word, 0x85eb_ca77);
      h2 = (h2 << 17) | (h2 >>> 15);
      h2 = (h2 + h1) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /**
   * The mixing step: every word of every hash is mixed by it, or by the same step written out in the
   * loop of `mixWords` (the lanes in locals there: tests/unit/hash.test.ts checks they agree with this).
   */
  u32(v: number): void {
    let h1 = Math.imul(this.h1 ^ v, 0x9e37_79b1);
    h1 = (h1 << 13) | (h1 >>> 19);
    let h2 = Math.imul(this.h2 ^ v, 0x85eb_ca77);
    h2 = (h2 << 17) | (h2 >>> 15);
    this.h1 = h1;
    this.h2 = (h2 + h1) | 0;
  }

  str(s: string): void {
    this.u32(this.code(s));
  }

  /** The same as `value(s)` for a string or null (undefined hashes as null, as in `value`). */
  strOrNull(s: string | null | undefined): void {
    this.u32(s === null || s === undefined ? NULL : this.code(s));
  }

  /** An integer as one word, or the word of null. */
  intOrNull(n: number | null): void {
    this.u32(n === null ? NULL : n);
  }

  bool(b: boolean): void {
    this.u32(b ? TRUE : FALSE);
  }

  value(v: unknown): void {
    if (v === null || v === undefined) {
      this.u32(NULL);
    } else if (typeof v === 'number') {
      if ((v | 0) === v && !Object.is(v, -0)) {
        this.u32(0x494e_5400);
        this.u32(v);
      } else {
        this.u32(0x464c_5400);
        this.str(String(v));
      }
    } else if (typeof v === 'string') {
      this.str(v);
    } else if (typeof v === 'boolean') {
      this.bool(v);
    } else if (Array.isArray(v)) {
      this.u32(0x4152_0000 | (v.length & 0xffff));
      for (const item of v) this.value(item);
    } else if (typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      // Keys whose value is undefined are left out, as JSON leaves them out.
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      this.u32(0x4f42_0000 | (keys.length & 0xffff));
      for (const k of keys) {
        this.str(k);
        this.value(obj[k]);
      }
    } else {
      throw new TypeError(`cannot hash a ${typeof v}`);
    }
  }

  /**
   * A digest made by another hasher (`digest`), mixed in as one word: the XOR of its halves (`hexCode`),
   * kept from when it was made if it is the last digest of `digests`.
   */
  digestText(text: string): void {
    const d = this.digests;
    this.u32(text === d.lastDigest ? d.lastCode : hexCode(text));
  }

  /** The hash as 16 hex digits. */
  digest(): string {
    let a = this.h1;
    let b = this.h2;
    a = Math.imul(a ^ (a >>> 16), 0x85eb_ca6b);
    b = Math.imul(b ^ (b >>> 15), 0xc2b2_ae35);
    a ^= Math.imul(b ^ (b >>> 13), 0x27d4_eb2f);
    b ^= Math.imul(a ^ (a >>> 16), 0x1656_67b1);
    const text = hex16(b, a);
    this.lastDigest = text;
    this.lastCode = b ^ a;
    return text;
  }
}

/**
 * A 32-bit code for a digest's text: the XOR of its two halves when it is 16 lowercase hex digits
 * (as `digest` makes them), else `foldString` of the text.
 */
export function hexCode(text: string): number {
  if (text.length !== 16) return foldString(text);
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 16; i++) {
    const ch = text.charCodeAt(i);
    const digit = ch >= 48 && ch <= 57 ? ch - 48 : ch >= 97 && ch <= 102 ? ch - 87 : -1;
    if (digit < 0) return foldString(text);
    if (i < 8) hi = (hi << 4) | digit;
    else lo = (lo << 4) | digit;
  }
  return hi ^ lo;
}

/** A string folded to one 32-bit code (two mixed lanes, so near strings differ). */
export function foldString(s: string): number {
  let a = 0x811c_9dc5 ^ s.length;
  let b = 0x0100_0193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x0100_0193);
    b = Math.imul(b ^ ch, 0x5bd1_e995);
    b ^= b >>> 15;
  }
  return (a ^ Math.imul(b, 0x27d4_eb2f)) | 0;
}

// The character codes of the hex digits.
const HEX: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** Sixteen hex digits, `hi` first, made as one flat string: `toString(16)` took a tenth of the state hash. */
function hex16(hi: number, lo: number): string {
  const d = (n: number, shift: number) => HEX[(n >>> shift) & 15] as number;
  return String.fromCharCode(
    d(hi, 28),
    d(hi, 24),
    d(hi, 20),
    d(hi, 16),
    d(hi, 12),
    d(hi, 8),
    d(hi, 4),
    d(hi, 0),
    d(lo, 28),
    d(lo, 24),
    d(lo, 20),
    d(lo, 16),
    d(lo, 12),
    d(lo, 8),
    d(lo, 4),
    d(lo, 0),
  );
}

export function hashValue(v: unknown): string {
  const h = new Hasher();
  h.value(v);
  return h.digest();
}
