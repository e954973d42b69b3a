// Two loose ends a newcomer met (task ui33): a first game's hint above the Orders list at 1280 × 720
// (playtest 32 read the list's first row as covered by it), and the end screen's chain of violations,
// which lists only the years Article V has not forgiven, saying its span.
import type { Page } from '@playwright/test';
import { campaignLeftToItself, expect, screenshot, test } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

function meets(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the element at the centre of `selector`'s n-th match is it or inside it: nothing lies over it. */
async function onTop(page: Page, selector: string, n: number): Promise<boolean> {
  return page.evaluate(
    ([sel, i]) => {
      const all = document.querySelectorAll(sel);
      const node = all[i < 0 ? all.length + i : i];
      if (!node) return false;
      const r = node.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit !== null && (hit === node || node.contains(hit));
    },
    [selector, n] as const,
  );
}

const ROW = '[data-testid="orders-panel"] .card.order';

/** The hint and the Orders list: the first row's title and Give in sight unscrolled, the last row reached. */
async function listInSight(page: Page, shot: string): Promise<void> {
  const body = page.locator('.side .body');
  await body.evaluate((b) => {
    b.scrollTop = 0;
  });
  const hint = await page.getByTestId('hint').boundingBox();
  const first = page.locator(ROW).first();
  const firstBox = await first.boundingBox();
  expect(hint).not.toBeNull();
  expect(firstBox).not.toBeNull();
  if (!hint || !firstBox) return;
  expect(meets(hint, firstBox), 'the hint and the first order row do not meet').toBe(false);
  await expect(first.locator('.kind')).toBeInViewport({ ratio: 1 });
  await expect(first.getByTestId('give-order')).toBeInViewport({ ratio: 1 });
  // Within the list's own box (not cut by its scrolling), and nothing drawn over them.
  const bodyBox = await body.boundingBox();
  const giveBox = await first.getByTestId('give-order').boundingBox();
  expect(bodyBox && giveBox && giveBox.y + giveBox.height <= bodyBox.y + bodyBox.height).toBe(true);
  expect(await onTop(page, `${ROW} [data-testid="give-order"]`, 0)).toBe(true);
  expect(await onTop(page, `${ROW} .kind`, 0)).toBe(true);
  await screenshot(page, shot);
  // The list scrolls to its last row, all of it in sight, with the hint still above.
  const last = page.locator(ROW).last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport({ ratio: 1 });
  expect(await onTop(page, `${ROW} [data-testid="give-order"]`, -1)).toBe(true);
  expect(await body.evaluate((b) => b.scrollTop > 0)).toBe(true);
  await expect(page.getByTestId('hint')).toBeVisible();
  await screenshot(page, `${shot}-last`);
}

test('at 1280 × 720 in the campaign’s third year the hint leaves the Orders list’s first row in sight, and folds once orders are queued', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?scenario=khitomer-accords&seed=ui33&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    window.khitomer.endTurn();
    window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  const report = page.getByTestId('report-continue');
  if (await report.isVisible()) await report.click();
  await page.keyboard.press('o');
  const hint = page.getByTestId('hint');
  // Unread: the whole hint, with Got it and its ×, and no More.
  await expect(hint).toContainText('Events and their deadlines');
  await expect(hint).toContainText('letting it pass is a violation');
  await expect(page.getByTestId('hint-dismiss')).toBeVisible();
  await expect(page.getByTestId('hint-hide')).toBeVisible();
  await expect(page.getByTestId('hint-more')).toHaveCount(0);
  await listInSight(page, 'ui33-hint-2295');

  // The year's queue fills the panel's foot (a third of the window): the hint, read, folds to a line.
  const orders = [
    { type: 'move', fleet: 'fed-k7', to: 'deneva' },
    { type: 'move', fleet: 'fed-ajilon', to: 'cestus-iii' },
    { type: 'move', fleet: 'fed-home', to: 'vulcan' },
    { type: 'move', fleet: 'fed-sb11', to: 'andoria' },
    { type: 'address-council' },
  ];
  const results = await page.evaluate((os) => os.map((o) => window.khitomer.issue(o)), orders);
  expect(results.map((r) => (r.ok ? 'ok' : r.error.message))).toEqual(orders.map(() => 'ok'));
  await expect(page.getByTestId('queued-order')).toHaveCount(orders.length);
  const queue = await page.getByTestId('queued').boundingBox();
  expect(queue?.height ?? 0, 'the queue takes its third of the window').toBeGreaterThan(720 / 3 - 20);
  await expect(hint).toContainText('Events and their deadlines');
  await expect(hint).not.toContainText('letting it pass');
  await expect(page.getByTestId('hint-more')).toHaveText('More');
  await expect(page.getByTestId('hint-dismiss')).toBeVisible();
  await expect(page.getByTestId('hint-hide')).toBeVisible();
  expect((await hint.boundingBox())?.height ?? 999, 'folded: one line').toBeLessThan(48);
  await listInSight(page, 'ui33-hint-folded');

  // More shows it whole again, Less folds it; Got it still dismisses it.
  await page.getByTestId('hint-more').click();
  await expect(hint).toContainText('letting it pass is a violation');
  await expect(page.getByTestId('hint-more')).toHaveText('Less');
  await screenshot(page, 'ui33-hint-more');
  await page.getByTestId('hint-more').click();
  await expect(hint).not.toContainText('letting it pass');
  await page.getByTestId('hint-dismiss').click();
  await expect(hint).toHaveCount(0);
});

test('the end screen’s chain of violations says its span, the years the game’s own', async ({ page }) => {
  await campaignLeftToItself(page);
  const game = await page.evaluate(() => {
    const s = window.khitomer.state();
    if (!s?.result) return null;
    return {
      year: s.year,
      result: s.result.year,
      first: s.firstYear,
      forgiven: s.rules.forgivenessYears,
      chain: s.result.chain.map((e) => e.year),
      older: s.ledger.filter((e) => e.kind !== 'reward' && e.article !== null).map((e) => e.year),
    };
  });
  expect(game).not.toBeNull();
  if (!game) return;
  expect(game.result).toBe(game.year);
  const from = game.year - game.forgiven;
  // The campaign's collapse comes after more years than Article V remembers: the span is not the whole game.
  expect(from).toBeGreaterThan(game.first);
  const title = page.getByTestId('end-chain-title');
  await expect(title).toHaveText(
    `The chain of violations: the last ${game.forgiven + 1} years, ${from}–${game.year}`,
  );
  await expect(page.getByTestId('end-chain-note')).toHaveText(
    `Violations from before ${from} are not in it: the Accords forgive them after ${game.forgiven} years (Article V).`,
  );
  // Every act listed is of those years, and each of those years' violations is listed.
  expect(game.chain.length).toBeGreaterThan(0);
  expect(game.chain.every((y) => y >= from && y <= game.year)).toBe(true);
  expect(game.older.filter((y) => y >= from)).toHaveLength(game.chain.length);
  const items = await page.getByTestId('end-chain').locator('li').allTextContents();
  expect(items.map((t) => Number(t.slice(0, 4)))).toEqual(game.chain);
  await title.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui33-chain');
});
