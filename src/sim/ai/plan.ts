// The AI's year: a short list of sensible orders for the personality's interests, each valued in
// points of the end score (standing, support, growth — DESIGN.md section 11) minus what the
// articles would make it pay, then taken best first within the budgets.
import { warTarget } from '../articles/article-iii';
import { type Ctx, createContext } from '../context';
import { breachOf, type Order, orderCost, seizureOf, validateOrder } from '../orders/index';
import { stream } from '../rng';
import { addressGain } from '../support';
import { summitRewardedWithin } from '../treaty';
import { type GameState, PARTIES, type Party, powerOf, type System } from '../types';
import { adjacency, developCostOf, findSystem, industryOf, influenceOf } from '../world';
import { answerOptions, cannotAffordExtradition, RECALL_GRIEVANCE } from './answers';
import type { Traits } from './personality';
import {
  breachPoints,
  defenceOf,
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
      const shelterFirst = t.neverViolate && cannotAffordExtradition(e);
      add({ type: 'extradite', obligation: ob.id }, shelterFirst ? -1 : t.neverViolate ? 50 : force(honour));
      if (shelterFirst && ob.decision !== 'sheltered') add({ type: 'shelter', obligation: ob.id }, 1);
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

  answerOptions(e, add);
  economyAndFleets(e, add);
  return out;
}

function isNear(v: GameState, party: Party, system: string): boolean {
  const n = adjacency(v).neighbours.get(system) ?? [];
  return v.fleets.some((f) => f.owner === party && (f.location === system || n.includes(f.location)));
}

/** Years before the end in which the AI builds for the parade (ships cost upkeep every year before). */
const PARADE_YEARS = 6;

/** Years of income the AI keeps in reserve before it develops whatever it can. */
const SURPLUS_YEARS = 8;

/** How far above `rewards.driftAbove` a standing is held by a summit (higher, it may ebb). */
const SUMMIT_BAND = 5;

function economyAndFleets(e: Eval, add: (o: Order, value: number) => void): void {
  const { v, party, other, t } = e;
  const r = v.rules;
  const me = powerOf(v, party);
  const { neighbours } = adjacency(v);
  let spendable = me.reserves - e.floor;

  // Development: the best worlds first.
  // Reserves beyond a few years' income have no use left but development and the parade's ships.
  const surplus = me.reserves > SURPLUS_YEARS * Math.max(1, industryOf(v, party)) ? 1.5 : 0;
  const worlds = firstWorlds(v, party, r.economy.maxOutput, t.developPerYear);
  for (const w of worlds) {
    const cost = developCostOf(r.economy, w.output);
    if (spendable < cost) break;
    spendable -= cost;
    // A dearer level is paid from reserves that have little other use: the extra counts lightly.
    const extra = cost - r.economy.developCost;
    add(
      { type: 'develop', system: w.id },
      e.ov + surplus - (r.economy.developCost * e.rv + extra * 0.02) * 0.9,
    );
  }

  // Ships: what security asks for, more in war.
  const myWars = v.wars.filter((w) => w.victim === party);
  let ships = 0;
  for (const f of v.fleets) if (f.owner === party) ships += f.strength;
  let held = 0;
  for (const x of v.systems) if (x.owner === party) held++;
  let want = Math.ceil(held * t.shipsPerSystem) + myWars.reduce((n, w) => n + Math.ceil(w.strength / 2), 0);
  // The last years: what is left of the reserves goes into ships for the parade.
  const sc = r.scoring;
  const parade = e.yearsLeft <= PARADE_YEARS ? sc.paradeMax * sc.paradeShipsPerPoint : 0;
  if (parade > want) want = parade;
  if (ships < want) {
    const yard =
      v.systems.find((x) => x.owner === party && x.shipyard && x.capital) ??
      v.systems.find((x) => x.owner === party && x.shipyard);
    const n = Math.min(
      r.economy.maxBuildPerYard,
      want - ships,
      Math.floor(Math.max(0, spendable) / Math.max(1, r.economy.shipCost)),
    );
    if (yard && n > 0)
      add(
        { type: 'build', system: yard.id, ships: n },
        (myWars.length > 0 || parade > 0 ? 2.5 : 0.9) * n - n * r.economy.shipCost * e.rv,
      );
  }

  // Fleets: defend what a war threatens; strike back; leave the other's space; a hawk presses.
  const ctx: Ctx = createContext(v);
  const threatened = new Set<string>();
  for (const w of myWars) {
    const target = warTarget(ctx, w);
    if (target) threatened.add(target);
  }
  const busy = new Set<string>();
  for (const f of v.fleets) {
    if (f.owner !== party) continue;
    const here = findSystem(v, f.location);
    const near = neighbours.get(f.location) ?? [];
    // Strike a third power at war with us, or (a warlike power, Accords suspended) the other party.
    for (let k = -1; k < near.length; k++) {
      const sys = findSystem(v, k < 0 ? f.location : (near[k] as string));
      if (!sys || sys.owner === null || sys.owner === party) continue;
      const d = defenceOf(v, sys);
      const p = f.strength / (f.strength + d);
      const gain =
        p *
          (e.ov * sys.output +
            (party === 'klingon'
              ? supportValue(e, r.support.klingonBattleWon + r.support.klingonSystemGained)
              : 0)) -
        (1 - p) * f.strength * 0.6;
      if (sys.owner === other) {
        if (t.warlike && v.status === 'suspended')
          add(
            { type: 'attack', fleet: f.id, target: sys.id },
            gain - breachPoints(e, breachOf('attack')) * 0.3,
          );
      } else if (myWars.some((w) => w.thirdPower === sys.owner) && p > 0.55 && !sys.capital) {
        add({ type: 'attack', fleet: f.id, target: sys.id }, gain);
      }
    }
    if (here?.owner === other) {
      const home =
        near.find((n) => findSystem(v, n)?.owner === party) ??
        near.find((n) => findSystem(v, n)?.owner === null);
      if (home && !t.warlike)
        add({ type: 'move', fleet: f.id, to: home }, breachPoints(mayViolate(e), breachOf('move')) + 0.5);
      continue;
    }
    for (const target of threatened) {
      if (busy.has(target) || target === f.location) continue;
      const reach = near.includes(target) || near.some((n) => (neighbours.get(n) ?? []).includes(target));
      if (reach) {
        busy.add(target);
        add({ type: 'move', fleet: f.id, to: target }, 3 + f.strength * 0.2);
        break;
      }
    }
    // A hawk moves towards unclaimed disputed worlds, to seize them next year.
    if (t.warlike && !threatened.has(f.location)) {
      const goal = near.find((n) => {
        const sys = findSystem(v, n);
        return sys && sys.owner === null && sys.zone === 'disputed';
      });
      if (goal) add({ type: 'move', fleet: f.id, to: goal }, 0.8);
    }
  }
}

/**
 * The party's first `count` worlds that can still grow, by output and then id (the order of a sort
 * on both), picked without sorting them all.
 */
function firstWorlds(v: GameState, party: Party, maxOutput: number, count: number): System[] {
  const best: System[] = [];
  if (count <= 0) return best;
  const before = (a: System, b: System) => a.output < b.output || (a.output === b.output && a.id < b.id);
  for (const x of v.systems) {
    if (x.owner !== party || x.output >= maxOutput) continue;
    if (best.length === count && !before(x, best[count - 1] as System)) continue;
    let at = best.length < count ? best.length : count - 1;
    while (at > 0 && before(x, best[at - 1] as System)) {
      best[at] = best[at - 1] as System;
      at--;
    }
    best[at] = x;
  }
  return best;
}

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
      o.order.type !== 'aid' &&
      o.order.type !== 'extradite' &&
      o.order.type !== 'shelter' &&
      o.order.type !== 'stage-escape' &&
      o.order.type !== 'protest' &&
      o.order.type !== 'reparations' &&
      o.order.type !== 'declare-war'
    )
      continue;
    if (validateOrder(v, party, o.order, chosen).ok) {
      chosen.push(o.order);
      influence -= orderCost(v, party, o.order).influence;
    }
  }
  return chosen;
}
