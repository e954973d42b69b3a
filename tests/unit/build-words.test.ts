// A build's card says its ships sail with the fleet they join: builds resolve before moves, and
// playtest 22's new ships left Sol with the fleet it moved that year.
import { describe, expect, it } from 'vitest';
import { buildKeep } from '../../src/sim/index';
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

describe('a build row says what ships cost to keep and what the parade takes (playtest 42)', () => {
  /** The Federation with one fleet of `ships` at Sol. */
  const fleet = (ships: number) =>
    miniGame((s) => {
      s.powers.federation.fleets = [{ id: 'f1', location: 'sol', strength: ships }];
    });
  const build = (ships: number) => ({ type: 'build', system: 'sol', ships }) as const;

  it('names the upkeep before and after, counting the builds given already', () => {
    expect(buildKeep(fleet(10), 'federation', build(3), [])).toBe(
      'Upkeep, a reserve a year for every 4 ships: 2 for your 10 ships now, 3 with these.',
    );
    // A build given already at another yard counts before this one.
    expect(
      buildKeep(fleet(10), 'federation', build(3), [{ type: 'build', system: 'starbase', ships: 2 }]),
    ).toBe(
      'Upkeep, a reserve a year for every 4 ships: 3 for your 12 ships with the builds given, 3 with these.',
    );
    expect(buildKeep(fleet(1), 'federation', build(1), [])).toBe(
      'Upkeep, a reserve a year for every 4 ships: 0 for your 1 ship now, 0 with these.',
    );
  });

  it('names ships beyond a full parade, and says nothing of it below', () => {
    // 119 ships: one short of the parade's most (60 points at 2 ships a point).
    expect(buildKeep(fleet(119), 'federation', build(3), [])).toBe(
      'Upkeep, a reserve a year for every 4 ships: 29 for your 119 ships now, 30 with these. The parade of 2330 counts 120 ships at most (60 points): 2 ships of these would add nothing to it.',
    );
    expect(buildKeep(fleet(119), 'federation', build(1), [])).not.toContain('parade');
    expect(buildKeep(fleet(120), 'federation', build(1), [])).toBe(
      'Upkeep, a reserve a year for every 4 ships: 30 for your 120 ships now, 30 with these. The parade of 2330 is full already (120 ships make its most, 60 points): these add nothing to it.',
    );
  });
});
