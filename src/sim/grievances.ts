// Grievances (DESIGN.md section 15.3): part of every seen violation's cost stays as a scar that
// holds the offender's standing below a ceiling. Waiting does not heal it; acts of faith do
// (aid, an honoured extradition, a respected ruling, a summit, war aid, reparations paid).
import { appendLedger, type Ctx, note } from './context';
import {
  type Article,
  eachParty,
  type GameState,
  ofParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
} from './types';
import type { YearTally } from './year-tally';

/** The highest standing `party` can hold while its grievance stands. */
export function standingCeiling(s: GameState, party: Party): number {
  return 100 - powerOf(s, party).grievance;
}

/**
 * Whether `victim` has a seen violation by the other power to answer: one of `article` (any, when
 * null) written in the ledger in the last `answers.answerYears` years.
 */
export function wrongedBy(s: GameState, victim: Party, article: Article | null = null): boolean {
  return lastWrongSeen(s, victim, article) !== null;
}

/**
 * The year of the latest violation `wrongedBy` finds (the other power's, of `article` or any, seen
 * within `answers.answerYears`), or null when there is none to answer. Reparations the offender paid
 * settle every breach seen before them (rules version 24): only a later one may be answered.
 * `before` leaves out the violations seen in that year or later (reparations still settle).
 */
export function lastWrongSeen(
  s: GameState,
  victim: Party,
  article: Article | null = null,
  before = s.year + 1,
): number | null {
  const offender = otherParty(victim);
  const since = s.year - s.rules.answers.answerYears;
  const ledger = s.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger.item(i);
    if (e.year < since) break;
    if (e.party !== offender) continue;
    if (e.kind === 'reward') {
      if (e.code === SETTLES) return null;
      continue;
    }
    if (e.article !== null && e.year < before && (article === null || e.article === article)) return e.year;
  }
  return null;
}

/**
 * Whether `victim` had a breach of the other's to answer as the year opened: one seen in the last
 * `answers.answerYears` years before this one and not settled by reparations (rules version 26: the
 * blame of strained Accords falls on a silent government only when it had something to answer).
 */
export function wrongedAsTheYearOpened(s: GameState, victim: Party): boolean {
  return lastWrongSeen(s, victim, null, s.year) !== null;
}

/** The ledger code of reparations paid: every breach of the payer's seen before it is settled. */
export const SETTLES = 'reparations';

/** The protest `victim` lodged against `offender`'s next violation of `article`, if one stands. */
export function standingProtest(s: GameState, offender: Party, article: Article, year: number): number {
  const by = otherParty(offender);
  const since = year - s.rules.answers.protestYears;
  const list = s.protests;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p && p.by === by && p.article === article && p.year >= since) return i;
  }
  return -1;
}

/** How many protests stand against `offender`'s breaches of `article` in `year` (each raises one). */
export function protestsStanding(s: GameState, offender: Party, article: Article, year: number): number {
  const by = otherParty(offender);
  const since = year - s.rules.answers.protestYears;
  let n = 0;
  for (const p of s.protests) if (p.by === by && p.article === article && p.year >= since) n++;
  return n;
}

const SCAR = eachParty((p) => `${PARTY_TITLES[p]}'s unhealed grievances hold its standing down.`);

/**
 * Step h, before the standings move: this year's seen violations leave their grievance, an act of
 * faith heals some, and a standing the year would take above the ceiling is held to it (written in
 * the ledger as `grievance`, so the cause shows).
 */
export function resolveGrievances(ctx: Ctx, tally: YearTally): void {
  const s = ctx.s;
  const a = ctx.rules.answers;
  for (const party of PARTIES) {
    const p = powerOf(s, party);
    const year = tally.of(party);
    const added = year.grievance;
    const delta = year.delta;
    const heal = year.faith ? a.grievanceHeal : 0;
    const from = p.grievance;
    const to = Math.max(0, Math.min(a.grievanceMax, from + added - heal));
    if (to !== from) {
      setGrievance(
        ctx,
        party,
        to,
        'grievance',
        to > from
          ? `${PARTY_TITLES[party]}'s violations leave a grievance: its standing can rise no higher than ${100 - to}.`
          : `An act of faith heals a grievance: ${PARTY_NAMES[party]}'s standing can rise to ${100 - to}.`,
      );
    }
    const over = Math.min(100, p.standing + delta) - (100 - to);
    if (over > 0) {
      appendLedger(ctx, {
        year: ctx.year,
        party,
        article: null,
        kind: 'reward',
        code: 'grievance',
        delta: -over,
        priors: 0,
        text: ofParty(SCAR, party),
      });
    }
  }
}

/** Heal `amount` of `party`'s grievance now (reparations paid), and report it. */
export function healGrievance(ctx: Ctx, party: Party, amount: number, rule: string): void {
  const to = Math.max(0, powerOf(ctx.s, party).grievance - amount);
  if (to === powerOf(ctx.s, party).grievance) return;
  setGrievance(
    ctx,
    party,
    to,
    rule,
    `Reparations heal a grievance: ${PARTY_NAMES[party]}'s standing can rise to ${100 - to}.`,
  );
}

/**
 * Set a grievance and report it as the ceiling it leaves on standing, so that a scar reads as a
 * loss and a healing as a gain.
 */
function setGrievance(ctx: Ctx, party: Party, to: number, rule: string, text: string): void {
  const p = powerOf(ctx.s, party);
  const from = p.grievance;
  p.grievance = to;
  note(ctx, {
    kind: 'obligation',
    party,
    delta: from - to,
    from: 100 - from,
    to: 100 - to,
    article: null,
    cause: { rule },
    text,
  });
}
