import type { Page } from '@playwright/test';
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

/** Every system, fleet, event and obligation id of the game so far (and other ids a player could meet). */
async function idsOf(page: Page): Promise<Map<string, string>> {
  const found = await page.evaluate(() => {
    const s = window.khitomer.state();
    if (!s) return [];
    const out: [string, string][] = [];
    for (const x of s.systems) out.push([x.id, x.name]);
    for (const x of s.fleets) out.push([x.id, '']);
    for (const x of s.thirdPowers) out.push([x.id, x.name]);
    for (const x of s.events) out.push([x.id, '']);
    for (const x of s.obligations) out.push([x.id, '']);
    for (const x of s.wars) out.push([x.id, '']);
    for (const x of s.claims) out.push([x.id, '']);
    for (const x of s.covert) out.push([x.id, '']);
    return out;
  });
  return new Map(found);
}

/** The ids on the page as whole tokens, case and all; an id written the same as its own name is a name. */
async function idsShown(page: Page, ids: Map<string, string>, where: string): Promise<string[]> {
  // innerText, not textContent: the words as laid out, one block apart from the next, so that an id
  // beside a name is still a token of its own.
  // biome-ignore lint/performance/useDomNodeTextContent: the layout's word breaks are what is wanted
  const text = await page.evaluate(() => document.body.innerText);
  const tokens = new Set(text.match(/[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]/g) ?? []);
  return [...ids].filter(([id, name]) => tokens.has(id) && id !== name).map(([id]) => `${where}: ${id}`);
}

test('no system, fleet, event or obligation id reaches any screen of a whole game', async ({ page }) => {
  test.setTimeout(900_000);
  await startShortGame(page, 'pragmatist', 'names-not-ids');
  const seen = new Map<string, string>();
  const leaks: string[] = [];
  const look = async (where: string) => {
    for (const [id, name] of await idsOf(page)) seen.set(id, name);
    leaks.push(...(await idsShown(page, seen, where)));
  };
  for (let year = 2293; year < 2298; year++) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await look(`${year} orders`);
    // Each of our systems in turn: its fleets, its world and their orders.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('n');
      await look(`${year} orders, system ${i + 1}`);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('tab-events').click();
    await look(`${year} events`);
    // Answer what the year asks and try a covert act: their words enter the report and the ledger.
    const choice = page.getByTestId('events-panel').getByTestId('give-order').first();
    if ((await choice.count()) > 0 && (await choice.isEnabled())) await choice.click();
    await page.getByTestId('tab-orders').click();
    const spy = page.getByTestId('order-espionage').first().getByTestId('give-order');
    if (year === 2294 && (await spy.count()) > 0 && (await spy.isEnabled())) await spy.click();
    const first = page.getByTestId('give-order').first();
    if ((await first.count()) > 0 && (await first.isEnabled())) await first.click();
    await look(`${year} queued`);
    await page.getByTestId('tab-ledger').click();
    await look(`${year} ledger`);
    await page.getByTestId('tab-chart').click();
    await look(`${year} chart`);
    await page.keyboard.press('h');
    await look(`${year} how to win`);
    // H again closes it (the panel's own key, as a player would press it).
    await page.keyboard.press('h');
    await expect(page.getByTestId('how-to-win')).toHaveCount(0);
    await endTurnAnyway(page);
    await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
    await look(`${year} report`);
    if (year === 2295) await screenshot(page, 'names-report');
    await page.getByTestId('report-continue').click();
  }
  await expect(page.getByTestId('end-screen')).toBeVisible();
  await look('end');
  expect(seen.size).toBeGreaterThan(20);
  expect(leaks).toEqual([]);
});

test('H toggles How to win, however fast it is pressed; an H just before End year is not the report’s', async ({
  page,
  errors,
}) => {
  await startShortGame(page, 'pragmatist', 'h-twice');
  const panel = page.getByTestId('how-to-win');
  await page.keyboard.press('h');
  await expect(panel).toBeVisible();
  // One ladder for both powers in Centennial Eve: no word of another.
  await expect(panel.getByTestId('how-to-win-grades')).toContainText('Grand Parade — 130 points or more');
  await expect(panel.getByTestId('how-to-win-other-ladder')).toHaveCount(0);
  await page.keyboard.press('h');
  await expect(panel).toHaveCount(0);
  // Presses within one frame: Phaser hands the earlier ones again with each later one.
  const presses = (n: number) =>
    page.evaluate((times) => {
      for (let i = 0; i < times; i++)
        for (const type of ['keydown', 'keyup'])
          window.dispatchEvent(new KeyboardEvent(type, { key: 'h', code: 'KeyH', keyCode: 72 }));
    }, n);
  await presses(2);
  await page.waitForTimeout(100);
  await expect(panel).toHaveCount(0);
  await presses(3);
  await expect(panel).toBeVisible();
  await presses(1);
  await expect(panel).toHaveCount(0);
  // Open, then H and End year at once: the year's end closes the panel, and no H reaches the report.
  await page.keyboard.press('h');
  await expect(panel).toBeVisible();
  await presses(1);
  await endTurnAnyway(page);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.waitForTimeout(200);
  await expect(panel).toHaveCount(0);
  // Opened by its button, then the year ended by a click: the panel goes with the year.
  await page.getByTestId('open-how-to-win').click();
  await expect(panel).toBeVisible();
  await endTurnAnyway(page);
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});
