import { describe, expect, it } from 'vitest';
import { type AutotestMessage, blankScenario, runAutotest, scoreFigures } from '../../src/editor/index';
import { parseScenario, playSummary, tabulate } from '../../src/sim/index';

describe('auto-playtest', () => {
  it('plays the seeded games of a pairing and sums them up as the batch tools do', () => {
    const messages: AutotestMessage[] = [];
    runAutotest(
      { doc: blankScenario(), games: 3, pairings: [['loyalist', 'hawk']], seedPrefix: 'auto-' },
      (m) => messages.push(m),
    );
    expect(
      messages.filter((m) => m.kind === 'progress').map((m) => (m.kind === 'progress' ? m.done : 0)),
    ).toEqual([1, 2, 3]);
    const last = messages.at(-1);
    expect(last?.kind).toBe('done');
    const parsed = parseScenario(blankScenario());
    if (!parsed.ok || last?.kind !== 'done') throw new Error('unreachable');
    const expected = tabulate(
      [0, 1, 2].map((i) => {
        const r = playSummary(parsed.value, i, 'auto-', { federation: 'loyalist', klingon: 'hawk' });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      }),
    );
    expect(last.tables['loyalist-hawk']).toEqual(expected);
    expect(last.tables['loyalist-hawk']?.games).toBe(3);
    // Targets compare the nine pairings: with one, none is claimed.
    expect(last.checks).toEqual([]);
  });

  it('reports each side’s final scores: mean and spread over the games that ended with them', () => {
    const game = (i: number, scores: { federation: number; klingon: number } | null) => ({
      index: i,
      seed: `s${i}`,
      resultKind: scores ? 'centennial' : 'collapse',
      endYear: 2303,
      reachedInForce: scores !== null,
      standing: { federation: 60, klingon: 60 },
      support: { federation: 60, klingon: 60 },
      industry: { federation: 10, klingon: 10 },
      grades: null,
      scores,
      violations: { federation: {}, klingon: {} },
      orders: { federation: {}, klingon: {} },
    });
    const fed = [120, 100, 140, 90, 110, 130, 150, 105, 95, 160];
    const summaries = [...fed.map((f, i) => game(i, { federation: f, klingon: 200 - f })), game(10, null)];
    const figures = scoreFigures(summaries);
    // Sorted: 90 95 100 105 110 120 130 140 150 160 (nearest rank: p10 the 1st, median the 5th, p90 the 9th).
    expect(figures.federation).toEqual({ games: 10, mean: 120, p10: 90, median: 110, p90: 150 });
    expect(figures.klingon).toEqual({ games: 10, mean: 80, p10: 40, median: 80, p90: 105 });
    expect(scoreFigures([game(0, null)])).toEqual({ federation: null, klingon: null });

    const messages: AutotestMessage[] = [];
    runAutotest(
      { doc: blankScenario(), games: 2, pairings: [['loyalist', 'loyalist']], seedPrefix: 'sc-' },
      (m) => messages.push(m),
    );
    const last = messages.at(-1);
    if (last?.kind !== 'done') throw new Error('unfinished');
    const played = last.scores['loyalist-loyalist'];
    expect(played?.federation?.games).toBe(2);
    expect(played?.federation?.mean).toBeGreaterThan(0);
  });

  it('refuses a scenario with errors, playing nothing', () => {
    const messages: AutotestMessage[] = [];
    runAutotest(
      {
        doc: { ...blankScenario(), lastYear: 2000 },
        games: 3,
        pairings: [['loyalist', 'hawk']],
        seedPrefix: 'x',
      },
      (m) => messages.push(m),
    );
    expect(messages).toEqual([{ kind: 'failed', message: 'the scenario has errors: mend them first' }]);
  });
});
