// Lookups over the map that the rules use again and again. The map's lanes never change in a game,
// so the adjacency is built once per lane list and shared by every state of the game.
import { Derived } from './derived';
import {
  type Fleet,
  type GameState,
  isParty,
  PARTY_NAMES,
  type Party,
  powerOf,
  type System,
  type ThirdPower,
} from './types';

/**
 * The map's lanes as a graph, positions in `state.systems` beside ids (that order never changes in
 * a game). It remembers the shortest paths it has found: a pure function of the lanes, asked again
 * by the AI every year.
 */
export class Adjacency {
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
  /** Where each system stands in `state.systems`. */
  readonly index: ReadonlyMap<string, number>;
  /** The neighbours again, as positions in `state.systems`, per position (the same order). */
  readonly near: readonly (readonly number[])[];
  private readonly paths = new Map<string, Map<string, readonly string[] | null>>();

  constructor(lanes: readonly (readonly [string, string])[], systems: readonly System[]) {
    const neighbours = new Map<string, string[]>();
    for (const sys of systems) neighbours.set(sys.id, []);
    for (const [a, b] of lanes) {
      neighbours.get(a)?.push(b);
      neighbours.get(b)?.push(a);
    }
    for (const list of neighbours.values()) list.sort();
    const index = new Map<string, number>();
    systems.forEach((sys, i) => {
      index.set(sys.id, i);
    });
    this.neighbours = neighbours;
    this.index = index;
    this.near = systems.map((sys) => (neighbours.get(sys.id) ?? []).map((n) => index.get(n) as number));
  }

  /** The shortest path with no limit on its length (shared: never change it), or null. */
  pathBetween(from: string, to: string): readonly string[] | null {
    let byEnd = this.paths.get(from);
    if (!byEnd) {
      byEnd = new Map();
      this.paths.set(from, byEnd);
    }
    let path = byEnd.get(to);
    if (path === undefined) {
      path = search(this.neighbours, from, (n) => n === to);
      byEnd.set(to, path);
    }
    return path;
  }
}

// Per lane list: the scenario's own, shared by every state of its games (game.ts), whose systems
// stand in the scenario's order.
const adjacencies = new Derived<GameState['lanes'], Adjacency, readonly System[]>(
  (lanes, systems) => new Adjacency(lanes, systems),
);

export function adjacency(state: GameState): Adjacency {
  return adjacencies.of(state.lanes, state.systems);
}

export function findSystem(state: GameState, id: string): System | undefined {
  const i = adjacency(state).index.get(id);
  return i === undefined ? undefined : state.systems[i];
}

/**
 * The system each fleet lies at, by the fleets' positions in `state.fleets` (undefined for a
 * location that names no system): the year-end checks read it for every fleet, so it is found once.
 */
export function fleetSystems(state: GameState): (System | undefined)[] {
  const index = adjacency(state).index;
  const systems = state.systems;
  const fleets = state.fleets;
  const out: (System | undefined)[] = new Array(fleets.length);
  for (let i = 0; i < fleets.length; i++) {
    const at = index.get((fleets[i] as Fleet).location);
    out[i] = at === undefined ? undefined : systems[at];
  }
  return out;
}

export function findFleet(state: GameState, id: string): Fleet | undefined {
  for (const f of state.fleets) if (f.id === id) return f;
  return undefined;
}

/** Lanes between two systems (0 when equal), or Infinity when unreachable within `limit`. */
export function laneDistance(state: GameState, from: string, to: string, limit = 64): number {
  if (from === to) return 0;
  const path = anyShortestPath(state, from, to);
  return path !== null && path.length - 1 <= limit ? path.length - 1 : Number.POSITIVE_INFINITY;
}

/** The shortest path (first step by system id on ties), both ends included, or null. */
export function shortestPath(state: GameState, from: string, to: string, limit = 64): string[] | null {
  if (from === to) return [from];
  const path = anyShortestPath(state, from, to);
  // A search cut at `limit` lanes finds the same path when it is that short, and none otherwise.
  return path !== null && path.length - 1 <= limit ? path.slice() : null;
}

function anyShortestPath(state: GameState, from: string, to: string): readonly string[] | null {
  return adjacency(state).pathBetween(from, to);
}

/**
 * The shortest path from `from` to the nearest system that `found` accepts (`from` itself left
 * out; first by system id on ties), both ends included, or null: e.g. a power's nearest world.
 */
export function nearestPath(state: GameState, from: string, found: (id: string) => boolean): string[] | null {
  return search(adjacency(state).neighbours, from, found);
}

/**
 * The shortest path from `from` to `to` within `limit` lanes that goes only through systems `passes`
 * accepts (the ends excepted; first by system id on ties), both ends included, or null.
 */
export function pathThrough(
  state: GameState,
  from: string,
  to: string,
  passes: (id: string) => boolean,
  limit: number,
): string[] | null {
  return search(adjacency(state).neighbours, from, (n) => n === to, passes, limit);
}

/**
 * Breadth first from `from`, neighbours in id order, until `found` accepts a system, going on only
 * through systems `passes` accepts and at most `limit` lanes.
 */
function search(
  neighbours: Adjacency['neighbours'],
  from: string,
  found: (id: string) => boolean,
  passes: (id: string) => boolean = () => true,
  limit = Number.POSITIVE_INFINITY,
): string[] | null {
  const previous = new Map<string, string>([[from, from]]);
  let frontier = [from];
  for (let lanes = 0; lanes < limit && frontier.length > 0; lanes++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of neighbours.get(node) ?? []) {
        if (previous.has(n)) continue;
        previous.set(n, node);
        if (found(n)) {
          const path = [n];
          let cur = node;
          while (cur !== from) {
            path.push(cur);
            cur = previous.get(cur) as string;
          }
          path.push(from);
          return path.reverse();
        }
        if (passes(n)) next.push(n);
      }
    }
    frontier = next;
  }
  return null;
}

// A system's owner may be null. V8 compares two strings by reference, but a comparison that has
// seen a null goes to its slow generic path every time, and the rules compare owners on every
// system every year: the null is tested first, so the comparison itself only ever sees strings.
/** True when `x` (if any) belongs to `owner`. */
export function ownedBy(x: System | undefined, owner: string): boolean {
  const o = x?.owner;
  return o !== null && o !== undefined && o === owner;
}

/** Two owners (a party, a third power's id, or null) are the same. */
export function sameOwner(a: string | null, b: string | null): boolean {
  if (a === null) return b === null;
  return b !== null && a === b;
}

export function systemsOf(state: GameState, owner: string): System[] {
  return state.systems.filter((s) => ownedBy(s, owner));
}

export function fleetsOf(state: GameState, owner: string): Fleet[] {
  return state.fleets.filter((f) => f.owner === owner);
}

export function capitalOf(state: GameState, party: Party): System | undefined {
  return state.systems.find((s) => s.capital && ownedBy(s, party));
}

export function industryOf(state: GameState, party: Party): number {
  let sum = 0;
  for (const s of state.systems) if (ownedBy(s, party)) sum += s.output;
  return sum;
}

/** What a trade pact adds to a power's income on `industry` (step k; the arbitrate row says it too). */
export function pactIncome(state: Pick<GameState, 'rules'>, industry: number): number {
  return Math.floor((industry * state.rules.economy.pactPercent) / 100);
}

/** What the powers hold as it stands: their industry and their worlds (`industryOf`'s sums, and the worlds owned). */
export interface Holdings {
  industry: Record<Party, number>;
  worlds: Record<Party, number>;
  /** The worlds of `worlds` in the neutral zone (occupied: ./scoring.ts `isOccupied`). */
  neutralZone: Record<Party, number>;
}

/** Both powers' holdings in one pass over the systems: the year's steps i to l read them, found once. */
export function holdings(s: Pick<GameState, 'systems'>): Holdings {
  let federation = 0;
  let klingon = 0;
  let federationWorlds = 0;
  let klingonWorlds = 0;
  let federationNeutral = 0;
  let klingonNeutral = 0;
  for (const x of s.systems) {
    const owner = x.owner;
    if (owner === null) continue; // see ownedBy
    if (owner === 'federation') {
      federation += x.output;
      federationWorlds++;
      if (x.zone === 'neutral-zone') federationNeutral++;
    } else if (owner === 'klingon') {
      klingon += x.output;
      klingonWorlds++;
      if (x.zone === 'neutral-zone') klingonNeutral++;
    }
  }
  return {
    industry: { federation, klingon },
    worlds: { federation: federationWorlds, klingon: klingonWorlds },
    neutralZone: { federation: federationNeutral, klingon: klingonNeutral },
  };
}

/** Both powers' industry (the same sums as `industryOf`). */
export function industries(s: Pick<GameState, 'systems'>): Record<Party, number> {
  return holdings(s).industry;
}

/** Both powers' ships, in one pass over the fleets (the same sums as scoring.ts `shipsOf`). */
export function ships(s: GameState): Record<Party, number> {
  let federation = 0;
  let klingon = 0;
  for (const f of s.fleets) {
    if (f.owner === 'federation') federation += f.strength;
    else if (f.owner === 'klingon') klingon += f.strength;
  }
  return { federation, klingon };
}

/** Influence a power has to spend this year (DESIGN.md section 3 and 6). */
export function influenceOf(state: GameState, party: Party): number {
  const r = state.rules.influence;
  const p = powerOf(state, party);
  let inf = r.base;
  if (p.embassy >= r.embassyBonusLevel) inf += 1;
  if (p.support < r.lowSupportBelow) inf -= 1;
  if (state.status !== 'in-force' && p.standing < state.rules.treaty.strainedBelow) inf -= 1;
  return Math.max(0, inf);
}

export function thirdPowerName(state: GameState, id: string): string {
  return state.thirdPowers.find((t) => t.id === id)?.name ?? id;
}

/** A third power's name as a sentence names it, with its article ("the Gorn Hegemony"). */
export function theThirdPower(state: GameState, id: string): string {
  const name = thirdPowerName(state, id);
  return /^the /i.test(name) ? name : `the ${name}`;
}

/** A party's or a third power's name as a sentence names it, with its article ("the Federation", "the Tholian Assembly"). */
export function powerName(state: GameState, id: string): string {
  return isParty(id) ? PARTY_NAMES[id] : theThirdPower(state, id);
}

export function systemName(state: GameState, id: string): string {
  return findSystem(state, id)?.name ?? id;
}

/** A third power's aggression (0–100) in `year`: the level of its latest era begun by then (0 before any). */
export function aggressionIn(t: ThirdPower, year: number): number {
  let level = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (const era of t.aggression) {
    if (era.from <= year && era.from >= best) {
      best = era.from;
      level = era.level;
    }
  }
  return level;
}

/** Reserves to develop a system of this output by one: dearer at each level (a sink for reserves all century). */
export function developCostOf(
  economy: { developCost: number; developCostPerLevel: number },
  output: number,
): number {
  return economy.developCost + economy.developCostPerLevel * Math.max(0, output);
}

/** Whether `system` is one of the worlds `thirdPower` held when the game began (`ThirdPower.homeworlds`). */
export function isHomeworld(s: GameState, thirdPower: string, system: string): boolean {
  return s.thirdPowers.find((t) => t.id === thirdPower)?.homeworlds.includes(system) ?? false;
}
