// Rules version 11 (issue 16, the relief decision): a third power left short of relief in its
// disaster holds a grudge against the party that failed it: a raid at once (named a year ahead),
// its later wars seek that party first, and later relief does not heal it.
import { describe, expect, it } from 'vitest';
import { reliefValue } from '../../src/sim/ai/debts';
import { TRAITS } from '../../src/sim/ai/personality';
import { makeEval } from '../../src/sim/ai/value';
import { debtOf, turnedAway } from '../../src/sim/debts';
import type { Debt, GameState, ScenarioInput } from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
import { addEvents, miniGame, qonosDisaster, type TimelineInput, turn, withRules } from './fixtures';

const OB = 'e2300-t0-aid';
const aid = (amount: number, target = OB) => ({ type: 'aid' as const, target, amount });
const relief = qonosDisaster({ victim: 'romulan', system: 'romulus', need: 8 });
/** The mini map: Romulus lies beside Narendra III (the Empire's), out of the Federation's reach. */
const game = (lasting: Record<string, number> = {}, ...events: TimelineInput[]) =>
  miniGame((s: ScenarioInput) => {
    addEvents(s, relief, ...events);
    withRules(s, { threats: { warningYears: 1, securityDefended: 0 }, lasting });
  });

describe('relief refused (rules version 11)', () => {
  it('none or half earns the third power’s grudge for reliefGrudgeYears, and a raid named a year ahead', () => {
    for (const given of [0, 4]) {
      const r = turn(game(), { klingon: given > 0 ? [aid(given)] : [] });
      const years = r.state.rules.lasting.reliefGrudgeYears;
      expect(years).toBe(30);
      expect(debtOf(r.state, 'romulan', 'klingon')).toMatchObject({ kind: 'grudge', until: 2330 });
      const raid = r.state.wars.find((w) => w.victim === 'klingon');
      expect(raid).toMatchObject({
        thirdPower: 'romulan',
        strength: 22,
        since: 2301,
        until: 2301,
        target: 'narendra',
      });
      const texts = r.report.changes.map((c) => c.text);
      expect(texts).toContainEqual(
        "The Romulan Star Empire will not forget who left it to its ruin: a grudge against the Klingon Empire for the rest of the game; its wars seek the Klingon Empire's worlds first, and later relief will not heal it.",
      );
      expect(texts).toContainEqual(
        'The Romulan Star Empire sends raiders against the Klingon Empire, which left it short of relief. The Romulan Star Empire ships gather near Narendra III: they strike in 2301.',
      );
      // The raid strikes the year after: Narendra III (its fleet of 5 and its output) against 15.
      const next = turn(r.state);
      expect(next.report.changes.some((c) => c.kind === 'territory' && c.system === 'narendra')).toBe(true);
    }
  });

  it('relief in full earns gratitude, no raid', () => {
    const r = turn(game(), { klingon: [aid(8)], federation: [aid(8)] });
    expect(debtOf(r.state, 'romulan', 'klingon')?.kind).toBe('gratitude');
    expect(r.state.wars).toEqual([]);
  });

  it('gratitude spares the worlds of wars to come, and says a raid already named still strikes (rules version 15)', () => {
    // A Romulan raid on the Empire named in 2300 for 2301, and the Romulans' disaster the same year.
    const raid: TimelineInput = {
      year: 2300,
      type: 'incursion',
      attacker: 'romulan',
      victim: 'klingon',
      strength: 3,
      years: 1,
    };
    const r = turn(game({}, raid), { klingon: [aid(8)], federation: [aid(8)] });
    expect(r.state.wars.map((w) => [w.victim, w.target, w.since])).toEqual([['klingon', 'narendra', 2301]]);
    expect(r.report.changes.map((c) => c.text)).toContain(
      "The Romulan Star Empire remembers the Klingon Empire's relief: its wars to come spare the Klingon Empire's worlds until 2325; the raid it has named on Narendra III still strikes in 2301.",
    );
  });

  it('a power out of the third power’s reach is not raided, but the grudge is held', () => {
    const r = turn(game(), { klingon: [aid(8)] });
    expect(debtOf(r.state, 'romulan', 'federation')?.kind).toBe('grudge');
    expect(r.state.wars).toEqual([]);
  });

  it('the grudge raids again every reliefGrudgeRaidEvery years while it lasts', () => {
    // Raids of 1 on a Narendra III held by 60 ships, so that it holds and stays within their reach.
    const start = miniGame((x: ScenarioInput) => {
      addEvents(x, relief);
      withRules(x, {
        threats: { warningYears: 1, securityDefended: 0 },
        lasting: { reliefGrudgeRaidEvery: 3, reliefGrudgeYears: 7, reliefGrudgeStrength: 1 },
      });
      const k1 = x.powers?.klingon.fleets?.find((f) => f.id === 'k1');
      if (k1) k1.strength = 60;
    });
    let s = turn(start).state;
    const raids: number[] = [];
    for (let year = 2301; year <= 2309; year++) {
      const r = turn(s);
      s = r.state;
      for (const c of r.report.changes)
        if (c.text.includes('which left it short of relief')) raids.push(year);
    }
    // Refused in 2300 (a raid then), again at 2303 and 2306, and no more once the grudge ends in 2307.
    expect(raids).toEqual([2303, 2306]);
  });

  it('later relief does not heal the grudge', () => {
    const again = { ...relief, year: 2301 } as TimelineInput;
    let s = turn(game({}, again)).state;
    const r = turn(s, { klingon: [aid(8, 'e2301-t1-aid')] });
    s = r.state;
    expect(debtOf(s, 'romulan', 'klingon')).toMatchObject({ kind: 'grudge', until: 2330 });
    expect(r.report.changes.map((c) => c.text)).toContainEqual(
      "The Romulan Star Empire takes the Klingon Empire's relief, and does not forget its grudge against the Klingon Empire (for the rest of the game).",
    );
    // The relief is still rewarded: the need was met.
    expect(r.report.ledger.some((e) => e.party === 'klingon' && e.code === 'IV/aid')).toBe(true);
  });

  it('a war that may pick its victim seeks the party it holds a grudge against', () => {
    const s = game();
    const grudge = (of: 'federation' | 'klingon'): Debt => ({
      by: 'romulan',
      of,
      kind: 'grudge',
      eventId: 'x',
      since: 2300,
      until: 2330,
      percent: 0,
    });
    const withDebts = (debts: Debt[]): GameState => ({ ...s, debts });
    expect(turnedAway(withDebts([grudge('federation')]), 'romulan', ['klingon'], true)).toEqual({
      victims: ['federation'],
      spared: [],
      sought: ['federation'],
    });
    // A named target, or a grudge against both, leaves the war where it was drawn.
    expect(turnedAway(withDebts([grudge('federation')]), 'romulan', ['klingon'], false).victims).toEqual([
      'klingon',
    ]);
    expect(
      turnedAway(withDebts([grudge('federation'), grudge('klingon')]), 'romulan', ['klingon'], true).victims,
    ).toEqual(['klingon']);
    // Another third power's grudge is not this one's.
    expect(turnedAway(withDebts([grudge('federation')]), 'tholian', ['klingon'], true).victims).toEqual([
      'klingon',
    ]);
  });

  it('the incursion’s card says whom the grudge turns the war on', () => {
    const free = {
      year: 2302,
      type: 'incursion',
      attacker: 'romulan',
      victim: 'resented',
      strength: 6,
      years: 1,
    } as TimelineInput;
    // The Empire relieved the Romulans, the Federation did not: the raid the Romulans meant for the
    // Empire (which they resent) falls on the Federation.
    let s = turn(game({}, free), { klingon: [aid(8)] }).state;
    s = turn(s).state;
    const r = turn(s);
    expect(r.state.wars.map((w) => w.victim)).toEqual(['federation']);
    expect(r.report.events[0]?.text).toMatch(
      /has not forgotten who left it short of relief: its war falls on the Federation/,
    );
  });

  it('a scenario may turn it off', () => {
    const r = turn(game({ reliefGrudgeYears: 0, reliefGrudgeStrength: 0 }));
    expect(r.state.debts).toEqual([]);
    expect(r.state.wars).toEqual([]);
    const raidOnly = turn(game({ reliefGrudgeStrength: 0 }));
    expect(debtOf(raidOnly.state, 'romulan', 'klingon')?.kind).toBe('grudge');
    expect(raidOnly.state.wars).toEqual([]);
  });

  it('the relief order says what refusing costs', () => {
    expect(definitionOf(aid(5)).effect(game(), 'klingon', aid(5))).toBe(
      `Sends 5 reserves of relief towards what is needed (5 of 8: 3 short of the need). Unless the rest is given by the end of ${game().year}, the Romulan Star Empire holds a grudge for the rest of the game, sends a raid of 22 on a world of yours in its reach and again every 8 years while it lasts, and its wars seek your worlds first.`,
    );
    // In full, only what it earns: the grudge of an amount short is not said of it (playtest 41).
    expect(definitionOf(aid(8)).effect(game(), 'klingon', aid(8))).toBe(
      "Sends 8 reserves of relief towards what is needed (8 of 8: the need in full). At the deadline it earns +3 standing, and the Romulan Star Empire's wars to come spare your worlds for 25 years.",
    );
    // Within 25 years of the end, the wars it spares are those of the rest of the game.
    const late = game();
    late.lastYear = late.year + 25;
    expect(definitionOf(aid(8)).effect(late, 'klingon', aid(8))).toContain(
      "the Romulan Star Empire's wars to come spare your worlds for the rest of the game.",
    );
  });

  it('the relief order says that a raid its power has named already still strikes (playtest 34)', () => {
    const s = game();
    const named = {
      id: 'w-rom',
      eventId: 'e-rom',
      thirdPower: 'romulan',
      victim: 'klingon' as const,
      since: s.year + 1,
      until: s.year + 1,
      strength: 6,
      target: 'qonos',
      aidedBy: [],
      raiders: null,
      armedBy: [],
      supportedBy: [],
      took: [],
    };
    const said = definitionOf(aid(8)).effect({ ...s, wars: [named] }, 'klingon', aid(8));
    expect(said).toContain(
      `the Romulan Star Empire's wars to come spare your worlds for 25 years (the raid it has named on Qo'noS still strikes in ${s.year + 1}).`,
    );
    // A war on the other power is not said to the giver.
    const other = definitionOf(aid(8)).effect(
      { ...s, wars: [{ ...named, victim: 'federation' as const }] },
      'klingon',
      aid(8),
    );
    expect(other).toContain("the Romulan Star Empire's wars to come spare your worlds for 25 years.");
    expect(other).not.toContain('still strikes');
    // Every war it wages on the giver is said, not the first alone (playtest 42: two wars of the Breen).
    const raging = { ...named, id: 'w-rom-2', since: s.year - 1, target: null };
    const both = definitionOf(aid(8)).effect(
      { ...s, wars: [named, raging, { ...raging, id: 'w-rom-3' }] },
      'klingon',
      aid(8),
    );
    expect(both).toContain(
      `(the raid it has named on Qo'noS still strikes in ${s.year + 1}, and the two wars it already wages on you go on).`,
    );
    // A grudge it holds already is not healed by relief: the row says so, not the wars spared.
    const held = {
      ...s,
      debts: [
        {
          by: 'romulan',
          of: 'klingon' as const,
          kind: 'grudge' as const,
          eventId: 'e-old',
          since: s.year - 2,
          until: s.year + 20,
          percent: 0,
        },
      ],
    };
    expect(definitionOf(aid(8)).effect(held, 'klingon', aid(8))).toContain(
      `and the Romulan Star Empire takes it, but does not forget its grudge against you (until ${s.year + 20}): its wars still seek your worlds first.`,
    );
  });

  it('the AI counts the grudge and the raid in what relief is worth', () => {
    const s = game();
    const e = makeEval(s, 'klingon', TRAITS.pragmatist);
    const off = game({ reliefGrudgeYears: 0, reliefGrudgeStrength: 0 });
    const eOff = makeEval(off, 'klingon', TRAITS.pragmatist);
    expect(reliefValue(e, 'romulan')).toBeGreaterThan(reliefValue(eOff, 'romulan') + 5);
  });
});
