// The span of the end screen's chain of violations. The core lists only the violations of the
// collapse's year and the `forgivenessYears` before it (src/sim/scoring.ts collapseChain): a player
// who broke the Accords long before looked for that act there and did not find it (task ui33).
import type { GameState } from '../../sim/index';

export interface ChainSpan {
  /** The first year the chain lists, and the last (the collapse's). */
  from: number;
  to: number;
  /** "The chain of violations: the last 11 years, 2294–2304". */
  heading: string;
  /** Why older violations are not in it; null when the chain spans the whole game. */
  note: string | null;
}

/** The years of a collapse's chain of violations, read off the state as the core reads them. */
export function chainSpan(s: Pick<GameState, 'year' | 'firstYear' | 'rules'>): ChainSpan {
  const { year, firstYear } = s;
  const forgiven = s.rules.forgivenessYears;
  if (!Number.isInteger(year) || !Number.isInteger(firstYear) || year < firstYear)
    throw new Error(`chainSpan: the year ${year} is not a year of a game begun in ${firstYear}`);
  if (!Number.isInteger(forgiven) || forgiven < 0)
    throw new Error(`chainSpan: forgivenessYears must be a whole number of 0 or more, not ${forgiven}`);
  // As collapseChain: entries of the year `year - forgiven` and later; none is older than the game.
  const since = year - forgiven;
  const whole = since <= firstYear;
  const from = whole ? firstYear : since;
  const years = from === year ? String(year) : `${from}–${year}`;
  const count = year - from + 1;
  const what = whole
    ? 'the whole game'
    : count === 1
      ? 'the year of the collapse'
      : `the last ${count} years`;
  return {
    from,
    to: year,
    heading: `The chain of violations: ${what}, ${years}`,
    note: whole
      ? null
      : `Violations from before ${from} are not in it: the Accords forgive them ${forgiven === 0 ? 'once their year is over' : `after ${forgiven === 1 ? 'a year' : `${forgiven} years`}`} (Article V).`,
  };
}
