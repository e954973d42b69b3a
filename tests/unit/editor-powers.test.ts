// The powers the editor's Fleet and Owner tools place (src/game/editor/powers.ts): only those the
// scenario has, one option each, and the one chosen kept in step as third powers change.
import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/editor/index';
import { mayPlace, placeablePowers, powerKept, thirdPowerIds } from '../../src/game/editor/powers';

const doc = (...thirds: { id: unknown; name?: string }[]): Json =>
  ({ thirdPowers: thirds.map((t) => ({ ...t, fleets: [] })) }) as unknown as Json;

describe('the powers a modder places', () => {
  it('are the two parties and each third power with an id, once', () => {
    const d = doc({ id: 'romulans', name: 'Romulan Star Empire' }, { id: '' }, { id: 'romulans' }, { id: 7 });
    expect(placeablePowers(d)).toEqual([
      { id: 'federation', name: 'Federation' },
      { id: 'klingon', name: 'Klingon Empire' },
      { id: 'romulans', name: 'Romulan Star Empire' },
    ]);
    expect(mayPlace(d, 'romulans')).toBe(true);
    expect(mayPlace(d, null)).toBe(true);
    expect(mayPlace(d, '')).toBe(false);
    expect(mayPlace(d, 'cardassians')).toBe(false);
    expect(thirdPowerIds(d)).toEqual(['romulans', '', 'romulans', null]);
  });

  it('keep the one chosen while the scenario has it, follow its id when only that changed, and fall back to the Federation', () => {
    const before = doc({ id: 'power-1' }, { id: 'power-2' });
    const ids = thirdPowerIds(before);
    expect(powerKept(before, 'power-2', ids)).toBe('power-2');
    expect(powerKept(before, null, ids)).toBeNull();
    // Its id changed: followed.
    expect(powerKept(doc({ id: 'power-1' }, { id: 'cardassians' }), 'power-2', ids)).toBe('cardassians');
    // Removed, or its id emptied: the Federation.
    expect(powerKept(doc({ id: 'power-1' }), 'power-2', ids)).toBe('federation');
    expect(powerKept(doc({ id: 'power-1' }, { id: '' }), 'power-2', ids)).toBe('federation');
    // Another scenario opened whose list differs elsewhere too: not followed.
    expect(powerKept(doc({ id: 'breen' }, { id: 'tholians' }), 'power-2', ids)).toBe('federation');
    // Its id changed to another's: not a power of its own.
    expect(powerKept(doc({ id: 'power-1' }, { id: 'power-1' }), 'power-2', ids)).toBe('federation');
  });
});
