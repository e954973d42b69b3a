// The cards say what the year will pay (playtest 20): each card's words on a state built for it, and
// the turn that follows pays what they said — a summit inside its window, rewards shrunk near the top,
// an extradition's support, aid against a war (once per war), a ruling ignored.
import { describe, expect, it } from 'vitest';
import { generousLine, warAidView } from '../../src/game/ui/aid';
import {
  type GameState,
  type Order,
  orderEffect,
  type Party,
  type ScenarioInput,
  type TurnReport,
} from '../../src/sim/index';
import { addEvents, entries, miniGame, qonosDisaster, tholianWar, turn, withPressure } from './fixtures';

const summit: Order = { type: 'summit' };
const both = (o: Order) => ({ federation: [o], klingon: [o] });
/** The mini game with the pressure of the campaign's rules, a power's standing set. */
const at = (party: Party, standing: number, ...edits: ((s: ScenarioInput) => void)[]) =>
  miniGame((s) => {
    withPressure(s);
    s.powers[party].standing = standing;
    for (const e of edits) e(s);
  });
const deltas = (r: { report: TurnReport }, party: Party, code: string) =>
  entries(r.report, party, code).map((e) => e.delta);

describe('the summit card', () => {
  it('says what a summit held this year pays each power, and the year pays it', () => {
    const g = at('klingon', 95);
    expect(orderEffect(g, 'federation', summit)).toContain(
      'Held this year, it earns you +2 standing, and the Klingon Empire no standing (at a standing of 95, this near the top, a reward of 2 adds nothing; it still counts as an act of faith)',
    );
    const r = turn(g, both(summit));
    expect(deltas(r, 'federation', 'summit')).toEqual([2]);
    expect(deltas(r, 'klingon', 'summit')).toEqual([0]);
    // It still counts as an act of faith: a standing of 95 does not ebb this year.
    expect(entries(r.report, 'klingon', 'drift')).toEqual([]);
  });

  it('says in the last year that a summit needs the other power to propose one that year too', () => {
    const g = { ...at('federation', 60), year: 2330 };
    expect(g.lastYear).toBe(2330);
    expect(orderEffect(g, 'federation', summit)).toMatch(
      /^The last year: a summit is held only if the other power proposes one this year too/,
    );
    // A proposal alone in the last year is not held: nothing is paid.
    const r = turn(g, { federation: [summit] });
    expect(deltas(r, 'federation', 'summit')).toEqual([]);
  });

  it('says a summit inside `rewards.summitEveryYears` pays nothing, and when the next will (2300 playtest)', () => {
    let g = turn(at('federation', 60), both(summit)).state;
    const words = orderEffect(g, 'klingon', summit);
    expect(words).toContain(
      'it earns neither power any standing (a summit was rewarded in 2300; the next pays from 2305: once in 5 years)',
    );
    expect(words).not.toContain('+2');
    const held = turn(g, both(summit));
    expect(held.report.changes.some((c) => c.text === 'The two powers meet at a summit.')).toBe(true);
    expect(held.report.ledger.filter((e) => e.code === 'summit')).toEqual([]);
    // The report says why it paid nothing (playtest 23 read only "no act of faith this year").
    expect(
      held.report.changes.filter((c) => c.text.startsWith('The summit earns')).map((c) => c.text),
    ).toEqual([
      'The summit earns the Federation no standing and is no act of faith this year: a summit was rewarded in 2300; the next pays from 2305 (once in 5 years).',
      'The summit earns the Klingon Empire no standing and is no act of faith this year: a summit was rewarded in 2300; the next pays from 2305 (once in 5 years).',
    ]);
    // In 2305 it pays again.
    for (let y = 2301; y < 2305; y++) g = turn(g).state;
    expect(g.year).toBe(2305);
    expect(orderEffect(g, 'klingon', summit)).toContain('it earns both powers +2 standing');
    expect(deltas(turn(g, both(summit)), 'klingon', 'summit')).toEqual([2]);
  });

  it('names the other power’s proposal that makes it a summit', () => {
    const g = turn(at('federation', 60), { federation: [summit] }).state;
    expect(orderEffect(g, 'klingon', summit)).toContain(
      'The Federation proposed a summit in 2300: yours holds it this year.',
    );
  });
});

describe('rewards near the top', () => {
  it('the tariff quarrel card says what each power earns at its standing (+2 at 86, +3 at 60)', () => {
    const g = turn(
      at('klingon', 60, (s) => addEvents(s, { year: 2301, type: 'trade', kind: 'tariff-quarrel' })),
      both({ type: 'trade-pact' }),
    ).state;
    const k = { ...g, powers: { ...g.powers, klingon: { ...g.powers.klingon, standing: 86 } } };
    const a: Order = { type: 'arbitrate', dispute: 'e2301-t0-tariff' };
    expect(orderEffect(k, 'klingon', a)).toContain(
      'it earns you +2 standing (3, less near the top: a standing of 86), and the Federation +3 standing',
    );
    expect(orderEffect(k, 'federation', a)).toContain(
      'it earns you +3 standing, and the Klingon Empire +2 standing (3, less near the top: a standing of 86)',
    );
    const r = turn(k, both(a));
    expect(deltas(r, 'klingon', 'VI/arbitration')).toEqual([2]);
    expect(deltas(r, 'federation', 'VI/arbitration')).toEqual([3]);
  });

  it('aid in full and generous aid say +2 and +1 at 89, and the deadline pays them', () => {
    const g = at('federation', 89, (s) => addEvents(s, qonosDisaster()));
    const ob = g.obligations[0]?.id ?? '';
    const aid = (amount: number): Order => ({ type: 'aid', target: ob, amount });
    const near = '(3, less near the top: a standing of 89)';
    // Paid at the deadline from the standing then: the words say a rise before it pays less.
    const then = 'priced at your standing now: less if it has risen by then';
    expect(orderEffect(g, 'federation', aid(10))).toContain(
      `(10 of 10: the need in full). At the deadline it earns +2 standing ${near}, ${then}.`,
    );
    expect(orderEffect(g, 'federation', aid(15))).toContain(
      `At the deadline it earns +2 standing ${near}, and generous aid +1 standing more (2, less near the top: a standing of 89), ${then}.`,
    );
    expect(orderEffect(g, 'federation', aid(5))).not.toContain('standing');
    const card = g.obligations.find((o) => o.id === ob);
    if (card?.kind !== 'aid') throw new Error('no disaster');
    expect(generousLine(g, 'federation', [], card)).toContain(
      'is generous aid, +1 standing more (2, less near the top: a standing of 89)',
    );
    const r = turn(g, { federation: [aid(15)] });
    expect(deltas(r, 'federation', 'IV/aid')).toEqual([2]);
    expect(deltas(r, 'federation', 'IV/aid-generous')).toEqual([1]);
  });

  it('generous aid that adds nothing this near the top says so in a sentence (playtest 38)', () => {
    const g = at('federation', 96, (s) => addEvents(s, qonosDisaster()));
    const ob = g.obligations[0]?.id ?? '';
    expect(orderEffect(g, 'federation', { type: 'aid', target: ob, amount: 15 })).toContain(
      ', and generous aid adds no more standing (at a standing of 96, this near the top, a reward of 2 adds nothing',
    );
    const card = g.obligations.find((o) => o.id === ob);
    if (card?.kind !== 'aid') throw new Error('no disaster');
    expect(generousLine(g, 'federation', [], card)).toContain(
      'is generous aid, which adds no more standing (at a standing of 96',
    );
  });

  it('paying reparations says the standing the year pays at the power’s standing', () => {
    const g: GameState = at('klingon', 88);
    const withDemand = {
      ...g,
      demands: [{ by: 'federation' as const, debtor: 'klingon' as const, amount: 5, year: 2300 }],
    };
    const pay: Order = { type: 'reparations', answer: 'pay' };
    expect(orderEffect(withDemand, 'klingon', pay)).toContain(
      'An act of faith: +4 standing (6, less near the top: a standing of 88)',
    );
    expect(deltas(turn(withDemand, { klingon: [pay] }), 'klingon', 'reparations')).toEqual([4]);
  });
});

describe('the extradition card', () => {
  const renegade = (origin: Party) => (s: ScenarioInput) =>
    addEvents(s, { year: 2300, type: 'renegade', origin, fugitive: 'Vorka the Blade' });
  const extradite: Order = { type: 'extradite', obligation: 'e2300-t0-extradition' };

  it('says its support at home, read from the rules (no longer "free" of cost: 2298 playtest)', () => {
    const g = at('klingon', 90, renegade('klingon'));
    expect(orderEffect(g, 'klingon', extradite)).toBe(
      'The fugitive is handed over: Article V is kept, +2 standing (3, less near the top: a standing of 90); −5 support at home: many call it dishonour.',
    );
    const r = turn(g, { klingon: [extradite] });
    expect(deltas(r, 'klingon', 'V/extradition')).toEqual([2]);
    const home = r.report.changes.filter((c) => c.kind === 'support' && c.text.includes('dishonour'));
    expect(home.map((c) => c.delta)).toEqual([g.rules.support.klingonExtradition]);
    expect(g.rules.support.klingonExtradition).toBe(-5);
  });

  it('costs the Federation nothing at home, and says nothing of it', () => {
    const g = at('federation', 60, renegade('federation'));
    expect(orderEffect(g, 'federation', extradite)).toBe(
      'The fugitive is handed over: Article V is kept, +3 standing.',
    );
  });
});

describe('aid against a third power’s war', () => {
  // The Tholians at war with the Klingons for three years; the Federation may aid them.
  const war = tholianWar(3);
  const WAR = 'e2300-t0-klingon';
  const aid = (amount: number): Order => ({ type: 'aid', target: WAR, amount });

  it('says its standing, once a war, and the year pays it once', () => {
    let g = at('federation', 60, war);
    expect(orderEffect(g, 'federation', aid(5))).toContain(
      'You stand with the Klingon Empire against the Tholian Assembly: +4 standing, once in this war.',
    );
    expect(orderEffect(g, 'federation', aid(3))).toContain(
      'Less than 5 reserves at once earns no standing and is no act of faith (with 5 or more, you stand with the Klingon Empire',
    );
    // Queued once already, the same aid again is told as the year will take it: no standing.
    const w = g.wars.find((x) => x.id === WAR);
    if (!w) throw new Error('no war');
    const again = orderEffect(warAidView(g, 'federation', [aid(5)], w), 'federation', aid(5));
    expect(again).toContain(
      'You have stood with the Klingon Empire in this war already: more aid earns no standing',
    );
    expect(warAidView(g, 'federation', [aid(3)], w)).toBe(g);
    const r = turn(g, { federation: [aid(5), aid(5)] });
    expect(deltas(r, 'federation', 'III/war-aid')).toEqual([4]);
    // The next year (the 2302 playtest's second aid paid nothing).
    g = r.state;
    expect(orderEffect(g, 'federation', aid(5))).toContain('in this war already: more aid earns no standing');
    expect(deltas(turn(g, { federation: [aid(5)] }), 'federation', 'III/war-aid')).toEqual([]);
  });
});

describe('the accept-ruling card', () => {
  // Archanis held by the Klingons, claimed by the Federation: a seed whose ruling goes against them.
  const held = (seed: string) =>
    miniGame((s) => {
      withPressure(s);
      const a = s.map.systems.find((x) => x.id === 'archanis');
      if (a) a.owner = 'klingon';
      addEvents(s, { year: 2300, type: 'dispute', system: 'archanis', claimant: 'federation' });
    }, seed);

  it('says what ignoring costs, as the deadline charges it (Centennial Eve 2297 playtest)', () => {
    for (let i = 0; i < 60; i++) {
      const r = turn(held(`s${i}`), { federation: [{ type: 'arbitrate', dispute: 'archanis' }] });
      const ruling = r.state.obligations.find((o) => o.kind === 'ruling');
      if (!ruling) continue;
      const words = orderEffect(r.state, 'klingon', { type: 'accept-ruling', obligation: ruling.id });
      expect(words).toContain(
        'Not accepted by the end of 2301, you keep it and break Article VI (open): −25 standing, though your people cheer the defiance (+2 support).',
      );
      const ignored = turn(r.state);
      expect(deltas(ignored, 'klingon', 'VI/ruling-ignored')).toEqual([-25]);
      return;
    }
    throw new Error('no seed in 60 rules against the Klingons');
  });
});
