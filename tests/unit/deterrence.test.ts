// A power that may break the articles reads its partner (rules version 8, src/sim/ai/deterrence.ts):
// answered, it keeps its year's breaches within what its standing can bear if all are seen; a hawk
// unpunished presses on, and wary never adds up breaches into a year that takes it to the line.

import { describe, expect, it } from 'vitest';
import { breachBudget, breachCost, emboldened, moodOf } from '../../src/sim/ai/deterrence';
import { makeEval, violationPoints } from '../../src/sim/ai/value';
import { Chronicle } from '../../src/sim/chronicle';
import { aiOrders, type GameState, type LedgerEntry, TRAITS } from '../../src/sim/index';
import { miniGame } from './fixtures';

const hawk = TRAITS.hawk;

/** A seen violation of the Klingon Empire's, `ago` years before the game's year. */
function seen(g: GameState, ago: number): LedgerEntry {
  return {
    year: g.year - ago,
    party: 'klingon',
    article: 'VI',
    kind: 'violation',
    code: 'VI/embargo',
    delta: -5,
    priors: 0,
    text: 'An embargo.',
  };
}

describe('how a hawk reads its partner', () => {
  it('is wary with nothing of its seen; only a hawk presses on unpunished, and a loyal power reads nothing', () => {
    const g = miniGame();
    expect(moodOf(g, 'klingon', hawk)).toBe('wary');
    g.ledger = Chronicle.of([seen(g, 3)]);
    expect(moodOf(g, 'klingon', TRAITS.pragmatist)).toBe('wary');
    g.protests = [{ by: 'federation', article: 'VI', year: g.year - 1 }];
    expect(moodOf(g, 'klingon', TRAITS.pragmatist)).toBe('answered');
    expect(moodOf(g, 'klingon', TRAITS.loyalist)).toBe('wary');
  });

  it('is unpunished when a breach seen two to five years ago went unanswered', () => {
    const g = miniGame();
    g.ledger = Chronicle.of([seen(g, 2)]);
    expect(moodOf(g, 'klingon', hawk)).toBe('unpunished');
    // Seen only last year: the partner's answer, if any, is being given as the hawk plans.
    g.ledger = Chronicle.of([seen(g, 1)]);
    expect(moodOf(g, 'klingon', hawk)).toBe('wary');
    // Seen six years ago: forgotten.
    g.ledger = Chronicle.of([seen(g, 6)]);
    expect(moodOf(g, 'klingon', hawk)).toBe('wary');
  });

  it('is answered by a protest standing, a demand awaiting or an embassy recalled in protest', () => {
    const g = miniGame();
    g.ledger = Chronicle.of([seen(g, 2)]);
    g.protests = [{ by: 'federation', article: 'VI', year: g.year - 1 }];
    expect(moodOf(g, 'klingon', hawk)).toBe('answered');
    g.protests = [];
    g.demands = [{ by: 'federation', debtor: 'klingon', year: g.year - 1, amount: 12 }];
    expect(moodOf(g, 'klingon', hawk)).toBe('answered');
    g.demands = [];
    g.powers.federation.embassyClosed = { year: g.year - 2, how: 'recalled' };
    expect(moodOf(g, 'klingon', hawk)).toBe('answered');
    // Its own protests answer nothing of its.
    g.powers.federation.embassyClosed = null;
    g.protests = [{ by: 'klingon', article: 'VI', year: g.year - 1 }];
    expect(moodOf(g, 'klingon', hawk)).toBe('unpunished');
  });

  it('emboldened, values its standing less and looks no further than the year', () => {
    const t = emboldened(hawk);
    expect(t.standing).toBeLessThan(hawk.standing);
    expect(t.exposureDebt).toBe(0);
    expect(t.buffer).toBeLessThanOrEqual(hawk.buffer);
  });
});

describe('the standing a hawk’s breaches may spend', () => {
  it('keeps the suspension line and 10 more when answered, 5 when wary, and no limit when unpunished', () => {
    const g = miniGame();
    g.powers.klingon.standing = 60;
    expect(breachBudget(makeEval(g, 'klingon', hawk), 'answered')).toBe(
      60 - g.rules.treaty.suspendBelow - 10,
    );
    expect(breachBudget(makeEval(g, 'klingon', hawk), 'wary')).toBe(55);
    expect(breachBudget(makeEval(g, 'klingon', hawk), 'unpunished')).toBeNull();
    // A pragmatist keeps the same margin when answered, and weighs each breach alone otherwise.
    expect(breachBudget(makeEval(g, 'klingon', TRAITS.pragmatist), 'wary')).toBeNull();
    expect(breachBudget(makeEval(g, 'klingon', TRAITS.pragmatist), 'answered')).toBe(30);
  });

  it('counts off what its covert acts not yet seen would cost if they came out', () => {
    const g = miniGame();
    g.powers.klingon.standing = 60;
    g.covert = [
      {
        id: 'c1',
        party: 'klingon',
        article: 'I',
        code: 'I/covert',
        year: g.year - 1,
        base: g.rules.costs['I/covert'],
        detected: false,
        text: 'A theft.',
        war: null,
      },
    ];
    const budget = breachBudget(makeEval(g, 'klingon', hawk), 'wary') ?? 0;
    expect(budget).toBeLessThan(55);
    expect(budget).toBeGreaterThan(55 - 2 * g.rules.costs['I/covert']);
  });

  it('counts every covert act not yet seen, each of its own code, two of one code twice', () => {
    const g = miniGame();
    g.powers.klingon.standing = 60;
    const act = (id: string, code: 'I/covert' | 'III/arms') => ({
      id,
      party: 'klingon' as const,
      article: code === 'I/covert' ? ('I' as const) : ('III' as const),
      code,
      year: g.year - 1,
      base: g.rules.costs[code],
      detected: false,
      text: 'A covert act.',
      war: null,
    });
    g.covert = [act('c1', 'I/covert'), act('c2', 'III/arms'), act('c3', 'I/covert')];
    // No priors and no protest: an exposure costs its base and the cover-up, rounded half up.
    const exposed = (code: 'I/covert' | 'III/arms') =>
      Math.floor((g.rules.costs[code] * g.rules.detection.exposurePercent + 50) / 100);
    expect(breachBudget(makeEval(g, 'klingon', hawk), 'wary')).toBe(
      60 - 5 - 2 * exposed('I/covert') - exposed('III/arms'),
    );
  });

  it('weighs a covert breach below an open one of the same code, asked in either order', () => {
    // The evaluation keeps what each code weighs, open and covert apart (ai/value.ts `weighed`).
    const g = miniGame();
    const openFirst = makeEval(g, 'klingon', hawk);
    const open = violationPoints(openFirst, 'I/covert', false);
    const covert = violationPoints(openFirst, 'I/covert', true);
    expect(open).toBeGreaterThan(0);
    expect(covert).toBeGreaterThan(0);
    expect(covert).toBeLessThan(open);
    const covertFirst = makeEval(g, 'klingon', hawk);
    expect(violationPoints(covertFirst, 'I/covert', true)).toBeLessThan(
      violationPoints(covertFirst, 'I/covert', false),
    );
    // A power that never breaks the articles weighs any breach as beyond price.
    expect(violationPoints(makeEval(g, 'klingon', TRAITS.loyalist), 'I/covert', true)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('counts a covert order in full, as if seen, and an order that breaks nothing as 0', () => {
    const g = miniGame();
    expect(breachCost(makeEval(g, 'klingon', hawk), { type: 'espionage', mode: 'steal' }, [])).toBe(
      g.rules.costs['I/covert'],
    );
    expect(breachCost(makeEval(g, 'klingon', hawk), { type: 'seize', system: 'archanis' }, [])).toBe(
      g.rules.costs['VI/seize'],
    );
    expect(breachCost(makeEval(g, 'klingon', hawk), { type: 'address-council' }, [])).toBe(0);
  });

  it('holds an answered hawk’s orders within it, where a hawk left unanswered goes past it', () => {
    const spent = (g: GameState) =>
      aiOrders('hawk', g, 'klingon').reduce((n, o) => n + breachCost(makeEval(g, 'klingon', hawk), o, []), 0);
    // Standing 32: answered, it may spend 2; left unanswered, it seizes Archanis IV next door.
    const answered = miniGame();
    answered.powers.klingon.standing = 32;
    answered.ledger = Chronicle.of([seen(answered, 2)]);
    answered.protests = [{ by: 'federation', article: 'VI', year: answered.year - 1 }];
    expect(spent(answered)).toBeLessThanOrEqual(2);
    const unpunished = miniGame();
    unpunished.powers.klingon.standing = 32;
    unpunished.ledger = Chronicle.of([seen(unpunished, 2)]);
    expect(spent(unpunished)).toBeGreaterThan(2);
  });
});
