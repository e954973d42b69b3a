// The AI's answers to the decisions events ask (issue 16): aid for a disaster, a fugitive, a ruling
// against it, a third power at war with the other party. Each option is valued in points of the
// score from what the power's own view shows, with what the choice leaves behind for years: a scarred
// world of the rival, a hero cheered at home, a world kept against a ruling, arms paid every year.

import { generousAid } from '../articles/article-iv';
import { winPercent } from '../articles/claims-and-trade';
import { pressable } from '../orders/disputes';
import { breachOf, seizureOf } from '../orders/index';
import { keptOnRecord } from '../suspension';
import { type GameState, powerOf } from '../types';
import { adjacency, findSystem, laneDistance } from '../world';
import { cannotAffordExtradition } from './answers';
import { regardValue, reliefValue } from './debts';
import {
  type Add,
  breachPoints,
  type Eval,
  mayViolate,
  standingGain,
  supportValue,
  violationPoints,
} from './value';

// The breaches these orders declare, read once (see ./plan.ts).
const SHELTER = breachOf('shelter');
const STAGE_ESCAPE = breachOf('stage-escape');
const COVERT_ARMS = breachOf('covert-arms');
const OPEN_SUPPORT = breachOf('open-support');

/** Years ahead the AI counts what lasts: what is further off it discounts to nothing. */
const HORIZON = 15;

/** Years of a lasting gain that fall within the game and the AI's horizon. */
function lastingYears(e: Eval, years: number): number {
  return Math.max(0, Math.min(years, e.yearsLeft, HORIZON));
}

/** Points a world is worth to hold for the years left: its output and the security it banks. */
function worldValue(e: Eval, output: number): number {
  const sc = e.v.rules.scoring;
  return e.ov * output + lastingYears(e, HORIZON) * 0.4 * sc.securityPerWorldLost;
}

export function decisionOptions(e: Eval, add: Add): void {
  const { v, party } = e;
  const inForce = v.status === 'in-force' || v.status === 'strained';
  for (const ob of v.obligations) {
    if (ob.kind === 'aid' && ob.victim !== party) aidOptions(e, ob, inForce, add);
    else if (ob.kind === 'extradition' && ob.debtor === party) fugitiveOptions(e, ob, inForce, add);
    else if (ob.kind === 'ruling' && ob.debtor === party && !ob.accepted) rulingOptions(e, ob, add);
  }
  warOptions(e, inForce, add);
  suspensionOptions(e, add);
  claimOptions(e, add, inForce);
  tradeOptions(e, add);
}

type Ob<K> = Extract<GameState['obligations'][number], { kind: K }>;

/**
 * Article IV: aid in full, or generous — one order for one need, the better of the two (issue 15:
 * both were once given). Leaving the rival short scars its world for good, and earns its grudge;
 * aid earns its gratitude, and a third power's relief spares this side's worlds from its wars.
 */
function aidOptions(e: Eval, ob: Ob<'aid'>, inForce: boolean, add: Add): void {
  const { v, party, other } = e;
  const r = v.rules;
  const left = ob.need - ob.delivered[party];
  if (left <= 0) return;
  const duty = ob.victim === other;
  const omission = duty ? violationPoints(mayViolate(e), 'IV/aid-short', false) : 0;
  // The rival's world loses output unless the need is met: a gain in the race that only a warlike
  // power counts (a pragmatist left its rival in ruin as often as the rival left it: both lose).
  const stricken = duty && ob.system ? findSystem(v, ob.system) : undefined;
  const scar = stricken ? Math.min(stricken.output, r.lasting.disasterOutputLoss) : 0;
  const race = e.t.warlike ? scar * e.ov * 0.5 : 0;
  const reward = inForce ? standingGain(e, r.rewards.aidInFull) : 0;
  const fedSupport = party === 'federation' ? supportValue(e, r.support.federationAidGiven) : 0;
  const remembered = duty ? regardValue(e, 'disaster') : reliefValue(e, ob.victim);
  const full = omission + reward + fedSupport + remembered - race - left * e.rv;
  const generous = generousAid(r, ob.need) - ob.delivered[party];
  if (generous > left && v.powers[party].reserves - generous >= 4) {
    const more =
      full +
      (inForce ? standingGain(e, r.rewards.aidGenerous) : 0) +
      // Goodwill: output for good on its least developed world (src/sim/articles/article-iv.ts).
      e.ov * r.lasting.goodwillOutput -
      (generous - left) * e.rv;
    if (more > full) {
      add({ type: 'aid', target: ob.id, amount: generous }, more);
      return;
    }
  }
  add({ type: 'aid', target: ob.id, amount: left }, full);
}

/**
 * Article V: extradite, shelter (a hero for years; an open violation at the deadline unless
 * handed over late, which earns nothing and costs support), or stage an escape (covert).
 */
function fugitiveOptions(e: Eval, ob: Ob<'extradition'>, inForce: boolean, add: Add): void {
  const { v, party, t } = e;
  if (ob.decision === 'extradited' || ob.decision === 'escaped') return;
  const r = v.rules;
  const defiance = party === 'klingon' ? r.support.klingonDefiance : r.support.federationDefiance;
  const heroYears = lastingYears(e, r.lasting.heroYears);
  // Support years ahead is discounted hard: it ebbs, it stops at 100, and a standing lost to the
  // shelter costs honour every year (which `breachPoints` weighs only as a risk).
  const hero = supportValue(e, r.lasting.heroSupport) * heroYears * 0.2;
  const sheltering = breachPoints(mayViolate(e), SHELTER);
  if (ob.decision === 'sheltered') {
    // Handed over late: no reward, support lost, the hero's years lost; the violation avoided. A
    // sheltered fugitive cannot escape (rules version 25).
    const late = sheltering + supportValue(e, -r.lasting.heroHandedOver) - hero;
    // A loyal power that sheltered because handing over would bring its government down keeps
    // sheltering while that holds (DESIGN.md 15.5; see ai/answers.ts).
    if (t.neverViolate) {
      if (!cannotAffordExtradition(e)) add({ type: 'extradite', obligation: ob.id }, 50);
    } else if (late > 0) add({ type: 'extradite', obligation: ob.id }, late);
    return;
  }
  // The other's gratitude for the extradition, or its grudge for the shelter (src/sim/debts.ts).
  const honour =
    regardValue(e, 'shelter') +
    (inForce ? standingGain(e, r.rewards.extradition) : 0) +
    (party === 'klingon' ? supportValue(e, r.support.klingonExtradition) : 0) +
    sheltering;
  // The breach at the deadline is sure once sheltered: no escape is left (rules version 25).
  const shelter = t.neverViolate ? -Infinity : supportValue(e, defiance) + hero - sheltering;
  const flight = t.neverViolate
    ? -Infinity
    : supportValue(e, defiance) + sheltering - breachPoints(e, STAGE_ESCAPE);
  // A decision is due by the deadline, and waiting a year leaves the choice open: the best one is
  // given as soon as it is clear (a sheltered fugitive not handed over at the deadline stays).
  const best = Math.max(honour, shelter, flight);
  const force = (x: number) => (x === best ? Math.max(x, 0.5) : -1);
  const shelterFirst = t.neverViolate && cannotAffordExtradition(e);
  add({ type: 'extradite', obligation: ob.id }, shelterFirst ? -1 : t.neverViolate ? 50 : force(honour));
  if (shelterFirst) add({ type: 'shelter', obligation: ob.id }, 1);
  if (!t.neverViolate) {
    add({ type: 'stage-escape', obligation: ob.id }, force(flight));
    add({ type: 'shelter', obligation: ob.id }, force(shelter));
  }
}

/** Article VI: accept a ruling (handing the world over) or keep the world and break the article. */
function rulingOptions(e: Eval, ob: Ob<'ruling'>, add: Add): void {
  const { v, party } = e;
  const r = v.rules;
  const sys = findSystem(v, ob.system);
  const held = sys?.owner === party;
  const keep = held ? worldValue(e, sys.output) : 0;
  const defiance = party === 'klingon' ? r.support.klingonDefiance : r.support.federationDefiance;
  const ignoring = violationPoints(mayViolate(e), 'VI/ruling-ignored', false);
  const value =
    standingGain(e, r.rewards.arbitration) +
    0.5 +
    (e.t.neverViolate ? 50 : ignoring - keep - supportValue(e, defiance));
  add({ type: 'accept-ruling', obligation: ob.id }, value);
}

/** Article III: aid the other party against a third power, or sell its enemy arms (paid yearly). */
function warOptions(e: Eval, inForce: boolean, add: Add): void {
  const { v, party, other, t } = e;
  const r = v.rules;
  for (const w of v.wars) {
    if (w.victim !== other) continue;
    const years = Math.max(1, Math.min(w.until, v.lastYear) - v.year + 1);
    if (inForce && !w.aidedBy.includes(party)) {
      add(
        { type: 'aid', target: w.id, amount: r.rewards.warAidMinimum },
        standingGain(e, r.rewards.warAid) - r.rewards.warAidMinimum * e.rv,
      );
    }
    if (t.neverViolate) continue;
    // The rival's worlds the war may take are a gain in the race too; the deal pays every year.
    const race = Math.min(years, 3) * e.ov * 0.3;
    if (!w.armedBy.includes(party))
      add(
        { type: 'covert-arms', thirdPower: w.thirdPower },
        r.economy.armsSaleGain * years * e.rv * 1.5 + race - breachPoints(e, COVERT_ARMS),
      );
    if (!w.supportedBy.includes(party))
      add(
        { type: 'open-support', thirdPower: w.thirdPower },
        r.economy.openSupportGain * years * e.rv * 1.5 + race * 2 - breachPoints(e, OPEN_SUPPORT),
      );
  }
}

/** Points a power banks in a year of the Accords, about: what a collapse takes from each year left. */
const YEAR_POINTS = 11;

/**
 * Suspension (rules version 8): its answer on record keeps what it banked should the Accords
 * collapse (src/sim/suspension.ts). Worth it when the other looks set to drag them down anyway (its
 * standing near 0, breaches seen lately); not when it may recover, for a suspension starts a crisis
 * of its own, ends the never-suspended bonus and, walked back, costs its price (rules version 10).
 * The crisis puts at risk all the years left, not only those within the AI's horizon: a collapse
 * takes the whole rest of the century. A hawk weighs the same, from any standing of its
 * own, and likes the war a suspension opens.
 */
function suspensionOptions(e: Eval, add: Add): void {
  const { v, party, other, t } = e;
  const tr = v.rules.treaty;
  if (t.suspendsFrom === null || v.status === 'suspended' || v.status === 'collapsed') return;
  const me = powerOf(v, party);
  const them = powerOf(v, other);
  if (them.standing >= tr.suspendBelow || me.standing < t.suspendsFrom) return;
  // The chance the Accords fall without an answer on record, as this side can judge it.
  const fall = Math.min(
    0.9,
    0.15 + (0.5 * (tr.suspendBelow - them.standing)) / tr.suspendBelow + (e.recent.wronged !== 0 ? 0.2 : 0),
  );
  const onRecord = me.standing >= tr.suspendBelow ? fall * keptOnRecord(v, party) : 0;
  // A suspension's own crisis: some of what keeping faith would bank, the bonus surely lost, and the
  // price of a suspension walked back should the other recover.
  const crisis =
    (1 - fall) *
    (0.25 * YEAR_POINTS * Math.max(0, e.yearsLeft) +
      (v.everSuspended ? 0 : v.rules.scoring.neverSuspendedBonus) +
      v.rules.crisis.walkedBackPoints);
  add({ type: 'suspend-accords' }, (t.warlike ? 6 : 0) + onRecord - crisis);
}

/**
 * Article VI: take a disputed world to arbitration, or let the claim stand. The arbiters lean to the
 * holder, the bringer and the better standing (../articles/claims-and-trade.ts); an open claim costs
 * its holder the world's security every year until it lapses.
 */
function claimOptions(e: Eval, add: Add, inForce: boolean): void {
  const { v, party, t } = e;
  const r = v.rules;
  for (const sys of e.zoned) {
    if (sys.zone !== 'disputed') continue;
    const claim = v.claims.find((c) => c.kind === 'territory' && c.system === sys.id);
    if (!claim && sys.owner !== null) continue;
    // Its own claim on an undefended world of the other, pressed by force: the world for a breach.
    if (!t.neverViolate && sys.owner === e.other && pressable(v, party, sys)) {
      const cheer = party === 'klingon' ? supportValue(e, r.support.klingonSystemGained) : 0;
      add(
        { type: 'seize', system: sys.id },
        worldValue(e, sys.output) + cheer - breachPoints(e, seizureOf(sys)),
      );
    }
    if (sys.owner === party && claim) guardOptions(e, sys.id, worldValue(e, sys.output), add);
    if (!t.arbitrates || !inForce) continue;
    const win = winPercent(v, sys, party, party) / 100;
    const honour = standingGain(e, r.rewards.arbitration);
    const world = worldValue(e, sys.output);
    let value: number;
    if (sys.owner === party) {
      // Sitting on the claim costs the world's security until it lapses; losing the ruling, the world.
      const open = claim ? lastingYears(e, claim.since + r.claims.lapseYears - v.year) : 0;
      const contest = open * r.scoring.securityPerWorldLost * 0.5;
      value = win * honour - (1 - win) * world + contest;
    } else value = win * (honour + world) + (claim ? 0.5 : 0);
    add({ type: 'arbitrate', dispute: sys.id }, value);
  }
}

/**
 * A world of its own under the other's claim, with no fleet of its own there while one of the other's
 * lies within a lane, may be seized: the nearest fleet in reach goes to guard it.
 */
function guardOptions(e: Eval, system: string, worth: number, add: Add): void {
  const { v, other } = e;
  if (e.fleets.some((f) => f.location === system)) return;
  const near = adjacency(v).neighbours.get(system) ?? [];
  if (!v.fleets.some((f) => f.owner === other && (f.location === system || near.includes(f.location))))
    return;
  const reach = v.rules.movement.maxLanes;
  let best: { id: string; lanes: number } | null = null;
  for (const f of e.fleets) {
    const lanes = laneDistance(v, f.location, system, reach);
    if (lanes <= reach && (best === null || lanes < best.lanes)) best = { id: f.id, lanes };
  }
  if (best) add({ type: 'move', fleet: best.id, to: system }, 2 + worth * 0.1);
}

/**
 * Article VI's trade: a pact pays both for its term. A warlike power counts the rival's gain as its
 * own loss in the race (so a richer rival's pact is declined); a quarrel is settled to keep the pact.
 */
function tradeOptions(e: Eval, add: Add): void {
  const { v, other, t } = e;
  const r = v.rules;
  const pct = r.economy.pactPercent / 100;
  const gain = e.industry * pct - (t.warlike ? e.rivalIndustry * pct : 0);
  if (v.tradePact) {
    const years = lastingYears(e, v.pactEnds - v.year + 1);
    for (const c of v.claims)
      if (c.kind === 'tariff') add({ type: 'arbitrate', dispute: c.id }, gain * years * e.rv + 0.5);
    return;
  }
  if (v.status !== 'in-force' || v.talksClosedUntil >= v.year) return;
  const pending = v.pactProposal?.by === other;
  const years = lastingYears(e, r.economy.pactYears);
  add({ type: 'trade-pact' }, gain * years * e.rv * (pending ? 1 : 0.5) + (pending ? 1 : 0));
}
