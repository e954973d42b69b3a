// Article VI's orders: disputes taken to arbitration and rulings accepted, worlds seized without
// it, trade pacts and embargoes.

import { federationWinPercent, winPercent } from '../articles/claims-and-trade';
import { dueStanding } from '../context';
import { wrongedBy } from '../grievances';
import { violationCost } from '../ledger';
import { worldSecurity } from '../scoring';
import {
  forYears,
  type GameState,
  isParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  type Party,
  powerOf,
  type System,
  sentence,
  talksClosedFor,
  talksReopen,
} from '../types';
import { adjacency, findSystem, industryOf, pactIncome, systemName, theThirdPower } from '../world';
import { sparedWords } from './answers';
import {
  diplomacyCost,
  type OrderDefinition,
  open,
  orderShape,
  plural,
  queuedSame,
  ref,
  refusal,
} from './define';
import { earnsEach, rewardWords } from './reward-words';

/** `dispute`: a claim's id, or a disputed system's id. */
export const ARBITRATE = orderShape('arbitrate', { dispute: ref('a claim or disputed system id') });
export const ACCEPT_RULING = orderShape('accept-ruling', { obligation: ref('an obligation id') });
export const SEIZE = orderShape('seize', { system: ref('a system id') });
export const TRADE_PACT = orderShape('trade-pact');
export const EMBARGO = orderShape('embargo');

export const arbitrate: OrderDefinition<'arbitrate'> = {
  shape: ARBITRATE,
  step: 'tradeAndDisputes',
  // A disputed world is arbitrated at it (a tariff quarrel, no world, from its event card).
  screen: { place: 'system', at: 'dispute' },
  cost: diplomacyCost,
  check(state, _party, order, queued) {
    const claim = state.claims.find((c) => c.id === order.dispute);
    const sys = claim
      ? claim.system
        ? findSystem(state, claim.system)
        : undefined
      : findSystem(state, order.dispute);
    if (!claim && sys?.zone !== 'disputed') {
      return refusal('order/no-dispute', `There is no dispute ${order.dispute} to take to arbitration.`);
    }
    // A held world goes back to the arbiters only when a new claim on it is pressed.
    if (!claim && sys?.owner !== null && !state.claims.some((c) => c.system === sys?.id)) {
      return refusal('order/no-dispute', `No claim on ${sys?.name ?? order.dispute} is pending.`);
    }
    // The Accords bind their two powers, not a third: a world a third power took is retaken first.
    if (sys?.owner && !isParty(sys.owner)) {
      return refusal(
        'order/held-by-third-power',
        `${sentence(theThirdPower(state, sys.owner))} holds ${sys.name}: the arbiters of the Accords cannot award it. Retake it first.`,
      );
    }
    if (state.status === 'suspended') {
      return refusal('order/suspended', 'No arbitration under the Accords while they are suspended.');
    }
    if (queuedSame(queued, 'arbitrate', (q) => q.dispute === order.dispute)) {
      return refusal('order/duplicate', 'That dispute is already going to arbitration.');
    }
    return null;
  },
  describe(state, _party, order) {
    const claim = state.claims.find((c) => c.id === order.dispute);
    if (claim?.kind === 'tariff') return 'Take the tariff quarrel to arbitration';
    const world = findSystem(state, claim?.system ?? order.dispute);
    return `Take ${world?.name ?? order.dispute} to arbitration`;
  },
  // The standing as the year pays it to each (the playtest's tariff card said +3 and paid +2 at 86).
  effect: (s, party, order) => {
    const mine = rewardWords(s, party, 'VI/arbitration', s.rules.rewards.arbitration);
    const claim = s.claims.find((c) => c.id === order.dispute);
    if (claim?.kind !== 'tariff') {
      const world = findSystem(s, claim?.system ?? order.dispute);
      const lean = world?.owner
        ? 'to its holder, to the power that brings the case'
        : 'to the power that brings the case';
      return `The arbiters settle this claim (the world stays disputed)${world ? `, leaning ${lean} and to the better standing: ${rulingOdds(s, world, party)}` : ''}. If it goes your way you earn ${mine}. A loser that holds the world has a year to hand it over.`;
    }
    const other = otherParty(party);
    const theirs = rewardWords(s, other, 'VI/arbitration', s.rules.rewards.arbitration);
    const earns = earnsEach(mine, theirs, PARTY_NAMES[other]);
    // What the pact is worth to it, as income pays it (economy.ts): the stake of the quarrel.
    const gain = pactIncome(s, industryOf(s, party));
    const stake = s.tradePact
      ? ` (it adds ${plural(gain, 'reserve')} a year to your income as it stands, ${s.pactEnds >= s.lastYear ? 'for the rest of the game' : `to the end of ${s.pactEnds}`})`
      : '';
    return `The quarrel is settled if the other power takes it to arbitration this year too: the trade pact stands${stake} and it earns ${earns}. If it does not, the pact lapses, and its refusal breaks Article VI.${s.tradePact ? strainNear(s, 'the pact') : ''}`;
  },
  breaches: [],
};

/**
 * The chance that the arbiters rule for `party` if it brings the claim on `world`, and if the other
 * power brings it too (heard once, no lean for asking): the card said what a ruling gives and not
 * how likely it was, though that is what the choice between arbitrating and waiting weighs.
 */
function rulingOdds(s: GameState, world: System, party: Party): string {
  const alone = winPercent(s, world, party, party);
  const fed = federationWinPercent(s, world, null);
  const both = party === 'federation' ? fed : 100 - fed;
  const other =
    both === alone ? '' : ` (${both}% if ${PARTY_NAMES[otherParty(party)]} brings it too this year)`;
  return `${alone}% that they rule for you${other}`;
}

export const acceptRuling: OrderDefinition<'accept-ruling'> = {
  shape: ACCEPT_RULING,
  step: 'tradeAndDisputes',
  cost: diplomacyCost,
  check(state, party, order, queued) {
    const ob = state.obligations.find((o) => o.id === order.obligation);
    if (ob?.kind !== 'ruling')
      return refusal('order/unknown-obligation', `There is no ruling ${order.obligation}.`);
    if (ob.debtor !== party)
      return refusal('order/not-yours', 'That ruling went your way; there is nothing to accept.');
    if (ob.accepted || queuedSame(queued, 'accept-ruling', (q) => q.obligation === order.obligation)) {
      return refusal('order/decided', 'You already accepted that ruling.');
    }
    return null;
  },
  describe: (state, _party, order) => {
    const ob = state.obligations.find((o) => o.id === order.obligation);
    return ob?.kind === 'ruling'
      ? `Accept the ruling on ${systemName(state, ob.system)}`
      : 'Accept the ruling';
  },
  // What ignoring it costs too (article-vi.ts judgeRuling), as a breach's preview counts it: the
  // playtest's card named the article broken and not its price.
  effect: (s, party, order) => {
    const ob = s.obligations.find((o) => o.id === order.obligation);
    const deadline = ob ? `the end of ${ob.deadline}` : 'the deadline';
    const sup = party === 'klingon' ? s.rules.support.klingonDefiance : s.rules.support.federationDefiance;
    const cheer = sup > 0 ? `, though your people cheer the defiance (+${sup} support)` : '';
    const sys = ob?.kind === 'ruling' ? findSystem(s, ob.system) : undefined;
    const lost = sys
      ? `; its output (${sys.output} a year) and its security (${worldSecurity(s, party)} a year) go with it`
      : '';
    return `You hand the world over as the arbiters ruled: ${rewardWords(s, party, 'VI/arbitration', s.rules.rewards.arbitration)}${lost}. Not accepted by ${deadline}, you keep it and break Article VI (open): −${violationCost(s, party, 'VI/ruling-ignored')} standing${cheer}.`;
  },
  breaches: [],
};

const OCCUPY = open('VI/occupy-neutral', 'Occupying a neutral-zone system.');
const SEIZURE = open('VI/seize', 'Seizing a disputed system without arbitration.');
/** What seizing `sys` breaks: a neutral-zone world is occupied, a disputed one seized. */
export const seizureOf = (sys: System | undefined) => (sys?.zone === 'neutral-zone' ? OCCUPY : SEIZURE);

/**
 * `party` has a claim on `sys`, a world the other power holds, open since an earlier year (the
 * holder has had a year to settle it or to guard the world).
 */
const pressedClaim = (s: GameState, party: Party, sys: System) =>
  sys.owner !== null &&
  sys.owner !== party &&
  s.claims.some(
    (c) => c.kind === 'territory' && c.system === sys.id && c.claimant === party && c.since < s.year,
  );

/** `party` may press its claim on `sys` by force: claimed by it, held by the other, undefended. */
export const pressable = (s: GameState, party: Party, sys: System) =>
  pressedClaim(s, party, sys) && !s.fleets.some((f) => f.owner === sys.owner && f.location === sys.id);

export const seize: OrderDefinition<'seize'> = {
  shape: SEIZE,
  step: 'tradeAndDisputes',
  cost: diplomacyCost,
  check(state, party, order, queued) {
    const sys = findSystem(state, order.system);
    if (!sys) return refusal('order/unknown-system', `There is no system ${order.system}.`);
    if (sys.zone !== 'disputed' && sys.zone !== 'neutral-zone') {
      return refusal('order/not-seizable', `${sys.name} is neither disputed nor in the neutral zone.`);
    }
    if (sys.owner === party) return refusal('order/own-system', `${sys.name} is already yours.`);
    // A world the other holds is taken only on a claim of one's own, and only if no fleet of its
    // holder lies there: a claim pressed by force breaks Article VI; anything else is an attack.
    if (sys.owner !== null && !pressable(state, party, sys)) {
      return refusal(
        'order/owned',
        pressedClaim(state, party, sys)
          ? `${sys.name} is defended by a fleet of ${sys.owner}; taking it would be an attack.`
          : state.claims.some((c) => c.system === sys.id && c.claimant === party)
            ? `Your claim on ${sys.name} was raised this year: its holder has a year to answer it first.`
            : `${sys.name} belongs to ${sys.owner}; taking it would be an attack.`,
      );
    }
    const neighbours = adjacency(state).neighbours.get(sys.id) ?? [];
    const present = state.fleets.some(
      (f) => f.owner === party && (f.location === sys.id || neighbours.includes(f.location)),
    );
    if (!present) {
      return refusal(
        'order/no-fleet-near',
        `You need a fleet at ${sys.name} or one lane from it to seize it.`,
      );
    }
    if (queuedSame(queued, 'seize', (q) => q.system === order.system)) {
      return refusal('order/duplicate', `You already seize ${sys.name} this year.`);
    }
    return null;
  },
  describe: (state, _party, order) => `Seize ${systemName(state, order.system)}`,
  effect: (s, _party, order) =>
    `${systemName(s, order.system)} becomes yours at once, and every claim on it ends (a world the other holds is taken only on your open claim, when no fleet of theirs lies there).${findSystem(s, order.system)?.zone === 'neutral-zone' ? ` In the neutral zone it is occupied, not secure: it makes good a world you have lost, but banks no security beyond the worlds you held at the start.` : ''}`,
  breaches: [OCCUPY, SEIZURE],
  breaching: (s, _party, order) => [seizureOf(findSystem(s, order.system))],
};

export const tradePact: OrderDefinition<'trade-pact'> = {
  shape: TRADE_PACT,
  step: 'tradeAndDisputes',
  cost: diplomacyCost,
  check(state) {
    if (state.tradePact) return refusal('order/pact-exists', 'A trade pact is already in force.');
    if (state.talksClosedUntil >= state.year)
      return refusal(
        'order/talks-closed',
        `Trade talks are closed: ${talksReopen(state, state.talksClosedUntil)} (an offer was let pass or a pact lapsed).`,
      );
    if (state.status !== 'in-force')
      return refusal('order/not-in-force', 'Trade pacts need the Accords in force.');
    return null;
  },
  describe: () => 'Propose a trade pact',
  effect: (s, party) =>
    `${pactOffered(s, party)}: +${s.rules.economy.pactPercent}% income for both ${forYears(s, s.year, s.rules.economy.pactYears)}, while the Accords stay in force (a standing below ${s.rules.treaty.strainedBelow} strains them, and the pact lapses).${closingWords(s)}${strainNear(s)}`,
  breaches: [],
};

/** What an offer of this year let pass closes, in words ('' when it closes no year the game plays). */
function closingWords(s: GameState): string {
  const closed = talksClosedFor(s, s.year, s.rules.economy.talksClosedYears);
  return closed === null ? '' : ` An offer not taken up closes talks ${closed}.`;
}

/**
 * Whether a pact is signed this year, by the offer standing (one made this year or last): the
 * other's, which this one accepts; the party's own; or none (playtest 27 read the other's offer in
 * a report line, and the row said only "if the other power … did last year").
 */
function pactOffered(s: GameState, party: Party): string {
  const p = s.pactProposal;
  const standing = p !== null && p.year >= s.year - 1 ? p : null;
  if (standing?.by === otherParty(party))
    return `${sentence(PARTY_NAMES[standing.by])}'s offer of ${standing.year} stands: proposing yours signs the pact this year`;
  if (standing?.by === party)
    return `Your offer of ${standing.year} stands to the end of ${standing.year + 1}; proposing again renews it, and a pact is signed if the other power proposes one this year or next`;
  return 'A pact is signed if the other power proposes one this year or next (otherwise your offer stands to the end of next year)';
}

/** A standing below the strained line now: a pact signed this year lapses at its end unless it rises (playtest 23). */
function strainNear(s: GameState, pact = 'a pact signed this year'): string {
  const line = s.rules.treaty.strainedBelow;
  // The lines of this year recorded already count at its end (a leak, an exposure as it opened):
  // playtest 36 arbitrated a quarrel "the trade pact stands" beside a Klingon −29 due, and it lapsed.
  const due = dueStanding(s);
  const at = (p: Party) => powerOf(s, p).standing + due[p];
  const low = PARTIES.filter((p) => at(p) < line);
  if (low.length === 0) return '';
  const who = low
    .map((p) =>
      due[p] === 0
        ? `${PARTY_NAMES[p]}'s standing is ${at(p)}`
        : `${PARTY_NAMES[p]}'s standing is ${Math.max(0, at(p))} with the ${due[p] < 0 ? '−' : '+'}${Math.abs(due[p])} due this year`,
    )
    .join(' and ');
  return ` Now ${who}, below ${line}: unless ${low.length > 1 ? 'they rise' : 'it rises'} by the year's end, the Accords are strained and ${pact} lapses with them.`;
}

const EMBARGO_BREACH = open('VI/embargo', 'An embargo without arbitration.');

export const embargo: OrderDefinition<'embargo'> = {
  shape: EMBARGO,
  step: 'tradeAndDisputes',
  cost: diplomacyCost,
  check: () => null,
  describe: (s, party) =>
    wrongedBy(s, party) ? 'Impose sanctions (an embargo in answer to a breach)' : 'Impose an embargo',
  effect: (s, party) =>
    `Ends any trade pact; the other power loses up to ${plural(s.rules.economy.embargoGain, 'reserve')} and you gain them.${wrongedBy(s, party) ? ` Sanctions answering a breach seen lately: no violation.${sparedWords(s, party)}` : ''}`,
  breaches: [EMBARGO_BREACH],
  // Sanctions that answer a violation seen lately are allowed (src/sim/articles/article-vi.ts).
  breaching: (s, party) => (wrongedBy(s, party) ? [] : [EMBARGO_BREACH]),
};
