// How the screens write a number that may be below zero: one way, with the minus sign (U+2212), as
// the rules and the order cards print it. Some screens wrote "-15" with a hyphen, others "−15".
// No DOM here: tested in Node.

export const MINUS = '\u2212';

/** A number as the screens write it: "−15", "3", "0" (never "-0"). */
export function num(n: number): string {
  return n < 0 ? `${MINUS}${-n}` : String(n === 0 ? 0 : n);
}

/** A change, with its sign: "−15", "+3", "±0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? num(n) : '±0';
}
