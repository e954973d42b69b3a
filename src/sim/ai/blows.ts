// The AI's blows with its fleets: at worlds (a third power at war with it, one holding worlds it
// lost, or the other party once the Accords are suspended) and at raiders gathered within a lane.
// Each is weighed with the ships of every free fleet in reach (see ./economy.ts, which calls them).
import { winChance } from '../battle';
import { breachOf } from '../orders/index';
import type { Fleet, GameState, War } from '../types';
import { raidersStrengthKnown } from '../visibility';
import { adjacency, findFleet } from '../world';
import { conquestCost } from './debts';
import { besideOther, forcesOf, inDistress } from './reach';
import { type Add, breachPoints, type Eval, standingGain, supportValue } from './value';

// The breach an attack declares, read once (see ./plan.ts).
const ATTACK = breachOf('attack');

export const NO_MASS: readonly number[] = [];

/**
 * The ships that may strike each system, by its place in `v.systems` (rules version 14): the party's
 * fleets at it or a lane away, save those that stand at a named world of ours or sail to help the
 * other party. A power's fleets ordered against one world fight as one attack (rules version 13), so
 * a blow is weighed with every fleet that may join it, each taking its share of the gain.
 */
export function massOf(
  e: Eval,
  nearAt: readonly (readonly number[])[],
  threatened: ReadonlyMap<string, number>,
  helping: readonly Fleet[],
): number[] {
  const mass: number[] = new Array(e.v.systems.length).fill(0);
  for (let j = 0; j < e.fleets.length; j++) {
    const f = e.fleets[j] as Fleet;
    const at = e.fleetAt[j] as number;
    if (at < 0 || threatened.has(f.location) || helping.includes(f)) continue;
    mass[at] = (mass[at] as number) + f.strength;
    for (const n of nearAt[at] as readonly number[]) mass[n] = (mass[n] as number) + f.strength;
  }
  return mass;
}

/**
 * Attacks on worlds: a third power at war with us, one holding worlds we lost (security lost every
 * year until retaken), or (a warlike power, Accords suspended) the other party. Each is weighed with
 * the ships of every free fleet in reach (`mass`), this fleet's value its share of the whole.
 */
export function strikes(
  e: Eval,
  add: Add,
  f: Fleet,
  at: number | undefined,
  near: readonly number[],
  myWars: readonly War[],
  lost: boolean,
  mass: readonly number[],
): void {
  const { v, party, other, t } = e;
  const r = v.rules;
  const { defence } = forcesOf(e);
  for (let k = -1; k < near.length; k++) {
    const i = k < 0 ? at : (near[k] as number);
    const sys = i === undefined ? undefined : v.systems[i];
    if (!sys || sys.owner === null || sys.owner === party) continue;
    const d = defence[i as number] as number;
    const ships = Math.max(f.strength, mass[i as number] ?? 0);
    const p = winChance(r, ships, d);
    // This fleet's share of what the whole blow wins (and of the one breach it makes).
    const share = f.strength / ships;
    const gain =
      p *
        share *
        (e.ov * sys.output +
          (party === 'klingon'
            ? supportValue(e, r.support.klingonBattleWon + r.support.klingonSystemGained)
            : 0)) -
      (1 - p) * f.strength * 0.6;
    if (sys.owner === other) {
      if (t.warlike && v.status === 'suspended')
        add({ type: 'attack', fleet: f.id, target: sys.id }, gain - breachPoints(e, ATTACK) * 0.3 * share);
    } else if (sys.capital || p <= 0.55 || besideOther(e, i as number)) {
      // A third power's capital is beyond reach; a world beside the other party's may fall to it
      // first in the same battles, and the attack would then break Article I.
    } else {
      // A world of the third power's own, taken beyond the worlds we held at the start, earns its
      // grudge (rules version 28): raids, and wars that seek us first.
      const owner = sys.owner;
      if (myWars.some((w) => w.thirdPower === owner)) {
        add(
          { type: 'attack', fleet: f.id, target: sys.id },
          gain - p * share * conquestCost(e, owner, sys.id),
        );
      } else if (lost && !(t.neverViolate && inDistress(v, owner))) {
        // A loyal power does not take a world of a people in a disaster it is asked to relieve to make
        // good its own (playtest 42's loyal Federation took Cardassia Prime in its famine, and was
        // thanked for its relief); a power at war with it is answered all the same.
        const security = r.scoring.securityPerWorldLost * Math.min(10, e.yearsLeft) * 0.4;
        const grudge = conquestCost(e, owner, sys.id);
        add({ type: 'attack', fleet: f.id, target: sys.id }, gain + p * share * (security - grudge));
      }
    }
  }
}

export type Raid = { war: War; raid: Fleet; at: number | undefined };

export const NO_RAIDS: readonly Raid[] = [];

/** The raiders gathered for the year's wars, each found once for every fleet that may meet them. */
export function raidsAgainst(v: GameState): Raid[] {
  const out: Raid[] = [];
  for (const w of v.wars) {
    if (!w.raiders || w.strength <= 0) continue;
    const raid = findFleet(v, w.raiders);
    if (raid) out.push({ war: w, raid, at: adjacency(v).index.get(raid.location) });
  }
  return out;
}

/** A blow at raiders gathered within a lane, before they strike: ours to meet, or the other party's. */
export function raiders(
  e: Eval,
  add: Add,
  f: Fleet,
  near: readonly number[],
  raids: readonly Raid[],
  inForce: boolean,
): void {
  const { v, party, other, t } = e;
  const r = v.rules;
  for (const { war: w, raid, at } of raids) {
    if (raid.location !== f.location && (at === undefined || !near.includes(at))) continue;
    // The raiders fight with their war's strength, as this side knows it (the map's number).
    const strength = raidersStrengthKnown(v, party, w);
    const p = winChance(r, f.strength, strength);
    if (p < 0.6) continue;
    const risk = (1 - p) * f.strength * 0.5;
    if (w.victim === party) {
      add({ type: 'attack-fleet', fleet: f.id, target: raid.id }, p * (3 + 0.4 * strength) - risk);
    } else if (w.victim === other && inForce && !t.warlike && !w.aidedBy.includes(party)) {
      const thanks =
        standingGain(e, r.rewards.warAid) +
        supportValue(e, party === 'klingon' ? r.support.klingonBattleWon : r.support.federationAidGiven);
      add({ type: 'attack-fleet', fleet: f.id, target: raid.id }, p * (thanks + 1) - risk);
    }
  }
}
