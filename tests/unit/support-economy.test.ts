// The economy (income, upkeep, the trade pact, development, builds) and support at home (DESIGN.md
// sections 3, 7 and 8).
import { describe, expect, it } from 'vitest';
import {
  influenceOf,
  type Order,
  orderCost,
  type ScenarioInput,
  shortestPath,
  validateOrders,
} from '../../src/sim/index';
import { addEvents, miniGame, qonosDisaster, turn, withRules } from './fixtures';

/** Battles the attacker always wins: no garrison, and no defending fleet at the target. */
const noGarrison = (s: ScenarioInput) => withRules(s, { battle: { garrison: 0, capitalGarrison: 0 } });

const pact: Order = { type: 'trade-pact' };

describe('income and upkeep', () => {
  it('adds industry and takes one reserve per upkeepShipsPerReserve ships, rounded down', () => {
    const g = miniGame();
    // Federation: Sol 10 + Vulcan 6 + K-7 2 = 18; 9 ships → 2. Klingon: 10 + 2 = 12; 9 ships → 2.
    const r = turn(g);
    expect(r.state.powers.federation.reserves).toBe(40 + 18 - 2);
    expect(r.state.powers.klingon.reserves).toBe(40 + 12 - 2);
    expect(r.report.changes).toContainEqual(
      expect.objectContaining({
        kind: 'reserves',
        party: 'federation',
        delta: 16,
        text: 'Income 18, upkeep 2.',
      }),
    );
  });

  it('reads upkeep from the rules', () => {
    const r = turn(miniGame((s) => withRules(s, { economy: { upkeepShipsPerReserve: 1 } })));
    expect(r.state.powers.federation.reserves).toBe(40 + 18 - 9);
  });

  it('never takes reserves below 0', () => {
    const g = miniGame((s) => {
      withRules(s, { economy: { upkeepShipsPerReserve: 1 } });
      s.powers.federation.reserves = 3;
      s.powers.federation.fleets = [{ id: 'f1', location: 'sol', strength: 30 }];
    });
    expect(turn(g).state.powers.federation.reserves).toBe(0); // 3 + 18 − 30 < 0
  });

  it('grows by pactPercent of industry (rounded down) for both while a trade pact is in force', () => {
    const r = turn(miniGame(), { federation: [pact], klingon: [pact] });
    expect(r.state.tradePact).toBe(true);
    expect(r.state.powers.federation.reserves).toBe(40 + 18 + 1 - 2); // 10% of 18 = 1.8 → 1
    expect(r.state.powers.klingon.reserves).toBe(40 + 12 + 1 - 2); // 1.2 → 1
    const big = turn(
      miniGame((s) => withRules(s, { economy: { pactPercent: 50 } })),
      { federation: [pact], klingon: [pact] },
    );
    expect(big.state.powers.federation.reserves).toBe(40 + 18 + 9 - 2);
    expect(big.state.powers.klingon.reserves).toBe(40 + 12 + 6 - 2);
  });

  it('pays the last year of a pact’s term, and ends it after (rules version 27)', () => {
    // Playtest 40's pact "to the end of 2322" paid nothing in 2322: its term ended before the income.
    const g = miniGame((s) => withRules(s, { economy: { pactPercent: 50 } }));
    g.tradePact = true;
    g.pactEnds = g.year;
    const r = turn(g);
    expect(r.state.powers.federation.reserves).toBe(40 + 18 + 9 - 2);
    expect(r.state.tradePact).toBe(false);
    expect(r.report.changes.map((c) => c.text)).toContain(
      'The trade pact’s term ends; either power may offer a new one.',
    );
    // The year after, a pact may be proposed again.
    expect(turn(r.state, { federation: [pact], klingon: [pact] }).state.tradePact).toBe(true);
  });

  it('does not grow without the pact (one proposal alone is no pact)', () => {
    const r = turn(miniGame(), { federation: [pact] });
    expect(r.state.tradePact).toBe(false);
    expect(r.state.powers.federation.reserves).toBe(56);
  });

  it('moves embargoGain reserves from the embargoed power to the one that embargoes', () => {
    const r = turn(miniGame(), { federation: [{ type: 'embargo' }] });
    expect(r.state.powers.federation.reserves).toBe(56 + 6);
    expect(r.state.powers.klingon.reserves).toBe(50 - 6);
  });
});

describe('development', () => {
  it('raises an own system’s output by one for developCost reserves; income counts it at once', () => {
    const r = turn(miniGame(), { federation: [{ type: 'develop', system: 'vulcan' }] });
    expect(r.state.systems.find((x) => x.id === 'vulcan')?.output).toBe(7);
    expect(r.state.powers.federation.reserves).toBe(40 - 12 + 19 - 2);
    expect(r.state.powers.federation.lastIndustry).toBe(19);
  });

  it('is refused at maxOutput, for another’s system, and without reserves', () => {
    const g = miniGame((s) => {
      withRules(s, { economy: { maxOutput: 10 } });
      s.powers.klingon.reserves = 11;
    });
    const r = turn(g, {
      federation: [
        { type: 'develop', system: 'sol' },
        { type: 'develop', system: 'qonos' },
      ],
      klingon: [{ type: 'develop', system: 'narendra' }],
    });
    expect(r.report.refused.map((x) => [x.party, x.code])).toEqual([
      ['federation', 'order/fully-developed'],
      ['federation', 'order/not-your-system'],
      ['klingon', 'order/no-reserves'],
    ]);
    expect(r.state.systems.find((x) => x.id === 'sol')?.output).toBe(10);
  });

  it('counts the developments already ordered this year against maxOutput', () => {
    const g = miniGame((s) => withRules(s, { economy: { maxOutput: 7 } }));
    const r = turn(g, {
      federation: [
        { type: 'develop', system: 'vulcan' },
        { type: 'develop', system: 'vulcan' },
      ],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/fully-developed']);
    expect(r.state.systems.find((x) => x.id === 'vulcan')?.output).toBe(7);
  });
});

describe('builds', () => {
  it('cost shipCost a ship and join the fleet at the shipyard', () => {
    const r = turn(miniGame(), { federation: [{ type: 'build', system: 'sol', ships: 3 }] });
    expect(r.report.refused).toEqual([]);
    expect(r.state.fleets.find((f) => f.id === 'f2')).toMatchObject({ location: 'sol', strength: 7 });
    // 12 ships: upkeep 3.
    expect(r.state.powers.federation.reserves).toBe(40 - 12 + 18 - 3);
  });

  it('form a new fleet at a shipyard with none of the builder’s fleets', () => {
    const g = miniGame((s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 5 }];
    });
    const r = turn(g, { klingon: [{ type: 'build', system: 'qonos', ships: 2 }] });
    const built = r.state.fleets.filter((f) => f.owner === 'klingon' && f.location === 'qonos');
    expect(built).toHaveLength(1);
    expect(built[0]?.strength).toBe(2);
    expect(r.state.nextFleetId).toBe(g.nextFleetId + 1);
  });

  it('give a new fleet an id no other fleet carries', () => {
    let g = miniGame();
    g = turn(g, { klingon: [{ type: 'move', fleet: 'k2', to: 'narendra' }] }).state;
    g = turn(g, { klingon: [{ type: 'build', system: 'qonos', ships: 1 }] }).state;
    g = turn(g, { klingon: [{ type: 'move', fleet: g.fleets[4]?.id ?? '', to: 'narendra' }] }).state;
    g = turn(g, { klingon: [{ type: 'build', system: 'qonos', ships: 1 }] }).state;
    const ids = g.fleets.map((f) => f.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('happen only at an own shipyard', () => {
    const r = turn(miniGame(), {
      federation: [
        { type: 'build', system: 'vulcan', ships: 1 },
        { type: 'build', system: 'qonos', ships: 1 },
        { type: 'build', system: 'nowhere', ships: 1 },
      ],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual([
      'order/no-shipyard',
      'order/no-shipyard',
      'order/unknown-system',
    ]);
    expect(r.state.powers.federation.reserves).toBe(56);
  });

  it('are limited to maxBuildPerYard ships a yard a year, counting earlier orders', () => {
    const r = turn(miniGame(), {
      federation: [
        { type: 'build', system: 'sol', ships: 4 },
        { type: 'build', system: 'sol', ships: 3 },
        { type: 'build', system: 'sol', ships: 2 },
      ],
    });
    expect(r.report.refused.map((x) => [x.index, x.code])).toEqual([[1, 'order/yard-full']]);
    expect(r.state.fleets.find((f) => f.id === 'f2')?.strength).toBe(10);
  });

  it('are refused beyond the reserves, counting earlier orders', () => {
    const g = miniGame((s) => withRules(s, { economy: { shipCost: 10 } }));
    const r = turn(g, {
      federation: [
        { type: 'build', system: 'sol', ships: 3 },
        { type: 'build', system: 'sol', ships: 2 },
      ],
    });
    expect(r.report.refused.map((x) => [x.index, x.code])).toEqual([[1, 'order/no-reserves']]);
    expect(r.state.powers.federation.reserves).toBe(40 - 30 + 18 - 3);
  });

  it('are refused for a whole number of ships only', () => {
    const r = turn(miniGame(), {
      federation: [{ type: 'build', system: 'sol', ships: 1.5 } as unknown as Order],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/malformed']);
  });
});

describe('influence', () => {
  it('is base, +1 with an embassy of embassyBonusLevel, −1 below lowSupportBelow support', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 2;
      s.powers.klingon.support = 19;
    });
    expect(influenceOf(g, 'federation')).toBe(4);
    expect(influenceOf(g, 'klingon')).toBe(2);
    const h = miniGame((s) => {
      s.powers.federation.embassy = 1;
      s.powers.klingon.support = 20;
    });
    expect(influenceOf(h, 'federation')).toBe(3);
    expect(influenceOf(h, 'klingon')).toBe(3);
  });

  it('bounds the orders a power can give in a year', () => {
    const g = miniGame((s) => {
      s.powers.klingon.support = 10;
    });
    const r = turn(g, {
      klingon: [{ type: 'address-council' }, { type: 'embargo' }, { type: 'espionage', mode: 'reveal' }],
    });
    expect(r.report.refused.map((x) => [x.index, x.code])).toEqual([[2, 'order/no-influence']]);
  });
});

describe('support (section 8)', () => {
  it('rises by `address` for addressing the council, never above 100', () => {
    const r = turn(miniGame(), {
      federation: [{ type: 'address-council' }],
      klingon: [{ type: 'address-council' }],
    });
    expect(r.state.powers.federation.support).toBe(63);
    expect(r.state.powers.klingon.support).toBe(63);
    const top = turn(
      miniGame((s) => {
        s.powers.klingon.support = 99;
      }),
      { klingon: [{ type: 'address-council' }] },
    );
    expect(top.state.powers.klingon.support).toBe(100);
  });

  it('falls by 2 a year while the Accords are strained or worse, not in force', () => {
    const strained = turn(
      miniGame((s) => {
        s.status = 'strained';
        s.powers.federation.standing = 30;
      }),
    );
    expect(strained.state.powers.federation.support).toBe(58);
    // The Empire had no breach of the Federation's to answer (rules version 26): spared.
    expect(strained.state.powers.klingon.support).toBe(60);
    const suspended = turn(
      miniGame((s) => {
        s.status = 'suspended';
        s.suspendedSince = 2300;
      }),
    );
    expect(suspended.state.powers.klingon.support).toBe(58);
    expect(turn(miniGame()).state.powers.klingon.support).toBe(60);
  });

  it('gives the Federation +1 for a year it outgrew the Empire, and nothing to the Klingons for theirs', () => {
    const r = turn(miniGame(), { federation: [{ type: 'develop', system: 'vulcan' }] });
    expect(r.state.powers.federation.support).toBe(61);
    expect(r.state.powers.klingon.support).toBe(60);
    // The next year without new growth brings nothing.
    expect(turn(r.state).state.powers.federation.support).toBe(61);
    // Growth is a race: the Empire grew as much, the Council gives nothing.
    const level = turn(miniGame(), {
      federation: [{ type: 'develop', system: 'vulcan' }],
      klingon: [{ type: 'develop', system: 'narendra' }],
    });
    expect(level.state.powers.federation.support).toBe(60);
    expect(level.state.powers.klingon.support).toBe(60);
  });

  it('gives the Federation +2 for aid given', () => {
    const g = miniGame((s) => addEvents(s, qonosDisaster()));
    const r = turn(g, { federation: [{ type: 'aid', target: 'e2300-t0-aid', amount: 4 }] });
    expect(r.state.powers.federation.support).toBe(62);
  });

  it('costs the Federation 6 for an exposed covert operation', () => {
    const g = miniGame((s) =>
      withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } }),
    );
    const r = turn(g, { federation: [{ type: 'espionage', mode: 'steal' }] });
    expect(r.state.powers.federation.support).toBe(54);
  });

  it('gives the Klingons +3 for a system gained', () => {
    const r = turn(miniGame(), { klingon: [{ type: 'seize', system: 'archanis' }] });
    expect(r.state.systems.find((x) => x.id === 'archanis')?.owner).toBe('klingon');
    expect(r.state.powers.klingon.support).toBe(63);
  });

  it('gives the Klingons +3 when they take a world: a battle won or a system gained, counted once', () => {
    const g = miniGame(noGarrison); // Romulus has no fleet and no garrison
    const r = turn(g, { klingon: [{ type: 'attack', fleet: 'k1', target: 'romulus' }] });
    expect(r.state.systems.find((x) => x.id === 'romulus')?.owner).toBe('klingon');
    const sup = g.rules.support;
    expect(r.state.powers.klingon.support).toBe(60 + Math.max(sup.klingonBattleWon, sup.klingonSystemGained));
    expect(r.state.status).toBe('in-force'); // a third power: no Article I
  });

  it('costs the Klingons 4 for a system lost, and the Federation 4 for a system taken from it', () => {
    const lost = miniGame((s) => {
      noGarrison(s);
      s.powers.federation.fleets = [{ id: 'f1', location: 'organia', strength: 5 }];
      s.powers.klingon.fleets = [{ id: 'k2', location: 'qonos', strength: 4 }];
    });
    const r = turn(lost, { federation: [{ type: 'attack', fleet: 'f1', target: 'narendra' }] });
    expect(r.state.systems.find((x) => x.id === 'narendra')?.owner).toBe('federation');
    expect(r.state.powers.klingon.support).toBe(56);

    const taken = miniGame((s) => {
      noGarrison(s);
      s.powers.federation.fleets = [{ id: 'f2', location: 'sol', strength: 4 }];
      s.powers.klingon.fleets = [{ id: 'k1', location: 'organia', strength: 5 }];
    });
    const r2 = turn(taken, { klingon: [{ type: 'attack', fleet: 'k1', target: 'k7' }] });
    expect(r2.state.systems.find((x) => x.id === 'k7')?.owner).toBe('klingon');
    expect(r2.state.powers.federation.support).toBe(56);
  });

  it('moves with the hawks and doves of a domestic event', () => {
    const g = miniGame((s) =>
      addEvents(s, { year: 2300, type: 'domestic', party: 'klingon', faction: 'doves', support: 7 }),
    );
    expect(g.powers.klingon.support).toBe(67);
  });
});

describe('moves', () => {
  it('take a fleet up to maxLanes lanes, and no further', () => {
    const g = miniGame();
    expect(shortestPath(g, 'sol', 'organia')).toEqual(['sol', 'vulcan', 'k7', 'organia']);
    const r = turn(g, {
      federation: [
        { type: 'move', fleet: 'f2', to: 'organia' },
        { type: 'move', fleet: 'f1', to: 'narendra' },
      ],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/not-adjacent']);
    expect(r.state.fleets.find((f) => f.id === 'f2')?.location).toBe('sol');
    expect(r.state.fleets.find((f) => f.id === 'f1')?.location).toBe('narendra');
  });
});

describe('a world developed twice in a year', () => {
  // Station K-7 yields 2: at 12 + 20 a level, the first development costs 52 and the second 72.
  const g = miniGame((s) => {
    withRules(s, { economy: { developCostPerLevel: 20 } });
    s.powers.federation.reserves = 52 + 72 - 1;
  });
  const develop: Order = { type: 'develop', system: 'k7' };

  it('prices the second at its own level, and refuses it when the reserves do not reach it', () => {
    expect(orderCost(g, 'federation', develop).reserves).toBe(52);
    expect(orderCost(g, 'federation', develop, [develop]).reserves).toBe(72);
    const v = validateOrders(g, 'federation', [develop, develop]);
    expect(v.accepted).toEqual([develop]);
    expect(v.refused.map((r) => r.error.code)).toEqual(['order/no-reserves']);
  });

  it('takes both when the reserves reach them, and the year charges what they were priced', () => {
    const rich = { ...g, powers: { ...g.powers, federation: { ...g.powers.federation, reserves: 52 + 72 } } };
    expect(validateOrders(rich, 'federation', [develop, develop]).refused).toEqual([]);
    const r = turn(rich, { federation: [develop, develop] });
    expect(r.state.systems.find((x) => x.id === 'k7')?.output).toBe(4);
    expect(
      r.report.changes
        .filter((c) => c.kind === 'reserves' && c.delta !== undefined && c.delta < 0)
        .map((c) => c.delta),
    ).toEqual([-52, -72]);
  });
});
