// Article II — full diplomatic relations (DESIGN.md section 5): embassies on each capital world.
// Recalling or expelling one is open; having none once the grace years are over is an omission.
import { describe, expect, it } from 'vitest';
import { influenceOf, type Order, orderCost, orderEffect, previewOrder } from '../../src/sim/index';
import { entries, miniGame, turn, withRules } from './fixtures';

const embassy = (action: 'establish' | 'upgrade' | 'recall' | 'expel'): Order => ({
  type: 'embassy',
  action,
});

describe('establishing and upgrading an embassy', () => {
  it('costs embassy influence and embassyCostPerLevel × the new level in reserves', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 2;
    });
    expect(orderCost(g, 'klingon', embassy('establish'))).toEqual({ influence: 1, reserves: 5, fleet: null });
    expect(orderCost(g, 'federation', embassy('upgrade'))).toEqual({
      influence: 1,
      reserves: 15,
      fleet: null,
    });
    expect(orderCost(g, 'federation', embassy('recall'))).toEqual({ influence: 1, reserves: 0, fleet: null });
  });

  it('raises the embassy one level a year', () => {
    let g = miniGame();
    let r = turn(g, { federation: [embassy('establish')] });
    expect(r.state.powers.federation.embassy).toBe(1);
    expect(r.state.powers.federation.reserves).toBe(40 - 5 + 16);
    g = r.state;
    r = turn(g, { federation: [embassy('upgrade')] });
    expect(r.state.powers.federation.embassy).toBe(2);
    expect(r.state.powers.federation.reserves).toBe(51 - 10 + 16);
    expect(r.report.ledger.filter((e) => e.article === 'II' && e.kind !== 'reward')).toEqual([]);
  });

  it('is refused when it makes no sense, or twice a year', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 3;
    });
    const r = turn(g, {
      federation: [embassy('establish'), embassy('upgrade')],
      klingon: [embassy('upgrade'), embassy('establish'), embassy('establish')],
    });
    expect(r.report.refused.map((x) => [x.party, x.code])).toEqual([
      ['federation', 'order/embassy-exists'],
      ['federation', 'order/embassy-max'],
      ['klingon', 'order/no-embassy'],
      ['klingon', 'order/duplicate'],
    ]);
  });

  it('is refused without the reserves', () => {
    const g = miniGame((s) => {
      s.powers.klingon.reserves = 4;
    });
    const r = turn(g, { klingon: [embassy('establish')] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/no-reserves']);
    expect(r.state.powers.klingon.embassy).toBe(0);
  });
});

describe('keeping an embassy', () => {
  it('earns the embassy reward every year at embassyLevel, and an extra influence', () => {
    let g = miniGame((s) => {
      s.powers.klingon.embassy = 2;
      s.powers.federation.embassy = 1;
    });
    expect(influenceOf(g, 'klingon')).toBe(4);
    expect(influenceOf(g, 'federation')).toBe(3);
    for (let i = 0; i < 2; i++) {
      const r = turn(g);
      expect(entries(r.report, 'klingon', 'II/embassy')).toEqual([
        expect.objectContaining({ article: 'II', kind: 'reward', delta: 1 }),
      ]);
      expect(entries(r.report, 'federation', 'II/embassy')).toEqual([]);
      g = r.state;
    }
    expect(g.powers.klingon.standing).toBe(64); // 2 × (embassy + clean year)
    expect(g.powers.federation.standing).toBe(62);
  });

  it('earns the reward in the very year the embassy reaches the level', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 1;
    });
    const r = turn(g, { federation: [embassy('upgrade')] });
    expect(entries(r.report, 'federation', 'II/embassy')).toHaveLength(1);
    expect(r.state.powers.federation.standing).toBe(62);
  });

  // Issue 16's playtest: the reward stopped near the top and nothing on the screens said so.
  it('says in the order’s words where its reward stops, as the rule stops it', () => {
    const at = (standing: number) =>
      miniGame((s) => {
        withRules(s, { rewards: { cleanYearBelow: 62 } });
        s.powers.federation.embassy = 2;
        s.powers.federation.standing = standing;
      });
    expect(orderEffect(at(60), 'federation', embassy('upgrade'))).toBe(
      "Your embassy on the other capital rises to level 3: it keeps Article II; it earns 1 standing a year at level 2 or more, while your standing is below 62 (none from there up); at level 2 or more it adds one influence. Your eyes on the other power's covert acts sharpen: the chance one is seen in its year rises from 50% to 60%.",
    );
    expect(entries(turn(at(61)).report, 'federation', 'II/embassy')).toHaveLength(1);
    expect(entries(turn(at(62)).report, 'federation', 'II/embassy')).toHaveLength(0);
    // A reward with no line (the mini scenario's) is said without one.
    expect(orderEffect(miniGame(), 'federation', embassy('establish'))).toContain(
      'it earns 1 standing a year at level 2 or more; at level 2',
    );
  });

  it('reads the rewarded level from the rules', () => {
    const g = miniGame((s) => {
      withRules(s, { rewards: { embassyLevel: 1, embassy: 3 } });
      s.powers.federation.embassy = 1;
    });
    expect(turn(g).state.powers.federation.standing).toBe(64);
  });
});

describe('recalling or expelling an embassy', () => {
  it('recall: the embassy falls to 0, an open II/recall violation', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 3;
    });
    const r = turn(g, { federation: [embassy('recall')] });
    expect(r.state.powers.federation.embassy).toBe(0);
    expect(entries(r.report, 'federation', 'II/recall')).toEqual([
      expect.objectContaining({ article: 'II', kind: 'violation', delta: -8 }),
    ]);
    // No embassy reward (it is gone by step h), no clean year.
    expect(r.state.powers.federation.standing).toBe(52);
  });

  it('expel: the other power’s embassy falls to 0, charged to the power that expels', () => {
    const g = miniGame((s) => {
      s.powers.klingon.embassy = 2;
    });
    const r = turn(g, { federation: [embassy('expel')] });
    expect(r.state.powers.klingon.embassy).toBe(0);
    expect(entries(r.report, 'federation', 'II/recall')).toEqual([expect.objectContaining({ delta: -8 })]);
    expect(entries(r.report, 'klingon', 'II/recall')).toEqual([]);
    expect(r.state.powers.klingon.standing).toBe(61); // the expelled one keeps faith
    // The report names the order in a sentence: "the", not "The", inside it.
    expect(r.report.orders.federation).toEqual([
      { type: 'embassy', text: "Expel the Klingon Empire's embassy" },
    ]);
  });

  it('is refused when there is no embassy to recall or expel', () => {
    const r = turn(miniGame(), { federation: [embassy('recall')], klingon: [embassy('expel')] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/no-embassy', 'order/no-embassy']);
  });

  it('is previewed as an open Article II violation', () => {
    const g = miniGame((s) => {
      s.powers.klingon.embassy = 1;
    });
    const p = previewOrder(g, 'klingon', embassy('recall'));
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ article: 'II', code: 'II/recall', kind: 'open', cost: 8, chance: 100 }),
    ]);
  });
});

describe('no embassy after the grace years', () => {
  it('is an omission every year from signedYear + embassyGraceYears on', () => {
    let g = miniGame((s) => {
      s.signedYear = 2296; // grace of 5 years: the omission starts in 2301
      s.powers.klingon.embassy = 1;
    });
    expect(g.rules.embassyGraceYears).toBe(5);
    const r1 = turn(g); // 2300
    expect(r1.report.ledger.filter((e) => e.code === 'II/no-embassy')).toEqual([]);
    g = r1.state;
    const r2 = turn(g); // 2301
    expect(r2.report.ledger.filter((e) => e.code === 'II/no-embassy')).toEqual([
      expect.objectContaining({
        party: 'federation',
        article: 'II',
        kind: 'violation',
        delta: -2,
        priors: 0,
      }),
    ]);
    const r3 = turn(r2.state); // 2302
    expect(entries(r3.report, 'federation', 'II/no-embassy')).toEqual([
      expect.objectContaining({ delta: -3, priors: 1 }), // 2 × 1.25 = 2.5, rounded half up
    ]);
    expect(r3.state.powers.federation.standing).toBe(61 - 2 - 3);
  });

  it('is not charged once an embassy is established', () => {
    const g = miniGame((s) => {
      withRules(s, { embassyGraceYears: 0 });
    });
    const r = turn(g, { federation: [embassy('establish')] });
    expect(r.report.ledger.filter((e) => e.code === 'II/no-embassy')).toEqual([
      expect.objectContaining({ party: 'klingon' }),
    ]);
  });
});
