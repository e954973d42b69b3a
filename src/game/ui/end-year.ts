// An obligation due this year that the orders queued leave unmet, said beside End the year with its
// cost (the playtest pressed Enter in 2294 with 20 reserves of aid due and none given: −6 standing
// and a grudge, unwarned), and asked before the year ends (playtest 20: warned is not asked; the
// question is the galaxy scene's, aid-question.ts).
import {
  describeOrder,
  forYears,
  type GameState,
  isParty,
  type Order,
  otherParty,
  PARTY_NAMES,
  type Party,
  supportLostAtOnce,
  violationCost,
} from '../../sim/index';
import { given } from './aid';
import { ownerName } from './names';
import { num } from './numbers';

/** Aid of `party`'s due by the end of this year and left short by the orders queued. */
export interface AidShort {
  /** The obligation's id: the aid orders' `target`. */
  obligation: string;
  /** What is given and ordered, of the need. */
  has: number;
  need: number;
  /** The sentence: what is short, and what it costs (the rules' own cost, read). */
  text: string;
}

/**
 * The obligations of `party` whose deadline is this year and that the orders queued leave unmet,
 * each with its sentence and its cost. Aid to a disaster on the other power's world is the one duty a
 * year can end on by default (the other answers are orders the player gives or not).
 */
export function aidShort(s: GameState, party: Party, queued: readonly Order[]): AidShort[] {
  const out: AidShort[] = [];
  for (const ob of s.obligations) {
    if (ob.kind !== 'aid' || ob.deadline !== s.year || !isParty(ob.victim) || ob.victim === party) continue;
    const has = given(ob, party, queued);
    if (has >= ob.need) continue;
    const where = ob.system
      ? (s.systems.find((x) => x.id === ob.system)?.name ?? 'its world')
      : ownerName(s, ob.victim);
    const cost = violationCost(s, party, 'IV/aid-short');
    const grudge = s.rules.lasting.grudgeYears;
    out.push({
      obligation: ob.id,
      has,
      need: ob.need,
      text: `Aid for ${where} is due by the end of ${s.year}: ${has} of ${ob.need} reserves given or ordered. Left short, it breaks Article IV: ${num(-cost)} standing${grudge > 0 ? `, and ${PARTY_NAMES[otherParty(party)]} holds a grudge ${forYears(s, s.year, grudge)}` : ''}.`,
    });
  }
  return out;
}

/** `aidShort`'s sentences, said beside End. */
export function dueUnmet(s: GameState, party: Party, queued: readonly Order[]): string[] {
  return aidShort(s, party, queued).map((a) => a.text);
}

/**
 * The orders queued that may bring `party`'s own government down when the year resolves, said as a
 * sentence, or null: the support they cost at once (sim `supportLostAtOnce`) takes it to 0, or leaves
 * no more than the strained Accords take at the year's end; a player's fallen government ends the
 * game. "May": support is judged at step i, and the year's other gains (a second hero's cheers, an
 * address) and losses count first. A playtest handed a sheltered hero over in its tenth year, read
 * "your government would fall" only in the row's small print, and lost the game on End.
 */
export function ordersFall(s: GameState, party: Party, queued: readonly Order[]): string | null {
  let lost = 0;
  const which: string[] = [];
  for (const o of queued) {
    const l = supportLostAtOnce(s, party, o);
    if (l <= 0) continue;
    lost += l;
    which.push(`${describeOrder(s, party, o)} (−${l})`);
  }
  if (lost === 0) return null;
  const support = s.powers[party].support;
  const strain = s.status === 'in-force' ? 0 : Math.max(0, -s.rules.support.strainedPerYear);
  const left = Math.max(0, support - lost);
  if (left - strain > 0) return null;
  const strained = left > 0 ? `, and the strained Accords take ${strain} more at the year's end` : '';
  return `Your government may fall, and the game end: ${which.join(', ')} takes your support from ${support} to ${left}${strained}. A government whose support is 0 when the year's support is judged falls, unless the year's other gains lift it first.`;
}
