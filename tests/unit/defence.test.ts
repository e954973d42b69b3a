// The Events panel's raid cards (src/game/ui/defence.ts): one card a world, each order on one card.
import { describe, expect, it } from 'vitest';
import { defences } from '../../src/game/ui/defence';
import type { Order, War } from '../../src/sim/index';
import { miniGame } from './fixtures';

function raid(id: string, target: string, thirdPower = 'romulan'): War {
  return {
    id,
    eventId: id,
    thirdPower,
    victim: 'federation',
    since: 2294,
    until: 2295,
    strength: 6,
    target,
    aidedBy: [],
    raiders: null,
    armedBy: [],
    supportedBy: [],
  };
}

describe('the raid cards of the Events panel', () => {
  // The playtest (seed play20): two raids on one world drew its move and passage cards twice, and
  // the number keys read "1, 2, 1, 2, 5".
  it('give two raids on one world one card, and every order once', () => {
    const s = {
      ...miniGame(),
      wars: [raid('w1', 'vulcan'), raid('w2', 'vulcan', 'tholian'), raid('w3', 'k7')],
    };
    const choices: Order[] = [
      { type: 'move', fleet: 'f2', to: 'vulcan' },
      { type: 'move', fleet: 'f1', to: 'vulcan' },
      { type: 'move', fleet: 'f2', to: 'k7' },
      { type: 'grant-passage' },
    ];
    const cards = defences(s, 'federation', choices);
    expect(cards.map((d) => [d.world.id, d.wars.map((w) => w.id)])).toEqual([
      ['vulcan', ['w1', 'w2']],
      ['k7', ['w3']],
    ]);
    const offered = cards.flatMap((d) => [...d.moves, ...(d.passage ? [d.passage] : [])]);
    expect(offered.map((o) => JSON.stringify(o)).sort()).toEqual(
      choices.map((o) => JSON.stringify(o)).sort(),
    );
    // The other's consent is asked once, on the first card.
    expect(cards.map((d) => d.passage?.type ?? null)).toEqual(['grant-passage', null]);
  });

  it('leave out raids on worlds not the reader’s and raids spent', () => {
    const s = { ...miniGame(), wars: [raid('w1', 'narendra'), { ...raid('w2', 'vulcan'), strength: 0 }] };
    expect(defences(s, 'federation', [])).toEqual([]);
  });
});
