// The names the screens read ids by (src/game/ui/names.ts): fleets sail under names of their own,
// kept when they move, distinct for each owner's fleets, and a move says from where to where.
import { describe, expect, it } from 'vitest';
import { fleetNames, named } from '../../src/game/ui/names';
import { createGame, describeOrder, type GameState } from '../../src/sim/index';
import { builtin, turn } from './fixtures';

function campaign(): GameState {
  const r = createGame(builtin('khitomer-accords'), {
    seed: 'names',
    controllers: { federation: 'human', klingon: 'human' },
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('fleet names', () => {
  it('give every fleet a name of its own, distinct among its owner’s, without its id or its place', () => {
    const s = campaign();
    const names = fleetNames(s);
    expect(names.size).toBe(s.fleets.length);
    for (const f of s.fleets) {
      const name = names.get(f.id) ?? '';
      expect(name).not.toContain(f.id);
      // A power's fleet is not named for where it lies (a third power's names its owner, whose
      // home world may share the word).
      const place = s.systems.find((x) => x.id === f.location)?.name ?? '';
      if (f.owner === 'federation' || f.owner === 'klingon') expect(name).not.toContain(place);
    }
    for (const owner of new Set(s.fleets.map((f) => f.owner))) {
      const mine = s.fleets.filter((f) => f.owner === owner).map((f) => names.get(f.id));
      expect(new Set(mine).size).toBe(mine.length);
    }
    expect(names.get('fed-home')).toMatch(/^the [A-Z][\w']* Task Force$/);
    expect(names.get('kdf-home')).toMatch(/^the [A-Z][\w']* Squadron$/);
    expect(names.get('rom-romulus')).toMatch(/^the Romulan Star Empire fleet [A-Z][a-z]+$/);
  });

  it('keep a fleet’s name when it moves, and the move says from where to where', () => {
    const s = campaign();
    const before = fleetNames(s).get('fed-home');
    const order = { type: 'move' as const, fleet: 'fed-home', to: 'vulcan' };
    const said = named(s, describeOrder(s, 'federation', order));
    expect(said).toBe(`${before?.replace(/^the/, 'The')} moves from Sol to Vulcan`);
    const after = turn(s, { federation: [order] }).state;
    expect(after.fleets.find((f) => f.id === 'fed-home')?.location).toBe('vulcan');
    expect(fleetNames(after).get('fed-home')).toBe(before);
  });

  it('name a third power’s fleet and its owner once, not twice', () => {
    const s = campaign();
    const said = named(s, 'Fleet kdf-home attacks fleet rom-romulus (romulan) at Romulus');
    expect(said).toMatch(
      /^The [A-Z][\w']* Squadron attacks the Romulan Star Empire fleet [A-Z][a-z]+ at Romulus$/,
    );
  });
});
