// A build's card says its ships sail with the fleet they join: builds resolve before moves, and
// playtest 22's new ships left Sol with the fleet it moved that year.
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../src/sim/orders/index';
import { miniGame, turn } from './fixtures';

describe('ships built where a fleet lies', () => {
  it('join it before it sails, as the card says', () => {
    const g = miniGame();
    const build = { type: 'build', system: 'sol', ships: 2 } as const;
    const ships = g.fleets.filter((f) => f.owner === 'federation').reduce((n, f) => n + f.strength, 0);
    expect(definitionOf(build).effect(g, 'federation', build)).toBe(
      `2 ships join your fleet at Sol (or form one there), before the fleets sail: if that fleet moves or attacks this year, the new ships go with it. Your ${ships} ships cost ${Math.floor(ships / 4)} reserves of upkeep a year; with these, ${Math.floor((ships + 2) / 4)}.`,
    );
    // f2 (4 ships) lies at Sol: built and moved in one year, all 6 reach Vulcan and none stay.
    const { state } = turn(g, { federation: [build, { type: 'move', fleet: 'f2', to: 'vulcan' }] });
    expect(state.fleets.filter((f) => f.owner === 'federation' && f.location === 'sol')).toEqual([]);
    expect(state.fleets.find((f) => f.id === 'f2')).toMatchObject({ location: 'vulcan', strength: 6 });
  });
});

describe('a build row says what ships cost to keep and what the parade takes (playtest 42)', () => {
  it('names the upkeep before and after, and ships beyond a full parade', () => {
    // 119 ships: one short of the parade's most (60 points at 2 ships a point).
    const g = miniGame((s) => {
      s.powers.federation.fleets = [{ id: 'f1', location: 'sol', strength: 119 }];
    });
    const build = (ships: number) => ({ type: 'build', system: 'sol', ships }) as const;
    const words = (ships: number) => definitionOf(build(ships)).effect(g, 'federation', build(ships));
    expect(words(3)).toContain(
      'Your 119 ships cost 29 reserves of upkeep a year; with these, 30. The parade of 2330 counts 120 ships at most (60 points): 2 ships of these would add nothing to it.',
    );
    expect(words(1)).not.toContain('parade');
    const full = miniGame((s) => {
      s.powers.federation.fleets = [{ id: 'f1', location: 'sol', strength: 120 }];
    });
    expect(definitionOf(build(1)).effect(full, 'federation', build(1))).toContain(
      'Your 120 ships cost 30 reserves of upkeep a year; with these, 30. The parade of 2330 is full already (120 ships make its most, 60 points): these add nothing to it.',
    );
  });
});
