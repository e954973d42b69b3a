// Article V — an individual who takes revenge on the other party is extradited (DESIGN.md section
// 5): extradition is honoured, sheltering past the deadline is open, a staged escape is covert.
import { describe, expect, it } from 'vitest';
import { obligationTitle, owedFugitive } from '../../src/game/ui/event-words';
import {
  type Obligation,
  type Order,
  type Party,
  previewOrder,
  type ScenarioInput,
  validateOrder,
} from '../../src/sim/index';
import { addEvents, entries, miniGame, turn, withRules } from './fixtures';

/** A renegade of `origin` strikes the other party in 2300; the default deadline is 2 years. */
const renegade = (origin: Party) => (s: ScenarioInput) =>
  addEvents(s, { year: 2300, type: 'renegade', origin, fugitive: 'Vorka the Blade' });
const OB = 'e2300-t0-extradition';
const extradite: Order = { type: 'extradite', obligation: OB };
const shelter: Order = { type: 'shelter', obligation: OB };
const stageEscape: Order = { type: 'stage-escape', obligation: OB };

const seen = (s: ScenarioInput) =>
  withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } });
const unseen = (s: ScenarioInput) =>
  withRules(s, { detection: { firstYearPercent: 0, perEmbassyLevelPercent: 0, laterPercent: 0 } });

describe('a renegade', () => {
  it('puts the origin party under an extradition demand with a two-year deadline', () => {
    const g = miniGame(renegade('klingon'));
    expect(g.obligations).toEqual([
      expect.objectContaining({
        id: OB,
        kind: 'extradition',
        debtor: 'klingon',
        fugitive: 'Vorka the Blade',
        requested: 2300,
        deadline: 2301,
        decision: null,
      }),
    ]);
  });
});

describe('a fugitive owed to the other party (playtest 41)', () => {
  it('tells it the choice is the origin’s, and how a shelter past the deadline may be answered', () => {
    const g = miniGame(renegade('klingon'));
    const ob = g.obligations[0];
    if (ob?.kind !== 'extradition') throw new Error('no extradition');
    expect(owedFugitive(ob, 'federation')).toBe(
      'Article V — the Klingon Empire is asked to hand Vorka the Blade over to you by the end of 2301; the choice is theirs. Sheltered past the deadline, they are an open breach of Article V, which you may answer from the Orders tab (a protest, a demand for reparations, sanctions).',
    );
    const sheltered = turn(g, { klingon: [shelter] }).state.obligations[0];
    if (sheltered?.kind !== 'extradition') throw new Error('no extradition');
    expect(owedFugitive(sheltered, 'federation')).toContain(
      'the choice is theirs. The Klingon Empire shelters them now.',
    );
    // Decided otherwise, the demand stays on the list to its deadline: the card says how it ended.
    const handed = turn(g, { klingon: [extradite] }).state.obligations[0];
    if (handed?.kind !== 'extradition') throw new Error('no extradition');
    expect(owedFugitive(handed, 'federation')).toBe(
      'Article V — the Klingon Empire has handed Vorka the Blade over to you: the article is kept.',
    );
    const fled = turn(g, { klingon: [stageEscape] }).state.obligations[0];
    if (fled?.kind !== 'extradition') throw new Error('no extradition');
    expect(owedFugitive(fled, 'federation')).toBe(
      "Article V — Vorka the Blade escaped the Klingon Empire's custody before the hand-over: the matter is closed.",
    );
  });
});

describe('extradition', () => {
  it('earns the extradition reward and costs the Klingon government support', () => {
    let g = miniGame(renegade('klingon'));
    const r = turn(g, { klingon: [extradite] });
    expect(entries(r.report, 'klingon', 'V/extradition')).toEqual([
      expect.objectContaining({ article: 'V', kind: 'reward', delta: 3 }),
    ]);
    expect(r.state.powers.klingon.standing).toBe(64);
    expect(r.state.powers.klingon.support).toBe(55);
    g = r.state;
    const r2 = turn(g); // the deadline passes with the fugitive handed over
    expect(r2.report.ledger.filter((e) => e.article === 'V')).toEqual([]);
    expect(r2.state.powers.klingon.standing).toBe(65);
  });

  it('costs the Federation no support', () => {
    const r = turn(miniGame(renegade('federation')), { federation: [extradite] });
    expect(entries(r.report, 'federation', 'V/extradition')).toHaveLength(1);
    expect(r.state.powers.federation.support).toBe(60);
  });

  it('may follow an earlier shelter, before the deadline: kept, but no reward (rules version 7)', () => {
    let g = miniGame(renegade('klingon'));
    g = turn(g, { klingon: [shelter] }).state;
    const r = turn(g, { klingon: [extradite] });
    expect(entries(r.report, 'klingon', 'V/shelter')).toEqual([]);
    expect(entries(r.report, 'klingon', 'V/extradition')).toEqual([]);
    expect(r.state.powers.klingon.support).toBe(
      60 + g.rules.support.klingonDefiance - g.rules.lasting.heroHandedOver,
    );
  });

  it('is the debtor’s to decide, once', () => {
    let g = miniGame(renegade('klingon'));
    const r = turn(g, { federation: [extradite], klingon: [extradite, shelter] });
    expect(r.report.refused.map((x) => [x.party, x.code])).toEqual([
      ['federation', 'order/not-yours'],
      ['klingon', 'order/duplicate'],
    ]);
    g = r.state;
    const r2 = turn(g, { klingon: [shelter] });
    expect(r2.report.refused.map((x) => x.code)).toEqual(['order/decided']);
  });
});

describe('sheltering', () => {
  it('wins support at home at once, and is an open V/shelter violation at the deadline', () => {
    let g = miniGame(renegade('klingon'));
    const r1 = turn(g, { klingon: [shelter] });
    expect(r1.state.powers.klingon.support).toBe(60 + g.rules.support.klingonDefiance);
    expect(r1.report.ledger.filter((e) => e.article === 'V')).toEqual([]);
    expect(r1.state.powers.klingon.standing).toBe(61);
    g = r1.state;
    const r2 = turn(g);
    expect(entries(r2.report, 'klingon', 'V/shelter')).toEqual([
      expect.objectContaining({ article: 'V', kind: 'violation', delta: -16 }),
    ]);
    expect(r2.state.powers.klingon.standing).toBe(45);
    expect(r2.state.obligations).toEqual([]);
  });

  it('gives the Federation federationDefiance support', () => {
    const r = turn(miniGame(renegade('federation')), { federation: [shelter] });
    expect(r.state.powers.federation.support).toBe(61);
  });

  it('is what an undecided demand becomes at the deadline', () => {
    let g = miniGame(renegade('federation'));
    g = turn(g).state;
    const r = turn(g);
    expect(entries(r.report, 'federation', 'V/shelter')).toEqual([expect.objectContaining({ delta: -16 })]);
  });

  it('is charged once the deadline passes even with deadline 1', () => {
    const g = miniGame((s) => addEvents(s, { year: 2300, type: 'renegade', origin: 'klingon', deadline: 1 }));
    const r = turn(g, { klingon: [shelter] });
    expect(entries(r.report, 'klingon', 'V/shelter')).toHaveLength(1);
  });

  it('is previewed as open', () => {
    const p = previewOrder(miniGame(renegade('klingon')), 'klingon', shelter);
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ code: 'V/shelter', kind: 'open', cost: 16, chance: 100, deadline: 2301 }),
    ]);
  });
});

describe('a staged escape', () => {
  it('is covert: charged V/escape when seen, and the deadline then passes without a shelter', () => {
    let g = miniGame((s) => {
      renegade('klingon')(s);
      seen(s);
    });
    const r1 = turn(g, { klingon: [stageEscape] });
    expect(entries(r1.report, 'klingon', 'V/escape')).toEqual([
      expect.objectContaining({ article: 'V', kind: 'violation', delta: -12 }),
    ]);
    expect(r1.state.powers.klingon.support).toBe(62);
    expect(r1.state.powers.klingon.standing).toBe(48);
    g = r1.state;
    const r2 = turn(g);
    expect(r2.report.ledger.filter((e) => e.article === 'V')).toEqual([]);
    expect(r2.state.powers.klingon.standing).toBe(49);
  });

  it('unseen costs nothing and leaves a hidden act', () => {
    let g = miniGame((s) => {
      renegade('klingon')(s);
      unseen(s);
    });
    g = turn(g, { klingon: [stageEscape] }).state;
    g = turn(g).state;
    expect(g.powers.klingon.standing).toBe(62);
    expect(g.covert).toEqual([
      expect.objectContaining({ party: 'klingon', code: 'V/escape', detected: false }),
    ]);
  });

  it('is previewed as covert with its cover-up cost', () => {
    const p = previewOrder(miniGame(renegade('klingon')), 'klingon', stageEscape);
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({
        code: 'V/escape',
        kind: 'covert',
        cost: 12,
        chance: 30,
        exposureCost: 18,
        deadline: null,
      }),
    ]);
  });
});

describe('two fugitives sheltered in one year', () => {
  const two = (s: ScenarioInput) => {
    addEvents(s, { year: 2300, type: 'renegade', origin: 'klingon', fugitive: 'Commander Kethral' });
    addEvents(s, { year: 2300, type: 'renegade', origin: 'klingon', fugitive: 'Ghelt, son of Valk' });
  };
  const cost = (p: ReturnType<typeof previewOrder>) => (p.ok ? p.value.violations[0]?.cost : undefined);

  it('price the second as the deadline charges it, a repeat of the first (playtest 33)', () => {
    const g = miniGame(two);
    const [a, b] = g.obligations.map((o) => o.id);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    const first: Order = { type: 'shelter', obligation: a as string };
    const second: Order = { type: 'shelter', obligation: b as string };
    const base = g.rules.costs['V/shelter'];
    const repeat = Math.floor((base * (100 + g.rules.repeatPercent) + 50) / 100);
    expect(repeat).toBeGreaterThan(base);
    expect(cost(previewOrder(g, 'klingon', second))).toBe(base);
    expect(cost(previewOrder(g, 'klingon', second, [first]))).toBe(repeat);
    // The first is due first (the obligations' order): queued after the second, it is not raised.
    expect(cost(previewOrder(g, 'klingon', first, [second]))).toBe(base);
    // Sheltered a year before, the first still counts for the second.
    const next = turn(g, { klingon: [first] }).state;
    expect(cost(previewOrder(next, 'klingon', second))).toBe(repeat);
    // Both sheltered: each card names the price the ledger will charge at the deadline (playtest 35).
    const both = turn(g, { klingon: [first, second] }).state;
    const card = (i: number) => obligationTitle(both, both.obligations[i] as Obligation, 'klingon');
    expect(card(0)).toContain(`(open), −${base} standing at today's price`);
    expect(card(1)).toContain(`(open), −${repeat} standing at today's price`);
    // At the deadline the ledger charges what the rows said, in that order.
    const r = turn(both);
    expect(entries(r.report, 'klingon', 'V/shelter').map((e) => -(e.delta ?? 0))).toEqual([base, repeat]);
  });
});

describe('a fugitive sheltered already (rules version 25)', () => {
  it('cannot be made to escape: the order is refused with words that say why, and the turn changes nothing', () => {
    const sheltered = turn(miniGame(renegade('klingon')), { klingon: [shelter] }).state;
    const v = validateOrder(sheltered, 'klingon', stageEscape);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.error.code).toBe('order/decided');
    expect(v.error.message).toBe(
      'You shelter Vorka the Blade in the open: every eye is on them, and no escape can be staged. Keep them past the deadline, or hand them over.',
    );
    // Given all the same, it is refused in the report, and the year runs as if it were not given.
    const tried = turn(sheltered, { klingon: [stageEscape] });
    expect(tried.report.refused.map((x) => x.code)).toEqual(['order/decided']);
    expect(entries(tried.report, 'klingon', 'V/escape')).toEqual([]);
    expect(entries(tried.report, 'klingon', 'V/shelter')).toHaveLength(1);
    // Kept, the hero stays and the deadline charges the shelter; handed over, the breach is avoided.
    const kept = turn(sheltered);
    expect(kept.state.heroes.map((h) => h.fugitive)).toEqual(['Vorka the Blade']);
    expect(entries(kept.report, 'klingon', 'V/shelter')).toHaveLength(1);
    const handed = turn(sheltered, { klingon: [extradite] });
    expect(handed.state.heroes).toEqual([]);
    expect(entries(handed.report, 'klingon', 'V/shelter')).toEqual([]);
  });

  it('can still escape while it is not sheltered', () => {
    const g = miniGame(renegade('klingon'));
    expect(validateOrder(g, 'klingon', stageEscape).ok).toBe(true);
  });
});

describe('the card of a fugitive sheltered already', () => {
  it('says that leaving it keeps the hero, and what the deadline does (playtest 33)', () => {
    const g = miniGame(renegade('klingon'));
    const asked = obligationTitle(g, g.obligations[0] as Obligation, 'klingon');
    expect(asked).toContain('the Klingon Empire is asked to hand Vorka the Blade over by the end of 2301');
    const sheltered = turn(g, { klingon: [shelter] }).state;
    const ob = sheltered.obligations.find((o) => o.id === OB) as Obligation;
    expect(obligationTitle(sheltered, ob, 'klingon')).toBe(
      "Article V — you shelter Vorka the Blade as a hero; the Federation asked for them by the end of 2301. Leave this card and they stay with you: at the deadline that breaks Article V (open), −16 standing at today's price (a breach of Article V seen before then raises it). Handing them over now keeps the article, late.",
    );
    // The other power reads the demand as it stands.
    expect(obligationTitle(sheltered, ob, 'federation')).toContain('is asked to hand Vorka the Blade over');
  });
});
