// The map for keyboard players and newcomers (a newcomer's playtest): Shift+N and Shift+P reach every
// world, where N and P reach only the player's own; the first hint covers no name or fleet of the
// map; a queued move's line runs along the lanes it will sail.
import type { Page } from '@playwright/test';
import type { Drawn } from '../../src/game/api';
import { expect, redNear, screenshot, test } from './helpers';

async function campaign(page: Page, side: 'federation' | 'klingon', seed: string): Promise<void> {
  await page.goto(`/?scenario=khitomer-accords&seed=${seed}&side=${side}&opponent=loyalist`);
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
}

const meets = (a: Drawn, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.w && a.y < b.y + b.height && b.y < a.y + a.h;

/** Where a point of the map is on the page, through the map's camera (drawn left of the panel, below the HUD). */
async function onPage(page: Page): Promise<(p: { x: number; y: number }) => { x: number; y: number }> {
  const cam = await page.evaluate(() => window.khitomer.camera());
  if (!cam) throw new Error('no map');
  return (p) => ({
    x: Math.round((p.x - cam.x) * cam.zoom + cam.view.x + cam.view.w / 2),
    y: Math.round((p.y - cam.y) * cam.zoom + cam.view.y + cam.view.h / 2),
  });
}

test('Shift+N and Shift+P select every world in the map’s order, whoever holds it, the map panned to it', async ({
  page,
}) => {
  await campaign(page, 'federation', 'map-keys');
  const worlds = await page.evaluate(() =>
    (window.khitomer.state()?.systems ?? []).map(({ id, name, x, y, owner }) => ({ id, name, x, y, owner })),
  );
  expect(worlds.length).toBeGreaterThan(30);
  const heading = page.getByTestId('orders-panel').locator('h3').first();
  for (let i = 0; i <= worlds.length; i++) {
    const w = worlds[i % worlds.length];
    await page.keyboard.press('Shift+N');
    await expect(heading).toHaveText(w?.name ?? '?');
    if (w?.id === 'qonos') {
      // The other power's capital: the map is panned to it, as N pans to one's own.
      await expect
        .poll(async () => {
          const c = await page.evaluate(() => window.khitomer.camera());
          return Math.hypot((c?.x ?? 0) - w.x, (c?.y ?? 0) - w.y);
        })
        .toBeLessThan(1);
      await screenshot(page, 'map-keys-shift-n-qonos');
    }
  }
  // Round to the first, and Shift+P back to the last: a third power's.
  await page.keyboard.press('Shift+P');
  const last = worlds[worlds.length - 1];
  await expect(heading).toHaveText(last?.name ?? '?');
  expect(last?.owner).not.toBe('federation');
  // N and P keep to the player's own worlds, from wherever Shift+N left the selection.
  const own = worlds.filter((w) => w.owner === 'federation');
  await page.keyboard.press('n');
  await expect(heading).toHaveText(own[0]?.name ?? '?');
  await page.keyboard.press('p');
  await expect(heading).toHaveText(own[own.length - 1]?.name ?? '?');
  // How to win (H) says the keys, Shift+N among them.
  await page.keyboard.press('h');
  const keys = page.getByTestId('how-to-win').getByTestId('keys-table');
  await expect(keys.locator('tr', { hasText: 'whoever holds it' })).toHaveText(
    /^Shift\+N \/ Shift\+P\s*select the next or previous world on the map, whoever holds it/,
  );
  await keys.scrollIntoViewIfNeeded();
  await screenshot(page, 'map-keys-how-to-win-keys');
  await page.keyboard.press('h');
});

for (const [width, height] of [
  [1280, 720],
  [1024, 640],
] as const) {
  test(`at ${width}×${height} the first hint covers no name or fleet of the map, nor the panel’s tabs or End`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const [link, shot] of [
      ['/?scenario=khitomer-accords&seed=teach-campaign&side=federation&opponent=loyalist', 'campaign'],
      ['/?scenario=centennial-eve&seed=teach-short&side=klingon&opponent=loyalist', 'centennial-eve'],
    ] as const) {
      await page.goto(link);
      // The second link asks before it replaces the first game.
      const replace = page.getByTestId('link-replace');
      await expect(page.getByTestId('hud-year').or(replace)).toBeVisible();
      if (await replace.isVisible()) await replace.click();
      const hint = page.getByTestId('hint');
      await expect(hint).toContainText('The map and your fleets');
      const box = await hint.boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      // The names, the fleets' strengths and their ships (the stars behind them left out).
      const drawn = (await page.evaluate(() => window.khitomer.drawn())).filter((d) => d.text !== 'star');
      // The campaign's first hint lay over Betazed, Cardassia Prime and Bajor at the lower left.
      const names = drawn.filter((d) => d.kind === 'text');
      expect(names.length).toBeGreaterThan(10);
      expect(drawn.filter((d) => meets(d, box)).map((d) => d.text)).toEqual([]);
      // Nor the panel's tabs or End: it is all in sight beside them.
      for (const id of ['tab-orders', 'tab-chart', 'end-turn']) {
        const other = await page.getByTestId(id).boundingBox();
        expect(other, id).not.toBeNull();
        if (other)
          expect(
            box.x < other.x + other.width &&
              other.x < box.x + box.width &&
              box.y < other.y + other.height &&
              other.y < box.y + box.height,
            id,
          ).toBe(false);
      }
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      await expect(page.getByTestId('end-turn')).toBeInViewport();
      await screenshot(page, `map-keys-hint-${shot}-${width}x${height}`);
    }
  });
}

test('a queued move’s line runs along the lanes it will sail, not straight across', async ({ page }) => {
  await campaign(page, 'klingon', 'play20');
  // The home fleet from Qo'noS to Korvat: two lanes, by Mempa, far off the straight line.
  const w = await page.evaluate(() => {
    const s = window.khitomer.state();
    const at = (id: string) => {
      const x = s?.systems.find((y) => y.id === id);
      return { x: x?.x ?? 0, y: x?.y ?? 0 };
    };
    return { qonos: at('qonos'), mempa: at('mempa'), korvat: at('korvat') };
  });
  const ship = { x: w.qonos.x - 26, y: w.qonos.y - 24 };
  const mid = (a: { x: number; y: number }, b: { x: number; y: number }) => ({
    x: (a.x + b.x) / 2,
    y: (a.y + b.y) / 2,
  });
  const toPage = await onPage(page);
  // The middle of each lane sailed, and the middle of the straight line from the ship to Korvat.
  const points = [mid(ship, w.mempa), mid(w.mempa, w.korvat), mid(ship, w.korvat)].map(toPage);
  const red = (): Promise<boolean[]> => redNear(page, points);
  expect(await red()).toEqual([false, false, false]);
  const issued = await page.evaluate(() =>
    window.khitomer.issue({ type: 'move', fleet: 'kdf-home', to: 'korvat' }),
  );
  expect(issued.ok).toBe(true);
  await expect.poll(red).toEqual([true, true, false]);
  await screenshot(page, 'map-keys-move-along-lanes');
});
