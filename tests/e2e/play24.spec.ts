// The newcomer playtest of session 24 (the Federation against the hawk): the game's own replay
// watched from the menu, and back to the game with nothing lost.
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

test('the menu watches the saved game’s replay, and closing it goes back to the game with its orders', async ({
  page,
}) => {
  await startShortGame(page, 'hawk', 'play24-watch');
  for (const year of [2293, 2294]) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await endTurnAnyway(page);
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  // An order of the year in progress: it must outlast the visit.
  expect(await page.evaluate(() => window.khitomer.issue({ type: 'summit' }))).toEqual({ ok: true });
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await page.getByTestId('to-title').click();
  const watch = page.getByTestId('watch-saved');
  await expect(watch).toBeVisible();
  await expect(watch).toHaveText('Watch this game’s replay');
  // The whole menu fits the window, the new button too.
  const box = await page.getByTestId('title-menu').boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
  await screenshot(page, 'play24-menu-watch');
  await watch.click();
  await expect(page.getByTestId('viewer-panel')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('viewer-verified')).toContainText('2 years re-simulated');
  await expect(page.getByTestId('viewer-panel')).toContainText('seed play24-watch');
  await page.getByTestId('viewer-forward').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2294');
  const back = page.getByTestId('viewer-close');
  await expect(back).toHaveText('Back to the game');
  await screenshot(page, 'play24-watching');
  await back.click();
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await expect(page.getByTestId('queued-order')).toContainText('summit');
  // Esc closes the replay the same way.
  await page.getByTestId('to-title').click();
  await page.getByTestId('watch-saved').click();
  await expect(page.getByTestId('viewer-panel')).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
});
