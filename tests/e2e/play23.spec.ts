// The newcomer playtest of session 23 (the Klingon Empire against the pragmatist): the replay
// viewer's HUD and verification words, the take-over question, and the queue's prices, seen fixed.
import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './helpers';

test('the queue shows each order’s price: a world developed twice, the second at its level', async ({
  page,
}) => {
  // The short scenario with a purse that pays for two levels of Station K-7 (it yields 2: 52, then 72).
  const eve = JSON.parse(readFileSync('levels/centennial-eve.json', 'utf8'));
  eve.powers.federation.reserves = 200;
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const started = await page.evaluate(
    (scenario) =>
      window.khitomer.newGame({ scenario, seed: 'play23-queue', side: 'federation', opponent: 'loyalist' }),
    eve,
  );
  expect(started).toEqual({ ok: true });
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  expect(await page.evaluate(() => window.khitomer.select('station-k7'))).toBe(true);
  const develop = page.getByTestId('order-develop');
  await expect(develop).toContainText('52 reserves');
  await develop.getByTestId('give-order').click();
  // The row now prices the next level: the one it would build.
  await expect(develop).toContainText('72 reserves');
  await develop.getByTestId('give-order').click();
  const prices = page.getByTestId('queued-price');
  await expect(prices).toHaveText([' — 52 reserves', ' — 72 reserves']);
  // The HUD's reserves left count the queue at the same prices: 200 − 52 − 72.
  await expect(page.getByTestId('hud')).toContainText('reserves 76/200');
  await screenshot(page, 'play23-queue-prices');
  // The year charges what the queue said.
  const before = await page.evaluate(() => window.khitomer.state()?.powers.federation.reserves ?? 0);
  expect(before).toBe(200);
  await page.evaluate(() => window.khitomer.endTurn());
  const output = await page.evaluate(
    () => window.khitomer.state()?.systems.find((s) => s.id === 'station-k7')?.output,
  );
  expect(output).toBe(4);
});

test('a Klingon game shared by link: its viewer shows the Empire’s purse and says why it checks fewer hashes', async ({
  page,
  browser,
}) => {
  await page.goto('/?scenario=khitomer-accords&seed=play23&side=klingon&opponent=pragmatist');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  await page.evaluate(() => {
    for (let i = 0; i < 12; i++) window.khitomer.endTurn();
  });
  const continueButton = page.getByTestId('report-continue');
  if (await continueButton.isVisible()) await continueButton.click();
  await page.getByTestId('share-link').click();
  await expect.poll(() => page.evaluate(() => document.body.dataset.shareLink ?? '')).toContain('#replay=');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');
  const fresh = await browser.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('viewer-panel')).toBeVisible();
  // Twelve years, the hashes of 2302 (the tenth) and 2304 (the last) kept by the link.
  await expect(fresh.getByTestId('viewer-verified')).toHaveText(
    'Verified: 12 years re-simulated, 2 state hashes checked (a share link carries the hash of every tenth year and the last, to stay short; the replay file, every year’s).',
  );
  await expect(fresh.getByTestId('hud-power')).toContainText('Klingon Empire');
  await expect(fresh.getByTestId('hud-power')).not.toContainText('Federation');
  await expect(fresh.getByTestId('viewer-side')).toHaveCount(0);
  await screenshot(fresh, 'play23-viewer-link');
  await fresh.close();
});

test('Take over over a saved game asks inside the page, as New game does; Esc cancels, Replace takes over', async ({
  page,
}) => {
  const native: string[] = [];
  page.on('dialog', (d) => {
    native.push(d.message());
    void d.dismiss();
  });
  await page.goto('/?scenario=centennial-eve&seed=play23-take&side=klingon&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    window.khitomer.endTurn();
    window.khitomer.endTurn();
  });
  const saved = await page.evaluate(() => window.khitomer.replay());
  await page.evaluate((r) => window.khitomer.loadReplay(r), saved);
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await page.getByTestId('viewer-forward').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2294');
  await page.getByTestId('take-over-klingon').click();
  const ask = page.getByTestId('replace-dialog');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('A game is saved');
  await expect(ask).toContainText('taking over here would replace it');
  await expect(page.getByTestId('replace-keep')).toBeFocused();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await screenshot(page, 'play23-take-over-asks');
  // Esc: the question goes, the replay stays open, nothing replaced.
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  expect(await page.evaluate(() => window.khitomer.replay()?.turns.length)).toBe(2);
  // Asked again, and replaced: the game goes on from 2294 as the Empire.
  await page.getByTestId('take-over-klingon').click();
  await page.getByTestId('replace-yes').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  expect(await page.evaluate(() => window.khitomer.replay()?.branch)).toMatchObject({
    fromYear: 2294,
    side: 'klingon',
  });
  await screenshot(page, 'play23-taken-over');
  expect(native).toEqual([]);
});
