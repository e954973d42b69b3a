// How the order screen offers each order type, read from its definition's `screen` (./define.ts),
// each part of which may be left out and is then derived from the order's fields. So an order
// declared in this folder, with nothing for the screen, still appears on it, in a sensible place.
import { candidateOrders } from '../candidates';
import type { GameState, Party } from '../types';
import type { OrderPlace, OrderScreen, OrderShape } from './define';
import { ORDER_TYPES, ORDERS, type Order, type OrderType, validateOrder } from './index';

/** What the screen reads of a definition: its fields and what it says for the screen. */
export interface ScreenSource {
  readonly shape: { readonly type: string; readonly fields: OrderShape['fields'] };
  readonly screen?: OrderScreen;
}

/** Fields naming what an event card is about: an order with one answers that card. */
const EVENT_FIELDS: readonly string[] = ['obligation', 'thirdPower', 'target', 'war'];

/** Where the screen offers orders of `type`: declared, or derived from the fields' names. */
export function placeOf(type: OrderType): OrderPlace {
  return placeFor(ORDERS[type]);
}

/** `placeOf` for any definition. */
export function placeFor(def: ScreenSource): OrderPlace {
  if (def.screen?.place) return def.screen.place;
  const names = def.shape.fields.map(([name]) => name);
  if (names.includes('fleet')) return 'fleet';
  if (names.includes('system')) return 'system';
  if (names.some((n) => EVENT_FIELDS.includes(n))) return 'event';
  return 'diplomacy';
}

/** The type's name on the screen: declared, or its words ("trade-pact" → "Trade pact"). */
export function labelOf(type: OrderType): string {
  return labelFor(ORDERS[type]);
}

/** `labelOf` for any definition. */
export function labelFor(def: ScreenSource): string {
  const label = def.screen?.label;
  if (label) return label;
  const words = def.shape.type.replace(/-/g, ' ');
  return `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
}

/** The system an order of a fleet or at a system is given at (a fleet's: where it lies), or null. */
export function orderSystem(state: GameState, order: Order): string | null {
  const place = placeOf(order.type);
  if (place !== 'fleet' && place !== 'system') return null;
  const field = ORDERS[order.type].screen?.at ?? place;
  const id = (order as Record<string, unknown>)[field];
  if (typeof id !== 'string') return null;
  if (place === 'system') return id;
  for (const f of state.fleets) if (f.id === id) return f.location;
  return null;
}

/** Past this many combinations of a type's field values, the type is left to the candidates. */
const MAX_LISTED = 400;

/** Field names whose values the screen lists from the state (see `listed`). */
const LISTED_FIELDS: readonly string[] = ['fleet', 'system', 'obligation', 'thirdPower', 'war', 'dispute'];

/**
 * Whether the screen can make a type's orders from its fields alone (every field declared, a list
 * of words, or listed by its name): if not, only the rules' candidates bring it to the screen.
 */
export function fieldsListable(def: ScreenSource): boolean {
  return def.shape.fields.every(
    ([name, field]) =>
      def.screen?.choices?.[name] !== undefined || field.values !== undefined || LISTED_FIELDS.includes(name),
  );
}

/** The values the screen can list for a field by its name alone, or null. */
function listed(name: string, s: GameState, party: Party): readonly string[] | null {
  switch (name) {
    case 'fleet':
      return s.fleets.filter((f) => f.owner === party).map((f) => f.id);
    case 'system':
      return s.systems.map((x) => x.id);
    case 'obligation':
      return s.obligations.map((o) => o.id);
    case 'thirdPower':
      return s.thirdPowers.map((t) => t.id);
    case 'war':
      return s.wars.map((w) => w.id);
    case 'dispute':
      return [...s.claims.map((c) => c.id), ...s.disputedWorlds];
    default:
      return null;
  }
}

/**
 * Every order of a type its fields' values make (declared, a list of words, or known by the field's
 * name), unchecked; none when a field's values cannot be listed or they make too many.
 */
export function ordersFromFields(def: ScreenSource, s: GameState, party: Party): Record<string, unknown>[] {
  let made: Record<string, unknown>[] = [{ type: def.shape.type }];
  for (const [name, field] of def.shape.fields) {
    const values = def.screen?.choices?.[name]?.(s, party) ?? field.values ?? listed(name, s, party);
    if (!values || made.length * values.length > MAX_LISTED) return [];
    const next: Record<string, unknown>[] = [];
    for (const o of made) for (const v of values) next.push({ ...o, [name]: v });
    made = next;
  }
  return made;
}

/**
 * Each yard's most (`economy.maxBuildPerYard` ships) added to `out` after the yard's other builds,
 * when it can be given and is not among them: playtest 31 built 6 in two orders of 4 and 2 (the
 * candidates' own counts stay as they are: the random policy draws from them).
 */
function addYardsMost(s: GameState, party: Party, out: Order[]): Order[] {
  const most = s.rules.economy.maxBuildPerYard;
  for (const sys of s.systems) {
    if (sys.owner !== party || !sys.shipyard) continue;
    let after = -1;
    let offered = false;
    for (const [i, o] of out.entries()) {
      if (o.type !== 'build' || o.system !== sys.id) continue;
      after = i;
      offered ||= o.ships === most;
    }
    const order: Order = { type: 'build', system: sys.id, ships: most };
    if (offered || !validateOrder(s, party, order).ok) continue;
    out.splice(after < 0 ? out.length : after + 1, 0, order);
  }
  return out;
}

/**
 * Every order the screen offers `party` this year: the rules' candidates (candidates.ts, whose
 * order the random policy depends on), then, for each type they hold none of, the valid orders its
 * fields can make. A type the candidates do not know yet still reaches the screen.
 */
export function screenOrders(s: GameState, party: Party): Order[] {
  const out = addYardsMost(s, party, candidateOrders(s, party));
  const given = new Set<string>(out.map((o) => o.type));
  for (const type of ORDER_TYPES) {
    if (given.has(type)) continue;
    for (const o of ordersFromFields(ORDERS[type], s, party)) {
      const checked = validateOrder(s, party, o);
      if (checked.ok) out.push(checked.value);
    }
  }
  return out;
}
