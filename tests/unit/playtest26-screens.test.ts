// Playtest 26 read "Nothing is asked of you this year" on the Events tab, then "−1 · No act of faith
// this year" in the report: a high standing still asks for an act of faith, and the tab says so.
import { describe, expect, it } from 'vitest';
import { nothingAsked } from '../../src/game/ui/nothing-asked';
import type { GameState, Order } from '../../src/sim/index';
import { addEvents, miniGame, turn, withPressure } from './fixtures';

describe('a year that asks nothing', () => {
  const at = (standing: number) =>
    miniGame((s) => {
      withPressure(s);
      s.powers.klingon.standing = standing;
    });

  it('says so plainly at or below the line where standing ebbs', () => {
    expect(nothingAsked(at(80), 'klingon', [])).toBe('Nothing is asked of you this year.');
  });

  it('above it, says the standing ebbs without an act of faith, and that none is open this year', () => {
    expect(nothingAsked(at(85), 'klingon', [])).toBe(
      "Nothing is asked of you this year. But your standing of 85 is above 80: it ebbs by 1 at the year's end unless you make an act of faith (aid judged in full at its deadline, an extradition, arbitration, a summit both powers attend that earns standing, war aid that earns standing (once a war), reparations), and none is open to you this year: it will ebb.",
    );
  });

  it('says aid given in full, judged at this year’s end, is its act of faith (playtest 36)', () => {
    const g = miniGame((s) => {
      withPressure(s);
      s.powers.klingon.standing = 85;
      addEvents(s, {
        year: 2300,
        type: 'disaster',
        victim: 'federation',
        system: 'sol',
        need: 10,
        deadline: 2,
      });
    });
    const given = turn(g, { klingon: [{ type: 'aid', target: 'e2300-t0-aid', amount: 10 }] }).state;
    expect(given.year).toBe(2301);
    const standing = given.powers.klingon.standing;
    expect(standing).toBeGreaterThan(given.rules.rewards.driftAbove);
    expect(nothingAsked(given, 'klingon', [])).toBe(
      `Nothing is asked of you this year. Your aid for the Federation, given in full, is judged at the year's end: an act of faith, so your standing of ${standing} does not ebb.`,
    );
    // As the year's end has it: rewarded, and no ebb.
    const r = turn(given);
    const klingon = r.report.ledger.filter((e) => e.party === 'klingon');
    expect(klingon.some((e) => e.kind === 'reward' && e.article === 'IV')).toBe(true);
    expect(r.report.changes.some((c) => c.party === 'klingon' && /No act of faith/.test(c.text))).toBe(false);
  });

  it('names the acts of faith the year holds: arbitration, a summit not yet rewarded (playtest 33)', () => {
    const choices: Order[] = [
      { type: 'arbitrate', dispute: 'archanis' },
      { type: 'summit' },
      { type: 'address-council' },
    ];
    expect(nothingAsked(at(85), 'klingon', choices)).toBe(
      "Nothing is asked of you this year. But your standing of 85 is above 80: it ebbs by 1 at the year's end unless you make an act of faith. This year you may take Archanis IV to arbitration, or propose a summit (it counts if the Federation proposes one too).",
    );
    // A summit rewarded within the last five years earns nothing now: not offered as one.
    const g = at(85);
    const rewarded = turn(g, { federation: [{ type: 'summit' }], klingon: [{ type: 'summit' }] }).state;
    expect(
      nothingAsked(
        {
          ...rewarded,
          powers: { ...rewarded.powers, klingon: { ...rewarded.powers.klingon, standing: 85 } },
        },
        'klingon',
        [{ type: 'summit' }],
      ),
    ).toContain('and none is open to you this year');
  });

  it('names the answers the Orders tab holds to the other’s breaches seen lately, and until when (playtest 37)', () => {
    // The Federation's embargo, unprovoked, seen in 2300: the Empire may answer it until 2300 + answerYears.
    const r = turn(at(60), { federation: [{ type: 'embargo' }] });
    expect(r.report.ledger.some((e) => e.party === 'federation' && e.code === 'VI/embargo')).toBe(true);
    const until = 2300 + r.state.rules.answers.answerYears;
    const answers: Order[] = [
      { type: 'protest', article: 'VI' },
      { type: 'demand-reparations' },
      { type: 'embargo' },
    ];
    expect(nothingAsked(r.state, 'klingon', answers)).toBe(
      `Nothing is asked of you this year. The Federation's breaches seen lately may be answered until ${until}: the Orders tab holds a protest, a demand for reparations or sanctions.`,
    );
    // None of them among the orders it may give: nothing more is said; nor to the offender.
    expect(nothingAsked(r.state, 'klingon', [])).toBe('Nothing is asked of you this year.');
    expect(nothingAsked(r.state, 'federation', answers)).not.toContain('may be answered');
  });
});

describe('a year that asks nothing while the Accords are strained (playtest 38)', () => {
  // The Empire's standing strains them; the Federation's does not.
  const strained = (edit?: (g: GameState) => void) => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 34;
    });
    edit?.(g);
    g.status = 'strained';
    return g;
  };
  const blamed = (r: {
    report: { changes: { party: string | null; delta?: number; cause: { rule?: string } }[] };
  }) =>
    r.report.changes.filter((c) => c.cause.rule === 'strained' && c.delta !== undefined).map((c) => c.party);

  it('says the blame falls on the other alone when no breach of the other was seen lately (rules version 26)', () => {
    const g = strained();
    expect(nothingAsked(g, 'federation', [])).toBe(
      "Nothing is asked of you this year. The Accords are strained (the Klingon Empire's standing is 34, below 40): no breach of the Klingon Empire's seen lately asks an answer of you, and the Council blames only its government, while your standing holds at 40 or more.",
    );
    expect(blamed(turn(g))).toEqual(['klingon']);
    // The power whose standing strains them is blamed whatever it answers.
    expect(nothingAsked(g, 'klingon', [])).toBe(
      "Nothing is asked of you this year. The Accords are strained, your own standing (34) below 40: the Council blames your government at the year's end (−2 support), whatever you answer.",
    );
  });

  it('says which answer spares it when the other was seen breaking the Accords, as the year then judges', () => {
    const seen = turn(
      miniGame((s) => {
        s.powers.klingon.standing = 34;
      }),
      { klingon: [{ type: 'embargo' }] },
    ).state;
    seen.status = 'strained';
    const demand: Order = { type: 'demand-reparations' };
    expect(nothingAsked(seen, 'federation', [demand])).toContain(
      "The Accords are strained: the Council blames your government at the year's end (−2 support) unless you answer the Klingon Empire's breaches seen lately this year with a demand for reparations or sanctions.",
    );
    expect(blamed(turn(seen, { federation: [demand] }))).toEqual(['klingon']);
    // Silent, it is blamed with the Empire; with no answer open, the words say the breaches go unanswered.
    expect(blamed(turn(seen))).toEqual(['federation', 'klingon']);
    expect(nothingAsked(seen, 'federation', [])).toContain(
      "The Accords are strained (the Klingon Empire's standing is 29, below 40): the Council blames your government at the year's end (−2 support): the Klingon Empire's breaches seen lately go unanswered, and no answer to them is open to you this year.",
    );
    // In force, nothing of the kind is said.
    expect(nothingAsked({ ...seen, status: 'in-force' }, 'federation', [demand])).not.toContain('strained');
  });
});
