// The AI's answers (DESIGN.md section 15.4): what a wronged power says back (protest, reparations,
// sanctions, a recall in protest, war as the last word), what an offender answers to a demand, and
// when a power that plans covert acts puts out the other's eyes by expelling its embassy (15.5).
// Valued in the same points as every other order (./value.ts).

import { blinded, firstYearDetection } from '../covert';
import { wrongedBy } from '../grievances';
import type { Order } from '../orders/index';
import { breachOf } from '../orders/index';
import { answerSpares } from '../support';
import { ARTICLES, type Article, PARTIES, powerOf } from '../types';
import { wrongedUnder } from './recent';
import { embargoTradeCost } from './trade';
import { breachPoints, type Eval, standingGain, standingLoss, supportValue } from './value';

/** The breach an embassy order declares (a recall's, its first), read once (see ./plan.ts). */
const EMBASSY = breachOf('embassy');

/** A standing below which a power is one bad year from suspension: paying its way back is worth much. */
const DANGER = 30;

/** A protest is pressed only on a power this far from the line: nearer, it would push it over. */
const PROTEST_ABOVE = 50;

/** Years of its own covert acts a power looks back on to judge what blinding the other is worth. */
const COVERT_MEMORY = 4;

export function answerOptions(e: Eval, add: (order: Order, value: number) => void): void {
  const { v, party, other, t } = e;
  const r = v.rules;
  const a = r.answers;
  const me = powerOf(v, party);
  const them = powerOf(v, other);

  // The offender's answer to a demand: pay (an act of faith that heals) or refuse (cheered at home).
  const demand = v.demands.find((d) => d.debtor === party);
  if (demand) {
    const heal = Math.min(a.reparationsHeal, me.grievance);
    const nearCeiling = me.standing >= 100 - me.grievance - 10;
    let pay =
      standingGain(e, a.reparationsStanding) +
      heal * (nearCeiling ? 0.5 : 0.15) * t.standing -
      demand.amount * e.rv;
    // Paid, it settles the breaches the other might answer with sanctions (src/sim/grievances.ts).
    if (wrongedBy(v, demand.by)) pay += r.economy.embargoGain * e.rv;
    // In a crisis, paying is how a power climbs back to the line a summit needs: the game itself.
    if (v.status === 'suspended') pay += 30;
    else if (me.standing < DANGER) pay += 12;
    const refuse = supportValue(e, a.refuseSupport);
    const canPay = me.reserves >= demand.amount;
    const best = canPay ? Math.max(pay, refuse) : refuse;
    const force = (x: number) => (x === best ? Math.max(x, 0.5) : -1);
    if (canPay) add({ type: 'reparations', answer: 'pay' }, force(pay));
    add({ type: 'reparations', answer: 'refuse' }, force(refuse));
  }

  if (v.status === 'collapsed') return;
  const wronged = e.recent.wronged !== 0;
  // Strained Accords blame a government that keeps silent (src/sim/support.ts, rules version 23): an
  // answer this year spares it, while its own standing does not strain them.
  const spares = answerSpares(v, party) ? supportValue(e, -r.support.strainedPerYear) : 0;
  // A protest is free: lodged over every article broken in sight lately. A power that may break the
  // articles itself presses it only while the offender can bear it (near the line, it only pushes
  // it over); a loyal one lodges it whatever the offender's standing: its protests standing are
  // what tells a hawk that its breaches will be answered (./deterrence.ts).
  const pressing = wronged && them.standing >= r.treaty.strainedBelow;
  if (wronged && (t.neverViolate || (pressing && them.standing >= PROTEST_ABOVE))) {
    for (let i = 0; i < ARTICLES.length; i++) {
      if (!wrongedUnder(e.recent, i)) continue;
      const article = ARTICLES[i] as Article;
      if (!v.protests.some((p) => p.by === party && p.article === article))
        add({ type: 'protest', article }, 0.6);
    }
  }

  // Reparations: worth asking when the grievance is large, most of all when the offender's standing
  // is in danger: paying is its way back, and the demand its lifeline.
  if (
    (them.grievance >= 8 || (wronged && them.grievance > 0)) &&
    !v.demands.some((d) => d.debtor === other)
  ) {
    const crisis = v.status === 'suspended' ? 6 : them.standing < DANGER ? 4 : 0;
    add({ type: 'demand-reparations' }, a.reparations * e.rv * 0.5 + them.grievance * 0.05 + crisis + spares);
  }

  // Sanctions: an embargo answering a breach is no breach (not pressed on a power near the line).
  if (pressing) {
    add(
      { type: 'embargo' },
      r.economy.embargoGain * e.rv * 1.5 + (t.neverViolate ? 0.3 : 0.8) - embargoTradeCost(e) + spares,
    );
  }

  // A recall in protest: a power that does not need its embassy's eyes shows its anger when the
  // offender's grievance is deep (it keeps the embassy closed until the grievance heals: ./plan.ts).
  if (wronged && !t.neverViolate && me.embassy > 0 && them.grievance >= RECALL_GRIEVANCE)
    add({ type: 'embassy', action: 'recall' }, 0.4 + them.grievance * 0.03 - me.embassy * 0.4);

  // Expelling the other's embassy blinds it to this power's covert acts (section 15.5).
  if (!t.neverViolate && them.embassy > 0 && !blinded(v, other)) {
    let recent = 0;
    for (const c of v.covert) if (c.party === party && c.year >= v.year - COVERT_MEMORY) recent++;
    if (recent >= 2) {
      // The standing its covert acts would not lose while the other is blind, against the expulsion's
      // own cost and the answers it invites (valued as a second cost).
      const drop = (firstYearDetection(v, party) - r.detection.blindPercent) / 100;
      const saved = (recent / COVERT_MEMORY) * a.closedYears * drop * r.costs['I/covert'];
      add(
        { type: 'embassy', action: 'expel' },
        standingLoss(e, Math.round(saved)) - 2 * breachPoints(e, EMBASSY) - 1,
      );
    }
  }

  // War, the last answer: only when the suspended Accords are about to collapse with nothing to show
  // for it (a collapse banks nothing; a declared war keeps part of what was banked).
  if (v.status === 'suspended' && t.warlike && v.suspendedSince !== null) {
    const last = v.year >= v.suspendedSince + r.treaty.suspendedYearsToCollapse - 1;
    const lost = PARTIES.some(
      (p) => powerOf(v, p).standing + r.rewards.summit + a.reparationsStanding < r.treaty.restoreMinimum,
    );
    if (last && lost) add({ type: 'declare-war' }, 20);
  }
}

/** The offender's grievance at which a power that may break the articles recalls its embassy in protest. */
export const RECALL_GRIEVANCE = 20;

/** Support below which a Klingon loyalist cannot afford to hand over a hero (its government would fall). */
const FALLING = 14;

/**
 * Whether a loyal power must shelter a fugitive rather than extradite it: the extradition's cost at
 * home would bring its government down (a loss it can see coming). It keeps the articles it can afford.
 */
export function cannotAffordExtradition(e: Eval): boolean {
  const cost = e.party === 'klingon' ? e.v.rules.support.klingonExtradition : 0;
  return cost < 0 && powerOf(e.v, e.party).support + cost < FALLING;
}
