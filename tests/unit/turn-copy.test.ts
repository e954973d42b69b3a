// The copy a turn starts from shares the lists a year seldom changes (the fleets, the covert acts,
// the heroes) with the state before it; the turn copies such a list on its first change to it, so
// the state before is never changed, and an unchanged list stays the same object (the state hash
// then takes its words again: src/sim/hash.ts `sharedList`).
import { describe, expect, it } from 'vitest';
import { addFleet, createContext, ownCovert, ownFleet } from '../../src/sim/context';
import { turnCopy } from '../../src/sim/game';
import type { CovertAct, GameState } from '../../src/sim/index';
import { miniGame, turn } from './fixtures';

const act: CovertAct = {
  id: 'c2300-f1',
  party: 'federation',
  article: 'I',
  code: 'I/covert',
  year: 2300,
  base: 10,
  detected: false,
  text: 'A covert act.',
  war: null,
};

function withAct(): GameState {
  const s = miniGame();
  s.covert = [act];
  return s;
}

describe('turnCopy', () => {
  it('shares the fleets, the covert acts and the heroes, and copies the lists changed in place', () => {
    const s = withAct();
    const c = turnCopy(s);
    expect(c.fleets).toBe(s.fleets);
    expect(c.covert).toBe(s.covert);
    expect(c.heroes).toBe(s.heroes);
    expect(c.systems).not.toBe(s.systems);
    expect(c.obligations).not.toBe(s.obligations);
    expect(c.powers.federation).not.toBe(s.powers.federation);
  });

  it('copies the fleets’ list on the turn’s first change to a fleet, once, and leaves the state before alone', () => {
    const s = withAct();
    const before = structuredClone(s.fleets);
    const list = s.fleets;
    const c = turnCopy(s);
    const ctx = createContext(c);
    const [first, second] = c.fleets;
    if (!first || !second) throw new Error('fixture: two fleets');
    const own = ownFleet(ctx, first);
    own.strength += 5;
    expect(c.fleets).not.toBe(list);
    const copied = c.fleets;
    expect(ownFleet(ctx, own)).toBe(own);
    ownFleet(ctx, second).location = 'organia';
    addFleet(ctx, { id: 'new', owner: 'federation', location: 'sol', strength: 1 });
    // One copy of the list for the whole turn; the state before keeps its list and its fleets.
    expect(c.fleets).toBe(copied);
    expect(c.fleets.map((f) => f.id)).toEqual([...before.map((f) => f.id), 'new']);
    expect(c.fleets[0]?.strength).toBe(first.strength + 5);
    expect(s.fleets).toBe(list);
    expect(s.fleets).toEqual(before);
  });

  it('copies the covert acts on the turn’s first change to them, and leaves the state before alone', () => {
    const s = withAct();
    const c = turnCopy(s);
    const ctx = createContext(c);
    const mine = ownCovert(ctx);
    expect(mine).not.toBe(s.covert);
    expect(ownCovert(ctx)).toBe(mine);
    mine.push({ ...act, id: 'c2300-f2' });
    expect(s.covert).toEqual([act]);
    expect(c.covert.map((a) => a.id)).toEqual(['c2300-f1', 'c2300-f2']);
  });

  it('keeps a list the year did not change as the same object, and replaces one it changed', () => {
    const s = miniGame();
    const quiet = turn(s, {}).state;
    expect(quiet.covert).toBe(s.covert);
    expect(quiet.heroes).toBe(s.heroes);
    const built = turn(quiet, { federation: [{ type: 'build', system: 'sol', ships: 1 }] }).state;
    expect(built.fleets).not.toBe(quiet.fleets);
    expect(quiet.fleets).toEqual(s.fleets);
  });
});
