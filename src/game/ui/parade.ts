// The last year's reserves and the parade: ships a power has in the last year count in its parade
// (RULES.md, the score), so reserves left unspent at the end are points lost. The playtest ended
// Centennial Eve with 96 reserves unspent, 24 ships and 12 points it was never told of.
import { type GameState, type Order, type Party, paradeOf, shipsOf, type TurnReport } from '../../sim/index';
import { signed } from './numbers';
import { reservesLeft } from './purse';

/** What `party`'s reserves left after the queued orders could still add to the parade. */
export interface ParadeRoom {
  /** Reserves left after the orders queued. */
  reserves: number;
  /** Ships those reserves can still build this year at the party's yards. */
  ships: number;
  /** Points those ships would add to the parade (0 at its cap). */
  points: number;
}

/**
 * The parade's room this year: null but in the last year orders are given (the year before
 * `lastYear`: the game ends as that year begins, and the ships then are the parade's).
 */
export function paradeRoom(s: GameState, party: Party, queued: readonly Order[]): ParadeRoom | null {
  if (s.year !== s.lastYear - 1 || s.phase === 'ended') return null;
  const e = s.rules.economy;
  const reserves = reservesLeft(s, party, queued);
  const yards = s.systems.filter((x) => x.owner === party && x.shipyard);
  let room = 0;
  for (const y of yards) {
    let ordered = 0;
    for (const o of queued) if (o.type === 'build' && o.system === y.id) ordered += o.ships;
    room += Math.max(0, e.maxBuildPerYard - ordered);
  }
  const ships = e.shipCost > 0 ? Math.min(room, Math.floor(Math.max(0, reserves) / e.shipCost)) : room;
  const have = shipsOf(s, party, queued);
  return { reserves, ships, points: paradeOf(s.rules, have + ships) - paradeOf(s.rules, have) };
}

/** The line the orders panel shows in the last year; null when it says nothing worth saying. */
export function paradeLine(s: GameState, party: Party, queued: readonly Order[]): string | null {
  const r = paradeRoom(s, party, queued);
  if (!r || r.reserves <= 0) return null;
  // No place named: playtest 31 read "parade at Khitomer" with Khitomer in the rebels' hands.
  const left = `The last year: reserves left at the end earn nothing, and ships kept to the end count in the parade (${s.rules.scoring.paradeShipsPerPoint} ships a point).`;
  if (r.ships <= 0 || r.points <= 0)
    return `${left} Your ${r.reserves} reserves can add nothing more to the parade this year.`;
  return `${left} Your ${r.reserves} reserves could still build ${r.ships} ship${r.ships === 1 ? '' : 's'} at your shipyards: ${signed(r.points)} point${r.points === 1 ? '' : 's'} for the parade. Select a shipyard (N) to build.`;
}

/**
 * The end screen's line of the reserves each power left unspent (they earn nothing at the end), and
 * whose parade was full already, so that more ships would have added nothing (playtest 27 read that
 * ships would have paraded beside its parade of 60, the most). `last`: the last year's report, whose
 * income came in after the orders and could not be spent (playtest 35 was told of 19 unspent, 18 of
 * them that income).
 */
export function unspentLine(
  s: GameState,
  parties: readonly Party[],
  title: (p: Party) => string,
  last?: TurnReport,
): string {
  const sc = s.rules.scoring;
  const each = parties
    .map((p) => {
      const notes: string[] = [];
      const income = incomeOf(last, p);
      const reserves = s.powers[p].reserves;
      if (income > 0 && reserves > 0)
        notes.push(`${Math.min(income, reserves)} of them the last year's income, paid after the orders`);
      if (paradeOf(s.rules, shipsOf(s, p)) >= sc.paradeMax) notes.push('its parade was full already');
      return `${title(p)} ${reserves}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    })
    .join(', ');
  return `Reserves left unspent at the end, which earn nothing (ships built in the last year would have paraded, ${sc.paradeShipsPerPoint} a point, up to ${sc.paradeMax} points): ${each}.`;
}

/** What `party`'s income (less upkeep) brought in in the report's year, at its step k. */
function incomeOf(report: TurnReport | undefined, party: Party): number {
  let n = 0;
  for (const c of report?.changes ?? [])
    if (c.party === party && c.kind === 'reserves' && c.cause.rule === 'income') n += c.delta ?? 0;
  return n;
}
