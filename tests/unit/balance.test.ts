// A quick balance run: a few hundred seeded games of the pairings the targets of DESIGN.md
// section 14 name, on seeds other than levels/BALANCE.md's. It fails when the game drifts far
// outside the targets (with some slack for the small sample); the full measurement of 1,000 seeds
// a pairing is `npm run balance`.
import { describe, expect, it } from 'vitest';
import {
  type BatchTable,
  checkBalance,
  type GameSummary,
  loadBuiltinScenario,
  type Pairing,
  pairingOf,
  playSummary,
  tabulate,
} from '../../src/sim/index';
import type { AiPersonality } from '../../src/sim/support';

const GAMES = 60;
const PAIRINGS: [AiPersonality, AiPersonality][] = [
  ['loyalist', 'loyalist'],
  ['pragmatist', 'pragmatist'],
  ['hawk', 'hawk'],
  ['loyalist', 'pragmatist'],
  ['pragmatist', 'loyalist'],
];

describe('balance (quick run)', () => {
  const scenario = loadBuiltinScenario('khitomer-accords');
  if (!scenario.ok) throw new Error('the campaign does not load');
  const tables: Partial<Record<Pairing, BatchTable>> = {};
  for (const [f, k] of PAIRINGS) {
    const summaries: GameSummary[] = [];
    for (let i = 0; i < GAMES * (f === 'pragmatist' && k === 'pragmatist' ? 3 : 1); i++) {
      const r = playSummary(scenario.value, i, 'quick-', { federation: f, klingon: k });
      if (!r.ok) throw new Error(r.error.message);
      summaries.push(r.value);
    }
    tables[pairingOf(f, k)] = tabulate(summaries);
  }
  const checks = checkBalance(tables, { share: 0.12 });

  it.each(checks.map((c) => [c.target, c] as const))('%s', (_name, check) => {
    expect(check.ok, `${check.target}: measured ${check.measured}`).toBe(true);
  });

  it('tells the personalities apart: the loyalist breaks few articles, the others many', () => {
    const ll = tables['loyalist-loyalist'] as BatchTable;
    const pp = tables['pragmatist-pragmatist'] as BatchTable;
    const hh = tables['hawk-hawk'] as BatchTable;
    const total = (t: BatchTable) =>
      Object.values(t.violationsPerGame.federation).reduce((a, b) => a + b, 0) +
      Object.values(t.violationsPerGame.klingon).reduce((a, b) => a + b, 0);
    // A loyalist breaks an article only to save its government (a hero sheltered when handing him
    // over would bring it down), when a year's disasters ask more aid than its reserves, or through
    // the successor of a government that fell anyway: another personality since rules version 7.
    expect(total(ll)).toBeLessThan(total(pp) / 5);
    expect(total(pp)).toBeGreaterThan(1);
    // The hawk grabs territory: it seizes or occupies (Article VI) far more than the pragmatist.
    const vi = (t: BatchTable) => t.violationsPerGame.federation.VI + t.violationsPerGame.klingon.VI;
    const years = (t: BatchTable) => t.meanEndYear - 2293;
    expect(vi(hh) / years(hh)).toBeGreaterThan(vi(pp) / years(pp));
  });
});
