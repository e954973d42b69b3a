// The year's ledger entries tallied once (src/sim/year-tally.ts): what step h and the year's record
// read, counted from the ledger's tail of the year and the entries still pending.

import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/sim/chronicle';
import { appendLedger, createContext } from '../../src/sim/context';
import { simulate } from '../../src/sim/index';
import type { LedgerEntry, Party } from '../../src/sim/types';
import { YearTally } from '../../src/sim/year-tally';
import { builtin, miniGame, withRules } from './fixtures';

function entry(
  year: number,
  party: Party,
  kind: LedgerEntry['kind'],
  code: string,
  delta: number,
): LedgerEntry {
  return { year, party, article: kind === 'reward' ? null : 'I', kind, code, delta, priors: 0, text: code };
}

describe('the year tally', () => {
  it('counts the year’s entries on the ledger and pending, and none of the year before', () => {
    const g = miniGame((s) => withRules(s, { answers: { grievancePercent: 50 } }));
    g.ledger = Chronicle.of([
      entry(g.year - 1, 'federation', 'violation', 'I/old', -9),
      entry(g.year, 'federation', 'violation', 'I/a', -5),
      entry(g.year, 'klingon', 'reward', 'summit', 4),
    ]);
    const ctx = createContext(g);
    appendLedger(ctx, entry(g.year, 'federation', 'exposure', 'I/b', -3));
    appendLedger(ctx, entry(g.year, 'klingon', 'reward', 'clean-year', 2));
    const tally = new YearTally(ctx);
    // Federation: two seen (-5 and -3), grievance floor(2.5) + floor(1.5) = 3, no act of faith.
    expect(tally.of('federation')).toEqual({ seen: 2, faith: false, delta: -8, grievance: 3 });
    // Klingon: rewards only; the summit is an act of faith, the clean year is not.
    expect(tally.of('klingon')).toEqual({ seen: 0, faith: true, delta: 6, grievance: 0 });
    expect(tally.seen()).toEqual({ federation: 2, klingon: 0 });
  });

  it('takes in the entries made after it was first read', () => {
    const g = miniGame();
    g.ledger = Chronicle.of();
    const ctx = createContext(g);
    const tally = new YearTally(ctx);
    expect(tally.of('klingon')).toEqual({ seen: 0, faith: false, delta: 0, grievance: 0 });
    appendLedger(ctx, entry(g.year, 'klingon', 'reward', 'III/war-aid', 3));
    appendLedger(ctx, entry(g.year, 'klingon', 'violation', 'I/c', -10));
    const k = tally.of('klingon');
    expect(k.faith).toBe(true);
    expect(k.seen).toBe(1);
    expect(k.delta).toBe(-7);
    expect(k.grievance).toBe(Math.floor((10 * g.rules.answers.grievancePercent) / 100));
    expect(tally.seen()).toEqual({ federation: 0, klingon: 1 });
  });

  it('gives each year’s record the violations seen in that year’s report, not the next year’s events', () => {
    let years = 0;
    let seenAny = 0;
    simulate(builtin('khitomer-accords'), {
      seed: 'tally',
      policies: { federation: 'hawk', klingon: 'random' },
      onTurn: (report, state) => {
        const record = state.history.at(-1);
        const seen = { federation: 0, klingon: 0 };
        for (const e of report.ledger) if (e.kind !== 'reward' && e.article !== null) seen[e.party]++;
        expect(record?.year).toBe(report.year);
        expect(record?.violations).toEqual(seen);
        years++;
        seenAny += seen.federation + seen.klingon;
      },
    });
    expect(years).toBeGreaterThan(5);
    expect(seenAny).toBeGreaterThan(0); // the game had violations to count
  });
});
