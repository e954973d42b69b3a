import { mkdirSync, writeFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/**
 * Take a screenshot into test-results/screens and check that it is not blank: enough distinct
 * colours and enough variation that something was drawn (a black or one-colour canvas fails).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const buffer = await page.screenshot();
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync(`test-results/screens/${name}.png`, buffer);
  const png = PNG.sync.read(buffer);
  const colours = new Set<number>();
  let sum = 0;
  let sumSq = 0;
  const n = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const r = png.data[i] ?? 0;
    const g = png.data[i + 1] ?? 0;
    const b = png.data[i + 2] ?? 0;
    colours.add((r << 16) | (g << 8) | b);
    const l = (r + g + b) / 3;
    sum += l;
    sumSq += l * l;
  }
  const samples = Math.ceil(n / 7);
  const variance = sumSq / samples - (sum / samples) ** 2;
  expect(colours.size, `${name}: distinct colours`).toBeGreaterThan(40);
  expect(variance, `${name}: brightness variance`).toBeGreaterThan(20);
}

/** Start the short scenario through the screen. */
export async function startShortGame(page: Page, opponent = 'pragmatist', seed = 'e2e-seed'): Promise<void> {
  await page.goto('/');
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-centennial-eve').check();
  await page.getByTestId('opponent').selectOption(opponent);
  await page.getByTestId('seed').fill(seed);
  await page.getByTestId('start').click();
  // A game saved and in progress is replaced only when the player confirms it.
  const replace = page.getByTestId('replace-yes');
  await expect(page.getByTestId('hud-year').or(replace)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
}

/**
 * The short scenario against the hawk, two years played (aid left short) and a summit queued in
 * 2295: an order of the year in progress that a visit elsewhere must not lose.
 */
export async function twoYearsInWithASummitQueued(page: Page, seed: string): Promise<void> {
  await startShortGame(page, 'hawk', seed);
  for (const year of [2293, 2294]) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await endTurnAnyway(page);
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  expect(await page.evaluate(() => window.khitomer.issue({ type: 'summit' }))).toEqual({ ok: true });
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
}

/**
 * The campaign left to itself from its link, as the Federation against the loyalist, to its end
 * screen: no embassy, fugitives sheltered, the Accords collapse in 2304.
 */
export async function campaignLeftToItself(page: Page): Promise<void> {
  await page.goto('/?scenario=khitomer-accords&seed=explore&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    for (let i = 0; i < 110; i++) window.khitomer.endTurn();
  });
  await expect(page.getByTestId('end-screen')).toBeVisible();
}

/** The standing the HUD shows for a power. */
export async function hudStanding(page: Page, who: 'Federation' | 'Klingon Empire'): Promise<number> {
  const text = await page.getByTestId('hud').getByText(`${who} standing`).textContent();
  // The first number: a due mark may follow it ("63 −15 due", ledger-moment.ts).
  return Number(/\d+/.exec(text ?? '')?.[0]);
}

/**
 * Click End the year; when the game asks first (orders that may bring the government down,
 * fall-question.ts; aid of the side's left short, aid-question.ts), end it anyway: the tests that use
 * this play on as they ordered.
 */
export async function endTurnAnyway(page: Page): Promise<void> {
  await page.getByTestId('end-turn').click();
  const anyway = page.getByTestId('aid-question-end');
  const fall = page.getByTestId('fall-question-end');
  const next = page.getByTestId('report').or(page.getByTestId('handover')).or(anyway).or(fall);
  await expect(next.first()).toBeVisible({ timeout: 15_000 });
  // A fall asked about first (fall-question.ts), then aid left short.
  if (await fall.isVisible()) {
    await fall.click();
    await expect(page.getByTestId('report').or(page.getByTestId('handover')).or(anyway).first()).toBeVisible({
      timeout: 15_000,
    });
  }
  if (await anyway.isVisible()) await anyway.click();
}

/** Whether the Empire's red is drawn within two pixels of each point of the page (read off a screenshot). */
export async function redNear(page: Page, points: readonly { x: number; y: number }[]): Promise<boolean[]> {
  const png = PNG.sync.read(await page.screenshot());
  return points.map(({ x, y }) => {
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        const i = ((y + dy) * png.width + (x + dx)) * 4;
        const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
        if (r > 150 && g < 110 && b < 110) return true;
      }
    return false;
  });
}

/**
 * Where a system of the map is drawn in a 1280 × 800 window, as the map view fits its 1000 × 1000
 * world beside the side panel (380 wide) and below the HUD (56 high).
 */
export async function onScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((sid) => window.khitomer.state()?.systems.find((s) => s.id === sid), id);
  if (!at) throw new Error(`no system ${id}`);
  const zoom = Math.min(1280 - 380 - 20, 800 - 56 - 20) / 1080;
  const cx = 500 + 190 / zoom;
  const cy = 500 - 28 / zoom;
  return { x: (at.x - cx) * zoom + 640, y: (at.y - cy) * zoom + 400 };
}
