// A claim on a world its rival holds, in a line under the dispute's card: when and how it may be
// pressed by force (playtest 35: the card's words said the claimant "may instead seize it", and the
// seizure was refused two years running, first for the holder's year to answer, then for its fleet).
import { type GameState, otherParty, type Party } from '../../sim/index';
import { el } from './dom';
import { PARTY_NAMES, PARTY_TITLES } from './names';

/** The line for the dispute card of `eventId`, as `party` reads it; null when the card's words hold. */
export function claimByForceLine(s: GameState, party: Party, eventId: string): string | null {
  const claim = s.claims.find((c) => c.eventId === eventId && c.kind === 'territory');
  if (!claim || claim.system === null || claim.claimant === null) return null;
  const sys = s.systems.find((x) => x.id === claim.system);
  const holder = otherParty(claim.claimant);
  // An empty world is seized as the card says; a third power's is no one's to award.
  if (!sys || sys.owner !== holder) return null;
  const from = claim.since + 1;
  const when = from <= s.year ? 'this year' : `from ${from}`;
  const guarded = s.fleets.some((f) => f.owner === holder && f.location === sys.id);
  if (party === claim.claimant)
    return `${PARTY_TITLES[holder]} holds ${sys.name}: your claim may be pressed by force ${when} (a seizure, an open breach of Article VI), and only while no fleet of ${PARTY_NAMES[holder]} lies there; otherwise taking it is an attack.${guarded ? ` A fleet of ${PARTY_NAMES[holder]} lies there now.` : ''}`;
  // A fleet stops a seizure, not the arbiters (playtest 39 read "A fleet stationed there, or the
  // arbiters, answer the claim" and saw the Empire win the world by arbitration, its fleet withdrawn).
  const claimant = PARTY_NAMES[claim.claimant];
  return `You hold ${sys.name}: ${claimant} may seize it by force ${when}, while no fleet of yours lies there. A fleet stationed there stops a seizure, not the arbiters: ${claimant} may take the claim to them alone, and a ruling against you asks you to hand the world over.${guarded ? ' A fleet of yours lies there now: it stops a seizure.' : ''}`;
}

/** The dispute card's line of a claim on a world the rival holds, or nothing. */
export function claimLine(s: GameState, party: Party, eventId: string): HTMLElement | null {
  const line = claimByForceLine(s, party, eventId);
  return line ? el('div', { class: 'dim', testid: 'claim-force' }, line) : null;
}
