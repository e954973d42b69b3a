import { describe, expect, it } from 'vitest';
import { type AutotestMessage, blankScenario, runAutotest } from '../../src/editor/index';
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
