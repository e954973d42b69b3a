// The AI's measure of an order: points of the score (honour, support, prosperity — DESIGN.md
// section 15.1), and what a breach of the articles would take off them.

import { firstYearDetection, laterDetection } from '../covert';
import { breachWeight } from '../debts';
import { standingProtest } from '../grievances';
import { articleOf, exposureBase, protestedCost, repeatCost } from '../ledger';
import type { Breach, Order } from '../orders/index';
import type { ViolationCode } from '../scenario/rules';
import {
  ARTICLES,
  type Fleet,
  type GameState,
  ofParty,
  otherParty,
  type Party,
  powerOf,
  type System,
} from '../types';
import { adjacency } from '../world';
import { copyTraits, type Traits } from './personality';
import type { Forces } from './reach';
import { type Recent, recentOf } from './recent';

/** Where an option found goes, with its worth in points of the score (see ./plan.ts, options). */
export type Add = (order: Order, value: number) => void;

export interface Eval {
  v: GameState;
  party: Party;
  other: Party;
  t: Traits;
  yearsLeft: number;
  /** Points a reserve is worth: what development turns it into. */
  rv: number;
  /** Points one more output is worth. */
  ov: number;
  /** Reserves to keep back for obligations and emergencies. */
  floor: number;
  /** The recent ledger as the plan reads it (its priors, what the other broke, its last summit). */
  recent: Recent;
  /**
   * What each violation the plan asks about would cost the party this year if seen (`violationCost`)
   * and what it weighs (`violationPoints`), open and covert, each found once: the options ask for the
   * same few codes for every candidate order (pure functions of the evaluation and the code). Filled
   * in place, so `mayViolate`'s copy shares it; a short list, as a plan asks for a handful of codes.
   */
  codes: CodeCosts[];
  /**
   * Standing its own unseen covert acts are still expected to cost when they come out: a loss it can
   * see coming, so it is counted off the standing the AI plans from (rules version 7).
   */
  exposureDebt: number;
  /** What a breach against the other weighs, as a factor: its gratitude or grudge (src/sim/debts.ts). */
  regard: number;
  /** Worlds the party holds, its industry and its rival's: found in one pass over the systems. */
  held: number;
  industry: number;
  rivalIndustry: number;
  /**
   * Every system's defence and where the other party's ships lie (./reach.ts `forcesOf`): found when
   * first asked, for most years ask nothing of them (no war, no world lost). Null till then.
   */
  forces: Forces | null;
  /**
   * The year as the plan reads it, found in the same two passes (over the systems and the party's
   * fleets) instead of a search of every list for every candidate: the party's worlds and fleets, and
   * the worlds of the disputed and neutral zones.
   */
  worlds: readonly System[];
  fleets: readonly Fleet[];
  /** The place in `v.systems` of each of `fleets` (at its index), -1 for a location that names none. */
  fleetAt: readonly number[];
  zoned: readonly System[];
  /**
   * The chance a covert act of the party is seen in its year, and later within the years that count
   * (`weigh`): the same for every act of the plan.
   */
  seenAtOnce: number;
  seenLater: number;
}

/** What the plan found of one violation code (NaN: not asked yet): see `Eval.codes`. */
interface CodeCosts {
  code: ViolationCode;
  seen: number;
  /** What it would cost if it came out later (`violationCost` with the exposure). */
  exposed: number;
  open: number;
  covert: number;
}

/** The plan's entry for `code`, made when first asked for. */
function costsOf(e: Eval, code: ViolationCode): CodeCosts {
  for (const c of e.codes) if (c.code === code) return c;
  const c = { code, seen: Number.NaN, exposed: Number.NaN, open: Number.NaN, covert: Number.NaN };
  e.codes.push(c);
  return c;
}

/** The same evaluation for a power that would break the articles (for what a duty costs undone). */
export function mayViolate(e: Eval): Eval {
  if (!e.t.neverViolate) return e;
  const t = copyTraits(e.t);
  t.neverViolate = false;
  return withTraits(e, t);
}

/** The evaluation with other traits, made with `makeEval`'s fields in their order (one hidden class). */
function withTraits(e: Eval, t: Traits): Eval {
  return {
    v: e.v,
    party: e.party,
    other: e.other,
    t,
    yearsLeft: e.yearsLeft,
    rv: e.rv,
    ov: e.ov,
    floor: e.floor,
    recent: e.recent,
    codes: e.codes,
    exposureDebt: e.exposureDebt,
    regard: e.regard,
    held: e.held,
    industry: e.industry,
    rivalIndustry: e.rivalIndustry,
    forces: e.forces,
    worlds: e.worlds,
    fleets: e.fleets,
    fleetAt: e.fleetAt,
    zoned: e.zoned,
    seenAtOnce: e.seenAtOnce,
    seenLater: e.seenLater,
  };
}

/** Growth (in % of the start) past which more output is worth little to the AI beside the race. */
const GROWTH_ENOUGH = 50;

export function makeEval(v: GameState, party: Party, t: Traits): Eval {
  const p = powerOf(v, party);
  const start = Math.max(1, p.startIndustry);
  const rival = otherParty(party);
  let industry = 0;
  let rivalIndustry = 0;
  const systems = v.systems;
  const worlds: System[] = [];
  const zoned: System[] = [];
  for (let i = 0; i < systems.length; i++) {
    const x = systems[i] as System;
    if (x.zone === 'disputed' || x.zone === 'neutral-zone') zoned.push(x);
    const owner = x.owner;
    // The null is tested apart, so the comparisons below only ever see strings (see world.ts ownedBy).
    if (owner === null) continue;
    if (owner === party) {
      worlds.push(x);
      industry += x.output;
    } else if (owner === rival) rivalIndustry += x.output;
  }
  const fleets: Fleet[] = [];
  const fleetAt: number[] = [];
  const { index } = adjacency(v);
  for (const f of v.fleets) {
    if (f.owner !== party) continue;
    fleets.push(f);
    fleetAt.push(index.get(f.location) ?? -1);
  }
  const gained = industry - p.startIndustry;
  const rivalGained = rivalIndustry - powerOf(v, rival).startIndustry;
  const yearsLeft = v.lastYear - v.year;
  const horizon = Math.min(1, yearsLeft / 12);
  // Prosperity is a race: growth pays until it is so far ahead of the rival's that it banks the most.
  const sc = v.rules.scoring;
  const growth = (gained * 100) / start;
  const ahead = gained - rivalGained >= sc.prosperityPer * sc.prosperityBase || growth >= GROWTH_ENOUGH;
  const ov = ahead ? 0.15 : t.output * (100 / start) * horizon;
  const rv = Math.max(0.08, (ov * 0.8) / v.rules.economy.developCost);
  const laterPerYear = laterDetection(v, party) / 100;
  let owed = 0;
  for (const ob of v.obligations) {
    if (ob.kind === 'aid' && ob.victim === rival) owed += Math.max(0, ob.need - ofParty(ob.delivered, party));
  }
  return {
    v,
    party,
    other: otherParty(party),
    t,
    yearsLeft,
    rv,
    ov,
    floor: 8 + owed,
    recent: recentOf(v, party),
    codes: [],
    exposureDebt: t.exposureDebt > 0 ? t.exposureDebt * exposureDebt(v, party, laterPerYear) : 0,
    regard: breachWeight(v, party, rival),
    held: worlds.length,
    industry,
    rivalIndustry,
    forces: null,
    worlds,
    fleets,
    fleetAt,
    zoned,
    seenAtOnce: firstYearDetection(v, party) / 100,
    seenLater: 1 - (1 - laterPerYear) ** Math.min(v.rules.detection.laterYears, yearsLeft),
  };
}

/** The expected cost of `party`'s covert acts not yet seen that can still come out (see `Eval`). */
function exposureDebt(v: GameState, party: Party, later: number): number {
  const d = v.rules.detection;
  let debt = 0;
  for (const c of v.covert) {
    if (c.party !== party || c.detected || c.year < v.year - d.laterYears) continue;
    const chance = 1 - (1 - later) ** Math.max(0, c.year + d.laterYears - v.year);
    debt += chance * ((c.base * d.exposurePercent) / 100);
  }
  return debt;
}

/** Below this standing every power weighs a covert act's later exposure in full (rules version 7). */
const LOSS_IN_SIGHT = 35;

/** Standing a power keeping faith gains in a year, on average (clean year, embassy, obligations). */
const FAITH_PER_YEAR = 2.5;

/**
 * What losing `cost` standing is worth: what it takes off the standing at the end (little, when
 * decades of good years would reach the cap of 100 anyway), plus the risk of the dip itself —
 * heavy below the strained and suspension thresholds.
 */
export function standingLoss(e: Eval, cost: number): number {
  const tr = e.v.rules.treaty;
  const s0 = Math.max(0, Math.round(powerOf(e.v, e.party).standing - e.exposureDebt));
  const reach = FAITH_PER_YEAR * e.yearsLeft;
  const endLoss = Math.min(100, s0 + reach) - Math.min(100, Math.max(0, s0 - cost) + reach);
  let risk = 0;
  let s = s0;
  for (let i = 0; i < cost && s > 0; i++, s--) {
    risk += s <= tr.suspendBelow ? 6 : s <= tr.strainedBelow ? 1.5 : 0.12;
  }
  let points = endLoss + risk;
  if (s <= 0) points += 200; // a standing of 0 collapses the Accords: everything is lost
  if (s < e.t.buffer) points *= 3;
  return points * e.t.standing;
}

export function standingGain(e: Eval, gain: number): number {
  const tr = e.v.rules.treaty;
  const s = powerOf(e.v, e.party).standing;
  const boost = s < tr.suspendBelow ? 3 : s < tr.strainedBelow ? 1.8 : 1;
  return Math.min(gain, 100 - s) * boost * e.t.standing;
}

export function supportValue(e: Eval, delta: number): number {
  const s = powerOf(e.v, e.party).support;
  const boost = s < 15 ? 6 : s < 30 ? 2.5 : 1;
  const effective = delta > 0 ? Math.min(delta, 100 - s) : delta;
  return effective * boost * e.t.support;
}

/** What a violation would cost the party this year if seen: the ledger's `violationCost`, found once a year. */
export function seenCost(e: Eval, code: ViolationCode): number {
  const c = costsOf(e, code);
  if (Number.isNaN(c.seen)) c.seen = chargedCost(e, code, false);
  return c.seen;
}

/** What a violation committed unseen would cost the party if it came out this year, found once a year. */
export function exposedCost(e: Eval, code: ViolationCode): number {
  const c = costsOf(e, code);
  if (Number.isNaN(c.exposed)) c.exposed = chargedCost(e, code, true);
  return c.exposed;
}

/**
 * What a violation would cost the party this year if seen (or, `exposure`, if it came out): the
 * ledger's `violationCost`, from the priors the plan counts once (`Recent`) instead of a walk of the ledger each.
 */
export function chargedCost(e: Eval, code: ViolationCode, exposure: boolean): number {
  const v = e.v;
  const article = articleOf(code);
  const priors = e.recent.priors[ARTICLES.indexOf(article)] as number;
  const base = v.rules.costs[code];
  const cost = repeatCost(v, exposure ? exposureBase(v, base) : base, priors);
  return v.protests.length > 0 && standingProtest(v, e.party, article, v.year) >= 0
    ? protestedCost(v, cost)
    : cost;
}

/** Expected standing points lost to a breach an order would cause (as its definition declares it). */
export function breachPoints(e: Eval, b: Breach): number {
  return violationPoints(e, b.code, b.covert);
}

/** Expected standing points lost to a violation, open or covert. */
export function violationPoints(e: Eval, code: ViolationCode, covert: boolean): number {
  if (e.t.neverViolate) return Number.POSITIVE_INFINITY;
  // `mayViolate`'s copy shares the memo: nothing below reads `neverViolate`.
  const c = costsOf(e, code);
  if (covert) {
    if (Number.isNaN(c.covert)) c.covert = weigh(e, code, true);
    return c.covert;
  }
  if (Number.isNaN(c.open)) c.open = weigh(e, code, false);
  return c.open;
}

function weigh(e: Eval, code: ViolationCode, covert: boolean): number {
  const v = e.v;
  const cost = chargedCost(e, code, false);
  if (!covert) {
    const suspension =
      code === 'I/attack' && v.status !== 'suspended'
        ? (v.everSuspended ? 0 : v.rules.scoring.neverSuspendedBonus) + 40
        : 0;
    return (standingLoss(e, cost) + suspension) * e.regard;
  }
  const d = v.rules.detection;
  const now = e.seenAtOnce;
  const later = e.seenLater;
  const exposure = Math.floor((cost * d.exposurePercent) / 100);
  // Near the line, even a short-sighted power sees where a later exposure would take it.
  const foresight = powerOf(v, e.party).standing < LOSS_IN_SIGHT ? 1 : e.t.foresight;
  return (now * standingLoss(e, cost) + foresight * (1 - now) * later * standingLoss(e, exposure)) * e.regard;
}
