// A battle at a world says what became of every fleet in it (the playtest saw 11 ships come back as
// 6, and a squadron vanish, with no word): the losses, the retreat, the fleets destroyed.
import { describe, expect, it } from 'vitest';
import { attackAsOne, chance, type Order, orderEffect, previewOrder, winChance } from '../../src/sim/index';
import { findFleet } from '../../src/sim/world';
import { entries, miniGame, type RulesInput, turn } from './fixtures';

/** Narendra III, held by the Empire with k1 (20) and k3 (2) there, attacked by f1 from Archanis. */
function battle(attacker: number) {
  const g = miniGame((s) => {
    s.powers.federation.fleets = [{ id: 'f1', location: 'archanis', strength: attacker }];
    s.powers.klingon.fleets = [
      { id: 'k1', location: 'narendra', strength: 20 },
      { id: 'k3', location: 'narendra', strength: 2 },
    ];
  });
  const r = turn(g, { federation: [{ type: 'attack', fleet: 'f1', target: 'narendra' }] });
  const line = r.report.changes.find((c) => c.text.includes('attacks Narendra III'))?.text ?? '';
  return { before: g, after: r.state, line };
}

describe('a battle at a world', () => {
  it('that falls names each fleet that lost ships, fell back or was destroyed', () => {
    const { after, line } = battle(40);
    expect(after.systems.find((x) => x.id === 'narendra')?.owner).toBe('federation');
    const k1 = findFleet(after, 'k1');
    const k3 = findFleet(after, 'k3');
    const f1 = findFleet(after, 'f1');
    // What the words say is what the state holds.
    expect(line).toContain('Narendra III falls to the Federation: ');
    expect(line).toContain(f1 && f1.strength < 40 ? `fleet f1 loses ${40 - f1.strength}` : 'fleet f1');
    for (const [id, ships, now] of [
      ['k1', 20, k1],
      ['k3', 2, k3],
    ] as const) {
      if (!now) expect(line).toContain(`fleet ${id} is destroyed`);
      else
        expect(line).toContain(
          `fleet ${id} ${now.strength < ships ? `loses ${ships - now.strength} and ` : ''}falls back to Qo'noS`,
        );
    }
    // k1 survives the battle and falls back: the words of a retreat are read, not only of a loss.
    expect(k1?.location).toBe('qonos');
  });

  it('that holds names the fleets that lost ships, and no fleet that lost none', () => {
    const { after, line } = battle(1);
    expect(after.systems.find((x) => x.id === 'narendra')?.owner).toBe('klingon');
    expect(line).toMatch(/Narendra III holds: fleet f1 (is destroyed|loses 1)\.$/);
    expect(line).not.toContain('fleet k1');
    expect(findFleet(after, 'k1')?.strength).toBe(20);
  });
});

describe('fleets of one power ordered to attack one world (rules version 13)', () => {
  /** f1 (6) from Archanis IV and f2 (7) from Organia against Narendra III with k1 (20). */
  function together(orders: Order[]) {
    const g = miniGame((s) => {
      s.powers.federation.fleets = [
        { id: 'f1', location: 'archanis', strength: 6 },
        { id: 'f2', location: 'organia', strength: 7 },
      ];
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 20 }];
    });
    return { g, r: turn(g, { federation: orders }) };
  }
  const both: Order[] = [
    { type: 'attack', fleet: 'f1', target: 'narendra' },
    { type: 'attack', fleet: 'f2', target: 'narendra' },
  ];

  it('fight as one attack: their ships added, one battle, one violation', () => {
    const { g, r } = together(both);
    const battles = r.report.changes.filter((c) => c.text.includes('attacks Narendra III, held by'));
    expect(battles).toHaveLength(1);
    const garrison = g.rules.battle.garrison;
    expect(battles[0]?.text).toContain(`strength 13 against a defence of ${20 + garrison}`);
    expect(entries(r.report, 'federation', 'I/attack')).toHaveLength(1);
  });

  it('are previewed so: the second order breaks nothing more, and the card gives the odds', () => {
    const { g } = together([]);
    const first = both[0] as Order;
    const second = both[1] as Order;
    const codes = (p: ReturnType<typeof previewOrder>) =>
      p.ok ? p.value.violations.map((v) => v.code) : p.error.code;
    expect(codes(previewOrder(g, 'federation', first))).toEqual(['I/attack']);
    expect(codes(previewOrder(g, 'federation', second, [first]))).toEqual([]);
    expect(orderEffect(g, 'federation', first)).toContain(
      `this fleet's 6 ships against a defence of ${20 + g.rules.battle.garrison} now, a`,
    );
    // The losses are not shared: the row says so (playtest 33 read a squadron lost in a victory).
    expect(orderEffect(g, 'federation', first)).toContain(
      'their losses are taken one fleet at a time, so a small fleet among them may be lost even in a victory',
    );
  });
});

describe('an attack row with the year’s other orders (playtest 37)', () => {
  // f1 and f2 at Archanis (the Federation's here, a yard), a lane from Narendra III; the Empire's k1 (20) there.
  const g = miniGame((s) => {
    s.powers.federation.fleets = [
      { id: 'f1', location: 'archanis', strength: 12 },
      { id: 'f2', location: 'archanis', strength: 5 },
    ];
    s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 20 }];
    s.powers.federation.reserves = 100;
    for (const x of s.map.systems)
      if (x.id === 'archanis') {
        x.owner = 'federation';
        x.shipyard = true;
      }
  });
  const first: Order = { type: 'attack', fleet: 'f1', target: 'narendra' };
  const second: Order = { type: 'attack', fleet: 'f2', target: 'narendra' };
  const row = (order: Order, queued: Order[]) =>
    order.type === 'attack' ? attackAsOne(g, 'federation', order, queued) : null;

  it('says nothing more when the fleet fights alone', () => {
    expect(row(first, [])).toBeNull();
    expect(row(first, [{ type: 'attack', fleet: 'f2', target: 'qonos' }])).toBeNull();
  });

  it('adds the fleets ordered against the same world, and the ships built to join them, as the battle counts them', () => {
    const build: Order = { type: 'build', system: 'archanis', ships: 3 };
    const words = row(second, [first, build]);
    // 20 against 22, the strengths squared (rules version 29): 400 / (400 + 484), 45%.
    expect(words).toBe(
      'With fleet f1 (12 ships) ordered against it too, and 3 ships built this year joining them, they fight as one: 20 ships against a defence of 22 now, a 45% chance.',
    );
    // One fleet and the ships built to join it: no "as one". 15 against 22: 225 / 709, 32%.
    expect(row(first, [build])).toBe(
      'With 3 ships built this year joining it: 15 ships against a defence of 22 now, a 32% chance.',
    );
    // The battle the report then gives: the same strength against the same defence.
    const r = turn(g, { federation: [build, first, second] });
    expect(r.report.refused).toEqual([]);
    const line = r.report.changes.find((c) => c.text.includes('attacks Narendra III'))?.text ?? '';
    expect(line).toContain('strength 20 against a defence of 22, a 45% chance.');
  });
});

describe('the odds of a battle (rules version 29: the strengths raised to battle.oddsPower)', () => {
  it('gives the attacker a^p / (a^p + d^p), and no chance at all with no ships', () => {
    const rules = miniGame().rules;
    expect(rules.battle.oddsPower).toBe(2);
    const at = (power: number) => ({ ...rules, battle: { ...rules.battle, oddsPower: power } });
    expect(winChance(at(1), 6, 3)).toBeCloseTo(6 / 9, 12);
    expect(winChance(at(2), 6, 3)).toBeCloseTo(36 / 45, 12);
    expect(winChance(at(3), 6, 3)).toBeCloseTo(216 / 243, 12);
    // Playtest 42: 55 ships' defence against 7 raiders fell at 11%; squared, 2%.
    expect(Math.round(100 * winChance(at(1), 7, 55))).toBe(11);
    expect(Math.round(100 * winChance(at(2), 7, 55))).toBe(2);
    expect(winChance(rules, 0, 0)).toBe(0);
    expect(winChance(rules, 5, 0)).toBe(1);
  });

  it('never calls a roll that may go either way 0% or 100% (review)', () => {
    const rules = miniGame().rules;
    // 1 against 23: 1 / 530, 0.2%; 29 against 2: 841 / 845, 99.5%.
    expect(chance(rules, 1, 23)).toBe('less than a 1% chance');
    expect(chance(rules, 29, 2)).toBe('more than a 99% chance');
    expect(chance(rules, 0, 23)).toBe('a 0% chance');
    expect(chance(rules, 5, 0)).toBe('a 100% chance');
    expect(chance(rules, 8, 24)).toBe('a 10% chance');
    expect(chance(rules, 24, 8)).toBe('a 90% chance');
    expect(chance(rules, 19, 9)).toBe('an 82% chance');
  });

  it('the year’s report gives the chance the roll was made at', () => {
    // 40 against Narendra III's garrison of 2 and the Empire's 22 ships: 1600 / (1600 + 576).
    const { line } = battle(40);
    expect(line).toContain('strength 40 against a defence of 24, a 74% chance.');
  });

  /** How many of `n` seeded battles of 44 ships against Narendra III's 22 the attacker wins. */
  function wins(n: number, rules?: RulesInput): number {
    let won = 0;
    for (let i = 0; i < n; i++) {
      const g = miniGame((s) => {
        if (rules) s.rules = rules;
        s.powers.federation.fleets = [{ id: 'f1', location: 'archanis', strength: 44 }];
        s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 20 }];
      }, `odds-${i}`);
      const r = turn(g, { federation: [{ type: 'attack', fleet: 'f1', target: 'narendra' }] });
      if (r.state.systems.find((x) => x.id === 'narendra')?.owner === 'federation') won++;
    }
    return won;
  }

  it('rolls at those odds: two to one wins four battles in five squared, two in three as the ships stand', () => {
    // 44 against 22 (a garrison of 2 and 20 ships), 400 seeds each: 80% and 67% expected.
    const squared = wins(400);
    expect(squared).toBeGreaterThan(400 * 0.74);
    expect(squared).toBeLessThan(400 * 0.86);
    const linear = wins(400, { battle: { oddsPower: 1 } });
    expect(linear).toBeGreaterThan(400 * 0.6);
    expect(linear).toBeLessThan(400 * 0.74);
  });
});
