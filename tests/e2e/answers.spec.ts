// A newcomer's walk through the new answers of rules version 7, with the mouse: a third power's
// named world is marked on the map and its tooltip says who strikes and when; a demand for
// reparations made by the other power is answered from the diplomacy list, and the report says so.
// Seed play-ce-26 against the loyalist: with no orders, the Federation leaves Qo'noS short of aid in
// 2294, the Romulans name Khitomer that year, and the loyalist demands reparations in 2295 (play-ce's
// demand comes a year later under rules version 9).
import type { Page } from '@playwright/test';
import { expect, onScreen, screenshot, startShortGame, test } from './helpers';

/** End the year with the button (aid left short on purpose: anyway) and close its report. */
async function endYear(page: Page, year: number): Promise<void> {
  await expect(page.getByTestId('hud-year')).toHaveText(String(year));
  await page.getByTestId('end-turn').click();
  if (year === 2294) await page.getByTestId('aid-question-end').click();
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
}

test('a named world shows its raider on hover; a demand for reparations is paid from the diplomacy list', async ({
  page,
  errors,
}) => {
  await startShortGame(page, 'loyalist', 'play-ce-26');
  await endYear(page, 2293);
  await endYear(page, 2294);

  // 2295: the Romulans have named Khitomer; the tooltip over it says so, in names, with the year.
  const khitomer = await onScreen(page, 'khitomer');
  await page.mouse.move(khitomer.x, khitomer.y);
  const tooltip = page.getByTestId('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Khitomer');
  await expect(tooltip).toContainText('Named by Romulan Star Empire');
  await expect(tooltip).toContainText('strikes in 2296');
  // In words, and all of it in sight: never under the side panel.
  await expect(tooltip).not.toContainText(/\b(core|border|neutral-zone)\b(?! world)/);
  const tip = await tooltip.boundingBox();
  const side = await page.getByTestId('side-panel').boundingBox();
  expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(side?.x ?? 0);
  await screenshot(page, 'answers-threat-tooltip');
  await page.mouse.move(5, 790);
  await endYear(page, 2295);

  // 2296: the loyalist's demand awaits the Federation's answer, in the diplomacy list.
  await page.getByTestId('tab-orders').click();
  const answers = page.getByTestId('order-reparations');
  await expect(answers).toHaveCount(2);
  const pay = answers.filter({ hasText: 'Pay the reparations' });
  await expect(pay).toContainText('12 reserves');
  await expect(answers.filter({ hasText: 'Refuse the reparations' })).toContainText(
    'no influence or reserves',
  );
  await pay.getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toContainText('Pay the reparations');
  await expect(pay.getByTestId('give-order')).toBeDisabled(); // one answer a year
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  // The act of faith, with its standing, and the reserves that go with it.
  // Paid, they settle the breaches seen before them (rules version 24).
  await expect(report).toContainText(
    /\+6 · The Federation pays reparations to the Klingon Empire: its breaches seen until now are settled\./,
  );
  await screenshot(page, 'answers-reparations-paid');
  await page.getByTestId('report-continue').click();
  await page.getByTestId('tab-orders').click();
  await expect(page.getByTestId('order-embassy').first()).toBeVisible();
  await expect(page.getByTestId('order-reparations')).toHaveCount(0); // the demand is answered
  expect(errors).toEqual([]);
});
