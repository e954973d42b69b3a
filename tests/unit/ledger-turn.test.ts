// A turn's ledger entries and those of the next year's events join the ledger together, once a turn
// (src/sim/resolve.ts `advance`): what the reveal charges still sees the turn's entries.
import { describe, expect, it } from 'vitest';
import { entries, miniGame, turn, withRules } from './fixtures';

function spiedAndAttacked() {
  const g = miniGame((s) => {
    s.powers.federation.fleets = [{ id: 'f1', location: 'organia', strength: 5 }];
    withRules(s, {
      treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0 },
      detection: { firstYearPercent: 0, perEmbassyLevelPercent: 0, laterPercent: 0 },
    });
    s.timeline = [{ year: 2301, type: 'exposure' }];
  });
  const r = turn(g, {
    federation: [
      { type: 'espionage', mode: 'reveal' }, // unseen in 2300, leaked as 2301 opens
      { type: 'attack', fleet: 'f1', target: 'narendra' },
    ],
  });
  return { before: g, ...r };
}

describe('the ledger at the turn’s end', () => {
  it('counts the turn’s own violations as priors of an exposure revealed as the next year opens', () => {
    const { state } = spiedAndAttacked();
    const at = state.ledger.toArray().findIndex((e) => e.code === 'I/attack');
    expect(state.ledger.at(at)).toMatchObject({ year: 2300, party: 'federation', article: 'I' });
    // The leak is charged after the attack, with the attack as a prior of Article I.
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(state.ledger.length - 1);
    expect(state.ledger.at(-1)).toMatchObject({ year: 2301, kind: 'exposure', code: 'I/covert', priors: 1 });
  });

  it('reports the year’s entries only, and leaves the state the turn began from as it was', () => {
    const { before, state, report } = spiedAndAttacked();
    const was = before.ledger.slice();
    expect(entries(report, 'federation', 'I/attack')).toHaveLength(1);
    expect(report.ledger.every((e) => e.year === 2300)).toBe(true);
    expect(before.ledger.toArray()).toEqual(was);
    expect(state.ledger.slice(0, was.length)).toEqual(was);
    expect(state.ledger.length).toBeGreaterThan(was.length + 1);
  });
});
