// The Events panel's raid cards (src/game/ui/defence.ts): one card a world, each order on one card.
import { describe, expect, it } from 'vitest';
import {
  defences,
  defenceWith,
  fallBackLine,
  holds,
  leavesOpen,
  strikeWords,
} from '../../src/game/ui/defence';
import type { Order, War } from '../../src/sim/index';
import { winChance } from '../../src/sim/index';
import { aWar, miniGame } from './fixtures';

function raid(id: string, target: string, thirdPower = 'romulan'): War {
  return aWar(id, { target, thirdPower });
}

describe('the raid cards of the Events panel', () => {
  // The playtest (seed play20): two raids on one world drew its move and passage cards twice, and
  // the number keys read "1, 2, 1, 2, 5".
  it('give two raids on one world one card, and every order once', () => {
    const s = {
      ...miniGame(),
      wars: [raid('w1', 'vulcan'), raid('w2', 'vulcan', 'tholian'), raid('w3', 'k7')],
    };
    const choices: Order[] = [
      { type: 'move', fleet: 'f2', to: 'vulcan' },
      { type: 'move', fleet: 'f1', to: 'vulcan' },
      { type: 'move', fleet: 'f2', to: 'k7' },
      { type: 'grant-passage' },
    ];
    const cards = defences(s, 'federation', choices);
    expect(cards.map((d) => [d.world.id, d.wars.map((w) => w.id)])).toEqual([
      ['vulcan', ['w1', 'w2']],
      ['k7', ['w3']],
    ]);
    const offered = cards.flatMap((d) => [...d.moves, ...(d.passage ? [d.passage] : [])]);
    expect(offered.map((o) => JSON.stringify(o)).sort()).toEqual(
      choices.map((o) => JSON.stringify(o)).sort(),
    );
    // The other's consent is asked once, on the first card.
    expect(cards.map((d) => d.passage?.type ?? null)).toEqual(['grant-passage', null]);
  });

  // Playtest 42: a card still offered moves to a world of 127 against a raid of 8, and its newcomer
  // sent a squadron there every year.
  it('say a world holds when every raid reads "less than a 1% chance" to take it', () => {
    const s = {
      ...miniGame(),
      wars: [raid('w1', 'vulcan'), { ...raid('w2', 'vulcan', 'tholian'), strength: 9 }],
    };
    const [card] = defences(s, 'federation', []);
    if (!card) throw new Error('no card');
    // The least defence that holds against the stronger raid (9) holds against both.
    let d = 1;
    while (Math.round(100 * winChance(s.rules, 9, d)) > 0) d++;
    expect(winChance(s.rules, 6, d)).toBeLessThan(0.005);
    expect(holds(s, card, 'federation', d)).toBe(true);
    expect(holds(s, card, 'federation', d - 1)).toBe(false);
    // Against the weaker raid alone, a smaller defence holds, which the pair's card does not.
    let weaker = 1;
    while (Math.round(100 * winChance(s.rules, 6, weaker)) > 0) weaker++;
    expect(weaker).toBeLessThan(d);
    expect(holds(s, { ...card, wars: [card.wars[0] as War] }, 'federation', weaker)).toBe(true);
    expect(holds(s, card, 'federation', weaker)).toBe(false);
  });

  it('leave out raids on worlds not the reader’s and raids spent', () => {
    const s = { ...miniGame(), wars: [raid('w1', 'narendra'), { ...raid('w2', 'vulcan'), strength: 0 }] };
    expect(defences(s, 'federation', [])).toEqual([]);
  });
});

describe("a raid card's defence", () => {
  // Playtest 22: after 22 ships were ordered to Archanis IV the card still read "defence of 5, a 62%
  // chance it falls"; only the next year's card counted them.
  it('counts the orders given this year: ships sailing in, sailing out, and built there', () => {
    const s = miniGame();
    const k7 = s.systems.find((x) => x.id === 'k7');
    if (!k7) throw new Error('no k7');
    const garrison = s.rules.battle.garrison;
    // f1 (5 ships) lies at K-7; f2 (4 ships) at Sol.
    expect(defenceWith(s, k7, 'federation', [])).toEqual({ now: garrison + 5, queued: garrison + 5 });
    expect(defenceWith(s, k7, 'federation', [{ type: 'move', fleet: 'f2', to: 'k7' }])).toEqual({
      now: garrison + 5,
      queued: garrison + 9,
    });
    // f1 sails away, and attacks elsewhere take it away too.
    expect(defenceWith(s, k7, 'federation', [{ type: 'move', fleet: 'f1', to: 'vulcan' }]).queued).toBe(
      garrison,
    );
    expect(
      defenceWith(s, k7, 'federation', [{ type: 'attack', fleet: 'f1', target: 'organia' }]).queued,
    ).toBe(garrison);
    expect(defenceWith(s, k7, 'federation', [{ type: 'build', system: 'k7', ships: 2 }]).queued).toBe(
      garrison + 7,
    );
    // Ships built at Sol join f2 there before it sails: they go where it goes (playtest 26's cards
    // were a ship off the report where a fleet left the yard).
    const sol = s.systems.find((x) => x.id === 'sol');
    if (!sol) throw new Error('no Sol');
    const built: Order[] = [
      { type: 'build', system: 'sol', ships: 1 },
      { type: 'move', fleet: 'f2', to: 'k7' },
    ];
    expect(defenceWith(s, k7, 'federation', built).queued).toBe(garrison + 5 + 4 + 1);
    const solGarrison = s.rules.battle.capitalGarrison;
    expect(defenceWith(s, sol, 'federation', built).queued).toBe(solGarrison);
    expect(defenceWith(s, sol, 'federation', [{ type: 'build', system: 'sol', ships: 1 }]).queued).toBe(
      solGarrison + 4 + 1,
    );
    // The other power's orders and fleets are none of it.
    expect(defenceWith(s, k7, 'klingon', [{ type: 'move', fleet: 'f2', to: 'k7' }]).queued).toBe(garrison);
    // A strike on a fleet leaves the striker where it lies, with the ships built there joining it
    // (playtest 38's card dropped the fleet that struck the raiders first, and stayed to defend).
    const strike: Order = { type: 'attack-fleet', fleet: 'f1', target: 'raiders' };
    expect(defenceWith(s, k7, 'federation', [strike]).queued).toBe(garrison + 5);
    expect(defenceWith(s, k7, 'federation', [strike, { type: 'build', system: 'k7', ships: 2 }]).queued).toBe(
      garrison + 7,
    );
  });
});

describe("a raid card's move that leaves a world struck", () => {
  // Playtest 26 (The Withdrawal, 2376): Ajilon Prime's card sent the fleet at Sol, and only Sol's own
  // card, lower down, said that Sol, struck the same year, was left with 16 of its 31.
  it("names the world it leaves, its defence without the fleet and the raid's odds", () => {
    const base = miniGame();
    const year = base.year;
    const s = {
      ...base,
      wars: [{ ...raid('w1', 'k7'), since: year, until: year + 1 }, raid('w2', 'vulcan')],
    };
    const garrison = s.rules.battle.garrison;
    // 6 against a garrison of 2, the strengths squared (rules version 29): 36 / 40, 90%.
    const chance = 90;
    // f1 (5 ships) lies at Station K-7, struck this year.
    expect(leavesOpen(s, 'federation', { type: 'move', fleet: 'f1', to: 'vulcan' }, [])).toBe(
      `Station K-7 is struck this year too: with this fleet gone its defence is ${garrison} (strength 6, a ${chance}% chance it falls).`,
    );
    // A fleet queued to sail in counts in what is left, and ships built there sail with the fleet
    // they join (the core's resolveBuilds).
    expect(
      leavesOpen(s, 'federation', { type: 'move', fleet: 'f1', to: 'vulcan' }, [
        { type: 'move', fleet: 'f2', to: 'k7' },
      ]),
    ).toContain(`its defence is ${garrison + 4} `);
    expect(
      leavesOpen(s, 'federation', { type: 'move', fleet: 'f1', to: 'vulcan' }, [
        { type: 'build', system: 'k7', ships: 2 },
      ]),
    ).toContain(`its defence is ${garrison} `);
    // The fleet's earlier order this year is the one replaced.
    expect(
      leavesOpen(s, 'federation', { type: 'move', fleet: 'f1', to: 'vulcan' }, [
        { type: 'move', fleet: 'f1', to: 'k7' },
      ]),
    ).toContain(`its defence is ${garrison} `);
  });

  // Playtest 26 (The Withdrawal, 2375): the card read strength 32 and the raid struck at 34, with
  // arms the Federation had seen the Empire sell it. Rules version 19: an arms sale names its war.
  it('counts the supply the reader knows of: arms seen sold and open support, never arms unseen', () => {
    const base = miniGame();
    const year = base.year;
    const war = { ...raid('w1', 'k7'), since: year, until: year + 1, armedBy: ['klingon' as const] };
    const sale = (detected: boolean) => ({
      id: `c${year - 1}-k1`,
      party: 'klingon' as const,
      article: 'III' as const,
      code: 'III/arms',
      year: year - 1,
      base: 10,
      detected,
      text: 'The Klingon Empire sells arms.',
      war: 'w1',
    });
    const arms = base.rules.economy.armsStrength;
    const said = (covert: ReturnType<typeof sale>[], supportedBy: ('klingon' | 'federation')[] = []) =>
      leavesOpen(
        { ...base, covert, wars: [{ ...war, supportedBy }] },
        'federation',
        { type: 'move', fleet: 'f1', to: 'vulcan' },
        [],
      );
    expect(said([sale(false)])).toContain('(strength 6,');
    expect(said([])).toContain('(strength 6,');
    expect(said([sale(true)])).toContain(`(strength ${6 + arms},`);
    expect(said([sale(true)], ['klingon'])).toContain(`(strength ${6 + 3 * arms},`);
    // A sale seen for another war is not this war's.
    expect(said([{ ...sale(true), war: 'w9' }])).toContain('(strength 6,');
  });

  it('says nothing of a world struck only in a later year, of a fleet staying, or of the other’s fleet', () => {
    const base = miniGame();
    const later = { ...base, wars: [{ ...raid('w1', 'k7'), since: base.year + 1, until: base.year + 2 }] };
    expect(leavesOpen(later, 'federation', { type: 'move', fleet: 'f1', to: 'vulcan' }, [])).toBeNull();
    const now = { ...base, wars: [{ ...raid('w1', 'k7'), since: base.year, until: base.year }] };
    expect(leavesOpen(now, 'federation', { type: 'move', fleet: 'f1', to: 'k7' }, [])).toBeNull();
    expect(leavesOpen(now, 'klingon', { type: 'move', fleet: 'f1', to: 'vulcan' }, [])).toBeNull();
    // A world struck that is no longer the party's is not its to leave open.
    const lost = {
      ...now,
      systems: now.systems.map((x) => (x.id === 'k7' ? { ...x, owner: 'romulan' } : x)),
    };
    expect(leavesOpen(lost, 'federation', { type: 'move', fleet: 'f1', to: 'vulcan' }, [])).toBeNull();
  });
});

describe("a raid card's word on the ships at a world that falls (playtest 37)", () => {
  it('names the world of the reader’s a lane away they fall back to, or says they are lost', () => {
    const s = miniGame();
    const k7 = s.systems.find((x) => x.id === 'k7');
    if (!k7) throw new Error('no K-7');
    expect(fallBackLine(s, k7, 'federation')).toBe(
      'If Station K-7 falls, the ships of yours that survive fall back to Vulcan.',
    );
    // Vulcan the other's: K-7's other neighbours are no one's, and nowhere is left to fall back to.
    const cut = { ...s, systems: s.systems.map((x) => (x.id === 'vulcan' ? { ...x, owner: 'klingon' } : x)) };
    expect(fallBackLine(cut, k7, 'federation')).toBe(
      'If Station K-7 falls, every ship of yours there is lost: no world of yours lies a lane away to fall back to.',
    );
  });
});

describe("a raid card's strike first", () => {
  it('says the strike comes before the raid, only when one is ordered on its raiders (playtest 38)', () => {
    const s = miniGame();
    const k7 = s.systems.find((x) => x.id === 'k7');
    if (!k7) throw new Error('no k7');
    const d = { world: k7, wars: [{ ...raid('w1', 'k7'), raiders: 'r1' }], moves: [], passage: null };
    expect(strikeWords(d, [])).toBeNull();
    expect(strikeWords(d, [{ type: 'attack-fleet', fleet: 'f1', target: 'other' }])).toBeNull();
    expect(strikeWords(d, [{ type: 'attack-fleet', fleet: 'f1', target: 'r1' }])).toBe(
      'Your strike on the raiders comes first, before they raid Station K-7: won, it takes ships from them, and they raid with what they keep; the fleet that strikes stays where it lies, with the ships it keeps. The odds above count both sides before that battle.',
    );
  });
});
