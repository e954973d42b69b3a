// Article II — full diplomatic relations: embassies on each capital world. Recalling or expelling
// one is an open violation; having none after the grace years is an omission, every year.
import { type Ctx, changeReserves, note } from '../context';
import { wrongedBy } from '../grievances';
import { chargeViolation, reward } from '../ledger';
import type { OrderRef } from '../resolve-types';
import type { Rules } from '../scenario/rules';
import {
  type EmbassyClosed,
  eachParty,
  type GameState,
  ofParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
} from '../types';

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
      me.embassyClosed = null;
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
      // A recall that answers a violation seen lately is a protest the articles allow (section 15.4),
      // said in its one line (playtest 25 read the recall twice, once as a plain recall).
      const protest = wrongedBy(s, party);
      note(ctx, {
        kind: 'embassy',
        party,
        delta: -from,
        from,
        to: 0,
        article: 'II',
        cause,
        text: protest
          ? `${PARTY_TITLES[party]} recalls its embassy in protest at ${PARTY_NAMES[other]}'s breaches: an answer, not a breach.`
          : `${PARTY_TITLES[party]} recalls its embassy.`,
      });
      me.embassyClosed = { year: ctx.year, how: 'recalled' };
      if (!protest)
        chargeViolation(ctx, party, 'II/recall', `${PARTY_TITLES[party]} recalls its embassy.`, {
          open: true,
        });
    } else {
      const them = powerOf(s, other);
      if (them.embassy === 0) continue;
      const from = them.embassy;
      them.embassy = 0;
      // Its eyes are put out for a while: it may not return for `answers.closedYears` (section 15.5).
      them.embassyClosed = { year: ctx.year, how: 'expelled' };
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
      chargeViolation(
        ctx,
        party,
        'II/recall',
        `${PARTY_TITLES[party]} expels the embassy of ${PARTY_NAMES[other]}.`,
        {
          open: true,
        },
      );
    }
  }
}

// The words of the yearly entries.
const NO_EMBASSY = eachParty((p) => `${PARTY_TITLES[p]} keeps no embassy on the other capital world.`);
const FULL_EMBASSY = eachParty((p) => `${PARTY_TITLES[p]} keeps a full embassy.`);

/**
 * Whether `party`'s embassy was closed (expelled, or recalled in protest or not) within the last
 * `answers.closedYears`: an expelled one may not return yet, and none owes the omission.
 */
export function embassyRecentlyClosed(s: GameState, party: Party, how?: EmbassyClosed['how']): boolean {
  const c = powerOf(s, party).embassyClosed;
  return c !== null && (how === undefined || c.how === how) && s.year < c.year + s.rules.answers.closedYears;
}

/**
 * The first year whose end charges `party` for keeping no embassy (step g): this year or a later
 * one, once the grace years and a recent closing's years are over; null while it keeps one.
 */
export function omissionFrom(s: GameState, party: Party): number | null {
  const p = powerOf(s, party);
  if (p.embassy >= 1) return null;
  const closed = p.embassyClosed;
  const reopen = closed === null ? s.year : closed.year + s.rules.answers.closedYears;
  return Math.max(s.year, s.signedYear + s.rules.embassyGraceYears, reopen);
}

/** Step g: no embassy once the grace years are over is an omission. */
export function checkEmbassyOmission(ctx: Ctx): void {
  for (const party of PARTIES) {
    if (omissionFrom(ctx.s, party) === ctx.year)
      chargeViolation(ctx, party, 'II/no-embassy', ofParty(NO_EMBASSY, party));
  }
}

/**
 * The embassy's reward in words, for the order that builds one and the ledger's Article II: the
 * playtest's reward stopped at a standing near the top and nothing on the screens said so.
 */
export function embassyRewardWords(rules: Rules): string {
  const r = rules.rewards;
  if (r.embassy <= 0) return '';
  const until =
    r.cleanYearBelow > 100 ? '' : `, while your standing is below ${r.cleanYearBelow} (none from there up)`;
  return `${r.embassy} standing a year at level ${r.embassyLevel} or more${until}`;
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
