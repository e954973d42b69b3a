// Queued moves and attacks drawn on the map: a line from the fleet's ship to where it is ordered,
// in its side's colour, gone when the order is withdrawn (the playtest could not see what it had
// queued: shots 034 and 051). A move's line runs along the lanes of the course the rules will sail
// (a straight line crossed space no fleet sails). Found without Phaser (tested in Node); `drawCourse` draws one.
import type Phaser from 'phaser';
// The rules' own course (resolve.ts sails it), read, not found again.
import { courseOf, type GameState, type Order, type Party } from '../../sim/index';

export interface Point {
  x: number;
  y: number;
}

/**
 * A queued order's course: from the ship of `fleet` through the worlds it sails by to the world it
 * is sent to or strikes (`points`, at least two: the ship's, then each world's centre).
 */
export interface Course {
  fleet: string;
  party: string;
  points: readonly Point[];
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

/**
 * The courses of `party`'s queued orders that send a fleet somewhere: a move along the course the
 * rules take (passage.ts courseOf: the shortest within the year's lanes, kept out of the other
 * power's space when it can be); an attack, at most one lane away, straight to its world.
 */
export function queuedCourses(state: GameState, orders: readonly Order[], party: Party): Course[] {
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
    const at = state.fleets.find((f) => f.id === o.fleet)?.location;
    if (!from || at === undefined) continue;
    // The worlds sailed by, between the first and the last of the course.
    const course = o.type === 'move' ? courseOf(state, party, at, o.to, state.rules.movement.maxLanes) : null;
    const by = (course ?? []).slice(1, -1).flatMap((id) => {
      const w = world(id);
      return w ? [{ x: w.x, y: w.y }] : [];
    });
    out.push({
      fleet: o.fleet,
      party,
      points: [from, ...by, { x: target.x, y: target.y }],
      attack: o.type !== 'move',
    });
  }
  return out;
}

/**
 * A course's line in `colour` through its points, with a head beside the world it ends on (an
 * attack's wider, filled).
 */
export function drawCourse(g: Phaser.GameObjects.Graphics, colour: number, c: Course): void {
  const to = c.points[c.points.length - 1];
  const last = c.points[c.points.length - 2];
  if (!to || !last) return;
  const dx = to.x - last.x;
  const dy = to.y - last.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  // It stops short of the world's disc, so the head is seen beside it.
  const end = { x: to.x - ux * 22, y: to.y - uy * 22 };
  g.lineStyle(c.attack ? 4 : 3, colour, 0.9).beginPath();
  c.points.forEach((p, i) => {
    const q = i === c.points.length - 1 ? end : p;
    if (i === 0) g.moveTo(q.x, q.y);
    else g.lineTo(q.x, q.y);
  });
  g.strokePath();
  const back = { x: end.x - ux * 12, y: end.y - uy * 12 };
  const a = { x: back.x - uy * 7, y: back.y + ux * 7 };
  const b = { x: back.x + uy * 7, y: back.y - ux * 7 };
  if (c.attack) g.fillStyle(colour, 0.95).fillTriangle(end.x, end.y, a.x, a.y, b.x, b.y);
  else g.strokeTriangle(end.x, end.y, a.x, a.y, b.x, b.y);
}
