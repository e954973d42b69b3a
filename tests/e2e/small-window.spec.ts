// A small window (1024×640) and 1280×720: the HUD shows every item whole, in one band at 1280 px
// and in two tidy lines at 1024 px (it wrapped to a third, its buttons in two rows), and the map is
// fitted below the HUD's real height (it was fitted below a band of 56 px, and ran under the HUD).
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './helpers';
import { playTo, start } from './play20';

/** What of the map (a world's name, a fleet's ship or strength) runs into the HUD's box. */
async function underHud(page: Page): Promise<string[]> {
  const hud = await page.getByTestId('hud').boundingBox();
  if (!hud) throw new Error('no HUD');
  const drawn = await page.evaluate(() => window.khitomer.drawn());
  return drawn
    .filter((d) => d.text !== 'star')
    .filter((d) => d.y < hud.y + hud.height && d.y + d.h > hud.y)
    .map((d) => `${d.kind} ${d.text} at y ${Math.round(d.y)}`);
}

for (const [width, height, tallest] of [
  [1024, 640, 90],
  [1280, 720, 62],
  // Narrower still, the cells wrap to three lines: the map is fitted below them all the same.
  [900, 640, 130],
] as const) {
  test(`at ${width}×${height} the HUD shows every item whole, at most ${tallest} px high, and nothing of the map lies under it`, async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width, height });
    // The campaign (Romulus, at the map's top edge) in 2296, a leak's −15 due beside the standing.
    await start(page);
    await playTo(page, 2295);
    await expect(page.getByTestId('hud-year')).toHaveText('2296');
    const hud = page.getByTestId('hud');
    const box = await hud.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(tallest);
    for (const id of [
      'hud-year',
      'hud-standings',
      'hud-due-klingon',
      'hud-status',
      'hud-support',
      'hud-score',
      'hud-influence',
      'hud-seed',
      'copy-seed',
      'open-how-to-win',
      'open-rules',
      'open-settings',
      'to-title',
      'export-replay',
      'share-link',
    ])
      await expect(hud.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    await expect(hud.getByTestId('hud-due-klingon')).toHaveText(' −15 due');
    await expect(hud.getByText(/^reserves \d+\/\d+ · industry \d+ ·/)).toBeInViewport({ ratio: 1 });
    // Nothing cut off: no cell (the seed's aside, cut with an ellipsis when long) holds more than it shows.
    const cut = await hud.evaluate((h) =>
      [h, ...h.querySelectorAll<HTMLElement>('*')]
        .filter((e) => !e.closest('.hud-seed') && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
        .map((e) => e.dataset.testid ?? e.className),
    );
    expect(cut).toEqual([]);
    // The map is fitted below the HUD (once measured: the fit follows its height): the top edge of its
    // margin (40 map units above the topmost world's row) is drawn below the HUD's bottom.
    const bottom = (box?.y ?? 0) + (box?.height ?? 0);
    const mapTop = () =>
      page.evaluate(() => {
        const c = window.khitomer.camera();
        return c ? innerHeight / 2 + (-40 - c.y) * c.zoom : -1;
      });
    await expect.poll(mapTop).toBeGreaterThanOrEqual(bottom);
    await expect.poll(() => underHud(page)).toEqual([]);
    await screenshot(page, `small-window-${width}x${height}`);
    expect(errors).toEqual([]);
  });
}
