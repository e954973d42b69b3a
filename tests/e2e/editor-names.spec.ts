// The editor's fields that name something (playtest 30): lists of what the scenario defines now, a
// loaded file's unknown name kept and shown so that its error is mended where it is.
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { addEvent, openEditor, openItem, openSection, put } from './editor-view';
import { expect, screenshot, test } from './helpers';

const texts = (list: Locator) => list.locator('option').allTextContents();
const EVE = JSON.parse(readFileSync('levels/centennial-eve.json', 'utf8'));

test('owners, victims, worlds and attackers are chosen from the scenario’s own, an unknown one kept', async ({
  page,
}) => {
  await openEditor(page);
  // A file whose Romulus is held by a power it does not have, and whose Praxis disaster strikes one.
  const file = structuredClone(EVE);
  const romulus = file.map.systems.findIndex((s: { id: string }) => s.id === 'romulus');
  file.map.systems[romulus].owner = 'cardassian';
  file.timeline[0].victim = 'gorn';
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-file').setInputFiles({
    name: 'unknown-names.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('editor-errors')).toHaveText('2 errors');
  await expect(page.getByTestId('editor-notice')).toHaveText(
    'unknown-names.json has 2 problems: see Problems.',
  );

  // The owner's error leads to its list: the unknown id is shown, marked, and left as it is.
  await page.getByTestId('editor-tab-problems').click();
  await page.getByTestId('problem-0').click();
  const owner = page.getByTestId(`field-map.systems[${romulus}].owner`);
  await expect(owner).toBeFocused();
  await expect(owner).toHaveValue('cardassian');
  expect(await texts(owner)).toEqual([
    'cardassian (unknown)',
    'no owner',
    'Federation',
    'Klingon Empire',
    'Romulan Star Empire',
  ]);
  await screenshot(page, 'editor-names-unknown-owner');
  await put(page, `map.systems[${romulus}].owner`, 'romulan');
  await expect(page.getByTestId('editor-errors')).toHaveText('1 error');
  expect(await texts(owner)).toEqual(['no owner', 'Federation', 'Klingon Empire', 'Romulan Star Empire']);

  // The disaster's victim and world, from the Timeline.
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'timeline');
  await openItem(page, 'timeline[0]');
  const victim = page.getByTestId('field-timeline[0].victim');
  await expect(victim).toHaveValue('gorn');
  await expect(victim.locator('option:checked')).toHaveText('gorn (unknown)');
  await put(page, 'timeline[0].victim', 'klingon');
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  // Mended, the file's problems are no longer news: its notice goes (it stayed, in the helper's run).
  await expect(page.getByTestId('editor-notice')).toBeHidden();
  expect(await texts(victim)).toEqual([
    'Federation',
    'Klingon Empire',
    'Romulan Star Empire',
    'any (a party at random)',
  ]);
  const world = page.getByTestId('field-timeline[0].system');
  await expect(world).toHaveValue('qonos');
  const worlds = EVE.map.systems
    .map((s: { name: string }) => s.name)
    .sort((a: string, b: string) => a.localeCompare(b));
  expect(await texts(world)).toEqual(['any of the victim’s', ...worlds]);

  // The third power renamed in its form: every list offers it by its new id and name.
  await openSection(page, 'thirdPowers');
  await put(page, 'thirdPowers[0].id', 'romulans');
  await put(page, 'thirdPowers[0].name', 'Romulan Empire');
  expect(await texts(victim)).toEqual([
    'Federation',
    'Klingon Empire',
    'Romulan Empire',
    'any (a party at random)',
  ]);
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');

  // A new incursion: its attacker is one of the third powers (none chosen yet), its target a world.
  const legend = await page.locator('fieldset[data-path="timeline"] > legend').textContent();
  const count = Number(legend?.match(/\((\d+)\)/)?.[1]);
  await addEvent(page, 'timeline', 'incursion', { strength: 5 });
  const attacker = page.getByTestId(`field-timeline[${count}].attacker`);
  expect(await texts(attacker)).toEqual(['—', 'Romulan Empire', 'any (by aggression)']);
  await put(page, `timeline[${count}].attacker`, 'romulans');
  await put(page, `timeline[${count}].target`, 'vulcan');
  await expect(page.getByTestId(`field-timeline[${count}].target`).locator('option:checked')).toHaveText(
    'Vulcan',
  );
  await expect(attacker).toHaveValue('romulans');
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await screenshot(page, 'editor-names-incursion');
  // None of them is free text any more.
  expect(
    await page
      .locator('[data-testid$=".owner"], [data-testid$=".victim"], [data-testid$=".attacker"]')
      .evaluateAll((ns) => ns.filter((n) => n.tagName !== 'SELECT').length),
  ).toBe(0);
});
