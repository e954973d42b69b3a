// What a card adds when its author's words cannot know the state it is drawn in (rules version 17,
// after an audit of every card of the five scenarios), and order words playtest 25 found untrue.
import { describe, expect, it } from 'vitest';
import type { GameState, Order, TurnReport } from '../../src/sim/index';
import { previewOrder } from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
import { supportWords } from '../../src/sim/orders/reward-words';
import { addEvents, miniGame, type TimelineInput, turn, withPressure, withRules } from './fixtures';

/** A timeline entry without its year, kind by kind. */
type EventIn = TimelineInput extends infer T ? (T extends unknown ? Omit<T, 'year'> : never) : never;

/** The mini game as 2301 opens, with `event` (of 2301) revealed: its card's text. */
function cardOf(event: EventIn, edit?: Parameters<typeof miniGame>[0]): string {
  const g = miniGame((s) => {
    withRules(s, { threats: { warningYears: 1 } });
    edit?.(s);
    addEvents(s, { year: 2301, ...event } as TimelineInput);
  });
  const opened = turn(g).state;
  return opened.events[0]?.text ?? '';
}

describe('an incursion', () => {
  it('says when no world of its victim lies within the third power’s reach', () => {
    // Tholia lies next to Vulcan only: the Empire is out of the Tholians' reach.
    const far = cardOf({
      type: 'incursion',
      attacker: 'tholian',
      victim: 'klingon',
      strength: 6,
      text: 'Ships.',
    });
    expect(far).toBe(
      "Ships. No world of the Klingon Empire lies within the Tholian Assembly's reach: no raiders gather.",
    );
    // Romulus lies next to Narendra III: the raiders gather, and nothing is added.
    const near = cardOf({
      type: 'incursion',
      attacker: 'romulan',
      victim: 'klingon',
      strength: 6,
      text: 'Ships.',
    });
    expect(near).toContain('ships gather near Narendra III');
    expect(near).not.toContain('reach');
  });

  it('names who holds the world its author named, when its victim no longer does', () => {
    const text = cardOf({
      type: 'incursion',
      attacker: 'romulan',
      victim: 'federation',
      target: 'narendra',
      strength: 6,
      text: 'Warbirds fall on Narendra III.',
    });
    expect(text).toContain('Warbirds fall on Narendra III. Narendra III is held by the Klingon Empire now.');
  });
});

describe('a disaster', () => {
  it('names who holds the world its author named, when its victim no longer does', () => {
    // Held by a signatory, the world's disaster strikes it (rules version 25).
    const text = cardOf({ type: 'disaster', victim: 'romulan', system: 'narendra', need: 6, text: 'Fire.' });
    expect(text).toBe(
      'Fire. Narendra III is held by the Klingon Empire now: the disaster strikes the Klingon Empire, and Article IV asks the Federation for the relief.',
    );
    expect(cardOf({ type: 'disaster', victim: 'tholian', system: 'romulus', need: 6, text: 'Fire.' })).toBe(
      'Fire. Romulus is held by the Romulan Star Empire now.',
    );
    expect(cardOf({ type: 'disaster', victim: 'romulan', system: 'romulus', need: 6, text: 'Fire.' })).toBe(
      'Fire.',
    );
  });

  it('says when a third power victim holds no world at all', () => {
    const text = cardOf({ type: 'disaster', victim: 'tholian', need: 6, text: 'Famine.' }, (s) => {
      const tholia = s.map.systems.find((x) => x.id === 'tholia');
      if (tholia) tholia.owner = 'federation';
    });
    expect(text).toBe(
      'Famine. The Tholian Assembly holds no world now: its people ask for the aid all the same.',
    );
    // Where its author's words name its world, the power is named with its article (playtest 33
    // read "The star of Romulan Star Empire flares"; rules version 21).
    const star = cardOf(
      { type: 'disaster', victim: 'tholian', need: 6, text: 'The star of {system} flares.' },
      (s) => {
        const tholia = s.map.systems.find((x) => x.id === 'tholia');
        if (tholia) tholia.owner = 'federation';
      },
    );
    expect(star).toBe(
      'The star of the Tholian Assembly flares. The Tholian Assembly holds no world now: its people ask for the aid all the same.',
    );
  });
});

describe('a claim', () => {
  const claim = {
    type: 'dispute',
    system: 'archanis',
    claimant: 'klingon',
    text: '{party} claims {system}.',
  } as const;

  it('on a world a third power holds says no arbiter can award it', () => {
    const text = cardOf(claim, (s) => {
      const archanis = s.map.systems.find((x) => x.id === 'archanis');
      if (archanis) archanis.owner = 'romulan';
    });
    expect(text).toBe(
      'the Klingon Empire claims Archanis IV. But the Romulan Star Empire holds Archanis IV: no arbiter of the Accords can award it.',
    );
  });

  it('while the Accords are suspended says no arbiter sits', () => {
    expect(cardOf(claim, (s) => Object.assign(s, { status: 'suspended', suspendedSince: 2300 }))).toBe(
      'the Klingon Empire claims Archanis IV. No arbiter sits while the Accords are suspended.',
    );
    // In force, the author's words stand alone.
    expect(cardOf(claim)).toBe('the Klingon Empire claims Archanis IV.');
  });
});

describe('an intelligence leak', () => {
  it('says when no act is left unseen, and only then', () => {
    const leak = { type: 'exposure', text: 'Files leak.' } as const;
    expect(cardOf(leak)).toBe(
      'Files leak. But neither power keeps a secret no one has seen: the files tell only what is known already.',
    );
    // A theft of 2300, unseen, is there for the leak of 2301 to find.
    const g = miniGame((s) => {
      withRules(s, { detection: { firstYearPercent: 0 } });
      addEvents(s, { year: 2301, ...leak });
    });
    const opened = turn(g, { federation: [{ type: 'espionage', mode: 'steal' }] }).state;
    expect(opened.events[0]?.text).toBe('Files leak.');
  });
});

/** The year's report of `orders` on the mini game of 2300 (`edit` the scenario first). */
function reportOf(orders: Parameters<typeof turn>[1], edit?: Parameters<typeof miniGame>[0]): TurnReport {
  return turn(miniGame(edit), orders).report;
}

describe('the year’s report', () => {
  it('says why a seizure did nothing: the other took the world first', () => {
    const seize: Order = { type: 'seize', system: 'organia' };
    const lines = reportOf({ federation: [seize], klingon: [seize] }).changes.map((c) => c.text);
    expect(lines).toContain('Organia is taken by the Federation.');
    expect(lines).toContain('No seizure of Organia: the Federation holds it this year.');
  });

  it('tells a recall in protest in one line, and names the embassy expelled', () => {
    const recall: Order = { type: 'embassy', action: 'recall' };
    const g = miniGame((s) => {
      s.powers.federation.embassy = 2;
      s.powers.klingon.embassy = 2;
    });
    // The Empire's theft is seen at once, so the Federation is wronged the year after.
    const wronged = turn(
      miniGame((s) => {
        s.powers.federation.embassy = 2;
        withRules(s, { detection: { firstYearPercent: 100 } });
      }),
      { klingon: [{ type: 'espionage', mode: 'steal' }] },
    ).state;
    const lines = turn(wronged, { federation: [recall] }).report.changes.filter((c) => c.kind === 'embassy');
    expect(lines.map((c) => c.text)).toEqual([
      "The Federation recalls its embassy in protest at the Klingon Empire's breaches: an answer, not a breach.",
    ]);
    const expelled = turn(g, { federation: [{ type: 'embassy', action: 'expel' }] }).report.ledger;
    expect(expelled.map((e) => e.text)).toContain('The Federation expels the embassy of the Klingon Empire.');
  });
});

describe('an order’s words', () => {
  const effect = (s: GameState, order: Order) => definitionOf(order).effect(s, 'klingon', order as never);

  it('of a summit with no proposal standing say the other must propose this year too', () => {
    expect(effect(miniGame(), { type: 'summit' })).toContain(
      'No proposal of the Federation stands (one a summit met is spent): a summit is held only if the Federation proposes one this year too.',
    );
  });

  it('of a summit say when this side’s own proposal stands (playtest 38)', () => {
    const g = turn(miniGame(), { klingon: [{ type: 'summit' }] }).state;
    expect(g.summitProposal).toEqual({ by: 'klingon', year: 2300 });
    const words = definitionOf({ type: 'summit' }).effect(g, 'klingon', { type: 'summit' } as never);
    expect(words).toContain(
      'Your proposal of 2300 stands this year: a summit is held if the Federation proposes one, whether you propose again or not. Proposed again, yours stands for a year more if it does not.',
    );
    // As the year then plays: the Federation's summit alone holds it.
    const r = turn(g, { federation: [{ type: 'summit' }] });
    expect(r.state.summitProposal).toBeNull();
    expect(r.report.changes.some((c) => c.text === 'The two powers meet at a summit.')).toBe(true);
  });

  it('of an address say it does not hold off the ebb above the rest level (playtest 38)', () => {
    const at = (support: number) =>
      miniGame((s) => {
        withPressure(s);
        s.powers.klingon.support = support;
      });
    const EBB =
      ' It does not hold off the ebb: in a year that brings your government nothing else it wants, support above 50 falls by 2.';
    expect(effect(at(60), { type: 'address-council' })).toBe(
      `Your council hears you: +3 support at home. Another next year would give +2.${EBB}`,
    );
    // Below the rest level after the gain, there is no ebb to speak of.
    expect(effect(at(40), { type: 'address-council' })).not.toContain('ebb');
  });

  it('of a support gain say what the high line leaves of it', () => {
    const at = (support: number) =>
      miniGame((s) => {
        withPressure(s);
        s.powers.klingon.support = support;
      });
    expect(supportWords(at(60), 'klingon', 3)).toBe('+3 support at home');
    // From 79: 1 below the line, and half of the 2 above it.
    expect(supportWords(at(79), 'klingon', 3)).toBe(
      '+2 support at home (not 3: above 80 a gain counts half, rounded down, and support is 79)',
    );
    expect(supportWords(at(100), 'klingon', 3)).toBe('no support at home (support is at 100)');
    expect(effect(at(85), { type: 'address-council' })).toContain(
      'Your council hears you: +1 support at home (not 3: above 80 a gain counts half, rounded down, and support is 85).',
    );
    // Halved to nothing (playtest 27 read "+0 support at home (1; …)"), and stopped at 100.
    expect(supportWords(at(96), 'klingon', 1)).toBe(
      'no support at home (not 1: above 80 a gain counts half, rounded down, and support is 96)',
    );
    const belowCap = miniGame((s) => {
      withPressure(s);
      withRules(s, { support: { highLine: 100 } });
      s.powers.klingon.support = 99;
    });
    expect(supportWords(belowCap, 'klingon', 3)).toBe('+1 support at home (not 3: support stops at 100)');
  });

  it('of a shelter say the defiance pays now and the hero’s cheers from next year', () => {
    const s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
    const ob = s.obligations[0]?.id ?? '';
    expect(effect(s, { type: 'shelter', obligation: ob })).toMatch(
      /^The fugitive stays with you as a hero: \+2 support at home for the defiance this year, then \+\d+ support a year for \d+ years from next year;/,
    );
  });

  it('of a shelter say what the other power remembers: its grudge, and the gratitude it ends (playtest 36)', () => {
    const s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
    const ob = s.obligations[0]?.id ?? '';
    const l = s.rules.lasting;
    const text = effect(s, { type: 'shelter', obligation: ob });
    expect(text).toMatch(
      new RegExp(
        `The Federation holds a grudge against you until ${2300 + l.shelterGrudgeYears}; while it lasts, an AI governing the Federation counts what breaking faith with you costs it ${l.shelterGrudgePercent}% lower, and so breaks faith sooner \\(a player decides for themselves\\)\\.$`,
      ),
    );
    // Grateful already (an extradition before): the shelter ends it.
    s.debts = [
      {
        by: 'federation',
        of: 'klingon',
        kind: 'gratitude',
        eventId: 'e',
        since: 2295,
        until: 2310,
        percent: 0,
      },
    ];
    expect(effect(s, { type: 'shelter', obligation: ob })).toMatch(
      /; it ends the gratitude the Federation holds towards you \(which would have lasted until 2310\)\.$/,
    );
    // And the report says what the row said.
    const r = turn(s, { klingon: [{ type: 'shelter', obligation: ob }] });
    const grudge = r.report.changes.find((c) => /will not forget this/.test(c.text))?.text;
    expect(grudge).toContain(`a grudge against the Klingon Empire until ${2300 + l.shelterGrudgeYears}`);
    expect(grudge).toContain(
      'It ends the gratitude the Federation held towards the Klingon Empire (which would have lasted until 2310).',
    );
  });

  it('of a late hand-over give its cost, and say when it would bring the government down', () => {
    let s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
    const ob = s.obligations[0]?.id ?? '';
    const lost = s.rules.lasting.heroHandedOver;
    expect(effect(s, { type: 'shelter', obligation: ob })).toMatch(
      new RegExp(`and handing the hero over later costs −${lost} support\\. The Federation holds a grudge`),
    );
    s = turn(s, { klingon: [{ type: 'shelter', obligation: ob }] }).state;
    const late = { type: 'extradite', obligation: ob } as const;
    // What it leaves, and the hero's cheers it ends (playtest 38).
    const cheers = ` The hero's cheers at home (+${s.rules.lasting.heroSupport} support a year until ${2300 + s.rules.lasting.heroYears}) end.`;
    s.powers.klingon.support = lost + 1;
    expect(effect(s, late)).toBe(
      `The hero you sheltered is handed over late: no credit for it, and −${lost} support at home. Your support would fall from ${lost + 1} to 1.${cheers}`,
    );
    s.powers.klingon.support = lost;
    expect(effect(s, late)).toBe(
      `The hero you sheltered is handed over late: no credit for it, and −${lost} support at home. Your support is ${lost}: it falls to 0, and your government falls unless the year's other gains lift it first.${cheers}`,
    );
  });

  it('of a pact and an embassy expelled say a term that outlasts the game so', () => {
    const g = miniGame();
    const pactYears = g.rules.economy.pactYears;
    const closed = g.rules.answers.closedYears;
    const pact = { type: 'trade-pact' } as const;
    const expel = { type: 'embassy', action: 'expel' } as const;
    g.lastYear = g.year + Math.max(pactYears, closed) + 1;
    expect(effect(g, pact)).toContain(`income for both for ${pactYears} years, while`);
    expect(effect(g, expel)).toContain(`may not return for ${closed} years:`);
    g.lastYear = g.year + Math.min(pactYears, closed);
    expect(effect(g, pact)).toContain('income for both for the rest of the game, while');
    expect(effect(g, expel)).toContain('may not return for the rest of the game:');
  });

  it('of a shelter say what the hero’s cheers add near and at the top (playtest 38)', () => {
    const at = (support: number) => {
      const g = miniGame((x) => {
        withPressure(x);
        addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' });
      });
      g.powers.klingon.support = support;
      return effect(g, { type: 'shelter', obligation: g.obligations[0]?.id ?? '' });
    };
    expect(at(60)).toContain('+4 support a year for 20 years from next year; past the deadline');
    // Sheltered within 20 years of the end, the hero cheers for the rest of the game.
    const late = miniGame((x) => {
      withPressure(x);
      addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' });
    });
    late.lastYear = late.year + 20;
    late.powers.klingon.support = 60;
    expect(effect(late, { type: 'shelter', obligation: late.obligations[0]?.id ?? '' })).toContain(
      '+4 support a year from next year for the rest of the game; past the deadline',
    );
    // Sheltered in the last year played, its cheers would begin in a year the game does not play.
    late.lastYear = late.year + 1;
    expect(effect(late, { type: 'shelter', obligation: late.obligations[0]?.id ?? '' })).toContain(
      `+4 support a year from ${late.year + 1}, a year the game does not play; past the deadline`,
    );
    expect(at(85)).toContain('from next year (above 80 a gain counts half); past the deadline');
    expect(at(100)).toContain(
      'from next year (support is at 100: they add nothing while it stays there); past the deadline',
    );
  });

  it('of a staged escape give the defiance it pays, and that it closes the matter (playtest 35)', () => {
    const s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
    const flight = { type: 'stage-escape', obligation: s.obligations[0]?.id ?? '' } as const;
    expect(effect(s, flight)).toBe(
      'The fugitive slips away, and no one knows you helped, unless it is seen: +2 support at home for the defiance. The matter is closed: no deadline to break, and no hero at home to cheer.',
    );
  });

  it('of a refusal of reparations say what the high line leaves of the cheer (playtest 35)', () => {
    const s = miniGame((x) => {
      withPressure(x);
      x.powers.klingon.support = 80;
    });
    s.demands = [{ by: 'federation', debtor: 'klingon', amount: 12, year: s.year - 1 }];
    expect(effect(s, { type: 'reparations', answer: 'refuse' })).toBe(
      'Your people cheer the refusal: +1 support at home (not 3: above 80 a gain counts half, rounded down, and support is 80). The grievance stays.',
    );
  });

  it('of reparations, paid or refused, say until when the breaches seen lately stay open to sanctions, and that paying settles them (rules version 24)', () => {
    const g = miniGame((x) => withPressure(x));
    // A seizure seen in 2300: the Federation may answer it with sanctions for answerYears after.
    const r = turn(g, { klingon: [{ type: 'seize', system: 'archanis' }] });
    expect(r.report.ledger.some((e) => e.party === 'klingon' && e.code === 'VI/seize')).toBe(true);
    const s = r.state;
    s.demands = [{ by: 'federation', debtor: 'klingon', amount: 12, year: 2300 }];
    const until = 2300 + s.rules.answers.answerYears;
    expect(effect(s, { type: 'reparations', answer: 'refuse' })).toMatch(
      new RegExp(
        `The grievance stays, and your breaches seen lately leave the other power free to answer them with sanctions, a protest or a recall until ${until} \\(paying would settle them\\)\\.$`,
      ),
    );
    expect(effect(s, { type: 'reparations', answer: 'pay' })).toMatch(
      new RegExp(
        `It settles your breaches seen until now: from next year the other power may no longer answer them with sanctions, a protest or a recall \\(its right to them would have lasted until ${until}; sanctions it gives this year are judged before your payment\\)\\.$`,
      ),
    );
    // Sanctions are indeed no breach until then, and a breach after.
    const embargo = { type: 'embargo' } as const;
    const breachesIn = (state: GameState, year: number) => {
      const p = previewOrder({ ...state, year, demands: [] }, 'federation', embargo);
      return p.ok ? p.value.violations.length : -1;
    };
    expect(breachesIn(s, until)).toBe(0);
    expect(breachesIn(s, until + 1)).toBe(1);
    // Paid, the seizure is settled: sanctions the next year are a breach, and a protest is refused.
    s.powers.klingon.reserves = 50;
    const paid = turn(s, { klingon: [{ type: 'reparations', answer: 'pay' }] });
    expect(paid.report.ledger.some((e) => e.party === 'klingon' && e.code === 'reparations')).toBe(true);
    expect(breachesIn(paid.state, paid.state.year)).toBe(1);
    const protest = previewOrder(paid.state, 'federation', { type: 'protest', article: 'VI' });
    expect(protest.ok ? 'given' : protest.error.code).toBe('order/no-wrong');
    // A breach seen after the payment is open to answer again.
    paid.state.powers.federation.embassy = 1;
    const again = turn(paid.state, { klingon: [{ type: 'embassy', action: 'expel' }] });
    expect(again.report.ledger.some((e) => e.party === 'klingon' && e.article === 'II')).toBe(true);
    expect(breachesIn(again.state, again.state.year)).toBe(0);
  });

  it('of an embassy a level up say how much sharper its eyes on the other’s covert acts grow (playtest 35)', () => {
    const s = miniGame();
    const level = s.powers.klingon.embassy;
    const d = s.rules.detection;
    const at = (n: number) => d.firstYearPercent + d.perEmbassyLevelPercent * n;
    expect(effect(s, { type: 'embassy', action: level === 0 ? 'establish' : 'upgrade' })).toContain(
      `Your eyes on the other power's covert acts sharpen: the chance one is seen in its year rises from ${at(level)}% to ${at(level + 1)}%.`,
    );
  });
});
