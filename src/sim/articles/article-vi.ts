// Article VI — conflict resolution, territory and trade. Disputes go to arbitration (rewarded when
// the ruling is respected); seizing a disputed system or occupying the neutral zone is open; a fleet
// in the other's territory is a trespass each year; embargoes break the trade laws.
import { addOnce, type Cause, type Ctx, changeSupport, note, ownFleet, ownSystem } from '../context';
import { wrongedBy } from '../grievances';
import { chargeViolation, reward } from '../ledger';
import { pressable } from '../orders/disputes';
import { chargeCrossings } from '../passage';
import type { OrderRef } from '../resolve-types';
import {
  type Claim,
  type Fleet,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  type RulingObligation,
  type System,
  talksReopen,
} from '../types';
import { findSystem, fleetSystems, nearestPath, ownedBy, powerName } from '../world';
import { closeTalks, federationWinPercent, judgeTerms, resolvePact } from './claims-and-trade';

/** Step a: arbitration, rulings, seizures, pacts and embargoes. Returns the parties that embargo. */
export function resolveDisputesAndTrade(ctx: Ctx, refs: OrderRef[]): readonly Party[] {
  const s = ctx.s;
  // Small sets of parties, kept as lists (most years have none).
  const embargoes: Party[] = [];
  const pactOrders: Party[] = [];
  // Disputes both powers bring this year are heard once, together (./claims-and-trade.ts).
  const brought: string[] = [];
  for (const r of refs)
    if (r.order.type === 'arbitrate') brought.push(`${r.party}|${disputeKey(s, r.order.dispute)}`);
  for (const ref of refs) {
    const { party, index, order } = ref;
    const cause = { order: { party, index, type: order.type } };
    switch (order.type) {
      case 'arbitrate':
        arbitrate(ctx, party, order.dispute, cause, brought);
        break;
      case 'accept-ruling': {
        const ob = s.obligations.find(
          (o): o is RulingObligation => o.id === order.obligation && o.kind === 'ruling',
        );
        if (!ob || ob.accepted || ob.debtor !== party) break;
        ob.accepted = true;
        reward(
          ctx,
          party,
          'VI/arbitration',
          ctx.rules.rewards.arbitration,
          'VI',
          `${PARTY_TITLES[party]} respects the ruling on ${findSystem(s, ob.system)?.name ?? ob.system}.`,
        );
        break;
      }
      case 'seize': {
        const found = findSystem(s, order.system);
        if (!found) break;
        if (found.owner !== null && !pressable(s, party, found)) {
          // Said, not silent (playtest 25 read "Seize Sherman's Planet" among the orders and no word
          // of it): an arbitration or a seizure of this year settled the world first.
          note(ctx, {
            kind: 'obligation',
            party,
            article: 'VI',
            cause,
            text: `No seizure of ${found.name}: ${found.owner === party ? `it is ${PARTY_NAMES[party]}'s already` : `${powerName(s, found.owner)} holds it`} this year.`,
          });
          break;
        }
        const sys = ownSystem(ctx, found);
        const from = sys.owner;
        sys.owner = party;
        const code = sys.zone === 'neutral-zone' ? 'VI/occupy-neutral' : 'VI/seize';
        chargeViolation(
          ctx,
          party,
          code,
          `${PARTY_TITLES[party]} ${sys.zone === 'neutral-zone' ? 'occupies' : 'seizes'} ${sys.name}.`,
          { open: true },
        );
        note(ctx, {
          kind: 'territory',
          party,
          from,
          to: party,
          article: 'VI',
          cause,
          text:
            from === null
              ? `${sys.name} is taken by ${PARTY_NAMES[party]}.`
              : `${PARTY_NAMES[party]} presses its claim by force and takes ${sys.name}.`,
        });
        s.claims = s.claims.filter((c) => c.system !== sys.id);
        if (party === 'klingon')
          changeSupport(
            ctx,
            party,
            ctx.rules.support.klingonSystemGained,
            cause,
            `${sys.name} is claimed for the Empire.`,
          );
        break;
      }
      case 'trade-pact':
        addOnce(pactOrders, party);
        break;
      case 'embargo':
        addOnce(embargoes, party);
        // Sanctions answering a violation seen lately are not a breach (DESIGN.md section 15.4): said
        // in a line of their own (playtest 25 read only "Tariffs fill the treasury").
        if (wrongedBy(s, party)) {
          note(ctx, {
            kind: 'pact',
            party,
            article: 'VI',
            cause,
            text: `${PARTY_TITLES[party]} imposes sanctions on ${PARTY_NAMES[otherParty(party)]} for its breaches: an answer, not a breach.`,
          });
          addOnce(ctx.answering, party);
          break;
        }
        chargeViolation(
          ctx,
          party,
          'VI/embargo',
          `${PARTY_TITLES[party]} imposes an embargo without arbitration.`,
          { open: true },
        );
        break;
      default:
        break;
    }
  }
  resolvePact(ctx, pactOrders, embargoes);
  return embargoes;
}

/** What an arbitrate order is about: its claim's world, or its own id (a tariff quarrel, a world). */
function disputeKey(s: Ctx['s'], dispute: string): string {
  return s.claims.find((c) => c.id === dispute)?.system ?? dispute;
}

function arbitrate(ctx: Ctx, party: Party, dispute: string, cause: Cause, brought: string[]): void {
  const s = ctx.s;
  const claim: Claim | undefined =
    s.claims.find((c) => c.id === dispute) ?? s.claims.find((c) => c.system === dispute);
  if (claim && claim.kind === 'tariff') {
    // A quarrel between the merchants of both is settled only if both take it to the arbiters:
    // either power may let the pact lapse (the first to agree is kept as the claim's claimant).
    if (claim.claimant === null || claim.claimant === party) {
      const i = s.claims.indexOf(claim);
      s.claims = s.claims.map((c, j) => (j === i ? { ...c, claimant: party } : c));
      note(ctx, {
        kind: 'pact',
        party,
        article: 'VI',
        cause,
        text: `${PARTY_TITLES[party]} takes the tariff quarrel to arbitration; the other power must agree this year.`,
      });
      return;
    }
    s.claims = s.claims.filter((c) => c !== claim);
    for (const p of PARTIES)
      reward(
        ctx,
        p,
        'VI/arbitration',
        ctx.rules.rewards.arbitration,
        'VI',
        `${PARTY_TITLES[p]} takes the tariff quarrel to arbitration.`,
      );
    note(ctx, {
      kind: 'pact',
      party,
      article: 'VI',
      cause,
      text: 'The arbiters settle the tariff quarrel; trade goes on.',
    });
    return;
  }
  const found = findSystem(s, claim?.system ?? dispute);
  // A held world is heard only on a claim: one settled earlier this year is not heard twice.
  if (found?.zone !== 'disputed' || (!claim && found.owner !== null)) return;
  // The arbiters lean to the party that holds the world (an empty world is a coin toss), to the
  // party that brings the case (waiting for the other to ask is a choice, and it costs),
  // and to the power of better standing (./claims-and-trade.ts).
  const joint = brought.includes(`${otherParty(party)}|${found.id}`);
  const leanPercent = federationWinPercent(s, found, joint ? null : party);
  const winner: Party = ctx.stream('arbitration').chance(leanPercent) ? 'federation' : 'klingon';
  const loser = otherParty(winner);
  // The ruling settles the claim at hand: the world stays disputed, and a new claim may come.
  if (claim) s.claims = s.claims.filter((c) => c !== claim);
  if (winner === party || joint) {
    reward(
      ctx,
      winner,
      'VI/arbitration',
      ctx.rules.rewards.arbitration,
      'VI',
      `${PARTY_TITLES[winner]} took ${found.name} to arbitration.`,
    );
  }
  if (found.owner !== loser) {
    award(ctx, found, winner, cause);
    return;
  }
  // The loser holds the world: it hands it over by accepting the ruling, or keeps it and breaks
  // Article VI at the deadline (what ignoring buys lasts: the world's output and security).
  note(ctx, {
    kind: 'obligation',
    party: loser,
    article: 'VI',
    cause,
    text: `Arbitration awards ${found.name} to ${PARTY_NAMES[winner]}; ${PARTY_NAMES[loser]} holds it and must hand it over by ${ctx.year + 1}.`,
  });
  const ob: RulingObligation = {
    id: `r${ctx.year}-${found.id}`,
    kind: 'ruling',
    article: 'VI',
    eventId: claim?.eventId ?? `arbitration-${ctx.year}`,
    system: found.id,
    winner,
    debtor: loser,
    deadline: ctx.year + 1,
    accepted: false,
  };
  s.obligations.push(ob);
}

/** The world goes to `winner` under a ruling; the loser's fleets there go home (a ruling is no trespass). */
function award(ctx: Ctx, found: System, winner: Party, cause: Cause): void {
  const s = ctx.s;
  const loser = otherParty(winner);
  const sys = ownSystem(ctx, found);
  const from = sys.owner;
  sys.owner = winner;
  note(ctx, {
    kind: 'territory',
    party: winner,
    from,
    to: winner,
    article: 'VI',
    cause,
    text:
      from === winner
        ? `Arbitration confirms ${sys.name} as ${PARTY_NAMES[winner]}'s.`
        : `Arbitration awards ${sys.name} to ${PARTY_NAMES[winner]}.`,
  });
  // Its fleets there withdraw to its nearest world, however far: accepting a ruling never leaves a
  // fleet trespassing. The way is searched only when a fleet is there (most rulings find none).
  let home: string | null | undefined;
  for (const f of s.fleets) {
    if (f.owner !== loser || f.location !== sys.id) continue;
    if (home === undefined)
      home = nearestPath(s, sys.id, (n) => ownedBy(findSystem(s, n), loser))?.at(-1) ?? null;
    if (home) {
      ownFleet(ctx, f).location = home;
      note(ctx, {
        kind: 'fleet',
        party: loser,
        from: sys.id,
        to: home,
        article: 'VI',
        cause,
        text: `Fleet ${f.id} withdraws from ${sys.name} under the ruling.`,
      });
    }
  }
}

/**
 * Step g of its deadline: a ruling accepted hands the world over (at the year's end, so no fleet of
 * the loser that moved there this year is left trespassing); one not accepted is ignored: an open
 * violation, and defiance cheered at home.
 */
export function judgeRuling(ctx: Ctx, ob: RulingObligation): void {
  const found = findSystem(ctx.s, ob.system);
  if (ob.accepted) {
    if (found?.owner === ob.debtor) award(ctx, found, ob.winner, { event: ob.eventId, rule: 'VI/ruling' });
    return;
  }
  const name = found?.name ?? ob.system;
  chargeViolation(
    ctx,
    ob.debtor,
    'VI/ruling-ignored',
    `${PARTY_TITLES[ob.debtor]} ignores the ruling that ${name} goes to ${PARTY_NAMES[ob.winner]}.`,
    { open: true },
  );
  const sup = ctx.rules.support;
  changeSupport(
    ctx,
    ob.debtor,
    ob.debtor === 'klingon' ? sup.klingonDefiance : sup.federationDefiance,
    { event: ob.eventId, rule: 'VI/ruling' },
    `${name} is kept in defiance of the arbiters.`,
  );
}

/**
 * Year end: each fleet in the other party's territory is a trespass. `at` is where each fleet lies
 * (`fleetSystems`), when the caller has it already.
 */
export function checkTrespass(ctx: Ctx, at: readonly (System | undefined)[] = fleetSystems(ctx.s)): void {
  const s = ctx.s;
  // One pass finds the fleets in the other party's territory (few, most years none); each party's
  // are then charged in turn, the Federation's first, each in the fleets' order.
  let found: number[] | null = null;
  for (let i = 0; i < s.fleets.length; i++) {
    const sys = at[i];
    if (sys === undefined) continue;
    const owner = (s.fleets[i] as Fleet).owner;
    if ((owner === 'federation' || owner === 'klingon') && ownedBy(sys, otherParty(owner))) {
      found ??= [];
      found.push(i);
    }
  }
  // A fleet that crossed the other's space and lies there at the year's end is one trespass, not two.
  if (ctx.crossings.length > 0)
    chargeCrossings(ctx, new Set((found ?? []).map((i) => (s.fleets[i] as Fleet).id)));
  if (found === null) return;
  for (const party of PARTIES) {
    const other = otherParty(party);
    if (ctx.granting.includes(other)) continue; // consent given for this year
    for (const i of found) {
      const f = s.fleets[i] as Fleet;
      if (f.owner !== party) continue;
      chargeViolation(
        ctx,
        party,
        'VI/trespass',
        `Fleet ${f.id} of ${PARTY_NAMES[party]} lies at ${(at[i] as System).name} without consent.`,
        { open: true },
      );
    }
  }
}

/**
 * Step g: a tariff quarrel not taken to arbitration by both this year ends the trade pact and closes
 * trade talks (the power that refused the arbiters breaks Article VI), in the last year of the pact's
 * term too (it ends after the income, at step k: rules version 27); claims left open too long lapse.
 */
export function judgeQuarrels(ctx: Ctx): void {
  const s = ctx.s;
  judgeTerms(ctx);
  let quarrel = false; // most years no tariff quarrel is open: no list is made
  for (const c of s.claims) if (c.kind === 'tariff' && c.since <= ctx.year) quarrel = true;
  if (!quarrel) return;
  const due = s.claims.filter((c) => c.kind === 'tariff' && c.since <= ctx.year);
  s.claims = s.claims.filter((c) => !due.includes(c));
  if (s.tradePact) {
    s.tradePact = false;
    closeTalks(s, ctx.year);
    // The power that would not go to the arbiters when the other did keeps tariffs without
    // arbitration: a breach of Article VI (an embargo this year already ended the pact, and paid).
    const brought = due.find((c) => c.claimant !== null)?.claimant;
    if (brought) {
      const refuser = otherParty(brought);
      chargeViolation(
        ctx,
        refuser,
        'VI/embargo',
        `${PARTY_TITLES[refuser]} refuses arbitration of the tariff quarrel.`,
        { open: true },
      );
    }
    note(ctx, {
      kind: 'pact',
      party: null,
      article: 'VI',
      cause: { event: due[0]?.eventId ?? '' },
      text: `The tariff quarrel went unsettled: the trade pact lapses, and talks close: ${talksReopen(s, s.talksClosedUntil)}.`,
    });
  }
}
