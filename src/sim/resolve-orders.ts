// A year's orders taken in, before the year resolves: each power's list checked in turn (its
// refusals for the report), each accepted order handed to the step of the year its definition
// names, and described for the report when the report is read (`orderWords`).
import type { Refusal, TurnReport } from './context';
import { type AnyDefinition, type Order, type RefusedOrder, takeOrders } from './orders/index';
import type { OrderRef, Step } from './resolve-types';
import { type GameState, ofParty, PARTIES, type Party } from './types';

// A step with no orders this year gets this list (the steps only read their lists).
const NONE: OrderRef[] = [];

/** Every step with no orders yet (all the steps, so that each turn's lists have one shape). */
function noOrders(): Record<Step, OrderRef[]> {
  return {
    vouch: NONE,
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

/** The year's orders as the year reads them: refused, taken, and by the step that resolves them. */
export interface YearIntake {
  refused: Refusal[];
  /** Each power's accepted orders with their definitions (`orderWords` gives the report's words). */
  taken: Record<Party, TakenOrders>;
  /** Each step's orders, in the order the powers gave them (federation first, then by index). */
  bySteps: Record<Step, OrderRef[]>;
}

/** A power's accepted orders, each with the definition found when it was checked. */
export interface TakenOrders {
  readonly taken: readonly Order[];
  readonly definitions: readonly AnyDefinition[];
}

const NOTHING: TakenOrders = { taken: [], definitions: [] };

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
  const taken: Record<Party, TakenOrders> = { federation: NOTHING, klingon: NOTHING };
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
    taken[party] = year;
    // Each order's definition, found when it was checked, gives its step.
    const { definitions } = year;
    for (let index = 0; index < year.taken.length; index++) {
      const ref: OrderRef = { party, index, order: year.taken[index] as Order };
      const step = (definitions[index] as AnyDefinition).step;
      const list = bySteps[step];
      if (list === NONE) bySteps[step] = [ref];
      else list.push(ref);
    }
  }
  return { refused, taken, bySteps };
}

/** The accepted orders of the year in the report's words, each as its definition describes it in `state`. */
export function orderWords(state: GameState, taken: Record<Party, TakenOrders>): TurnReport['orders'] {
  const words: TurnReport['orders'] = { federation: [], klingon: [] };
  for (const party of PARTIES) {
    const { taken: list, definitions } = ofParty(taken, party);
    const out = ofParty(words, party);
    for (let i = 0; i < list.length; i++) {
      const order = list[i] as Order;
      out.push({ type: order.type, text: (definitions[i] as AnyDefinition).describe(state, party, order) });
    }
  }
  return words;
}
