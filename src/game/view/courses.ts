// Queued moves and attacks drawn on the map: a line from the fleet's ship to where it is ordered,
// in its side's colour, gone when the order is withdrawn (the playtest could not see what it had
// queued: shots 034 and 051). Found without Phaser (tested in Node); `drawCourse` draws one.
import type Phaser from 'phaser';
import type { GameState, Order } from '../../sim/index';

export interface Point {
  x: number;
  y: number;
}

/** A queued order's course: from the ship of `fleet` to the world it is sent to or strikes. */
export interface Course {
  fleet: string;
  party: string;
  from: Point;
  to: Point;
  attack: boolean;
}

/** Where each fleet's ship is drawn: beside its world, the fleets of one world in a row to its left. */
export function fleetSpots(state: Pick<GameState, 'systems' | 'fleets'>): Map<string, Point> {
  const byId = new Map(state.systems.map((x) => [x.id, x]));
  const perSystem = new Map<string, number>();
  const out = new Map<string, Point>();
  for (const f of state.fleets) {
    const sys = byId.get(f.location);
    if (!sys) continue;
    const k = perSystem.get(sys.id) ?? 0;
    perSystem.set(sys.id, k + 1);
    out.set(f.id, { x: sys.x - 26 - k * 22, y: sys.y - 24 });
  }
  return out;
}

/** The courses of `party`'s queued orders that send a fleet somewhere (a move, an attack). */
export function queuedCourses(
  state: Pick<GameState, 'systems' | 'fleets'>,
  orders: readonly Order[],
  party: string,
): Course[] {
  const spots = fleetSpots(state);
  const world = (id: string) => state.systems.find((x) => x.id === id);
  const out: Course[] = [];
  for (const o of orders) {
    const target =
      o.type === 'move'
        ? world(o.to)
        : o.type === 'attack'
          ? world(o.target)
          : o.type === 'attack-fleet'
            ? world(state.fleets.find((f) => f.id === o.target)?.location ?? '')
            : undefined;
    if (!('fleet' in o) || typeof o.fleet !== 'string' || !target) continue;
    const from = spots.get(o.fleet);
    if (!from) continue;
    out.push({ fleet: o.fleet, party, from, to: { x: target.x, y: target.y }, attack: o.type !== 'move' });
  }
  return out;
}

/** A course's line in `colour`, with a head beside the world it ends on (an attack's wider, filled). */
export function drawCourse(g: Phaser.GameObjects.Graphics, colour: number, c: Course): void {
  const dx = c.to.x - c.from.x;
  const dy = c.to.y - c.from.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  // It stops short of the world's disc, so the head is seen beside it.
  const end = { x: c.to.x - ux * 22, y: c.to.y - uy * 22 };
  g.lineStyle(c.attack ? 4 : 3, colour, 0.9).lineBetween(c.from.x, c.from.y, end.x, end.y);
  const back = { x: end.x - ux * 12, y: end.y - uy * 12 };
  const a = { x: back.x - uy * 7, y: back.y + ux * 7 };
  const b = { x: back.x + uy * 7, y: back.y - ux * 7 };
  if (c.attack) g.fillStyle(colour, 0.95).fillTriangle(end.x, end.y, a.x, a.y, b.x, b.y);
  else g.strokeTriangle(end.x, end.y, a.x, a.y, b.x, b.y);
}
