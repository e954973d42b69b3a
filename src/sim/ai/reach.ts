// Where a fleet of the AI can go (./economy.ts): beside a world to retake, a world of its own beside
// it, home from the other party's space. Systems are read by their place in `state.systems` and their
// neighbours' places (`Adjacency.near`), not looked up by id for every fleet and neighbour.
import type { Fleet, GameState, Party, System } from '../types';
import { adjacency, laneDistance, shortestPath } from '../world';
import type { Eval } from './value';

/**
 * Where a fleet should stand to retake a world a third power holds (not its capital, next to one of
 * ours): a world of ours beside it, within a year's move, when the fleet outnumbers its defence.
 */
export function retakeFrom(e: Eval, f: Fleet, maxLanes: number): string | undefined {
  const { v, party } = e;
  const { index, near } = adjacency(v);
  const at = index.get(f.location);
  if (at !== undefined && (near[at] ?? []).some((n) => isPrey(e, n, f.strength))) return undefined;
  const systems = v.systems;
  for (let j = 0; j < systems.length; j++) {
    if (!isPrey(e, j, f.strength)) continue;
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

/**
 * The third power's world at place `i` of the systems, not its capital, that a fleet of `strength`
 * would likely take (against its defence: ./value.ts).
 */
function isPrey(e: Eval, i: number, strength: number): boolean {
  const { v, party } = e;
  const x = v.systems[i];
  if (!x || x.owner === null || x.owner === party || x.capital) return false;
  if (x.owner === 'federation' || x.owner === 'klingon') return false;
  const near = adjacency(v).near[i] ?? [];
  if (!near.some((n) => v.systems[n]?.owner === party)) return false;
  if (besideOther(e, i)) return false;
  return strength >= 1.5 * (e.defence[i] as number);
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
