// A stable 64-bit hash of plain data, the same in every engine: two 32-bit lanes mixed with
// integer multiplication only. Objects are walked in sorted key order, so the hash does not depend
// on how an object was built; numbers that are not 32-bit integers are hashed by their canonical text.

export class Hasher {
  // The two lanes. A loop that mixes many words (`words`, and the state hash's lists) keeps them in
  // locals and writes them back once: the same as `u32` on each word in turn.
  h1 = 0x6b68_6974 | 0; // "khit"
  h2 = 0x6f6d_6572 | 0; // "omer"
  /** The last digest's halves, XORed: what `hexCode` reads back from its text. */
  code = 0;

  u32(v: number): void {
    let h1 = Math.imul(this.h1 ^ v, 0x9e37_79b1);
    h1 = (h1 << 13) | (h1 >>> 19);
    let h2 = Math.imul(this.h2 ^ v, 0x85eb_ca77);
    h2 = (h2 << 17) | (h2 >>> 15);
    this.h1 = h1;
    this.h2 = (h2 + h1) | 0;
  }

  /** The same as `u32` on each of `words[0..n)` in turn. */
  words(words: Int32Array, n: number): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < n; i++) {
      const v = words[i] as number;
      let a = Math.imul(h1 ^ v, 0x9e37_79b1);
      a = (a << 13) | (a >>> 19);
      let b = Math.imul(h2 ^ v, 0x85eb_ca77);
      b = (b << 17) | (b >>> 15);
      h1 = a;
      h2 = (b + a) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  str(s: string): void {
    this.u32(stringCode(s));
  }

  /** The same as `value(s)` for a string or null (undefined hashes as null, as in `value`). */
  strOrNull(s: string | null | undefined): void {
    if (s === null || s === undefined) this.u32(0x4e55_4c4c);
    else this.u32(stringCode(s));
  }

  value(v: unknown): void {
    if (v === null || v === undefined) {
      this.u32(0x4e55_4c4c);
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
      this.u32(v ? 0x5452_5545 : 0x4641_4c53);
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

  /** The hash as 16 hex digits. After it, `code` holds the XOR of its two halves (`hexCode`). */
  digest(): string {
    let a = this.h1;
    let b = this.h2;
    a = Math.imul(a ^ (a >>> 16), 0x85eb_ca6b);
    b = Math.imul(b ^ (b >>> 15), 0xc2b2_ae35);
    a ^= Math.imul(b ^ (b >>> 13), 0x27d4_eb2f);
    b ^= Math.imul(a ^ (a >>> 16), 0x1656_67b1);
    this.code = b ^ a;
    return hex16(b, a);
  }
}

/**
 * A 32-bit code for a digest's text: the XOR of its two halves when it is 16 lowercase hex digits
 * (as `digest` makes them), else `stringCode` of the text.
 */
export function hexCode(text: string): number {
  if (text.length !== 16) return stringCode(text);
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 16; i++) {
    const ch = text.charCodeAt(i);
    const digit = ch >= 48 && ch <= 57 ? ch - 48 : ch >= 97 && ch <= 102 ? ch - 87 : -1;
    if (digit < 0) return stringCode(text);
    if (i < 8) hi = (hi << 4) | digit;
    else lo = (lo << 4) | digit;
  }
  return hi ^ lo;
}

// The same few strings (ids, owners, zones) are hashed every turn: their codes are remembered.
// A pure function of the string, so the memo changes no result; it is emptied when it grows large.
const memo = new Map<string, number>();

/** The 32-bit code `str` mixes in for a string. */
export function stringCode(s: string): number {
  const known = memo.get(s);
  if (known !== undefined) return known;
  const code = foldString(s);
  if (memo.size >= 4096) memo.clear();
  memo.set(s, code);
  return code;
}

/**
 * A few known words with the codes `Hasher.str` mixes in for them: a comparison or two finds one,
 * quicker than the memo of every string (`stringCode`, which any other word falls back to).
 */
export class Words {
  private readonly codes: number[];

  constructor(private readonly words: readonly string[]) {
    this.codes = words.map(foldString);
  }

  code(w: string): number {
    for (let i = 0; i < this.words.length; i++) if (this.words[i] === w) return this.codes[i] as number;
    return stringCode(w);
  }
}

/** A string folded to one 32-bit code (two mixed lanes, so near strings differ): `stringCode` unremembered. */
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

/** Sixteen hex digits, `hi` first: one flat string made at once (not eight small ones joined). */
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
