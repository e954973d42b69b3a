// Queued moves and attacks as lines on the map (src/game/view/courses.ts): from the fleet's ship to
// the world it is sent to or strikes; an order withdrawn leaves the list, and its line with it.
import { describe, expect, it } from 'vitest';
import { fleetSpots, queuedCourses } from '../../src/game/view/courses';
import type { Order } from '../../src/sim/index';
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
      { fleet: 'f2', party: 'federation', from: spots.get('f2'), to: at('vulcan'), attack: false },
      { fleet: 'f1', party: 'federation', from: spots.get('f1'), to: at('narendra'), attack: true },
    ]);
    // Withdrawn, the move's course is gone.
    expect(queuedCourses(s, orders.slice(1), 'federation').map((c) => c.fleet)).toEqual(['f1']);
  });

  it('start where the map draws the ship: beside its world, a world’s fleets side by side', () => {
    const two = {
      ...s,
      fleets: [...s.fleets, { id: 'f3', owner: 'federation', location: 'sol', strength: 1 }],
    };
    const spots = fleetSpots(two);
    const sol = at('sol');
    expect(spots.get('f2')).toEqual({ x: sol.x - 26, y: sol.y - 24 });
    expect(spots.get('f3')).toEqual({ x: sol.x - 48, y: sol.y - 24 });
  });
});
