// Pressure that never stops (DESIGN.md section 15.2, rules version 6): trust must be renewed, support
// answers to what the government wants, addresses tire, and each level of development costs more.
import { describe, expect, it } from 'vitest';
import { cloneState, developCostOf, type GameState } from '../../src/sim/index';
import { shrunk } from '../../src/sim/ledger';
import { miniGame, turn, withPressure, withRules } from './fixtures';

function withPowers(edit: (g: GameState) => void): GameState {
  const g = cloneState(miniGame(withPressure));
  edit(g);
  return g;
}

describe('standing', () => {
  it('pays the clean-year reward only below cleanYearBelow', () => {
    const at = turn(miniGame(withPressure)).state; // 60: no reward
    expect(at.powers.federation.standing).toBe(60);
    const below = turn(withPowers((g) => (g.powers.federation.standing = 50))).state;
    expect(below.powers.federation.standing).toBe(51);
  });

  it('ebbs above driftAbove in a year without an act of faith, and not below the line', () => {
    const r = turn(withPowers((g) => (g.powers.federation.standing = 90)));
    expect(r.state.powers.federation.standing).toBe(89);
    expect(r.report.ledger.some((e) => e.code === 'drift' && e.delta === -1)).toBe(true);
    // It names what would have counted (a player who sent aid early saw 'no act of faith').
    expect(r.report.ledger.find((e) => e.code === 'drift')?.text).toContain(
      'aid judged in full at its deadline, an extradition, arbitration, a summit both powers attend that earns standing, war aid that earns standing (once a war), reparations',
    );
    const line = turn(withPowers((g) => (g.powers.federation.standing = 80))).state;
    expect(line.powers.federation.standing).toBe(80);
  });

  it('holds with an act of faith: a summit renews trust', () => {
    const g = withPowers((x) => {
      x.powers.federation.standing = 90;
      x.powers.klingon.standing = 90;
    });
    const r = turn(g, { federation: [{ type: 'summit' }], klingon: [{ type: 'summit' }] });
    // The summit's 2 shrinks to 1 at 90 (rewards shrink above 85), and no drift.
    expect(r.state.powers.federation.standing).toBe(91);
    expect(r.report.ledger.some((e) => e.code === 'drift')).toBe(false);
  });

  it('shrinks a reward near the top: in full at the line, scaled above it, none in the last points', () => {
    expect([80, 85, 90, 95, 96, 100].map((st) => shrunk(85, st, 3))).toEqual([3, 3, 2, 1, 0, 0]);
    expect(shrunk(100, 99, 3)).toBe(3);
    const at = (standing: number) => {
      const g = withPowers((x) => {
        x.powers.federation.standing = standing;
        x.powers.klingon.standing = standing;
      });
      return turn(g, { federation: [{ type: 'summit' }], klingon: [{ type: 'summit' }] });
    };
    expect(
      at(84)
        .report.ledger.filter((e) => e.code === 'summit')
        .map((e) => e.delta),
    ).toEqual([2, 2]);
    // At 97 the summit gives nothing, and is still written: an act of faith (no drift).
    const top = at(97);
    expect(top.report.ledger.filter((e) => e.code === 'summit').map((e) => e.delta)).toEqual([0, 0]);
    expect(top.report.ledger.some((e) => e.code === 'drift')).toBe(false);
    expect(top.state.powers.federation.standing).toBe(97);
    // Its words say why it moved nothing (a 0 on the ledger read as a fault).
    const words = top.report.ledger.filter((e) => e.code === 'summit').map((e) => e.text);
    expect(words).toEqual(
      [0, 1].map(() =>
        expect.stringContaining(
          'It adds no standing at 97, this near the top, but still counts as an act of faith.',
        ),
      ),
    );
    expect(at(84).report.ledger.find((e) => e.code === 'summit')?.text).not.toContain('adds no standing');
  });
});

describe('support', () => {
  it('drifts down to the rest level in a year the government got nothing it wants', () => {
    const r = turn(withPowers((g) => (g.powers.klingon.support = 80))).state;
    expect(r.powers.klingon.support).toBe(78);
    const near = turn(withPowers((g) => (g.powers.klingon.support = 51))).state;
    expect(near.powers.klingon.support).toBe(50);
    const low = turn(withPowers((g) => (g.powers.klingon.support = 40))).state;
    expect(low.powers.klingon.support).toBe(40);
  });

  it('tells a change the bound swallows, and why it moves nothing', () => {
    // The Chancellor's address, from a support of `from`: its change as the report tells it.
    const address = (from: number) =>
      turn(
        withPowers((x) => (x.powers.klingon.support = from)),
        { klingon: [{ type: 'address-council' }] },
      ).report.changes.find((c) => c.kind === 'support' && c.cause.order?.type === 'address-council');
    const capped = address(100);
    expect(capped?.kind === 'support' && capped.delta).toBe(0);
    expect(capped?.text).toContain('(support is already at 100: it moves no further)');
    const moved = address(40);
    expect(moved?.kind === 'support' && moved.delta).toBeGreaterThan(0);
    expect(moved?.text).not.toContain('already at');
  });

  it('counts half of a gain above the high line, and says so (rules version 16)', () => {
    const r = turn(
      withPowers((x) => (x.powers.klingon.support = 90)),
      { klingon: [{ type: 'address-council' }] },
    );
    const address = r.report.changes.find(
      (c) => c.kind === 'support' && c.cause.order?.type === 'address-council',
    );
    expect(address?.delta).toBe(1);
    expect(address?.text).toContain('(above 80 a gain counts half: 1 of 3)');
  });

  it('says when the cap takes part of a gain already halved (playtest 36 read "+1 … 2 of 4")', () => {
    const r = turn(
      withPowers((x) => {
        x.powers.klingon.support = 99;
        x.rules = { ...x.rules, support: { ...x.rules.support, highLine: 80, address: 6 } };
      }),
      { klingon: [{ type: 'address-council' }] },
    );
    const address = r.report.changes.find(
      (c) => c.kind === 'support' && c.cause.order?.type === 'address-council',
    );
    expect(address?.delta).toBe(1);
    expect(address?.text).toMatch(/\(above 80 a gain counts half: 3 of 6, and support stops at 100\)$/);
  });

  it('tells an address that moves no one (an order given and never mentioned reads as lost)', () => {
    const g = withPowers((x) => {
      x.powers.klingon.support = 40;
      x.powers.klingon.addressYears = [x.year - 3, x.year - 2, x.year - 1];
    });
    const r = turn(g, { klingon: [{ type: 'address-council' }] });
    const told = r.report.changes.filter(
      (c) => c.kind === 'support' && c.cause.order?.type === 'address-council',
    );
    expect(told.map((c) => [c.kind === 'support' && c.delta, c.text])).toEqual([
      [0, expect.stringContaining('It moves no one: the council has heard too many in the last 10 years.')],
    ]);
    expect(r.state.powers.klingon.addressYears).toContain(g.year);
  });

  it('does not drift in a year of growth for the Federation Council', () => {
    const grow = (support: number) =>
      turn(
        withPowers((x) => {
          x.powers.federation.support = support;
          x.powers.federation.reserves = 100; // K-7 (output 2) costs 12 + 2 × 20
        }),
        { federation: [{ type: 'develop', system: 'k7' }] },
      ).state.powers.federation.support;
    expect(grow(79)).toBe(80);
    // Above the high line the year's +1 counts half, nothing: the year still gave what it wants.
    expect(grow(90)).toBe(90);
  });

  it('gives less for each address of the last ten years', () => {
    let g = withPowers((x) => (x.powers.klingon.support = 30));
    g.lastYear = 2320;
    const gains: number[] = [];
    for (let i = 0; i < 4; i++) {
      const before = g.powers.klingon.support;
      g = turn(g, { klingon: [{ type: 'address-council' }] }).state;
      gains.push(g.powers.klingon.support - before);
    }
    expect(gains).toEqual([3, 2, 1, 0]);
    const rested = cloneState(g);
    rested.year += 10;
    const r = turn(rested, { klingon: [{ type: 'address-council' }] }).state;
    expect(r.powers.klingon.support - rested.powers.klingon.support).toBe(3);
  });
});

describe('development', () => {
  it('costs more at each level', () => {
    const e = miniGame(withPressure).rules.economy;
    expect([developCostOf(e, 0), developCostOf(e, 2), developCostOf(e, 6)]).toEqual([12, 52, 132]);
    const flat = miniGame((s) => withRules(s, { economy: { developCostPerLevel: 0 } })).rules.economy;
    expect(developCostOf(flat, 6)).toBe(12);
  });

  it('is paid at the level the system has', () => {
    const g = withPowers((x) => (x.powers.federation.reserves = 200));
    const r = turn(g, { federation: [{ type: 'develop', system: 'vulcan' }] });
    const paid = r.report.changes.find((c) => c.kind === 'reserves' && c.text.includes('developed'));
    expect(paid?.delta).toBe(-132); // output 6: 12 + 6 × 20
  });
});
