// Rules version 9 (issue 16): what the powers remember of a crisis. Aid in full or an extradition
// earns the other party's gratitude, a disaster left short or a sheltered fugitive its grudge, for
// years; its AI weighs a breach against a benefactor more and against the object of its grudge
// less; a third power relieved in full spares the giver's worlds from its wars. And the AI answers
// one need with one aid order (issue 15).
import { describe, expect, it } from 'vitest';
import { aiOrders } from '../../src/sim/ai/index';
import { TRAITS } from '../../src/sim/ai/personality';
import { makeEval } from '../../src/sim/ai/value';
import { breachWeight, debtOf, warsGoingOn } from '../../src/sim/debts';
import type { GameState, ScenarioInput } from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
import { andList } from '../../src/sim/words';
import { addEvents, miniGame, qonosDisaster, type TimelineInput, turn, withRules } from './fixtures';

const OB = 'e2300-t0-aid';
const aid = (amount: number, target = OB) => ({ type: 'aid' as const, target, amount });
const game = (...events: TimelineInput[]) => miniGame((s: ScenarioInput) => addEvents(s, ...events));
const fugitive = (deadline = 2) =>
  ({ year: 2300, type: 'renegade', origin: 'klingon', fugitive: 'Kethral', deadline }) as TimelineInput;
const EXTRADITION = 'e2300-t0-extradition';

describe('gratitude and grudges between the parties', () => {
  it('aid in full earns the victim’s gratitude for gratitudeYears, and the report says so', () => {
    const r = turn(game(qonosDisaster()), { federation: [aid(10)] });
    const years = r.state.rules.lasting.gratitudeYears;
    expect(years).toBeGreaterThan(0);
    expect(r.state.debts).toEqual([
      {
        by: 'klingon',
        of: 'federation',
        kind: 'gratitude',
        eventId: 'e2300-t0',
        since: 2300,
        until: 2300 + years,
        percent: r.state.rules.lasting.gratitudePercent,
      },
    ]);
    // Filed under the party it is owed to, and said from its side (playtest 18: 'The Klingon Empire is
    // grateful…' read as misfiled under the Federation's row).
    const told = r.report.changes.filter((c) => /gratitude/.test(c.text));
    expect(told.map((c) => [c.party, c.text])).toEqual([
      [
        'federation',
        `The Federation has the gratitude of the Klingon Empire until ${2300 + years}: it heals any grudge the Klingon Empire held against the Federation; remembered, it binds neither government.`,
      ],
    ]);
  });

  it('a gratitude that outlasts the game is said to last for the rest of it, not until a year never played', () => {
    // Centennial Eve read "until 2322" in a game that ends in 2298.
    const short = miniGame((s: ScenarioInput) => {
      s.lastYear = 2303;
      addEvents(s, qonosDisaster());
    });
    expect(2300 + short.rules.lasting.gratitudeYears).toBeGreaterThanOrEqual(2303);
    const r = turn(short, { federation: [aid(10)] });
    const told = r.report.changes.filter((c) => /gratitude/.test(c.text)).map((c) => c.text);
    expect(told).toEqual([
      'The Federation has the gratitude of the Klingon Empire for the rest of the game: it heals any grudge the Klingon Empire held against the Federation; remembered, it binds neither government.',
    ]);
  });

  it('a disaster left short earns a grudge instead, and half the aid is no better', () => {
    for (const given of [0, 5]) {
      const r = turn(game(qonosDisaster()), { federation: given > 0 ? [aid(given)] : [] });
      expect(r.state.debts).toEqual([
        expect.objectContaining({ by: 'klingon', of: 'federation', kind: 'grudge' }),
      ]);
      expect(r.state.debts[0]?.until).toBe(2300 + r.state.rules.lasting.grudgeYears);
    }
  });

  it('the same gratitude earned twice in a year is told once (playtest 36)', () => {
    const g = game(qonosDisaster(), qonosDisaster({ system: 'narendra' }));
    const [a, b] = g.obligations.map((o) => o.id);
    const r = turn(g, { federation: [aid(10, a), aid(10, b)] });
    expect(r.state.debts).toHaveLength(1);
    expect(r.report.changes.filter((c) => /gratitude/.test(c.text))).toHaveLength(1);
  });

  it('a grudge that replaces gratitude says it ends it', () => {
    const g = game(fugitive(), { ...fugitive(), year: 2301, fugitive: 'Ghelt' } as TimelineInput);
    const kept = turn(g, { klingon: [{ type: 'extradite', obligation: EXTRADITION }] });
    const until = debtOf(kept.state, 'federation', 'klingon')?.until;
    const r = turn(kept.state, { klingon: [{ type: 'shelter', obligation: 'e2301-t1-extradition' }] });
    expect(debtOf(r.state, 'federation', 'klingon')?.kind).toBe('grudge');
    const line = r.report.changes.find((c) => /a grudge against the Klingon Empire/.test(c.text))?.text;
    expect(line).toMatch(
      new RegExp(
        `It ends the gratitude the Federation held towards the Klingon Empire \\(which would have lasted until ${until}\\)\\.$`,
      ),
    );
  });

  it('an extradition earns gratitude; a shelter a grudge', () => {
    const kept = turn(game(fugitive()), { klingon: [{ type: 'extradite', obligation: EXTRADITION }] });
    expect(debtOf(kept.state, 'federation', 'klingon')?.kind).toBe('gratitude');
    const sheltered = turn(game(fugitive()), { klingon: [{ type: 'shelter', obligation: EXTRADITION }] });
    expect(debtOf(sheltered.state, 'federation', 'klingon')?.kind).toBe('grudge');
    // Told after what earned it (playtest 37 read "will not forget this" before the shelter).
    const texts = sheltered.report.changes.map((c) => c.text);
    const shelters = texts.indexOf('The Klingon Empire shelters Kethral.');
    const grudge = texts.findIndex((t) => t.startsWith('The Federation will not forget this'));
    expect(shelters).toBeGreaterThanOrEqual(0);
    expect(grudge).toBeGreaterThan(shelters);
    // And a disaster left short: the deadline passed, then the grudge.
    const short = turn(game(qonosDisaster())).report.changes.map((c) => c.text);
    const passed = short.findIndex((t) => t.startsWith('The deadline for aid to'));
    expect(passed).toBeGreaterThanOrEqual(0);
    expect(short.findIndex((t) => t.includes('will not forget'))).toBeGreaterThan(passed);
  });

  it('the latest memory replaces the older, and it is forgotten after its years', () => {
    let s = game(qonosDisaster(), { ...qonosDisaster(), year: 2301 });
    s = turn(s).state; // left short: a grudge
    expect(debtOf(s, 'klingon', 'federation')?.kind).toBe('grudge');
    // The grudge would have outlasted the mini game, which ends as 2330 begins.
    expect(debtOf(s, 'klingon', 'federation')?.until).toBe(2330);
    const healing = turn(s, { federation: [aid(10, 'e2301-t1-aid')] });
    // The report names the grudge it heals (playtest 35 read both lines and could not tell which held).
    expect(healing.report.changes.filter((c) => /gratitude/.test(c.text)).map((c) => c.text)).toEqual([
      `The Federation has the gratitude of the Klingon Empire until ${2301 + s.rules.lasting.gratitudeYears}: it heals the grudge the Klingon Empire held against the Federation (which would have lasted for the rest of the game); remembered, it binds neither government.`,
    ]);
    s = healing.state;
    expect(s.debts).toHaveLength(1);
    expect(debtOf(s, 'klingon', 'federation')?.kind).toBe('gratitude');
    const until = s.debts[0]?.until ?? 0;
    expect(debtOf({ ...s, year: until } as GameState, 'klingon', 'federation')).toBeDefined();
    expect(debtOf({ ...s, year: until + 1 } as GameState, 'klingon', 'federation')).toBeUndefined();
  });

  it('weighs a breach against a benefactor by 1 + gratitudePercent, against a grudge by 1 − grudgePercent', () => {
    const weighed = (aided: boolean) =>
      turn(
        miniGame((s) => {
          addEvents(s, qonosDisaster());
          withRules(s, { lasting: { gratitudePercent: 100, grudgePercent: 50 } });
        }),
        { federation: aided ? [aid(10)] : [] },
      ).state;
    const grateful = weighed(true);
    const aggrieved = weighed(false);
    expect(breachWeight(grateful, 'klingon', 'federation')).toBe(2);
    expect(breachWeight(aggrieved, 'klingon', 'federation')).toBe(0.5);
    // Only the one who remembers: the giver's own breaches weigh as ever.
    expect(breachWeight(grateful, 'federation', 'klingon')).toBe(1);
    expect(makeEval(grateful, 'klingon', TRAITS.hawk).regard).toBe(2);
    expect(makeEval(aggrieved, 'klingon', TRAITS.hawk).regard).toBe(0.5);
    expect(makeEval(grateful, 'federation', TRAITS.hawk).regard).toBe(1);
  });

  it('a scenario may turn them off', () => {
    const g = miniGame((s) => {
      addEvents(s, qonosDisaster());
      withRules(s, { lasting: { gratitudeYears: 0, grudgeYears: 0 } });
    });
    expect(turn(g, { federation: [aid(10)] }).state.debts).toEqual([]);
    expect(turn(g).state.debts).toEqual([]);
  });
});

describe('the wars a third power already wages, in words', () => {
  it('joins its clauses as a sentence does, every war named', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a, and b');
    expect(andList(['a', 'b', 'c'])).toBe('a, b, and c');
    const s = miniGame();
    const war = (id: string, since: number, target: string | null) => ({
      id,
      eventId: `e-${id}`,
      thirdPower: 'romulan',
      victim: 'klingon' as const,
      since,
      until: since + 2,
      strength: 6,
      target,
      aidedBy: [],
      raiders: null,
      armedBy: [],
      supportedBy: [],
      took: [],
    });
    const wars = [
      war('a', s.year + 1, 'qonos'),
      war('b', s.year + 2, 'narendra'),
      war('c', s.year - 1, null),
    ];
    expect(andList(warsGoingOn({ ...s, wars }, 'romulan', 'klingon', 'them'))).toBe(
      `the raid it has named on Qo'noS still strikes in ${s.year + 1}, the raid it has named on Narendra III still strikes in ${s.year + 2}, and the war it already wages on them goes on`,
    );
    // Another power's wars, or this power's on the other party, are not said.
    expect(warsGoingOn({ ...s, wars }, 'romulan', 'federation', 'them')).toEqual([]);
    expect(warsGoingOn({ ...s, wars }, 'breen', 'klingon', 'them')).toEqual([]);
  });
});

describe('relief of a third power', () => {
  const relief = qonosDisaster({ victim: 'romulan', system: 'romulus', need: 8 });
  // Gratitude alone: relief refused (its grudge and raids, rules version 11) is relief-grudge.test.ts's.
  const game = (...events: TimelineInput[]) =>
    miniGame((s: ScenarioInput) => {
      addEvents(s, ...events);
      withRules(s, { lasting: { reliefGrudgeYears: 0, reliefGrudgeStrength: 0 } });
    });
  const raid = {
    year: 2301,
    type: 'incursion',
    attacker: 'romulan',
    victim: 'klingon',
    target: 'narendra',
    strength: 9,
    years: 3,
  } as TimelineInput;

  it('relief in full spares the giver from the third power’s wars for reliefYears', () => {
    let s = game(relief, raid);
    s = turn(s, { klingon: [aid(8)] }).state;
    const d = debtOf(s, 'romulan', 'klingon');
    expect(d).toMatchObject({ kind: 'gratitude', until: 2300 + s.rules.lasting.reliefYears });
    const r = turn(s);
    expect(r.state.wars.filter((w) => w.victim === 'klingon')).toEqual([]);
    // The card says no war comes, not the author's call to stand beside the victim.
    expect(r.report.events[0]?.text).toBe(
      "No war comes of it. The Romulan Star Empire remembers the Klingon Empire's relief and spares its worlds.",
    );
  });

  it('without it, or with too little, the war comes', () => {
    for (const given of [0, 7]) {
      let s = game(relief, raid);
      s = turn(s, { klingon: given > 0 ? [aid(given)] : [] }).state;
      expect(debtOf(s, 'romulan', 'klingon')).toBeUndefined();
      const r = turn(s);
      expect(r.state.wars.filter((w) => w.victim === 'klingon')).toHaveLength(1);
    }
  });

  it('a raid that picks its victim turns on the other party, unless both gave relief', () => {
    const free = { ...raid, victim: 'resented', target: undefined } as TimelineInput;
    const victims = (givers: ('federation' | 'klingon')[]) => {
      let s = game(relief, free);
      s = turn(s, Object.fromEntries(givers.map((p) => [p, [aid(8)]]))).state;
      return turn(s).state.wars.map((w) => w.victim);
    };
    expect(victims([])).toEqual(['klingon']); // the Romulans resent the Empire
    expect(victims(['klingon'])).toEqual(['federation']);
    expect(victims(['klingon', 'federation'])).toEqual([]);
    expect(victims(['federation'])).toEqual(['klingon']);
  });

  it('one giver’s relief does not spare the other', () => {
    let s = game(relief, { ...raid, victim: 'both', target: undefined } as TimelineInput);
    s = turn(s, { klingon: [aid(8)] }).state;
    const wars = turn(s).state.wars;
    expect(wars.map((w) => w.victim)).toEqual(['federation']);
  });
});

describe('the AI’s aid (issue 15)', () => {
  it('gives one aid order for one need, whoever it is and however rich', () => {
    for (const reserves of [12, 40, 200]) {
      const s = miniGame((sc) => {
        addEvents(sc, qonosDisaster({ need: 10 }));
        if (sc.powers) sc.powers.federation.reserves = reserves;
      });
      for (const who of ['loyalist', 'pragmatist', 'hawk'] as const) {
        const orders = aiOrders(who, s, 'federation').filter((o) => o.type === 'aid' && o.target === OB);
        expect(orders.length, `${who} with ${reserves} reserves`).toBeLessThanOrEqual(1);
        if (who === 'loyalist') expect(orders).toHaveLength(1);
      }
    }
  });
});

describe('a third power’s gratitude and its worlds taken (rules version 24)', () => {
  const noGarrison = (s: ScenarioInput) => withRules(s, { battle: { garrison: 0, capitalGarrison: 0 } });
  const grateful = (): GameState => {
    const g = miniGame((s) => {
      noGarrison(s);
      s.powers.klingon.fleets = [{ id: 'k1', location: 'vulcan', strength: 4 }];
    });
    g.debts = [
      {
        by: 'tholian',
        of: 'klingon',
        kind: 'gratitude',
        eventId: 'e2299-t0',
        since: 2300,
        until: 2320,
        percent: 0,
      },
    ];
    return g;
  };
  const strike = { type: 'attack', fleet: 'k1', target: 'tholia' } as const;

  it('ends when the relieved power takes its world, and the report says so', () => {
    const g = grateful();
    expect(definitionOf(strike).effect(g, 'klingon', strike as never)).toContain(
      " Taken, it ends the Tholian Assembly's gratitude for your relief: its wars would spare your worlds until 2320.",
    );
    const r = turn(g, { klingon: [strike] });
    expect(r.state.systems.find((x) => x.id === 'tholia')?.owner).toBe('klingon');
    // Its gratitude gone, a grudge for the world taken takes its place (rules version 28).
    expect(debtOf(r.state, 'tholian', 'klingon')?.kind).toBe('grudge');
    expect(r.report.changes.map((c) => c.text)).toContain(
      "The Tholian Assembly forgets the Klingon Empire's relief now that the Klingon Empire has taken Tholia: its wars no longer spare the Klingon Empire's worlds (they would have spared them until 2320).",
    );
  });

  it('holds for the other party, whose relief took nothing', () => {
    const g = grateful();
    g.debts = [
      ...g.debts,
      {
        by: 'tholian',
        of: 'federation',
        kind: 'gratitude',
        eventId: 'e2299-t0',
        since: 2300,
        until: 2320,
        percent: 0,
      },
    ];
    const r = turn(g, { klingon: [strike] });
    expect(debtOf(r.state, 'tholian', 'klingon')?.kind).toBe('grudge');
    expect(debtOf(r.state, 'tholian', 'federation')?.kind).toBe('gratitude');
  });
});
