// Seeded random streams (DESIGN.md section 9). Every draw in the game comes from a stream named by
// its purpose and year — `events:2311`, `battle:2311`, `detect:2311`, `ai:klingon:2311` — derived
// from the game seed. So what one power orders never shifts the numbers another purpose draws, and
// the state between two years needs no generator state beyond the seed: a saved game resumes
// exactly from (seed, year). Within a year a stream's position is its own and can be saved with
// `state()` and restored with `restoreStream()`.
//
// The generator is alea (Johannes Baagøe's), number for number as seedrandom's `alea` draws it from
// the same state: a unit test runs both side by side. A stream starts from the state
// `initialState` derives from its key `${seed}/${purpose}:${year}` (three 32-bit words of an
// integer hash), not from alea's own string seeding (Mash, floating point over every character,
// cost about a tenth of a turn; rules version 3).

/** A generator's position: alea's state (three fractions and a carry), plain data that survives JSON. */
export interface StreamState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

const TWO_TO_MINUS_32 = 2 ** -32;

export interface Stream {
  readonly name: string;
  /** A float in [0, 1), from the generator's exact 32-bit draws. */
  next(): number;
  /** An integer in [0, n); n must be a positive integer. */
  int(n: number): number;
  /** True with the given chance in whole percent (0 never, 100 always). */
  chance(percent: number): boolean;
  /** Pick by integer weights; returns the index, or -1 when every weight is 0. */
  weighted(weights: readonly number[]): number;
  /** The generator's position, to save and restore. */
  state(): StreamState;
}

// Alea written out, not taken from seedrandom: its `alea` runs Mash and makes five closures for every
// stream, even one continued from a state; with it a campaign took 17% more instructions (callgrind).
// Its fields are `declare`d, set only in the constructor: a class field compiles (ES2022) to one set
// to undefined first, which makes V8 keep any value there boxed, so every draw stored a new number
// on the heap (about 30 bytes a draw; tests/unit/rng.test.ts).
class AleaStream implements Stream {
  declare readonly name: string;
  declare private c: number;
  declare private s0: number;
  declare private s1: number;
  declare private s2: number;

  constructor(name: string, start: StreamState) {
    this.name = name;
    this.c = start.c;
    this.s0 = start.s0;
    this.s1 = start.s1;
    this.s2 = start.s2;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_TO_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }

  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0)
      throw new RangeError(`stream ${this.name}: int(${n}) needs a positive integer`);
    return Math.floor(this.next() * n);
  }

  chance(percent: number): boolean {
    return this.int(100) < percent;
  }

  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    if (total <= 0) {
      this.next(); // draw anyway: the number of draws must not depend on the weights
      return -1;
    }
    let r = this.int(total);
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  state(): StreamState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

export function streamName(purpose: string, year: number): string {
  return `${purpose}:${year}`;
}

/** What a stream's numbers are derived from: the game seed, the purpose and the year. */
export function streamKey(seed: string, purpose: string, year: number): string {
  return `${seed}/${streamName(purpose, year)}`;
}

/** A 32-bit finaliser: every input bit moves about half the output bits. */
function fmix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85eb_ca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2_ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The alea state a stream starts from: three words of a hash of its key (three lanes over the UTF-16
 * units of `parts`, one after another), as fractions of 2^32 like alea's own; its carry starts at 1,
 * as alea's does. The key is folded from its parts, never built as one string: building and
 * flattening it cost a third of a stream's making (callgrind).
 */
function startOf(parts: readonly string[]): StreamState {
  let length = 0;
  for (const part of parts) length += part.length;
  let a = 0x811c_9dc5 ^ length;
  let b = 0x9e37_79b9 ^ length;
  let c = 0x27d4_eb2f ^ length;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x0100_0193);
      b = Math.imul(b ^ ch, 0x5bd1_e995);
      b ^= b >>> 15;
      c = Math.imul(c + ch, 0x1656_67b1);
      c = (c << 13) | (c >>> 19);
    }
  }
  return {
    c: 1,
    s0: fmix(a ^ Math.imul(c, 0x9e37_79b1)) * TWO_TO_MINUS_32,
    s1: fmix(b + a) * TWO_TO_MINUS_32,
    s2: fmix(c ^ b) * TWO_TO_MINUS_32,
  };
}

/** The alea state the stream of `key` starts from (`streamKey`). */
export function initialState(key: string): StreamState {
  return startOf([key]);
}

/** The stream for a purpose and year, at its start: from `initialState(streamKey(seed, purpose, year))`. */
export function stream(seed: string, purpose: string, year: number): Stream {
  return new AleaStream(streamName(purpose, year), startOf([seed, '/', purpose, ':', String(year)]));
}

/** A stream continued from a saved position. */
export function restoreStream(name: string, saved: StreamState): Stream {
  return new AleaStream(name, saved);
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A fresh seed for a game started without one. The caller supplies the entropy (the front end
 * uses crypto, the command line its own), so the core reads neither a clock nor an unseeded generator.
 */
export function seedFromEntropy(entropy: readonly number[]): string {
  let out = '';
  for (let i = 0; i < 10; i++) out += SEED_ALPHABET[(entropy[i] ?? 0) % SEED_ALPHABET.length];
  return out;
}
