// Where the map puts a world's name (src/game/view/label-place.ts): below when that is clear, else
// wherever it covers least, the same every time for the same map.
import { describe, expect, it } from 'vitest';
import { type Box, boxOf, type Named, placeLabels } from '../../src/game/view/label-place';

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
});
