import { describe, expect, it } from 'vitest';
import { changeWords } from '../../src/game/ui/report-lines';
import { simulate, type TurnReport } from '../../src/sim/index';
import type { GameState } from '../../src/sim/types';
import { builtin } from './fixtures';

// Issue 15: a home-politics event's support line in the year's report said only "Warriors at the
// Gate". It says when the news comes, the support before and after, and why.
describe("the report's line for a change of support an event caused", () => {
  const years: { report: TurnReport; state: GameState }[] = [];
  simulate(builtin('khitomer-accords'), {
    seed: 'newcomer',
    policies: { federation: 'loyalist', klingon: 'pragmatist' },
    maxTurns: 3,
    onTurn: (report, state) => years.push({ report, state }),
  });

  it('names the event, its year, the support before and after, and the event’s own words', () => {
    const found = years.flatMap(({ report, state }) => {
      const events = [...report.events, ...state.events];
      return report.changes
        .filter((c) => c.kind === 'support' && c.cause.event !== undefined)
        .map((c) => ({ c, event: events.find((e) => e.id === c.cause.event), events }));
    });
    const warriors = found.find((f) => f.event?.title === 'Warriors at the Gate');
    if (!warriors?.event) throw new Error('seed "newcomer" brings Warriors at the Gate by 2295');
    const { c, event, events } = warriors;
    expect(c.party).toBe('klingon');
    expect(changeWords(c, events, (t) => t)).toBe(
      `Warriors at the Gate, the news of ${event.year}: support at home ${c.from} → ${c.to}. ${event.text}`,
    );
    expect(Number(c.from) - Number(c.to)).toBe(5);
    expect(event.text).toMatch(/^The Great Houses grumble/);
  });

  it('leaves a line no event caused as its text', () => {
    const other = years
      .flatMap(({ report }) => report.changes)
      .find((c) => c.cause.event === undefined && c.kind === 'support');
    if (!other) throw new Error('the first years change support by orders or rules too');
    expect(changeWords(other, [], (t) => `«${t}»`)).toBe(`«${other.text}»`);
  });
});
