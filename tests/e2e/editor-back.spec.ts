// The browser's Back inside the editor (playtest 30: it left the game altogether): the title screen,
// the work kept; Forward or the title's button bring the editor back; a share link's address stays.
import type { Page } from '@playwright/test';
import { openEditor, put } from './editor-view';
import { expect, screenshot, test } from './helpers';

const toTitle = async (page: Page) => {
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByTestId('scenario-editor')).toHaveText('Back to the scenario editor');
  await expect(page.getByTestId('editor-bar')).toHaveCount(0);
};
const toEditor = async (page: Page, title: string) => {
  await expect(page.getByTestId('editor-bar')).toBeVisible();
  await page.getByTestId('editor-tab-scenario').click();
  await expect(page.getByTestId('field-title')).toHaveValue(title);
};

test('Back returns from the editor to the title with the work kept; Forward and the title’s button bring it back', async ({
  page,
  errors,
}) => {
  await openEditor(page);
  const address = page.url();
  await page.getByTestId('editor-tab-scenario').click();
  await put(page, 'title', 'Back and forth');

  await toTitle(page);
  expect(page.url()).toBe(address);
  await screenshot(page, 'editor-back-title');
  await page.goForward({ waitUntil: 'commit' });
  await toEditor(page, 'Back and forth');
  // Undo still has the edit: the editor came back as it was left.
  await expect(page.getByTestId('editor-undo')).toBeEnabled();

  // Back again, then the title's button; Back once more is the title again, not another page.
  await toTitle(page);
  await page.getByTestId('scenario-editor').click();
  await toEditor(page, 'Back and forth');
  await toTitle(page);

  // Left by the Menu: Back is not spent on a step that does nothing, and Forward reopens the editor.
  await page.getByTestId('scenario-editor').click();
  await toEditor(page, 'Back and forth');
  await page.getByTestId('editor-menu').click();
  await expect(page.getByTestId('scenario-editor')).toHaveText('Back to the scenario editor');
  await page.goForward({ waitUntil: 'commit' });
  await toEditor(page, 'Back and forth');

  // Reloaded in the editor: the title offers the work; opened again, Back still returns to the title.
  const entries = await page.evaluate(() => history.length);
  await page.reload();
  await expect(page.getByTestId('scenario-editor')).toHaveText('Back to the scenario editor');
  await page.getByTestId('scenario-editor').click();
  await toEditor(page, 'Back and forth');
  // Reopened on its own entry: no second title entry is left for a Back that would do nothing.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await toTitle(page);
  expect(page.url()).toBe(address);
  expect(errors).toEqual([]);
});

test('a scenario link opened in the editor: Back goes to the title, its address unchanged, and Forward returns', async ({
  page,
  errors,
}) => {
  await openEditor(page);
  await page.getByTestId('editor-tab-scenario').click();
  await put(page, 'title', 'A linked scenario');
  await page.getByTestId('editor-share').click();
  await expect.poll(() => page.evaluate(() => document.body.dataset.shareLink ?? '')).toContain('#scenario=');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');

  // Opened in a fresh page, from the link's address.
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await toEditor(page, 'A linked scenario');
  await toTitle(page);
  expect(page.url()).toBe(link);
  await page.goForward({ waitUntil: 'commit' });
  await toEditor(page, 'A linked scenario');
  // The link was not opened a second time (that would be a second step to undo).
  await page.getByTestId('editor-undo').click();
  await expect(page.getByTestId('editor-undo')).toBeDisabled();
  expect(errors).toEqual([]);
});
