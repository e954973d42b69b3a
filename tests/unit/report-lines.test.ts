import { describe, expect, it } from 'vitest';
import { changeWords, splitComing } from '../../src/game/ui/report-lines';
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

// Playtest 16: the year's report listed the next year's events, revealed as the year ended, under
// "Embassies, obligations, trade" as if they were this year's diplomacy. They are told apart.
describe("the report's news of the coming year", () => {
  const years: { report: TurnReport; state: GameState }[] = [];
  simulate(builtin('khitomer-accords'), {
    seed: 'newcomer',
    policies: { federation: 'loyalist', klingon: 'pragmatist' },
    maxTurns: 6,
    onTurn: (report, state) => years.push({ report, state }),
  });

  it("puts each event revealed as the year ends, and what it moved, in the coming year's news", () => {
    let told = 0;
    for (const { report, state } of years) {
      const events = [...report.events, ...state.events];
      const { year, coming } = splitComing(report.changes, events, report.year);
      const next = state.events.filter((e) => e.year === report.year + 1);
      // Each of the new year's events is said once, among the coming year's news, never in the year's.
      for (const e of next) {
        const line = `${e.title}: ${e.text}`;
        expect(coming.filter((c) => c.text === line)).toHaveLength(1);
        expect(year.some((c) => c.text === line)).toBe(false);
        told += 1;
      }
      // The year's own events stay the year's; every change is in one group, in its order.
      for (const e of report.events) expect(coming.some((c) => c.cause.event === e.id)).toBe(false);
      expect(coming.every((c) => next.some((e) => e.id === c.cause.event))).toBe(true);
      expect([...year, ...coming].length).toBe(report.changes.length);
      expect(year).toEqual(report.changes.filter((c) => !coming.includes(c)));
    }
    if (told < 3) throw new Error('seed "newcomer" reveals several events in its first six years');
    if (!years.some(({ report }) => report.events.length > 0)) throw new Error('some year has its events');
  });
});
