// A world with nothing to order this year: the orders that exist there, with their cost and why not
// now (the playtest read "Nothing to order here" on a world it could develop, short of reserves),
// and why a disputed or neutral world cannot be seized this year (seizeNotNow).
import {
  type GameState,
  type Order,
  orderCost,
  PARTY_NAMES,
  type Party,
  previewOrder,
  shortestPath,
  validateOrder,
} from '../../sim/index';
import { fleetNames, named, type Roster } from './names';
import { reservesLeft } from './purse';

/** The world's own orders that cannot be given now, each with its price and the reason. */
export function notNow(s: GameState, party: Party, queued: readonly Order[], systemId: string): string[] {
  const sys = s.systems.find((x) => x.id === systemId);
  if (!sys || sys.owner !== party) return [];
  const candidates: [string, Order][] = [['Develop', { type: 'develop', system: sys.id }]];
  if (sys.shipyard) candidates.push(['Build a ship', { type: 'build', system: sys.id, ships: 1 }]);
  const left = reservesLeft(s, party, queued);
  const out: string[] = [];
  for (const [label, order] of candidates) {
    const p = previewOrder(s, party, order, queued);
    if (p.ok) continue;
    const cost = orderCost(s, party, order, queued).reserves;
    out.push(cost > left ? `${label}: ${cost} reserves (you have ${left}).` : `${label}: ${p.error.message}`);
  }
  return out;
}

/**
 * Why a trade pact cannot be proposed this year, when the Diplomacy list leaves it out (playtest 22
 * found "Propose a trade pact" gone, with no word why, while trade talks were closed); null when it can.
 */
export function pactNotNow(s: GameState, party: Party, queued: readonly Order[]): string | null {
  if (queued.some((o) => o.type === 'trade-pact')) return null;
  const r = validateOrder(s, party, { type: 'trade-pact' }, queued);
  return r.ok ? null : `Propose a trade pact: ${r.error.message}`;
}

/** "1 lane", "3 lanes". */
const lanes = (n: number) => `${n} lane${n === 1 ? '' : 's'}`;

/**
 * Why a world a seizure could take (disputed, or in the neutral zone, and not yours) cannot be
 * seized this year, or null when it can (its row is listed) or is no such world. Playtest 25 selected
 * Sherman's Planet after a card that said "the fleets offer something faster" and read only "No
 * fleets / Nothing to order here this year". When the one thing missing is a fleet near it
 * (src/sim/orders/disputes.ts, 'order/no-fleet-near'), it says how near yours are and how far a
 * fleet moves in a year (the state's rules); otherwise the rules' own reason.
 */
export function seizeNotNow(
  s: GameState,
  party: Party,
  queued: readonly Order[],
  systemId: string,
  roster: Roster,
): string | null {
  const sys = s.systems.find((x) => x.id === systemId);
  if (!sys || (sys.zone !== 'disputed' && sys.zone !== 'neutral-zone') || sys.owner === party) return null;
  const r = validateOrder(s, party, { type: 'seize', system: sys.id }, queued);
  // Given already: the queue says so.
  if (r.ok || r.error.code === 'order/duplicate') return null;
  const head = `Seize ${sys.name}`;
  if (r.error.code !== 'order/no-fleet-near') {
    // The rules name a power by its id ("belongs to federation"): said as the screens say it.
    const why = r.error.message.replace(/\b(federation|klingon)\b/g, (p) => PARTY_NAMES[p as Party]);
    return `${head}: ${named(s, why, roster)}`;
  }
  const max = s.rules.movement.maxLanes;
  const names = fleetNames(s, roster);
  let nearest: { id: string; at: string; lanes: number } | null = null;
  for (const f of s.fleets) {
    if (f.owner !== party) continue;
    const path = shortestPath(s, f.location, sys.id);
    if (path && (!nearest || path.length - 1 < nearest.lanes))
      nearest = { id: f.id, at: f.location, lanes: path.length - 1 };
  }
  const need = `a seizure needs one at ${sys.name} or ${lanes(1)} from it`;
  if (!nearest) return `${head}: no fleet of yours can reach it; ${need}.`;
  const where = s.systems.find((x) => x.id === nearest.at)?.name ?? nearest.at;
  const fleet = names.get(nearest.id) ?? 'a fleet';
  return `${head}: no fleet of yours is near enough this year; ${need}. Your nearest, ${fleet} at ${where}, is ${lanes(nearest.lanes)} away (a fleet moves up to ${lanes(max)} a year).`;
}
