// Article VI's terms (rules version 8, issue 16): a claim on a world is settled by arbiters who lean
// to the power of better standing (honour pays in a dispute), and an open claim costs its holder the
// world's security until it is settled or lapses; a trade pact is signed when one power's proposal
// meets the other's and runs for a term, and an offer let pass or a pact lost to an unsettled quarrel
// closes trade talks for years (declining is a choice that lasts, not a year's delay).
import { type Ctx, note } from '../context';
import {
  type Claim,
  forYears,
  type GameState,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type System,
} from '../types';
import { findSystem, systemName } from '../world';

/**
 * The chance (in %) that arbiters hearing a claim on `sys` brought by `bringer` award it to the
 * Federation: they lean to the holder, to the power that brings the case (waiting for the other to
 * ask costs; none when both bring it), and to the power whose standing is better.
 */
export function federationWinPercent(s: GameState, sys: System, bringer: Party | null): number {
  const held = sys.owner === 'federation' ? 10 : sys.owner === 'klingon' ? -10 : 0;
  const gap = powerOf(s, 'federation').standing - powerOf(s, 'klingon').standing;
  const honour = Math.trunc((gap * s.rules.claims.standingLeanPercent) / 100);
  const brought = bringer === 'federation' ? 10 : bringer === 'klingon' ? -10 : 0;
  const lean = 50 + held + brought + honour;
  return Math.max(5, Math.min(95, lean));
}

/** The chance (in %) that `party` wins the claim on `sys` when `bringer` takes it to arbitration. */
export function winPercent(s: GameState, sys: System, party: Party, bringer: Party): number {
  const fed = federationWinPercent(s, sys, bringer);
  return party === 'federation' ? fed : 100 - fed;
}

/** Worlds `party` holds under the other power's open claim: they bank it no security. */
export function contestedWorlds(s: GameState, party: Party): number {
  let n = 0;
  for (const c of s.claims) {
    if (c.kind !== 'territory' || c.system === null || c.claimant === party) continue;
    if (findSystem(s, c.system)?.owner === party) n++;
  }
  return n;
}

/** Step g: claims left open too long lapse. */
export function judgeTerms(ctx: Ctx): void {
  const s = ctx.s;
  const lapse = s.rules.claims.lapseYears;
  let lapsed: Claim[] | null = null; // made only when a claim lapses (most years none)
  for (const c of s.claims) {
    if (c.kind !== 'territory' || c.since + lapse > ctx.year) continue;
    lapsed ??= [];
    lapsed.push(c);
  }
  if (lapsed !== null) {
    const gone = lapsed;
    s.claims = s.claims.filter((c) => !gone.includes(c));
    for (const c of gone) {
      note(ctx, {
        kind: 'obligation',
        party: c.claimant,
        article: 'VI',
        cause: { event: c.eventId },
        text: `The claim on ${systemName(s, c.system ?? '')} lapses, never taken to arbitration.`,
      });
    }
  }
}

/**
 * Step k, after the year's income: a pact whose term is over ends. Its last year pays (rules version
 * 27: it ended at step g, before the income, and playtest 40's pact "to the end of 2322" paid nothing
 * in 2322).
 */
export function endPactTerm(ctx: Ctx): void {
  const s = ctx.s;
  if (!s.tradePact || s.pactEnds > ctx.year) return;
  s.tradePact = false;
  note(ctx, {
    kind: 'pact',
    party: null,
    article: 'VI',
    cause: { rule: 'trade-pact' },
    text: 'The trade pact’s term ends; either power may offer a new one.',
  });
}

/** A pact signed this year runs for its term. */
export function signPact(ctx: Ctx): void {
  ctx.s.pactEnds = ctx.year + ctx.rules.economy.pactYears - 1;
}

/** Trade talks close: no pact may be proposed for the years the rules give. */
export function closeTalks(s: GameState, year: number): void {
  s.talksClosedUntil = Math.max(s.talksClosedUntil, year + s.rules.economy.talksClosedYears);
}

/** The year turns: an offer not taken up by the end of the year after it was made is declined. */
export function expireOffer(s: GameState): void {
  const p = s.pactProposal;
  if (p === null || p.year >= s.year - 1) return;
  s.pactProposal = null;
  if (!s.tradePact) closeTalks(s, s.year - 1);
}

/**
 * Step a's pacts: an embargo ends the pact and voids an offer standing; a proposal meets the other's,
 * this year's or last year's, and signs the pact, or stands as an offer itself.
 */
export function resolvePact(ctx: Ctx, orders: readonly Party[], embargoes: readonly Party[]): void {
  const s = ctx.s;
  if (embargoes.length > 0 && s.tradePact) {
    s.tradePact = false;
    note(ctx, {
      kind: 'pact',
      party: null,
      article: 'VI',
      cause: { rule: 'embargo' },
      text: 'The trade pact ends under the embargo.',
    });
  }
  if (embargoes.length > 0) {
    // Said, not dropped (playtest 35 proposed a pact two years running, under the other's sanctions,
    // and no report named either proposal).
    const under =
      embargoes.length > 1 ? 'both powers’ embargoes' : `${PARTY_NAMES[embargoes[0] as Party]}'s embargo`;
    const standing = s.pactProposal;
    if (standing !== null && !orders.includes(standing.by))
      note(ctx, {
        kind: 'pact',
        party: standing.by,
        article: 'VI',
        cause: { rule: 'embargo' },
        text: `${PARTY_TITLES[standing.by]}'s offer of a trade pact (${standing.year}) is void under ${under}.`,
      });
    for (const party of orders) {
      note(ctx, {
        kind: 'pact',
        party,
        article: 'VI',
        cause: { rule: 'embargo' },
        text: `${PARTY_TITLES[party]} proposes a trade pact, and nothing comes of it under ${under}: no offer stands.`,
      });
    }
    s.pactProposal = null;
    return;
  }
  for (const party of PARTIES) {
    if (!orders.includes(party) || s.tradePact) continue;
    const other = otherParty(party);
    const offered =
      orders.includes(other) || (s.pactProposal?.by === other && s.pactProposal.year >= ctx.year - 1);
    if (offered) {
      s.tradePact = true;
      s.pactProposal = null;
      signPact(ctx);
      note(ctx, {
        kind: 'pact',
        party: null,
        article: 'VI',
        cause: { rule: 'trade-pact' },
        text: `A trade pact is signed ${forYears(s, ctx.year, ctx.rules.economy.pactYears)}: both industries grow by the exchange.`,
      });
    } else {
      s.pactProposal = { by: party, year: ctx.year };
      note(ctx, {
        kind: 'pact',
        party,
        article: 'VI',
        cause: { rule: 'trade-pact' },
        text: `${PARTY_TITLES[party]} proposes a trade pact.`,
      });
    }
  }
}
