// Where a fleet of the AI can go (./economy.ts): beside a world to retake, a world of its own beside
// it, home from the other party's space. Systems are read by their place in `state.systems` and their
// neighbours' places (`Adjacency.near`), not looked up by id for every fleet and neighbour.
import type { Fleet, GameState, Party, System } from '../types';
import { adjacency, laneDistance, shortestPath } from '../world';
import type { Eval } from './value';

/**
 * The third powers' worlds a fleet of the party might retake (not a capital, beside one of ours, not
 * beside the other party's nor under its ships), by place in ascending order, and the same as a test
 * by place: found once for the plan, for every fleet (whether one is strong enough is its own).
 */
export type Prey = { places: readonly number[]; at: readonly boolean[] };

export function preyOf(e: Eval): Prey {
  const { v, party } = e;
  const systems = v.systems;
  const { near } = adjacency(v);
  const places: number[] = [];
  const at: boolean[] = new Array(systems.length).fill(false);
  for (let i = 0; i < systems.length; i++) {
    const x = systems[i] as System;
    if (x.owner === null || x.owner === party || x.capital) continue;
    if (x.owner === 'federation' || x.owner === 'klingon') continue;
    if (!(near[i] ?? []).some((n) => systems[n]?.owner === party)) continue;
    if (besideOther(e, i)) continue;
    places.push(i);
    at[i] = true;
  }
  return { places, at };
}

/**
 * Where a fleet should stand to retake a world a third power holds (one of `prey`): a world of ours
 * beside it, within a year's move, when the fleet outnumbers its defence by half again.
 */
export function retakeFrom(e: Eval, f: Fleet, maxLanes: number, prey: Prey): string | undefined {
  const { v, party } = e;
  const { index, near } = adjacency(v);
  const takes = (i: number) => f.strength >= 1.5 * (e.defence[i] as number);
  const at = index.get(f.location);
  if (at !== undefined && (near[at] ?? []).some((n) => prey.at[n] === true && takes(n))) return undefined;
  const systems = v.systems;
  for (const j of prey.places) {
    if (!takes(j)) continue;
    for (const n of near[j] ?? []) {
      const x = systems[n] as System;
      if (x.owner !== party || x.id === f.location) continue;
      if (laneDistance(v, f.location, x.id, maxLanes) <= maxLanes) return x.id;
    }
  }
  return undefined;
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
  if (e.otherShipsAt[i]) return true;
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
