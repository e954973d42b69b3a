// Article V — former grievances are forgotten; an individual who takes revenge on the other party
// is extradited. Extraditing is honoured (and unpopular with Klingons); sheltering past the deadline
// is an open violation; a staged escape is covert.
import { type Ctx, changeSupport, note } from '../context';
import { chargeViolation, commitCovert, reward } from '../ledger';
import type { OrderRef } from '../resolve-types';
import { type ExtraditionObligation, otherParty, PARTY_NAMES, PARTY_TITLES, type Party } from '../types';

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
    if (order.type === 'extradite') {
      ob.decision = 'extradited';
      reward(
        ctx,
        party,
        'V/extradition',
        ctx.rules.rewards.extradition,
        'V',
        `${PARTY_TITLES[party]} extradites ${ob.fugitive} to ${other}.`,
      );
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
      changeSupport(
        ctx,
        party,
        defianceSupport(ctx, party),
        cause,
        `${ob.fugitive} is hailed as a hero at home.`,
      );
      note(ctx, {
        kind: 'obligation',
        party,
        article: 'V',
        cause,
        text: `${PARTY_TITLES[party]} shelters ${ob.fugitive}.`,
      });
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
