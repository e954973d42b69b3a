// Rules version 8: a suspension ordered in answer puts the suspender's case on record. Should the
// suspended Accords collapse, it keeps `treaty.suspenderKeepsPercent` % of what it banked and the
// other power nothing; a collapse with no answer on record still leaves both nothing.

import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/sim/chronicle';
import { aiOrders, type GameState, type Order, scoreBreakdown } from '../../src/sim/index';
import { blameless, collapseScores } from '../../src/sim/suspension';
import { copyOf, miniGame, type RulesInput, turn, withRules } from './fixtures';

const suspend: Order = { type: 'suspend-accords' };

/** Klingon standing below the line; a war risk of 0 the first year, then `risk`. */
function crisis(risk: number, treaty: NonNullable<RulesInput['treaty']> = {}): GameState {
  return miniGame((s) => {
    s.powers.klingon.standing = 10;
    withRules(s, { treaty: { warRiskPercent: risk, warRiskPerOpenViolationPercent: 0, ...treaty } });
  });
}

function banked(s: GameState, p: 'federation' | 'klingon'): number {
  const b = s.powers[p].banked;
  return b.honour + b.security + b.prosperity + b.support;
}

describe('a suspension on record', () => {
  it('records the power whose order suspended the Accords, and forgets it when they are restored', () => {
    const r = turn(crisis(0), { federation: [suspend] });
    expect(r.state.status).toBe('suspended');
    expect(r.state.suspendedBy).toBe('federation');
    expect(
      r.report.changes.some((c) => c.kind === 'treaty' && /breaches of .* are on record/.test(c.text)),
    ).toBe(true);
    const healed = copyOf(r.state);
    healed.powers.klingon.standing = 30;
    const back = turn(healed, { federation: [{ type: 'summit' }], klingon: [{ type: 'summit' }] });
    expect(back.state.status).not.toBe('suspended');
    expect(back.state.suspendedBy).toBeNull();
  });

  it('is not recorded as an order for a suspension no one ordered (a standing of 0)', () => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 3;
    });
    const r = turn(g, { klingon: [{ type: 'embargo' }] }); // its cost takes the standing to 0
    expect(r.state.status).toBe('suspended');
    expect(r.state.suspendedBy).toBeNull();
  });

  it('leaves the suspender its share of what it banked, and the other nothing, when the Accords collapse', () => {
    let s = turn(crisis(100), { federation: [suspend] }).state;
    expect(s.phase).toBe('orders');
    const r = turn(s); // war: the risk is 100% from the second year
    s = r.state;
    expect(s.result?.kind).toBe('collapse');
    const kept = Math.floor((banked(s, 'federation') * s.rules.treaty.suspenderKeepsPercent) / 100);
    expect(kept).toBeGreaterThan(0);
    expect(s.result?.scores).toEqual({ federation: kept, klingon: 0 });
    // The end screen's lines add up to it and say why.
    const b = scoreBreakdown(s, 'federation');
    expect(b.total).toBe(kept);
    expect(b.lines.reduce((n, l) => n + l.points, 0)).toBe(kept);
    expect(b.lines.at(-1)?.label).toContain('had suspended the Accords');
    expect(scoreBreakdown(s, 'klingon').total).toBe(0);
  });

  it('keeps nothing for a suspender whose own standing fell below the line', () => {
    const s = turn(crisis(100), { federation: [suspend] }).state;
    const fallen = copyOf(s);
    fallen.powers.federation.standing = 5;
    expect(blameless(fallen)).toBeNull();
    const r = turn(fallen);
    expect(r.state.result?.kind).toBe('collapse');
    expect(r.state.result?.scores).toBeNull();
  });

  it('a declared war is still scored as a declared war', () => {
    const s = turn(crisis(0), { federation: [suspend] }).state;
    expect(collapseScores(s, 'klingon')).toEqual({
      federation: banked(s, 'federation'),
      klingon: Math.floor((banked(s, 'klingon') * s.rules.answers.warKeepsPercent) / 100),
    });
  });

  it('a collapse with no suspension on record leaves both nothing', () => {
    const g = miniGame((s) => {
      s.status = 'suspended';
      s.suspendedSince = 2300;
      withRules(s, { treaty: { warRiskPercent: 100 } });
    });
    const r = turn(turn(g).state);
    expect(r.state.result?.kind).toBe('collapse');
    expect(r.state.result?.scores).toBeNull();
  });

  it('with no order on record, keeps the case of the one power whose standing held at the line (rules version 26)', () => {
    // The Empire's standing falls to 0 and suspends the Accords: no order of the Federation's could.
    const g = miniGame((s) => {
      s.powers.klingon.standing = 3;
      withRules(s, { treaty: { warRiskPercent: 100, warRiskPerOpenViolationPercent: 0 } });
    });
    const fell = turn(g, { klingon: [{ type: 'embargo' }] }).state;
    expect([fell.status, fell.suspendedBy]).toEqual(['suspended', null]);
    expect(blameless(fell)).toBe('federation');
    const r = turn(fell); // war: the risk is 100% from the second year
    const s = r.state;
    expect(s.result?.kind).toBe('collapse');
    const kept = Math.floor((banked(s, 'federation') * s.rules.treaty.suspenderKeepsPercent) / 100);
    expect(kept).toBeGreaterThan(0);
    expect(s.result?.scores).toEqual({ federation: kept, klingon: 0 });
    expect(scoreBreakdown(s, 'federation').lines.at(-1)?.label).toBe(
      "The collapse (The Federation's standing held at 20 or more, the other's did not: it keeps 50% of what it banked, the other nothing)",
    );
    // Both at the line, or both below it: no case, as before.
    const both = copyOf(fell);
    both.powers.klingon.standing = 20;
    expect(blameless(both)).toBeNull();
    both.powers.klingon.standing = 5;
    both.powers.federation.standing = 19;
    expect(blameless(both)).toBeNull();
  });

  it('a scenario may set the share kept', () => {
    let s = turn(crisis(100, { suspenderKeepsPercent: 100 }), { federation: [suspend] }).state;
    s = turn(s).state;
    expect(s.result?.scores).toEqual({ federation: banked(s, 'federation'), klingon: 0 });
  });
});

describe('the AI’s suspension', () => {
  /**
   * The Federation, in good standing, faces a Klingon Empire at `standing`, with `banked` points
   * banked; `breach`: a Klingon violation seen this year (the Federation is wronged).
   */
  function facing(standing: number, banked: number, breach = false, rules: RulesInput = {}): GameState {
    const g = miniGame((s) => {
      s.powers.federation.standing = 80;
      s.powers.klingon.standing = standing;
      withRules(s, rules);
    });
    const s = copyOf(g);
    s.powers.federation.banked.honour = banked;
    if (breach)
      s.ledger = Chronicle.of([
        {
          year: s.year,
          party: 'klingon',
          article: 'I',
          kind: 'violation',
          code: 'I/covert',
          delta: -10,
          priors: 0,
          text: 'A covert act seen.',
        },
      ]);
    return s;
  }
  const suspends = (who: 'pragmatist' | 'hawk' | 'loyalist', s: GameState) =>
    aiOrders(who, s, 'federation').some((o) => o.type === 'suspend-accords');

  it('a pragmatist suspends when it has much banked to keep, the other near 0 and breaking the articles', () => {
    expect(suspends('pragmatist', facing(2, 1200, true))).toBe(true);
  });

  it('a pragmatist keeps faith when the other may recover, or when it has little banked', () => {
    expect(suspends('pragmatist', facing(19, 400))).toBe(false);
    expect(suspends('pragmatist', facing(2, 0, true))).toBe(false);
  });

  it('a pragmatist counts the price of a suspension walked back (rules version 10)', () => {
    expect(suspends('pragmatist', facing(2, 240))).toBe(false);
    expect(suspends('pragmatist', facing(2, 240, false, { crisis: { walkedBackPoints: 0 } }))).toBe(true);
  });

  it('a hawk weighs it too (it suspends with much banked, not with nothing); a loyalist never suspends', () => {
    expect(suspends('hawk', facing(2, 1200, true))).toBe(true);
    expect(suspends('hawk', facing(2, 0, true))).toBe(false);
    expect(suspends('loyalist', facing(2, 1200, true))).toBe(false);
  });
});
