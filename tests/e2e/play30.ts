// The modder's hands in the editor for the playtest of session 30 (play30.spec.ts): fields set as
// an author sets them, systems placed and joined on the map, events added to the timeline.
import type { Page } from '@playwright/test';
import { puts, screenAt, type Value } from './editor-view';
import { expect } from './helpers';

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
