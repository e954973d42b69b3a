// A seeded policy that gives random legal orders: the opponent until the AI personalities exist,
// and the engine of the property tests. Its chance comes from its own stream, `ai:<party>:<year>`.
import { candidateOrders } from '../candidates';
import { type Order, validateOrder } from '../orders';
import { stream } from '../rng';
import type { GameState, Party } from '../types';

export function randomOrders(s: GameState, party: Party, maxOrders = 4): Order[] {
  const rng = stream(s.seed, `ai:${party}`, s.year);
  const candidates = candidateOrders(s, party);
  const chosen: Order[] = [];
  const wanted = rng.int(maxOrders + 1);
  for (let tries = 0; chosen.length < wanted && tries < wanted * 4 && candidates.length > 0; tries++) {
    const order = candidates[rng.int(candidates.length)] as Order;
    if (validateOrder(s, party, order, chosen).ok) chosen.push(order);
  }
  return chosen;
}
