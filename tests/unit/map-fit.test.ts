// The map's fit (src/game/view/fit.ts): the whole map, with its margin, in the space left of the
// side panel and below the HUD as measured. At 1024×640 the HUD wrapped to 114 px and the map was
// fitted below 56, its top under the HUD.
import { describe, expect, it } from 'vitest';
import { fitMap, panelWidth, screenX, screenY, WORLD } from '../../src/game/view/fit';

describe('the map fitted below the HUD', () => {
  it('puts the map’s top edge just below the HUD, whatever its height, and its bottom on the screen', () => {
    for (const [w, h] of [
      [1024, 640],
      [1280, 720],
      [1920, 1080],
    ] as const)
      for (const hud of [56, 83, 114]) {
        const fit = fitMap(w, h, hud);
        const top = screenY(fit, -40);
        expect(top, `${w}×${h}, HUD ${hud}`).toBeGreaterThanOrEqual(hud);
        expect(screenY(fit, WORLD + 40), `${w}×${h}, HUD ${hud}`).toBeLessThanOrEqual(h);
      }
  });

  it('at 1024×640 under a HUD of two lines, leaves the map no higher than the space below it', () => {
    const fit = fitMap(1024, 640, 83);
    expect(screenY(fit, -40)).toBeCloseTo(83 + 10);
    expect((WORLD + 80) * fit.zoom).toBeCloseTo(640 - 83 - 20);
    // A taller HUD: the map is drawn smaller, not under it.
    expect(fitMap(1024, 640, 114).zoom).toBeLessThan(fit.zoom);
  });

  it('centres the map left of the side panel', () => {
    const fit = fitMap(1280, 720, 56);
    const left = screenX(fit, -40);
    const right = screenX(fit, WORLD + 40);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(1280 - panelWidth(1280));
    expect((left + right) / 2).toBeCloseTo((1280 - panelWidth(1280)) / 2);
  });

  it('draws the map only left of the panel and below the HUD (a wider panel, the editor’s, too)', () => {
    for (const [w, h, hud, panel] of [
      [1280, 800, 60, panelWidth(1280)],
      [1366, 768, 60, panelWidth(1366)],
      [1024, 640, 83, panelWidth(1024)],
      [1280, 800, 40, 420],
    ] as const) {
      const { view } = fitMap(w, h, hud, panel);
      expect(view.x + view.w, `${w}×${h}`).toBeLessThanOrEqual(w - panel);
      expect(view.y, `${w}×${h}`).toBeGreaterThanOrEqual(hud);
      expect(view.y + view.h, `${w}×${h}`).toBeLessThanOrEqual(h);
    }
  });
});
