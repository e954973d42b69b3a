// An item's Remove in the editor's lists sits on its own line (playtest 30: with the timeline folded
// it fell to the line below, beside the next event; in an open event it overlapped the box's border).
import type { Page } from '@playwright/test';
import { openItem, openSection, put } from './editor-view';
import { expect, screenshot, test } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

/** The page boxes of each item of the timeline: its summary, its Remove, and (open) its fields' box. */
async function timelineBoxes(page: Page) {
  return page.locator('fieldset[data-path="timeline"] > details.item').evaluateAll((items) =>
    items.map((item) => {
      const box = (n: Element | null): Box | null => {
        if (!n) return null;
        const r = n.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const summary = item.querySelector(':scope > summary');
      return {
        path: (item as HTMLElement).dataset.path ?? '',
        summary: box(summary),
        remove: box(summary?.querySelector('button') ?? null),
        fields: (item as HTMLDetailsElement).open ? box(item.querySelector(':scope > fieldset')) : null,
      };
    }),
  );
}

/** Each Remove within its own summary's line, and above its open event's box. */
async function expectInPlace(page: Page): Promise<void> {
  const items = await timelineBoxes(page);
  expect(items.length).toBeGreaterThan(3);
  for (const it of items) {
    const { summary, remove, fields } = it;
    if (!summary || !remove) throw new Error(`${it.path}: no summary or no Remove`);
    // Within its summary, which starts on the Remove's line (the first of a wrapped title).
    expect(remove.y, `${it.path}: Remove below its summary's top`).toBeGreaterThanOrEqual(summary.y - 0.5);
    expect(remove.y + remove.height, `${it.path}: Remove inside its summary`).toBeLessThanOrEqual(
      summary.y + summary.height + 0.5,
    );
    expect(remove.y - summary.y, `${it.path}: Remove on the summary's first line`).toBeLessThan(6);
    if (fields)
      expect(remove.y + remove.height, `${it.path}: Remove above its box's border`).toBeLessThanOrEqual(
        fields.y + 0.5,
      );
  }
}

test('each Remove sits on its own summary’s line, folded or open, a long title wrapped, in a narrow window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-builtin').selectOption('centennial-eve');
  await page.getByTestId('open-copy').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'timeline');
  // A long title that wraps on a folded line.
  await openItem(page, 'timeline[1]');
  await put(page, 'timeline[1].title', 'A Parcel of Land on Each Capital for the Other Power’s Embassy');
  await page.locator('details.item[data-path="timeline[1]"] > summary').click({ position: { x: 6, y: 6 } });
  await expect(page.locator('details.item[data-path="timeline[1]"]')).not.toHaveAttribute('open');
  await page.locator('details.item[data-path="timeline[0]"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-remove-folded');
  await expectInPlace(page);
  // One event open: its Remove stays on its line, clear of its box's border.
  await openItem(page, 'timeline[2]');
  await page.locator('details.item[data-path="timeline[2]"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-remove-open');
  await expectInPlace(page);
  // Remove still removes that one event, and only it.
  await page.getByTestId('remove-timeline[1]').click();
  await expect(page.locator('fieldset[data-path="timeline"] > legend')).toHaveText(/\(\d+\)/);
  await expect(page.locator('details.item[data-path="timeline[1]"] > summary')).not.toContainText('Parcel');
});
