// Queued moves and attacks as lines on the map (src/game/view/courses.ts): from the fleet's ship to
// the world it is sent to or strikes, a move along the lanes the rules will sail; an order withdrawn
// leaves the list, and its line with it.
import { describe, expect, it } from 'vitest';
import {
  discRadius,
  FLEETS_A_ROW,
  fleetSpots,
  queuedCourses,
  ROW_RISE,
  SHIP,
  STRENGTH_ABOVE,
  worldReach,
} from '../../src/game/view/courses';
import { type Order, shortestPath } from '../../src/sim/index';
import { miniGame } from './fixtures';

describe('the courses of queued orders', () => {
  const s = miniGame();
  const at = (id: string) => {
    const w = s.systems.find((x) => x.id === id);
    return { x: w?.x ?? Number.NaN, y: w?.y ?? Number.NaN };
  };

  it('run from each ordered fleet’s ship to its world, an attack marked so, other orders none', () => {
    const orders: Order[] = [
      { type: 'move', fleet: 'f2', to: 'vulcan' },
      { type: 'address-council' },
      { type: 'attack-fleet', fleet: 'f1', target: 'k1' },
    ];
    const spots = fleetSpots(s);
    expect(queuedCourses(s, orders, 'federation')).toEqual([
      { fleet: 'f2', party: 'federation', points: [spots.get('f2'), at('vulcan')], attack: false },
      { fleet: 'f1', party: 'federation', points: [spots.get('f1'), at('narendra')], attack: true },
    ]);
    // Withdrawn, the move's course is gone.
    expect(queuedCourses(s, orders.slice(1), 'federation').map((c) => c.fleet)).toEqual(['f1']);
  });

  // The playtest's line from Qo'noS to Khitomer ran straight across space, two lanes drawn as none.
  it('follow a move of two lanes through the world between', () => {
    const [course] = queuedCourses(s, [{ type: 'move', fleet: 'f2', to: 'k7' }], 'federation');
    expect(course?.points).toEqual([fleetSpots(s).get('f2'), at('vulcan'), at('k7')]);
  });

  it('take the course the rules sail: around the other power’s world when the year’s lanes allow', () => {
    // Archanis IV the Empire's: the shortest course from K-7 to Narendra III (by id, through Archanis)
    // crosses it; the rules sail through Organia instead (src/sim/passage.ts).
    const held = miniGame((x) => {
      const archanis = x.map.systems.find((w) => w.id === 'archanis');
      if (archanis) archanis.owner = 'klingon';
    });
    expect(shortestPath(held, 'k7', 'narendra')).toEqual(['k7', 'archanis', 'narendra']);
    const [course] = queuedCourses(held, [{ type: 'move', fleet: 'f1', to: 'narendra' }], 'federation');
    expect(course?.points).toEqual([fleetSpots(held).get('f1'), at('organia'), at('narendra')]);
  });

  it('start where the map draws the ship: beside its world, a world’s fleets side by side', () => {
    const two = {
      ...s,
      fleets: [...s.fleets, { id: 'f3', owner: 'federation', location: 'vulcan', strength: 1 }],
    };
    // Vulcan: a world of its own's disc only, the ship up and left of it.
    const vulcan = at('vulcan');
    expect(fleetSpots(two).get('f3')).toEqual({ x: vulcan.x - 26, y: vulcan.y - 24 });
  });

  // Playtest 33: six fleets at Boreth, in one row to its left, ran across Ty'Gokor's disc.
  it('put a world’s many fleets in rows of three, each row above the last, as wide as three ships', () => {
    const many = {
      ...s,
      fleets: Array.from({ length: 7 }, (_, i) => ({
        id: `m${i}`,
        owner: 'federation',
        location: 'vulcan',
        strength: 12,
      })),
    };
    const spots = fleetSpots(many);
    const p = (i: number) => spots.get(`m${i}`) ?? { x: Number.NaN, y: Number.NaN };
    expect(FLEETS_A_ROW).toBe(3);
    // The first row: three side by side, 22 apart.
    expect([p(1), p(2)]).toEqual([
      { x: p(0).x - 22, y: p(0).y },
      { x: p(0).x - 44, y: p(0).y },
    ]);
    // The next rows start again at the world, each one row higher.
    expect([p(3), p(4), p(5), p(6)]).toEqual([
      { x: p(0).x, y: p(0).y - ROW_RISE },
      { x: p(0).x - 22, y: p(0).y - ROW_RISE },
      { x: p(0).x - 44, y: p(0).y - ROW_RISE },
      { x: p(0).x, y: p(0).y - 2 * ROW_RISE },
    ]);
    // A row's ships clear the strengths of the row beneath (a 15-unit strength above each ship).
    expect(ROW_RISE).toBeGreaterThanOrEqual(SHIP / 2 + STRENGTH_ABOVE + 15);
    // However many, no ship lies further from the world than the third of the first row.
    const xs = [...spots.values()].map((q) => q.x);
    expect(Math.min(...xs)).toBe(p(2).x);
    // A wider step and a higher rise, as the map passes them when the strengths are drawn larger.
    const wide = fleetSpots(many, 30, 50);
    expect(wide.get('m4')).toEqual({ x: p(0).x - 30, y: p(0).y - 50 });
  });

  // The strengths sat on the rings of the capitals beside them (playtest 25): a ship and the
  // strength above it stay clear of the world's disc and rings, however far they reach.
  it('keep clear of a world’s disc and rings, a row of fleets to its left', () => {
    const two = {
      ...s,
      fleets: [...s.fleets, { id: 'f3', owner: 'federation', location: 'sol', strength: 1 }],
    };
    const sol = two.systems.find((w) => w.id === 'sol');
    if (!sol) throw new Error('no Sol');
    for (const named of [false, true]) {
      const wars = named ? [{ target: 'sol', raiders: 'r1', strength: 5 }] : [];
      const spots = fleetSpots({ ...two, wars: wars as unknown as typeof two.wars });
      const first = spots.get('f2');
      const second = spots.get('f3');
      if (!first || !second) throw new Error('no spots');
      expect(second).toEqual({ x: first.x - 22, y: first.y });
      // The row's lower right corner: the ship's lower edge, a strength's half width right of its centre.
      const corner = { x: first.x + 12, y: first.y + SHIP / 2 };
      expect(corner.x).toBeLessThan(sol.x);
      expect(corner.y).toBeLessThan(sol.y);
      expect(Math.hypot(corner.x - sol.x, corner.y - sol.y)).toBeGreaterThanOrEqual(worldReach(sol, named));
    }
    expect(worldReach(sol, true)).toBeGreaterThan(worldReach(sol, false));
    expect(worldReach(sol)).toBeGreaterThan(discRadius(sol));
  });
});
