// Properties of resolveTurn over random games (fast-check): whatever the orders — legal ones,
// bent ones, garbage — a turn resolves, refuses what is wrong with a code, keeps every number in
// range, moves the treaty only along legal paths, never touches its input, and is a pure function
// of (scenario, seed, orders). And what a power orders never shifts the events (DESIGN.md §9).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/sim/chronicle';
import {
  type Change,
  candidateOrders,
  createGame,
  fromStateData,
  type GameState,
  hashState,
  industryOf,
  ORDER_TYPES,
  type Order,
  PARTIES,
  type Party,
  randomOrders,
  resolveTurn,
  type Scenario,
  simulate,
  stateData,
  stream,
  TREATY_STATUSES,
  type TreatyStatus,
  type TurnOrders,
  type TurnReport,
  validateOrder,
  validateOrders,
} from '../../src/sim/index';
import { builtin, busyMini, copyOf } from './fixtures';

const mini = busyMini();

const SCENARIOS: Record<string, Scenario> = {
  mini,
  'centennial-eve': builtin('centennial-eve'),
  'the-withdrawal': builtin('the-withdrawal'),
  'khitomer-accords': builtin('khitomer-accords'),
};

// --- random turns --------------------------------------------------------------------------

type OrderPick =
  | { kind: 'candidate'; i: number }
  | { kind: 'bent'; i: number; field: string; value: unknown }
  | { kind: 'junk'; value: unknown };

type PartyPlan =
  | { kind: 'picks'; picks: OrderPick[] }
  | { kind: 'policy' }
  | { kind: 'summit' }
  | { kind: 'not-a-list'; value: unknown };

type TurnPlan = Record<Party, PartyPlan>;

const junkOrder: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom(...ORDER_TYPES), fc.string({ maxLength: 12 })),
      fleet: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom('f1', 'k1', 'k2', 'f2', 'federation-1', 'klingon-1'),
      ),
      to: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('organia', 'qonos', 'sol', 'archanis')),
      target: fc.jsonValue({ maxDepth: 1 }),
      system: fc.constantFrom('sol', 'qonos', 'archanis', 'organia', '', 'x'.repeat(101)),
      ships: fc.oneof(fc.integer({ min: -3, max: 9 }), fc.double(), fc.constant('2')),
      amount: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constant(2.5)),
      action: fc.constantFrom('establish', 'upgrade', 'recall', 'expel', 'bribe'),
      mode: fc.constantFrom('reveal', 'steal', 'sabotage', 'charm'),
      thirdPower: fc.constantFrom('romulan', 'tholian', 'dominion', 'klingon'),
      obligation: fc.string({ maxLength: 20 }),
      dispute: fc.constantFrom('archanis', 'archanis-iv', 'shermans-planet', 'nowhere'),
    },
    { requiredKeys: ['type'] },
  ),
);

const orderPick: fc.Arbitrary<OrderPick> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('candidate' as const), i: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bent' as const),
      i: fc.nat(),
      field: fc.constantFrom(
        'type',
        'fleet',
        'to',
        'target',
        'system',
        'ships',
        'amount',
        'obligation',
        'extra',
      ),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('junk' as const), value: junkOrder }) },
);

const partyPlan: fc.Arbitrary<PartyPlan> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('picks' as const),
      picks: fc.array(orderPick, { maxLength: 7 }),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'policy' as const }) },
  // Both powers must want a summit for it to be held: often enough to restore suspended Accords.
  { weight: 1, arbitrary: fc.constant({ kind: 'summit' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('not-a-list' as const), value: fc.jsonValue({ maxDepth: 1 }) }),
  },
);

const turnPlan: fc.Arbitrary<TurnPlan> = fc.record({ federation: partyPlan, klingon: partyPlan });

function ordersFor(s: GameState, party: Party, plan: PartyPlan): unknown {
  if (plan.kind === 'policy') return randomOrders(s, party);
  if (plan.kind === 'summit') return [{ type: 'summit' }, { type: 'address-council' }];
  if (plan.kind === 'not-a-list') return plan.value;
  const candidates = candidateOrders(s, party);
  const out: unknown[] = [];
  for (const p of plan.picks) {
    if (p.kind === 'junk') {
      out.push(p.value);
      continue;
    }
    const c = candidates.length > 0 ? candidates[p.i % candidates.length] : undefined;
    if (!c) continue;
    out.push(p.kind === 'candidate' ? c : { ...c, [p.field]: p.value });
  }
  return out;
}

function deepFreeze<T>(v: T): T {
  // A chronicle's items are frozen, not the array it shares with the states after it (src/sim/chronicle.ts).
  if (v instanceof Chronicle && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of v) deepFreeze(x);
  } else if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

// --- invariants ----------------------------------------------------------------------------

const LEGAL_STEPS: Record<TreatyStatus, readonly TreatyStatus[]> = {
  'in-force': ['strained', 'suspended', 'collapsed'],
  strained: ['in-force', 'suspended', 'collapsed'],
  suspended: ['in-force', 'strained', 'collapsed'],
  collapsed: [],
};

function treatySteps(report: TurnReport): Change[] {
  return report.changes.filter(
    (c) => c.kind === 'treaty' && typeof c.from === 'string' && typeof c.to === 'string',
  );
}

function expectRefusals(before: GameState, party: Party, raw: unknown, report: TurnReport): void {
  const got = report.refused.filter((r) => r.party === party).map((r) => [r.index, r.code]);
  for (const r of report.refused) {
    expect(r.code).toMatch(/^(order|game)\/[a-z-]+$/);
    expect(r.message.length).toBeGreaterThan(0);
  }
  if (Array.isArray(raw)) {
    const v = validateOrders(before, party, raw);
    expect(got).toEqual(v.refused.map((r) => [r.index, r.error.code]));
    expect(report.orders[party]).toHaveLength(v.accepted.length);
    // Independently of validateOrders: anything that is not even shaped like an order is refused.
    raw.forEach((o, index) => {
      const shaped =
        o !== null &&
        typeof o === 'object' &&
        (ORDER_TYPES as readonly unknown[]).includes((o as { type?: unknown }).type);
      if (!shaped) expect(got.map(([i]) => i)).toContain(index);
    });
  } else if (raw === null || raw === undefined) {
    expect(got).toEqual([]);
  } else {
    expect(got).toEqual([[-1, 'order/malformed']]);
    expect(report.orders[party]).toEqual([]);
  }
}

function expectInvariants(before: GameState, after: GameState, report: TurnReport): void {
  for (const party of PARTIES) {
    const p = after.powers[party];
    for (const [what, v] of [
      ['standing', p.standing],
      ['support', p.support],
    ] as const) {
      expect(Number.isInteger(v), `${party} ${what} ${v}`).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    expect(Number.isInteger(p.reserves), `${party} reserves ${p.reserves}`).toBe(true);
    expect(p.reserves).toBeGreaterThanOrEqual(0);
    expect(p.embassy).toBeGreaterThanOrEqual(0);
    expect(p.embassy).toBeLessThanOrEqual(3);
  }
  const systemIds = new Set(after.systems.map((x) => x.id));
  const fleetIds = new Set<string>();
  for (const f of after.fleets) {
    expect(Number.isInteger(f.strength) && f.strength > 0, `fleet ${f.id} strength ${f.strength}`).toBe(true);
    expect(systemIds.has(f.location), `fleet ${f.id} at ${f.location}`).toBe(true);
    expect(fleetIds.has(f.id), `fleet id ${f.id} twice`).toBe(false);
    fleetIds.add(f.id);
  }
  for (const x of after.systems) expect(Number.isInteger(x.output) && x.output >= 0).toBe(true);

  // The treaty moves one legal step at a time, from where it was to where it ends.
  let status = before.status;
  for (const c of treatySteps(report)) {
    expect(c.from, 'a treaty change starts where the last one ended').toBe(status);
    const to = c.to as TreatyStatus;
    expect(TREATY_STATUSES).toContain(to);
    expect(LEGAL_STEPS[status], `${status} → ${to} (${c.cause.rule})`).toContain(to);
    if (status === 'suspended' && to !== 'collapsed') expect(c.cause.rule).toBe('summit');
    if (status !== 'suspended' && to === 'collapsed') {
      // Only a standing at 0 collapses Accords that were not suspended.
      expect(c.cause.rule).toBe('standing-zero');
      expect(PARTIES.some((q) => after.powers[q].standing === 0)).toBe(true);
    }
    status = to;
  }
  expect(after.status).toBe(status);

  // The year advances by one unless the game ended; a collapse ends the game.
  if (after.status === 'collapsed') {
    expect(after.phase).toBe('ended');
    expect(after.result?.kind).toBe('collapse');
  }
  if (after.phase === 'ended') {
    expect(after.result).not.toBeNull();
    if (after.result?.kind === 'centennial' || after.result?.kind === 'lapsed') {
      expect(after.year).toBe(before.year + 1);
      expect(after.year).toBe(after.lastYear);
    } else {
      expect(after.year).toBe(before.year);
    }
  } else {
    expect(after.result).toBeNull();
    expect(after.year).toBe(before.year + 1);
  }

  // The record of the year and its hash.
  expect(report.year).toBe(before.year);
  expect(after.history).toHaveLength(before.history.length + 1);
  expect(after.history.at(-1)?.year).toBe(report.year);
  // The record's industry is the one the state ends the year with (no step after the income
  // changes a system).
  expect(after.history.at(-1)?.industry).toEqual({
    federation: industryOf(after, 'federation'),
    klingon: industryOf(after, 'klingon'),
  });
  expect(hashState(after)).toBe(report.hash);
}

/** Play a plan; checks every turn, returns the hashes. */
function play(scenario: Scenario, seed: string, plans: TurnPlan[], check: boolean): string[] {
  const created = createGame(scenario, { seed });
  if (!created.ok) throw new Error(created.error.message);
  let s = created.value;
  const hashes = [hashState(s)];
  for (const plan of plans) {
    if (s.phase === 'ended') break;
    const raw = {
      federation: ordersFor(s, 'federation', plan.federation),
      klingon: ordersFor(s, 'klingon', plan.klingon),
    };
    const snapshot = check ? copyOf(s) : null;
    const rawText = check ? JSON.stringify(raw) : '';
    if (check) deepFreeze(s);
    const out = resolveTurn(s, raw as TurnOrders);
    if (!out.ok) throw new Error(`the turn was refused: ${out.error.code} ${out.error.message}`);
    if (check) {
      expect(s, 'resolveTurn changed its input state').toEqual(snapshot);
      expect(JSON.stringify(raw), 'resolveTurn changed the orders it was given').toBe(rawText);
      for (const party of PARTIES) expectRefusals(s, party, raw[party], out.value.report);
      expectInvariants(s, out.value.state, out.value.report);
    }
    s = out.value.state;
    hashes.push(out.value.report.hash);
  }
  if (check && s.phase === 'ended') {
    // After the end nothing more resolves, and no order validates.
    const again = resolveTurn(s, {});
    expect(again.ok ? null : again.error.code).toBe('game/ended');
    const v = validateOrder(s, 'federation', { type: 'address-council' });
    expect(v.ok ? null : v.error.code).toBe('game/ended');
  }
  return hashes;
}

const scenarioId = fc.constantFrom(...Object.keys(SCENARIOS));
const seed = fc.string({ minLength: 1, maxLength: 12 });

describe('random turns', () => {
  it('always resolve, refuse the invalid orders, keep every invariant and never mutate their input', () => {
    fc.assert(
      fc.property(scenarioId, seed, fc.array(turnPlan, { minLength: 1, maxLength: 12 }), (id, sd, plans) => {
        play(SCENARIOS[id] as Scenario, sd, plans, true);
      }),
      { numRuns: 300 },
    );
  });

  it('depend on nothing but the state: a game saved as JSON and resumed, with other games played between, goes on with the same hashes', () => {
    fc.assert(
      fc.property(
        scenarioId,
        seed,
        fc.array(turnPlan, { minLength: 2, maxLength: 8 }),
        fc.nat(),
        (id, sd, plans, at) => {
          const scenario = SCENARIOS[id] as Scenario;
          const created = createGame(scenario, { seed: sd });
          if (!created.ok) throw new Error(created.error.message);
          // Play through, keeping each year's orders and the state at the year of the save.
          const split = 1 + (at % (plans.length - 1));
          let s = created.value;
          let saved = '';
          const given: TurnOrders[] = [];
          const through: string[] = [];
          for (const [i, plan] of plans.entries()) {
            if (s.phase === 'ended') break;
            if (i === split) saved = JSON.stringify(stateData(s));
            const orders = {
              federation: ordersFor(s, 'federation', plan.federation),
              klingon: ordersFor(s, 'klingon', plan.klingon),
            } as TurnOrders;
            const out = resolveTurn(s, orders);
            if (!out.ok) throw new Error(out.error.message);
            given.push(orders);
            through.push(out.value.report.hash);
            s = out.value.state;
          }
          if (saved === '') return;
          // Another game, to leave whatever a cache might keep of the first one behind.
          play(SCENARIOS.mini as Scenario, `${sd}-other`, plans, false);
          let resumed = fromStateData(JSON.parse(saved));
          expect(hashState(resumed)).toBe(through[split - 1]);
          const after: string[] = [];
          for (const orders of given.slice(split)) {
            const out = resolveTurn(resumed, orders);
            if (!out.ok) throw new Error(out.error.message);
            after.push(out.value.report.hash);
            resumed = out.value.state;
          }
          expect(after).toEqual(through.slice(split));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('replay: the orders a game recorded give back its hash of every year', () => {
    const scenario = SCENARIOS['khitomer-accords'] as Scenario;
    for (const sd of ['replay-1', 'replay-2']) {
      const recorded: { orders: Record<Party, Order[]>; hash: string }[] = [];
      const sim = simulate(scenario, {
        seed: sd,
        policies: { federation: 'random', klingon: 'random' },
        onTurn: (report, _state, orders) => recorded.push({ orders, hash: report.hash }),
      });
      if (!sim.ok) throw new Error(sim.error.message);
      // A replay starts the game as the recording did: same seed, same controllers.
      const created = createGame(scenario, {
        seed: sd,
        controllers: { federation: 'random', klingon: 'random' },
      });
      if (!created.ok) throw new Error(created.error.message);
      let s = created.value;
      for (const turn of recorded) {
        const out = resolveTurn(fromStateData(JSON.parse(JSON.stringify(stateData(s)))), turn.orders);
        if (!out.ok) throw new Error(out.error.message);
        expect(out.value.report.hash).toBe(turn.hash);
        s = out.value.state;
      }
      expect(hashState(s)).toBe(hashState(sim.value.state));
    }
  });
});

// --- events do not depend on what a power orders -------------------------------------------

interface EventRow {
  year: number;
  events: { id: string; type: string; scripted: boolean; title: string }[];
}

/** The campaign with the Federation idle and the Klingons given `klingon`'s orders each year. */
function eventRows(
  sd: string,
  klingon: (s: GameState) => Order[],
  years: number,
): {
  rows: EventRow[];
  klingonOrders: number;
} {
  const created = createGame(SCENARIOS['khitomer-accords'] as Scenario, { seed: sd });
  if (!created.ok) throw new Error(created.error.message);
  let s = created.value;
  const rows: EventRow[] = [];
  let klingonOrders = 0;
  for (let i = 0; i < years && s.phase !== 'ended'; i++) {
    rows.push({
      year: s.year,
      events: s.events.map((e) => ({ id: e.id, type: e.type, scripted: e.scripted, title: e.title })),
    });
    const orders = klingon(s);
    klingonOrders += orders.length;
    const out = resolveTurn(s, { klingon: orders });
    if (!out.ok) throw new Error(out.error.message);
    s = out.value.state;
  }
  return { rows, klingonOrders };
}

describe('a power’s orders never shift the events', () => {
  it('the events stream is a function of seed and year alone: other streams drawn between do not shift it', () => {
    const alone = stream('same-seed', 'events', 2311);
    const expected = Array.from({ length: 24 }, () => alone.next());
    const events = stream('same-seed', 'events', 2311);
    const others = [
      stream('same-seed', 'battle', 2311),
      stream('same-seed', 'ai:klingon', 2311),
      stream('other-seed', 'events', 2311),
      stream('same-seed', 'events', 2312),
    ];
    const drawn: number[] = [];
    for (let i = 0; i < 24; i++) {
      for (const o of others) o.next();
      drawn.push(events.next());
    }
    expect(drawn).toEqual(expected);
    // And the other seeds, purposes and years are other streams, not the same one.
    for (const o of [stream('same-seed', 'battle', 2311), stream('same-seed', 'events', 2312)])
      expect(Array.from({ length: 24 }, () => o.next())).not.toEqual(expected);
  });

  it('the campaign reveals the same events, year by year, whatever the Klingons order', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), (sd) => {
        const busy = eventRows(sd, (s) => randomOrders(s, 'klingon', 5), 30);
        const idle = eventRows(sd, () => [], 30);
        const years = Math.min(busy.rows.length, idle.rows.length);
        expect(years).toBeGreaterThan(0);
        for (let y = 0; y < years; y++) {
          const a = busy.rows[y] as EventRow;
          const b = idle.rows[y] as EventRow;
          expect(a.year).toBe(b.year);
          // Every event is identical in id, type and whether it was scripted (a claim falls on the
          // scenario's disputed worlds, settled or not); titles too, except a disaster's, which
          // names a world of the victim as it stands.
          const comparable = (r: EventRow) =>
            r.events.map((e) => ({ ...e, title: e.type === 'disaster' && !e.scripted ? '' : e.title }));
          expect(comparable(a), `events of ${a.year}`).toEqual(comparable(b));
        }
        expect(busy.klingonOrders).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });
});

describe('bad input to the core', () => {
  it('refuses an order for a fleet that is not yours, and it changes nothing', () => {
    const created = createGame(mini, { seed: 'not-yours' });
    if (!created.ok) throw new Error(created.error.message);
    const s = created.value;
    const order = { type: 'move', fleet: 'k1', to: 'organia' };
    const v = validateOrder(s, 'federation', order);
    expect(v.ok ? null : v.error.code).toBe('order/not-your-fleet');
    const withBad = resolveTurn(s, { federation: [order] });
    const without = resolveTurn(s, {});
    if (!withBad.ok || !without.ok) throw new Error('the turn was refused');
    expect(withBad.value.report.refused).toEqual([
      expect.objectContaining({ party: 'federation', index: 0, code: 'order/not-your-fleet', order }),
    ]);
    expect(withBad.value.report.orders.federation).toEqual([]);
    expect(withBad.value.report.hash).toBe(without.value.report.hash);
    expect(withBad.value.state.fleets.find((f) => f.id === 'k1')?.location).toBe('narendra');
  });

  it('refuses orders and turns once the game has ended', () => {
    const sim = simulate(SCENARIOS['centennial-eve'] as Scenario, {
      seed: 'ended',
      policies: { federation: 'random', klingon: 'random' },
    });
    if (!sim.ok) throw new Error(sim.error.message);
    const s = sim.value.state;
    expect(s.phase).toBe('ended');
    const v = validateOrder(s, 'klingon', { type: 'address-council' });
    expect(v.ok ? null : v.error.code).toBe('game/ended');
    const r = resolveTurn(s, { klingon: [{ type: 'address-council' }] });
    expect(r.ok ? null : r.error.code).toBe('game/ended');
    expect(r.ok ? '' : r.error.message).toMatch(/ended/);
  });

  it('refuses to create a game with an empty or overlong seed', () => {
    for (const bad of ['', 'x'.repeat(201)]) {
      const r = createGame(mini, { seed: bad });
      expect(r.ok ? null : r.error.code).toBe('game/bad-seed');
    }
    expect(createGame(mini, { seed: 'x'.repeat(200) }).ok).toBe(true);
  });

  it('refuses a controller that is not a text of 1 to 40 characters, naming the side', () => {
    for (const bad of ['', 'x'.repeat(41), 7, null]) {
      const r = createGame(mini, {
        seed: 's',
        controllers: { klingon: bad as unknown as string },
      });
      expect(r.ok ? null : r.error.code).toBe('game/bad-controller');
      expect(r.ok ? '' : r.error.message).toMatch(/^The Klingon Empire's controller/);
    }
    const ok = createGame(mini, { seed: 's', controllers: { federation: 'x'.repeat(40) } });
    expect(ok.ok && ok.value.powers.federation.controller).toBe('x'.repeat(40));
    expect(ok.ok && ok.value.powers.klingon.controller).toBe('human');
  });
});
