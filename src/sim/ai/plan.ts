import { breachOf, type Order, orderCost, seizureOf, validateOrder } from '../orders/index';
import { stream } from '../rng';
import { addressGain } from '../support';
import { summitRewardedWithin } from '../treaty';
import { type GameState, PARTIES, type Party, powerOf } from '../types';
import { adjacency, industryOf, influenceOf } from '../world';
import { economyAndFleets } from './economy';
import type { Traits } from './personality';
import {
  breachPoints,
  type Eval,
  makeEval,
  mayViolate,
  standingGain,
  standingLoss,
  supportValue,
  violationPoints,
} from './value';
import { viewFor } from './view';

type Option = { order: Order; value: number };

function options(e: Eval): Option[] {
  const { v, party, other, t } = e;
  const r = v.rules;
  const me = powerOf(v, party);
  const out: Option[] = [];
  const add = (order: Order, value: number) => {
    if (value > 0 && Number.isFinite(value)) out.push({ order, value });
  };
  const inForce = v.status === 'in-force' || v.status === 'strained';

  // Article IV: disasters.
  for (const ob of v.obligations) {
    if (ob.kind === 'aid') {
      if (ob.victim === party) continue;
      const left = ob.need - ob.delivered[party];
      if (left <= 0) continue;
      const duty = ob.victim === other;
      const omission = duty ? violationPoints(mayViolate(e), 'IV/aid-short', false) : 0;
      const reward = inForce ? standingGain(e, r.rewards.aidInFull) : 0;
      const fedSupport = party === 'federation' ? supportValue(e, r.support.federationAidGiven) : 0;
      add({ type: 'aid', target: ob.id, amount: left }, omission + reward + fedSupport - left * e.rv);
      const generous = Math.ceil((ob.need * r.rewards.aidGenerousPercent) / 100) - ob.delivered[party];
      if (generous > left && me.reserves - generous >= 4) {
        add(
          { type: 'aid', target: ob.id, amount: generous },
          omission +
            reward +
            fedSupport +
            (inForce ? standingGain(e, r.rewards.aidGenerous) : 0) -
            generous * e.rv +
            0.01,
        );
      }
    } else if (
      ob.kind === 'extradition' &&
      ob.debtor === party &&
      ob.decision !== 'extradited' &&
      ob.decision !== 'escaped'
    ) {
      const defiance = party === 'klingon' ? r.support.klingonDefiance : r.support.federationDefiance;
      const honour =
        (inForce ? standingGain(e, r.rewards.extradition) : 0) +
        (party === 'klingon' ? supportValue(e, r.support.klingonExtradition) : 0) +
        breachPoints(mayViolate(e), breachOf('shelter'));
      const shelter = (ob.decision === 'sheltered' ? 0 : supportValue(e, defiance)) + 0.5;
      const escapeValue =
        (ob.decision === 'sheltered' ? 0 : supportValue(e, defiance)) +
        breachPoints(mayViolate(e), breachOf('shelter')) -
        (t.neverViolate ? Infinity : breachPoints(e, breachOf('stage-escape')));
      const last = ob.deadline <= v.year;
      const best = Math.max(honour, escapeValue, ob.decision === 'sheltered' ? -Infinity : shelter);
      const force = (x: number) => (x === best ? Math.max(x, 0.5) : -1);
      add({ type: 'extradite', obligation: ob.id }, t.neverViolate ? 50 : force(honour));
      if (!t.neverViolate) {
        add({ type: 'stage-escape', obligation: ob.id }, force(escapeValue));
        if (ob.decision !== 'sheltered' && (!last || shelter === best))
          add({ type: 'shelter', obligation: ob.id }, force(shelter));
      }
    } else if (ob.kind === 'ruling' && ob.debtor === party && !ob.accepted) {
      add({ type: 'accept-ruling', obligation: ob.id }, standingGain(e, r.rewards.arbitration) + 0.5);
    }
  }

  // Article III: wars. Aid the other party; or, for a price, arm its enemy.
  for (const w of v.wars) {
    if (w.victim === other) {
      if (inForce && !w.aidedBy.includes(party)) {
        add(
          { type: 'aid', target: w.id, amount: r.rewards.warAidMinimum },
          standingGain(e, r.rewards.warAid) - r.rewards.warAidMinimum * e.rv,
        );
      }
      if (!t.neverViolate) {
        add(
          { type: 'covert-arms', thirdPower: w.thirdPower },
          r.economy.armsSaleGain * e.rv * 1.5 - breachPoints(e, breachOf('covert-arms')),
        );
        add(
          { type: 'open-support', thirdPower: w.thirdPower },
          r.economy.openSupportGain * e.rv - breachPoints(e, breachOf('open-support')),
        );
      }
    }
  }

  // Article II: the embassy.
  if (me.embassy < t.embassyTarget && me.embassy < 3) {
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

  // Article VI: disputes, the neutral zone, trade.
  for (const c of v.claims) {
    if (c.kind === 'tariff') {
      if (v.tradePact) add({ type: 'arbitrate', dispute: c.id }, standingGain(e, r.rewards.arbitration) + 3);
    }
  }
  for (const sys of v.systems) {
    if (sys.zone !== 'disputed' && sys.zone !== 'neutral-zone') continue;
    if (sys.owner === null) {
      const near = isNear(v, party, sys.id);
      const gain =
        e.ov * sys.output + (party === 'klingon' ? supportValue(e, r.support.klingonSystemGained) : 0);
      if (near && !t.neverViolate)
        add({ type: 'seize', system: sys.id }, gain - breachPoints(e, seizureOf(sys)));
    }
    const claimed = v.claims.some((c) => c.system === sys.id);
    if (sys.zone === 'disputed' && inForce && t.arbitrates && (claimed || sys.owner === null)) {
      const mine = sys.owner === party;
      const value =
        standingGain(e, r.rewards.arbitration) * 0.5 +
        (mine ? -0.4 : 0.5) * e.ov * sys.output +
        (claimed ? 1 : 0);
      add({ type: 'arbitrate', dispute: sys.id }, value);
    }
  }
  if (!v.tradePact && v.status === 'in-force') {
    const pending = v.pactProposal?.by === other;
    const gain = (industryOf(v, party) * r.economy.pactPercent) / 100;
    add(
      { type: 'trade-pact' },
      gain * Math.min(10, e.yearsLeft) * e.rv * (pending ? 1.5 : 0.6) + (pending ? 1 : 0),
    );
  }
  if (!t.neverViolate) {
    const lostPact = v.tradePact ? ((industryOf(v, party) * r.economy.pactPercent) / 100) * 5 * e.rv : 0;
    add(
      { type: 'embargo' },
      r.economy.embargoGain * e.rv * 1.5 - lostPact - breachPoints(e, breachOf('embargo')),
    );
    add(
      { type: 'espionage', mode: 'steal' },
      r.economy.stealAmount * e.rv * 1.2 - breachPoints(e, breachOf('espionage')),
    );
    if (t.warlike) add({ type: 'espionage', mode: 'sabotage' }, 1.5 - breachPoints(e, breachOf('espionage')));
  }

  // Home: the council, the summit, suspension.
  add({ type: 'address-council' }, supportValue(e, addressGain(v, party)) - 1.2);
  const pendingSummit = v.summitProposal?.by === other && v.summitProposal.year >= v.year - 1;
  const summitGain = summitRewardedWithin(v, party, r.rewards.summitEveryYears) ? 0 : r.rewards.summit;
  if (v.status === 'suspended') {
    const canRestore = PARTIES.every(
      (p) => powerOf(v, p).standing + r.rewards.summit >= r.treaty.restoreMinimum,
    );
    const restore = canRestore ? (t.warlike ? 8 : 40) : 0;
    add({ type: 'summit' }, standingGain(e, summitGain) + restore + (pendingSummit ? 3 : 0));
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
  if (
    t.suspendsFrom !== null &&
    me.standing >= t.suspendsFrom &&
    v.status !== 'suspended' &&
    powerOf(v, other).standing < r.treaty.suspendBelow
  ) {
    add({ type: 'suspend-accords' }, 6);
  }

  economyAndFleets(e, add);
  return out;
}

function isNear(v: GameState, party: Party, system: string): boolean {
  const n = adjacency(v).neighbours.get(system) ?? [];
  return v.fleets.some((f) => f.owner === party && (f.location === system || n.includes(f.location)));
}

/** How far above `rewards.driftAbove` a standing is held by a summit (higher, it may ebb). */
const SUMMIT_BAND = 5;

/** The personality's orders for this year, from what it can see and its own stream. */
export function planOrders(s: GameState, party: Party, t: Traits): Order[] {
  const v = viewFor(s, party);
  const e = makeEval(v, party, t);
  const rng = stream(s.seed, `ai:${party}`, s.year);
  const opts = options(e);
  for (const o of opts) o.value *= 0.85 + 0.3 * rng.next();
  opts.sort((a, b) => b.value - a.value);
  const chosen: Order[] = [];
  let influence = influenceOf(v, party);
  for (const o of opts) {
    if (
      influence <= 0 &&
      o.order.type !== 'develop' &&
      o.order.type !== 'build' &&
      o.order.type !== 'move' &&
      o.order.type !== 'attack' &&
      o.order.type !== 'attack-fleet' &&
      o.order.type !== 'aid' &&
      o.order.type !== 'extradite' &&
      o.order.type !== 'shelter' &&
      o.order.type !== 'stage-escape'
    )
      continue;
    if (validateOrder(v, party, o.order, chosen).ok) {
      chosen.push(o.order);
      influence -= orderCost(v, party, o.order).influence;
    }
  }
  return chosen;
}
