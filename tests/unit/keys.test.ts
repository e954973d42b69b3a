// N and P (src/game/ui/keys.ts nextOwnWorld): the player's own worlds, as the README says, in turn;
// Shift+N and Shift+P (nextWorld): every world; and the keys' table, the README's and How to win's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAME_KEYS, nextOwnWorld, nextWorld } from '../../src/game/ui/keys';

const worlds = [
  { id: 'sol', owner: 'federation' },
  { id: 'shermans-planet', owner: null },
  { id: 'qonos', owner: 'klingon' },
  { id: 'vulcan', owner: 'federation' },
  { id: 'capella-iv', owner: null },
  { id: 'k7', owner: 'federation' },
];

describe('N and P', () => {
  // The playtest's N went to Sherman's Planet while unclaimed, and to Capella IV.
  it('step through the player’s own worlds only, round and back', () => {
    const seen: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < 4; i++) {
      at = nextOwnWorld(worlds, 'federation', at, 1)?.id ?? null;
      seen.push(at ?? '');
    }
    expect(seen).toEqual(['sol', 'vulcan', 'k7', 'sol']);
    expect(nextOwnWorld(worlds, 'federation', 'sol', -1)?.id).toBe('k7');
    // From a world not its own (selected by a click), N goes to its first, P to its last.
    expect(nextOwnWorld(worlds, 'federation', 'capella-iv', 1)?.id).toBe('sol');
    expect(nextOwnWorld(worlds, 'federation', null, -1)?.id).toBe('k7');
    expect(nextOwnWorld(worlds, 'romulan', null, 1)).toBeNull();
  });

  // A keyboard player could select no world of the other power's, nor a third power's, yet attacks,
  // claims, arbitration and aid name them.
  it('with Shift, step through every world in the map’s order, whoever holds it, round and back', () => {
    const seen: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < worlds.length + 1; i++) {
      at = nextWorld(worlds, at, 1)?.id ?? null;
      seen.push(at ?? '');
    }
    expect(seen).toEqual([...worlds.map((w) => w.id), 'sol']);
    expect(nextWorld(worlds, 'sol', -1)?.id).toBe('k7');
    expect(nextWorld(worlds, 'qonos', -1)?.id).toBe('shermans-planet');
    expect(nextWorld(worlds, null, -1)?.id).toBe('k7');
    expect(nextWorld(worlds, 'gone', 1)?.id).toBe('sol');
    expect(nextWorld([], null, 1)).toBeNull();
    // N from the other power's world, reached by Shift+N, comes back to the player's own.
    expect(
      nextOwnWorld(worlds, 'federation', nextWorld(worlds, 'shermans-planet', 1)?.id ?? null, 1)?.id,
    ).toBe('sol');
  });
});

describe('the keys', () => {
  it('are the README’s keys table, row for row (How to win lists the same)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| key | action |'));
    const rows = table
      .slice(0, table.indexOf('\n\n'))
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split(' | ')
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(GAME_KEYS.map(([k, a]) => [k, a]));
    expect(GAME_KEYS.some(([k]) => k.includes('`Shift`+`N`'))).toBe(true);
  });
});
