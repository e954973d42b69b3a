// The order screen reads where and how to offer each order from its definition, deriving what a
// definition leaves out from its fields: a new order needs no edit in src/game to appear.
import { describe, expect, it } from 'vitest';
import {
  candidateOrders,
  createGame,
  type GameState,
  loadBuiltinScenario,
  ORDER_TYPES,
  ORDERS,
  type Order,
  type OrderType,
  orderSystem,
  PARTIES,
  placeOf,
  screenOrders,
  simulate,
  validateOrder,
} from '../../src/sim/index';
import { count, oneOf, orderShape, ref } from '../../src/sim/orders/define';
import { fieldsListable, labelFor, ordersFromFields, placeFor } from '../../src/sim/orders/screen';
import { builtin, busyMini } from './fixtures';

function campaignGame(seed = 'screen'): GameState {
  const scenario = loadBuiltinScenario('khitomer-accords');
  if (!scenario.ok) throw new Error('no campaign');
  const g = createGame(scenario.value, { seed, controllers: { federation: 'human', klingon: 'human' } });
  if (!g.ok) throw new Error(g.error.message);
  return g.value;
}

/** Where each order of today's catalogue is offered: what the screen listed by hand before. */
const PLACES: Record<OrderType, string> = {
  move: 'fleet',
  attack: 'fleet',
  'attack-fleet': 'fleet',
  build: 'system',
  develop: 'system',
  seize: 'system',
  arbitrate: 'system',
  embassy: 'diplomacy',
  'trade-pact': 'diplomacy',
  embargo: 'diplomacy',
  espionage: 'diplomacy',
  'address-council': 'diplomacy',
  summit: 'diplomacy',
  'suspend-accords': 'diplomacy',
  'grant-passage': 'diplomacy',
  aid: 'event',
  'covert-arms': 'event',
  'open-support': 'event',
  extradite: 'event',
  shelter: 'event',
  'stage-escape': 'event',
  'accept-ruling': 'event',
  // Rules version 7's answers, placed by their fields alone (no screen metadata).
  protest: 'diplomacy',
  'demand-reparations': 'diplomacy',
  reparations: 'diplomacy',
  'declare-war': 'diplomacy',
  // Rules version 27's vouching, placed by its fields alone.
  vouch: 'diplomacy',
};

describe('where the screen offers an order', () => {
  it('each order of the catalogue is offered where the screen offered it when it listed them itself', () => {
    for (const type of ORDER_TYPES) expect([type, placeOf(type)]).toEqual([type, PLACES[type]]);
  });

  it('a definition that says nothing for the screen is placed by its fields', () => {
    expect(placeFor({ shape: orderShape('protest') })).toBe('diplomacy');
    expect(placeFor({ shape: orderShape('protest', { tone: oneOf(['mild', 'sharp']) }) })).toBe('diplomacy');
    expect(placeFor({ shape: orderShape('patrol', { fleet: ref('a fleet id'), to: ref('x') }) })).toBe(
      'fleet',
    );
    expect(placeFor({ shape: orderShape('fortify', { system: ref('a system id') }) })).toBe('system');
    expect(placeFor({ shape: orderShape('reparations', { obligation: ref('an obligation id') }) })).toBe(
      'event',
    );
    expect(placeFor({ shape: orderShape('declare-war', { thirdPower: ref('a third power') }) })).toBe(
      'event',
    );
    // What a definition declares wins over what its fields suggest.
    const declared = {
      shape: orderShape('x', { obligation: ref('o') }),
      screen: { place: 'diplomacy' as const },
    };
    expect(placeFor(declared)).toBe('diplomacy');
  });

  it('a label is declared, or made of the type’s words', () => {
    expect(labelFor({ shape: orderShape('declare-war') })).toBe('Declare war');
    expect(labelFor({ shape: orderShape('x'), screen: { label: 'War!' } })).toBe('War!');
  });

  it('a fleet’s order is at the system the fleet lies at; a disputed world is arbitrated at it', () => {
    const s = campaignGame();
    const fleet = s.fleets.find((f) => f.owner === 'federation');
    if (!fleet) throw new Error('no fleet');
    expect(orderSystem(s, { type: 'move', fleet: fleet.id, to: 'anywhere' })).toBe(fleet.location);
    expect(orderSystem(s, { type: 'develop', system: 'earth' })).toBe('earth');
    expect(orderSystem(s, { type: 'arbitrate', dispute: 'archanis' })).toBe('archanis');
    expect(orderSystem(s, { type: 'summit' })).toBeNull();
    expect(orderSystem(s, { type: 'move', fleet: 'no-such-fleet', to: 'x' })).toBeNull();
  });
});

describe('the orders the screen offers', () => {
  it('every candidate of the rules, in the same order, and only valid orders after them', () => {
    const s = campaignGame();
    // Reserves enough for a yard's most (24 at the start: the Federation has 22).
    for (const p of PARTIES) s.powers[p].reserves = 100;
    const most = s.rules.economy.maxBuildPerYard;
    expect(most).toBe(6);
    for (const party of ['federation', 'klingon'] as const) {
      const candidates = candidateOrders(s, party);
      const offered = screenOrders(s, party);
      // Each yard's 4 is followed by its 6 (playtest 31 built 6 ships in two orders of 4 and 2).
      const yards = s.systems.filter((x) => x.owner === party && x.shipyard).map((x) => x.id);
      expect(yards.length).toBeGreaterThan(0);
      for (const system of yards) {
        const at = offered.findIndex((o) => o.type === 'build' && o.system === system && o.ships === 4);
        expect(offered[at + 1]).toEqual({ type: 'build', system, ships: 6 });
      }
      const six = (o: Order) => o.type === 'build' && o.ships === 6;
      expect(offered.filter(six)).toHaveLength(yards.length);
      expect(offered.filter((o) => !six(o)).slice(0, candidates.length)).toEqual(candidates);
      for (const o of offered) expect(validateOrder(s, party, o).ok).toBe(true);
    }
  });

  it("a yard's most is offered after its other builds when it can be given, whatever it is", () => {
    const builds = (s: GameState) =>
      screenOrders(s, 'federation').flatMap((o) =>
        o.type === 'build' && o.system === 'sol' ? [o.ships] : [],
      );
    const rich = campaignGame();
    rich.powers.federation.reserves = 100;
    expect(builds(rich)).toEqual([1, 2, 4, 6]);
    // Not when it cannot be paid, as the candidates' own are left out then.
    const poor = campaignGame();
    poor.powers.federation.reserves = 9;
    expect(builds(poor)).toEqual([1, 2]);
    // A most of 3: after the 1 and 2 (the rules refuse the candidates' 4 then).
    const economy = (most: number) => ({ ...rich.rules.economy, maxBuildPerYard: most });
    expect(builds({ ...rich, rules: { ...rich.rules, economy: economy(3) } })).toEqual([1, 2, 3]);
    // A most the candidates have already: nothing more.
    expect(builds({ ...rich, rules: { ...rich.rules, economy: economy(4) } })).toEqual([1, 2, 4]);
  });

  it('a type its fields can list is made from them: every combination, the declared choices first', () => {
    const s = campaignGame();
    const obligations = [fakeObligation('ob-1'), fakeObligation('ob-2')];
    const t = { ...s, obligations };
    const shape = orderShape('reparations', {
      obligation: ref('an obligation id'),
      tone: oneOf(['mild', 'sharp']),
    });
    expect(ordersFromFields({ shape }, t, 'federation')).toEqual([
      { type: 'reparations', obligation: 'ob-1', tone: 'mild' },
      { type: 'reparations', obligation: 'ob-1', tone: 'sharp' },
      { type: 'reparations', obligation: 'ob-2', tone: 'mild' },
      { type: 'reparations', obligation: 'ob-2', tone: 'sharp' },
    ]);
    // An amount cannot be listed from the field: none, unless the definition says which.
    const paid = orderShape('pay', { amount: count('reserves') });
    expect(ordersFromFields({ shape: paid }, t, 'federation')).toEqual([]);
    expect(
      ordersFromFields({ shape: paid, screen: { choices: { amount: () => [1, 5] } } }, t, 'federation'),
    ).toEqual([
      { type: 'pay', amount: 1 },
      { type: 'pay', amount: 5 },
    ]);
    // Only the party's own fleets.
    const patrol = orderShape('patrol', { fleet: ref('a fleet id') });
    const mine = s.fleets.filter((f) => f.owner === 'klingon').map((f) => ({ type: 'patrol', fleet: f.id }));
    expect(ordersFromFields({ shape: patrol }, t, 'klingon')).toEqual(mine);
  });
});

function fakeObligation(id: string): GameState['obligations'][number] {
  return {
    id,
    kind: 'extradition',
    article: 'V',
    eventId: 'e',
    fugitive: 'someone',
    debtor: 'federation',
    requested: 2293,
    deadline: 2300,
    decision: null,
  };
}

describe('no order type is left off the screen', () => {
  it('every type is offered by the candidates in some year of random games, or made from its fields', () => {
    // A type that neither lists (a new order with an amount and no `screen.choices`, say) nor is
    // ever a candidate would never reach a player: this names it.
    const seen = new Set<string>();
    for (const [scenario, seeds] of [
      [busyMini(), 6],
      [builtin('khitomer-accords'), 2],
    ] as const) {
      for (let i = 0; i < seeds; i++) {
        simulate(scenario, {
          seed: `screen-${i}`,
          policies: { federation: 'random', klingon: 'random' },
          onTurn: (_r, s) => {
            if (s.phase === 'ended') return;
            for (const p of PARTIES) for (const o of candidateOrders(s, p)) seen.add(o.type);
          },
        });
      }
    }
    const missing = ORDER_TYPES.filter((t) => !seen.has(t) && !fieldsListable(ORDERS[t]));
    expect(missing).toEqual([]);
    // The test can tell: some types come to the screen only as candidates.
    expect(ORDER_TYPES.filter((t) => !fieldsListable(ORDERS[t])).sort()).toEqual(
      ['aid', 'attack', 'attack-fleet', 'build', 'move'].sort(),
    );
  });
});
