// What a side's orders queued this year leave of its reserves: the orders panel, the last year's
// parade line and a world's orders that cannot be given now all count from it.
import { type GameState, type Order, type OrderCost, orderCost, type Party, powerOf } from '../../sim/index';

/**
 * Each queued order's price, counted with the orders queued before it (the rules' `orderCost`): a
 * world developed twice pays the second level's price for the second (the playtest saw 12, paid 44).
 */
export function queuePrices(s: GameState, party: Party, queued: readonly Order[]): OrderCost[] {
  return queued.map((o, i) => orderCost(s, party, o, queued.slice(0, i)));
}

/** A price in words: "12 reserves, the fleet's year"; what else it costs is in the order's words. */
export function priceWords(cost: OrderCost): string {
  return (
    [
      cost.influence ? `${cost.influence} influence` : '',
      cost.reserves ? `${cost.reserves} reserve${cost.reserves === 1 ? '' : 's'}` : '',
      cost.fleet ? 'the fleet’s year' : '',
    ]
      .filter(Boolean)
      .join(', ') || 'no influence or reserves'
  );
}

/** `party`'s reserves once the orders `queued` are paid. */
export function reservesLeft(s: GameState, party: Party, queued: readonly Order[]): number {
  let spent = 0;
  for (const c of queuePrices(s, party, queued)) spent += c.reserves;
  return powerOf(s, party).reserves - spent;
}
