// The newcomer playtest of session 24 (the Federation against the hawk): the game's own replay
// watched from the menu, and back to the game with nothing lost; the editor's map and Open….
import { screenAt } from './editor-view';
import { expect, screenshot, test, twoYearsInWithASummitQueued } from './helpers';

test('the menu watches the saved game’s replay, and closing it goes back to the game with its orders', async ({
  page,
}) => {
  // An order of the year in progress: it must outlast the visit.
  await twoYearsInWithASummitQueued(page, 'play24-watch');
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

test('the editor: a system clicked on the map opens its System tab; Open… lists the scenarios by title', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
  await expect(page.getByTestId('editor-tab-scenario')).toHaveClass(/active/);
  // Earth, on the blank scenario's map: clicked, its form is shown, not the Scenario tab still.
  const earth = await screenAt(page, 200, 500);
  await page.mouse.click(earth.x, earth.y);
  await expect(page.getByTestId('editor-tab-system')).toHaveClass(/active/);
  await expect(page.getByTestId('field-map.systems[0].id')).toHaveValue('earth');
  await page.getByTestId('editor-open').click();
  const titles = await page.getByTestId('open-builtin').locator('option').allTextContents();
  expect(titles).toContain('The Khitomer Accords');
  expect(titles).toContain('Centennial Eve: The First Years');
  expect(titles).not.toContain('khitomer-accords');
  await screenshot(page, 'play24-editor-open');
  await page.getByTestId('open-builtin').selectOption('centennial-eve');
  await page.getByTestId('open-copy').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await page.getByTestId('editor-tab-scenario').click();
  // A copy: the built-in's title, marked as a copy (with an id of its own).
  await expect(page.getByTestId('field-title')).toHaveValue('Centennial Eve: The First Years (a copy)');
  await expect(page.getByTestId('field-id')).toHaveValue('centennial-eve-copy');
});
