// Where each world's name goes: below its disc when that is clear, else above, right or left,
// whichever covers the least of the other names, worlds and fleets. A name always below its world
// ran into its neighbour's (the playtest read "Sherman's Planet" through Donatu V).

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

/**
 * Place every name, in the order given (the scenario's, so the same map always reads the same):
 * each takes the first of its places that covers nothing, or the one that covers least. `fixed`
 * are boxes a name should not cover (the fleets and their strengths).
 */
export function placeLabels(worlds: readonly Named[], fixed: readonly Box[]): Placed[] {
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
