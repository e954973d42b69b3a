// Article V — former grievances are forgotten; an individual who takes revenge on the other party
// is extradited. Extraditing is honoured (and unpopular with Klingons); sheltering past the deadline
// is an open violation; a staged escape is covert.
import { type Cause, type Ctx, changeSupport, note } from '../context';
import { commitCovert } from '../covert';
import { grudgeFor, remember } from '../debts';
import { chargeViolation, reward } from '../ledger';
import type { OrderRef } from '../resolve-types';
import {
  type ExtraditionObligation,
  type Hero,
  otherParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  untilYear,
} from '../types';

function defianceSupport(ctx: Ctx, party: Party): number {
  return party === 'klingon' ? ctx.rules.support.klingonDefiance : ctx.rules.support.federationDefiance;
}

/** Step e: extradite, shelter or stage an escape. */
export function resolveFugitives(ctx: Ctx, refs: OrderRef[]): void {
  for (const { party, index, order } of refs) {
    if (order.type !== 'extradite' && order.type !== 'shelter' && order.type !== 'stage-escape') continue;
    const cause = { order: { party, index, type: order.type } };
    const ob = ctx.s.obligations.find(
      (o): o is ExtraditionObligation => o.id === order.obligation && o.kind === 'extradition',
    );
    if (!ob || ob.debtor !== party || ob.decision === 'extradited' || ob.decision === 'escaped') continue;
    const other = PARTY_NAMES[otherParty(party)];
    if (order.type === 'extradite' && ob.decision === 'sheltered') {
      handOver(ctx, party, ob, cause);
    } else if (order.type === 'extradite') {
      ob.decision = 'extradited';
      reward(
        ctx,
        party,
        'V/extradition',
        ctx.rules.rewards.extradition,
        'V',
        `${PARTY_TITLES[party]} extradites ${ob.fugitive} to ${other}.`,
      );
      const l = ctx.rules.lasting;
      remember(ctx, otherParty(party), party, 'gratitude', l.gratitudeYears, ob.eventId, l.gratitudePercent);
      if (party === 'klingon')
        changeSupport(
          ctx,
          party,
          ctx.rules.support.klingonExtradition,
          cause,
          `${ob.fugitive} is handed over; many call it dishonour.`,
        );
      note(ctx, {
        kind: 'obligation',
        party,
        article: 'V',
        cause,
        text: `${ob.fugitive} is extradited to stand trial.`,
      });
    } else if (order.type === 'shelter') {
      ob.decision = 'sheltered';
      const years = ctx.rules.lasting.heroYears;
      if (years > 0) {
        const hero: Hero = {
          party,
          fugitive: ob.fugitive,
          obligation: ob.id,
          eventId: ob.eventId,
          since: ctx.year,
          until: ctx.year + years,
        };
        ctx.s.heroes = [...ctx.s.heroes, hero];
      }
      changeSupport(
        ctx,
        party,
        defianceSupport(ctx, party),
        cause,
        `${ob.fugitive} is hailed as a hero at home.`,
      );
      // The shelter is told before the grudge it earns (playtest 37).
      note(ctx, {
        kind: 'obligation',
        party,
        article: 'V',
        cause,
        text: `${PARTY_TITLES[party]} shelters ${ob.fugitive}.`,
      });
      const g = grudgeFor(ctx.rules, 'shelter');
      remember(ctx, otherParty(party), party, 'grudge', g.years, ob.eventId, g.percent);
    } else {
      ob.decision = 'escaped';
      changeSupport(
        ctx,
        party,
        defianceSupport(ctx, party),
        cause,
        `${ob.fugitive} slips away, to quiet applause.`,
      );
      commitCovert(ctx, party, 'V/escape', `${PARTY_TITLES[party]} staged the escape of ${ob.fugitive}.`);
      note(ctx, { kind: 'obligation', party, article: 'V', cause, text: `${ob.fugitive} escapes custody.` });
    }
  }
}

/**
 * A sheltered fugitive handed over after all: Article V is kept, late, and earns nothing; the hero's
 * people remember the betrayal (section 15.5: sheltering first is no free dodge).
 */
function handOver(ctx: Ctx, party: Party, ob: ExtraditionObligation, cause: Cause): void {
  ob.decision = 'extradited';
  ctx.s.heroes = ctx.s.heroes.filter((h) => h.obligation !== ob.id);
  changeSupport(
    ctx,
    party,
    -ctx.rules.lasting.heroHandedOver,
    cause,
    `${ob.fugitive}, sheltered as a hero, is handed over after all.`,
  );
  note(ctx, {
    kind: 'obligation',
    party,
    article: 'V',
    cause,
    text: `${ob.fugitive} is extradited late, after the shelter: no credit for it.`,
  });
}

/**
 * Step e, after the decisions: each sheltered hero is cheered at home, every year until its time is
 * up (section 15.3: a sheltered hero's support at home lasts).
 */
export function cheerHeroes(ctx: Ctx): void {
  const s = ctx.s;
  if (s.heroes.length === 0) return;
  const gain = ctx.rules.lasting.heroSupport;
  for (const h of s.heroes) {
    if (h.since < ctx.year && h.until >= ctx.year)
      changeSupport(
        ctx,
        h.party,
        gain,
        { event: h.eventId, rule: 'hero' },
        `${h.fugitive} is cheered as a hero (each year ${untilYear(s, h.until)}).`,
      );
  }
  if (s.heroes.some((h) => h.until <= ctx.year)) s.heroes = s.heroes.filter((h) => h.until > ctx.year);
}

/** Step g: a fugitive still in the debtor's hands at the deadline is sheltered, openly. */
export function judgeExtradition(ctx: Ctx, ob: ExtraditionObligation): void {
  if (ob.decision === 'extradited' || ob.decision === 'escaped') return;
  chargeViolation(
    ctx,
    ob.debtor,
    'V/shelter',
    `${PARTY_TITLES[ob.debtor]} shelters ${ob.fugitive} past the extradition deadline.`,
    { open: true },
  );
}
