// The powers' names on the screen come from the core's one declaration (PARTY_NAMES, PARTY_TITLES).
import { type GameState, isParty, PARTY_NAMES, PARTY_TITLES, type Party } from '../../sim/index';

export { PARTY_NAMES, PARTY_TITLES };

/** The name as a label, without its article: "Klingon Empire standing". */
export function partyLabel(party: Party): string {
  return PARTY_TITLES[party].replace(/^The /, '');
}

/** The class that colours a power's name. */
export function partyClass(party: Party): 'fed' | 'kli' {
  return party === 'federation' ? 'fed' : 'kli';
}

/**
 * A sentence starts with a capital, even when it starts with a name that does not ("the Klingon
 * Empire presses its claim"): the core's event texts put names first.
 */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who holds a world or a fleet, by name: a power, a third power, or no one. */
export function ownerName(state: Pick<GameState, 'thirdPowers'>, owner: string | null): string {
  if (owner === null) return 'unclaimed';
  if (isParty(owner)) return partyLabel(owner);
  return state.thirdPowers.find((t) => t.id === owner)?.name ?? owner;
}
