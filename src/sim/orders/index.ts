// The order catalogue (DESIGN.md section 7): every order type declared once, in the table below,
// by its definition (./define.ts says what one holds). The `Order` union is inferred from their
// schemas; validation, costs, words and the preview's breaches are read from the definitions.
import { z } from 'zod';
import type { GameState, Party, Result } from '../types';
import {
  DECLARE_WAR,
  DEMAND_REPARATIONS,
  declareWar,
  demandReparations,
  PROTEST,
  protest,
  REPARATIONS,
  reparations,
} from './answers';
import { type Budget, budget, checkBudget, spend } from './budget';
import {
  type Breach,
  type OrderCost,
  type OrderDefinition,
  type OrderError,
  type OrderErrorCode,
  refusal,
  shapeRefusal,
} from './define';
import {
  ADDRESS_COUNCIL,
  addressCouncil,
  EMBASSY,
  ESPIONAGE,
  embassy,
  espionage,
  GRANT_PASSAGE,
  grantPassage,
  SUMMIT,
  SUSPEND_ACCORDS,
  summit,
  suspendAccords,
  VOUCH,
  vouch,
} from './diplomacy';
import {
  ACCEPT_RULING,
  ARBITRATE,
  acceptRuling,
  arbitrate,
  EMBARGO,
  embargo,
  SEIZE,
  seize,
  TRADE_PACT,
  tradePact,
} from './disputes';
import { BUILD, build, DEVELOP, develop } from './economy';
import { ATTACK, ATTACK_FLEET, attack, attackFleet, MOVE, move } from './fleets';
import { EXTRADITE, extradite, SHELTER, STAGE_ESCAPE, shelter, stageEscape } from './fugitives';
import { AID, aid, COVERT_ARMS, covertArms, OPEN_SUPPORT, openSupport } from './third-powers';

export { REPARATIONS_ANSWERS } from './answers';
export {
  type Breach,
  ORDER_ERROR_CODES,
  ORDER_PLACES,
  type OrderCost,
  type OrderDefinition,
  type OrderError,
  type OrderErrorCode,
  type OrderPlace,
  type OrderScreen,
} from './define';
export { EMBASSY_ACTIONS, ESPIONAGE_MODES } from './diplomacy';
export { seizureOf } from './disputes';
export { withinOneLane } from './fleets';

/** One order as the rules accept it, in the order of DESIGN.md section 7's catalogue. */
export const OrderSchema = z
  .discriminatedUnion('type', [
    MOVE.schema,
    ATTACK.schema,
    ATTACK_FLEET.schema,
    BUILD.schema,
    DEVELOP.schema,
    EMBASSY.schema,
    AID.schema,
    COVERT_ARMS.schema,
    OPEN_SUPPORT.schema,
    EXTRADITE.schema,
    SHELTER.schema,
    STAGE_ESCAPE.schema,
    ARBITRATE.schema,
    ACCEPT_RULING.schema,
    SEIZE.schema,
    TRADE_PACT.schema,
    EMBARGO.schema,
    ESPIONAGE.schema,
    ADDRESS_COUNCIL.schema,
    SUMMIT.schema,
    SUSPEND_ACCORDS.schema,
    VOUCH.schema,
    GRANT_PASSAGE.schema,
    PROTEST.schema,
    DEMAND_REPARATIONS.schema,
    REPARATIONS.schema,
    DECLARE_WAR.schema,
  ])
  .meta({ id: 'order', description: 'An order, as in src/sim/orders/.' });

export type Order = z.output<typeof OrderSchema>;
export type OrderType = Order['type'];
export const ORDER_TYPES: readonly OrderType[] = OrderSchema.options.map((o) => o.shape.type.value);

/** The orders a power gives at most once a year, and the words of the refusal of a second. */
export const ONCE_A_YEAR: { readonly [T in OrderType]?: string } = {
  embassy: 'Only one embassy order a year.',
  'trade-pact': 'A trade pact is already proposed this year.',
  embargo: 'An embargo is already ordered this year.',
  espionage: 'One espionage operation a year.',
  'address-council': 'You address the council once a year.',
  summit: 'A summit is already proposed this year.',
  'suspend-accords': 'Suspension is already ordered.',
  vouch: 'You vouch for the other power once in a suspension.',
  'grant-passage': 'Passage is already granted this year.',
};

// Each definition made again by one factory, its keys always in the same order: the year reads
// the step, cost, check and words of every type at one place (an object literal per type was a
// shape per type, and each of those reads one the engine could not predict).
function defined<T extends OrderType>(d: OrderDefinition<T>): OrderDefinition<T> {
  return {
    shape: d.shape,
    step: d.step,
    cost: d.cost,
    check: d.check,
    describe: d.describe,
    effect: d.effect,
    breaches: d.breaches,
    breaching: d.breaching,
    screen: d.screen,
    // A field of the definition the rules read anyway: the table, read by every type (most of them
    // missing from it), was a keyed lookup for each option the AI weighs.
    once: ONCE_A_YEAR[d.shape.type],
  };
}

/**
 * Every order type's definition. The compiler asks for one per type: a new order in the schema
 * above is not done until it has its cost, checks, words, step and breaches here.
 */
export const ORDERS: { readonly [T in OrderType]: OrderDefinition<T> } = {
  move: defined(move),
  attack: defined(attack),
  'attack-fleet': defined(attackFleet),
  build: defined(build),
  develop: defined(develop),
  embassy: defined(embassy),
  aid: defined(aid),
  'covert-arms': defined(covertArms),
  'open-support': defined(openSupport),
  extradite: defined(extradite),
  shelter: defined(shelter),
  'stage-escape': defined(stageEscape),
  arbitrate: defined(arbitrate),
  'accept-ruling': defined(acceptRuling),
  seize: defined(seize),
  'trade-pact': defined(tradePact),
  embargo: defined(embargo),
  espionage: defined(espionage),
  'address-council': defined(addressCouncil),
  summit: defined(summit),
  'suspend-accords': defined(suspendAccords),
  vouch: defined(vouch),
  'grant-passage': defined(grantPassage),
  protest: defined(protest),
  'demand-reparations': defined(demandReparations),
  reparations: defined(reparations),
  'declare-war': defined(declareWar),
};

// The definitions by type in a Map: every lookup by an order's type (the record above, read by
// its types' names, was a lookup by a name the engine could not predict for every order and every option
// the AI weighs), and the shape check's, for any text a file or a console sends.
const DEFINED: ReadonlyMap<string, OrderDefinition<OrderType>> = new Map(
  Object.entries(ORDERS) as [string, OrderDefinition<OrderType>][],
);

/** The definition of `order`'s type, typed for that order. */
export function definitionOf<T extends OrderType>(order: Extract<Order, { type: T }>): OrderDefinition<T> {
  // The Map holds each type's own definition (made from ORDERS, typed by type, above).
  return DEFINED.get(order.type) as unknown as OrderDefinition<T>;
}

/**
 * The first breach `type` declares: the only one for most; a move's trespass (the other, a crowded
 * neutral zone, depends on where the other fleets are).
 */
export function breachOf(
  type:
    | 'move'
    | 'attack'
    | 'embassy'
    | 'covert-arms'
    | 'open-support'
    | 'shelter'
    | 'stage-escape'
    | 'embargo'
    | 'espionage',
): Breach {
  return ORDERS[type].breaches[0] as Breach;
}

/** What an order costs, read off the rules. */
export function orderCost(
  state: GameState,
  party: Party,
  order: Order,
  queued: readonly Order[] = [],
): OrderCost {
  return definitionOf(order).cost(state, party, order, queued);
}

/** What an order does, in the game's words. */
export function orderEffect(state: GameState, party: Party, order: Order): string {
  return definitionOf(order).effect(state, party, order);
}

/** A sentence for an order, in the game's words. */
export function describeOrder(state: GameState, party: Party, order: Order): string {
  return definitionOf(order).describe(state, party, order);
}

function refuse(code: OrderErrorCode, message: string): Result<Order, OrderError> {
  return { ok: false, error: { code, message } };
}

/** Any order type's definition, as the year's checks hand it on. */
export type AnyDefinition = OrderDefinition<OrderType>;

/** The definition `raw` names by its type, if it is an object that names one. */
function definitionFor(raw: unknown): AnyDefinition | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const type = (raw as { type?: unknown }).type;
  return typeof type === 'string' ? DEFINED.get(type) : undefined;
}

const ended = (state: GameState): boolean => state.phase === 'ended' || !!state.result;

/**
 * Validate one order of `party` against the state and the orders it has already queued this year
 * (budgets are shared). Returns the order, or a refusal that changes nothing.
 */
export function validateOrder(
  state: GameState,
  party: Party,
  raw: unknown,
  queued: readonly Order[] = [],
): Result<Order, OrderError> {
  if (ended(state)) {
    return refuse('game/ended', `The game ended in ${state.year}; no more orders can be given.`);
  }
  const year = new YearOrders(state, party);
  for (const q of queued) year.takeQueued(q);
  const def = definitionFor(raw);
  const error = shapeRefusal(raw, def) ?? year.refusal(raw as Order, def as AnyDefinition);
  return error === null ? { ok: true, value: raw as Order } : { ok: false, error };
}

/** An order the rules accept after a year's orders taken so far: its definition and what it spends. */
export interface Accepted {
  readonly order: Order;
  readonly def: AnyDefinition;
  readonly cost: OrderCost;
}

/**
 * A power's orders for a year, given one at a time (the year's list, the AI's plan): each is
 * checked by the rules against what the ones taken before it already spend, summed as they are
 * taken (not again for every order asked about), and its definition is kept beside it.
 */
export class YearOrders {
  readonly taken: Order[] = [];
  /** The definition of each order taken, at its place in `taken` (found once, when it was checked). */
  readonly definitions: AnyDefinition[] = [];
  private readonly used: Budget;

  constructor(
    private readonly state: GameState,
    private readonly party: Party,
  ) {
    this.used = budget(state, party);
  }

  /** The influence the orders taken leave for the year. */
  get influenceLeft(): number {
    return this.used.influenceOf - this.used.influence;
  }

  /**
   * `order` as the rules accept it after those taken (`validateOrder`'s answer), with its definition
   * and what it would spend, or null; nothing is taken until it is given to `take`.
   */
  accepts(order: Order): Accepted | null {
    if (ended(this.state)) return null;
    const def: AnyDefinition = definitionOf(order);
    const cost = def.cost(this.state, this.party, order, this.taken);
    return this.refusalOf(order, def, cost) === null ? { order, def, cost } : null;
  }

  /** Take an order `accepts` gave, before any other is taken: what it spends is spent. */
  take(accepted: Accepted): void {
    this.add(accepted.order, accepted.def, accepted.cost);
  }

  /** Take `order` unchecked, as one the year already holds (queued before): what it spends is spent. */
  takeQueued(order: Order): void {
    const def: AnyDefinition = definitionOf(order);
    this.add(order, def, def.cost(this.state, this.party, order, this.taken));
  }

  /**
   * Why the rules refuse `order` (of `def`'s type, its shape checked) after those taken, or null:
   * then it is taken.
   */
  refusal(order: Order, def: AnyDefinition): OrderError | null {
    const cost = def.cost(this.state, this.party, order, this.taken);
    const error = this.refusalOf(order, def, cost);
    if (error === null) this.add(order, def, cost);
    return error;
  }

  private add(order: Order, def: AnyDefinition, cost: OrderCost): void {
    spend(this.used, cost);
    this.taken.push(order);
    this.definitions.push(def);
  }

  /** The budgets, once a year, then the order's own check. */
  private refusalOf(order: Order, def: AnyDefinition, cost: OrderCost): OrderError | null {
    const { state, party, taken } = this;
    return (
      checkBudget(state, party, cost, this.used) ??
      onceAYear(order, def.once, taken) ??
      def.check(state, party, order, taken)
    );
  }
}

function onceAYear(order: Order, words: string | undefined, queued: readonly Order[]): OrderError | null {
  if (words === undefined) return null;
  for (const q of queued) if (q.type === order.type) return { code: 'order/duplicate', message: words };
  return null;
}

/** An order a power gave that the rules refused: its place in the list, what was given, and why. */
export interface RefusedOrder {
  index: number;
  order: unknown;
  error: OrderError;
}

/**
 * A power's list of orders for the year taken in sequence: each accepted one is taken, each refusal
 * is added to `refused`. Orders `shaped` already (a replay's, which its schema checked; the AI's,
 * made as `Order` values) skip the shape check and meet only the rules'.
 */
export function takeOrders(
  state: GameState,
  party: Party,
  raw: readonly unknown[],
  shaped: boolean,
  refused: RefusedOrder[],
): YearOrders {
  const year = new YearOrders(state, party);
  const over = ended(state);
  for (let index = 0; index < raw.length; index++) {
    const order = raw[index];
    // A hole in a sparse list is no order (forEach, as this was written before, skips it).
    if (order === undefined && !(index in raw)) continue;
    let error: OrderError | null;
    if (over) error = refusal('game/ended', `The game ended in ${state.year}; no more orders can be given.`);
    else if (shaped) error = year.refusal(order as Order, definitionOf(order as Order));
    else {
      const def = definitionFor(order);
      error = shapeRefusal(order, def) ?? year.refusal(order as Order, def as AnyDefinition);
    }
    if (error !== null) refused.push({ index, order, error });
  }
  return year;
}

/** Validate a whole year's orders in sequence (`takeOrders`); returns the accepted ones and each refusal. */
export function validateOrders(
  state: GameState,
  party: Party,
  raw: readonly unknown[],
  shaped = false,
): { accepted: Order[]; refused: RefusedOrder[] } {
  const refused: RefusedOrder[] = [];
  return { accepted: takeOrders(state, party, raw, shaped, refused).taken, refused };
}
