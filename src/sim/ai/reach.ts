// Where a fleet of the AI can go (./economy.ts): beside a world to retake, a world of its own beside
// it, home from the other party's space. Systems are read by their place in `state.systems` and their
// neighbours' places (`Adjacency.near`), not looked up by id for every fleet and neighbour.
import { winChance } from '../battle';
import type { Rules } from '../scenario/rules';
import type { Fleet, GameState, Party, System } from '../types';
import { adjacency, laneDistance, shortestPath } from '../world';
import type { Eval } from './value';

/**
 * Every system's defence by its place in `v.systems` (its garrison, none for an unclaimed world, and
 * its owner's fleets there), and where the other party's ships lie: what a blow, a rescue or a world
 * retaken weighs. Found in a pass over the systems and one over the fleets when a plan first asks.
 */
export type Forces = { defence: readonly number[]; otherShipsAt: readonly boolean[] };

export function forcesOf(e: Eval): Forces {
  if (e.forces === null) e.forces = findForces(e.v, e.other);
  return e.forces;
}

function findForces(v: GameState, other: Party): Forces {
  const systems = v.systems;
  const b = v.rules.battle;
  const defence: number[] = new Array(systems.length);
  const otherShipsAt: boolean[] = new Array(systems.length);
  for (let i = 0; i < systems.length; i++) {
    const x = systems[i] as System;
    otherShipsAt[i] = false;
    defence[i] = x.owner === null ? 0 : x.capital ? b.capitalGarrison : b.garrison;
  }
  const { index } = adjacency(v);
  for (const f of v.fleets) {
    const i = index.get(f.location);
    if (i === undefined) continue;
    if (f.owner === other) otherShipsAt[i] = true;
    const owner = (systems[i] as System).owner;
    // The null is tested apart, so the comparison only ever sees strings (see world.ts ownedBy).
    if (owner !== null && owner === f.owner) defence[i] = (defence[i] as number) + f.strength;
  }
  return { defence, otherShipsAt };
}

/** The defence of the system `id`, or undefined when there is none. */
export function defenceAt(e: Eval, id: string | null): number | undefined {
  const i = id === null ? undefined : adjacency(e.v).index.get(id);
  return i === undefined ? undefined : forcesOf(e).defence[i];
}

/**
 * The third powers' worlds a fleet of the party might retake (not a capital, beside one of ours, not
 * beside the other party's nor under its ships), by place in ascending order, and the same as a test
 * by place: found once for the plan, for every fleet (whether one is strong enough is its own).
 */
export type Prey = { places: readonly number[]; at: readonly boolean[]; stands: readonly Stand[] };

/** A world of ours beside a prey (at place `prey`), where a fleet may gather to retake it. */
type Stand = { prey: number; world: System };

export function preyOf(e: Eval): Prey {
  const { v, party } = e;
  const systems = v.systems;
  const { near } = adjacency(v);
  const places: number[] = [];
  const at: boolean[] = new Array(systems.length).fill(false);
  const stands: Stand[] = [];
  for (let i = 0; i < systems.length; i++) {
    const x = systems[i] as System;
    if (x.owner === null || x.owner === party || x.capital) continue;
    if (x.owner === 'federation' || x.owner === 'klingon') continue;
    if (!(near[i] ?? []).some((n) => systems[n]?.owner === party)) continue;
    if (besideOther(e, i)) continue;
    // A loyal power does not gather to take a world of a people in a disaster (./blows.ts strikes).
    if (e.t.neverViolate && inDistress(v, x.owner)) continue;
    places.push(i);
    at[i] = true;
    for (const n of near[i] ?? []) {
      const world = systems[n] as System;
      if (world.owner === party) stands.push({ prey: i, world });
    }
  }
  return { places, at, stands };
}

/**
 * Where a fleet should stand to retake a world a third power holds (one of `prey`): a world of ours
 * beside it, within a year's move, when the fleet would take it (`takes`).
 */
export function retakeFrom(e: Eval, f: Fleet, maxLanes: number, prey: Prey): string | undefined {
  const v = e.v;
  const { index, near } = adjacency(v);
  const { defence } = forcesOf(e);
  const at = index.get(f.location);
  if (at !== undefined)
    for (const n of near[at] ?? [])
      if (prey.at[n] === true && takes(v.rules, f, defence[n] as number)) return undefined;
  // The stands in the order of their prey, then of its neighbours (what a walk of both would meet).
  for (const { prey: j, world } of prey.stands) {
    if (!takes(v.rules, f, defence[j] as number) || world.id === f.location) continue;
    if (laneDistance(v, f.location, world.id, maxLanes) <= maxLanes) return world.id;
  }
  return undefined;
}

/**
 * The fleet would take the world three times in five: a little surer than the 55% at which a blow is
 * struck (./blows.ts), so that it gathers for the blows it would strike.
 */
function takes(rules: Rules, f: Fleet, defence: number): boolean {
  return winChance(rules, f.strength, defence) >= 0.6;
}

/** The id of the first of the systems at places `near` that `test` accepts. */
export function firstNear(
  systems: readonly System[],
  near: readonly number[],
  test: (x: System) => boolean,
): string | undefined {
  for (const n of near) if (test(systems[n] as System)) return (systems[n] as System).id;
  return undefined;
}

/** True when the world at place `i` lies beside one of the other party's, or the other party's ships lie there. */
export function besideOther(e: Eval, i: number): boolean {
  if (forcesOf(e).otherShipsAt[i]) return true;
  const { v, other } = e;
  return (adjacency(v).near[i] ?? []).some((n) => v.systems[n]?.owner === other);
}

/** Deep in the other's space (after helping there): as far as a year's move goes towards the capital. */
export function homeward(v: GameState, party: Party, from: string): string | undefined {
  const capital = v.systems.find((x) => x.capital && x.owner === party);
  const path = capital ? shortestPath(v, from, capital.id) : null;
  if (!path || path.length < 2) return undefined;
  return path[Math.min(v.rules.movement.maxLanes, path.length - 1)];
}

/** Whether `owner`, a third power, suffers a disaster whose relief is open (Article IV). */
export function inDistress(v: GameState, owner: string): boolean {
  for (const o of v.obligations) if (o.kind === 'aid' && o.victim === owner) return true;
  return false;
}
