// What a side's orders queued this year leave of its reserves: the orders panel, the last year's
// parade line and a world's orders that cannot be given now all count from it.
import { type GameState, type Order, orderCost, type Party, powerOf } from '../../sim/index';

/** `party`'s reserves once the orders `queued` are paid. */
export function reservesLeft(s: GameState, party: Party, queued: readonly Order[]): number {
  let spent = 0;
  for (const o of queued) spent += orderCost(s, party, o).reserves;
  return powerOf(s, party).reserves - spent;
}
