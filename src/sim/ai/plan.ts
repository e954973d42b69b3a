import { breachOf, type Order, seizureOf, validateOrder, YearOrders } from '../orders/index';
import { type Stream, stream } from '../rng';
import { addressGain } from '../support';
import { type GameState, PARTIES, type Party, powerOf } from '../types';
import { adjacency, influenceOf } from '../world';
import { answerOptions, RECALL_GRIEVANCE } from './answers';
import { decisionOptions } from './decisions';
import { breachBudget, breachCost, emboldened, moodOf } from './deterrence';
import { economyAndFleets } from './economy';
import type { Traits } from './personality';
import { embargoTradeCost } from './trade';
import { breachPoints, type Eval, makeEval, standingGain, standingLoss, supportValue } from './value';
import { viewFor } from './view';

type Option = { order: Order; value: number };

/**
 * The options worth taking, best first: each value is drawn its share of chance from `rng` as it is
 * found (the draws in the order the options are found), and the option goes in after every one worth
 * as much (what a stable sort of the whole list would give).
 */
function options(e: Eval, rng: Stream): Option[] {
  const { v, party, other, t } = e;
  const r = v.rules;
  const me = powerOf(v, party);
  const out: Option[] = [];
  const add = (order: Order, worth: number) => {
    if (!(worth > 0 && Number.isFinite(worth))) return;
    const value = worth * (0.85 + 0.3 * rng.next());
    const option = { order, value };
    let at = out.length;
    out.push(option);
    for (; at > 0 && (out[at - 1] as Option).value < value; at--) out[at] = out[at - 1] as Option;
    out[at] = option;
  };

  // Articles III–VI: what the year's events ask (aid, fugitives, rulings, wars).
  decisionOptions(e, add);

  // Article II: the embassy (one recalled in protest stays closed while the grievance is deep).
  const protesting =
    me.embassyClosed?.how === 'recalled' &&
    powerOf(v, other).grievance >= RECALL_GRIEVANCE &&
    !t.neverViolate;
  if (me.embassy < t.embassyTarget && me.embassy < 3 && !protesting) {
    const cost = r.economy.embassyCostPerLevel * (me.embassy + 1);
    if (me.reserves - cost >= e.floor - 8) {
      const omission = me.embassy === 0 ? standingLoss(e, r.costs['II/no-embassy']) * 3 : 0;
      const yearly =
        me.embassy + 1 >= r.rewards.embassyLevel
          ? standingGain(e, r.rewards.embassy) * Math.min(10, e.yearsLeft)
          : 2;
      add(
        { type: 'embassy', action: me.embassy === 0 ? 'establish' : 'upgrade' },
        omission + yearly + 2 - cost * e.rv,
      );
    }
  }

  // Article VI: the neutral zone and empty worlds (claims and trade: ./decisions.ts).
  if (!t.neverViolate) {
    for (const sys of e.zoned) {
      if (sys.owner !== null || !isNear(e, sys.id)) continue;
      const gain =
        e.ov * sys.output + (party === 'klingon' ? supportValue(e, r.support.klingonSystemGained) : 0);
      add({ type: 'seize', system: sys.id }, gain - breachPoints(e, seizureOf(sys)));
    }

    // An embargo ends a pact, and voids an offer standing (so talks close: ../articles/claims-and-trade.ts).
    add(
      { type: 'embargo' },
      r.economy.embargoGain * e.rv * 1.5 - embargoTradeCost(e) - breachPoints(e, EMBARGO),
    );
    add(
      { type: 'espionage', mode: 'steal' },
      r.economy.stealAmount * e.rv * 1.2 - breachPoints(e, ESPIONAGE),
    );
    if (t.warlike) add({ type: 'espionage', mode: 'sabotage' }, 1.5 - breachPoints(e, ESPIONAGE));
  }

  // Home: the council, the summit, suspension.
  add({ type: 'address-council' }, supportValue(e, addressGain(v, party)) - 1.2);
  const pendingSummit = v.summitProposal?.by === other && v.summitProposal.year >= v.year - 1;
  // A summit while suspended always pays (src/sim/treaty.ts): a summit rewarded lately does not count.
  const summitGain = v.status !== 'suspended' && e.recent.summitRewarded ? 0 : r.rewards.summit;
  if (v.status === 'suspended') {
    const vouching = vouchOption(e, add);
    // The other's word, which it may give this year (a power whose standing can spare it): the
    // summit that could restore with it is worth half as much, unsure.
    const theirWord = mayVouch(v, other) ? r.crisis.vouchStanding : 0;
    // Whether a summit restores the Accords with these changes to this power's and the other's standing.
    const reaches = (mine: number, theirs: number) =>
      PARTIES.every(
        (p) =>
          powerOf(v, p).standing + r.rewards.summit + (p === party ? mine : theirs) >=
          r.treaty.restoreMinimum,
      );
    const restore = reaches(-vouching, vouching) ? 1 : reaches(theirWord, -theirWord) ? 0.5 : 0;
    add(
      { type: 'summit' },
      standingGain(e, summitGain) + restore * (t.warlike ? 8 : 40) + (pendingSummit ? 3 : 0),
    );
  } else if (
    !pendingSummit &&
    summitGain > 0 &&
    !t.warlike &&
    me.standing > r.rewards.driftAbove &&
    me.standing <= r.rewards.driftAbove + SUMMIT_BAND
  ) {
    // A rewarded summit is an act of faith: it holds a high standing that would otherwise ebb.
    add({ type: 'summit' }, standingGain(e, summitGain) * 0.5 + standingGain(e, r.rewards.drift) - 0.5);
  } else if (pendingSummit || (me.standing < r.treaty.strainedBelow + 5 && !t.warlike)) {
    add(
      { type: 'summit' },
      standingGain(e, summitGain) * (pendingSummit ? 1 : 0.5) + (pendingSummit ? 2 : 0) - 1,
    );
  }
  answerOptions(e, add);
  economyAndFleets(e, add);
  return out;
}

/**
 * Vouching for the other's return (rules version 27), weighed by a loyalist that did not suspend the
 * Accords by its own order (a restoration would cost it its case): worth the most when, with this
 * year's summit, it restores them; worth less a year early, when the other's own climb next year
 * (guessed at as much again) could make up the rest. A pragmatist that vouched kept its games with
 * another to 2393 in 83.8% of 1,000 seeds (the design asks 40–80%). Returns the standing it would
 * move this year towards a restoration (0: none), for the summit's own weighing.
 */
function vouchOption(e: Eval, add: (order: Order, worth: number) => void): number {
  const { v, party, other, t } = e;
  const r = v.rules;
  const amount = r.crisis.vouchStanding;
  const line = r.treaty.restoreMinimum;
  const theirs = powerOf(v, other).standing;
  if (!t.neverViolate || v.suspendedBy === party || !mayVouch(v, party)) return 0;
  // Suspended in year Y, they collapse at the end of Y + `suspendedYearsToCollapse`; the game's last
  // turn is `lastYear − 1`. No year after either.
  const since = v.suspendedSince ?? v.year;
  const last = v.year >= since + r.treaty.suspendedYearsToCollapse || v.year >= v.lastYear - 1;
  const now = theirs + amount + r.rewards.summit >= line;
  const soon = !last && theirs + 2 * amount + r.rewards.summit >= line;
  if (!now && !soon) return 0;
  add({ type: 'vouch' }, (now ? 30 : 12) - standingLoss(e, amount));
  // The summit is weighed as restoring only when the year's influence pays for both.
  const both = influenceOf(v, party) >= r.influence.summit + r.influence.diplomacy;
  return now && both ? amount : 0;
}

/** Whether `party` may vouch for the other now: the order's own checks (src/sim/orders/diplomacy.ts). */
function mayVouch(v: GameState, party: Party): boolean {
  return validateOrder(v, party, VOUCH_ORDER).ok;
}

const VOUCH_ORDER: Order = { type: 'vouch' };

function isNear(e: Eval, system: string): boolean {
  const n = adjacency(e.v).neighbours.get(system) ?? [];
  return e.fleets.some((f) => f.location === system || n.includes(f.location));
}

// The breaches these orders declare (their definitions' own), read once: an order's definition never
// changes, and a lookup by type for every plan is the plan's dearest read of a name.
const EMBARGO = breachOf('embargo');
const ESPIONAGE = breachOf('espionage');

/** How far above `rewards.driftAbove` a standing is held by a summit (higher, it may ebb). */
const SUMMIT_BAND = 5;

/** Orders that spend no influence: still taken once the year's influence is spent. */
const WITHOUT_INFLUENCE: ReadonlySet<Order['type']> = new Set<Order['type']>([
  'develop',
  'build',
  'move',
  'attack',
  'attack-fleet',
  'aid',
  'extradite',
  'shelter',
  'stage-escape',
  'protest',
  'reparations',
  'declare-war',
]);

/**
 * An order that undoes one taken this year (rules version 13; the playtest read them as an AI at
 * odds with itself): a trade pact and an embargo (which ends it); aid to a war's victim and open
 * support to its attacker. Aid with covert arms is left to the weighing: a double game, if unseen.
 */
function undoes(v: GameState, order: Order, taken: readonly Order[]): boolean {
  switch (order.type) {
    case 'trade-pact':
      return taken.some((t) => t.type === 'embargo');
    case 'embargo':
      return taken.some((t) => t.type === 'trade-pact');
    case 'open-support':
      return taken.some(
        (t) => t.type === 'aid' && v.wars.some((w) => w.id === t.target && w.thirdPower === order.thirdPower),
      );
    case 'aid': {
      const war = v.wars.find((w) => w.id === order.target);
      return (
        war !== undefined && taken.some((t) => t.type === 'open-support' && t.thirdPower === war.thirdPower)
      );
    }
    default:
      return false;
  }
}

/** The purpose of each party's plan's stream (`ai:klingon:2311` with the year), as literals. */
const PURPOSE: Readonly<Record<Party, string>> = { federation: 'ai:federation', klingon: 'ai:klingon' };

/** The personality's orders for this year, from what it can see and its own stream. */
export function planOrders(s: GameState, party: Party, t: Traits): Order[] {
  const v = viewFor(s, party);
  const mood = moodOf(v, party, t);
  const e = makeEval(v, party, mood === 'unpunished' ? emboldened(t) : t);
  const opts = options(e, stream(s.seed, PURPOSE[party], s.year));
  const chosen = new YearOrders(v, party);
  // A hawk keeps its year's breaches within what its standing can bear (./deterrence.ts).
  let budget = breachBudget(e, mood);
  for (const o of opts) {
    if (chosen.influenceLeft <= 0 && !WITHOUT_INFLUENCE.has(o.order.type)) continue;
    if (undoes(v, o.order, chosen.taken)) continue;
    const accepted = chosen.accepts(o.order);
    if (accepted) {
      if (budget !== null) {
        const cost = breachCost(e, o.order, chosen.taken, accepted.def);
        if (cost > 0 && cost > budget) continue;
        budget -= cost;
      }
      chosen.take(accepted);
    }
  }
  return chosen.taken;
}
