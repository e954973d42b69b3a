// Article IV — humanitarian aid. A disaster on one party's world is the other's obligation: aid in
// full by the deadline earns standing (more when generous); short of it is an omission. Aid to a
// third power's disaster is no duty, but it is rewarded all the same.
import { type Ctx, changeReserves, changeSupport, note, ownSystem } from '../context';
import { debtOf, grudgeFor, remember } from '../debts';
import { avenge } from '../grudges';
import { chargeViolation, reward } from '../ledger';
import type { OrderRef } from '../resolve-types';
import type { Rules } from '../scenario/rules';
import {
  type AidObligation,
  isParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  type System,
  sentence,
  untilYear,
} from '../types';
import { findSystem, ownedBy, theThirdPower } from '../world';

/** The aid, in all, that is generous for a need of `need`: `aidGenerousPercent` of it, rounded up. */
export function generousAid(rules: Rules, need: number): number {
  return Math.ceil((need * rules.rewards.aidGenerousPercent) / 100);
}

export function victimName(ctx: Ctx, ob: AidObligation): string {
  return isParty(ob.victim) ? PARTY_NAMES[ob.victim] : theThirdPower(ctx.s, ob.victim);
}

/** Step b: aid sent to a disaster. */
export function resolveDisasterAid(ctx: Ctx, ref: OrderRef, ob: AidObligation): void {
  const { party, index, order } = ref;
  if (order.type !== 'aid') return;
  const cause = { order: { party, index, type: order.type } };
  const given = -changeReserves(ctx, party, -order.amount, cause, `Aid for ${victimName(ctx, ob)}.`, 'IV');
  ob.delivered[party] += given;
  if (isParty(ob.victim))
    changeReserves(ctx, ob.victim, given, cause, `Aid arrives from ${PARTY_NAMES[party]}.`, 'IV');
  note(ctx, {
    kind: 'obligation',
    party,
    delta: given,
    article: 'IV',
    cause,
    // "15 of 10" read as a mistake (playtest 25): more than the need is said as such.
    text:
      ob.delivered[party] > ob.need
        ? `${PARTY_TITLES[party]} has delivered ${ob.delivered[party]} for ${victimName(ctx, ob)}, more than the ${ob.need} asked.`
        : `${PARTY_TITLES[party]} has delivered ${ob.delivered[party]} of ${ob.need} for ${victimName(ctx, ob)}.`,
  });
  if (party === 'federation' && given > 0) {
    changeSupport(
      ctx,
      'federation',
      ctx.rules.support.federationAidGiven,
      cause,
      'The Council approves of the aid.',
    );
  }
}

/**
 * A stricken world left short of aid loses output for good, in proportion to what was missing
 * (section 15.3): leaving the rival to its ruin is a lasting gain in the race of industries, paid for
 * in standing.
 */
function scarWorld(ctx: Ctx, ob: AidObligation, delivered: number): void {
  const most = ctx.rules.lasting.disasterOutputLoss;
  const found = ob.system === null ? undefined : findSystem(ctx.s, ob.system);
  if (most <= 0 || !found || found.owner !== ob.victim || found.output <= 0 || ob.need <= 0) return;
  const missing = ob.need - Math.max(0, delivered);
  const loss = Math.min(found.output, Math.ceil((most * missing) / ob.need));
  if (loss <= 0) return;
  const sys = ownSystem(ctx, found);
  const from = sys.output;
  sys.output -= loss;
  note(ctx, {
    kind: 'industry',
    party: ob.victim as Party,
    delta: -loss,
    from,
    to: sys.output,
    article: 'IV',
    cause: { event: ob.eventId, rule: 'IV/deadline' },
    text: `${sys.name} is not rebuilt in time: its output falls by ${loss}.`,
    system: sys.id,
  });
}

/**
 * Generous aid is remembered (rules version 8): the people it saved settle and trade with the
 * giver, and its least developed world gains `lasting.goodwillOutput` output for good. Full aid
 * keeps the faith; giving half again as much is an investment, for a power that can spare it.
 */
function goodwill(ctx: Ctx, party: Party, ob: AidObligation): void {
  const gain = ctx.rules.lasting.goodwillOutput;
  if (gain <= 0) return;
  let world: System | undefined;
  for (const x of ctx.s.systems) {
    if (ownedBy(x, party) && (world === undefined || x.output < world.output)) world = x;
  }
  if (!world) return;
  const sys = ownSystem(ctx, world);
  const from = sys.output;
  sys.output += gain;
  note(ctx, {
    kind: 'industry',
    party,
    delta: gain,
    from,
    to: sys.output,
    article: 'IV',
    cause: { event: ob.eventId, rule: 'IV/goodwill' },
    text: isParty(ob.victim)
      ? `Goodwill: merchants of ${victimName(ctx, ob)}, rebuilt with ${PARTY_NAMES[party]}'s help, trade with ${sys.name}: its output rises by ${gain}.`
      : `Goodwill: refugees of ${victimName(ctx, ob)} settle on ${sys.name}: its output rises by ${gain}.`,
    system: sys.id,
  });
}

/** Step g: disasters whose deadline is this year are judged. */
export function judgeAid(ctx: Ctx, ob: AidObligation): void {
  const r = ctx.rules.rewards;
  const cause = { event: ob.eventId, rule: 'IV/deadline' };
  const givers = isParty(ob.victim) ? [otherParty(ob.victim)] : [...PARTIES];
  for (const party of givers) {
    const d = ob.delivered[party];
    if (d >= ob.need) {
      reward(
        ctx,
        party,
        'IV/aid',
        r.aidInFull,
        'IV',
        `${PARTY_TITLES[party]} delivered aid in full to ${victimName(ctx, ob)}.`,
      );
      if (d >= generousAid(ctx.rules, ob.need)) {
        reward(
          ctx,
          party,
          'IV/aid-generous',
          r.aidGenerous,
          'IV',
          `${PARTY_TITLES[party]}'s aid to ${victimName(ctx, ob)} was generous.`,
        );
        goodwill(ctx, party, ob);
      }
      // Remembered for years (rules version 9): the other party's gratitude, or a third power's
      // wars that spare the giver's worlds — unless that power holds a grudge for relief refused
      // before, which later relief does not heal (rules version 11).
      const l = ctx.rules.lasting;
      const grudge = isParty(ob.victim) ? undefined : debtOf(ctx.s, ob.victim, party);
      if (grudge?.kind === 'grudge') {
        // Rules version 28: a grudge may be for a world taken, not only for relief refused.
        note(ctx, {
          kind: 'obligation',
          party,
          article: 'IV',
          cause,
          text: `${sentence(victimName(ctx, ob))} takes ${PARTY_NAMES[party]}'s relief, and does not forget its grudge against ${PARTY_NAMES[party]} (${untilYear(ctx.s, grudge.until)}).`,
        });
        continue;
      }
      remember(
        ctx,
        ob.victim,
        party,
        'gratitude',
        isParty(ob.victim) ? l.gratitudeYears : l.reliefYears,
        ob.eventId,
        isParty(ob.victim) ? l.gratitudePercent : 0,
      );
    } else if (!isParty(ob.victim)) {
      refusedRelief(ctx, ob, party);
    } else {
      scarWorld(ctx, ob, d);
      // What was left short is told before the grudge it earns (playtest 37 read "will not forget
      // this" before the line that said what "this" was).
      note(ctx, {
        kind: 'obligation',
        party,
        article: 'IV',
        cause,
        text: `The deadline for aid to ${victimName(ctx, ob)} passed with ${d} of ${ob.need} delivered.`,
      });
      const g = grudgeFor(ctx.rules, 'disaster');
      remember(ctx, ob.victim, party, 'grudge', g.years, ob.eventId, g.percent);
      chargeViolation(
        ctx,
        party,
        'IV/aid-short',
        `${PARTY_TITLES[party]} left ${victimName(ctx, ob)} short of aid (${d} of ${ob.need}).`,
      );
    }
  }
}

/**
 * A third power left short of relief (rules version 11): no duty was broken, but it remembers who
 * failed it — a grudge for `lasting.reliefGrudgeYears` years whose wars seek that party first, and a
 * raid against it at once. A party that gave nothing to a disaster the other party relieved in full
 * is remembered the same as one that gave half: the need, not the effort, is what is remembered.
 */
function refusedRelief(ctx: Ctx, ob: AidObligation, party: Party): void {
  const years = ctx.rules.lasting.reliefGrudgeYears;
  if (years <= 0 || ob.need <= 0) return;
  remember(ctx, ob.victim, party, 'grudge', years, ob.eventId, 0);
  avenge(ctx, ob.victim, party, ob.eventId);
}
