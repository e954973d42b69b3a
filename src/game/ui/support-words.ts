// Support at home in words: what each government wants, what it punishes, and what an address to
// the council would give this year. The playtest watched support slide and found no screen that
// said how to raise it (docs/RULES.md section 13 is the reference these sentences follow).
import { addressGain, type GameState, type Party } from '../../sim/index';
import { el } from './dom';
import { signed } from './numbers';

/** What support is, in one sentence (the HUD's tooltip and How to win say it). */
export const SUPPORT_IS =
  'Support is your government’s backing at home, 0 to 100: at 0 it falls, and a player whose government falls loses.';

/** What raises the support of `party`'s government, by the rules of this game. */
export function supportWants(s: GameState, party: Party): string[] {
  const r = s.rules.support;
  const hero = `a sheltered fugitive cheered as a hero (${signed(s.rules.lasting.heroSupport)} a year)`;
  const refused = `reparations refused (${signed(s.rules.answers.refuseSupport)})`;
  return party === 'klingon'
    ? [
        `battles won (${signed(r.klingonBattleWon)})`,
        // A world the arbiters award is gained too, but the council cheers only one taken (RULES.md 13).
        `worlds seized or conquered (${signed(r.klingonSystemGained)})`,
        `defiance: a fugitive sheltered or helped to escape (${signed(r.klingonDefiance)})`,
        hero,
        refused,
      ]
    : [
        `a year of growth ahead of the Empire (${signed(r.federationGrowth)})`,
        `aid given, to a disaster or against a war (${signed(r.federationAidGiven)} an order)`,
        `a fugitive sheltered or helped to escape (${signed(r.federationDefiance)})`,
        hero,
        refused,
      ];
}

/** What lowers it. */
export function supportCosts(s: GameState, party: Party): string[] {
  const r = s.rules.support;
  const own =
    party === 'klingon'
      ? [
          `a world lost (${signed(r.klingonSystemLost)})`,
          `a fugitive extradited (${signed(r.klingonExtradition)})`,
        ]
      : [
          `a world the Empire takes, or a third power takes in a year you struck none of its worlds or fleets (${signed(r.federationAttackUnanswered)})`,
          `a covert act exposed (${signed(r.federationExposedCovert)})`,
        ];
  return [
    ...own,
    `a sheltered hero handed over after all (${signed(-s.rules.lasting.heroHandedOver)})`,
    // Rules version 25: one ship a year no longer quiets them (playtest 37).
    `the hawks' complaints when they come, unless the year before gained a world or built ${r.hawksShips} ships or more`,
    `every year the Accords are strained or suspended (${signed(r.strainedPerYear)}); strained, not suspended, they spare a government whose standing is ${s.rules.treaty.strainedBelow} or more and that answered the other's breaches that year (a demand for reparations, sanctions) or keeps its embassy recalled in protest`,
  ];
}

/** The drift, the address, and the fall, by the rules of this game, for `party` this year. */
export function supportUpkeep(s: GameState, party: Party): string {
  const r = s.rules.support;
  const gain = addressGain(s, party);
  const address =
    gain > 0
      ? `An address to the council gives ${signed(gain)} this year`
      : 'An address to the council gives nothing more this decade';
  const high = r.highLine < 100 ? ` Above ${r.highLine}, a gain counts half.` : '';
  return `In a year that brings your government none of what it wants, support above ${r.restLevel} ebbs by ${r.drift}.${high} ${address} (${r.address} at first, ${r.addressLessEach} less for each address in the ten years before).`;
}

/** The HUD's tooltip on support: what it is, and what raises it. */
export function supportTip(s: GameState, party: Party): string {
  return `${SUPPORT_IS} ${councilOf(party)} wants ${supportWants(s, party).join(', ')}. More in How to win (H).`;
}

function councilOf(party: Party): string {
  return party === 'klingon' ? 'The High Council' : 'The Federation Council';
}

/** The How to win panel's section on support, for `party`. */
export function supportSection(s: GameState, party: Party): HTMLElement {
  return el(
    'div',
    { testid: 'support-explained' },
    el('h3', {}, 'Support at home: what your government wants'),
    el('p', {}, `${SUPPORT_IS} Yours stands at ${s.powers[party].support}.`),
    el('p', {}, `${councilOf(party)} wants ${supportWants(s, party).join('; ')}.`),
    el('p', {}, `It punishes ${supportCosts(s, party).join('; ')}.`),
    el('p', {}, supportUpkeep(s, party)),
  );
}

/** Years back the support's fall is read over, for its warning. */
const FALL_YEARS = 10;

/**
 * A government in danger of falling, in words, or null: support below twice
 * `influence.lowSupportBelow`, or falling fast enough over the last ten years to reach 0 before the
 * last year. Playtest 40's faithful Empire fell from 100 to 11 in seventy years (extraditions, the
 * hawks, the ebb) while How to win said "Grand Parade now" and the HUD showed the number plain.
 */
export function supportDanger(s: GameState, party: Party): string | null {
  if (s.phase === 'ended' || s.result) return null;
  const now = s.powers[party].support;
  let then: number | null = null;
  let years = 0;
  // A year's record holds its end; the support now is that of the end of the year before this one.
  for (const h of s.history) {
    if (h.year < s.year - 1 - FALL_YEARS) continue;
    then = h.support[party];
    years = s.year - 1 - h.year;
    break;
  }
  const fell = then === null ? 0 : then - now;
  const perYear = years > 0 ? fell / years : 0;
  const zeroIn = perYear > 0 ? Math.ceil(now / perYear) : null;
  const soon = zeroIn !== null && s.year + zeroIn <= s.lastYear;
  if (!soon && now >= 2 * s.rules.influence.lowSupportBelow) return null;
  const trend =
    fell > 0
      ? ` It fell ${fell} in your last ${years} years${soon ? `: at that pace it reaches 0 about ${s.year + (zeroIn ?? 0)}` : ''}.`
      : '';
  return `Your government's support is ${now}: at 0 it falls, and you lose the game whatever your score.${trend}`;
}
