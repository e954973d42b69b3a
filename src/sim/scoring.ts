// The score (DESIGN.md section 15.1): banked every year by source, then the parade and the bonus at
// the end; grades at the last year, or the collapse.

import { contestedWorlds } from './articles/claims-and-trade';
import { resents } from './debts';
import type { Order } from './orders/index';
import type { Rules } from './scenario/rules';
import type { Grade } from './scenario/schema';
import { caseOf, keptOnRecord, walkedBackCost } from './suspension';
import {
  type Banked,
  type GameState,
  type LedgerEntry,
  ofParty,
  otherParty,
  PARTIES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type System,
} from './types';
import { findSystem, type Holdings, holdings, industryOf } from './world';

/** Growth of a power's industry since the start, in % of it (whole, towards 0). */
export function growthPercent(s: GameState, party: Party, industry = industryOf(s, party)): number {
  const start = powerOf(s, party).startIndustry;
  if (start <= 0) return 0;
  return Math.trunc(((industry - start) * 100) / start);
}

/** Honour banked a year: whole points of standing, more slowly above the knee (rewards shrink near the top). */
export function honourPoints(rules: Rules, standing: number): number {
  const sc = rules.scoring;
  const below = Math.min(standing, sc.honourKnee);
  const above = Math.max(0, standing - sc.honourKnee);
  return Math.floor(below / sc.honourPer) + Math.floor(above / sc.honourPerAboveKnee);
}

/**
 * A world beyond the borders of the Accords (rules version 28): one a power holds in the neutral zone,
 * or a third power's own held while that power holds a grudge against its holder (./grudges.ts
 * `conquestGrudge`). Occupied, not secure: it makes good a world lost, and banks nothing beyond the
 * worlds of the start.
 */
export function isOccupied(s: Pick<GameState, 'thirdPowers' | 'debts' | 'year'>, x: System): boolean {
  const owner = x.owner;
  if (owner !== 'federation' && owner !== 'klingon') return false;
  if (x.zone === 'neutral-zone') return true;
  if (s.debts.length === 0) return false;
  for (const t of s.thirdPowers) if (t.homeworlds.includes(x.id)) return resents(s, t.id, owner);
  return false;
}

/**
 * `party`'s occupied worlds (`isOccupied`): those it holds in the neutral zone (`held`, the year's
 * own count), and a third power's own it holds under that power's grudge, counted by grudge, not by
 * world: banking reads it twice a year, and asking every world whose it was cost a seventh of a
 * replayed campaign (tests/unit/conquest.test.ts checks it against `isOccupied`).
 */
export function occupiedWorlds(s: GameState, party: Party, held: Holdings = holdings(s)): number {
  let n = held.neutralZone[party];
  if (!s.debts.some((d) => d.of === party && d.kind === 'grudge' && d.until >= s.year)) return n;
  for (const t of s.thirdPowers) {
    if (!resents(s, t.id, party)) continue;
    // A world is the homeworld of one third power at most: its owner when the game began (game.ts).
    for (const id of t.homeworlds) {
      const x = findSystem(s, id);
      if (x !== undefined && x.owner === party && x.zone !== 'neutral-zone') n++;
    }
  }
  return n;
}

/**
 * Security banked a year: the worlds held against those of the start; a world lost costs until
 * retaken. Of the worlds held, `occupied` (beyond the borders: `occupiedWorlds`) count against a loss
 * but never as a gain (rules version 28): a world taken makes good a world lost, not an empire.
 */
export function securityPoints(rules: Rules, held: number, atStart: number, occupied = 0): number {
  const sc = rules.scoring;
  const short = Math.max(0, atStart - held);
  const beyond = Math.max(0, held - Math.max(occupied, 0) - atStart);
  return sc.securityBase + beyond * sc.securityPerWorldGained - short * sc.securityPerWorldLost;
}

/**
 * The security one more secure world of `party`'s banks it a year, as it holds its worlds now (the
 * price of a world handed over, on the ruling's row: playtest 37 read only the breach's).
 */
export function worldSecurity(s: GameState, party: Party): number {
  const worlds = holdings(s);
  const held = worlds.worlds[party] - contestedWorlds(s, party);
  const start = powerOf(s, party).startWorlds;
  const occupied = occupiedWorlds(s, party, worlds);
  return securityPoints(s.rules, held, start, occupied) - securityPoints(s.rules, held - 1, start, occupied);
}

/**
 * Prosperity banked a year: the industry it gained since the start against what its rival gained
 * (a race, not a cap; counted in output, so the smaller economy is not favoured), from 0 to twice
 * the base.
 */
export function prosperityPoints(rules: Rules, gained: number, rivalGained: number): number {
  const sc = rules.scoring;
  const ahead = Math.trunc((gained - rivalGained) / sc.prosperityPer);
  return Math.max(0, Math.min(2 * sc.prosperityBase, sc.prosperityBase + ahead));
}

export function supportPoints(rules: Rules, support: number): number {
  return Math.floor(support / rules.scoring.supportPer);
}

/** The parade of the last year: a power's ships, up to the most it can earn. */
export function paradePoints(s: GameState, party: Party): number {
  return paradeOf(s.rules, shipsOf(s, party));
}

/** The parade `ships` would make: a point for each `scoring.paradeShipsPerPoint`, up to its most. */
export function paradeOf(rules: Rules, ships: number): number {
  return Math.min(rules.scoring.paradeMax, Math.floor(ships / rules.scoring.paradeShipsPerPoint));
}

const NO_ORDERS: readonly Order[] = [];

/** The ships of all `party`'s fleets, with those the builds among `queued` (its orders given) add. */
export function shipsOf(s: GameState, party: Party, queued: readonly Order[] = NO_ORDERS): number {
  let ships = 0;
  for (const f of s.fleets) if (f.owner === party) ships += f.strength;
  for (const q of queued) if (q.type === 'build') ships += q.ships;
  return ships;
}

/** What a power banks this year, by source, from what both powers hold as it stands (`holdings`). */
export function yearPoints(
  s: GameState,
  party: Party,
  held: Holdings,
): { honour: number; security: number; prosperity: number; support: number } {
  const p = powerOf(s, party);
  const rival = otherParty(party);
  // A world under the other's open claim is not secure: it banks its holder nothing until settled.
  const secure = ofParty(held.worlds, party) - contestedWorlds(s, party);
  return {
    honour: honourPoints(s.rules, p.standing),
    security: securityPoints(s.rules, secure, p.startWorlds, occupiedWorlds(s, party, held)),
    prosperity: prosperityPoints(
      s.rules,
      ofParty(held.industry, party) - p.startIndustry,
      ofParty(held.industry, rival) - powerOf(s, rival).startIndustry,
    ),
    support: supportPoints(s.rules, p.support),
  };
}

/** Step l: each power banks the year's points (DESIGN.md section 15.1). */
export function bankYear(s: GameState, held: Holdings): void {
  for (const party of PARTIES) {
    const y = yearPoints(s, party, held);
    const b = powerOf(s, party).banked;
    b.honour += y.honour;
    b.security += y.security;
    b.prosperity += y.prosperity;
    b.support += y.support;
    toDecade(s, b, y.honour + y.security + y.prosperity + y.support);
  }
}

/**
 * Security banked in the course of the year (a named world held on its first blow: ./threats.ts),
 * counted in its decade too: the end screen's decades once left it out, and their sum fell short of
 * the total (playtest 28 read "−386" beside "−376").
 */
export function bankSecurity(s: GameState, party: Party, points: number): void {
  const b = powerOf(s, party).banked;
  b.security += points;
  toDecade(s, b, points);
}

/** Points banked this year, added to the year's decade. */
function toDecade(s: GameState, b: Banked, points: number): void {
  const decade = Math.floor((s.year - s.firstYear) / 10);
  while (b.decades.length <= decade) b.decades.push(0);
  b.decades[decade] = (b.decades[decade] ?? 0) + points;
}

/** One source of a power's score, in the words the screens show. */
export interface ScoreLine {
  source:
    | 'honour'
    | 'security'
    | 'prosperity'
    | 'support'
    | 'parade'
    | 'never-suspended'
    | 'walked-back'
    | 'war';
  label: string;
  points: number;
}

/** Where a power's score comes from: the screens (How to win, the end) show these lines. */
export interface ScoreBreakdown {
  total: number;
  lines: ScoreLine[];
  /** The points banked in each decade of the game, the first from `firstYear`. */
  decades: number[];
}

/** The four lines banked every year (DESIGN.md section 15.1). */
function bankedLines(b: Banked): ScoreLine[] {
  return [
    { source: 'honour', label: 'Honour (standing, every year)', points: b.honour },
    {
      source: 'security',
      label: 'Security (worlds held every year, named worlds defended)',
      points: b.security,
    },
    { source: 'prosperity', label: 'Prosperity (growth against the rival)', points: b.prosperity },
    { source: 'support', label: 'Support at home (every year)', points: b.support },
  ];
}

/** A power's score as it stands: what it banked, the parade of its ships now, and the bonus. */
export function scoreBreakdown(s: GameState, party: Party): ScoreBreakdown {
  const b = powerOf(s, party).banked;
  const banked = bankedLines(b);
  const war = s.result?.kind === 'collapse' ? s.result.scores : null;
  if (war) {
    // A war declared (src/sim/answers.ts), or Accords that collapsed while suspended by an answer on
    // record (src/sim/suspension.ts): what was banked, no parade and no bonus, and the cut; the
    // lines add up to the game's score.
    const sum = banked.reduce((n, l) => n + l.points, 0);
    const held = caseOf(s);
    const keeper = held?.party ?? null;
    const blamed =
      keeper !== null && war[otherParty(keeper)] === 0 && war[keeper] === keptOnRecord(s, keeper);
    const keeps = `it keeps ${s.rules.treaty.suspenderKeepsPercent}% of what it banked, the other nothing`;
    const why =
      held?.why === 'order'
        ? `${PARTY_TITLES[held.party]} had suspended the Accords`
        : held?.why === 'vouched'
          ? `${PARTY_TITLES[held.party]} had vouched for the other's return`
          : `${PARTY_TITLES[keeper ?? party]}'s standing held at ${s.rules.treaty.suspendBelow} or more, the other's did not`;
    const cut: ScoreLine = {
      source: 'war',
      label: blamed
        ? `The collapse (${why}: ${keeps})`
        : `War declared (its declarer keeps ${s.rules.answers.warKeepsPercent}% of what it banked)`,
      points: war[party] - sum,
    };
    return { total: war[party], lines: [...banked, cut], decades: b.decades.slice() };
  }
  const lines: ScoreLine[] = [
    ...banked,
    { source: 'parade', label: 'The parade (ships of the last year)', points: paradePoints(s, party) },
    {
      source: 'never-suspended',
      label: 'Accords never suspended',
      points: s.everSuspended ? 0 : s.rules.scoring.neverSuspendedBonus,
    },
  ];
  // Shown only to a power that had a suspension walked back (src/sim/suspension.ts).
  const walkedBack = walkedBackCost(s, party);
  if (walkedBack !== 0)
    lines.push({ source: 'walked-back', label: 'Suspensions walked back by a summit', points: walkedBack });
  return { total: lines.reduce((n, l) => n + l.points, 0), lines, decades: b.decades.slice() };
}

export function scoreOf(s: GameState, party: Party): number {
  return scoreBreakdown(s, party).total;
}

/** The least score that earns grade `g` for `party`: its own (`minFor`) where the scenario sets one. */
export function gradeMin(g: Grade, party: Party): number {
  return g.minFor?.[party] ?? g.min;
}

export function gradeOf(s: GameState, party: Party, score: number): string {
  for (const g of s.grades) if (score >= gradeMin(g, party)) return g.name;
  return s.grades[s.grades.length - 1]?.name ?? '';
}

export function finalScores(s: GameState): { scores: Record<Party, number>; grades: Record<Party, string> } {
  const scores = { federation: scoreOf(s, 'federation'), klingon: scoreOf(s, 'klingon') };
  return {
    scores,
    grades: {
      federation: gradeOf(s, 'federation', scores.federation),
      klingon: gradeOf(s, 'klingon', scores.klingon),
    },
  };
}

/** The violations that led to a collapse: those of the last ten years, oldest first. */
export function collapseChain(s: GameState): LedgerEntry[] {
  const since = s.year - s.rules.forgivenessYears;
  return s.ledger.filter((e) => e.kind !== 'reward' && e.article !== null && e.year >= since);
}
