// What a side's orders queued this year leave of its reserves: the orders panel, the last year's
// parade line and a world's orders that cannot be given now all count from it.
import { type GameState, type Order, type OrderCost, orderCost, type Party, powerOf } from '../../sim/index';

/**
 * What `order` will be charged after the orders `before` it: a world developed twice pays the second
 * level's price for the second (the year's builds charge each at the world's output then, economy.ts),
 * where the order's own cost is the next level's alone (the playtest saw 12 and paid 44).
 */
export function priceInQueue(s: GameState, party: Party, order: Order, before: readonly Order[]): OrderCost {
  return orderCost(s, party, order, before);
}

/** Each queued order's price, counted with the orders queued before it. */
export function queuePrices(s: GameState, party: Party, queued: readonly Order[]): OrderCost[] {
  return queued.map((o, i) => priceInQueue(s, party, o, queued.slice(0, i)));
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
