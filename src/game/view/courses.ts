// Queued moves and attacks drawn on the map: a line from the fleet's ship to where it is ordered,
// in its side's colour, gone when the order is withdrawn (the playtest could not see what it had
// queued: shots 034 and 051). A move's line runs along the lanes of the course the rules will sail
// (a straight line crossed space no fleet sails). Found without Phaser (tested in Node); `drawCourse` draws one.
import type Phaser from 'phaser';
// The rules' own course (resolve.ts sails it), read, not found again.
import { courseOf, type GameState, type Order, type Party, type System } from '../../sim/index';

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

/** A world's disc's radius on the map: a capital's 16, others 10 to 16 by their output. */
export function discRadius(sys: Pick<System, 'capital' | 'output'>): number {
  return sys.capital ? 16 : 10 + Math.min(6, sys.output / 2);
}

/**
 * How far from a world's centre its drawing reaches (map-view.ts draws it): its disc, a capital's
 * ring, a zone's ring or diamond, the red ring of a world a third power has named (its ticks point
 * up, down and to the sides, away from the fleets).
 */
export function worldReach(sys: Pick<System, 'capital' | 'output' | 'zone'>, named = false): number {
  const r = discRadius(sys);
  let reach = sys.capital ? r + 6 : r;
  if (sys.zone === 'neutral-zone' || sys.zone === 'disputed') reach = Math.max(reach, r + 11);
  if (named) reach = Math.max(reach, r + 20);
  return reach;
}

/** A ship's size on the map, and how far its strength is drawn above it (map-view.ts). */
export const SHIP = 18;
export const STRENGTH_ABOVE = SHIP / 2 + 1;
/** Room between a world's reach and the nearest fleet. */
const CLEAR = 3;

/** Ships in one row beside a world: more go in rows above (a row of six ran over the next world). */
export const FLEETS_A_ROW = 3;

/** From one row of ships to the next above: a ship, its strength above it, and room between. */
export const ROW_RISE = SHIP / 2 + STRENGTH_ABOVE + 15 + 2;

/**
 * Where each fleet's ship is drawn: up and to the left of its world, the fleets of one world in
 * rows of `FLEETS_A_ROW` to its left, each further row above the last (playtest 33: six fleets at
 * Boreth ran across Ty'Gokor's disc), each ship with its strength above it; the first row's lower
 * right corner (the point of it nearest the world) is clear of the world's disc and rings (the
 * strengths sat on the capitals' rings: playtest 25). A world a third power has named (`wars`) has
 * its red ring cleared too.
 */
export function fleetSpots(
  state: Pick<GameState, 'systems' | 'fleets'> & { wars?: GameState['wars'] },
  /** From one ship of a row to the next (the map widens it when the strengths are drawn wider). */
  step = 22,
  /** From one row to the next above (the map raises it when the strengths are drawn taller). */
  rise = ROW_RISE,
): Map<string, Point> {
  const byId = new Map(state.systems.map((x) => [x.id, x]));
  const named = new Set(
    (state.wars ?? []).flatMap((w) => (w.target !== null && w.raiders && w.strength > 0 ? [w.target] : [])),
  );
  const perSystem = new Map<string, number>();
  const out = new Map<string, Point>();
  for (const f of state.fleets) {
    const sys = byId.get(f.location);
    if (!sys) continue;
    const k = perSystem.get(sys.id) ?? 0;
    perSystem.set(sys.id, k + 1);
    // The row's corner nearest the world: (14, 15) up and left of its centre for a small world,
    // further out along that line for one that reaches further (a strength is at most 12 each side
    // of its ship's centre; it is above the ship, so the ship's lower edge is the row's).
    const s = Math.max(1, (worldReach(sys, named.has(sys.id)) + CLEAR) / Math.hypot(14, 15));
    const column = k % FLEETS_A_ROW;
    const row = Math.floor(k / FLEETS_A_ROW);
    out.set(f.id, { x: sys.x - 14 * s - 12 - column * step, y: sys.y - 15 * s - SHIP / 2 - row * rise });
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
