// Article II — full diplomatic relations: embassies on each capital world. Recalling or expelling
// one is an open violation; having none after the grace years is an omission, every year.
import { type Ctx, changeReserves, note } from '../context';
import { chargeViolation, reward } from '../ledger';
import type { OrderRef } from '../resolve-types';
import { eachParty, ofParty, otherParty, PARTIES, PARTY_NAMES, PARTY_TITLES, powerOf } from '../types';

/** Step a: establish, upgrade, recall or expel. */
export function resolveEmbassies(ctx: Ctx, refs: OrderRef[]): void {
  const s = ctx.s;
  for (const { party, index, order } of refs) {
    if (order.type !== 'embassy') continue;
    const cause = { order: { party, index, type: order.type } };
    const me = powerOf(s, party);
    const other = otherParty(party);
    if (order.action === 'establish' || order.action === 'upgrade') {
      if ((order.action === 'establish') !== (me.embassy === 0) || me.embassy >= 3) continue;
      const cost = ctx.rules.economy.embassyCostPerLevel * (me.embassy + 1);
      if (me.reserves < cost) continue;
      changeReserves(ctx, party, -cost, cause, 'The embassy is built up.', 'II');
      const from = me.embassy;
      me.embassy += 1;
      note(ctx, {
        kind: 'embassy',
        party,
        delta: 1,
        from,
        to: me.embassy,
        article: 'II',
        cause,
        text: `${PARTY_TITLES[party]}'s embassy rises to level ${me.embassy}.`,
      });
    } else if (order.action === 'recall') {
      if (me.embassy === 0) continue;
      const from = me.embassy;
      me.embassy = 0;
      note(ctx, {
        kind: 'embassy',
        party,
        delta: -from,
        from,
        to: 0,
        article: 'II',
        cause,
        text: `${PARTY_TITLES[party]} recalls its embassy.`,
      });
      chargeViolation(ctx, party, 'II/recall', `${PARTY_TITLES[party]} recalls its embassy.`, { open: true });
    } else {
      const them = powerOf(s, other);
      if (them.embassy === 0) continue;
      const from = them.embassy;
      them.embassy = 0;
      note(ctx, {
        kind: 'embassy',
        party: other,
        delta: -from,
        from,
        to: 0,
        article: 'II',
        cause,
        text: `${PARTY_TITLES[party]} expels the embassy of ${PARTY_NAMES[other]}.`,
      });
      chargeViolation(ctx, party, 'II/recall', `${PARTY_TITLES[party]} expels an embassy.`, { open: true });
    }
  }
}

// The words of the yearly entries.
const NO_EMBASSY = eachParty((p) => `${PARTY_TITLES[p]} keeps no embassy on the other capital world.`);
const FULL_EMBASSY = eachParty((p) => `${PARTY_TITLES[p]} keeps a full embassy.`);

/** Step g: no embassy once the grace years are over is an omission. */
export function checkEmbassyOmission(ctx: Ctx): void {
  if (ctx.year < ctx.s.signedYear + ctx.rules.embassyGraceYears) return;
  for (const party of PARTIES) {
    if (powerOf(ctx.s, party).embassy < 1) {
      chargeViolation(ctx, party, 'II/no-embassy', ofParty(NO_EMBASSY, party));
    }
  }
}

/**
 * Step h: an embassy of the rewarded level is kept faith, every year, but like a clean year only
 * below `rewards.cleanYearBelow`: routine earns no trust near the top (DESIGN.md section 15.2).
 */
export function rewardEmbassies(ctx: Ctx): void {
  const r = ctx.rules.rewards;
  for (const party of PARTIES) {
    const p = powerOf(ctx.s, party);
    if (p.embassy >= r.embassyLevel && p.standing < r.cleanYearBelow) {
      reward(ctx, party, 'II/embassy', r.embassy, 'II', ofParty(FULL_EMBASSY, party));
    }
  }
}
