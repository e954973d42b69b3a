// The powers' names as the game writes them, and the words of time its cards, rows and reports
// share: each declared once (issue 14), re-exported by ./types.ts with the rest of the vocabulary.
import type { Party } from './types';

export const PARTY_NAMES: Record<Party, string> = {
  federation: 'the Federation',
  klingon: 'the Klingon Empire',
};

/**
 * A sentence starts with a capital, even when it starts with a name that does not ("the Klingon
 * Empire presses its claim", "the Gorn Hegemony sends raiders"): names are written to stand inside one.
 */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "until 2330", or "for the rest of the game" when that year reaches the game's last (which is not
 * played): Centennial Eve read "a grudge until 2322" in a game that ends in 2298.
 */
export function untilYear(s: { lastYear: number }, year: number): string {
  return year >= s.lastYear ? 'for the rest of the game' : `until ${year}`;
}

/**
 * How long something of `years` that begins in `from` lasts, in words: "for 30 years", or "for the
 * rest of the game" when it outlasts the last year played (a grudge "for 30 years" named in 2380).
 */
export function forYears(s: { lastYear: number }, from: number, years: number): string {
  return from + years >= s.lastYear
    ? 'for the rest of the game'
    : `for ${years} year${years === 1 ? '' : 's'}`;
}

/**
 * How long trade talks close when an offer made in `offerYear` is let pass: it is declined as the
 * year after ends, and talks stay closed for `years` from the year after that ("for 5 years", or
 * "for the rest of the game"); null when that year is not played (no talks are closed in the game).
 */
export function talksClosedFor(s: { lastYear: number }, offerYear: number, years: number): string | null {
  return offerYear + 2 >= s.lastYear ? null : forYears(s, offerYear + 2, years);
}

/** When closed trade talks open again, in words: never, when that year is not played. */
export function talksReopen(s: { lastYear: number }, closedUntil: number): string {
  return closedUntil + 1 >= s.lastYear
    ? 'they stay closed for the rest of the game'
    : `they open again in ${closedUntil + 1}`;
}

/** The same names at the start of a sentence. */
export const PARTY_TITLES: Record<Party, string> = {
  federation: 'The Federation',
  klingon: 'The Klingon Empire',
};

/** The name as a label, without its article: "Klingon Empire standing", an editor's list of owners. */
export function partyLabel(party: Party): string {
  return PARTY_TITLES[party].replace(/^The /, '');
}

/** Clauses joined as a sentence says them: "a, b, and c"; "a, and b"; "a". */
export function andList(clauses: readonly string[]): string {
  return clauses.length < 2
    ? (clauses[0] ?? '')
    : `${clauses.slice(0, -1).join(', ')}, and ${clauses.at(-1)}`;
}
