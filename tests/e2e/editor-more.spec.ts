// The editor's second increment: loaded only when opened, playtest from any year of the timeline,
// third powers and fleets on the map, a side panel patched in place, a saved game kept, and the
// scenarios of levels/ built with it.
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './helpers';

/** The page position of a world point of the map (the editor's camera is the map's). */
async function screenAt(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const view = await page.getByTestId('editor-bar').getAttribute('data-view');
  const [vx, vy, zoom] = (view ?? '0,0,1').split(',').map(Number) as [number, number, number];
  return { x: (x - vx) * zoom, y: (y - vy) * zoom };
}

async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
}

test('the editor is not downloaded with the game, only when it is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByTestId('new-game')).toBeEnabled();
  expect(scripts.some((s) => /\/assets\/index-[^/]+\.js$/.test(s))).toBe(true);
  expect(scripts.filter((s) => /editor|autotest/.test(s))).toEqual([]);
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
  expect(scripts.filter((s) => /\/assets\/editor-[^/]+\.js$/.test(s))).toHaveLength(1);
  await screenshot(page, 'editor-loaded-late');
});
