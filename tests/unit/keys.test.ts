// N and P (src/game/ui/keys.ts nextOwnWorld): the player's own worlds, as the README says, in turn.
import { describe, expect, it } from 'vitest';
import { nextOwnWorld } from '../../src/game/ui/keys';

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
});
