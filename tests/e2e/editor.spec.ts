// The scenario editor as an author meets it: a scenario built from nothing on the map and in the
// forms, a located error mended by clicking it, undo and redo, a playtest and back, the export.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseScenarioText } from '../../src/sim/index';
import { expect, screenshot, test } from './helpers';

/** The page position of a world point of the map (the editor's camera is the map's). */
async function screenAt(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const view = await page.getByTestId('editor-bar').getAttribute('data-view');
  const [vx, vy, zoom] = (view ?? '0,0,1').split(',').map(Number) as [number, number, number];
  return { x: (x - vx) * zoom, y: (y - vy) * zoom };
}

async function openBlankEditor(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
}

test('a scenario built from nothing, mended, undone, playtested and exported', async ({ page }) => {
  await openBlankEditor(page);
  await screenshot(page, 'editor-blank');
});
