// The HUD is one band at 1280 px and wider, and the end screen's buttons lie beneath its text, never
// over the last line, at 1280×720 and 1920×1080.
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './helpers';

/** The vertical extent of each of the HUD's cells: in one band when every cell overlaps every other. */
const hudBands = (page: Page) =>
  page.getByTestId('hud').evaluate((hud) => {
    const boxes = [...hud.children].map((c) => c.getBoundingClientRect());
    return {
      cells: boxes.length,
      lowestTop: Math.max(...boxes.map((b) => b.top)),
      highestBottom: Math.min(...boxes.map((b) => b.bottom)),
      width: hud.scrollWidth,
    };
  });

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the HUD is one band and the end screen's buttons cover no line`, async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width, height });
    // A seed longer than its cell (cut with an ellipsis): the widest the seed's cell gets.
    await page.goto(
      `/?scenario=centennial-eve&seed=layout-${width}-a-seed-longer-than-its-cell&side=klingon&opponent=loyalist`,
    );
    await expect(page.getByTestId('hud-year')).toHaveText('2293');
    // The longest the HUD gets: an order queued (what is left of the purse), a long party name.
    await page.getByTestId('give-order').first().click();
    await expect(page.getByTestId('queued-order')).toHaveCount(1);
    const hud = await hudBands(page);
    expect(hud.cells).toBeGreaterThan(5);
    expect(hud.lowestTop, 'every cell of the HUD on one band').toBeLessThan(hud.highestBottom);
    expect(hud.width).toBeLessThanOrEqual(width);
    await screenshot(page, `hud-${width}x${height}`);

    await page.evaluate(() => {
      for (let i = 0; i < 10; i++) window.khitomer.endTurn();
    });
    const end = page.getByTestId('end-screen');
    await expect(end).toBeVisible();
    for (const id of ['end-new-game', 'export-replay', 'share-link'])
      await expect(end.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    const body = page.getByTestId('end-body');
    const bar = end.locator('.actions');
    // Scrolled to its foot, the body's last line ends above the buttons.
    await body.evaluate((b) => {
      b.scrollTop = b.scrollHeight;
    });
    const last = await body.evaluate((b) => b.lastElementChild?.getBoundingClientRect().bottom ?? 0);
    const barBox = await bar.boundingBox();
    const bodyBox = await body.boundingBox();
    expect(barBox && bodyBox).toBeTruthy();
    if (!barBox || !bodyBox) return;
    expect(bodyBox.y + bodyBox.height, 'the body ends where the buttons begin').toBeLessThanOrEqual(
      barBox.y + 0.5,
    );
    expect(last, 'the last line above the buttons').toBeLessThanOrEqual(barBox.y + 0.5);
    // The text scrolls inside its own box; the panel itself never scrolls its buttons over a line.
    expect(await end.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
    await body.evaluate((b) => {
      b.scrollTop = 0;
    });
    await page.waitForTimeout(1500); // the parade
    await screenshot(page, `end-${width}x${height}`);
    expect(errors).toEqual([]);
  });
}
