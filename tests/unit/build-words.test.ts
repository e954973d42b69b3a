// A build's card says its ships sail with the fleet they join: builds resolve before moves, and
// playtest 22's new ships left Sol with the fleet it moved that year.
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../src/sim/orders/index';
import { miniGame, turn } from './fixtures';

describe('ships built where a fleet lies', () => {
  it('join it before it sails, as the card says', () => {
    const g = miniGame();
    const build = { type: 'build', system: 'sol', ships: 2 } as const;
    expect(definitionOf(build).effect(g, 'federation', build)).toBe(
      '2 ships join your fleet at Sol (or form one there), before the fleets sail: if that fleet moves or attacks this year, the new ships go with it.',
    );
    // f2 (4 ships) lies at Sol: built and moved in one year, all 6 reach Vulcan and none stay.
    const { state } = turn(g, { federation: [build, { type: 'move', fleet: 'f2', to: 'vulcan' }] });
    expect(state.fleets.filter((f) => f.owner === 'federation' && f.location === 'sol')).toEqual([]);
    expect(state.fleets.find((f) => f.id === 'f2')).toMatchObject({ location: 'vulcan', strength: 6 });
  });
});
