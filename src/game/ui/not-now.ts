// A world with nothing to order this year: the orders that exist there, with their cost and why not
// now (the playtest read "Nothing to order here" on a world it could develop, short of reserves).
import {
  type GameState,
  type Order,
  orderCost,
  type Party,
  previewOrder,
  validateOrder,
} from '../../sim/index';
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
