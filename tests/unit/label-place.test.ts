// Where the map puts a world's name (src/game/view/label-place.ts): below when that is clear, else
// wherever it covers least, the same every time for the same map.
import { describe, expect, it } from 'vitest';
import { type Box, boxOf, laneInside, type Named, placeLabels } from '../../src/game/view/label-place';

const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeLabels', () => {
  it('puts a lone name centred below its world, clear of the disc', () => {
    const [p] = placeLabels([{ x: 100, y: 100, r: 10, w: 60, h: 16 }], []);
    expect(p).toEqual({ x: 100, y: 114, originX: 0.5, originY: 0 });
  });

  it("moves a name off a neighbour's disc and name (Sherman's Planet beside Donatu V)", () => {
    const worlds: Named[] = [
      { x: 430, y: 430, r: 12, w: 150, h: 18 },
      { x: 490, y: 447, r: 12, w: 80, h: 18 },
    ];
    const places = placeLabels(worlds, []);
    const boxes = places.map((p, i) => boxOf(p, worlds[i]?.w ?? 0, worlds[i]?.h ?? 0));
    const [a, b] = boxes as [Box, Box];
    expect(meets(a, b)).toBe(false);
    // Neither name on the other world's disc.
    const disc = (n: Named): Box => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r });
    expect(meets(a, disc(worlds[1] as Named))).toBe(false);
    expect(meets(b, disc(worlds[0] as Named))).toBe(false);
    // Placed below, the first name would have run across the second world.
    expect(
      meets(boxOf({ x: 430, y: 446, originX: 0.5, originY: 0 }, 150, 18), disc(worlds[1] as Named)),
    ).toBe(true);
  });

  it('keeps a name off a fleet beneath its world', () => {
    const fleet: Box = { x: 80, y: 112, w: 40, h: 30 };
    const [p] = placeLabels([{ x: 100, y: 100, r: 10, w: 60, h: 16 }], [fleet]);
    expect(p).toBeDefined();
    if (!p) return;
    expect(meets(boxOf(p, 60, 16), fleet)).toBe(false);
    expect(p.originY).toBe(1); // above
  });

  it('when every place covers something, takes the one that covers least', () => {
    // Fleets all round but for a sliver on the right.
    const fleets: Box[] = [
      { x: 0, y: 110, w: 200, h: 40 },
      { x: 0, y: 40, w: 200, h: 50 },
      { x: 0, y: 85, w: 85, h: 30 },
      { x: 120, y: 96, w: 80, h: 4 },
    ];
    const [p] = placeLabels([{ x: 100, y: 100, r: 10, w: 60, h: 16 }], fleets);
    expect(p).toMatchObject({ originX: 0, originY: 0.5 });
  });

  it('keeps a name off a lane that runs down from its world (Cestus III), above a name or a world', () => {
    // A lane straight down from the world: below, the name lies across it; above is clear.
    const down = { ax: 100, ay: 100, bx: 100, by: 300 };
    const [p] = placeLabels([{ x: 100, y: 100, r: 10, w: 60, h: 16 }], [], [down]);
    expect(p).toBeDefined();
    if (!p) return;
    expect(laneInside(down, boxOf(p, 60, 16))).toBe(0);
    expect(p.originY).toBe(1); // above
    // A lane is the lesser harm: a name is not pushed onto a fleet to clear one.
    // Above lies a fleet, beside a lane across: below, across the lane down, costs least.
    const all = [down, { ax: 0, ay: 100, bx: 200, by: 100 }];
    const fleets: Box[] = [{ x: 0, y: 0, w: 300, h: 92 }];
    const [q] = placeLabels([{ x: 100, y: 100, r: 10, w: 60, h: 16 }], fleets, all);
    expect(q).toEqual({ x: 100, y: 114, originX: 0.5, originY: 0 });
  });
});

describe('laneInside', () => {
  const box: Box = { x: 0, y: 0, w: 10, h: 10 };
  it('measures the length of a lane within a box', () => {
    expect(laneInside({ ax: -5, ay: 5, bx: 15, by: 5 }, box)).toBeCloseTo(10);
    expect(laneInside({ ax: 0, ay: 0, bx: 20, by: 20 }, box)).toBeCloseTo(Math.SQRT2 * 10);
    expect(laneInside({ ax: 5, ay: 5, bx: 5, by: 8 }, box)).toBeCloseTo(3);
  });
  it('is 0 for a lane that misses the box', () => {
    expect(laneInside({ ax: -5, ay: 20, bx: 15, by: 20 }, box)).toBe(0);
    expect(laneInside({ ax: 12, ay: -5, bx: 30, by: 40 }, box)).toBe(0);
  });
});
