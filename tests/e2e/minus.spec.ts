// One way to write a number below zero: the minus sign (U+2212) on every screen. The ledger and the
// report wrote "-15" with a hyphen-minus where the HUD, the previews and the support words wrote "−15".
import type { Locator } from '@playwright/test';
import { endTurnAnyway, expect, screenshot, test } from './helpers';
import { playTo, start } from './play20';

/** A hyphen-minus standing for a minus: before a digit, after a space, a bracket, a dot or the start (not an id, a seed or a date's en dash). */
const HYPHEN_NUMBER = /(^|[\s(·:,;])-\d[^\n]{0,40}/gm;

async function hyphens(where: Locator): Promise<string[]> {
  const text = (await where.allInnerTexts()).join('\n');
  return [...text.matchAll(HYPHEN_NUMBER)].map((m) => m[0].trim());
}

test('the ledger, the orders’ previews and the report write a number below zero with the minus sign', async ({
  page,
  errors,
}) => {
  // The campaign in 2296: a leak's −15 in the ledger as the year opens, and in its report as it ends.
  await start(page);
  await playTo(page, 2295);
  const side = page.getByTestId('side-panel');
  // The previews: what an order breaks, and at what cost in standing.
  await expect(
    side.getByText(/Breaks Article [IVX]+ \((covert|open)\): −\d+ standing/).first(),
  ).toBeVisible();
  expect(await hyphens(side)).toEqual([]);
  await page.getByTestId('tab-ledger').click();
  await expect(page.getByTestId('ledger-due')).toContainText('−15: The Klingon Empire steals 10 reserves');
  expect(await hyphens(side)).toEqual([]);
  await page.getByTestId('tab-events').click();
  expect(await hyphens(side)).toEqual([]);
  await endTurnAnyway(page);
  const report = page.getByTestId('report');
  await expect(report.locator('li', { hasText: 'Klingon Empire · Art. I · −15 ·' })).toHaveCount(1);
  expect(await hyphens(report)).toEqual([]);
  await screenshot(page, 'minus-report');
  expect(errors).toEqual([]);
});
