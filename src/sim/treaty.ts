// Treaty status (DESIGN.md section 6): in force → strained → suspended → collapsed, and summits
// that restore suspended Accords.
import { appendLedger, type Ctx, entriesThisYear, note } from './context';
import { reward } from './ledger';
import type { OrderRef } from './resolve-types';
import { walkBack } from './suspension';
import {
  type GameState,
  type LedgerEntry,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type TreatyStatus,
} from './types';

function setStatus(ctx: Ctx, to: TreatyStatus, cause: string, text: string, by: Party | null = null): void {
  const s = ctx.s;
  if (s.status === to) return;
  const from = s.status;
  s.status = to;
  if (to === 'suspended') {
    s.suspendedSince = ctx.year;
    s.everSuspended = true;
    s.openWhileSuspended = 0;
    s.suspendedBy = null;
  }
  if (from === 'suspended' && to !== 'collapsed') {
    walkBack(ctx);
    s.suspendedSince = null;
    s.suspendedBy = null;
  }
  if (to !== 'in-force' && s.tradePact) {
    s.tradePact = false;
    note(ctx, {
      kind: 'pact',
      party: null,
      article: 'VI',
      cause: { rule: cause },
      // Said why (playtest 22 read the bare line three times, never warned).
      text:
        to === 'strained'
          ? `The trade pact lapses: a pact holds only while the Accords are in force, and a standing below ${s.rules.treaty.strainedBelow} strains them.`
          : 'The trade pact lapses: a pact holds only while the Accords are in force.',
    });
  }
  note(ctx, { kind: 'treaty', party: by, from, to, article: null, cause: { rule: cause }, text });
}

/** Step j, first: war declared (DESIGN.md section 15.4) ends the suspended Accords, and the game. */
export function declareWar(ctx: Ctx, by: Party | null): void {
  if (by === null || ctx.s.status !== 'suspended') return;
  setStatus(
    ctx,
    'collapsed',
    'declare-war',
    `${PARTY_TITLES[by]} declares war on ${PARTY_NAMES[otherParty(by)]}: the Accords are over.`,
    by,
  );
}

/**
 * Step a, first: a power vouches for the other's return to suspended Accords (rules version 27): it
 * gives `crisis.vouchStanding` of its standing, and the other gains as much, before the year's summit
 * is judged. Its order's checks (src/sim/orders/diplomacy.ts) keep both standings where a summit can
 * use them; the gift is neither a violation nor an act of faith.
 */
export function resolveVouches(ctx: Ctx, refs: OrderRef[]): void {
  const amount = ctx.rules.crisis.vouchStanding;
  for (const { party } of refs) {
    const other = otherParty(party);
    const entry = (p: Party, delta: number, text: string): LedgerEntry => ({
      year: ctx.year,
      party: p,
      article: null,
      kind: 'reward',
      code: 'vouch',
      delta,
      priors: 0,
      text,
    });
    appendLedger(
      ctx,
      entry(
        party,
        -amount,
        `${PARTY_TITLES[party]} vouches for ${PARTY_NAMES[other]}'s return to the Accords, and gives ${amount} of its standing.`,
      ),
    );
    appendLedger(
      ctx,
      entry(
        other,
        amount,
        `${PARTY_TITLES[party]} vouches for ${PARTY_NAMES[other]}'s return to the Accords: its standing rises by ${amount}.`,
      ),
    );
  }
}

/** Step a: a summit is held when both powers want it, this year or one proposed it last year. */
export function resolveSummits(ctx: Ctx, refs: OrderRef[]): void {
  if (refs.length === 0) return;
  const s = ctx.s;
  const wants = new Set<Party>(refs.filter((r) => r.order.type === 'summit').map((r) => r.party));
  if (wants.size === 0) return;
  const pending = s.summitProposal && s.summitProposal.year >= ctx.year - 1 ? s.summitProposal.by : null;
  const held = wants.size === 2 || (pending !== null && wants.has(otherParty(pending)));
  if (!held) {
    const by = [...wants][0] as Party;
    s.summitProposal = { by, year: ctx.year };
    note(ctx, {
      kind: 'treaty',
      party: by,
      article: null,
      cause: { rule: 'summit' },
      text: `${PARTY_TITLES[by]} proposes a summit.`,
    });
    return;
  }
  s.summitProposal = null;
  const r = ctx.rules;
  for (const party of PARTIES) {
    // A summit earns trust once in `summitEveryYears`: a yearly ritual would earn none. A summit
    // while suspended is the amends itself, and always counts.
    if (s.status !== 'suspended' && recentSummit(ctx, party, r.rewards.summitEveryYears)) {
      // Said in the report (playtest 23 read a summit held and "no act of faith this year").
      const last = lastSummitRewarded(s, party);
      note(ctx, {
        kind: 'treaty',
        party,
        article: null,
        cause: { rule: 'summit' },
        text: `The summit earns ${PARTY_NAMES[party]} no standing and is no act of faith this year: a summit was rewarded${last === null ? '' : ` in ${last}; the next pays from ${last + r.rewards.summitEveryYears}`} (once in ${r.rewards.summitEveryYears} years).`,
      });
      continue;
    }
    reward(ctx, party, 'summit', r.rewards.summit, null, 'A summit between the two powers.');
  }
  note(ctx, {
    kind: 'treaty',
    party: null,
    article: null,
    cause: { rule: 'summit' },
    text: 'The two powers meet at a summit.',
  });
  if (s.status === 'suspended') {
    // Judged on the standings as the year has already left them (an exposure revealed this year is
    // in the ledger before the summit), the summit's own reward included: a power that made amends
    // can return (rules version 6).
    const pending = entriesThisYear(ctx);
    const after = (p: Party) =>
      powerOf(s, p).standing + pending.reduce((n, e) => n + (e.party === p ? e.delta : 0), 0);
    const ok = PARTIES.every((p) => after(p) >= r.treaty.restoreMinimum);
    if (ok) {
      const strained = PARTIES.some((p) => after(p) < r.treaty.strainedBelow);
      setStatus(ctx, strained ? 'strained' : 'in-force', 'summit', 'The summit restores the Accords.');
    } else {
      note(ctx, {
        kind: 'treaty',
        party: null,
        article: null,
        cause: { rule: 'summit' },
        text: `The summit cannot restore the Accords: both standings must be at least ${r.treaty.restoreMinimum}, its own reward included.`,
      });
    }
  }
}

/** The chance (in %) of war at this year's end while the Accords are suspended, as they stand. */
export function warRisk(s: GameState): number {
  const t = s.rules.treaty;
  return Math.min(100, t.warRiskPercent + t.warRiskPerOpenViolationPercent * s.openWhileSuspended);
}

/** Step j: the year's verdict on the Accords. */
export function resolveTreaty(ctx: Ctx): void {
  const s = ctx.s;
  const t = ctx.rules.treaty;
  if (s.status === 'collapsed') return;
  // A standing of 0 suspends the Accords (rules version 6): a crisis that a summit can still walk
  // back, not the end.
  const zero = PARTIES.find((p) => powerOf(s, p).standing === 0);
  if (zero && s.status !== 'suspended') {
    setStatus(
      ctx,
      'suspended',
      'standing-zero',
      `${PARTY_TITLES[zero]}'s standing reaches 0: the Accords are suspended.`,
    );
    s.suspendedBy = ctx.suspenders[0] ?? null;
    return;
  }
  if (s.status === 'suspended' && s.suspendedSince !== null && s.suspendedSince < ctx.year) {
    const risk = warRisk(s);
    if (ctx.stream('war').chance(risk)) {
      setStatus(
        ctx,
        'collapsed',
        'war',
        `War breaks out between the two powers (a risk of ${risk}% this year).`,
      );
      return;
    }
    if (ctx.year - s.suspendedSince >= t.suspendedYearsToCollapse) {
      setStatus(
        ctx,
        'collapsed',
        'suspended-too-long',
        `The Accords have been suspended for ${t.suspendedYearsToCollapse} years: they collapse.`,
      );
      return;
    }
  }
  if (s.status !== 'suspended') {
    const attacker = PARTIES.find((p) => ctx.attackers.includes(p));
    if (attacker) {
      setStatus(
        ctx,
        'suspended',
        'I/attack',
        `${PARTY_TITLES[attacker]} attacked: the Accords are suspended.`,
      );
      s.suspendedBy = ctx.suspenders[0] ?? null;
      return;
    }
    // Ordered while the other's standing was below the line (the order's check), it holds, whatever
    // the year's rewards did to that standing since: the answer was given and is on record.
    const suspender = PARTIES.find((p) => ctx.suspenders.includes(p));
    if (suspender) {
      setStatus(
        ctx,
        'suspended',
        'suspend-accords',
        `${PARTY_TITLES[suspender]} suspends the Accords: the breaches of ${PARTY_NAMES[otherParty(suspender)]} are on record.`,
      );
      // Its answer on record: should the Accords collapse, the blame is not its (./suspension.ts).
      s.suspendedBy = suspender;
      return;
    }
    const strained = PARTIES.some((p) => powerOf(s, p).standing < t.strainedBelow);
    if (strained && s.status === 'in-force') {
      setStatus(ctx, 'strained', 'strained', 'A standing below the threshold strains the Accords.');
    } else if (!strained && s.status === 'strained') {
      setStatus(
        ctx,
        'in-force',
        'recovered',
        'Both standings recover: the Accords are fully in force again.',
      );
    }
  }
}

/**
 * The end of step j: a power whose partner's standing now lies below the suspension line is told so,
 * with the partner's latest breach as the reason (DESIGN.md section 15.4: a human is asked; the
 * answer is the `suspend-accords` order, next year).
 */
export function offerSuspension(ctx: Ctx): void {
  const s = ctx.s;
  if (s.status === 'suspended' || s.status === 'collapsed') return;
  const line = ctx.rules.treaty.suspendBelow;
  for (const party of PARTIES) {
    const other = otherParty(party);
    const standing = powerOf(s, other).standing;
    if (standing >= line) continue;
    const why = lastBreach(ctx, other);
    note(ctx, {
      kind: 'treaty',
      party,
      article: why?.article ?? null,
      cause: { rule: 'suspend-accords' },
      text: `${PARTY_TITLES[other]}'s standing is ${standing}, below the line of ${line}${why ? ` (its latest breach: ${why.text})` : ''}: ${PARTY_NAMES[party]} may suspend the Accords.`,
    });
  }
}

/** The latest violation of `party` in the ledger, this year's pending ones included. */
function lastBreach(ctx: Ctx, party: Party): LedgerEntry | null {
  for (let i = ctx.pending.length - 1; i >= 0; i--) {
    const e = ctx.pending[i] as LedgerEntry;
    if (e.party === party && e.kind !== 'reward' && e.article !== null) return e;
  }
  const ledger = ctx.s.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger.item(i);
    if (e.party === party && e.kind !== 'reward' && e.article !== null) return e;
  }
  return null;
}

/** Whether a summit already earned the party its reward in the last `years` years (before this one). */
function recentSummit(ctx: Ctx, party: Party, years: number): boolean {
  return summitRewardedWithin(ctx.s, party, years);
}

/** The year a summit last earned `party` its reward, if ever (for the words; the rule asks `summitRewardedWithin`). */
export function lastSummitRewarded(s: GameState, party: Party): number | null {
  const ledger = s.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger.item(i);
    if (e.party === party && e.code === 'summit') return e.year;
  }
  return null;
}

/** Whether a summit earned the party its reward in the `years` years up to the state's year. */
export function summitRewardedWithin(s: GameState, party: Party, years: number): boolean {
  const ledger = s.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger.item(i);
    if (e.year <= s.year - years) break;
    if (e.party === party && e.code === 'summit') return true;
  }
  return false;
}
