// What every order declares, once (DESIGN.md section 7): its fields (from which both the replay's
// zod schema and the rules' shape check are made, so the two cannot disagree), its cost, its
// checks, its words, the step of the year it resolves in and the breaches it can cause. The table
// of all of them is in ./index.ts.
import { z } from 'zod';
import type { Step } from '../resolve-types';
import type { ViolationCode } from '../scenario/rules';
import type { GameState, Party } from '../types';
import type { Order, OrderType } from './index';

/** Every code an order can be refused with: stable, for tests, the console and the screens. */
export const ORDER_ERROR_CODES = [
  'game/ended',
  // The store's: an order given with no game in progress.
  'game/none',
  'order/malformed',
  'order/unknown-type',
  'order/duplicate',
  'order/fleet-busy',
  'order/no-influence',
  'order/no-reserves',
  'order/unknown-fleet',
  'order/not-your-fleet',
  'order/own-fleet',
  'order/unknown-system',
  'order/not-your-system',
  'order/own-system',
  'order/unowned-system',
  'order/already-there',
  'order/not-adjacent',
  'order/no-shipyard',
  'order/yard-full',
  'order/fully-developed',
  'order/embassy-exists',
  'order/no-embassy',
  'order/embassy-max',
  'order/own-disaster',
  'order/own-war',
  'order/unknown-target',
  'order/unknown-power',
  'order/not-at-war',
  'order/unknown-obligation',
  'order/not-yours',
  'order/decided',
  'order/no-dispute',
  'order/held-by-third-power',
  'order/suspended',
  'order/talks-closed',
  'order/not-seizable',
  'order/owned',
  'order/no-fleet-near',
  'order/pact-exists',
  'order/not-in-force',
  'order/already-suspended',
  'order/cannot-suspend',
  'order/no-wrong',
  'order/protested',
  'order/no-demand',
  'order/demand-pending',
  'order/not-suspended',
  'order/embassy-closed',
  'order/cannot-vouch',
] as const;
export type OrderErrorCode = (typeof ORDER_ERROR_CODES)[number];

export interface OrderError {
  code: OrderErrorCode;
  message: string;
}

export function refusal(code: OrderErrorCode, message: string): OrderError {
  return { code, message };
}

export interface OrderCost {
  influence: number;
  reserves: number;
  /** The fleet whose year the order takes, if any. */
  fleet: string | null;
}

/**
 * One field of an order: its zod schema (for the replay format), the same test written as a plain
 * predicate (the rules run it on every order given, where zod would cost more than the rest of the
 * check), and what it must be, in words.
 */
export interface Field<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly ok: (v: unknown) => boolean;
  readonly what: string;
  /** Every value the field can take, when the field alone says (a list of words). */
  readonly values?: readonly string[];
}

const REF = z.string().min(1).max(100);
/** An id: text of 1 to 100 characters. */
export const ref = (what: string): Field<typeof REF> => ({
  schema: REF,
  ok: (s) => typeof s === 'string' && s.length > 0 && s.length <= 100,
  what,
});

const POSITIVE = z.number().int().min(1);
/** A whole number above 0 (zod's `int` is a safe integer). */
export const count = (what: string): Field<typeof POSITIVE> => ({
  schema: POSITIVE,
  ok: (n) => typeof n === 'number' && Number.isSafeInteger(n) && n > 0,
  what,
});

/** One of a fixed list of words. */
export const oneOf = <const V extends readonly [string, ...string[]]>(values: V) => {
  const schema = z.enum(values);
  const field: Field<typeof schema> = {
    schema,
    ok: (v) => (values as readonly unknown[]).includes(v),
    what: values.join(', '),
    values,
  };
  return field;
};

type Fields = Record<string, Field>;
type ShapeOf<T extends string, F extends Fields> = { type: z.ZodLiteral<T> } & {
  [K in keyof F]: F[K]['schema'];
};

/** An order's fields, and the strict zod object made of them (the replay's schema of the order). */
export interface OrderShape<T extends string = string, F extends Fields = Fields> {
  readonly type: T;
  /** The fields after `type`, in the schema's order, each with its check. */
  readonly fields: readonly (readonly [string, Field])[];
  readonly schema: z.ZodObject<ShapeOf<T, F>, z.core.$strict>;
}

export function orderShape<const T extends string, const F extends Fields = Record<never, Field>>(
  type: T,
  fields: F = {} as F,
): OrderShape<T, F> {
  const shape: Record<string, z.ZodType> = { type: z.literal(type) };
  for (const [name, f] of Object.entries(fields)) shape[name] = f.schema;
  return {
    type,
    fields: Object.entries(fields),
    schema: z.strictObject(shape) as unknown as z.ZodObject<ShapeOf<T, F>, z.core.$strict>,
  };
}

/** A violation an order can cause, as the preview shows it before the order is given. */
export interface Breach {
  code: ViolationCode;
  /** Covert: charged only if seen; open: charged for certain. */
  covert: boolean;
  /** Charged each year the situation lasts (a fleet that stays), not once. */
  recurring: boolean;
  /**
   * When it is charged: at its order's step; at step g when the obligation's deadline passes (what
   * the order decides is only that it will be); or at the year's end, after step g's deadlines
   * (where the fleets lie, and the embassies: src/sim/resolve.ts). A breach's price counts the
   * breaches of its article charged before it (src/sim/preview.ts).
   */
  charged: BreachTime;
  text: string;
}

export type BreachTime = 'step' | 'deadline' | 'year-end';

export const open = (
  code: ViolationCode,
  text: string,
  recurring = false,
  charged: BreachTime = 'step',
): Breach => ({
  code,
  covert: false,
  recurring,
  charged,
  text,
});
export const covert = (code: ViolationCode, text: string): Breach => ({
  code,
  covert: true,
  recurring: false,
  charged: 'step',
  text,
});

/**
 * Where the order screen offers an order: with a fleet (the system it lies at), at a system, in the
 * diplomacy list, or on the card of the event, obligation or war it answers.
 */
export const ORDER_PLACES = ['fleet', 'system', 'diplomacy', 'event'] as const;
export type OrderPlace = (typeof ORDER_PLACES)[number];

/**
 * What the order screen needs of an order type besides its words. Every part may be left out: the
 * screen derives it from the fields (./screen.ts), so a new order appears with no edit in src/game.
 */
export interface OrderScreen {
  /** Where it is offered (derived: a `fleet` field → fleet; `system` → system; an obligation, a war or a third power → event; else diplomacy). */
  readonly place?: OrderPlace;
  /** The field naming the fleet or system it is given at (derived: `fleet` or `system`). */
  readonly at?: string;
  /** The type's name on the screen (derived from the type: "trade-pact" → "Trade pact"). */
  readonly label?: string;
  /**
   * The values the screen offers for a field the field itself cannot list (an amount, an id the
   * derivation does not know); an order whose fields cannot all be listed is offered only as the
   * rules' candidates (candidates.ts) list it.
   */
  readonly choices?: Readonly<
    Record<string, (state: GameState, party: Party) => readonly (string | number)[]>
  >;
}

/** One order type: everything the rules, the preview, the AI and the screens need of it. */
export interface OrderDefinition<T extends OrderType> {
  readonly shape: { readonly type: T; readonly fields: OrderShape['fields'] };
  /** The step of the year (DESIGN.md section 8) that resolves it. */
  readonly step: Step;
  /**
   * What it costs, read off the rules, after the year's orders `queued` before it (a world's second
   * development pays the second level); its fields are checked already.
   */
  cost(
    state: GameState,
    party: Party,
    order: Extract<Order, { type: T }>,
    queued: readonly Order[],
  ): OrderCost;
  /**
   * Why the rules refuse it, or null: `queued` are the orders `party` already gave this year (the
   * budgets and the once-a-year rule are checked before).
   */
  check(
    state: GameState,
    party: Party,
    order: Extract<Order, { type: T }>,
    queued: readonly Order[],
  ): OrderError | null;
  /** A sentence for the order, in the game's words. */
  describe(state: GameState, party: Party, order: Extract<Order, { type: T }>): string;
  /** What the order does, for the player about to give it (shown before its cost and breaches). */
  effect(state: GameState, party: Party, order: Extract<Order, { type: T }>): string;
  /** Every violation an order of this type can cause. */
  readonly breaches: readonly Breach[];
  /** Which of `breaches` this order would cause, given now (all of them when left out). */
  breaching?(
    state: GameState,
    party: Party,
    order: Extract<Order, { type: T }>,
    queued: readonly Order[],
  ): readonly Breach[];
  /** How the order screen offers it; derived from the fields when left out. */
  readonly screen?: OrderScreen;
  /** The words refusing a second order of the type in a year: set from `ONCE_A_YEAR` (./index.ts). */
  readonly once?: string;
}

/**
 * Why untrusted input (a replay, the console, a test) is not an order, or null, before the rules
 * see it: the same test as the order's schema (a property test holds them to it), written out for
 * speed. `def` is the definition `raw`'s type names (./index.ts), found once by the caller and
 * handed on to the rules.
 */
export function shapeRefusal(raw: unknown, def: OrderDefinition<OrderType> | undefined): OrderError | null {
  if (typeof raw !== 'object' || raw === null)
    return refusal('order/malformed', 'An order must be an object.');
  const o = raw as Record<string, unknown>;
  if (def === undefined) {
    const type = o.type;
    // Named without String(): an object whose toString is not a function would throw (the API never does).
    const named =
      typeof type === 'string' ? `"${type}"` : `A value of type ${type === null ? 'null' : typeof type}`;
    return refusal('order/unknown-type', `${named} is not an order type.`);
  }
  const type = def.shape.type;
  const fields = def.shape.fields;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as (typeof fields)[number];
    const name = field[0];
    if (!field[1].ok(o[name]))
      return refusal('order/malformed', `A ${type} order needs "${name}": ${field[1].what}.`);
  }
  // Nothing else: the replay's schema is strict, and what the rules accept a replay must hold.
  let keys = 0;
  for (const _ in o) keys++;
  if (keys !== fields.length + 1) {
    for (const key in o)
      if (key !== 'type' && !fields.some((f) => f[0] === key))
        return refusal('order/malformed', `A ${type} order has no "${key}".`);
  }
  return null;
}

export const noCost = (): OrderCost => ({ influence: 0, reserves: 0, fleet: null });
/** The influence of a diplomatic order. */
export const diplomacyCost = (s: GameState): OrderCost => ({
  influence: s.rules.influence.diplomacy,
  reserves: 0,
  fleet: null,
});
/** An order that takes a fleet's year. */
export const fleetCost = (_s: GameState, _p: Party, o: { fleet: string }): OrderCost => ({
  influence: 0,
  reserves: 0,
  fleet: o.fleet,
});
/** True when an order of `type` is queued for which `same` holds. */
export function queuedSame<T extends OrderType>(
  queued: readonly Order[],
  type: T,
  same: (q: Extract<Order, { type: T }>) => boolean,
): boolean {
  for (const q of queued) if (q.type === type && same(q as Extract<Order, { type: T }>)) return true;
  return false;
}

/** "1 reserve", "3 reserves": a count in words that read as a sentence. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
