// Article IV — humanitarian aid (DESIGN.md section 5): a disaster on one party's world obliges the
// other to aid it by the deadline; in full earns standing (more when generous), short is an omission.
import { describe, expect, it } from 'vitest';
import { obligationTitle } from '../../src/game/ui/event-words';
import { describeOrder, type Obligation, type ScenarioInput } from '../../src/sim/index';
import { addEvents, entries, miniGame, qonosDisaster, type TimelineInput, turn, withRules } from './fixtures';

const disaster =
  (extra: Partial<TimelineInput> = {}) =>
  (s: ScenarioInput) =>
    addEvents(s, qonosDisaster(extra));
const OB = 'e2300-t0-aid';
const aid = (amount: number, target = OB) => ({ type: 'aid' as const, target, amount });

describe('a disaster', () => {
  it('creates an aid obligation of the other party, due by the year of event + deadline − 1', () => {
    const g = miniGame(disaster({ deadline: 3 }));
    expect(g.obligations).toEqual([
      expect.objectContaining({
        id: OB,
        kind: 'aid',
        victim: 'klingon',
        system: 'qonos',
        need: 10,
        deadline: 2302,
      }),
    ]);
    expect(g.events.map((e) => [e.type, e.article])).toEqual([['disaster', 'IV']]);
  });

  it("fills its scenario's words: known names replaced, unknown ones (even an object's own keys) left as written", () => {
    const g = miniGame(
      disaster({
        title: 'Fire on {system} ({need})',
        text: '{victim} calls for {need}; {nobody} and {__proto__} and {toString} answer. {open',
      }),
    );
    const e = g.events[0];
    const system = g.systems.find((x) => x.id === 'qonos')?.name;
    expect(e?.title).toBe(`Fire on ${system} (10)`);
    expect(e?.text).toBe(
      'the Klingon Empire calls for 10; {nobody} and {__proto__} and {toString} answer. {open',
    );
  });

  it('destroys its damage in reserves at once', () => {
    const g = miniGame(disaster({ damage: 7 }));
    expect(g.powers.klingon.reserves).toBe(33);
    const h = miniGame((s) => {
      disaster()(s);
      withRules(s, { economy: { disasterDamage: 5 } });
    });
    expect(h.powers.klingon.reserves).toBe(35);
  });
});

describe('aid', () => {
  it('in full and on time earns aidInFull; the reserves go to the victim', () => {
    const r = turn(miniGame(disaster()), { federation: [aid(10)] });
    expect(entries(r.report, 'federation', 'IV/aid')).toEqual([
      expect.objectContaining({ article: 'IV', kind: 'reward', delta: 3 }),
    ]);
    expect(entries(r.report, 'federation', 'IV/aid-generous')).toEqual([]);
    expect(r.state.powers.federation.standing).toBe(64); // + clean year
    expect(r.state.powers.federation.reserves).toBe(40 - 10 + 16);
    expect(r.state.powers.klingon.reserves).toBe(40 + 10 + 10);
    expect(r.state.obligations).toEqual([]);
  });

  it('at aidGenerousPercent of the need earns aidGenerous more', () => {
    const generous = turn(miniGame(disaster()), { federation: [aid(15)] });
    expect(entries(generous.report, 'federation', 'IV/aid-generous')).toEqual([
      expect.objectContaining({ kind: 'reward', delta: 2 }),
    ]);
    expect(generous.state.powers.federation.standing).toBe(66);
    // More than the need is said as such ("15 of 10" read as a mistake: playtest 25).
    const told = generous.report.changes.filter((c) => c.text.includes('has delivered')).map((c) => c.text);
    expect(told).toEqual([
      expect.stringMatching(/^The Federation has delivered 15 for .+, more than the 10 asked\.$/),
    ]);
    const almost = turn(miniGame(disaster()), { federation: [aid(14)] });
    expect(entries(almost.report, 'federation', 'IV/aid-generous')).toEqual([]);
    expect(almost.state.powers.federation.standing).toBe(64);
  });

  it('short of the need by the deadline is an IV/aid-short omission', () => {
    const short = turn(miniGame(disaster()), { federation: [aid(9)] });
    expect(entries(short.report, 'federation', 'IV/aid-short')).toEqual([
      expect.objectContaining({ article: 'IV', kind: 'violation', delta: -6 }),
    ]);
    expect(entries(short.report, 'federation', 'IV/aid')).toEqual([]);
    expect(short.state.powers.federation.standing).toBe(54);
    const none = turn(miniGame(disaster()));
    expect(none.state.powers.federation.standing).toBe(54);
    // The victim itself owes nothing.
    expect(none.state.powers.klingon.standing).toBe(61);
  });

  it('adds up over the years until the deadline, and is judged only then', () => {
    let g = miniGame(disaster({ deadline: 2 }));
    const r1 = turn(g, { federation: [aid(6)] });
    expect(r1.report.ledger.filter((e) => e.article === 'IV')).toEqual([]);
    expect(r1.state.obligations[0]).toMatchObject({ delivered: { federation: 6, klingon: 0 } });
    g = r1.state;
    const r2 = turn(g, { federation: [aid(4)] });
    expect(entries(r2.report, 'federation', 'IV/aid')).toHaveLength(1);
    expect(r2.state.obligations).toEqual([]);
  });

  it('is refused for one’s own disaster and after the deadline', () => {
    let g = miniGame(disaster());
    const r = turn(g, { klingon: [aid(10)] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/own-disaster']);
    g = r.state;
    const late = turn(g, { federation: [aid(10)] });
    expect(late.report.refused.map((x) => x.code)).toEqual(['order/unknown-target']);
  });

  it('is refused beyond the reserves', () => {
    const r = turn(miniGame(disaster()), { federation: [aid(41)] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/no-reserves']);
  });

  it('short again within the forgiveness window costs more', () => {
    let g = miniGame((s) => {
      disaster()(s);
      disaster({ year: 2301 })(s);
    });
    g = turn(g).state;
    const r = turn(g);
    expect(entries(r.report, 'federation', 'IV/aid-short')).toEqual([
      expect.objectContaining({ priors: 1, delta: -8 }), // 6 × 1.25 = 7.5
    ]);
  });
});

describe('a disaster on a third power’s world', () => {
  const romulan = disaster({ victim: 'romulan', system: 'romulus' });

  it('is no duty of either party', () => {
    const r = turn(miniGame(romulan));
    expect(r.report.ledger.filter((e) => e.article === 'IV')).toEqual([]);
    expect(r.state.powers.federation.standing).toBe(61);
    expect(r.state.powers.klingon.standing).toBe(61);
  });

  it('still rewards either party’s aid in full', () => {
    const r = turn(miniGame(romulan), { federation: [aid(10)], klingon: [aid(15)] });
    expect(r.report.ledger.filter((e) => e.article === 'IV').map((e) => [e.party, e.code])).toEqual([
      ['federation', 'IV/aid'],
      ['klingon', 'IV/aid'],
      ['klingon', 'IV/aid-generous'],
    ]);
    // Income is paid after the deadline: the generous giver's goodwill (rules version 8) is in it.
    expect(r.state.powers.klingon.reserves).toBe(40 - 15 + 10 + r.state.rules.lasting.goodwillOutput);
  });

  it('strikes the signatory that holds the world, and asks the other for the relief (rules version 25)', () => {
    const g = miniGame((x) => {
      disaster({ victim: 'romulan', system: 'romulus', damage: 6 })(x);
      for (const y of x.map.systems) if (y.id === 'romulus') y.owner = 'klingon';
    });
    expect(g.obligations).toEqual([expect.objectContaining({ victim: 'klingon', system: 'romulus' })]);
    expect(g.events[0]?.text).toMatch(
      / Romulus is held by the Klingon Empire now: the disaster strikes the Klingon Empire, and Article IV asks the Federation for the relief\.$/,
    );
    expect(g.powers.klingon.reserves).toBe(34); // its damage falls on the holder
    // A duty of the Federation now: left short at the deadline, it is an omission of Article IV.
    const r = turn(g);
    expect(entries(r.report, 'federation', 'IV/aid-short')).toHaveLength(1);
    // Held by its own people, it is no one's duty (above).
    expect(miniGame(romulan).obligations).toEqual([expect.objectContaining({ victim: 'romulan' })]);
  });

  it('names its world on the card as the victim’s only while the victim holds it (playtest 37)', () => {
    const g = miniGame(romulan);
    const ob = g.obligations[0] as Obligation;
    expect(obligationTitle(g, ob, 'klingon')).toMatch(
      /^Article IV — aid for Romulus, a world of the Romulan Star Empire: /,
    );
    const taken = {
      ...g,
      systems: g.systems.map((x) => (x.id === 'romulus' ? { ...x, owner: 'klingon' } : x)),
    };
    expect(obligationTitle(taken, ob, 'klingon')).toMatch(
      /^Article IV — aid for the Romulan Star Empire, struck at Romulus, your world now: /,
    );
    expect(obligationTitle(taken, ob, 'federation')).toMatch(
      /^Article IV — aid for the Romulan Star Empire, struck at Romulus, held by the Klingon Empire now: /,
    );
  });
});

describe('an aid order’s words', () => {
  it('name which need it meets when two disasters strike one world (playtest 37)', () => {
    const two = miniGame((s) => addEvents(s, qonosDisaster(), qonosDisaster({ need: 14, deadline: 2 })));
    const [a, b] = two.obligations.map((o) => o.id);
    const words = (s: typeof two, target: string) =>
      describeOrder(s, 'federation', { type: 'aid', target, amount: 12 });
    expect(words(two, a ?? '')).toBe(
      "Send 12 reserves of aid to Qo'noS (the need of 10, by the end of 2300)",
    );
    expect(words(two, b ?? '')).toBe(
      "Send 12 reserves of aid to Qo'noS (the need of 14, by the end of 2301)",
    );
    const one = miniGame((s) => addEvents(s, qonosDisaster()));
    expect(words(one, one.obligations[0]?.id ?? '')).toBe("Send 12 reserves of aid to Qo'noS");
  });
});
