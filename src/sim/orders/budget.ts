// A year's budget of orders: what the queued orders have taken (influence, reserves, the fleets
// given an order), summed as they are accepted, and the check that an order fits in what is left.
import { type GameState, ofParty, PARTY_TITLES, type Party, powerOf } from '../types';
import { influenceOf } from '../world';
import type { OrderCost, OrderError } from './define';

/**
 * What the queued orders of a year have taken (influence, reserves, the fleets given an order),
 * and what the power has this year, influence and reserves (found once for the year's orders: no
 * order changes the state they are read from).
 */
export interface Budget {
  influence: number;
  reserves: number;
  fleets: string[];
  readonly influenceOf: number;
  readonly reservesOf: number;
}

/** Nothing spent yet of the influence and reserves `party` has this year. */
export function budget(state: GameState, party: Party): Budget {
  return {
    influence: 0,
    reserves: 0,
    fleets: [],
    influenceOf: influenceOf(state, party),
    reservesOf: powerOf(state, party).reserves,
  };
}

export function spend(used: Budget, c: OrderCost): void {
  used.influence += c.influence;
  used.reserves += c.reserves;
  if (c.fleet !== null) used.fleets.push(c.fleet);
}

/** Budgets: influence and reserves shared with the queued orders; a fleet acts once a year. */
export function checkBudget(
  state: GameState,
  party: Party,
  cost: OrderCost,
  used: Budget,
): OrderError | null {
  if (cost.fleet !== null && used.fleets.includes(cost.fleet)) {
    return {
      code: 'order/fleet-busy',
      message: `Fleet ${cost.fleet} already has its order for ${state.year}.`,
    };
  }
  if (cost.influence > 0 && used.influence + cost.influence > used.influenceOf) {
    return {
      code: 'order/no-influence',
      message: `${ofParty(PARTY_TITLES, party)} has ${used.influenceOf - used.influence} influence left this year; the order needs ${cost.influence}.`,
    };
  }
  const reserves = used.reservesOf;
  if (cost.reserves > 0 && used.reserves + cost.reserves > reserves) {
    return {
      code: 'order/no-reserves',
      message: `${ofParty(PARTY_TITLES, party)} has ${reserves - used.reserves} reserves left this year; the order needs ${cost.reserves}.`,
    };
  }
  return null;
}
