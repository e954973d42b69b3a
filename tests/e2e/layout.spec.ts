// The HUD is one band at 1280 px and wider, and the end screen is seen whole, without scrolling, at
// 1280×720 and 1920×1080; when it is longer than the window, the page scrolls as one.
import type { Page } from '@playwright/test';
import { campaignLeftToItself, expect, screenshot, test } from './helpers';

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

/** The elements of the end screen that scroll (their content taller than their box), by test id or tag. */
const scrollers = (page: Page) =>
  page
    .getByTestId('end-page')
    .evaluate((root) =>
      [root, ...root.querySelectorAll('*')]
        .filter((e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible')
        .map((e) => (e as HTMLElement).dataset.testid ?? e.tagName),
    );

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the HUD is one band and the end screen is seen whole, unscrolled`, async ({
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
    // Everything the game came to is in the first view, without a scroll of any kind (the playtest
    // read the decades in a box scrolling inside the panel at 1280×720).
    for (const id of [
      'end-score-sources',
      'chart',
      'end-totals',
      // Centennial Eve's five years: no table of decades, the line on what to play next instead.
      'end-next',
      'end-new-game',
      'end-menu',
      'export-replay',
      'share-link',
    ])
      await expect(end.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    expect(await scrollers(page), 'nothing scrolls').toEqual([]);
    await page.waitForTimeout(1500); // the parade
    await screenshot(page, `end-${width}x${height}`);
    expect(errors).toEqual([]);
  });
}

test('an end screen longer than the window scrolls as one page, the title with it: no box scrolls inside it', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // The campaign left to itself: no embassy, fugitives sheltered; the Accords collapse in 2304 with a
  // chain of ten violations, longer than the window.
  await campaignLeftToItself(page);
  const end = page.getByTestId('end-screen');
  await expect(page.getByTestId('end-title')).toContainText('The Accords collapse');
  const scroller = page.getByTestId('end-page');
  expect(await scrollers(page), 'only the page scrolls').toEqual(['end-page']);
  const title = async () =>
    (await page.evaluate(() => window.khitomer.drawn())).find((d) => d.text === 'The Accords collapse')?.y ??
    NaN;
  const before = await title();
  const scrolled = await scroller.evaluate((p) => {
    p.scrollTop = p.scrollHeight;
    return p.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(0);
  for (const id of ['end-decades', 'end-new-game'])
    await expect(end.getByTestId(id), id).toBeInViewport({ ratio: 1 });
  // The title and the emblems above the panel go up with it, not under it.
  await expect.poll(title).toBeCloseTo(before - scrolled, 0);
  await screenshot(page, 'end-1280x720-scrolled');
  expect(errors).toEqual([]);
});

test('a year of many orders: the queue scrolls within a third of the window, and the cards keep their room', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?scenario=khitomer-accords&seed=layout-queue&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // Seven orders (playtest 26 gave nine in a war year, and its cards were left a strip 30 px high).
  const orders = [
    { type: 'embassy', action: 'establish' },
    { type: 'address-council' },
    { type: 'build', system: 'sol', ships: 1 },
    { type: 'move', fleet: 'fed-home', to: 'vulcan' },
    { type: 'move', fleet: 'fed-sb11', to: 'andoria' },
    { type: 'move', fleet: 'fed-k7', to: 'deneva' },
    { type: 'move', fleet: 'fed-ajilon', to: 'cestus-iii' },
  ];
  const results = await page.evaluate((os) => os.map((o) => window.khitomer.issue(o)), orders);
  const given = results.filter((r) => r.ok).length;
  expect(results.map((r) => (r.ok ? 'ok' : r.error.message))).toEqual(orders.map(() => 'ok'));
  await page.keyboard.press('e');
  const queue = page.getByTestId('queued');
  await expect(page.getByTestId('queued-order')).toHaveCount(given);
  const box = await queue.boundingBox();
  expect(box?.height ?? 0, 'the queue within a third of the window').toBeLessThanOrEqual(800 / 3 + 1);
  // It scrolls: its last order is reached, not cut away.
  expect(await queue.evaluate((q) => q.scrollHeight > q.clientHeight)).toBe(true);
  await page.getByTestId('withdraw').last().scrollIntoViewIfNeeded();
  await expect(page.getByTestId('withdraw').last()).toBeInViewport();
  // Its heading stays above what scrolled.
  await expect(queue.getByRole('heading', { name: 'Orders for 2293' })).toBeInViewport();
  // The Events tab's cards keep a quarter of the window, with the first year's hint above them too.
  await expect(page.getByTestId('hint')).toBeVisible();
  const body = await page.getByTestId('events-panel').evaluate((p) => p.closest('.body')?.clientHeight ?? 0);
  expect(body).toBeGreaterThan(800 / 4);
  await screenshot(page, 'queue-of-nine');
  expect(errors).toEqual([]);
});

test('the year’s report opens below the HUD, the Accords’ status in sight, and ends within the window', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The Empire: no aid of its own is asked in 2293 (Praxis is its own disaster), so no question comes.
  await page.goto('/?scenario=khitomer-accords&seed=layout-report&side=klingon&opponent=hawk');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  for (const height of [800, 720]) {
    await page.setViewportSize({ width: 1280, height });
    const hud = await page.getByTestId('hud').boundingBox();
    const report = await page.getByTestId('report').boundingBox();
    // Playtest 35: centred, the report cut the "Accords strained" chip in half.
    expect(report?.y ?? 0, 'the report below the HUD').toBeGreaterThanOrEqual(
      (hud?.y ?? 0) + (hud?.height ?? 0),
    );
    expect((report?.y ?? 0) + (report?.height ?? 0), 'the report within the window').toBeLessThanOrEqual(
      height,
    );
    await expect(page.getByTestId('report-continue')).toBeInViewport();
    await screenshot(page, `report-below-hud-${height}`);
  }
  expect(errors).toEqual([]);
});

test('How to win and the rules open below the HUD, the standings and the Accords’ status in sight', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?scenario=khitomer-accords&seed=layout-dialogs&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  for (const [open, dialog, close] of [
    ['open-how-to-win', 'how-to-win', 'how-to-win-close'],
    ['open-rules', 'rules', 'rules-close'],
  ] as const) {
    await page.getByTestId(open).click();
    for (const height of [800, 640]) {
      await page.setViewportSize({ width: 1280, height });
      const hud = await page.getByTestId('hud').boundingBox();
      const box = await page.getByTestId(dialog).boundingBox();
      // Playtest 39: centred, How to win hid the Klingon standing's line and the Accords' chip.
      expect(box?.y ?? 0, `${dialog} below the HUD`).toBeGreaterThanOrEqual(
        (hud?.y ?? 0) + (hud?.height ?? 0),
      );
      expect((box?.y ?? 0) + (box?.height ?? 0), `${dialog} within the window`).toBeLessThanOrEqual(height);
      await expect(page.getByTestId('hud-status')).toBeInViewport();
      await expect(page.getByTestId(dialog).locator('h2')).toBeInViewport();
    }
    await screenshot(page, `${dialog}-below-hud`);
    await page.getByTestId(close).click();
    await expect(page.getByTestId(dialog)).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  expect(errors).toEqual([]);
});
