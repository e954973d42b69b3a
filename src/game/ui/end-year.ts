// An obligation due this year that the orders queued leave unmet, said beside End the year with its
// cost (the playtest pressed Enter in 2294 with 20 reserves of aid due and none given: −6 standing
// and a grudge, unwarned). It is said, not asked: End and Enter still end the year at once (a
// question before every such year is not built).
import {
  type GameState,
  isParty,
  type Order,
  otherParty,
  PARTY_NAMES,
  type Party,
  violationCost,
} from '../../sim/index';
import { given } from './aid';
import { ownerName } from './names';

/**
 * The obligations of `party` whose deadline is this year and that the orders queued leave unmet,
 * each in a sentence with its cost. Aid to a disaster on the other power's world is the one duty a
 * year can end on by default (the other answers are orders the player gives or not).
 */
export function dueUnmet(s: GameState, party: Party, queued: readonly Order[]): string[] {
  const out: string[] = [];
  for (const ob of s.obligations) {
    if (ob.kind !== 'aid' || ob.deadline !== s.year || !isParty(ob.victim) || ob.victim === party) continue;
    const has = given(ob, party, queued);
    if (has >= ob.need) continue;
    const where = ob.system
      ? (s.systems.find((x) => x.id === ob.system)?.name ?? 'its world')
      : ownerName(s, ob.victim);
    const cost = violationCost(s, party, 'IV/aid-short');
    const grudge = s.rules.lasting.grudgeYears;
    out.push(
      `Aid for ${where} is due by the end of ${s.year}: ${has} of ${ob.need} reserves given or ordered. Left short, it breaks Article IV: −${cost} standing${grudge > 0 ? `, and ${PARTY_NAMES[otherParty(party)]} holds a grudge for ${grudge} years` : ''}.`,
    );
  }
  return out;
}
