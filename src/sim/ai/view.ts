// What a power can see: the whole public state, its own secrets, and none of the other's. The
// other's reserves are known only through espionage; its unseen covert acts are not there at all.
// A copy sharing what it does not hide (`sharedCopy`: the state's own shape, so the rules' functions
// the AI calls read a view as fast as a state); the AI treats it as read-only.
import { copyPower, sharedCopy } from '../game';
import { type GameState, otherParty, type Party, powerOf } from '../types';

/** Reserves shown for the other power when no intelligence reports them. */
export const UNKNOWN = -1;

export function viewFor(s: GameState, party: Party): GameState {
  const mine = powerOf(s, party);
  const theirs = copyPower(powerOf(s, otherParty(party)));
  theirs.reserves = mine.intel?.reserves ?? UNKNOWN;
  theirs.intel = null;
  theirs.controller = 'unknown';
  const v = sharedCopy(s);
  v.powers =
    party === 'federation' ? { federation: mine, klingon: theirs } : { federation: theirs, klingon: mine };
  v.covert = s.covert.filter((c) => c.party === party || c.detected);
  return v;
}
