// The scenario editor as an author meets it: a scenario built from nothing on the map and in the
// forms, a located error mended by clicking it, undo and redo, a playtest and back, the export.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseScenarioText } from '../../src/sim/scenario/parse';
import { autoPlaytest, openSection, put, screenAt } from './editor-view';
import { expect, screenshot, test } from './helpers';

async function openBlankEditor(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
}

async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function setField(page: Page, path: string, value: string): Promise<void> {
  const field = page.getByTestId(`field-${path}`);
  await field.fill(value);
  // Leaving the field commits it, as for an author (Enter would be a new line in a long text).
  await field.blur();
}

test('a scenario built from nothing, mended, undone, playtested and exported', async ({ page }) => {
  await openBlankEditor(page);

  // A system placed on empty space: it is selected, with its form.
  const place = await screenAt(page, 500, 250);
  await page.mouse.click(place.x, place.y);
  await expect(page.getByTestId('field-map.systems[2].id')).toHaveValue('system-3');
  await expect(page.getByTestId('field-map.systems[2].x')).toHaveValue('500');
  await setField(page, 'map.systems[2].name', 'Vulcan');
  // No lane reaches it yet: a warning, not an error.
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await expect(page.getByTestId('editor-status')).toContainText('1 warning');

  // A lane drawn from it to Earth with the Lane tool.
  await page.getByTestId('tool-lane').click();
  const earth = await screenAt(page, 200, 500);
  await page.mouse.move(place.x, place.y);
  await page.mouse.down();
  await page.mouse.move(earth.x, earth.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('remove-lane-earth')).toBeVisible();
  await expect(page.getByTestId('editor-status')).toContainText('0 warnings');

  // The owner is a list of the scenario's powers: a third power added is one of them.
  const owner = page.getByTestId('field-map.systems[2].owner');
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'thirdPowers');
  await page.getByTestId('add-thirdPowers').click();
  await page.getByTestId('editor-tab-system').click();
  await expect
    .poll(() => owner.locator('option').allTextContents())
    .toEqual(['no owner', 'Federation', 'Klingon Empire', 'Power 1']);
  await put(page, 'map.systems[2].owner', 'power-1');
  // The power removed, its world's owner names nothing: an error, located; the value is kept and
  // shown as unknown; clicking the error leads to the field, mended there.
  await page.getByTestId('editor-tab-scenario').click();
  await page.getByTestId('remove-thirdPowers[0]').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('1 error');
  await expect(page.getByTestId('editor-playtest')).toBeDisabled();
  await page.getByTestId('editor-tab-problems').click();
  const problem = page.getByTestId('problem-0');
  await expect(problem).toContainText('System “Vulcan”, owner: "power-1" is not a power of this scenario');
  await screenshot(page, 'editor-problem');
  await problem.click();
  await expect(owner).toBeFocused();
  await expect(owner).toHaveValue('power-1');
  await expect(owner.locator('option:checked')).toHaveText('power-1 (unknown)');
  await put(page, 'map.systems[2].owner', 'federation');
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await expect(owner.locator('option')).toHaveText(['no owner', 'Federation', 'Klingon Empire']);

  // Moved with the Move tool; undone with the key, redone with the button.
  await page.getByTestId('tool-move').click();
  const y = page.getByTestId('field-map.systems[2].y');
  const placed = await y.inputValue();
  const vulcan = await screenAt(page, 500, 250);
  const there = await screenAt(page, 450, 350);
  await page.mouse.move(vulcan.x, vulcan.y);
  await page.mouse.down();
  await page.mouse.move(there.x, there.y, { steps: 8 });
  await page.mouse.up();
  await expect(y).not.toHaveValue(placed);
  const moved = Number(await y.inputValue());
  expect(Math.abs(moved - 350)).toBeLessThan(4);
  await blur(page);
  await page.keyboard.press('Control+z');
  await expect(y).toHaveValue(placed);
  await page.getByTestId('editor-redo').click();
  await expect(y).toHaveValue(String(moved));

  // The rest in forms: the title, and a rule with its default shown.
  await page.getByTestId('editor-tab-scenario').click();
  await setField(page, 'title', 'An editor test');
  // A power's starting attribute, and a scripted event of a chosen type with its fields.
  await page.locator('summary', { hasText: /^Powers$/ }).click();
  await setField(page, 'powers.federation.standing', '70');
  await page.locator('summary', { hasText: 'Timeline' }).click();
  await page.getByTestId('add-kind-timeline').selectOption('disaster');
  await page.getByTestId('add-timeline').click();
  await expect(page.getByTestId('field-timeline[0].year')).toHaveValue('2293');
  await setField(page, 'timeline[0].year', '2295');
  await put(page, 'timeline[0].victim', 'klingon');
  await setField(page, 'timeline[0].need', '12');
  await setField(page, 'timeline[0].text', 'A moon of {system} breaks apart.');
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await screenshot(page, 'editor-event');
  await page.locator('summary', { hasText: 'Rules' }).click();
  const repeat = page.getByTestId('field-rules.repeatPercent');
  await expect(repeat).toHaveAttribute('placeholder', '25 (default)');
  await setField(page, 'rules.repeatPercent', '40');
  await screenshot(page, 'editor-built');

  // Playtest, then back to the editor: the history is as it was left.
  await page.getByTestId('editor-playtest').click();
  await page.getByTestId('playtest-seed').fill('editor-seed');
  await page.getByTestId('playtest-start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await screenshot(page, 'editor-playtest');
  await page.getByTestId('to-title').click();
  await expect(page.getByTestId('scenario-editor')).toHaveText('Back to the scenario editor');
  await screenshot(page, 'editor-title-after-playtest');
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-tab-scenario').click();
  await expect(page.getByTestId('field-title')).toHaveValue('An editor test');
  await blur(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('field-rules.repeatPercent')).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('field-timeline[0].text')).toHaveValue('');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('field-rules.repeatPercent')).toHaveValue('40');
  await expect(page.getByTestId('field-timeline[0].text')).toHaveValue('A moon of {system} breaks apart.');

  // Auto-playtest: a few seeded AI games in a worker, their figures read.
  await autoPlaytest(page, 'loyalist-hawk');
  const row = page.getByTestId('autotest-row-loyalist-hawk');
  const cells = await row.locator('td').allTextContents();
  expect(cells[1]).toMatch(/^\d+\.\d%$/);
  const played = (cells[2] ?? '').split(', ').reduce((n, part) => n + Number(part.split(' ').at(-1)), 0);
  expect(played).toBe(4);
  // How the games ended, in words a modder reads (not the rules' "centennial" for any last year).
  expect(cells[2]).toMatch(
    /^((last year in force|last year suspended|collapse|a government fell) \d+(, )?)+$/,
  );
  expect(Number(cells[3])).toBeGreaterThanOrEqual(2293);
  // Each side's final scores, what grades are set from: the mean and the spread of the games scored.
  await expect(page.getByTestId('autotest-score-federation-loyalist-hawk')).toHaveText(
    /^(\d+(\.\d)? \(\d+–\d+–\d+, [1-4] scored\)|— \(none scored\))$/,
  );
  await screenshot(page, 'editor-autotest');
  await page.getByTestId('dialog-close').click();

  // Exported: the file is the scenario as built, and the parser accepts it.
  const download = page.waitForEvent('download');
  await page.getByTestId('editor-export').click();
  const file = await (await download).path();
  // The file passes `npm run validate` (a .json name, as an author keeps it).
  const named = `${file}.json`;
  copyFileSync(file, named);
  const validated = execFileSync('npx', ['tsx', 'src/cli/validate.ts', named], { encoding: 'utf8' });
  expect(validated).toContain('valid (my-scenario, 2293–2303)');
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.value.title).toBe('An editor test');
    expect(parsed.value.rules.repeatPercent).toBe(40);
    expect(parsed.value.powers.federation.standing).toBe(70);
    expect(parsed.value.timeline).toEqual([
      {
        type: 'disaster',
        year: 2295,
        victim: 'klingon',
        need: 12,
        deadline: 1,
        text: 'A moon of {system} breaks apart.',
      },
    ]);
    expect(parsed.value.map.systems.map((x) => x.name)).toEqual(['Earth', 'Qo’noS', 'Vulcan']);
    expect(parsed.value.map.lanes).toContainEqual(['system-3', 'earth']);
  }
});

test('a huge or malformed file is refused with its problems; a scenario’s text stays text', async ({
  page,
}) => {
  await openBlankEditor(page);
  await page.getByTestId('editor-open').click();
  const input = page.getByTestId('open-file');
  await input.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(4_100_000, 32),
  });
  await expect(page.getByTestId('open-problems')).toContainText('too large for a scenario');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id": "x",'),
  });
  await expect(page.getByTestId('open-problems')).toContainText('not a scenario; nothing was opened');
  await expect(page.getByTestId('open-problems')).toContainText('not valid JSON');

  // A file with wrong fields opens, its problems located; markup in its text is shown as text.
  const hostile = {
    ...JSON.parse(readFileSync('levels/centennial-eve.json', 'utf8')),
    title: '<img src=x onerror="document.body.dataset.owned=1">',
    signedYear: 2300,
  };
  await input.setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(page.getByTestId('editor-errors')).toHaveText('1 error');
  await page.getByTestId('editor-tab-problems').click();
  await expect(page.getByTestId('problem-0')).toContainText('year signed: 2300 is after the first year 2293');
  await page.getByTestId('problem-0').click();
  await expect(page.getByTestId('field-signedYear')).toBeFocused();
  await expect(page.getByTestId('field-title')).toHaveValue(hostile.title);
  expect(await page.locator('#ui img').count()).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.owned ?? '')).toBe('');
  await screenshot(page, 'editor-hostile');

  // A file dropped on the editor is read as one picked: a broken one opens nothing.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['[1, 2'], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  });
  await expect(page.getByTestId('open-problems')).toContainText('dropped.json is not a scenario');
  await page.getByTestId('dialog-close').click();

  // A full storage is reported; the work stays open and can still be exported.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('the quota is exceeded', 'QuotaExceededError');
    };
  });
  await page.getByTestId('editor-tab-scenario').click();
  await setField(page, 'signedYear', '2293');
  await expect(page.getByTestId('editor-status')).toContainText('storage is full');
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await expect(page.getByTestId('editor-export')).toBeEnabled();
});

test('a scenario saved to My scenarios is played from New game, and its link opens it in a fresh browser', async ({
  page,
  browser,
}) => {
  await openBlankEditor(page);
  await setField(page, 'id', 'shared-frontier');
  await setField(page, 'title', 'The shared frontier');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios');

  await page.getByTestId('editor-menu').click();
  await page.getByTestId('new-game').click();
  await page.getByTestId('my-scenario-shared-frontier').check();
  await expect(page.getByTestId('scenario-chosen')).toContainText('The shared frontier');
  await expect(page.getByTestId('scenario-chosen')).toContainText('2293–2303: 10 years');
  await page.getByTestId('seed').fill('mine');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');

  await page.getByTestId('to-title').click();
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-share').click();
  await expect.poll(() => page.evaluate(() => document.body.dataset.shareLink ?? '')).toContain('#scenario=');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');

  const friend = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  friend.on('pageerror', (e) => errors.push(String(e)));
  await friend.goto(link);
  await expect(friend.getByTestId('editor-bar')).toBeVisible();
  await expect(friend.getByTestId('field-title')).toHaveValue('The shared frontier');
  await expect(friend.getByTestId('editor-errors')).toHaveText('0 errors');
  await screenshot(friend, 'editor-shared');

  // A damaged link is refused with a sentence, and nothing is opened.
  await friend.goto('about:blank');
  await friend.goto(`${link.split('#')[0]}#scenario=AAAA!!`);
  await expect(friend.getByTestId('notice')).toContainText('The scenario link is damaged');
  expect(errors).toEqual([]);
});

test('a scenario under My scenarios is deleted from the Open dialog, after a second click that says it cannot be undone', async ({
  page,
}) => {
  await openBlankEditor(page);
  await setField(page, 'id', 'to-delete');
  await setField(page, 'title', 'A frontier to forget');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios');
  await page.getByTestId('editor-open').click();
  await expect(page.getByTestId('open-mine-to-delete')).toHaveText('A frontier to forget');
  // Asked first; Keep it leaves it there.
  await page.getByTestId('delete-mine-to-delete').click();
  await expect(page.getByTestId('mine-to-delete')).toContainText('This cannot be undone');
  await page.getByTestId('delete-mine-no-to-delete').click();
  await expect(page.getByTestId('open-mine-to-delete')).toBeVisible();
  await page.getByTestId('delete-mine-to-delete').click();
  await screenshot(page, 'editor-delete-mine');
  await page.getByTestId('delete-mine-yes-to-delete').click();
  await expect(page.getByTestId('mine-to-delete')).toHaveText('“A frontier to forget” is deleted.');
  expect(await page.evaluate(() => localStorage.getItem('khitomer.my-scenarios'))).toBeNull();
  // Gone from New game too; the work stays open in the editor.
  await page.getByTestId('dialog-close').click();
  await expect(page.getByTestId('field-title')).toHaveValue('A frontier to forget');
  await page.getByTestId('editor-menu').click();
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('my-scenario-to-delete')).toHaveCount(0);
});

test('Save asks before it replaces another saved scenario of the same id; a copy of a built-in has an id and title of its own', async ({
  page,
}) => {
  // Playtest 30: every blank scenario is "my-scenario", and Save replaced the first draft unasked.
  await openBlankEditor(page);
  await setField(page, 'title', 'First draft');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios: First draft');
  // Saved again, the same work replaces its own entry without asking.
  await setField(page, 'title', 'First draft, mended');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText(
    'Saved under My scenarios: First draft, mended',
  );
  // A new blank scenario, the same id: Save asks. The last work's notice goes with it.
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-blank').click();
  await expect(page.getByTestId('editor-notice')).toHaveText('');
  await setField(page, 'title', 'Second draft');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('replace-mine-question')).toContainText(
    'My scenarios holds “First draft, mended” under the id “my-scenario” already.',
  );
  await screenshot(page, 'editor-replace-mine');
  await page.getByTestId('replace-mine-no').click();
  await expect(page.getByTestId('replace-mine-question')).toHaveCount(0);
  await setField(page, 'id', 'second-draft');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios: Second draft');
  const saved = () =>
    page.evaluate(() =>
      (JSON.parse(localStorage.getItem('khitomer.my-scenarios') ?? '[]') as { title: string }[]).map(
        (m) => m.title,
      ),
    );
  expect((await saved()).sort()).toEqual(['First draft, mended', 'Second draft']);
  // Replace, when asked and chosen.
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-blank').click();
  await setField(page, 'id', 'second-draft');
  await setField(page, 'title', 'Third draft');
  await page.getByTestId('editor-save').click();
  await page.getByTestId('replace-mine-yes').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios: Third draft');
  expect((await saved()).sort()).toEqual(['First draft, mended', 'Third draft']);
  // A copy of a built-in: its own id and title.
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-builtin').selectOption('centennial-eve');
  await page.getByTestId('open-copy').click();
  await expect(page.getByTestId('field-id')).toHaveValue('centennial-eve-copy');
  await expect(page.getByTestId('field-title')).toHaveValue(/\(a copy\)$/);
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
});

test('Esc, or the map button, unselects a system: the map’s own tools come back', async ({ page }) => {
  // Playtest 30 placed its map and could not find New third power again: a system stays selected.
  await openBlankEditor(page);
  const place = await screenAt(page, 500, 250);
  await page.mouse.click(place.x, place.y);
  await expect(page.getByTestId('field-map.systems[2].id')).toHaveValue('system-3');
  await expect(page.getByTestId('add-third-power')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('add-third-power')).toBeVisible();
  await expect(page.getByTestId('editor-tab-system')).toHaveText('Map');
  await page.mouse.click(place.x, place.y);
  await expect(page.getByTestId('editor-tab-system')).toHaveText('System');
  await page.getByTestId('editor-unselect').click();
  await expect(page.getByTestId('add-third-power')).toBeVisible();
  // Esc with a dialog open closes the dialog only.
  await page.mouse.click(place.x, place.y);
  await page.getByTestId('editor-open').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor-dialog')).toHaveCount(0);
  await expect(page.getByTestId('editor-tab-system')).toHaveText('System');
});

test('the title says the way back to the editor when work is kept, after a reload too', async ({ page }) => {
  // Playtest 30 reloaded while editing and read a plain "Scenario editor": its work was kept.
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('scenario-editor')).toHaveText('Scenario editor');
  await page.getByTestId('scenario-editor').click();
  await setField(page, 'title', 'Kept work');
  await page.getByTestId('editor-menu').click();
  await expect(page.getByTestId('scenario-editor')).toHaveText('Back to the scenario editor');
  await page.reload();
  await expect(page.getByTestId('scenario-editor')).toHaveText('Back to the scenario editor');
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-tab-scenario').click();
  await expect(page.getByTestId('field-title')).toHaveValue('Kept work');
});
