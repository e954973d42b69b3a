// A fleet's course, and the trespass of a course through the other party's space (Article VI, rules
// version 8). A fleet may cross a system on its way within the year's lanes; crossing the other
// party's territory is as much a trespass as lying there at the year's end, unless that party grants
// passage for the year. A fleet keeps out of the other's space when a course within the year's lanes
// allows it: only a shortcut (a world of its own reached a year sooner) crosses.
import type { Ctx } from './context';
import { chargeViolation } from './ledger';
import { type GameState, otherParty, PARTIES, PARTY_NAMES, type Party, powerOf } from './types';
import { findSystem, pathThrough, shortestPath, systemName } from './world';

/** The first system inside `path` (its ends left out) that `other` holds, or null. */
function crossedIn(s: GameState, path: readonly string[], other: Party): string | null {
  for (let i = 1; i < path.length - 1; i++) {
    const id = path[i] as string;
    if (findSystem(s, id)?.owner === other) return id;
  }
  return null;
}

/**
 * The course `party`'s fleet takes from `from` to `to` within `limit` lanes: the shortest, unless it
 * crosses the other party's territory and a course within the limit keeps out of it. Null when `to`
 * is out of reach.
 */
export function courseOf(
  s: GameState,
  party: Party,
  from: string,
  to: string,
  limit: number,
): string[] | null {
  const shortest = shortestPath(s, from, to, limit);
  if (!shortest || crossedIn(s, shortest, otherParty(party)) === null) return shortest;
  const other = otherParty(party);
  return pathThrough(s, from, to, (id) => findSystem(s, id)?.owner !== other, limit) ?? shortest;
}

/**
 * The system of the other party's that a move of `party`'s fleet from `from` to `to` would cross
 * without its consent this year, or null: none on the course, or passage granted (`open`).
 */
export function crossingOf(
  s: GameState,
  party: Party,
  from: string,
  to: string,
  open = powerOf(s, otherParty(party)).passageUntil >= s.year,
): string | null {
  if (open) return null;
  const course = courseOf(s, party, from, to, s.rules.movement.maxLanes);
  return course ? crossedIn(s, course, otherParty(party)) : null;
}

/**
 * Step c: a fleet that crossed the other party's territory on its course is noted, to be charged at
 * the year's end (`chargeCrossings`) unless passage was granted or it lies in that territory then
 * (one trespass a year for one fleet).
 */
export function noteCrossing(ctx: Ctx, party: Party, fleet: string, path: readonly string[]): void {
  const crossed = crossedIn(ctx.s, path, otherParty(party));
  if (crossed !== null) ctx.crossings.push({ party, fleet, system: crossed });
}

/** Year end: the crossings of the year, each a trespass, the Federation's first (`checkTrespass` calls it). */
export function chargeCrossings(ctx: Ctx, charged: ReadonlySet<string>): void {
  if (ctx.crossings.length === 0) return;
  for (const party of PARTIES) {
    if (ctx.granting.includes(otherParty(party))) continue;
    for (const c of ctx.crossings) {
      if (c.party !== party || charged.has(c.fleet)) continue;
      chargeViolation(
        ctx,
        party,
        'VI/trespass',
        `Fleet ${c.fleet} of ${PARTY_NAMES[party]} crosses ${systemName(ctx.s, c.system)} without consent.`,
        { open: true },
      );
    }
  }
}
