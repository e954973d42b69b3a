// Playtest 25's words on the screens a newcomer tripped on: How to win's grades run into the next
// heading; a disputed world that offers no seizure and says nothing; "2 ships built at Qo'noS: −16"
// for two orders of 2; the end of a five-year game with a table of decades, "for The Federation"
// and no way back to the title or word of what next; a leak's "— 15 standing" in the news.
import { campaignLeftToItself, endTurnAnyway, expect, screenshot, test } from './helpers';
import { giveOrders, playTo, start } from './play20';

test('Centennial Eve as the Empire: How to win, a world out of reach, two builds, and the end', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/?scenario=centennial-eve&seed=ui26&side=klingon&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');

  // How to win: room between the grades and the heading after them.
  await page.getByTestId('open-how-to-win').click();
  const panel = page.getByTestId('how-to-win');
  await expect(panel).toBeVisible();
  const gap = await panel.evaluate((p) => {
    const ladder = p.querySelector('[data-testid="how-to-win-grades"]');
    const heading = p.querySelector('[data-testid="influence-explained"] h3');
    if (!ladder || !heading) return Number.NaN;
    return heading.getBoundingClientRect().top - ladder.getBoundingClientRect().bottom;
  });
  // As much as a heading after a paragraph or a list gets (base.css: 12 px).
  expect(gap).toBeGreaterThanOrEqual(12);
  await panel.getByTestId('how-to-win-grades').scrollIntoViewIfNeeded();
  await screenshot(page, 'ui26-how-to-win');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Sherman's Planet: the Empire's fleets are 2 lanes from it; the panel says why it cannot be seized.
  await page.getByTestId('tab-orders').click();
  expect(await page.evaluate(() => window.khitomer.select('shermans-planet'))).toBe(true);
  const orders = page.getByTestId('orders-panel');
  await expect(orders.locator('h3').first()).toHaveText("Sherman's Planet");
  await expect(orders.getByTestId('order-seize')).toHaveCount(0);
  await expect(orders.getByTestId('not-now-seize')).toHaveText(
    /^Seize Sherman's Planet: no fleet of yours is near enough this year; a seizure needs one at Sherman's Planet or 1 lane from it\. Your nearest, the [A-Z][\w']+ Squadron at [A-Z][\w' -]+, is 2 lanes away \(a fleet moves up to 2 lanes a year\)\.$/,
  );
  await screenshot(page, 'ui26-seize-out-of-reach');

  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click();
  // 2294 (the playtest's year): two orders to build 2 ships at Qo'noS; the reserves line says both.
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  for (let i = 0; i < 2; i++) {
    const r = await page.evaluate(() => window.khitomer.issue({ type: 'build', system: 'qonos', ships: 2 }));
    expect(r.ok).toBe(true);
  }
  await endTurnAnyway(page);
  const reserves = page.getByTestId('report-reserves');
  await expect(reserves).toBeVisible();
  const line = (await reserves.textContent()) ?? '';
  const built = /2 ships built at Qo'noS: −(\d+) \(−(\d+), 2 times\)/.exec(line);
  expect(built, line).not.toBeNull();
  expect(Number(built?.[1])).toBe(2 * Number(built?.[2]));
  expect(line.split('ships built at')).toHaveLength(2);
  await page.getByTestId('report').getByText('2 ships join the fleet').first().scrollIntoViewIfNeeded();
  await expect(
    page.getByTestId('report').getByText(/\+4 \(\+2, 2 times\) · 2 ships join the fleet/),
  ).toHaveCount(1);
  await reserves.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui26-report-builds');
  await page.getByTestId('report-continue').click();

  for (let year = 2295; year < 2298; year++) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await endTurnAnyway(page);
    // The last year's report says the later years its lines name will not come; no other does.
    const ended = page.getByTestId('report-ended');
    if (year === 2297) {
      await expect(ended).toHaveText(/^The game ends with this year/);
      await screenshot(page, 'ui26-last-report');
    } else await expect(ended).toHaveCount(0);
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  const end = page.getByTestId('end-screen');
  await expect(end).toBeVisible();
  // Five years: no table of decades, nor its heading.
  await expect(end.getByTestId('end-decades')).toHaveCount(0);
  await expect(end).not.toContainText('decade by decade');
  // A power's name mid-sentence has no capital.
  const who = (await page.getByTestId('end-who').textContent()) ?? '';
  expect(who).toMatch(/^(You did better|You and the Federation finish level|The Federation did better)/);
  expect(who.slice(1)).not.toMatch(/\bThe (Federation|Klingon Empire)\b/);
  // Where the gap came from, unless the scores are level.
  if (!/finish level/.test(who))
    await expect(end.getByTestId('end-gap')).toHaveText(/^(Your|The Federation’s) lead came from [a-z]/);
  // What to try next, and the ways on: all in the first view at 1280 × 800.
  await expect(end.getByTestId('end-next')).toHaveText(
    'Next, try the campaign: The Khitomer Accords, the whole century from 2293 to 2393. Choose it under New game.',
  );
  for (const id of [
    'end-next',
    'end-new-game',
    'end-watch-replay',
    'end-menu',
    'export-replay',
    'share-link',
  ])
    await expect(end.getByTestId(id), id).toBeInViewport({ ratio: 1 });
  await page.waitForTimeout(1500); // the parade
  await screenshot(page, 'ui26-end');

  // The replay, and back to this screen.
  await end.getByTestId('end-watch-replay').click();
  await expect(page.getByTestId('viewer-panel')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('viewer-close').click();
  await expect(page.getByTestId('end-screen')).toBeVisible();
  // The title, where the ended game is kept: Continue shows the end again.
  await page.getByTestId('end-menu').click();
  await expect(page.getByTestId('title-menu')).toBeVisible();
  await expect(page.getByTestId('saved-game')).toContainText('ended in 2298');
  await screenshot(page, 'ui26-title-after-end');
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('end-screen')).toBeVisible();
  await expect(page.getByTestId('end-next')).toBeVisible();
});

test('a covert act come to light in the news: its cost with the minus sign', async ({ page }) => {
  // The playtest of play20: the Empire's theft of 2293 comes out in the news of 2296.
  await start(page);
  await playTo(page, 2294);
  await giveOrders(page, 2295);
  await endTurnAnyway(page);
  const coming = page.getByTestId('report-coming');
  await expect(coming).toBeVisible();
  const leak = coming.locator('li', { hasText: 'with the cover-up' });
  await expect(leak).toHaveCount(1);
  await expect(leak).toHaveText(/\. −\d+ standing, with the cover-up\.$/);
  expect(await page.getByTestId('report').textContent()).not.toMatch(/—\s*\d/);
  await leak.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui26-news-leak');
});

test('a game of more than one decade still shows its points decade by decade, each row adding up', async ({
  page,
}) => {
  // The campaign left to itself collapses in 2304 (tests/e2e/layout.spec.ts): two decades begun.
  await campaignLeftToItself(page);
  const end = page.getByTestId('end-screen');
  await expect(end).toContainText('Points banked, decade by decade');
  const decades = end.getByTestId('end-decades');
  await expect(decades.locator('tr').first()).toHaveText(/^From\s*2293\s*2303\s*At the end\s*Score$/);
  const rows = await decades
    .locator('tr')
    .evaluateAll((trs) =>
      trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
  expect(rows).toHaveLength(2);
  const value = (t: string) => Number(t.replace('\u2212', '-').replace('±', ''));
  for (const cells of rows) {
    const total = value(cells.at(-1) ?? 'NaN');
    const parts = cells.slice(0, -1).map(value);
    expect(parts.reduce((n, x) => n + x, 0)).toBe(total);
  }
  // Not the lesson: no line on what to play next.
  await expect(end.getByTestId('end-next')).toHaveCount(0);
  await decades.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui26-end-decades');
});
