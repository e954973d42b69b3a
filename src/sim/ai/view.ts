// What a power can see: the whole public state, its own secrets, and none of the other's. The
// other's reserves are known only through espionage; its unseen covert acts are not there at all.
// A shallow copy: the view shares what it does not hide, and the AI treats it as read-only.
import { type GameState, otherParty, type Party, powerOf } from '../types';

/** Reserves shown for the other power when no intelligence reports them. */
export const UNKNOWN = -1;

export function viewFor(s: GameState, party: Party): GameState {
  const other = otherParty(party);
  const mine = powerOf(s, party);
  const theirs = {
    ...powerOf(s, other),
    reserves: mine.intel?.reserves ?? UNKNOWN,
    intel: null,
    controller: 'unknown',
  };
  return {
    ...s,
    powers:
      party === 'federation' ? { federation: mine, klingon: theirs } : { federation: theirs, klingon: mine },
    covert: s.covert.filter((c) => c.party === party || c.detected),
  };
}
