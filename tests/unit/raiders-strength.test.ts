// A war's raiders as the screens number them (src/game/ui/raiders-strength.ts): arms, open support
// and war aid change the war's strength, not its raiders' fleet, and the raiders fight with their
// war's (rules version 19). The map showed the fleet's older number beside the raid card's.
import { describe, expect, it } from 'vitest';
import {
  raidersNow,
  raidStrengthWords,
  shownStrength,
  warOfRaiders,
} from '../../src/game/ui/raiders-strength';
import type { Fleet, GameState, War } from '../../src/sim/index';
import { addEvents, miniGame, turn, withRules } from './fixtures';

const RAIDERS = 'raiders-e2300-t0-klingon';

/** The Romulans name a Klingon world in 2300 (strength 8), to strike it from 2301 to 2303. */
function named(): GameState {
  return miniGame((s) => {
    withRules(s, { threats: { warningYears: 1 }, battle: { garrison: 0, capitalGarrison: 0 } });
    addEvents(s, {
      year: 2300,
      type: 'incursion',
      attacker: 'romulan',
      victim: 'klingon',
      strength: 8,
      years: 3,
    });
  });
}

function parts(s: GameState): { war: War; raiders: Fleet } {
  const raiders = s.fleets.find((f) => f.id === RAIDERS);
  const war = s.wars[0];
  if (!raiders || !war) throw new Error('fixture: no war or no raiders');
  return { war, raiders };
}

/**
 * 2301, the war's first year of strikes: in 2300 the Federation sold the Romulans arms in secret
 * (unseen; 2 on the war's strength) and gave the Klingons 15 reserves of war aid (3 off it): the
 * war is at 7, and the raiders' fleet still reads the 8 it gathered with.
 */
function aidedAndArmed(): GameState {
  const g = named();
  const war = parts(g).war.id;
  const r = turn(g, {
    federation: [
      { type: 'covert-arms', thirdPower: 'romulan' },
      { type: 'aid', target: war, amount: 15 },
    ],
  });
  expect(r.report.refused).toEqual([]);
  return r.state;
}

describe("a war's raiders as the screens number them", () => {
  it("show their war's strength, not their fleet's older number", () => {
    const s = aidedAndArmed();
    const { war, raiders } = parts(s);
    expect(s.year).toBe(2301);
    expect(raiders.strength).toBe(8);
    expect(war.strength).toBe(7);
    expect(war.armedBy).toEqual(['federation']);
    expect(warOfRaiders(s, raiders)?.id).toBe(war.id);
    // The Klingons have not seen the arms: the war's 7 (the fleet's 8 was shown before).
    expect(shownStrength(s, raiders, 'klingon')).toBe(7);
    // The seller knows its arms: this year's pay adds 2 before the year's battles.
    expect(shownStrength(s, raiders, 'federation')).toBe(7 + s.rules.economy.armsStrength);
    expect(raidersNow(s, war, 'federation')).toBe(9);
  });

  it('count arms the reader has seen, and open support, as the raid card does', () => {
    const s = aidedAndArmed();
    const { war, raiders } = parts(s);
    s.covert = s.covert.map((a) => ({ ...a, detected: true }));
    expect(shownStrength(s, raiders, 'klingon')).toBe(9);
    s.wars = [{ ...war, armedBy: [], supportedBy: ['federation'] }];
    expect(shownStrength(s, raiders, 'klingon')).toBe(7 + 2 * s.rules.economy.armsStrength);
    expect(raidStrengthWords(s, parts(s).war, 'klingon')).toBe(
      'strength 11 (7 now, and 4 more from the arms and open support you know of)',
    );
  });

  it('before their first strike, fight with the war’s strength alone: no supply is paid yet', () => {
    const s = named();
    const { war, raiders } = parts(s);
    s.wars = [{ ...war, strength: 9, supportedBy: ['federation'] }];
    expect(s.year).toBeLessThan(war.since);
    expect(shownStrength(s, raiders, 'klingon')).toBe(9);
    // The tip's line for the named world says what it strikes with, in the card's words.
    expect(raidStrengthWords(s, parts(s).war, 'klingon')).toBe(
      'strength 13 (9 now, and 4 more from the arms and open support you know of)',
    );
  });

  it("with no reader known, or no game's rules (a scenario's map), show the war's strength", () => {
    const s = aidedAndArmed();
    const { raiders } = parts(s);
    expect(shownStrength(s, raiders, null)).toBe(7);
    const shape = { fleets: s.fleets, wars: s.wars };
    expect(shownStrength(shape, raiders, 'federation')).toBe(7);
    expect(raidStrengthWords(shape, parts(s).war, 'federation')).toBe('strength 7 now');
  });

  it("leave every other fleet's strength as it is", () => {
    const s = aidedAndArmed();
    const others = s.fleets.filter((f) => f.id !== RAIDERS);
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) {
      expect(warOfRaiders(s, f)).toBeUndefined();
      expect(shownStrength(s, f, 'klingon')).toBe(f.strength);
    }
  });
});
