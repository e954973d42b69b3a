// A seeded policy that gives random legal orders: the opponent until the AI personalities exist,
// and the engine of the property tests. Its chance comes from its own stream, `ai:<party>:<year>`.
// Orders that would break an article are drawn at a lower weight (`violationWeight` of 8), so a
// game lasts long enough to show every article at work.
import { candidateOrders } from '../candidates';
import { type Order, validateOrder } from '../orders';
import { previewOrder } from '../preview';
import { stream } from '../rng';
import type { GameState, Party } from '../types';

export function randomOrders(s: GameState, party: Party, maxOrders = 4, violationWeight = 1): Order[] {
  const rng = stream(s.seed, `ai:${party}`, s.year);
  const candidates = candidateOrders(s, party);
  const weights = candidates.map((o) => {
    const p = previewOrder(s, party, o);
    return p.ok && p.value.violations.length > 0 ? violationWeight : 8;
  });
  const chosen: Order[] = [];
  const wanted = rng.int(maxOrders + 1);
  for (let tries = 0; chosen.length < wanted && tries < wanted * 4; tries++) {
    const i = rng.weighted(weights);
    const order = candidates[i];
    if (order && validateOrder(s, party, order, chosen).ok) chosen.push(order);
  }
  return chosen;
}
