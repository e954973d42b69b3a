// The wronged party's answers at work (DESIGN.md section 15.4): protests lodged, reparations
// demanded and answered (or left unanswered), and war declared, which ends the game.
import { addOnce, type Ctx, changeReserves, changeSupport, note } from './context';
import { healGrievance, SETTLES } from './grievances';
import { reward } from './ledger';
import type { OrderRef } from './resolve-types';
import { type GameState, otherParty, PARTIES, PARTY_NAMES, PARTY_TITLES, type Party, powerOf } from './types';

/** Step a: protests, demands and the answers to them. Returns the powers that declared war. */
export function resolveAnswers(ctx: Ctx, refs: readonly OrderRef[]): Party[] {
  const s = ctx.s;
  const a = ctx.rules.answers;
  const declarers: Party[] = [];
  for (const { party, index, order } of refs) {
    const cause = { order: { party, index, type: order.type } };
    const other = otherParty(party);
    if (order.type === 'protest') {
      if (s.protests.some((p) => p.by === party && p.article === order.article)) continue;
      s.protests = [...s.protests, { by: party, article: order.article, year: ctx.year }];
      note(ctx, {
        kind: 'treaty',
        party,
        article: order.article,
        cause,
        text: `${PARTY_TITLES[party]} protests ${PARTY_NAMES[other]}'s breach of Article ${order.article}: the next one will cost ${a.protestPercent}% more.`,
      });
    } else if (order.type === 'demand-reparations') {
      if (s.demands.some((d) => d.debtor === other)) continue;
      s.demands = [...s.demands, { by: party, debtor: other, year: ctx.year, amount: a.reparations }];
      addOnce(ctx.answering, party);
      note(ctx, {
        kind: 'obligation',
        party: other,
        article: null,
        cause,
        text: `${PARTY_TITLES[party]} demands ${a.reparations} reserves in reparations of ${PARTY_NAMES[other]}, to be paid or refused by ${ctx.year + 1}.`,
      });
    } else if (order.type === 'reparations') {
      const demand = s.demands.find((d) => d.debtor === party);
      if (!demand) continue;
      s.demands = s.demands.filter((d) => d !== demand);
      if (order.answer === 'pay' && powerOf(s, party).reserves >= demand.amount) {
        changeReserves(ctx, party, -demand.amount, cause, 'Reparations are paid.');
        changeReserves(ctx, demand.by, demand.amount, cause, 'Reparations are received.');
        healGrievance(ctx, party, a.reparationsHeal, 'reparations');
        // Amends: an act of faith that earns standing, the way back from a crisis. Paid to the
        // rival, the reserves count twice in the race of prosperity: standing is not bought cheap.
        // Written under SETTLES, it settles the payer's breaches seen so far (rules version 24).
        reward(
          ctx,
          party,
          SETTLES,
          a.reparationsStanding,
          null,
          `${PARTY_TITLES[party]} pays reparations to ${PARTY_NAMES[demand.by]}: its breaches seen until now are settled.`,
        );
      } else {
        changeSupport(
          ctx,
          party,
          a.refuseSupport,
          cause,
          `${PARTY_TITLES[party]} refuses the reparations ${PARTY_NAMES[demand.by]} demands, to applause at home.`,
        );
      }
    } else if (order.type === 'declare-war') {
      if (s.status === 'suspended' && !declarers.includes(party)) declarers.push(party);
    }
  }
  return declarers;
}

/** Step g: a demand left unanswered past its year is refused in silence (no one cheers that), and old protests lapse. */
export function judgeAnswers(ctx: Ctx): void {
  const s = ctx.s;
  if (s.demands.length > 0) {
    const due = s.demands.filter((d) => d.year < ctx.year);
    if (due.length > 0) {
      s.demands = s.demands.filter((d) => d.year >= ctx.year);
      for (const d of due) {
        note(ctx, {
          kind: 'obligation',
          party: d.debtor,
          article: null,
          cause: { rule: 'reparations' },
          text: `${PARTY_TITLES[d.debtor]} leaves the demand for reparations unanswered: it is refused.`,
        });
      }
    }
  }
  if (s.protests.length > 0) {
    const since = ctx.year - ctx.rules.answers.protestYears;
    if (s.protests.some((p) => p.year < since)) s.protests = s.protests.filter((p) => p.year >= since);
  }
}

/** What a power banked year by year (no parade, no bonus: a game the Accords' collapse ended). */
export function bankedTotal(s: GameState, party: Party): number {
  const b = powerOf(s, party).banked;
  return b.honour + b.security + b.prosperity + b.support;
}

/**
 * The score of a game ended by a declared war: each power keeps what it banked (no parade, no
 * bonus: there is no centennial), the declarer only `answers.warKeepsPercent` of it.
 */
export function warScores(s: GameState, declarer: Party): Record<Party, number> {
  const banked = (p: Party) => {
    const total = bankedTotal(s, p);
    return p === declarer ? Math.floor((total * s.rules.answers.warKeepsPercent) / 100) : total;
  };
  return { federation: banked('federation'), klingon: banked('klingon') };
}

/** The first of `declarers` in the fixed order of the parties (federation first). */
export function firstDeclarer(declarers: readonly Party[]): Party | null {
  return PARTIES.find((p) => declarers.includes(p)) ?? null;
}
