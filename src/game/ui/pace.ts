// Where a power's score is headed. How to win said "Cold Peace now; 385 more points for Ceremony"
// to an Empire banking 17 points a year, on course for Grand Parade (playtest 33): a century's
// score is banked year by year, and a newcomer could not tell whether they were on track.
import { type GameState, gradeOf, type Party, scoreBreakdown } from '../../sim/index';

/** Years a game must have banked before its pace is worth telling. */
const SETTLED_YEARS = 3;

export interface Pace {
  /** Points banked a year so far, on average (whole points). */
  perYear: number;
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
  const b = s.powers[party].banked;
  const perYear = (b.honour + b.security + b.prosperity + b.support) / played;
  const projected = scoreBreakdown(s, party).total + Math.round(perYear * left);
  return { perYear: Math.round(perYear), projected, grade: gradeOf(s, party, projected) };
}

/** The pace in words, for How to win. */
export function paceLine(s: GameState, party: Party): string | null {
  const p = paceOf(s, party);
  if (!p) return null;
  return `At the pace of your years so far (${p.perYear} points a year), about ${p.projected} by ${s.lastYear}, with today’s parade and bonus: ${p.grade}. Every year still counts: a year’s points rise and fall with your standing, your worlds, your growth and your support.`;
}
