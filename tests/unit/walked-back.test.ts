// Rules version 10: a suspension on record that a summit walks back (the other power recovered)
// costs the suspender `crisis.walkedBackPoints` of its score, once for each time; no one else pays.
import { describe, expect, it } from 'vitest';
import { type GameState, type Order, scoreBreakdown } from '../../src/sim/index';
import { walkedBackCost } from '../../src/sim/suspension';
import { copyOf, miniGame, type RulesInput, turn, withRules } from './fixtures';

const suspend: Order = { type: 'suspend-accords' };
const summit: Order = { type: 'summit' };

/** Klingon standing below the line, no war risk (the crisis lasts until a summit or its years end). */
function crisis(rules: RulesInput = {}): GameState {
  return miniGame((s) => {
    s.powers.klingon.standing = 10;
    withRules(s, { treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0 }, ...rules });
  });
}

/** The suspended Accords with the Klingon standing back above the line, restored by a summit. */
function restored(s: GameState): ReturnType<typeof turn> {
  const healed = copyOf(s);
  healed.powers.klingon.standing = 30;
  return turn(healed, { federation: [summit], klingon: [summit] });
}

describe('a suspension walked back', () => {
  it('costs the suspender the price, says so, and costs the other power nothing', () => {
    const s = turn(crisis(), { federation: [suspend] }).state;
    expect(s.suspendedBy).toBe('federation');
    expect(s.walkedBack).toEqual([]);
    const r = restored(s);
    expect(r.state.status).not.toBe('suspended');
    expect(r.state.walkedBack).toEqual(['federation']);
    const said = r.report.changes.find((c) => c.kind === 'treaty' && c.cause.rule === 'walked-back');
    expect(said?.party).toBe('federation');
    expect(said?.text).toContain('costs it 100 points');
    expect(walkedBackCost(r.state, 'federation')).toBe(-100);
    expect(walkedBackCost(r.state, 'klingon')).toBe(0);
  });

  it('is charged once for each suspension walked back', () => {
    const once = restored(turn(crisis(), { federation: [suspend] }).state).state;
    const again = copyOf(once);
    again.powers.klingon.standing = 10;
    const twice = restored(turn(again, { federation: [suspend] }).state).state;
    expect(twice.walkedBack).toEqual(['federation', 'federation']);
    expect(walkedBackCost(twice, 'federation')).toBe(-200);
  });

  it('costs no one when the suspension was no one’s order (a standing of 0)', () => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 3;
    });
    const s = turn(g, { klingon: [{ type: 'embargo' }] }).state; // its cost takes the standing to 0
    expect(s.status).toBe('suspended');
    const r = restored(s);
    expect(r.state.status).not.toBe('suspended');
    expect(r.state.walkedBack).toEqual([]);
    expect(r.report.changes.some((c) => c.cause.rule === 'walked-back')).toBe(false);
  });

  it('shows on the suspender’s score as its own line, and the lines add up to the total', () => {
    const s = restored(turn(crisis(), { federation: [suspend] }).state).state;
    const fed = scoreBreakdown(s, 'federation');
    const line = fed.lines.find((l) => l.source === 'walked-back');
    expect(line?.points).toBe(-100);
    expect(fed.total).toBe(fed.lines.reduce((n, l) => n + l.points, 0));
    const kl = scoreBreakdown(s, 'klingon');
    expect(kl.lines.some((l) => l.source === 'walked-back')).toBe(false);
    // Both lost the never-suspended bonus; only the suspender pays the price on top.
    expect(fed.lines.find((l) => l.source === 'never-suspended')?.points).toBe(0);
    expect(kl.lines.find((l) => l.source === 'never-suspended')?.points).toBe(0);
  });

  it('a scenario may set the price, or none', () => {
    const cheap = restored(
      turn(crisis({ crisis: { walkedBackPoints: 30 } }), { federation: [suspend] }).state,
    );
    expect(walkedBackCost(cheap.state, 'federation')).toBe(-30);
    const free = restored(turn(crisis({ crisis: { walkedBackPoints: 0 } }), { federation: [suspend] }).state);
    expect(free.state.walkedBack).toEqual(['federation']);
    expect(free.report.changes.some((c) => c.cause.rule === 'walked-back')).toBe(false);
    expect(scoreBreakdown(free.state, 'federation').lines.some((l) => l.source === 'walked-back')).toBe(
      false,
    );
  });
});
