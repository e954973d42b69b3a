// The modder's hands in the editor for the playtest of session 30 (play30.spec.ts): fields set as
// an author sets them, systems placed and joined on the map, events added to the timeline.
import type { Page } from '@playwright/test';
import { screenAt } from './editor-view';
import { expect } from './helpers';

export type Value = string | number | boolean | null;

/** Set a field of the forms as an author does: a choice picked, a box ticked, text typed and left. */
export async function put(page: Page, path: string, value: Value): Promise<void> {
  const field = page.getByTestId(`field-${path}`);
  const tag = await field.evaluate((n) => `${n.tagName}:${(n as HTMLInputElement).type}`);
  if (tag.startsWith('SELECT')) await field.selectOption(JSON.stringify(value));
  else if (tag === 'INPUT:checkbox') await field.setChecked(value === true);
  else {
    await field.fill(value === null ? '' : String(value));
    await field.blur();
  }
}

export async function puts(page: Page, prefix: string, fields: Record<string, Value>): Promise<void> {
  for (const [k, v] of Object.entries(fields)) await put(page, `${prefix}${k}`, v);
}

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

/** A new event of a kind, its fields filled, its year set last (which moves it to its place). */
export async function addEvent(page: Page, kind: string, fields: Record<string, Value>): Promise<void> {
  const legend = page.locator('fieldset[data-path="timeline"] > legend');
  const count = Number((await legend.textContent())?.match(/\((\d+)\)/)?.[1] ?? 0);
  await page.getByTestId('add-kind-timeline').selectOption(kind);
  await page.getByTestId('add-timeline').click();
  const { year, ...rest } = fields;
  await puts(page, `timeline[${count}].`, rest);
  if (year !== undefined) await put(page, `timeline[${count}].year`, year);
}

/** A system placed on empty space with the Move tool, then named and set in its form. */
export async function placeSystem(
  page: Page,
  index: number,
  at: readonly [number, number],
  fields: Record<string, Value>,
): Promise<void> {
  await page.getByTestId('tool-move').click();
  const spot = await screenAt(page, at[0], at[1]);
  await page.mouse.click(spot.x, spot.y);
  await expect(page.getByTestId(`field-map.systems[${index}].id`)).toHaveValue(`system-${index + 1}`);
  // Where it was clicked, to the world unit (a click lands a unit or so away).
  await puts(page, `map.systems[${index}].`, { x: at[0], y: at[1], ...fields });
}

/** A lane drawn with the Lane tool, from one world point to another. */
export async function drawLane(
  page: Page,
  from: readonly [number, number],
  to: readonly [number, number],
): Promise<void> {
  await page.getByTestId('tool-lane').click();
  const a = await screenAt(page, from[0], from[1]);
  const b = await screenAt(page, to[0], to[1]);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

/** Click a world point of the map with a tool. */
export async function clickMap(page: Page, at: readonly [number, number]): Promise<void> {
  const p = await screenAt(page, at[0], at[1]);
  await page.mouse.click(p.x, p.y);
}
