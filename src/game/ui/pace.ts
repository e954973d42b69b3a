// Where a power's score is headed. How to win said "Cold Peace now; 385 more points for Ceremony"
// to an Empire banking 17 points a year, on course for Grand Parade (playtest 33): a century's
// score is banked year by year, and a newcomer could not tell whether they were on track.
import { type GameState, gradeOf, type Party, scoreBreakdown } from '../../sim/index';

/** Years a game must have banked before its pace is worth telling. */
const SETTLED_YEARS = 3;

export interface Pace {
  /** Points banked a year lately, on average (whole points): over `years`. */
  perYear: number;
  /** The years the pace is read from: all so far, or the last decade and the one under way. */
  years: number;
  /** Whether `years` are all the game's years so far. */
  all: boolean;
  /** The score in the last year if the years left bank as many, with today's parade and bonus. */
  projected: number;
  /** The grade that score reaches. */
  grade: string;
}

/** The pace of `party`'s score, or null while the game is too young to tell, or over. */
export function paceOf(s: GameState, party: Party): Pace | null {
  const played = s.year - s.firstYear;
  const left = s.lastYear - s.year;
  if (s.phase === 'ended' || s.result || played < SETTLED_YEARS || left <= 0) return null;
  // Read from the last full decade and the one under way (the year's points sit in their decade): a
  // game taken over in 2353 read the pace of the AI's sixty years, not the player's (playtest 37).
  const decades = s.powers[party].banked.decades;
  const last = Math.floor((played - 1) / 10);
  const from = Math.max(0, last - 1);
  const years = played - 10 * from;
  let points = 0;
  for (let i = from; i <= last; i++) points += decades[i] ?? 0;
  const perYear = points / years;
  const projected = scoreBreakdown(s, party).total + Math.round(perYear * left);
  return {
    perYear: Math.round(perYear),
    years,
    all: from === 0,
    projected,
    grade: gradeOf(s, party, projected),
  };
}

/** The pace in words, for How to win. */
export function paceLine(s: GameState, party: Party): string | null {
  const p = paceOf(s, party);
  if (!p) return null;
  const years = p.all ? 'your years so far' : `your last ${p.years} years`;
  return `At the pace of ${years} (${p.perYear} points a year), about ${p.projected} by ${s.lastYear}, with today’s parade and bonus: ${p.grade}. Every year still counts: a year’s points rise and fall with your standing, your worlds, your growth and your support.`;
}
