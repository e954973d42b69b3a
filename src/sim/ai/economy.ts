// The AI's reserves and fleets: development, ships, and the security of every decade — the worlds
// third powers name (DESIGN.md section 15.2): ships to stand there, passage for the other party's
// fleets, a blow at the raiders first, help for the other party, and worlds lost taken back.
import { targetIn } from '../articles/article-iii';
import { winChance } from '../battle';
import { breachOf } from '../orders/index';
import { crossingOf } from '../passage';
import { namedThreats } from '../threats';
import { type Fleet, powerOf, type System, type War } from '../types';
import { strikeStrength } from '../visibility';
import { adjacency, developCostOf, findFleet, findSystem, laneDistance } from '../world';
import { massOf, NO_MASS, NO_RAIDS, raiders, raidsAgainst, strikes } from './blows';
import { defenceAt, firstNear, homeward, preyOf, retakeFrom } from './reach';
import { type Add, breachPoints, type Eval, mayViolate, standingGain, supportValue } from './value';

/** Years before the end in which the AI builds for the parade (ships cost upkeep every year before). */
const PARADE_YEARS = 6;

/**
 * Years of income the AI keeps in reserve (for aid, and ships when a world is named); beyond them
 * reserves earn nothing, and development is what they are for.
 */
const KEEP_YEARS = 2;

/** The share of a raid's strength the AI wants standing at the named world, in percent. */
const COVER_PERCENT = 120;

/**
 * A named world whose raid would take it more than once in three, as it stands, is worth a rescue
 * that trespasses. The victim's own cover of 120% of the raid's strength still leaves it 41% with the
 * odds squared (rules version 29), 45% as the ships stand.
 */
const RESCUE_ABOVE = 1 / 3;

/** True when a named world may well fall to its raid, as it stands. */
function mayFall(e: Eval, w: War): boolean {
  const defence = defenceAt(e, w.target);
  return (
    defence !== undefined && winChance(e.v.rules, strikeStrength(e.v, e.party, w), defence) > RESCUE_ABOVE
  );
}

/** What a named world still lacks, in ships, to meet its raid. */
function shortfall(e: Eval, w: War): number {
  const defence = defenceAt(e, w.target);
  if (defence === undefined) return 0;
  // The strength it strikes with, as a human of this side would read it on the raid's card.
  const want = Math.ceil((strikeStrength(e.v, e.party, w) * COVER_PERCENT) / 100);
  return Math.max(0, want - defence);
}

const NO_WARS: readonly War[] = [];

// The breach a move declares, read once (see ./plan.ts).
const MOVE = breachOf('move');

export function economyAndFleets(e: Eval, add: Add): void {
  const { v, party } = e;
  const r = v.rules;
  const me = powerOf(v, party);
  const income = Math.max(1, e.industry);
  // Most years see no war: then no list of wars is made.
  const atWar = v.wars.length > 0;
  const threats = atWar ? namedThreats(v, party).filter((w) => w.since <= v.year + 1) : NO_WARS;
  const myWars = atWar ? v.wars.filter((w) => w.victim === party) : NO_WARS;
  let need = 0;
  for (const w of threats) need += shortfall(e, w);
  // A power that cares more for growth keeps less back, and develops two worlds a year sooner.
  const eager = e.t.output * e.t.output;
  const keep = e.floor + Math.round((KEEP_YEARS * income) / eager) + need * r.economy.shipCost;
  let spendable = me.reserves - e.floor;

  // Development: the best worlds first. Reserves beyond what is kept have no better use.
  const surplus = me.reserves > keep;
  // Growth is the pragmatist's and the hawk's way; a loyalist develops a world a year at most.
  const perYear = e.t.developPerYear + (eager > 1 ? 1 : 0);
  for (const w of firstWorlds(e.worlds, r.economy.maxOutput, perYear)) {
    const cost = developCostOf(r.economy, w.output);
    if (spendable < cost) break;
    spendable -= cost;
    // A dearer level is paid from reserves that have little other use: the extra counts lightly.
    const extra = cost - r.economy.developCost;
    const value = e.ov - (r.economy.developCost * e.rv + extra * 0.02) * 0.9;
    add({ type: 'develop', system: w.id }, surplus || eager > 1 ? Math.max(value, 1 + e.ov) : value);
  }

  ships(e, add, spendable, need, myWars);
  fleets(e, weighCrossings(e, add), threats, myWars);
}

/**
 * A move whose course crosses the other party's space without its passage is a trespass: its value
 * bears the breach (a loyal power never sails it; another takes the shortcut when a named world is
 * worth it). A move into the other's space bears its own breach where it is valued, and a fleet
 * leaving it goes home whatever its course (staying is a trespass every year).
 */
function weighCrossings(e: Eval, add: Add): Add {
  const { v, party, other } = e;
  if (powerOf(v, other).passageUntil >= v.year) return add;
  return (o, value) => {
    if (o.type !== 'move') return add(o, value);
    const fleet = findFleet(v, o.fleet);
    if (!fleet || findSystem(v, o.to)?.owner === other || findSystem(v, fleet.location)?.owner === other)
      return add(o, value);
    if (crossingOf(v, party, fleet.location, o.to, false) === null) return add(o, value);
    add(o, value - breachPoints(e, MOVE));
  };
}

/** Ships: what security asks for, more for a named world, and the parade's in the last years. */
function ships(e: Eval, add: Add, spendable: number, need: number, myWars: readonly War[]): void {
  const { v, t } = e;
  const r = v.rules;
  let have = 0;
  for (const f of e.fleets) have += f.strength;
  let want = Math.ceil(e.held * t.shipsPerSystem) + need;
  const sc = r.scoring;
  const parade = e.yearsLeft <= PARADE_YEARS ? sc.paradeMax * sc.paradeShipsPerPoint : 0;
  if (parade > want) want = parade;
  if (have >= want && need === 0) return;
  const yard = e.worlds.find((x) => x.shipyard && x.capital) ?? e.worlds.find((x) => x.shipyard);
  const n = Math.min(
    r.economy.maxBuildPerYard,
    Math.max(want - have, need),
    Math.floor(Math.max(0, spendable) / Math.max(1, r.economy.shipCost)),
  );
  if (yard && n > 0)
    add(
      { type: 'build', system: yard.id, ships: n },
      (myWars.length > 0 || parade > 0 ? 2.5 : 0.9) * n - n * r.economy.shipCost * e.rv,
    );
  // The parade takes what every other yard can build, too.
  if (parade === 0 || !yard) return;
  let left = Math.min(
    want - have - n,
    Math.floor((spendable - n * r.economy.shipCost) / Math.max(1, r.economy.shipCost)),
  );
  for (const x of e.worlds) {
    if (left <= 0) break;
    if (!x.shipyard || x === yard) continue;
    const m = Math.min(r.economy.maxBuildPerYard, left);
    left -= m;
    add({ type: 'build', system: x.id, ships: m }, 2.5 * m - m * r.economy.shipCost * e.rv);
  }
}

function fleets(e: Eval, add: Add, threats: readonly War[], myWars: readonly War[]): void {
  const { v, party, other, t } = e;
  const r = v.rules;
  const me = powerOf(v, party);
  // Systems by their place in `v.systems` and their neighbours' places: no lookup by id per fleet.
  const { near: nearAt } = adjacency(v);
  const systems = v.systems;
  const maxLanes = r.movement.maxLanes;
  const inForce = v.status === 'in-force' || v.status === 'strained';
  const threatened = myWars.length > 0 ? threatenedWorlds(e, myWars) : NO_THREATS;
  const lostWorlds = e.held < me.startWorlds;

  // Passage, so that the other party's fleets may stand at a named world with ours.
  if (inForce && !t.warlike) {
    for (const w of threats) {
      const target = w.target as string;
      if (me.passageUntil >= w.since || shortfall(e, w) === 0) continue;
      const helpers = v.fleets.some(
        (f) => f.owner === other && laneDistance(v, f.location, target, maxLanes) <= maxLanes,
      );
      if (helpers) {
        add({ type: 'grant-passage' }, 2 + Math.min(3, shortfall(e, w) * 0.3));
        break;
      }
    }
  }

  // Help the other party where a blow falls this year. With its passage it is a duty thanked; without
  // it (a hawk never opens its space, a power with ships enough or no helper near did not) the ships
  // that save its world trespass there: a power that may break the articles goes when the world may
  // well fall alone and the thanks outweigh the breach (its cost grows with every trespass seen).
  // Few fleets help in a year: a list, not a set.
  const helping: Fleet[] = [];
  if (inForce && !t.warlike && v.wars.length > 0) {
    const open = powerOf(v, other).passageUntil >= v.year;
    const trespass = open ? 0 : breachPoints(e, MOVE);
    for (const w of namedThreats(v, other)) {
      if (w.since !== v.year || w.aidedBy.includes(party)) continue;
      if (!open && (trespass === Number.POSITIVE_INFINITY || !mayFall(e, w))) continue;
      const target = w.target as string;
      const thanks =
        standingGain(e, r.rewards.warAid) +
        supportValue(e, party === 'klingon' ? r.support.klingonBattleWon : r.support.federationAidGiven) -
        trespass;
      let best: Fleet | undefined;
      for (const f of e.fleets) {
        if (threatened.has(f.location) || helping.includes(f)) continue;
        if (laneDistance(v, f.location, target, maxLanes) > maxLanes) continue;
        if (!best || f.strength > best.strength) best = f;
      }
      if (best) {
        helping.push(best);
        add({ type: 'move', fleet: best.id, to: target }, thanks + 0.5 - best.strength * 0.05);
      }
    }
  }

  // The ships sent to each threatened world so far (made for the first fleet that may go).
  let busy: Map<string, number> | null = null;
  const raids = v.wars.length > 0 ? raidsAgainst(v) : NO_RAIDS;
  const prey = lostWorlds ? preyOf(e) : null;
  // Only these reasons make a world worth a blow (`strikes`): without one, no fleet looks for one.
  const mayStrike = (t.warlike && v.status === 'suspended') || myWars.length > 0 || lostWorlds;
  const fleetAt = e.fleetAt;
  const mass = mayStrike ? massOf(e, nearAt, threatened, helping) : NO_MASS;
  for (let j = 0; j < e.fleets.length; j++) {
    const f = e.fleets[j] as Fleet;
    if (helping.length > 0 && helping.includes(f)) continue;
    const at = fleetAt[j] as number;
    const here = at < 0 ? undefined : systems[at];
    const near = at < 0 ? NO_PLACES : (nearAt[at] as readonly number[]);
    if (mayStrike) strikes(e, add, f, at < 0 ? undefined : at, near, myWars, lostWorlds, mass);
    if (raids.length > 0) raiders(e, add, f, near, raids, inForce);
    if (here?.owner === other) {
      const home =
        firstNear(systems, near, (x) => x.owner === party) ??
        firstNear(systems, near, unclaimed) ??
        homeward(v, party, f.location);
      const stays = me.passageUntil < v.year && powerOf(v, other).passageUntil >= v.year;
      if (home && !t.warlike && !stays)
        add({ type: 'move', fleet: f.id, to: home }, breachPoints(mayViolate(e), MOVE) + 0.5);
      continue;
    }
    // A world whose claim is open may be awarded to the other party this year: a fleet there would
    // find itself trespassing, so it stands beside it instead. A fleet guarding a world of its own
    // stays: a ruling withdraws it, and an undefended claimed world may be seized (rules version 8).
    if (here?.owner !== party && v.claims.length > 0 && v.claims.some((c) => c.system === f.location)) {
      const beside =
        firstNear(systems, near, (x) => x.owner === party && !v.claims.some((c) => c.system === x.id)) ??
        homeward(v, party, f.location);
      if (beside) add({ type: 'move', fleet: f.id, to: beside }, 2);
      continue;
    }
    // Stand at a named world until it has what it needs; a fleet already there stays.
    if (threatened.size > 0) {
      if (threatened.has(f.location)) continue;
      busy ??= new Map<string, number>();
      for (const [target, lacking] of threatened) {
        if ((busy.get(target) ?? 0) >= Math.max(1, lacking)) continue;
        if (v.claims.some((c) => c.system === target)) continue;
        if (laneDistance(v, f.location, target, maxLanes) > maxLanes) continue;
        busy.set(target, (busy.get(target) ?? 0) + f.strength);
        add({ type: 'move', fleet: f.id, to: target }, 3 + f.strength * 0.2);
        break;
      }
    }
    // A world lost: gather beside it, to take it back next year.
    if (prey !== null) {
      const goal = retakeFrom(e, f, maxLanes, prey);
      if (goal) add({ type: 'move', fleet: f.id, to: goal }, 1.2 + r.scoring.securityPerWorldLost * 0.3);
    }
    // A hawk moves towards unclaimed disputed worlds, to seize them next year.
    if (t.warlike) {
      const goal = firstNear(systems, near, openDisputed);
      if (goal) add({ type: 'move', fleet: f.id, to: goal }, 0.8);
    }
  }
}

/** A world no one holds. */
function unclaimed(x: System): boolean {
  return x.owner === null;
}

/** A disputed world no one holds (a hawk's next seizure). */
function openDisputed(x: System): boolean {
  return x.owner === null && x.zone === 'disputed';
}

const NO_THREATS: ReadonlyMap<string, number> = new Map();
const NO_PLACES: readonly number[] = [];

/** The party's worlds its wars strike this year, with the ships each still lacks. */
function threatenedWorlds(e: Eval, myWars: readonly War[]): Map<string, number> {
  const threatened = new Map<string, number>();
  for (const w of myWars) {
    const target = targetIn(e.v, w);
    if (target) threatened.set(target, (threatened.get(target) ?? 0) + shortfall(e, w));
  }
  return threatened;
}

/**
 * The first `count` of the party's worlds (`worlds`) that can still grow, by output and then id (the
 * order of a sort on both), picked without sorting them all.
 */
function firstWorlds(worlds: readonly System[], maxOutput: number, count: number): System[] {
  const best: System[] = [];
  if (count <= 0) return best;
  for (const x of worlds) {
    if (x.output >= maxOutput) continue;
    if (best.length === count && !before(x, best[count - 1] as System)) continue;
    let at = best.length < count ? best.length : count - 1;
    while (at > 0 && before(x, best[at - 1] as System)) {
      best[at] = best[at - 1] as System;
      at--;
    }
    best[at] = x;
  }
  return best;
}

/** `a` comes before `b` by output, then id. */
function before(a: System, b: System): boolean {
  return a.output < b.output || (a.output === b.output && a.id < b.id);
}
