// The editor's browser tests' shared steps: the editor opened on a clean page, where a world point
// of the editor's map is on the page, a field set as an author does, an Auto-playtest run.
import { expect, type Page } from '@playwright/test';

/** The editor opened from the title of a page with nothing in its storage. */
export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
}

type View = [x: number, y: number, zoom: number];

/** The camera as last drawn: the editor publishes it after each frame it renders (never before). */
async function drawnView(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        // Two frames: the attribute read is one the renderer has drawn and the pointer will use.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.querySelector('[data-testid="editor-bar"]')?.getAttribute('data-view') ?? ''),
          ),
        );
      }),
  );
}

/**
 * The page position of a world point of the map. It waits for the camera to have settled: a view
 * that is published and the same two frames apart (a point computed from the view before the
 * first frame, or before a resize refits the map, lands elsewhere: the CI once read x 328 for 500).
 */
export async function screenAt(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  let seen = '';
  await expect
    .poll(
      async () => {
        const before = seen;
        seen = await drawnView(page);
        return seen !== '' && seen === before;
      },
      { message: 'the editor’s camera settles', intervals: [0] },
    )
    .toBe(true);
  const [vx, vy, zoom] = seen.split(',').map(Number) as View;
  // To the nearest pixel: the mouse is put on whole pixels (429.99 went to 429, a world unit and a half off).
  return { x: Math.round((x - vx) * zoom), y: Math.round((y - vy) * zoom) };
}

/** A value a form's field is set to. */
export type Value = string | number | boolean | null;

/** Set a field of the forms as an author does: a choice picked, a box ticked, text typed and left. */
export async function put(page: Page, path: string, value: Value): Promise<void> {
  const field = page.getByTestId(`field-${path}`);
  const tag = await field.evaluate(
    (n) => `${n.tagName}:${(n as HTMLInputElement).type}${n.dataset.names ? ':names' : ''}`,
  );
  // A field that names something lists the ids as they are ('' for nobody); another list, as JSON.
  if (tag.endsWith(':names')) await field.selectOption(value === null ? '' : String(value));
  else if (tag.startsWith('SELECT')) await field.selectOption(JSON.stringify(value));
  else if (tag === 'INPUT:checkbox') await field.setChecked(value === true);
  else {
    await field.fill(value === null ? '' : String(value));
    await field.blur();
  }
}

/** Run the Auto-playtest for four games of one pairing, and wait for its row (the dialog left open). */
export async function autoPlaytest(page: Page, pairing: string): Promise<void> {
  await page.getByTestId('editor-autotest').click();
  await page.getByTestId('autotest-games').fill('4');
  await page.getByTestId('autotest-pairing').selectOption(pairing);
  await page.getByTestId('autotest-run').click();
  await expect(page.getByTestId('autotest-status')).toContainText('4 of 4 games', { timeout: 60_000 });
  await expect(page.getByTestId('autotest-status')).toContainText('done');
  await expect(page.getByTestId(`autotest-row-${pairing}`)).toBeVisible();
}

/** Set several fields under one path's prefix. */
export async function puts(page: Page, prefix: string, fields: Record<string, Value>): Promise<void> {
  for (const [k, v] of Object.entries(fields)) await put(page, `${prefix}${k}`, v);
}

/** Unfold a section of the Scenario tab. */
export async function openSection(page: Page, key: string): Promise<void> {
  const section = page.locator(`details.section[data-section="${key}"]`);
  if (!(await section.evaluate((n) => (n as HTMLDetailsElement).open)))
    await section.locator('> summary').click();
}

/** Unfold an item of a long list (a list of more than three is shown folded). */
export async function openItem(page: Page, path: string): Promise<void> {
  const item = page.locator(`details.item[data-path="${path}"]`);
  if (!(await item.evaluate((n) => (n as HTMLDetailsElement).open)))
    await item.locator('> summary').click({ position: { x: 6, y: 6 } });
}

/**
 * A new event of a kind, its fields filled. It comes at the end of the list, of the latest year; its
 * own year is set last, which moves it to its place (the timeline is kept in year order).
 */
export async function addEvent(
  page: Page,
  list: string,
  kind: string,
  fields: Record<string, Value>,
): Promise<void> {
  const legend = page.locator(`fieldset[data-path="${list}"] > legend`);
  const count = Number((await legend.textContent())?.match(/\((\d+)\)/)?.[1] ?? 0);
  await page.getByTestId(`add-kind-${list}`).selectOption(kind);
  await page.getByTestId(`add-${list}`).click();
  const { year, ...rest } = fields;
  await puts(page, `${list}[${count}].`, rest);
  if (year !== undefined) await put(page, `${list}[${count}].year`, year);
}
