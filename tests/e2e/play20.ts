// The newcomer playtest of session 20 (the campaign, seed play20, the Klingon Empire against the
// pragmatist), played again from its Klingon orders (fixtures/play20-klingon.json).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './helpers';

const played = JSON.parse(readFileSync('tests/e2e/fixtures/play20-klingon.json', 'utf8')) as {
  klingon: Record<string, unknown[]>;
};

export async function start(page: Page, seed = 'play20'): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const started = await page.evaluate(
    (seed) =>
      window.khitomer.newGame({
        scenario: 'khitomer-accords',
        seed,
        side: 'klingon',
        opponent: 'pragmatist',
      }),
    seed,
  );
  expect(started.ok).toBe(true);
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
}

/** Give the playtest's orders of the year shown, each accepted. */
export async function giveOrders(page: Page, year: number): Promise<void> {
  for (const order of played.klingon[String(year)] ?? []) {
    const r = await page.evaluate((o) => window.khitomer.issue(o), order);
    expect(r.ok, `${year}: ${JSON.stringify(order)}`).toBe(true);
  }
}

/** Play the playtest's years from the year shown up to `last` (its report closed). */
export async function playTo(page: Page, last: number): Promise<void> {
  for (;;) {
    const year = Number(await page.getByTestId('hud-year').textContent());
    if (year > last) return;
    await giveOrders(page, year);
    expect((await page.evaluate(() => window.khitomer.endTurn())).ok).toBe(true);
    await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1), { timeout: 15_000 });
  }
}
