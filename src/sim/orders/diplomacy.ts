// The diplomatic orders between the two parties: embassies (Article II), summits, the council,
// suspension, passage (Article VI's consent) and espionage (Article I, covert).
import { embassyRecentlyClosed, embassyRewardWords } from '../articles/article-ii';
import { firstYearDetection, seenAtEmbassy } from '../covert';
import { wrongedBy } from '../grievances';
import { violationCost } from '../ledger';
import { addressGain } from '../support';
import { vouchedIn } from '../suspension';
import { passageGrantedUntil } from '../threats';
import { warRisk } from '../treaty';
import {
  forYears,
  type GameState,
  otherParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  untilYear,
} from '../types';
import { sparedWords } from './answers';
import {
  covert,
  diplomacyCost,
  noCost,
  type OrderDefinition,
  oneOf,
  open,
  orderShape,
  plural,
  refusal,
} from './define';
import { earnsEach, rewardNow, summitWords, supportWords } from './reward-words';

export const EMBASSY_ACTIONS = ['establish', 'upgrade', 'recall', 'expel'] as const;
export const ESPIONAGE_MODES = ['reveal', 'steal', 'sabotage'] as const;

export const EMBASSY = orderShape('embassy', { action: oneOf(EMBASSY_ACTIONS) });
export const SUMMIT = orderShape('summit');
export const ADDRESS_COUNCIL = orderShape('address-council');
export const SUSPEND_ACCORDS = orderShape('suspend-accords');
/** Standing given for the other's return to suspended Accords (rules version 27). */
export const VOUCH = orderShape('vouch');
/** Consent (Article VI) for the other party's fleets in this power's territory, this year. */
export const GRANT_PASSAGE = orderShape('grant-passage');
export const ESPIONAGE = orderShape('espionage', { mode: oneOf(ESPIONAGE_MODES) });

const RECALL = open('II/recall', 'Recalling or expelling an embassy.');
const NO_EMBASSY = open(
  'II/no-embassy',
  'No embassy on the other capital world, once the grace years are over: each year until one is built again.',
  true,
  'year-end',
);

/**
 * What a level more does to the party's eyes on the other's covert acts (playtest 35: the row of a
 * level 3 said only what level 2 does, and a player could not tell what it bought).
 */
function sharperWords(s: GameState, party: Party): string {
  const now = firstYearDetection(s, otherParty(party));
  const then = seenAtEmbassy(s, powerOf(s, party).embassy + 1);
  return then > now
    ? ` Your eyes on the other power's covert acts sharpen: the chance one is seen in its year rises from ${now}% to ${then}%.`
    : '';
}

export const embassy: OrderDefinition<'embassy'> = {
  shape: EMBASSY,
  step: 'embassy',
  cost(s, party, order) {
    const builds = order.action === 'establish' || order.action === 'upgrade';
    return {
      influence: s.rules.influence.embassy,
      reserves: builds ? s.rules.economy.embassyCostPerLevel * (powerOf(s, party).embassy + 1) : 0,
      fleet: null,
    };
  },
  check(state, party, order) {
    const level = powerOf(state, party).embassy;
    if (order.action === 'establish' && level > 0) {
      return refusal('order/embassy-exists', 'Your embassy already stands; upgrade it instead.');
    }
    if (order.action === 'establish' && embassyRecentlyClosed(state, party, 'expelled')) {
      const c = powerOf(state, party).embassyClosed;
      return refusal(
        'order/embassy-closed',
        `Your embassy was expelled in ${c?.year}: ${embassyReturns(state, (c?.year ?? 0) + state.rules.answers.closedYears)}.`,
      );
    }
    if (order.action === 'upgrade' && level === 0)
      return refusal('order/no-embassy', 'Establish an embassy first.');
    if (order.action === 'upgrade' && level >= 3)
      return refusal('order/embassy-max', 'Your embassy is at level 3.');
    if (order.action === 'recall' && level === 0)
      return refusal('order/no-embassy', 'You have no embassy to recall.');
    const other = otherParty(party);
    if (order.action === 'expel' && powerOf(state, other).embassy === 0) {
      return refusal('order/no-embassy', `${PARTY_TITLES[other]} has no embassy to expel.`);
    }
    return null;
  },
  describe: (state, party, order) =>
    order.action === 'expel'
      ? `Expel ${PARTY_NAMES[otherParty(party)]}'s embassy`
      : order.action === 'recall' && wrongedBy(state, party)
        ? 'Recall the embassy in protest'
        : `${order.action[0]?.toUpperCase()}${order.action.slice(1)} the embassy`,
  effect: (s, party, order) =>
    order.action === 'establish' || order.action === 'upgrade'
      ? `Your embassy on the other capital rises to level ${powerOf(s, party).embassy + 1}: it keeps Article II${embassyRewardWords(s.rules) ? `; it earns ${embassyRewardWords(s.rules)}` : ''}; at level ${s.rules.influence.embassyBonusLevel} or more it adds one influence.${sharperWords(s, party)}`
      : order.action === 'recall'
        ? `Your embassy closes (level 0): the other side sees it at once, and your eyes on its covert acts close (first-year detection ${s.rules.detection.blindPercent}%).${wrongedBy(s, party) ? ` In protest at a breach seen lately: no violation.${sparedWords(s, party)}` : ''}${rebuildWords(s, party)}${omissionWords(s, party)}`
        : `The other power’s embassy here closes (level 0) and may not return ${forYears(s, s.year, s.rules.answers.closedYears)}: its detection of your covert acts falls to ${s.rules.detection.blindPercent}% in the year, ${s.rules.detection.blindLaterPercent}% later.`,
  breaches: [RECALL, NO_EMBASSY],
  breaching(s, party, order) {
    if (order.action === 'expel') return [RECALL];
    if (order.action !== 'recall') return [];
    // A recall in protest at a violation seen lately is an answer, not a breach; a missing embassy
    // owes nothing for `answers.closedYears` either way (src/sim/articles/article-ii.ts).
    return wrongedBy(s, party) ? [] : [RECALL];
  },
};

/**
 * What having the embassy back costs (the playtest recalled in protest every few years and paid to
 * build it again each time without being told).
 */
function rebuildWords(s: GameState, party: Party): string {
  const level = powerOf(s, party).embassy;
  const per = s.rules.economy.embassyCostPerLevel;
  let total = 0;
  for (let l = 1; l <= level; l++) total += per * l;
  return total > 0
    ? ` To have it back at level ${level}, you build it again: ${plural(total, 'reserve')} in all, level by level.`
    : '';
}

/** When an expelled embassy may return, in words: from its year, or not before the game ends. */
function embassyReturns(s: GameState, from: number): string {
  return from >= s.lastYear
    ? 'it may not return in the years the game has left'
    : `it may return from ${from}`;
}

/**
 * When a recalled embassy's absence starts to break Article II, and at what price (playtest 28
 * recalled in protest, read "no violation", and was charged every year for the next seventeen).
 */
function omissionWords(s: GameState, party: Party): string {
  const from = Math.max(s.year + s.rules.answers.closedYears, s.signedYear + s.rules.embassyGraceYears);
  // No year left to charge (a recall in the game's last years): the card promised a breach "every
  // year from" a year the game does not play.
  if (from >= s.lastYear)
    return ' Without it, no year the game has left is charged for the missing embassy: a recalled embassy is spared the omission for the rest of the game.';
  const cost = violationCost(s, party, 'II/no-embassy');
  // Why not sooner, when the missing embassy is charged already (playtest 35 read "from 2295" on
  // Centennial Eve's card and "from 2297" on the recall's row): a recall is spared for a while.
  const grace =
    from > s.signedYear + s.rules.embassyGraceYears
      ? ` (a recalled embassy is spared the omission for ${s.rules.answers.closedYears} years)`
      : '';
  return ` Without it, every year from ${from}${grace} breaks Article II (−${cost} standing at today's price, more with each breach seen) until you establish one again.`;
}

/**
 * What a summit can do for suspended Accords, on the standings as they stand (playtest 32 read "it can
 * restore suspended Accords" at a standing of 2, and learned the condition only from the report),
 * and the war the suspension risks each year, which the suspended side's screens never said.
 */
function restoreWords(s: GameState, party: Party): string {
  const w = suspendedWords(s, party);
  if (s.status !== 'suspended') return `it can restore suspended Accords (when ${w.need}).`;
  return `it restores the Accords only if ${w.need}: ${w.standings}. ${w.war}`;
}

/**
 * Suspended Accords for `party`, in words: what a summit needs, the standings, and what waiting risks
 * (the summit's row and the Events tab's card say them). Either power may declare war while they
 * stay suspended: playtest 34 read "a risk of war (10% this year)", and the hawk declared it the
 * next year.
 */
export function suspendedWords(s: GameState, party: Party): { need: string; standings: string; war: string } {
  const t = s.rules.treaty;
  const other = otherParty(party);
  const since = s.suspendedSince ?? s.year;
  return {
    need: `both standings, its own reward included, are at least ${t.restoreMinimum}`,
    standings: `yours stands at ${powerOf(s, party).standing}, ${PARTY_NAMES[other]}'s at ${powerOf(s, other).standing}`,
    war: `While they stay suspended, either power may declare war in any year, each year ends with a risk of war (${warRisk(s)}% this year as they stand, ${t.warRiskPerOpenViolationPercent}% more for each open violation), and ${
      // The last turn is `lastYear − 1`: a collapse due later never comes, and the game lapses.
      since + t.suspendedYearsToCollapse >= s.lastYear
        ? `if they are still suspended as ${s.lastYear} opens, the game lapses with no grade for either power.`
        : `at the end of ${since + t.suspendedYearsToCollapse} they collapse.`
    }`,
  };
}

export const summit: OrderDefinition<'summit'> = {
  shape: SUMMIT,
  step: 'summit',
  cost: (s) => ({ influence: s.rules.influence.summit, reserves: 0, fleet: null }),
  check: () => null,
  describe: () => 'Propose a summit',
  // What it pays each power this year, as the year will pay it (the playtest's summit of 2300, "+2
  // standing to both", paid nothing: a summit is rewarded once in `rewards.summitEveryYears` years).
  effect: (s, party) => {
    const other = otherParty(party);
    const p = s.summitProposal;
    const held =
      p && p.by === other && p.year >= s.year - 1
        ? `${PARTY_TITLES[other]} proposed a summit in ${p.year}: yours holds it this year.`
        : p && p.by === party && p.year >= s.year - 1
          ? // Playtest 38 read "No proposal of the Federation stands" and could not tell its own did.
            `Your proposal of ${p.year} stands this year: a summit is held if ${PARTY_NAMES[other]} proposes one, whether you propose again or not.${s.year >= s.lastYear ? '' : ' Proposed again, yours stands for a year more if it does not.'}`
          : s.year >= s.lastYear
            ? // The playtest proposed one in Centennial Eve's last year, which could never be held.
              'The last year: a summit is held only if the other power proposes one this year too (no year is left for yours to stand).'
            : // Playtest 25 read "or did last year" of a proposal a summit had already met, and paid for none.
              `No proposal of ${PARTY_NAMES[other]} stands (one a summit met is spent): a summit is held only if ${PARTY_NAMES[other]} proposes one this year too. Otherwise yours stands for a year, for it to take up.`;
    const earns = earnsEach(summitWords(s, party), summitWords(s, other), PARTY_NAMES[other]);
    return `${held} Held this year, it earns ${earns}; ${restoreWords(s, party)}`;
  },
  breaches: [],
};

export const addressCouncil: OrderDefinition<'address-council'> = {
  shape: ADDRESS_COUNCIL,
  step: 'addressCouncil',
  cost: diplomacyCost,
  check: () => null,
  describe: () => 'Address the council',
  // The support this address would really give: less for each of the last ten years', none when worn.
  effect: (s, party) => {
    const gain = addressGain(s, party);
    if (gain <= 0)
      return 'Your council has heard you too often lately: this address gives no support at home (each address of the last ten years counts against the next).';
    const less = gain < s.rules.support.address ? ' (less for each address of the last ten years)' : '';
    // What this one costs the next, said before it is given (playtest 35 addressed three years
    // running from +3, and learnt only from the fourth's "heard too often" that each counted).
    const next = addressGain({ ...s, year: s.year + 1 }, party, s.year);
    const then = next < gain ? ` Another next year would give ${next > 0 ? `+${next}` : 'nothing'}.` : '';
    // Playtest 38 read +3 and saw the year net +1: an address is not what a government wants, and
    // does not hold off the ebb above the rest level (src/sim/support.ts).
    const sup = s.rules.support;
    const ebb =
      sup.drift > 0 && powerOf(s, party).support + gain > sup.restLevel
        ? ` It does not hold off the ebb: in a year that brings your government nothing else it wants, support above ${sup.restLevel} falls by ${sup.drift}.`
        : '';
    return `Your council hears you: ${supportWords(s, party, gain)}${less}.${then}${ebb}`;
  },
  breaches: [],
};

export const suspendAccords: OrderDefinition<'suspend-accords'> = {
  shape: SUSPEND_ACCORDS,
  step: 'suspend',
  cost: noCost,
  check(state, party) {
    if (state.status === 'suspended' || state.status === 'collapsed') {
      return refusal('order/already-suspended', 'The Accords are already suspended.');
    }
    const other = otherParty(party);
    const theirs = powerOf(state, other).standing;
    const below = state.rules.treaty.suspendBelow;
    if (theirs >= below) {
      return refusal(
        'order/cannot-suspend',
        `The Accords can be suspended only when ${PARTY_NAMES[other]}'s standing is below ${below} (it is ${theirs}).`,
      );
    }
    return null;
  },
  describe: () => 'Suspend the Accords',
  effect: (s) =>
    `The Accords are suspended at the year’s end, with your case on record: should they collapse, you keep ${s.rules.treaty.suspenderKeepsPercent}% of the score you banked (while your standing holds at the line) and the other nothing. War becomes possible; the never-suspended bonus is lost; a summit can restore them, but should it, your case was not borne out and costs you ${s.rules.crisis.walkedBackPoints} points of your score.`,
  breaches: [],
};

/**
 * Vouching for the other power while the Accords are suspended (rules version 27): `party` gives
 * `crisis.vouchStanding` of its standing and the other gains as much, so that a summit can restore
 * Accords that the other's fall suspended. Before it, a fall to 0 collapsed them in 96% of the AIs'
 * games whatever the power that kept faith did (playtest 39: 17, plus the summit's 2, was short of 20).
 */
export const vouch: OrderDefinition<'vouch'> = {
  shape: VOUCH,
  step: 'vouch',
  cost: diplomacyCost,
  check(state, party) {
    const amount = state.rules.crisis.vouchStanding;
    if (state.status !== 'suspended')
      return refusal(
        'order/not-suspended',
        'You vouch for the other power only while the Accords are suspended.',
      );
    if (amount <= 0)
      return refusal('order/cannot-vouch', "This scenario's rules let no power vouch for the other.");
    const other = otherParty(party);
    const given = vouchedIn(state, party);
    if (given !== null)
      return refusal(
        'order/cannot-vouch',
        `You vouched for ${PARTY_NAMES[other]} in ${given}: a power gives its word once in a suspension.`,
      );
    const line = state.rules.treaty.restoreMinimum;
    const theirs = powerOf(state, other).standing;
    if (theirs >= line)
      return refusal(
        'order/cannot-vouch',
        `${PARTY_TITLES[other]}'s standing is ${theirs}, at the ${line} a restoration needs already: a summit is all it takes.`,
      );
    const mine = powerOf(state, party).standing;
    if (mine - amount < line)
      return refusal(
        'order/cannot-vouch',
        `Vouching would take your standing from ${mine} to ${mine - amount}, below the ${line} a restoration needs of yours too.`,
      );
    return null;
  },
  describe: (_state, party) => `Vouch for ${PARTY_NAMES[otherParty(party)]}`,
  effect: (s, party) => vouchWords(s, party),
  breaches: [],
};

/** What vouching does, on the standings as they stand, and what a summit with it would do. */
export function vouchWords(s: GameState, party: Party): string {
  const other = otherParty(party);
  const amount = s.rules.crisis.vouchStanding;
  const line = s.rules.treaty.restoreMinimum;
  const mine = powerOf(s, party).standing;
  const theirs = powerOf(s, other).standing;
  // A summit while suspended always pays its reward (treaty.ts `resolveSummits`), shrunk near the top
  // on the standing as the year opened (ledger.ts `reward`).
  const summit = s.rules.rewards.summit;
  const mineThen = mine - amount + rewardNow(s, party, summit);
  const theirsThen = theirs + amount + rewardNow(s, other, summit);
  const restores = mineThen >= line && theirsThen >= line;
  const then = restores
    ? `With a summit both powers hold this year, ${PARTY_NAMES[other]}'s would stand at ${theirsThen} and yours at ${mineThen}: the Accords would be restored (both at least ${line}, the summit's reward included), unless the year's other acts lower them first.`
    : `Even with a summit this year, ${PARTY_NAMES[other]}'s would stand at ${theirsThen}, short of the ${line} a restoration needs: its own acts of faith must make up the rest, for you give your word once in a suspension.`;
  return `You stand surety for ${PARTY_NAMES[other]}'s return to the Accords: your standing falls by ${amount} (${mine} → ${mine - amount}) and ${PARTY_NAMES[other]}'s rises by ${amount} (${theirs} → ${theirs + amount}). No violation, and no act of faith: the standing is given, not earned. ${then}`;
}

export const grantPassage: OrderDefinition<'grant-passage'> = {
  shape: GRANT_PASSAGE,
  step: 'grantPassage',
  cost: diplomacyCost,
  check: () => null,
  describe: (_state, party) => `Grant ${PARTY_NAMES[otherParty(party)]}'s fleets passage this year`,
  effect: (s, party) => {
    // Granted already as far as a grant now would reach (playtest 38's raid card offered it again
    // the year after its report said "passage until 2321").
    const held = powerOf(s, party).passageUntil;
    const already =
      held >= passageGrantedUntil(s, party)
        ? ` Your passage granted stands ${untilYear(s, held)} already: given again, it changes nothing.`
        : '';
    return `The other power’s fleets in your territory at the year’s end are not charged with trespass; granted while a third power’s raid on you is named, until the year it strikes (so they can fight beside yours).${already}`;
  },
  breaches: [],
};

const SPYING = covert('I/covert', 'Espionage against the other party.');

export const espionage: OrderDefinition<'espionage'> = {
  shape: ESPIONAGE,
  step: 'espionage',
  cost: diplomacyCost,
  check: () => null,
  describe: (_state, _party, order) => `Espionage: ${order.mode}`,
  // Said as the ledger and Your secrets name the act, "spies on" (playtest 32 looked there for a reveal).
  effect: (s, party, order) =>
    `Spies on ${PARTY_NAMES[otherParty(party)]}: ${
      order.mode === 'reveal'
        ? 'reveals its reserves and its ships.'
        : order.mode === 'steal'
          ? `steals up to ${plural(s.rules.economy.stealAmount, 'reserve')} from it.`
          : `its strongest fleet loses up to ${plural(s.rules.economy.sabotageShips, 'ship')}.`
    }`,
  breaches: [SPYING],
};
