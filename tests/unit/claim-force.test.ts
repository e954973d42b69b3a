// A dispute's card on a world the rival holds says when and how the claim may be pressed by force
// (playtest 35: the card said the claimant "may instead seize it", and the seizure was refused two
// years running: the holder's year to answer, then its fleet there). The line says what the rules do.
import { describe, expect, it } from 'vitest';
import { claimByForceLine } from '../../src/game/ui/claims';
import { type GameState, validateOrder } from '../../src/sim/index';
import { addEvents, miniGame } from './fixtures';

const EVENT = 'e2300-t0';
const held = (owner: 'federation' | null) =>
  miniGame((s) => {
    const archanis = s.map.systems.find((x) => x.id === 'archanis');
    if (archanis) archanis.owner = owner;
    addEvents(s, { year: 2300, type: 'dispute', system: 'archanis', claimant: 'klingon' });
  });
const seize = { type: 'seize', system: 'archanis' } as const;

describe('the line of a claim on a world the rival holds', () => {
  it('tells the claimant it waits a year, and the holder what answers it', () => {
    const g = held('federation');
    expect(g.claims).toEqual([expect.objectContaining({ eventId: EVENT, claimant: 'klingon', since: 2300 })]);
    expect(claimByForceLine(g, 'klingon', EVENT)).toBe(
      'The Federation holds Archanis IV: your claim may be pressed by force from 2301 (a seizure, an open breach of Article VI), and only while no fleet of the Federation lies there; otherwise taking it is an attack.',
    );
    expect(claimByForceLine(g, 'federation', EVENT)).toBe(
      'You hold Archanis IV: the Klingon Empire may seize it by force from 2301, while no fleet of yours lies there. A fleet stationed there stops a seizure, not the arbiters: the Klingon Empire may take the claim to them alone, and a ruling against you asks you to hand the world over.',
    );
    // As the rules have it: refused this year.
    expect(validateOrder(g, 'klingon', seize).ok).toBe(false);
  });

  it('says "this year" once the year has passed, and names a fleet of the holder standing there', () => {
    const g = held('federation');
    const next: GameState = { ...g, year: 2301 };
    expect(claimByForceLine(next, 'klingon', EVENT)).toContain('may be pressed by force this year');
    expect(validateOrder(next, 'klingon', seize).ok).toBe(true);
    const guarded: GameState = {
      ...next,
      fleets: next.fleets.map((f) => (f.id === 'f1' ? { ...f, location: 'archanis' } : f)),
    };
    expect(claimByForceLine(guarded, 'klingon', EVENT)).toMatch(
      /A fleet of the Federation lies there now\.$/,
    );
    expect(claimByForceLine(guarded, 'federation', EVENT)).toMatch(
      /A fleet of yours lies there now: it stops a seizure\.$/,
    );
    expect(validateOrder(guarded, 'klingon', seize).ok).toBe(false);
  });

  it('says nothing of an empty world: the card’s own words hold', () => {
    const g = held(null);
    expect(g.claims).toHaveLength(1);
    expect(claimByForceLine(g, 'klingon', EVENT)).toBeNull();
    expect(validateOrder(g, 'klingon', seize).ok).toBe(true);
  });
});
