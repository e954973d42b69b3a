// What a power can see: the whole public state, its own secrets, and none of the other's. The
// other's reserves are known only through espionage; its unseen covert acts are not there at all.
// A copy sharing what it does not hide (`sharedCopy`: the state's own shape, so the rules' functions
// the AI calls read a view as fast as a state); the AI treats it as read-only.
import { sharedCopy } from '../game';
import { type GameState, otherParty, type Party, type PowerState, powerOf } from '../types';

/** Reserves shown for the other power when no intelligence reports them. */
export const UNKNOWN = -1;

export function viewFor(s: GameState, party: Party): GameState {
  const mine = powerOf(s, party);
  const theirs = seenPower(powerOf(s, otherParty(party)), mine.intel?.reserves ?? UNKNOWN);
  const v = sharedCopy(s);
  v.powers =
    party === 'federation' ? { federation: mine, klingon: theirs } : { federation: theirs, klingon: mine };
  v.covert = s.covert.filter((c) => c.party === party || c.detected);
  return v;
}

/**
 * The other power as seen: its reserves as reported (or `UNKNOWN`), its intelligence and controller
 * hidden, the rest shared (read-only, like the view). The fields in `copyPower`'s order: one shape.
 */
function seenPower(p: PowerState, reserves: number): PowerState {
  return {
    standing: p.standing,
    support: p.support,
    reserves,
    startIndustry: p.startIndustry,
    lastIndustry: p.lastIndustry,
    embassy: p.embassy,
    controller: 'unknown',
    leaders: p.leaders,
    intel: null,
    startWorlds: p.startWorlds,
    banked: p.banked,
    addressYears: p.addressYears,
    passageUntil: p.passageUntil,
    grievance: p.grievance,
    embassyClosed: p.embassyClosed,
    quietYears: p.quietYears,
  };
}
