// A year's orders taken in, before the year resolves: each power's list checked in turn (its
// refusals for the report), each accepted order described for the report and handed to the step
// of the year its definition names.
import type { Refusal, TurnReport } from './context';
import { type AnyDefinition, type Order, type RefusedOrder, takeOrders } from './orders/index';
import type { OrderRef, Step } from './resolve-types';
import { type GameState, ofParty, PARTIES, type Party } from './types';

// A step with no orders this year gets this list (the steps only read their lists).
const NONE: OrderRef[] = [];

/** Every step with no orders yet (all the steps, so that each turn's lists have one shape). */
function noOrders(): Record<Step, OrderRef[]> {
  return {
    summit: NONE,
    embassy: NONE,
    openSupport: NONE,
    tradeAndDisputes: NONE,
    addressCouncil: NONE,
    suspend: NONE,
    answers: NONE,
    grantPassage: NONE,
    builds: NONE,
    aid: NONE,
    moves: NONE,
    attacks: NONE,
    fugitiveDecisions: NONE,
    espionage: NONE,
    covertArms: NONE,
  };
}

/** The year's orders as the year reads them: refused, described, and by the step that resolves them. */
export interface YearIntake {
  refused: Refusal[];
  described: TurnReport['orders'];
  /** Each step's orders, in the order the powers gave them (federation first, then by index). */
  bySteps: Record<Step, OrderRef[]>;
}

/**
 * Both powers' orders for the year (`orders`, an object checked already), taken as `takeOrders`
 * takes them; `shaped`: their shape is known good (a replay's, the AI's).
 */
export function takeYearOrders(
  state: GameState,
  orders: Partial<Record<Party, readonly unknown[]>>,
  shaped: boolean,
): YearIntake {
  const refused: Refusal[] = [];
  const described: TurnReport['orders'] = { federation: [], klingon: [] };
  const bySteps = noOrders();
  const wrong: RefusedOrder[] = [];
  for (const party of PARTIES) {
    const raw = orders[party] ?? [];
    if (!Array.isArray(raw)) {
      refused.push({
        party,
        index: -1,
        order: raw,
        code: 'order/malformed',
        message: 'Orders must be a list.',
      });
      continue;
    }
    const year = takeOrders(state, party, raw, shaped, wrong);
    if (wrong.length > 0) {
      for (const r of wrong)
        refused.push({ party, index: r.index, order: r.order, code: r.error.code, message: r.error.message });
      wrong.length = 0;
    }
    // Each order's definition, found when it was checked, gives its words and its step.
    const { taken, definitions } = year;
    const words = ofParty(described, party);
    for (let index = 0; index < taken.length; index++) {
      const order = taken[index] as Order;
      const definition = definitions[index] as AnyDefinition;
      words.push({ type: order.type, text: definition.describe(state, party, order) });
      const ref: OrderRef = { party, index, order };
      const list = bySteps[definition.step];
      if (list === NONE) bySteps[definition.step] = [ref];
      else list.push(ref);
    }
  }
  return { refused, described, bySteps };
}
