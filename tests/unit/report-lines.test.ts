import { describe, expect, it } from 'vitest';
import { signed } from '../../src/game/ui/numbers';
import {
  atBound,
  boundedLines,
  ceilingWords,
  changeWords,
  driftWords,
  endedLine,
  foldLines,
  isCeiling,
  reservesLine,
  splitComing,
  toneOf,
} from '../../src/game/ui/report-lines';
import { type Change, createGame, simulate, type TurnReport } from '../../src/sim/index';
import type { GameState } from '../../src/sim/types';
import { builtin, miniGame, turn, withRules } from './fixtures';

// Issue 15: a home-politics event's support line in the year's report said only "Warriors at the
// Gate". It says when the news comes, the support before and after, and why.
/** A change of a power's reserves, as the report tells it. */
function reserves(party: 'federation' | 'klingon', delta: number, text: string, from: number): Change {
  return { kind: 'reserves', party, delta, from, to: from + delta, article: null, cause: {}, text };
}

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

// The playtest (seed play20): reserves went 7 → 54 between 2293 and 2294 and the report said nothing.
describe("the report's line on the reader's reserves", () => {
  const years: { report: TurnReport; state: GameState }[] = [];
  simulate(builtin('khitomer-accords'), {
    seed: 'play20',
    policies: { federation: 'pragmatist', klingon: 'hawk' },
    maxTurns: 8,
    onTurn: (report, state) => years.push({ report, state }),
  });

  it('sums every cause of the year once, from the reserves before to those after', () => {
    let told = 0;
    for (const { report, state } of years) {
      const events = [...report.events, ...state.events];
      const year = splitComing(report.changes, events, report.year).year;
      const line = reservesLine(year, 'klingon', (t) => t);
      const moves = year.filter((c) => c.kind === 'reserves' && c.party === 'klingon');
      if (moves.length === 0) {
        expect(line).toBeNull();
        continue;
      }
      told++;
      const sum = moves.reduce((n, c) => n + (c.delta ?? 0), 0);
      expect(line?.delta).toBe(sum);
      expect(line?.text).toMatch(new RegExp(`^Reserves ${moves[0]?.from} → ${moves.at(-1)?.to} \\(`));
      // Income is said with what it came to; each cause once.
      expect(line?.text).toMatch(/Income \d+, upkeep \d+: [+−±]\d+/);
      const causes = (line?.text ?? '')
        .split('; ')
        .map((p) => p.replace(/^.*?\): /, '').replace(/: [+−±]\d+\.?$/, ''));
      expect(new Set(causes).size).toBe(causes.length);
    }
    expect(told).toBeGreaterThan(4);
  });

  it('says nothing of the other power’s reserves, and sums a cause given twice', () => {
    const line = reservesLine(
      [
        reserves('klingon', 40, 'Income 43, upkeep 3.', 7),
        reserves('federation', -9, 'Aid for Qo’noS.', 30),
        reserves('klingon', 5, 'Aid arrives from the Federation.', 47),
        reserves('klingon', 4, 'Aid arrives from the Federation.', 52),
        reserves('klingon', -2, 'Reserves go missing.', 56),
      ],
      'klingon',
      (t) => t,
    );
    expect(line).toEqual({
      delta: 47,
      text: 'Reserves 7 → 54 (+47): Income 43, upkeep 3: +40; Aid arrives from the Federation (2 times): +9; Reserves go missing: −2.',
    });
  });
});

// The playtest (seed play20, 2293): "+3 · The Chancellor speaks…" beside "−2 · The government has
// nothing to show this year", in the year Sherman's Planet was awarded to the Empire. The rule
// (src/sim/support.ts) weighs support gained for any cause but an address; an award brings none.
describe("the report's words for the ebb of support", () => {
  it('say an address does not count, beside the address that gave support', () => {
    const r = createGame(builtin('khitomer-accords'), {
      seed: 'play20',
      controllers: { federation: 'human', klingon: 'human' },
    });
    if (!r.ok) throw new Error(r.error.message);
    const { report } = turn(r.value, { klingon: [{ type: 'address-council' }] });
    const support = report.changes.filter((c) => c.kind === 'support' && c.party === 'klingon');
    const address = support.find((c) => c.cause.order?.type === 'address-council');
    const drift = support.find((c) => c.cause.rule === 'support-drift');
    expect(address?.delta).toBeGreaterThan(0);
    if (!drift) throw new Error('an address alone leaves support to ebb');
    expect(changeWords(drift, [], (t) => t)).toBe(
      'The High Council had nothing to cheer this year (it cheers a battle won, a world seized or conquered, defiance; not an address, nor a world the arbiters award): support ebbs toward 50.',
    );
    expect(changeWords(drift, [], (t) => t)).not.toContain('nothing to show');
    expect(driftWords('federation', drift.text)).toBe(
      'The Federation Council had nothing to cheer this year (it cheers growth ahead of the Empire, aid given, defiance; not an address): support ebbs toward 50.',
    );
  });
});

// Playtest 20: "−15 · The Klingon Empire's violations leave a grievance: its standing can rise no
// higher than 85" under a year's −15 of standing read as a second −15 (the HUD moved 15).
describe("the report's line for a grievance set", () => {
  it('is a change of the ceiling, told with the ceiling before, not a number of standing', () => {
    // Grievances on (the fixtures turn them off), at the whole of a seen violation's cost.
    const g = miniGame((s) => withRules(s, { answers: { grievancePercent: 100 } }));
    const { report } = turn(g, { federation: [{ type: 'embargo' }] });
    const set = report.changes.find((c) => c.cause.rule === 'grievance' && c.kind === 'obligation');
    if (!set) throw new Error('an embargo seen leaves a grievance');
    expect(isCeiling(set)).toBe(true);
    expect(ceilingWords(set, (t) => t)).toMatch(
      /^The Federation's violations leave a grievance: its standing can rise no higher than (\d+) \(down from 100\)\.$/,
    );
    // A ceiling raised again says so (playtest 32 read "can rise to 94 (it could rise to 84)").
    const healed: Change = {
      ...set,
      from: 84,
      to: 94,
      text: 'Reparations heal a grievance: the Federation’s standing can rise to 94.',
    };
    expect(ceilingWords(healed, (t) => t)).toBe(
      'Reparations heal a grievance: the Federation’s standing can rise to 94 (up from 84).',
    );
    // The standing's own lines are not ceilings, the scar's ledger line included.
    expect(report.changes.filter((c) => c.kind === 'standing').some(isCeiling)).toBe(false);
  });
});

describe('the changes of support a bound swallowed', () => {
  const at100 = (party: 'federation' | 'klingon', text: string): Change => ({
    kind: 'support',
    party,
    delta: 0,
    from: 100,
    to: 100,
    article: null,
    cause: { rule: 'war' },
    text: `${text} (support is already at 100: it moves no further)`,
  });

  it('are told once a power, each cause once, and only they (playtest 23)', () => {
    const moved: Change = {
      ...at100('klingon', 'Boreth is held.'),
      delta: 3,
      from: 90,
      to: 93,
      text: 'Boreth is held.',
    };
    const changes = [
      at100('klingon', 'Kurvak is cheered as a hero.'),
      at100('klingon', 'Boreth is held.'),
      at100('klingon', 'Boreth is held.'),
      moved,
    ];
    expect(boundedLines(changes)).toEqual([
      'The Klingon Empire · support was at 100 when these came, and they moved it no further: Kurvak is cheered as a hero; Boreth is held.',
    ]);
    expect(changes.filter(atBound)).toHaveLength(3);
    expect(atBound(moved)).toBe(false);
    expect(boundedLines([moved])).toEqual([]);
  });
});

// Playtest 25 (Eve, 2294): two orders to build 2 ships at Qo'noS read "2 ships built at Qo'noS: −16"
// beside the fleet's "+4 (+2, 2 times) · 2 ships join the fleet": 2 ships cost 8. The reserves line
// folds a cause given twice the way the fleet's line does.
describe('the reserves line for an order given twice', () => {
  it('says the sum, then each and how many times', () => {
    const build = { type: 'build' as const, system: 'qonos', ships: 2 };
    const { report } = turn(miniGame(), { klingon: [build, build] });
    const built = report.changes.filter(
      (c) => c.kind === 'reserves' && c.party === 'klingon' && c.cause.order?.type === 'build',
    );
    expect(built).toHaveLength(2);
    const each = built[0]?.delta ?? 0;
    expect(each).toBeLessThan(0);
    expect(built[1]?.delta).toBe(each);
    const line = reservesLine(report.changes, 'klingon', (t) => t)?.text ?? '';
    const cause = built[0]?.text.replace(/\.$/, '') ?? '?';
    expect(cause).toMatch(/^2 ships built at qonos$|^2 ships built at Qo'noS$/);
    expect(line).toContain(`${cause}: ${signed(2 * each)} (${signed(each)}, 2 times)`);
    // Said once: not "2 ships … −16" alone.
    expect(line.split(cause)).toHaveLength(2);
    const fleet = foldLines(
      report.changes
        .filter((c) => c.kind === 'fleet' && c.party === 'klingon')
        .map((c) => ({ tone: 'good', head: '', delta: c.delta, words: c.text })),
    );
    expect(fleet.map((f) => f.text)).toContain(
      `+4 (+2, 2 times) · ${report.changes.find((c) => c.kind === 'fleet' && c.party === 'klingon')?.text}`,
    );
  });

  it('a cause of different sums says how many times, and a cause once stays as it was', () => {
    const change = (delta: number, text: string, from: number) => reserves('klingon', delta, text, from);
    expect(
      reservesLine(
        [
          change(-8, '2 ships built at Qo’noS.', 40),
          change(-8, '2 ships built at Qo’noS.', 32),
          change(5, 'Aid.', 24),
        ],
        'klingon',
        (t) => t,
      )?.text,
    ).toBe('Reserves 40 → 29 (\u221211): 2 ships built at Qo’noS: \u221216 (\u22128, 2 times); Aid: +5.');
    expect(reservesLine([change(5, 'Aid.', 10), change(4, 'Aid.', 15)], 'klingon', (t) => t)?.text).toBe(
      'Reserves 10 → 19 (+9): Aid (2 times): +9.',
    );
  });
});

// Playtest 25 (2299, 2311): the news of a covert act come to light read "— 35 standing, with the
// cover-up", a dash where every other line writes "−35".
describe('the news of an act come to light', () => {
  it('writes its cost with the minus sign, as every other line does', () => {
    const found: { c: Change; events: TurnReport['events'] }[] = [];
    simulate(builtin('khitomer-accords'), {
      seed: 'ui26',
      policies: { federation: 'idle', klingon: 'pragmatist' },
      maxTurns: 6,
      onTurn: (report, state) => {
        const events = [...report.events, ...state.events];
        for (const c of splitComing(report.changes, events, report.year).coming)
          if (/standing, with the cover-up\.$/.test(c.text)) found.push({ c, events });
      },
    });
    const leak = found[0];
    if (!leak) throw new Error('seed "ui26" brings a leak of a covert act by 2298');
    const n = /\u2212(\d+) standing/.exec(leak.c.text)?.[1];
    expect(Number(n)).toBeGreaterThan(0);
    const words = changeWords(leak.c, leak.events, (t) => t);
    expect(words).toContain(`. \u2212${n} standing, with the cover-up.`);
    expect(words).not.toMatch(/\u2014\s*\d/);
    expect(words).toBe(leak.c.text);
  });
});

describe('a line’s colour', () => {
  it('is red for a loss, green for a gain, and neither for a change of nothing or a line with no number', () => {
    expect(toneOf(-3)).toBe('bad');
    expect(toneOf(2)).toBe('good');
    // "±0 · The Chancellor speaks before the High Council. It moves no one": not a gain.
    expect(toneOf(0)).toBe('');
    expect(toneOf(undefined)).toBe('');
  });
});

describe('the report of the year that ends the game', () => {
  const ended = (kind: 'collapse' | 'centennial', year: number) =>
    ({ result: { ...(miniGame().result ?? {}), kind, year } }) as Pick<GameState, 'result'>;

  it('says the later years its lines name will not come: the collapse’s own year, the centennial’s year before', () => {
    expect(endedLine({ year: 2328 }, ended('collapse', 2328))).toMatch(
      /^The game ends with this year .*will not come\.$/,
    );
    expect(endedLine({ year: 2392 }, ended('centennial', 2393))).not.toBeNull();
  });

  it('says nothing in any other year’s report, nor while the game goes on', () => {
    expect(endedLine({ year: 2327 }, ended('collapse', 2328))).toBeNull();
    expect(endedLine({ year: 2393 }, ended('centennial', 2393))).toBeNull();
    expect(endedLine({ year: 2300 }, miniGame())).toBeNull();
  });
});
