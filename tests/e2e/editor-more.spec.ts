// The editor's second increment: loaded only when opened, playtest from any year of the timeline,
// third powers and fleets on the map, a side panel patched in place, a saved game kept, and the
// scenarios of levels/ built with it.
import type { Page } from '@playwright/test';
import { openEditor, screenAt } from './editor-view';
import { expect, screenshot, test } from './helpers';

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

async function copyBuiltin(page: Page, id: string): Promise<void> {
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-builtin').selectOption(id);
  await page.getByTestId('open-copy').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
}

test('a playtest from a later year of the timeline, and back with the history intact', async ({ page }) => {
  await openEditor(page);
  await copyBuiltin(page, 'khitomer-accords');
  await page.getByTestId('editor-playtest').click();
  const years = await page.getByTestId('playtest-year').locator('option').allTextContents();
  expect(years[0]).toBe('2293 (the first year)');
  expect(years).toContain('2311 (incursion)');
  await page.getByTestId('playtest-side').selectOption('klingon');
  await page.getByTestId('playtest-opponent').selectOption('loyalist');
  await page.getByTestId('playtest-seed').fill('from-a-year');
  await expect(page.getByTestId('playtest-before')).toBeHidden();
  await page.getByTestId('playtest-year').selectOption('2311');
  await expect(page.getByTestId('playtest-before')).toBeVisible();
  await page.getByTestId('playtest-before').selectOption('loyalist');
  await screenshot(page, 'editor-playtest-year');
  await page.getByTestId('playtest-start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2311');
  await expect(page.getByTestId('notice')).toContainText('Playtest from 2311');
  await screenshot(page, 'editor-playtest-2311');
  // The replay of the playtest starts in 2293 and branches in 2311: 18 years played by the AIs.
  const replay = await page.evaluate(() => window.khitomer.replay());
  expect(replay?.branch?.fromYear).toBe(2311);
  expect(replay?.turns).toHaveLength(18);

  await page.getByTestId('to-title').click();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-undo')).toHaveAttribute(
    'title',
    'Undo copy khitomer-accords (Ctrl+Z)',
  );
  await page.getByTestId('editor-undo').click();
  await expect(page.getByTestId('editor-undo')).toBeDisabled();
  await page.getByTestId('editor-redo').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
});

test('a playtest asks before it replaces a saved game in progress, and can keep it (issue 15)', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.evaluate(() => {
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: 'kept',
      side: 'federation',
      opponent: 'hawk',
    });
  });
  await expect(page.getByTestId('hud-year')).toBeVisible();
  const saved = await page.evaluate(() => window.khitomer.hash());
  await page.getByTestId('to-title').click();
  await page.getByTestId('scenario-editor').click();
  await copyBuiltin(page, 'the-withdrawal');
  await page.getByTestId('editor-playtest').click();
  await page.getByTestId('playtest-start').click();
  await expect(page.getByTestId('playtest-confirm')).toContainText('A game is saved');
  await expect(page.getByTestId('playtest-confirm')).toContainText('the playtest would replace it');
  await screenshot(page, 'editor-playtest-asks');
  await page.getByTestId('playtest-keep').click();
  await expect(page.getByTestId('playtest-confirm')).toBeHidden();
  await page.getByTestId('dialog-close').click();
  await page.getByTestId('editor-menu').click();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('hud-year')).toBeVisible();
  expect(await page.evaluate(() => window.khitomer.hash())).toBe(saved);

  // Asked again, and told to replace it: the playtest starts.
  await page.getByTestId('to-title').click();
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-playtest').click();
  await page.getByTestId('playtest-seed').fill('replaced');
  await page.getByTestId('playtest-start').click();
  await page.getByTestId('playtest-replace').click();
  await expect(page.getByTestId('hud-year')).toBeVisible();
  expect(await page.evaluate(() => window.khitomer.hash())).not.toBe(saved);
});

test('a third power and fleets placed on the map, as systems are', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('editor-tab-system').click();
  await page.getByTestId('add-third-power').click();
  await expect(page.getByTestId('tool-power')).toHaveValue('power-1');
  await expect(page.getByTestId('tool-owner')).toHaveClass(/active/);
  // A world placed on empty space, then given to the new power with the Owner tool.
  const spot = await screenAt(page, 500, 250);
  await page.mouse.click(spot.x, spot.y);
  await expect(page.getByTestId('field-map.systems[2].owner')).toHaveValue('');
  await page.mouse.click(spot.x, spot.y);
  await expect(page.getByTestId('field-map.systems[2].owner')).toHaveValue('power-1');
  // A fleet of that power stationed there with the Fleet tool, its strength set in its form.
  await page.getByTestId('tool-fleet').click();
  await page.mouse.click(spot.x, spot.y);
  const strength = page.getByTestId('field-thirdPowers[0].fleets[0].strength');
  await expect(strength).toHaveValue('3');
  await strength.fill('7');
  await strength.blur();
  await expect(page.getByTestId('field-thirdPowers[0].fleets[0].location')).toHaveValue('system-3');
  // Dragged to Earth, the fleet moves there.
  const earth = await screenAt(page, 200, 500);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.move((spot.x + earth.x) / 2, (spot.y + earth.y) / 2, { steps: 4 });
  await page.mouse.move(earth.x, earth.y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('field-thirdPowers[0].fleets[0].location')).toHaveValue('earth');
  await expect(page.getByTestId('field-thirdPowers[0].fleets[0].strength')).toHaveValue('7');
  // The power's own fleet, stationed from the side panel.
  await page.getByTestId('tool-power').selectOption('federation');
  await page.getByTestId('add-fleet-here').click();
  await expect(page.getByTestId('field-powers.federation.fleets[0].location')).toHaveValue('earth');
  await screenshot(page, 'editor-forces');
  // One undo takes the last fleet away; the third power's stays.
  await page.getByTestId('editor-undo').click();
  await expect(page.getByTestId('field-powers.federation.fleets[0].location')).toHaveCount(0);
  await expect(page.getByTestId('field-thirdPowers[0].fleets[0].location')).toHaveValue('earth');
  // The new world has no lane yet: a warning, not an error.
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
});

test('the power placed is chosen from the scenario’s own, kept in step as a third power is renamed, emptied and removed', async ({
  page,
  errors,
}) => {
  await openEditor(page);
  const power = page.getByTestId('tool-power');
  const options = () =>
    power
      .locator('option')
      .evaluateAll((os) => os.map((o) => `${(o as HTMLOptionElement).value}=${o.textContent}`));
  const field = async (path: string, value: string) => {
    const f = page.getByTestId(`field-${path}`);
    // Its section of the Scenario tab unfolded.
    const section = page.locator('details.section').filter({ has: f });
    if (!(await section.evaluate((n) => (n as HTMLDetailsElement).open)))
      await section.locator('> summary').click();
    await f.fill(value);
    await f.blur();
  };
  expect(await power.evaluate((e) => e.tagName)).toBe('SELECT');
  await expect.poll(options).toEqual(['federation=Federation', 'klingon=Klingon Empire', '=no owner']);
  await page.getByTestId('editor-tab-system').click();
  await page.getByTestId('add-third-power').click();
  await expect(power).toHaveValue('power-1');
  await expect
    .poll(options)
    .toEqual(['federation=Federation', 'klingon=Klingon Empire', 'power-1=Power 1', '=no owner']);
  // Its id and name changed in its form: the list says so, and the choice follows it.
  await page.getByTestId('editor-tab-scenario').click();
  await field('thirdPowers[0].id', 'romulans');
  await field('thirdPowers[0].name', 'Romulan Star Empire');
  await expect
    .poll(options)
    .toEqual([
      'federation=Federation',
      'klingon=Klingon Empire',
      'romulans=Romulan Star Empire',
      '=no owner',
    ]);
  await expect(power).toHaveValue('romulans');
  // The Owner tool gives a world to it by its new id.
  const spot = await screenAt(page, 500, 250);
  await page.mouse.click(spot.x, spot.y);
  await page.mouse.click(spot.x, spot.y);
  await expect(page.getByTestId('field-map.systems[2].owner')).toHaveValue('romulans');
  await screenshot(page, 'editor-power-select');
  // Its id emptied: not a power to place (nor "no owner"); the choice falls back to the Federation.
  await page.getByTestId('editor-tab-scenario').click();
  await field('thirdPowers[0].id', '');
  await expect.poll(options).toEqual(['federation=Federation', 'klingon=Klingon Empire', '=no owner']);
  await expect(power).toHaveValue('federation');
  await expect(power.selectOption('romulans', { timeout: 1000 })).rejects.toThrow();
  // Mended, then removed: gone from the list.
  await field('thirdPowers[0].id', 'romulans');
  await power.selectOption('romulans');
  await page.getByTestId('remove-thirdPowers[0]').click();
  await expect.poll(options).toEqual(['federation=Federation', 'klingon=Klingon Empire', '=no owner']);
  await expect(power).toHaveValue('federation');
  expect(errors).toEqual([]);
});

test('the side panel is patched in place: focus and scroll stay while the author types from field to field', async ({
  page,
}) => {
  await openEditor(page);
  await copyBuiltin(page, 'khitomer-accords');
  await page.locator('summary', { hasText: /^Rules$/ }).click();
  const first = page.getByTestId('field-rules.repeatPercent');
  await first.scrollIntoViewIfNeeded();
  const panel = page.getByTestId('editor-panel');
  const scrolled = await panel.evaluate((n) => n.scrollTop);
  expect(scrolled).toBeGreaterThan(100);
  await first.click();
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  // The edit is made (the field left), the panel redrawn, and the keys stay where Tab took them:
  // the field's reset button, then the next field.
  await expect(page.getByTestId('editor-undo')).toHaveAttribute('title', /Undo set /);
  const focusedId = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? '');
  expect(await focusedId()).toBe('reset-rules.repeatPercent');
  await page.keyboard.press('Tab');
  const focused = await focusedId();
  expect(focused).toMatch(/^field-rules\./);
  expect(focused).not.toBe('field-rules.repeatPercent');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId(focused)).toHaveValue(/7$/);
  await expect(first).toHaveValue('40');
  expect(Math.abs((await panel.evaluate((n) => n.scrollTop)) - scrolled)).toBeLessThan(60);
  await screenshot(page, 'editor-typing');
  // The same field node stayed on screen through both edits (a rebuilt panel would replace it).
  await first.evaluate((n) => {
    (n as HTMLElement & { kept?: boolean }).kept = true;
  });
  await page.getByTestId('editor-undo').click();
  await expect(first).toHaveValue('40');
  expect(await first.evaluate((n) => (n as HTMLElement & { kept?: boolean }).kept === true)).toBe(true);
});

test('the editor’s bar is one row at 1280 × 720, and the map and panel start below it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page);
  const bar = page.getByTestId('editor-bar');
  const rows = await bar.evaluate((b) => {
    const tops = [...b.children].map((c) =>
      Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2),
    );
    return {
      centres: [...new Set(tops)],
      height: b.getBoundingClientRect().height,
      overflow: b.scrollWidth - b.clientWidth,
      widths: [...b.children].map((c) => `${c.textContent}:${Math.round(c.getBoundingClientRect().width)}`),
    };
  });
  // Every control on one line (their centres within a few pixels), nothing cut off at the right.
  expect(Math.max(...rows.centres) - Math.min(...rows.centres), rows.widths.join(' ')).toBeLessThanOrEqual(3);
  expect(rows.overflow).toBeLessThanOrEqual(0);
  const side = await page.getByRole('complementary', { name: 'Scenario' }).boundingBox();
  expect(side?.y ?? 0).toBeGreaterThanOrEqual(rows.height - 1);
  await screenshot(page, 'editor-bar-1280');
});
