// A world with nothing to order this year: the orders that exist there, with their cost and why not
// now (the playtest read "Nothing to order here" on a world it could develop, short of reserves).
import { type GameState, type Order, orderCost, type Party, previewOrder } from '../../sim/index';
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
    const cost = orderCost(s, party, order).reserves;
    out.push(cost > left ? `${label}: ${cost} reserves (you have ${left}).` : `${label}: ${p.error.message}`);
  }
  return out;
}
