// The screens as a player meets them: a share link pasted over a game in progress, a burst of
// refused orders, a small window, the end screen's buttons, the copy confirmed, the texts' capitals.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

/** Pixels of the violation flash's red (#ff5566) on the map: below the HUD, left of the side panel. */
function flashPixels(png: PNG): number {
  let n = 0;
  for (let y = 100; y < png.height; y++) {
    for (let x = 0; x < png.width - 400; x++) {
      const i = (y * png.width + x) * 4;
      const r = png.data[i] ?? 0;
      const g = png.data[i + 1] ?? 0;
      const b = png.data[i + 2] ?? 0;
      if (r > 235 && g > 65 && g < 105 && b > 80 && b < 125) n++;
    }
  }
  return n;
}

/** The share of pixels that differ clearly between two screenshots of the same size. */
function differing(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(
      Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)),
      Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)),
      Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0)),
    );
    if (d > 40) n++;
  }
  return n / (a.width * a.height);
}

async function shot(page: Page, name: string): Promise<PNG> {
  await screenshot(page, name);
  return PNG.sync.read(await page.screenshot());
}

test('a share link pasted during a game opens the viewer on a screen drawn whole', async ({ page }) => {
  // A link to a game of Centennial Eve (twelve systems).
  await page.goto('/?scenario=centennial-eve&seed=pasted&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await page.getByTestId('share-link').click();
  await expect.poll(() => page.evaluate(() => document.body.dataset.shareLink ?? '')).toContain('#replay=');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');

  // A game on the larger map of the Accords, its year played out slowly, a violation flashing.
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('khitomer.settings', JSON.stringify({ animationSpeed: 2 })));
  await page.reload();
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-khitomer-accords').check();
  await page.getByTestId('seed').fill('pasted-over');
  await page.getByTestId('start').click();
  await page.getByTestId('replace-yes').click(); // the link's game is saved: replacing it is asked
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.getByTestId('order-embargo').getByTestId('give-order').click();
  await endTurnAnyway(page);
  // The flash comes when the playback reaches the violation: watched for, not timed (a loaded
  // machine plays the year later than a quiet one).
  await expect
    .poll(async () => flashPixels(PNG.sync.read(await page.screenshot())), {
      message: 'the violation flashes',
      timeout: 10_000,
      intervals: [100],
    })
    .toBeGreaterThan(200);
  await screenshot(page, 'paste-during-playback');

  // Pasted into the address bar: only the fragment changes, the page stays.
  await page.evaluate((l) => {
    location.href = l;
  }, link);
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  await expect(page.getByTestId('report')).toHaveCount(0);
  await page.waitForTimeout(2500); // past the end of the playback the link interrupted
  const pasted = await shot(page, 'paste-viewer');
  expect(flashPixels(pasted), 'no flash is left').toBe(0);

  // The same link opened in a fresh page: the two screens are the same.
  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('viewer-year')).toHaveText('2293');
  await fresh.waitForTimeout(500);
  const clean = await shot(fresh, 'paste-viewer-fresh');
  expect(differing(pasted, clean), 'share of pixels that differ from a fresh viewer').toBeLessThan(0.002);
  await fresh.close();
});

test('5,000 refused orders in one year draw the panel once, and the focus stays', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'refusals');
  const panel = page.getByTestId('side-panel');
  const give = page.getByTestId('order-embassy').getByTestId('give-order');
  await give.focus();
  await page.waitForTimeout(200);
  const before = Number(await panel.getAttribute('data-renders'));
  expect(before).toBeGreaterThan(0);
  const refused = await page.evaluate(() => {
    let n = 0;
    for (let i = 0; i < 5000; i++) {
      const r = window.khitomer.issue({ type: 'move', fleet: 'no-such-fleet', to: 'sol' });
      if (!r.ok) n++;
    }
    return n;
  });
  expect(refused).toBe(5000);
  await expect(page.getByTestId('notice')).toBeVisible();
  await expect(panel).toHaveAttribute('data-renders', String(before + 1));
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  // Drawn in place: the button that had the keyboard's focus has it still.
  await expect(give).toBeFocused();
});

test('at 800×600 the report opens at its title, its Continue in sight', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await startShortGame(page, 'loyalist', 'small-screen');
  await screenshot(page, 'small-map');
  await page.getByTestId('order-embargo').getByTestId('give-order').click();
  await endTurnAnyway(page);
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  await expect(report.locator('h2')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('report-continue')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('report-continue')).toBeFocused();
  await screenshot(page, 'small-report');
});

test('the end screen at 1280×720: its buttons in sight, Share link confirmed, New game opens New game', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?scenario=centennial-eve&seed=end-720&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) window.khitomer.endTurn();
  });
  await expect(page.getByTestId('end-screen')).toBeVisible();
  for (const id of ['end-new-game', 'export-replay', 'share-link'])
    await expect(page.getByTestId(id), id).toBeInViewport({ ratio: 1 });
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('end-screen').getByTestId('notice')).toContainText('Share link');
  await page.waitForTimeout(1500);
  await screenshot(page, 'end-720');
  await page.getByTestId('end-new-game').click();
  await expect(page.getByTestId('new-game-dialog')).toBeVisible();
});

test('the events of the year start with a capital', async ({ page }) => {
  // A scenario whose event text starts with a name that does not ("the Klingon Empire claims…"): the
  // core puts names first, the screen makes a sentence of it. (Built here, not left to the draws.)
  const eve = JSON.parse(readFileSync('levels/centennial-eve.json', 'utf8'));
  eve.id = 'capitals';
  eve.title = 'Capitals';
  const claim = eve.timeline.find(
    (e: { year: number; type: string }) => e.year === 2296 && e.type === 'dispute',
  );
  claim.text = '{party} claims {system}, the grain world both powers have long coveted.';
  await page.goto('/');
  await page.getByTestId('scenario-file').click();
  await page.getByTestId('scenario-file-input').setInputFiles({
    name: 'capitals.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(eve)),
  });
  await expect(page.getByTestId('scenario-chosen')).toContainText('Capitals');
  await page.getByTestId('seed').fill('cap-0');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    for (let i = 0; i < 3; i++) window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2296');
  const raw = await page.evaluate(() => window.khitomer.state()?.events.map((e) => e.text) ?? []);
  expect(
    raw.some((t) => /^the /.test(t)),
    'a text of the core starts with "the"',
  ).toBe(true);
  await page.getByTestId('tab-events').click();
  const texts = await page.getByTestId('event-text').allTextContents();
  expect(texts.length).toBe(raw.length);
  for (const t of texts) expect(t).toMatch(/^[A-Z0-9“"']/);
});

test('the viewer answers its keys, and a redraw keeps the focused button', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const replay = await page.evaluate(() => {
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: 'keys',
      side: 'federation',
      opponent: 'hawk',
    });
    for (let i = 0; i < 5; i++) window.khitomer.endTurn();
    return window.khitomer.replay();
  });
  await page.evaluate((r) => window.khitomer.loadReplay(r), replay);
  const year = page.getByTestId('viewer-year');
  await expect(year).toHaveText('2293');
  await page.keyboard.press('ArrowRight');
  await expect(year).toHaveText('2294');
  await page.keyboard.press('ArrowLeft');
  await expect(year).toHaveText('2293');
  // Year ▶ clicked: the panel is drawn again around it, and it keeps the focus.
  const forward = page.getByTestId('viewer-forward');
  await forward.click();
  await expect(year).toHaveText('2294');
  await expect(forward).toBeFocused();
  // Space on a focused button presses that button, once; elsewhere it plays and pauses.
  await page.keyboard.press('Space');
  await expect(year).toHaveText('2295');
  // A click on the map takes the keys back from the panel.
  await page.mouse.click(5, 300);
  await expect(forward).not.toBeFocused();
  await page.keyboard.press('Space');
  await expect(year).toHaveText('2298', { timeout: 5_000 });
  await expect(page.getByTestId('viewer-play')).toHaveText('Play');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('new-game')).toBeVisible();
});
