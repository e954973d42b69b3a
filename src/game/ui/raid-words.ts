// When a named raid strikes, in words. No DOM here: the words are tested in Node.
import { untilYear } from '../../sim/index';

/**
 * When a war's raid on its named world comes, seen in `year`: a war lasts `since`..`until` and strikes
 * each of its years, so a later year's blow is said to be its war's, and which year of it (the playtest
 * read "strikes Betazed this year" two years running as two raids, or one misdated: it was one war's
 * two blows).
 */
export function raidWhen(
  war: { since: number; until: number },
  year: number,
  lastYear = Number.POSITIVE_INFINITY,
): string {
  const { since, until } = war;
  // A war that outlasts the game lasts "for the rest of the game" (`untilYear`).
  const lasts = `lasts ${untilYear({ lastYear }, until)}`;
  if (year < since) return until > since ? `in ${since} (its war ${lasts})` : `in ${since}`;
  if (year === since) return until > since ? `this year (its war ${lasts})` : 'this year';
  // Not "again": a war that took its world strikes another the next year (rules version 12).
  return `this year, the ${ordinal(year - since + 1)} year of its war (begun in ${since}, it ${until > year ? lasts : 'ends this year'})`;
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** The years a war's raids strike, for a reader who may not know the year (the map's tip). */
export function raidYears(
  war: { since: number; until: number },
  lastYear = Number.POSITIVE_INFINITY,
): string {
  if (war.until <= war.since) return `in ${war.since}`;
  return war.until >= lastYear
    ? `in ${war.since} and each year after, for the rest of the game`
    : `in ${war.since} and each year to ${war.until}`;
}
