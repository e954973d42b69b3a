// The moment the standings are told at. The HUD's standings are as the last year ended; the ledger
// already holds lines of the year in progress (an event revealed as it opened: a leak, a historic
// day), and those count in the standings only when that year ends (step h). The playtest read a
// leak's −15 of 2296 in the ledger beside a HUD still at 63. No DOM here: tested in Node.
import { dueStanding, type GameState, type LedgerEntry, PARTIES, type Party } from '../../sim/index';

import { signed } from './numbers';

/** Whether `e` is recorded already but not yet counted in the standings `s` shows. */
export function isDue(s: GameState, e: LedgerEntry): boolean {
  return s.phase !== 'ended' && e.year >= s.year;
}

/** The moment the standings are told at, in words: "as 2295 ended" (at the first year, "at the start"). */
export function standingsAt(s: GameState): string {
  if (s.phase === 'ended') return `as the game ended in ${s.year}`;
  return s.year > s.firstYear ? `as ${s.year - 1} ended` : `at the start of ${s.year}`;
}

/**
 * The ledger panel's line on its moment: the standings as the HUD shows them, and the lines of the
 * year in progress that count when it ends, by power (null for none).
 */
export function momentLine(s: GameState, title: (p: Party) => string): string {
  const now = PARTIES.map((p) => `${title(p)} ${s.powers[p].standing}`).join(', ');
  const due = dueStanding(s);
  const owed = PARTIES.filter((p) => due[p] !== 0).map((p) => `${title(p)} ${signed(due[p])}`);
  const first = `The standings ${standingsAt(s)}: ${now}.`;
  if (owed.length === 0) return first;
  return `${first} The lines of ${s.year} below are recorded already and count when ${s.year} ends: ${owed.join(', ')}.`;
}
