// The map is drawn left of the side panel and below the HUD, and fitted there whole: every world and
// its name in that space at the common window sizes, still nothing under the panel or the HUD after
// N pans to a world and + zooms in, and the whole map again after F (at 1280×800 the map was drawn
// over the whole window, and zoomed and panned about its centre, 190 px from the panel: the east of
// the map ran under it).
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './helpers';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The map's view, the side panel's left edge and the HUD's foot, in page pixels. */
async function frame(page: Page): Promise<{ view: Box; panel: number; hud: number }> {
  const cam = await page.evaluate(() => window.khitomer.camera());
  const panel = await page.getByTestId('side-panel').boundingBox();
  const hud = await page.getByTestId('hud').boundingBox();
  if (!cam?.view || !panel || !hud) throw new Error(`no map view (${JSON.stringify(cam)}), panel or HUD`);
  return { view: cam.view, panel: panel.x, hud: hud.y + hud.height };
}

/** The names of the worlds, as drawn, that do not lie whole inside `view`. */
async function namesOutside(page: Page, view: Box): Promise<string[]> {
  const names = await page.evaluate(() => (window.khitomer.state()?.systems ?? []).map((s) => s.name));
  expect(names.length).toBeGreaterThan(20);
  const drawn = (await page.evaluate(() => window.khitomer.drawn())).filter(
    (d) => d.kind === 'text' && names.includes(d.text),
  );
  expect(drawn.map((d) => d.text).sort(), 'every world named on the map').toEqual([...names].sort());
  return drawn
    .filter((d) => d.x < view.x || d.y < view.y || d.x + d.w > view.x + view.w || d.y + d.h > view.y + view.h)
    .map((d) => `${d.text} at ${Math.round(d.x)}–${Math.round(d.x + d.w)}, ${Math.round(d.y)}`);
}

for (const [width, height] of [
  [1280, 800],
  [1366, 768],
  [1920, 1080],
  [1024, 640],
] as const) {
  test(`at ${width}×${height} the campaign's map is drawn whole left of the side panel and below the HUD, and stays there zoomed in`, async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?scenario=the-withdrawal&seed=map-fit&side=federation&opponent=pragmatist');
    await expect(page.getByTestId('hud-year')).toBeVisible();
    const fitted = async () => {
      const { view, panel, hud } = await frame(page);
      expect(view.x + view.w, 'the map drawn left of the side panel').toBeLessThanOrEqual(panel + 0.5);
      expect(view.y, 'the map drawn below the HUD').toBeGreaterThanOrEqual(hud - 0.5);
      expect(view.y + view.h).toBeLessThanOrEqual(height);
      expect(await namesOutside(page, view), 'every world and its name in the map’s view').toEqual([]);
      return view;
    };
    await expect.poll(async () => (await frame(page).catch(() => null))?.view.y ?? 0).toBeGreaterThan(40);
    const view = await fitted();
    await screenshot(page, `map-fit-${width}x${height}`);

    // N pans to the Federation's next world, + zooms in twice: the map is still drawn only there.
    await page.keyboard.press('n');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    expect((await frame(page)).view).toEqual(view);
    await screenshot(page, `map-fit-${width}x${height}-zoomed`);
    // F fits the whole map again: every world and its name in sight.
    await page.keyboard.press('f');
    await page.waitForTimeout(200);
    await fitted();
    expect(errors).toEqual([]);
  });
}

test('a window resized to 1280×800 fits the map again left of the panel', async ({ page, errors }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?scenario=the-withdrawal&seed=map-fit&side=klingon&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await frame(page)).view.w).toBeLessThan(1000);
  const { view, panel } = await frame(page);
  expect(view.x + view.w).toBeLessThanOrEqual(panel + 0.5);
  expect(await namesOutside(page, view)).toEqual([]);
  expect(errors).toEqual([]);
});
