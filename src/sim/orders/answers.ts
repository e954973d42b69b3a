// The wronged party's answers inside the articles (DESIGN.md section 15.4): a protest, a demand for
// reparations and the offender's answer to it, and war declared as the last answer. Sanctions (an
// embargo) and a recall in protest are the embargo and embassy orders given when wronged.
import { lastWrongSeen, standingCeiling, wrongedBy } from '../grievances';
import { answerSpares } from '../support';
import {
  ARTICLES,
  type GameState,
  otherParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  untilYear,
} from '../types';
import { diplomacyCost, noCost, type OrderDefinition, oneOf, orderShape, plural, refusal } from './define';
import { rewardWords, supportWords } from './reward-words';

export const REPARATIONS_ANSWERS = ['pay', 'refuse'] as const;

/**
 * What answering the other's breaches this year spares while the Accords are strained (rules
 * version 23: src/sim/support.ts), said on the answer's row; nothing when nothing is spared (not
 * strained, its own standing strains them, or its embassy is recalled in protest already).
 */
export function sparedWords(s: GameState, party: Party): string {
  const blame = s.rules.support.strainedPerYear;
  if (blame >= 0 || !answerSpares(s, party)) return '';
  return ` The Accords are strained: an answer this year spares your government the Council's blame (−${-blame} support), if your standing is still ${s.rules.treaty.strainedBelow} or more at the year's end.`;
}

/**
 * The last year the other power may answer `party`'s breaches seen so far (`wrongedBy`: a breach
 * seen within `answers.answerYears`), or null when none is fresh.
 */
export function answerableUntil(s: GameState, party: Party): number | null {
  const last = lastWrongSeen(s, otherParty(party));
  return last === null ? null : last + s.rules.answers.answerYears;
}

export const PROTEST = orderShape('protest', { article: oneOf(ARTICLES) });
export const DEMAND_REPARATIONS = orderShape('demand-reparations');
export const REPARATIONS = orderShape('reparations', { answer: oneOf(REPARATIONS_ANSWERS) });
export const DECLARE_WAR = orderShape('declare-war');

export const protest: OrderDefinition<'protest'> = {
  shape: PROTEST,
  step: 'answers',
  cost: noCost,
  check(s, party, order, queued) {
    // One protest an article a year: the playtest queued the same one twice and read "(2 times)".
    if (queued.some((q) => q.type === 'protest' && q.article === order.article)) {
      return refusal('order/duplicate', `You protest over Article ${order.article} already this year.`);
    }
    if (!wrongedBy(s, party, order.article)) {
      return refusal(
        'order/no-wrong',
        `${PARTY_TITLES[otherParty(party)]} broke no Article ${order.article} in sight in the last ${plural(s.rules.answers.answerYears, 'year')}: there is nothing to protest.`,
      );
    }
    if (s.protests.some((p) => p.by === party && p.article === order.article)) {
      return refusal('order/protested', `Your protest over Article ${order.article} still stands.`);
    }
    return null;
  },
  describe: (_s, party, order) =>
    `Protest ${PARTY_NAMES[otherParty(party)]}'s breach of Article ${order.article}`,
  effect: (s, _party, order) =>
    // Playtest 38 read "next violation" and saw an old theft, exposed that year, charged the more.
    `Free. The other power's next violation of Article ${order.article} charged within ${plural(s.rules.answers.protestYears, 'year')} costs it ${s.rules.answers.protestPercent}% more standing: a new one, or an old secret of theirs that comes out.`,
  breaches: [],
};

export const demandReparations: OrderDefinition<'demand-reparations'> = {
  shape: DEMAND_REPARATIONS,
  step: 'answers',
  cost: diplomacyCost,
  check(s, party) {
    const other = otherParty(party);
    if (powerOf(s, other).grievance <= 0 && !wrongedBy(s, party)) {
      return refusal(
        'order/no-wrong',
        `${PARTY_TITLES[other]} has wronged you in nothing you can name: no grievance, no violation seen lately.`,
      );
    }
    if (s.demands.some((d) => d.debtor === other)) {
      return refusal('order/demand-pending', `A demand on ${PARTY_NAMES[other]} awaits its answer.`);
    }
    if (s.status === 'collapsed') return refusal('order/not-in-force', 'The Accords have collapsed.');
    return null;
  },
  describe: (_s, party) => `Demand reparations of ${PARTY_NAMES[otherParty(party)]}`,
  effect: (s, party) =>
    `${PARTY_TITLES[otherParty(party)]} must answer by next year: pay you ${plural(s.rules.answers.reparations, 'reserve')} and heal a grievance, or refuse (and be cheered at home for it).${sparedWords(s, party)}`,
  breaches: [],
};

export const reparations: OrderDefinition<'reparations'> = {
  shape: REPARATIONS,
  step: 'answers',
  cost: (s, party, order) => {
    const d = s.demands.find((x) => x.debtor === party);
    return { influence: 0, reserves: order.answer === 'pay' && d ? d.amount : 0, fleet: null };
  },
  check(s, party, _order, queued) {
    if (!s.demands.some((d) => d.debtor === party))
      return refusal('order/no-demand', 'No demand for reparations awaits your answer.');
    if (queued.some((q) => q.type === 'reparations'))
      return refusal('order/decided', 'You have already answered the demand this year.');
    return null;
  },
  describe: (s, party, order) => {
    const d = s.demands.find((x) => x.debtor === party);
    const whose = d ? ` ${PARTY_NAMES[d.by]} demands` : '';
    return order.answer === 'pay'
      ? `Pay the reparations${whose}${d ? `: ${plural(d.amount, 'reserve')}` : ''}`
      : `Refuse the reparations${whose}`;
  },
  // Paying settles the breaches seen before it (rules version 24: src/sim/grievances.ts); refused,
  // the account stays open to sanctions while a breach is fresh (playtest 35 paid twice and was
  // sanctioned both years).
  effect: (s, party, order) => {
    const a = s.rules.answers;
    const until = answerableUntil(s, party);
    if (order.answer === 'refuse') {
      const open =
        until === null
          ? '.'
          : `, and your breaches seen lately leave the other power free to answer them with sanctions, a protest or a recall ${untilYear(s, until)} (paying would settle them).`;
      return `Your people cheer the refusal: ${supportWords(s, party, a.refuseSupport)}. The grievance stays${open}`;
    }
    const ceiling = Math.min(100, standingCeiling(s, party) + a.reparationsHeal);
    const settles =
      until === null
        ? ''
        : ` It settles your breaches seen until now: from next year the other power may no longer answer them with sanctions, a protest or a recall (its right to them would have lasted ${untilYear(s, until)}; sanctions it gives this year are judged before your payment).`;
    return `An act of faith: ${rewardWords(s, party, 'reparations', a.reparationsStanding)}, the grievance heals by ${a.reparationsHeal} (your standing can rise to ${ceiling}).${settles}`;
  },
  breaches: [],
};

export const declareWar: OrderDefinition<'declare-war'> = {
  shape: DECLARE_WAR,
  step: 'answers',
  cost: noCost,
  check(s) {
    if (s.status !== 'suspended')
      return refusal('order/not-suspended', 'War can be declared only while the Accords are suspended.');
    return null;
  },
  describe: (_s, party) => `Declare war on ${PARTY_NAMES[otherParty(party)]}`,
  effect: (s) =>
    `The Accords end in war this year and the game with them: the other power keeps the score it banked, you keep ${s.rules.answers.warKeepsPercent}% of yours. No grade is given.`,
  breaches: [],
};
