// The number keys' trap (src/game/ui/given.ts): which order Backspace takes back, the lines that say
// what a key gave and from which list, and the map's keys (keys.ts mapKey) moved out of the scene.
import { describe, expect, it } from 'vitest';
import {
  appended,
  type Given,
  type GivenOrder,
  givenIn,
  givenLine,
  givenScope,
  takeBack,
  takenBackLine,
  withGiven,
} from '../../src/game/ui/given';
import { mapKey } from '../../src/game/ui/keys';
import type { GameState, Order } from '../../src/sim/index';

const move: Order = { type: 'move', fleet: 'f1', to: 'deneva' };
const aid: Order = { type: 'aid', target: 'e-aid', amount: 7 };
const develop: Order = { type: 'develop', system: 'sol' };
const scope = givenScope({ state: { year: 2293 } as GameState, active: 'federation' });

function given(...orders: GivenOrder[]): Given {
  return { scope, orders, takenBack: null };
}

describe('Backspace', () => {
  it('takes back the order the panel gave last, where it lies in the queue', () => {
    const g = given({ order: aid, key: '1', tab: 'events' }, { order: move, key: null, tab: 'orders' });
    // A copy as the store holds it (the queue's own objects): found by its words.
    const queued = [{ ...develop }, { ...aid }, { ...move }];
    const back = takeBack(queued, g);
    expect(back?.index).toBe(2);
    expect(back?.entry.order).toBe(move);
    expect(back?.left.orders.map((e) => e.order)).toEqual([aid]);
    // Then the one before it: the develop order, queued otherwise (the report, the console), never.
    const next = back ? takeBack([develop, aid], back.left) : null;
    expect(next?.index).toBe(1);
    expect(next ? takeBack([develop], next.left) : 'none').toBeNull();
  });

  it('passes over an order withdrawn by its button, and takes the later of two alike', () => {
    const g = given({ order: aid, key: '1', tab: 'events' }, { order: move, key: '1', tab: 'orders' });
    // The move was withdrawn by its button: Backspace takes the aid, not the develop order after it.
    expect(takeBack([aid, develop], g)).toMatchObject({ index: 0, left: { orders: [] } });
    const twice = given(
      { order: develop, key: null, tab: 'orders' },
      { order: develop, key: null, tab: 'orders' },
    );
    expect(takeBack([develop, move, develop], twice)?.index).toBe(2);
    expect(takeBack([], twice)).toBeNull();
  });

  it('forgets the gives of another year or of the other side (hot seat)', () => {
    const g = withGiven(null, scope, { order: move, key: '2', tab: 'orders' });
    expect(givenIn(g, scope)).toBe(g);
    const next = givenScope({ state: { year: 2294 } as GameState, active: 'federation' });
    const other = givenScope({ state: { year: 2293 } as GameState, active: 'klingon' });
    expect(givenIn(g, next).orders).toEqual([]);
    expect(givenIn(g, other).orders).toEqual([]);
    expect(takeBack([move], givenIn(g, other))).toBeNull();
    // A give after a take back: the taken-back line goes.
    const after = withGiven({ ...g, takenBack: aid }, scope, { order: aid, key: null, tab: 'events' });
    expect(after.takenBack).toBeNull();
    expect(after.orders).toHaveLength(2);
  });

  it('hears a give only as one order added at the end of the queue', () => {
    expect(appended([move], [move, aid])).toBe(aid);
    expect(appended([], [move])).toBe(move);
    // Withdrawn, restored from a save, or changed in place: no give.
    expect(appended([move, aid], [move])).toBeNull();
    expect(appended([], [move, aid])).toBeNull();
    expect(appended([move], [aid, develop])).toBeNull();
  });
});

describe('the lines', () => {
  it('say which key gave the order from which tab, and where a choice waits', () => {
    expect(givenLine({ order: move, key: '1', tab: 'orders' }, true)).toBe(
      'Key `1` gave this from the Orders tab; `Backspace` takes it back. A choice waits on Events (`E`).',
    );
    expect(givenLine({ order: move, key: '0', tab: 'orders' }, false)).toBe(
      'Key `0` gave this from the Orders tab; `Backspace` takes it back.',
    );
    // From the Events tab the choice is the one in sight: no word of it.
    expect(givenLine({ order: aid, key: '2', tab: 'events' }, true)).toBe(
      'Key `2` gave this from the Events tab; `Backspace` takes it back.',
    );
    // A click: the player saw what was given.
    expect(givenLine({ order: aid, key: null, tab: 'events' }, true)).toBe('`Backspace` takes it back.');
    expect(takenBackLine('The Repulse Task Force moves from Sol to Deneva')).toBe(
      'Taken back: The Repulse Task Force moves from Sol to Deneva.',
    );
  });
});

describe('the map keys', () => {
  it('pan with the arrows and WASD, zoom with + (=) and −, and leave the rest', () => {
    expect(mapKey('ArrowLeft')).toEqual({ pan: [-1, 0] });
    expect(mapKey('d')).toEqual({ pan: [1, 0] });
    expect(mapKey('w')).toEqual({ pan: [0, -1] });
    expect(mapKey('ArrowDown')).toEqual({ pan: [0, 1] });
    expect(mapKey('=')).toEqual({ zoom: 1.15 });
    expect(mapKey('-')).toEqual({ zoom: 1 / 1.15 });
    for (const k of ['e', 'o', 'Backspace', '1', 'n', 'Enter']) expect(mapKey(k)).toBeNull();
  });
});
