// The order catalogue (src/sim/orders/): each order declared once, and the places that read the
// declaration held to what the rules do — the replay's schema to the rules' shape check, the
// preview to the violations a turn actually charges, the once-a-year table to the refusals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breachOf,
  candidateOrders,
  createGame,
  type GameState,
  ONCE_A_YEAR,
  ORDER_ERROR_CODES,
  ORDER_TYPES,
  ORDERS,
  type Order,
  OrderSchema,
  type OrderType,
  PARTIES,
  type Party,
  previewOrder,
  randomOrders,
  resolveTurn,
  type Scenario,
  STEPS,
  validateOrder,
} from '../../src/sim/index';
import { type RefusedOrder, takeOrders, YearOrders } from '../../src/sim/orders/index';
import { resolveShapedTurn } from '../../src/sim/resolve';
import { builtin, busyMini, miniGame, withRules } from './fixtures';

const mini = busyMini();
const SCENARIOS: Record<string, Scenario> = {
  mini,
  'centennial-eve': builtin('centennial-eve'),
  'khitomer-accords': builtin('khitomer-accords'),
};

/** A game of `id` after `years` years of random orders (or fewer, if it ended). */
function gameAfter(id: string, seed: string, years: number): GameState {
  const created = createGame(SCENARIOS[id] as Scenario, { seed });
  if (!created.ok) throw new Error(created.error.message);
  let s = created.value;
  for (let y = 0; y < years; y++) {
    const out = resolveTurn(s, {
      federation: randomOrders(s, 'federation'),
      klingon: randomOrders(s, 'klingon'),
    });
    if (!out.ok) throw new Error(out.error.message);
    if (out.value.state.phase === 'ended') break;
    s = out.value.state;
  }
  return s;
}

describe('the catalogue', () => {
  it('has one definition per order type, each for its own type, in a step of the year', () => {
    expect(Object.keys(ORDERS).sort()).toEqual([...ORDER_TYPES].sort());
    expect(ORDER_TYPES).toEqual(OrderSchema.options.map((o) => o.shape.type.value));
    for (const type of ORDER_TYPES) {
      expect(ORDERS[type].shape.type).toBe(type);
      expect(STEPS).toContain(ORDERS[type].step);
    }
    // Every step resolves some order: a step without one would be dead code in resolveTurn.
    for (const step of STEPS)
      expect(
        ORDER_TYPES.some((t) => ORDERS[t].step === step),
        step,
      ).toBe(true);
  });

  it('holds every definition with the same keys in the same order (one shape, read alike by the year)', () => {
    const keys = Object.keys(ORDERS.move);
    expect(keys).toEqual([
      'shape',
      'step',
      'cost',
      'check',
      'describe',
      'effect',
      'breaches',
      'breaching',
      'screen',
      'once',
    ]);
    for (const type of ORDER_TYPES) expect(Object.keys(ORDERS[type]), type).toEqual(keys);
  });

  it('names the breaches the AI prices: the one of each order that can break an article once', () => {
    expect(breachOf('attack')).toMatchObject({ code: 'I/attack', covert: false });
    expect(breachOf('espionage')).toMatchObject({ code: 'I/covert', covert: true });
    expect(breachOf('embassy')).toMatchObject({ code: 'II/recall', covert: false });
    expect(breachOf('covert-arms')).toMatchObject({ code: 'III/arms', covert: true });
    expect(breachOf('open-support')).toMatchObject({ code: 'III/open-support', covert: false });
    expect(breachOf('shelter')).toMatchObject({ code: 'V/shelter', covert: false, charged: 'deadline' });
    expect(breachOf('stage-escape')).toMatchObject({ code: 'V/escape', covert: true });
    expect(breachOf('embargo')).toMatchObject({ code: 'VI/embargo', covert: false });
    expect(breachOf('move')).toMatchObject({ code: 'VI/trespass', covert: false, recurring: true });
  });

  it('refuses a second once-a-year order with the words of the table, and only those nine', () => {
    expect(Object.keys(ONCE_A_YEAR).sort()).toEqual(
      [
        'address-council',
        'embargo',
        'embassy',
        'espionage',
        'grant-passage',
        'summit',
        'suspend-accords',
        'trade-pact',
        'vouch',
      ].sort(),
    );
    const s = miniGame((x) => {
      x.powers.klingon.standing = 5; // low enough for the Federation to suspend the Accords
      x.powers.federation.reserves = 400;
      // Free orders: the budget would refuse the second before the table is asked.
      withRules(x, { influence: { summit: 0, diplomacy: 0, embassy: 0 } });
    });
    const first: Partial<Record<OrderType, Order>> = {
      embassy: { type: 'embassy', action: 'establish' },
      'trade-pact': { type: 'trade-pact' },
      embargo: { type: 'embargo' },
      espionage: { type: 'espionage', mode: 'steal' },
      'address-council': { type: 'address-council' },
      summit: { type: 'summit' },
      'suspend-accords': { type: 'suspend-accords' },
      'grant-passage': { type: 'grant-passage' },
    };
    // Vouching is given while the Accords are suspended (when suspending is refused).
    const suspended = miniGame((x) => {
      x.status = 'suspended';
      x.suspendedSince = x.firstYear;
      x.powers.klingon.standing = 5;
      x.powers.federation.standing = 80;
      withRules(x, { influence: { diplomacy: 0 } });
    });
    first.vouch = { type: 'vouch' };
    const second: Partial<Record<OrderType, Order>> = { espionage: { type: 'espionage', mode: 'reveal' } };
    for (const [type, words] of Object.entries(ONCE_A_YEAR) as [OrderType, string][]) {
      const order = first[type] as Order;
      const at = type === 'vouch' ? suspended : s;
      expect(validateOrder(at, 'federation', order).ok, type).toBe(true);
      const again = validateOrder(at, 'federation', second[type] ?? order, [order]);
      expect(again.ok ? null : again.error, type).toEqual({ code: 'order/duplicate', message: words });
    }
    // A keyed order may be given again for another key: two seizures of two worlds, not one twice.
    const build: Order = { type: 'build', system: 'sol', ships: 1 };
    expect(validateOrder(s, 'federation', build, [build]).ok).toBe(true);
  });
});

// --- orders known to be well formed (a replay's, the AI's) -----------------------------------------

describe('resolveShapedTurn', () => {
  it('plays orders of the right shape as resolveTurn does, refusing what the rules refuse', () => {
    for (const seed of ['shaped-1', 'shaped-2', 'shaped-3']) {
      const s = gameAfter('khitomer-accords', seed, 4);
      if (s.phase === 'ended') continue;
      // Every candidate of both powers, twice over: the second of a once-a-year order, and orders
      // past the budget, are refused by the rules.
      const orders = {
        federation: [...candidateOrders(s, 'federation'), ...candidateOrders(s, 'federation')],
        klingon: [...candidateOrders(s, 'klingon'), ...candidateOrders(s, 'klingon')],
      };
      const checked = resolveTurn(s, orders);
      const shaped = resolveShapedTurn(s, orders);
      if (!checked.ok || !shaped.ok) throw new Error('a turn of candidates');
      expect(shaped.value.report.refused.length, seed).toBeGreaterThan(0);
      expect(shaped.value.report.refused).toEqual(checked.value.report.refused);
      expect(shaped.value.report.hash).toBe(checked.value.report.hash);
    }
  });

  it('YearOrders accepts what validateOrder accepts after the orders taken, order after order', () => {
    let refusedSome = false;
    for (const seed of ['year-1', 'year-2', 'year-3', 'year-4']) {
      const s = gameAfter('khitomer-accords', seed, 6);
      if (s.phase === 'ended') continue;
      for (const party of PARTIES) {
        const year = new YearOrders(s, party);
        const candidates = [...candidateOrders(s, party), ...candidateOrders(s, party)];
        for (const order of candidates) {
          const expected = validateOrder(s, party, order, year.taken).ok;
          const accepted = year.accepts(order);
          expect(accepted !== null, `${seed} ${party} ${order.type}`).toBe(expected);
          if (accepted) year.take(accepted);
          else refusedSome = true;
        }
        expect(year.taken.length).toBeGreaterThan(0);
      }
    }
    expect(refusedSome).toBe(true);
  });

  it('YearOrders.take spends the cost of the order taken, not of the last one accepted', () => {
    const s = gameAfter('khitomer-accords', 'year-1', 2);
    const year = new YearOrders(s, 'federation');
    const before = year.influenceLeft;
    const council: Order = { type: 'address-council' };
    expect(s.rules.influence.diplomacy).toBeGreaterThan(0);
    expect(year.accepts(council)).not.toBeNull();
    // Another order taken after the council was asked about: its own cost (none), not the council's.
    year.takeQueued({ type: 'suspend-accords' });
    expect(year.influenceLeft).toBe(before);
    const accepted = year.accepts(council);
    expect(accepted?.order).toBe(council);
    if (accepted) year.take(accepted);
    expect(year.influenceLeft).toBe(before - s.rules.influence.diplomacy);
  });

  it('takes a year’s list in order, each order taken with its own definition and each refusal at its place', () => {
    const s = gameAfter('khitomer-accords', 'year-1', 4);
    const given = [...candidateOrders(s, 'federation'), { type: 'summit', extra: 1 }, { type: 'invade' }];
    const refused: RefusedOrder[] = [];
    const year = takeOrders(s, 'federation', given, false, refused);
    expect(year.taken.length).toBeGreaterThan(1);
    expect(year.definitions.map((d) => d.shape.type)).toEqual(year.taken.map((o) => o.type));
    for (let i = 0; i < year.taken.length; i++)
      expect(year.definitions[i]).toBe(ORDERS[(year.taken[i] as Order).type]);
    // Every order given is either taken or refused, in the order given.
    const places = refused.map((r) => r.index);
    expect(places.slice(-2)).toEqual([given.length - 2, given.length - 1]);
    expect(refused.slice(-2).map((r) => r.error.code)).toEqual(['order/malformed', 'order/unknown-type']);
    expect(year.taken).toEqual(given.filter((_, i) => !places.includes(i)));
  });

  it('leaves the shape check to resolveTurn: untrusted input is still refused there', () => {
    const s = miniGame();
    const bad = { federation: [{ type: 'summit', extra: 1 }] as unknown as Order[] };
    const r = resolveTurn(s, bad);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.report.refused.map((x) => x.code)).toEqual(['order/malformed']);
  });
});

// --- the schema and the rules agree on what is well formed --------------------------------------

const FIELD_NAMES = ['fleet', 'to', 'target', 'system', 'ships', 'amount', 'action', 'mode', 'thirdPower'];
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('f1', 'k1', 'sol', 'organia', 'romulan', 'establish', 'recall', 'steal', 'sabotage'),
  fc.constantFrom('', 'x'.repeat(100), 'x'.repeat(101), 'bribe', 'Steal'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0, -0, 1.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, Number.POSITIVE_INFINITY, 1e300),
  fc.constantFrom(null, undefined, true, [], {}, ['f1'], { id: 'f1' }),
);
const shapedLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...ORDER_TYPES),
      fc.constantFrom('Move', 'attack ', '', 'constructor', '__proto__'),
    ),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 6 })), fieldValue, {
      maxKeys: 4,
    }),
    fc.boolean(),
  )
  .map(([type, fields, keepType]) => (keepType ? { ...fields, type } : fields));

describe('the replay’s order schema and the rules', () => {
  const s = miniGame();

  /** Refused for its shape (before any rule of the game is asked). */
  const shapeRefused = (raw: unknown) => {
    const v = validateOrder(s, 'federation', raw);
    return !v.ok && (v.error.code === 'order/malformed' || v.error.code === 'order/unknown-type');
  };

  it('refuse a type that is no string, however it is built, with a sentence and no throw', () => {
    // fast-check found it: an object whose toString is not a function made String() throw.
    for (const type of [{ toString: false }, Object.create(null), null, 7]) {
      const v = validateOrder(s, 'federation', { type });
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.error.code).toBe('order/unknown-type');
    }
    const v = validateOrder(s, 'federation', { type: { toString: false } });
    expect(!v.ok && v.error.message).toBe('A value of type object is not an order type.');
  });

  it('agree on every input: the schema refuses exactly what the rules refuse for its shape', () => {
    fc.assert(
      fc.property(fc.oneof(shapedLike, fc.anything()), (raw) => {
        expect(shapeRefused(raw), JSON.stringify(raw)).toBe(!OrderSchema.safeParse(raw).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('agree on every candidate order, as given and with one field bent', () => {
    const states = [gameAfter('mini', 'schema', 4), gameAfter('khitomer-accords', 'schema', 3)];
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(...PARTIES),
        fc.option(fc.tuple(fc.constantFrom(...FIELD_NAMES, 'type', 'extra'), fieldValue)),
        (i, party, bend) => {
          const state = states[i % states.length] as GameState;
          const candidates = candidateOrders(state, party);
          const c = candidates[i % candidates.length] as Order;
          expect(OrderSchema.safeParse(c).success).toBe(true);
          const raw = bend ? { ...c, [bend[0]]: bend[1] } : c;
          const v = validateOrder(state, party, raw);
          const byShape =
            !v.ok && (v.error.code === 'order/malformed' || v.error.code === 'order/unknown-type');
          expect(byShape, JSON.stringify(raw)).toBe(!OrderSchema.safeParse(raw).success);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('refuse a field the order does not have, naming it', () => {
    const v = validateOrder(s, 'federation', { type: 'summit', fleet: 'f1' });
    expect(v.ok ? null : v.error).toEqual({
      code: 'order/malformed',
      message: 'A summit order has no "fleet".',
    });
    const bad = validateOrder(s, 'federation', { type: 'build', system: 'sol', ships: 2 ** 53 });
    expect(bad.ok ? null : bad.error.code).toBe('order/malformed');
  });

  it('refuse with a code of the typed list, and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(shapedLike, fc.anything()), (raw) => {
        const v = validateOrder(s, 'klingon', raw);
        if (!v.ok) expect(ORDER_ERROR_CODES).toContain(v.error.code);
      }),
      { numRuns: 500 },
    );
  });
});

// --- the preview and the violations charged --------------------------------------------------

/** The breaches judged on the year's end (where fleets lie, whether an embassy stands). */
const RECURRING = new Set(
  ORDER_TYPES.flatMap((t) => ORDERS[t].breaches.filter((b) => b.recurring).map((b) => b.code as string)),
);

/** The violations `party` is charged for in a turn: open ones in the ledger, covert acts committed. */
function charged(
  s: GameState,
  orders: Partial<Record<Party, Order[]>>,
  party: Party,
): { codes: Map<string, number>; mapChanged: boolean } {
  const out = resolveTurn(s, orders);
  if (!out.ok) throw new Error(out.error.message);
  const { state, report } = out.value;
  // A war or a ruling moved a world or a fleet: the year's end is not the map the preview saw.
  const mapChanged = report.changes.some(
    (c) => c.kind === 'territory' || (c.kind === 'fleet' && c.cause.order === undefined),
  );
  const codes = new Map<string, number>();
  const count = (code: string) => codes.set(code, (codes.get(code) ?? 0) + 1);
  for (const e of report.ledger) if (e.party === party && e.kind === 'violation') count(e.code);
  for (const a of state.covert) if (a.year === report.year && a.party === party) count(a.code);
  return { codes, mapChanged };
}

describe('the preview', () => {
  // An act (an attack, arms, a seizure) is charged the year it is ordered, exactly as previewed;
  // a breach of the year's end (a fleet where it may not lie, no embassy) is charged as previewed
  // when the year's wars and rulings leave the map as it was. Over every candidate order of both
  // parties in random games.
  it('names every violation an order makes charged in its year, and each it names is charged', () => {
    let checked = 0;
    const breachesSeen = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(SCENARIOS)),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 12 }),
        (id, seed, years) => {
          const s = gameAfter(id, seed, years);
          if (s.phase === 'ended') return;
          for (const party of PARTIES) {
            const { codes: idle, mapChanged: idleRedrawn } = charged(s, {}, party);
            for (const order of candidateOrders(s, party)) {
              const p = previewOrder(s, party, order);
              if (!p.ok) throw new Error(`a candidate is refused: ${p.error.message}`);
              const { codes: given, mapChanged: redrawn } = charged(s, { [party]: [order] }, party);
              // The order may change what a war redraws (aid that saves a world the idle year lost):
              // either year's redrawn map is not the one the preview saw.
              const mapChanged = redrawn || idleRedrawn;
              const what = `${party} ${JSON.stringify(order)} in ${s.year}`;
              for (const v of p.value.violations) {
                breachesSeen.add(v.code);
                const declared = ORDERS[order.type].breaches.find((b) => b.code === v.code);
                expect(declared, `${what}: ${v.code} is one of the order's declared breaches`).toBeDefined();
                if (declared?.charged === 'deadline') {
                  // Charged when the deadline passes, whether the order is given or not.
                  expect(given.get(v.code) ?? 0, what).toBe(idle.get(v.code) ?? 0);
                } else if (!(v.recurring && mapChanged)) {
                  // A recurring breach is judged on the year's end: on the map the preview saw,
                  // unless a war or a ruling redrew it.
                  expect(
                    given.get(v.code) ?? 0,
                    `${what}: ${v.code} previewed but not charged`,
                  ).toBeGreaterThan(0);
                }
              }
              for (const [code, n] of given) {
                if (n > (idle.get(code) ?? 0) && !(RECURRING.has(code) && mapChanged)) {
                  expect(
                    p.value.violations.map((v) => v.code),
                    `${what}: ${code} charged but not previewed`,
                  ).toContain(code);
                }
              }
              checked++;
            }
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(checked).toBeGreaterThan(1000);
    // The games reach most kinds of breach, so the property is not vacuous.
    expect(breachesSeen.size).toBeGreaterThanOrEqual(6);
  });
});
