// Article V's orders: what becomes of a fugitive the other party demands: extradite, shelter, or
// stage an escape.
import { debtOf, grudgeFor, grudgeTerms } from '../debts';
import {
  forYears,
  type GameState,
  otherParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  untilYear,
} from '../types';
import {
  covert,
  noCost,
  type OrderDefinition,
  type OrderError,
  open,
  orderShape,
  ref,
  refusal,
} from './define';
import type { Order } from './index';
import { rewardWords, supportWords } from './reward-words';

export const EXTRADITE = orderShape('extradite', { obligation: ref('an obligation id') });
export const SHELTER = orderShape('shelter', { obligation: ref('an obligation id') });
export const STAGE_ESCAPE = orderShape('stage-escape', { obligation: ref('an obligation id') });

type Decision = 'extradite' | 'shelter' | 'stage-escape';

/** The checks of a decision on a fugitive. */
function decision(
  state: GameState,
  party: Party,
  order: { type: Decision; obligation: string },
  queued: readonly Order[],
): OrderError | null {
  const ob = state.obligations.find((o) => o.id === order.obligation);
  if (ob?.kind !== 'extradition') {
    return refusal('order/unknown-obligation', `There is no extradition demand ${order.obligation}.`);
  }
  if (ob.debtor !== party) return refusal('order/not-yours', `${ob.fugitive} is not in your hands.`);
  if (ob.decision === 'extradited' || ob.decision === 'escaped') {
    return refusal('order/decided', `${ob.fugitive}'s fate is already decided.`);
  }
  if (order.type === 'shelter' && ob.decision === 'sheltered') {
    return refusal('order/decided', `You already shelter ${ob.fugitive}.`);
  }
  // Rules version 25: a hero sheltered in the open cannot vanish unseen (playtest 37 found shelter,
  // then an escape, better than either alone: the cheers went on and the sure breach became covert).
  if (order.type === 'stage-escape' && ob.decision === 'sheltered') {
    return refusal(
      'order/decided',
      `You shelter ${ob.fugitive} in the open: every eye is on them, and no escape can be staged. Keep them past the deadline, or hand them over.`,
    );
  }
  // Any order on the same obligation: one decision a year.
  if (queued.some((q) => 'obligation' in q && q.obligation === ob.id)) {
    return refusal('order/duplicate', `You already decided on ${ob.fugitive} this year.`);
  }
  return null;
}

/**
 * The support at home an order costs `party` at once when the year resolves (article-v.ts): a hero
 * sheltered and handed over after all (`lasting.heroHandedOver`), a Klingon extradition
 * (`support.klingonExtradition`); 0 for any other order. The End question reads it (a playtest's
 * hand-over ended its game in year ten, unasked: src/game/ui/end-year.ts `ordersFall`).
 */
export function supportLostAtOnce(s: GameState, party: Party, order: Order): number {
  if (order.type !== 'extradite') return 0;
  const ob = s.obligations.find((o) => o.id === order.obligation);
  if (ob?.kind !== 'extradition' || ob.debtor !== party) return 0;
  if (ob.decision === 'sheltered') return s.rules.lasting.heroHandedOver;
  return party === 'klingon' ? Math.max(0, -s.rules.support.klingonExtradition) : 0;
}

export const extradite: OrderDefinition<'extradite'> = {
  shape: EXTRADITE,
  step: 'fugitiveDecisions',
  cost: noCost,
  check: decision,
  describe: (state, _party, order) => `Extradite ${fugitiveOf(state, order.obligation)}`,
  // Its standing as the year pays it, and what it costs at home (the playtest read "free" on a card
  // whose every report charged −5 support: article-v.ts, a Klingon extradition).
  effect: (s, party, order) => {
    const ob = s.obligations.find((o) => o.id === order.obligation);
    if (ob?.kind === 'extradition' && ob.decision === 'sheltered') {
      const lost = supportLostAtOnce(s, party, order);
      const support = powerOf(s, party).support;
      // A loss that brings the government down says so (rules version 23 made it one of 60), and
      // what it leaves otherwise (playtest 38: from 61 it leaves 1, and the card said nothing).
      const fall =
        support <= lost
          ? ` Your support is ${support}: it falls to 0, and your government falls unless the year's other gains lift it first.`
          : ` Your support would fall from ${support} to ${support - lost}.`;
      // The hero's cheers end with it (playtest 38 could not tell).
      const hero = s.heroes.find((h) => h.obligation === ob.id);
      const cheers =
        hero && hero.until > s.year
          ? ` The hero's cheers at home (+${s.rules.lasting.heroSupport} support a year ${untilYear(s, hero.until)}) end.`
          : '';
      return `The hero you sheltered is handed over late: no credit for it, and −${lost} support at home.${fall}${cheers}`;
    }
    const standing = rewardWords(s, party, 'V/extradition', s.rules.rewards.extradition);
    const home = party === 'klingon' ? s.rules.support.klingonExtradition : 0;
    const support =
      home < 0
        ? `; −${-home} support at home: many call it dishonour`
        : home > 0
          ? `; +${home} support at home`
          : '';
    return `The fugitive is handed over: Article V is kept, ${standing}${support}.`;
  },
  breaches: [],
};

export const shelter: OrderDefinition<'shelter'> = {
  shape: SHELTER,
  step: 'fugitiveDecisions',
  cost: noCost,
  check: decision,
  describe: (state, _party, order) => `Shelter ${fugitiveOf(state, order.obligation)}`,
  // Playtest 25 read "+4 support a year" and got +2 the first year: defiance pays now, the hero's
  // cheers from the next year.
  effect: (s, party) => {
    const sup = s.rules.support;
    const now = party === 'klingon' ? sup.klingonDefiance : sup.federationDefiance;
    const from = s.rules.lasting;
    const support = powerOf(s, party).support;
    // At 100 the cheers add nothing while it stays there (playtest 38 read "+4 support a year" at 100).
    const high =
      support >= 100
        ? ' (support is at 100: they add nothing while it stays there)'
        : support + now > sup.highLine
          ? ` (above ${sup.highLine} a gain counts half)`
          : '';
    return `The fugitive stays with you as a hero: ${now > 0 ? `${supportWords(s, party, now)} for the defiance this year, then ` : ''}+${from.heroSupport} support a year ${heroYears(s)}${high}; past the deadline it is an open Article V violation, and handing the hero over later costs −${from.heroHandedOver} support.${grudgeWords(s, party)}`;
  },
  breaches: [
    open(
      'V/shelter',
      'Sheltering the fugitive is a violation once the extradition deadline passes.',
      false,
      'deadline',
    ),
  ],
};

export const stageEscape: OrderDefinition<'stage-escape'> = {
  shape: STAGE_ESCAPE,
  step: 'fugitiveDecisions',
  cost: noCost,
  check: decision,
  describe: (state, _party, order) => `Stage the escape of ${fugitiveOf(state, order.obligation)}`,
  // Playtest 35 read no gain on the row, and the report's "+2 … to quiet applause". Only a fugitive
  // not yet sheltered can escape (rules version 25: see `decision`).
  effect: (s, party) => {
    const sup = s.rules.support;
    const now = party === 'klingon' ? sup.klingonDefiance : sup.federationDefiance;
    const cheer = now > 0 ? `: ${supportWords(s, party, now)} for the defiance` : '';
    return `The fugitive slips away, and no one knows you helped, unless it is seen${cheer}. The matter is closed: no deadline to break, and no hero at home to cheer.`;
  },
  breaches: [covert('V/escape', 'Staging the fugitive’s escape.')],
};

/**
 * The years a hero sheltered now cheers, from next year: "for 20 years from next year", "from next
 * year for the rest of the game", or none when next year is not played.
 */
function heroYears(s: GameState): string {
  if (s.year + 1 >= s.lastYear) return `from ${s.year + 1}, a year the game does not play`;
  const years = forYears(s, s.year, s.rules.lasting.heroYears);
  return years.startsWith('for the rest') ? `from next year ${years}` : `${years} from next year`;
}

/**
 * What the other power remembers of a shelter, before it is given (playtest 36 read the grudge, and
 * the gratitude it ended, only in the report): its grudge's years and weight, and the gratitude lost.
 */
function grudgeWords(s: GameState, party: Party): string {
  const g = grudgeFor(s.rules, 'shelter');
  if (g.years <= 0) return '';
  const other = otherParty(party);
  const held = debtOf(s, other, party);
  const lost =
    held?.kind === 'gratitude'
      ? `; it ends the gratitude ${PARTY_NAMES[other]} holds towards you (which would have lasted ${untilYear(s, held.until)})`
      : '';
  return ` ${PARTY_TITLES[other]} holds a grudge against you ${untilYear(s, s.year + g.years)}${grudgeTerms(g.percent, PARTY_NAMES[other], 'you')}${lost}.`;
}

/** The fugitive an extradition obligation is about, by name (the screen and the report read it). */
function fugitiveOf(state: GameState, obligation: string): string {
  const ob = state.obligations.find((o) => o.id === obligation);
  return ob?.kind === 'extradition' ? ob.fugitive : 'the fugitive';
}
