// Where each world's name goes: below its disc when that is clear, else above, right or left,
// whichever covers the least of the other names, worlds, fleets and lanes. A name always below its
// world ran into its neighbour's (the playtest read "Sherman's Planet" through Donatu V), and a
// lane drawn through a name ("Cestus III") struck it out.

/** A box in map units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A world to name: its centre, the radius of its disc, and the size its name is drawn at. */
export interface Named {
  x: number;
  y: number;
  r: number;
  w: number;
  h: number;
}

/** Where a name is drawn: a point and the text's origin (Phaser's, 0 to 1 on each axis). */
export interface Placed {
  x: number;
  y: number;
  originX: number;
  originY: number;
}

/** A lane on the map, from one world's centre to another's. */
export interface Lane {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** The map's lanes as lines between the worlds they join (a lane to a world not on the map is left out). */
export function lanesOf(
  systems: readonly { id: string; x: number; y: number }[],
  lanes: readonly (readonly [string, string])[],
): Lane[] {
  const byId = new Map(systems.map((x) => [x.id, x]));
  const out: Lane[] = [];
  for (const [a, b] of lanes) {
    const A = byId.get(a);
    const B = byId.get(b);
    if (A && B) out.push({ ax: A.x, ay: A.y, bx: B.x, by: B.y });
  }
  return out;
}

/** Room left between a world's disc (with its zone's ring) and another world's name. */
const RING = 10;
const GAP = 4;

function candidates(n: Named): Placed[] {
  return [
    { x: n.x, y: n.y + n.r + GAP, originX: 0.5, originY: 0 },
    { x: n.x, y: n.y - n.r - GAP, originX: 0.5, originY: 1 },
    // Beside it, clear of a zone's ring.
    { x: n.x + n.r + RING, y: n.y, originX: 0, originY: 0.5 },
    { x: n.x - n.r - RING, y: n.y, originX: 1, originY: 0.5 },
    // Off a corner: the name starts (or ends) under (or over) the world's centre.
    { x: n.x - n.r / 2, y: n.y + n.r + GAP, originX: 0, originY: 0 },
    { x: n.x + n.r / 2, y: n.y + n.r + GAP, originX: 1, originY: 0 },
    { x: n.x - n.r / 2, y: n.y - n.r - GAP, originX: 0, originY: 1 },
    { x: n.x + n.r / 2, y: n.y - n.r - GAP, originX: 1, originY: 1 },
  ];
}

export function boxOf(p: Placed, w: number, h: number): Box {
  return { x: p.x - p.originX * w, y: p.y - p.originY * h, w, h };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of `lane` runs inside `box` (its length there; 0 when it misses): Liang–Barsky clipping. */
export function laneInside(lane: Lane, box: Box): number {
  const dx = lane.bx - lane.ax;
  const dy = lane.by - lane.ay;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, lane.ax - box.x],
    [dx, box.x + box.w - lane.ax],
    [-dy, lane.ay - box.y],
    [dy, box.y + box.h - lane.ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return 0;
  }
  return (t1 - t0) * Math.hypot(dx, dy);
}

// A lane through a name costs less than a name over a name or a world: each of its pixels counts as
// this much of a box's area (a lane crossing a whole name is about one name's corner covered).
const LANE_WEIGHT = 0.5;

/**
 * Place every name, in the order given (the scenario's, so the same map always reads the same):
 * each takes the first of its places that covers nothing, or the one that covers least. `fixed`
 * are boxes a name should not cover (the fleets and their strengths), `lanes` lines it should not
 * lie across.
 */
export function placeLabels(
  worlds: readonly Named[],
  fixed: readonly Box[],
  lanes: readonly Lane[] = [],
): Placed[] {
  const discs: Box[] = worlds.map((n) => {
    const d = n.r + RING;
    return { x: n.x - d, y: n.y - d, w: 2 * d, h: 2 * d };
  });
  const taken: Box[] = [];
  return worlds.map((n, i) => {
    let best: Placed | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const c of candidates(n)) {
      const box = boxOf(c, n.w, n.h);
      let cost = 0;
      for (const t of taken) cost += overlap(box, t);
      for (let j = 0; j < discs.length; j++) if (j !== i) cost += overlap(box, discs[j] as Box);
      for (const f of fixed) cost += overlap(box, f);
      for (const l of lanes) cost += LANE_WEIGHT * laneInside(l, box);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    const placed = best ?? (candidates(n)[0] as Placed);
    taken.push(boxOf(placed, n.w, n.h));
    return placed;
  });
}
