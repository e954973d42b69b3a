import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/sim/index';
import { addEvents, miniGame, qonosDisaster, type TimelineInput, turn } from './fixtures';

// Rules version 30: the lull. A run of years whose new events ask a power nothing makes each draw
// likelier, by `events.lullPercent` points a year, counting the power left alone longer.
const voices = { type: 'domestic', weight: 1, party: 'federation', faction: 'doves', support: 1 } as const;
const quiet = (s: GameState) => [s.powers.federation.quietYears, s.powers.klingon.quietYears];
const drawn = (s: GameState) => s.events.filter((e) => !e.scripted).length;

describe('what an event asks, by kind (the first year: [Federation, Empire] quiet years)', () => {
  const first = (event: TimelineInput) =>
    quiet(
      miniGame((input) => {
        input.rules = { events: { drawsPerYear: 0, chancePercent: 0, lullPercent: 0 } };
        addEvents(input, event);
      }),
    );
  const cases: [string, TimelineInput, number[]][] = [
    ["a disaster on the Empire asks the Federation's relief", qonosDisaster({ year: 2300 }), [0, 1]],
    [
      "a disaster on the Federation asks the Empire's",
      qonosDisaster({ year: 2300, victim: 'federation', system: 'vulcan' }),
      [1, 0],
    ],
    ['a disaster that needs nothing asks nothing', qonosDisaster({ year: 2300, need: 0 }), [1, 1]],
    [
      "a third power's disaster asks both",
      qonosDisaster({ year: 2300, victim: 'romulan', system: 'romulus' }),
      [0, 0],
    ],
    [
      'a renegade asks the power it comes from',
      { year: 2300, type: 'renegade', origin: 'klingon', fugitive: 'Vorka' } as TimelineInput,
      [1, 0],
    ],
    [
      'a raid asks both',
      {
        year: 2300,
        type: 'incursion',
        attacker: 'tholian',
        victim: 'federation',
        target: 'vulcan',
        strength: 6,
      } as TimelineInput,
      [0, 0],
    ],
    [
      'a claim asks both',
      { year: 2300, type: 'dispute', system: 'archanis', claimant: 'klingon' } as TimelineInput,
      [0, 0],
    ],
    [
      'a pact offered (in the Federation’s name: a scripted event draws 0) asks the Empire',
      { year: 2300, type: 'trade', kind: 'pact-offer' } as TimelineInput,
      [1, 0],
    ],
    [
      'a tariff quarrel asks both (even with no pact for it to end: the draw, not the state, counts)',
      { year: 2300, type: 'trade', kind: 'tariff-quarrel' } as TimelineInput,
      [0, 0],
    ],
    ['a leak asks nothing', { year: 2300, type: 'exposure' } as TimelineInput, [1, 1]],
  ];
  for (const [what, event, expected] of cases) it(what, () => expect(first(event)).toEqual(expected));
});

describe('the lull', () => {
  it('counts the years in a row whose events ask a power nothing (voices at home ask nothing)', () => {
    let s = miniGame((input) => {
      input.rules = { events: { drawsPerYear: 1, chancePercent: 100, lullPercent: 0 } };
      input.eventTable = [voices];
    });
    expect(drawn(s)).toBe(1);
    expect(quiet(s)).toEqual([1, 1]);
    s = turn(s).state;
    s = turn(s).state;
    expect(quiet(s)).toEqual([3, 3]);
  });

  it("a disaster asks the signatory other than its victim: the Federation's count starts again, the Empire's runs on", () => {
    let s = miniGame((input) => {
      input.rules = { events: { drawsPerYear: 0, chancePercent: 0, lullPercent: 0 } };
      addEvents(input, qonosDisaster({ year: 2303 }));
    });
    const start = s.year;
    expect(start).toBeLessThan(2303);
    while (s.year < 2303) s = turn(s).state;
    expect(s.events.map((e) => e.type)).toEqual(['disaster']);
    expect(quiet(s)).toEqual([0, 2303 - start + 1]);
    // A year asking nothing again: the Federation counts from 1.
    s = turn(s).state;
    expect(quiet(s)).toEqual([1, 2303 - start + 2]);
  });

  it('makes each draw likelier by lullPercent points for each quiet year, from a chance of 0', () => {
    const game = (lull: number) =>
      miniGame((input) => {
        input.rules = { events: { drawsPerYear: 1, chancePercent: 0, lullPercent: lull } };
        input.eventTable = [voices];
      });
    // At 50 points a year: the first year (no quiet yet) draws at 0%, the third at 100%, and the
    // voices (asking nothing) keep the count running, so every year from the third brings them.
    let s = game(50);
    expect(drawn(s)).toBe(0);
    s = turn(s).state;
    s = turn(s).state;
    for (let year = 0; year < 5; year++) {
      expect(quiet(s)[0]).toBeGreaterThanOrEqual(2);
      expect(drawn(s)).toBe(1);
      s = turn(s).state;
    }
    // Without the lull a chance of 0 brings nothing, however long the quiet.
    let still = game(0);
    for (let year = 0; year < 8; year++) {
      expect(drawn(still)).toBe(0);
      still = turn(still).state;
    }
    expect(quiet(still)).toEqual([9, 9]);
  });

  it('a year that asks a power something ends the lull it counted: the chance falls back', () => {
    // A disaster on a random party at a chance of 0, lull 100: it comes in the second year and asks
    // the other party; the victim's count runs on, so the year after draws again.
    let s = miniGame((input) => {
      input.rules = { events: { drawsPerYear: 1, chancePercent: 0, lullPercent: 100 } };
      input.eventTable = [{ type: 'disaster', weight: 1, victim: 'any', need: 5, deadline: 1 }];
    });
    expect(drawn(s)).toBe(0);
    expect(quiet(s)).toEqual([1, 1]);
    s = turn(s).state;
    expect(drawn(s)).toBe(1);
    const victim = s.obligations.find((o) => o.kind === 'aid')?.victim;
    expect(victim === 'federation' || victim === 'klingon').toBe(true);
    const asked = victim === 'federation' ? 'klingon' : 'federation';
    expect(s.powers[asked].quietYears).toBe(0);
    expect(s.powers[victim as 'federation' | 'klingon'].quietYears).toBe(2);
    // The lull counts the power left alone longer: the victim's 2 years make the next draw certain,
    // though the other power was asked this year.
    s = turn(s).state;
    expect(drawn(s)).toBe(1);
  });
});
