// Issue 15's small defects, through the screens: every order has a key (past the tenth, the keys
// turn a page), and a home-politics event's support line in the year's report says what changed and why.
import type { Page } from '@playwright/test';
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

/** Select the next of the player's systems until the orders panel lists more than ten orders. */
async function longList(page: Page): Promise<number> {
  const rows = page.getByTestId('orders-panel').locator('.card.order');
  for (let i = 0; i < 12; i++) {
    if ((await rows.count()) > 10) return rows.count();
    await page.keyboard.press('n');
  }
  return rows.count();
}

test('orders past the tenth have keys: ] turns the keys to the next ten, [ back, and the panel says so', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'keys-e2e');
  const count = await longList(page);
  expect(count).toBeGreaterThan(10);
  const panel = page.getByTestId('orders-panel');
  const rows = panel.locator('.card.order');
  const line = page.getByTestId('key-pages');
  await expect(line).toHaveText(
    `Keys 1–9 and 0 give orders 1–10 of ${count}. ] for the next ten, [ for the ten before.`,
  );
  await expect(rows.nth(0).locator('kbd')).toHaveText('1');
  await expect(rows.nth(9).locator('kbd')).toHaveText('0');
  await expect(rows.nth(10).locator('kbd')).toHaveCount(0);
  await page.keyboard.press(']');
  await expect(line).toContainText(`give orders 11–${Math.min(count, 20)} of ${count}`);
  await expect(rows.nth(0).locator('kbd')).toHaveCount(0);
  await expect(rows.nth(10).locator('kbd')).toHaveText('1');
  // The line stays in sight over the list scrolled to the eleventh order.
  await expect(line).toBeInViewport();
  await screenshot(page, 'orders-key-page-2');
  // Key 1 now gives the eleventh order (the first still enabled from there on).
  const eleventh = rows.nth(10);
  const label = (await eleventh.getByTestId('give-order').getAttribute('aria-label')) ?? '';
  expect(label).toMatch(/^Give: /);
  if (await eleventh.getByTestId('give-order').isEnabled()) {
    await page.keyboard.press('1');
    await expect(page.getByTestId('queued-order').first()).toContainText(label.replace(/^Give: /, ''));
  }
  // [ turns back to the first ten; past the last page the keys come round to the first.
  await page.keyboard.press('[');
  await expect(line).toContainText(`give orders 1–10 of ${await rows.count()}`);
  await expect(rows.nth(0).locator('kbd')).toHaveText('1');
});

test("a home-politics event's support line says when, the support before and after, and why", async ({
  page,
}) => {
  // Seed "newcomer" of the campaign: "Warriors at the Gate" opens 2295, and its −5 moves in the
  // report of 2294 (the year's events are revealed as the year before ends).
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const r = await page.evaluate(() =>
    window.khitomer.newGame({
      scenario: 'khitomer-accords',
      seed: 'newcomer',
      side: 'federation',
      opponent: 'loyalist',
    }),
  );
  expect(r.ok).toBe(true);
  for (const year of [2293, 2294]) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await endTurnAnyway(page);
    await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
    if (year === 2293) await page.getByTestId('report-continue').click();
  }
  // The support line (the event's own line, with its text, is among the obligations).
  const line = page
    .getByTestId('report')
    .locator('li', { hasText: /^The Klingon Empire · −5 · Warriors at the Gate/ });
  await expect(line).toHaveCount(1);
  await expect(line).toHaveText(
    /^The Klingon Empire · −5 · Warriors at the Gate, the news of 2295: support at home \d+ → \d+\. The Great Houses grumble/,
  );
  const [before, after] =
    ((await line.textContent()) ?? '')
      .match(/\d+ → \d+/)?.[0]
      .split(' → ')
      .map(Number) ?? [];
  expect((before ?? 0) - (after ?? 0)).toBe(5);
  await line.scrollIntoViewIfNeeded();
  await screenshot(page, 'report-support-event-line');
});
