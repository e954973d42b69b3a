// Rules version 10 (issue 16, the disaster-aid decision): the campaign's grudge is whole and long.
// A government that holds a grudge counts no cost at all in breaking faith with the power that
// failed it, for 30 years; half the aid is still short of the need and earns the same grudge.
import { describe, expect, it } from 'vitest';
import { TRAITS } from '../../src/sim/ai/personality';
import { makeEval, violationPoints } from '../../src/sim/ai/value';
import { breachWeight, debtOf } from '../../src/sim/debts';
import type { GameState, ScenarioInput } from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
import { addEvents, builtin, miniGame, qonosDisaster, type TimelineInput, turn, withRules } from './fixtures';

const OB = 'e2300-t0-aid';
const aid = (amount: number) => ({ type: 'aid' as const, target: OB, amount });
const game = () => miniGame((s: ScenarioInput) => addEvents(s, qonosDisaster()));
/** The year after the disaster, with the Federation's aid as given. */
const aidedWith = (given: number): GameState =>
  turn(game(), { federation: given > 0 ? [aid(given)] : [] }).state;

describe('the grudge of a disaster left short (rules version 10)', () => {
  it('the campaign holds it 30 years, and at full strength', () => {
    const lasting = builtin('khitomer-accords').rules.lasting;
    expect(lasting.grudgeYears).toBe(30);
    expect(lasting.grudgePercent).toBe(100);
  });

  it('none and half the need both earn it; the need in full earns gratitude', () => {
    expect(debtOf(aidedWith(0), 'klingon', 'federation')).toMatchObject({ kind: 'grudge', until: 2330 });
    expect(debtOf(aidedWith(5), 'klingon', 'federation')).toMatchObject({ kind: 'grudge', until: 2330 });
    expect(debtOf(aidedWith(10), 'klingon', 'federation')?.kind).toBe('gratitude');
  });

  it('the report says what the grudge does, until when', () => {
    const r = turn(game());
    expect(r.report.changes.map((c) => c.text)).toContainEqual(
      'The Klingon Empire will not forget this: a grudge against the Federation for the rest of the game; while it lasts, an AI governing the Klingon Empire counts no cost in breaking faith with the Federation (a player decides for themselves).',
    );
    const half = turn(
      miniGame((s: ScenarioInput) => {
        addEvents(s, qonosDisaster());
        withRules(s, { lasting: { grudgePercent: 40 } });
      }),
    );
    expect(half.report.changes.map((c) => c.text)).toContainEqual(
      expect.stringMatching(
        /for the rest of the game; while it lasts, an AI governing the Klingon Empire counts what breaking faith with the Federation costs it 40% lower, and so breaks faith sooner/,
      ),
    );
  });

  it('the aggrieved counts no cost in breaking faith with the one that failed it, and only with it', () => {
    const s = aidedWith(0);
    expect(breachWeight(s, 'klingon', 'federation')).toBe(0);
    expect(breachWeight(s, 'federation', 'klingon')).toBe(1);
    const aggrieved = makeEval(s, 'klingon', TRAITS.pragmatist);
    const offender = makeEval(s, 'federation', TRAITS.pragmatist);
    expect(violationPoints(aggrieved, 'VI/ruling-ignored', false)).toBe(0);
    expect(violationPoints(offender, 'VI/ruling-ignored', false)).toBeGreaterThan(0);
    // Grateful instead, it weighs the breach as ever (gratitudePercent is 0 in the campaign).
    const grateful = makeEval(aidedWith(10), 'klingon', TRAITS.pragmatist);
    expect(violationPoints(grateful, 'VI/ruling-ignored', false)).toBeGreaterThan(0);
  });

  it('a sheltered fugitive earns a lighter, shorter grudge than a disaster left short', () => {
    const lasting = builtin('khitomer-accords').rules.lasting;
    expect([lasting.shelterGrudgeYears, lasting.shelterGrudgePercent]).toEqual([20, 50]);
    const g = miniGame((s: ScenarioInput) =>
      addEvents(s, {
        year: 2300,
        type: 'renegade',
        origin: 'klingon',
        fugitive: 'Kethral',
        deadline: 2,
      } as TimelineInput),
    );
    const r = turn(g, { klingon: [{ type: 'shelter', obligation: 'e2300-t0-extradition' }] });
    expect(debtOf(r.state, 'federation', 'klingon')).toMatchObject({
      kind: 'grudge',
      until: 2320,
      percent: 50,
    });
    expect(breachWeight(r.state, 'federation', 'klingon')).toBe(0.5);
    expect(r.report.changes.map((c) => c.text)).toContainEqual(
      'The Federation will not forget this: a grudge against the Klingon Empire until 2320; while it lasts, an AI governing the Federation counts what breaking faith with the Klingon Empire costs it 50% lower, and so breaks faith sooner (a player decides for themselves).',
    );
  });

  it('the aid order says a party left short holds a grudge; a third power’s, its grudge and raid (rules version 11)', () => {
    expect(definitionOf(aid(5)).effect(game(), 'federation', aid(5))).toBe(
      `Sends 5 reserves of aid towards what is needed (5 of 10: 5 short of the need). Unless the rest is given by the end of ${game().year}, a world left short loses output for good, and its power holds a grudge for the rest of the game.`,
    );
    // The mini game ends before 30 years are out: a grudge said "for 30 years" would outlast it. In a
    // longer game it is said in years.
    const long = { ...game(), lastYear: game().year + 31 };
    expect(definitionOf(aid(5)).effect(long, 'federation', aid(5))).toContain(
      'a world left short loses output for good, and its power holds a grudge for 30 years.',
    );
    // Each amount says where it leaves the need: short, in full, or more.
    // With the standing the deadline pays for it (playtest 20).
    expect(definitionOf(aid(10)).effect(game(), 'federation', aid(10))).toContain(
      '(10 of 10: the need in full). At the deadline it earns +3 standing.',
    );
    expect(definitionOf(aid(15)).effect(game(), 'federation', aid(15))).toContain(
      '(15 of 10: more than the need). At the deadline it earns +3 standing, and generous aid +2 standing more.',
    );
    // The price of a world left short is said only of an amount that leaves it short (issue 16).
    for (const amount of [10, 15]) {
      expect(definitionOf(aid(amount)).effect(game(), 'federation', aid(amount))).toBe(
        `Sends ${amount} reserves of aid towards what is needed (${amount} of 10: ${amount === 10 ? 'the need in full). At the deadline it earns +3 standing' : 'more than the need). At the deadline it earns +3 standing, and generous aid +2 standing more'}.`,
      );
    }
    const half = game();
    const ob = half.obligations.find((o) => o.kind === 'aid');
    if (ob?.kind !== 'aid') throw new Error('no disaster');
    ob.delivered.federation = 5;
    expect(definitionOf(aid(5)).effect(half, 'federation', aid(5))).toBe(
      'Sends 5 reserves of aid towards what is needed (10 of 10: the need in full). At the deadline it earns +3 standing.',
    );
    expect(definitionOf(aid(4)).effect(half, 'federation', aid(4))).toContain(
      '(9 of 10: 1 short of the need). Unless the rest is given by the end of',
    );
    const romulan = miniGame((s: ScenarioInput) =>
      addEvents(s, qonosDisaster({ victim: 'romulan', system: 'romulus' })),
    );
    expect(definitionOf(aid(5)).effect(romulan, 'federation', aid(5))).toBe(
      `Sends 5 reserves of relief towards what is needed (5 of 10: 5 short of the need). Unless the rest is given by the end of ${romulan.year}, the Romulan Star Empire holds a grudge for the rest of the game, sends a raid of 22 on a world of yours in its reach and again every 8 years while it lasts, and its wars seek your worlds first.`,
    );
    // A raid the game would not play is not promised: named at a deadline nine years before the end,
    // the second raid would strike after it; at the last year played, the first would.
    const relief = romulan.obligations.find((o) => o.kind === 'aid');
    if (relief?.kind !== 'aid') throw new Error('no disaster');
    relief.deadline = romulan.lastYear - 10;
    expect(definitionOf(aid(5)).effect(romulan, 'federation', aid(5))).toContain(
      'holds a grudge for the rest of the game, sends a raid of 22 on a world of yours in its reach and again every 8 years while it lasts, and',
    );
    relief.deadline = romulan.lastYear - 9;
    expect(definitionOf(aid(5)).effect(romulan, 'federation', aid(5))).toContain(
      'holds a grudge for the rest of the game, sends a raid of 22 on a world of yours in its reach, and its wars',
    );
    relief.deadline = romulan.lastYear - 1;
    expect(definitionOf(aid(5)).effect(romulan, 'federation', aid(5))).toContain(
      'holds a grudge for the rest of the game and its wars seek your worlds first.',
    );
    // A deadline in the year the game ends is never judged: the row promises neither grudge nor reward.
    relief.deadline = romulan.lastYear;
    for (const amount of [5, 10])
      expect(definitionOf(aid(amount)).effect(romulan, 'federation', aid(amount))).toBe(
        `Sends ${amount} reserves of relief towards what is needed (${amount} of 10: ${amount === 5 ? '5 short of the need' : 'the need in full'}). Its deadline, the end of ${romulan.lastYear}, comes after the last year played: it is never judged, so it earns and costs nothing there.`,
      );
  });
});
