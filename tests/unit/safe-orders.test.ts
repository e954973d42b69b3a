// Playtest 18's screen defects, through the builders: number keys kept while orders are given, a
// violation marked in the queue, aid met kept in sight, the warning beside End of aid due unmet,
// the raid card's words with fleets at the world, the real gain of an address.
import { describe, expect, it } from 'vitest';
import { aidView } from '../../src/game/ui/aid';
import { noMoveLine } from '../../src/game/ui/defence';
import { aidShort, dueUnmet } from '../../src/game/ui/end-year';
import { obligationTitle } from '../../src/game/ui/event-words';
import { fleetName, rosterOfFleets } from '../../src/game/ui/names';
import { notNow } from '../../src/game/ui/not-now';
import { assignKeys } from '../../src/game/ui/order-keys';
import { queuedViolations } from '../../src/game/ui/orders';
import {
  type AidObligation,
  type GameState,
  type Order,
  orderCost,
  orderEffect,
  violationCost,
} from '../../src/sim/index';
import { miniGame, withRules } from './fixtures';

/** The mini game with a disaster on Qo'noS: `need` reserves due from the Federation by `deadline`. */
function withAid(need: number, deadline: number, delivered = 0): { s: GameState; ob: AidObligation } {
  const g = miniGame();
  const ob: AidObligation = {
    id: 'e-aid',
    kind: 'aid',
    article: 'IV',
    eventId: 'e',
    victim: 'klingon',
    system: 'qonos',
    need,
    deadline,
    delivered: { federation: delivered, klingon: 0 },
  };
  return { s: { ...g, obligations: [...g.obligations, ob] }, ob };
}

describe('number keys', () => {
  const a = '{"a":1}';
  const b = '{"b":2}';
  const c = '{"c":3}';
  it('fresh: 1, 2, 3 in the order listed', () => {
    const k = assignKeys([a, b, c], 0);
    expect([...k.keys]).toEqual([
      [a, '1'],
      [b, '2'],
      [c, '3'],
    ]);
    expect(k.unkeyed).toBe(0);
  });
  it('kept: an order keeps its key when the one before it goes, and one that came since has none', () => {
    const before = assignKeys([a, b], 0).keys;
    // a was given (its card is gone); c came into the list in the second place.
    const after = assignKeys([c, b], 0, before);
    expect(after.keys.get(b)).toBe('2');
    expect(after.keys.has(c)).toBe(false);
    expect([...after.keys.values()]).not.toContain('1');
    expect(after.unkeyed).toBe(1);
  });
});

describe('the queue marks a violation as the order did', () => {
  it('an open recall and a covert operation are marked; a lawful order is not', () => {
    const s = miniGame((x) => {
      x.powers.federation.embassy = 3;
    });
    const queued: Order[] = [
      { type: 'embassy', action: 'recall' },
      { type: 'espionage', mode: 'reveal' },
      { type: 'address-council' },
    ];
    expect(queuedViolations(s, 'federation', queued, 0)).toEqual(['Breaks Article II (open)']);
    expect(queuedViolations(s, 'federation', queued, 1)).toEqual(['Breaks Article I (covert)']);
    expect(queuedViolations(s, 'federation', queued, 2)).toEqual([]);
  });
});

describe('aid', () => {
  it("an obligation's line counts the aid ordered and says when the need is met", () => {
    const { s, ob } = withAid(20, 2300, 5);
    const queued: Order[] = [{ type: 'aid', target: ob.id, amount: 15 }];
    expect(obligationTitle(s, ob, 'federation', aidView(s, 'federation', queued, ob))).toContain(
      '(5 given by you, 15 ordered this year: the need met)',
    );
    expect(obligationTitle(s, ob, 'federation')).toContain('(5 given by you).');
  });

  it('ending the year with aid due this year unmet names it and its cost; aid in full or a later deadline asks nothing', () => {
    const { s, ob } = withAid(20, 2300);
    const cost = violationCost(s, 'federation', 'IV/aid-short');
    const due = dueUnmet(s, 'federation', []);
    expect(due).toHaveLength(1);
    expect(due[0]).toContain("Aid for Qo'noS is due by the end of 2300: 0 of 20 reserves given or ordered.");
    expect(due[0]).toContain(`−${cost} standing`);
    // The test game ends before the grudge would: it lasts for the rest of it; in a longer game, in years.
    expect(s.year + s.rules.lasting.grudgeYears).toBeGreaterThanOrEqual(s.lastYear);
    expect(due[0]).toContain('holds a grudge for the rest of the game.');
    const long = { ...s, lastYear: s.year + s.rules.lasting.grudgeYears + 1 };
    expect(dueUnmet(long, 'federation', [])[0]).toContain(
      `holds a grudge for ${s.rules.lasting.grudgeYears} years.`,
    );
    expect(dueUnmet(s, 'federation', [{ type: 'aid', target: ob.id, amount: 20 }])).toEqual([]);
    expect(dueUnmet(withAid(20, 2301).s, 'federation', [])).toEqual([]);
    // The victim owes nothing to itself.
    expect(dueUnmet(s, 'klingon', [])).toEqual([]);
  });

  it('the question before the year ends names the obligation and what is short of it', () => {
    const { s, ob } = withAid(20, 2300, 5);
    const short = aidShort(s, 'federation', [{ type: 'aid', target: ob.id, amount: 6 }]);
    expect(short).toHaveLength(1);
    expect(short[0]).toMatchObject({ obligation: ob.id, has: 11, need: 20 });
    expect(short[0]?.text).toContain('11 of 20 reserves given or ordered');
  });
});

describe("the raid card's line when no move brings ships", () => {
  it('names the fleets already at the world', () => {
    const s = miniGame();
    expect(noMoveLine(s, 'sol', 'federation', rosterOfFleets(s.fleets))).toMatch(
      /^Your fleet at Sol \(.+; strength 4\) is in its defence already; no other fleet of yours can reach it this year\.$/,
    );
    expect(noMoveLine(s, 'vulcan', 'federation', rosterOfFleets(s.fleets))).toBe(
      'No fleet of yours can reach Vulcan this year.',
    );
  });

  it('names a fleet that can still reach it before a strike named for a later year (playtest 41)', () => {
    const s = miniGame((sc) => withRules(sc, { movement: { maxLanes: 1 } }));
    const roster = rosterOfFleets(s.fleets);
    const k7 = fleetName(s, 'f1', roster);
    // Station K-7 lies two lanes from Sol, a lane a year: it sails this year and arrives the next.
    expect(noMoveLine(s, 'sol', 'federation', roster, s.year + 1)).toMatch(
      new RegExp(
        `no other fleet of yours can reach it this year\\. A fleet that sails now can be there before the strike of ${s.year + 1}: ${k7} at Station K-7, 2 lanes away \\(move it to Vulcan this year, and on to Sol in ${s.year + 1}\\)\\.$`,
      ),
    );
    // A strike this year leaves no time to sail.
    expect(noMoveLine(s, 'sol', 'federation', roster, s.year)).toMatch(/reach it this year\.$/);
    // A fleet given another order this year is not named.
    const busy = [{ type: 'move', fleet: 'f1', to: 'archanis' } as const];
    expect(noMoveLine(s, 'sol', 'federation', roster, s.year + 1, busy)).toMatch(/reach it this year\.$/);
    // Nor one whose only course crosses the other power's space or the neutral zone: a Klingon fleet
    // at Sol, four lanes from Narendra III through the Federation and Organia, is not sent; one at
    // Archanis IV, two lanes by the disputed world, is.
    const away = (at: string) =>
      miniGame((sc) => {
        withRules(sc, { movement: { maxLanes: 1 } });
        const k1 = sc.powers.klingon.fleets?.[0];
        if (k1) k1.location = at;
      });
    const fromSol = away('sol');
    expect(noMoveLine(fromSol, 'qonos', 'klingon', rosterOfFleets(fromSol.fleets), fromSol.year + 4)).toMatch(
      /reach it this year\.$/,
    );
    const fromArchanis = away('archanis');
    expect(
      noMoveLine(
        fromArchanis,
        'qonos',
        'klingon',
        rosterOfFleets(fromArchanis.fleets),
        fromArchanis.year + 1,
      ),
    ).toContain('at Archanis IV, 2 lanes away (move it to Narendra III this year, and on to');
  });
});

describe('an address to the council', () => {
  it('says the support it would really give: less after addresses this decade, none when worn out', () => {
    const g = miniGame();
    // The campaign's terms: 3 support, 1 less for each address of the last ten years.
    const s: GameState = {
      ...g,
      rules: { ...g.rules, support: { ...g.rules.support, address: 3, addressLessEach: 1 } },
    };
    const sup = s.rules.support;
    const order: Order = { type: 'address-council' };
    expect(orderEffect(s, 'federation', order)).toBe(
      `Your council hears you: +${sup.address} support at home. Another next year would give +${sup.address - sup.addressLessEach}.`,
    );
    const years = (n: number): GameState => ({
      ...s,
      powers: {
        ...s.powers,
        federation: {
          ...s.powers.federation,
          addressYears: Array.from({ length: n }, (_, i) => s.year - 1 - i),
        },
      },
    });
    expect(orderEffect(years(1), 'federation', order)).toContain(
      `+${sup.address - sup.addressLessEach} support`,
    );
    const worn = Math.ceil(sup.address / sup.addressLessEach);
    expect(orderEffect(years(worn), 'federation', order)).toMatch(/gives no support at home/);
    // An address nine years old is forgotten next year: one now leaves the next as this one.
    const old: GameState = {
      ...s,
      powers: { ...s.powers, federation: { ...s.powers.federation, addressYears: [s.year - 9] } },
    };
    expect(orderEffect(old, 'federation', order)).toBe(
      `Your council hears you: +${sup.address - sup.addressLessEach} support at home (less for each address of the last ten years).`,
    );
  });
});

describe('a world with nothing affordable', () => {
  it('lists the orders that exist there with their cost and the reserves there are', () => {
    const g = miniGame();
    const s: GameState = {
      ...g,
      powers: { ...g.powers, federation: { ...g.powers.federation, reserves: 1 } },
    };
    const lines = notNow(s, 'federation', [], 'sol');
    const develop = orderCost(s, 'federation', { type: 'develop', system: 'sol' }).reserves;
    expect(lines).toContain(`Develop: ${develop} reserves (you have 1).`);
    expect(lines).toContain(`Build a ship: ${s.rules.economy.shipCost} reserves (you have 1).`);
    // Rich enough: nothing to explain; another's world: not ours to order.
    expect(notNow(g, 'federation', [], 'sol')).toEqual([]);
    expect(notNow(s, 'federation', [], 'qonos')).toEqual([]);
  });
});
