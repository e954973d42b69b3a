// The modder's playtest of session 30: a player who has played the campaign once builds a scenario of
// their own through the editor's screens (title → Scenario editor), from a blank one — a map of ten
// systems, a third power, fleets, standings, four scripted events, a rule and the grades — mends what
// the Problems tab shows, undoes and redoes, playtests and auto-playtests, saves, exports, shares,
// and plays three years of it from New game; then a copy of Centennial Eve with its grades changed.
// The report is /work/wt/play30-report.md. What is asserted is what must hold: the work survives a
// reload, the exported file validates, the game played shows the map and the events built.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addEvent, autoPlaytest, openItem, openSection, put, puts } from './editor-view';
import { endTurnAnyway, expect, screenshot, test } from './helpers';
import { clickMap, drawLane, placeSystem } from './play30';

test.use({ actionTimeout: 15_000 });

const ID = 'romulan-gambit';
const TITLE = 'The Romulan Gambit';

/** The worlds placed, in the order placed (after Earth and Qo’noS), with where they stand. */
const WORLDS = [
  { at: [250, 300], id: 'vulcan', name: 'Vulcan', owner: 'federation', zone: 'core', output: 4 },
  { at: [300, 700], id: 'andor', name: 'Andor', owner: 'federation', zone: 'border', output: 3 },
  { at: [500, 330], id: 'nimbus-iii', name: 'Nimbus III', owner: null, zone: 'neutral-zone', output: 1 },
  {
    at: [500, 640],
    id: 'shermans-planet',
    name: 'Sherman’s Planet',
    owner: null,
    zone: 'disputed',
    output: 2,
  },
  { at: [680, 330], id: 'khitomer', name: 'Khitomer', owner: 'klingon', zone: 'border', output: 2 },
  { at: [690, 690], id: 'narendra-iii', name: 'Narendra III', owner: 'klingon', zone: 'border', output: 3 },
  { at: [880, 280], id: 'tygokor', name: 'Ty’Gokor', owner: 'klingon', zone: 'core', output: 4 },
  { at: [480, 110], id: 'romulus', name: 'Romulus', owner: null, zone: 'core', output: 5 },
] as const;
const EARTH = [200, 500] as const;
const QONOS = [800, 500] as const;
const at = (id: string) => WORLDS.find((w) => w.id === id)?.at ?? [0, 0];

const LANES: [readonly [number, number], readonly [number, number]][] = [
  [EARTH, at('vulcan')],
  [EARTH, at('andor')],
  [at('vulcan'), at('nimbus-iii')],
  [at('andor'), at('shermans-planet')],
  [at('nimbus-iii'), at('khitomer')],
  [at('shermans-planet'), at('narendra-iii')],
  [at('nimbus-iii'), at('shermans-planet')],
  [at('khitomer'), QONOS],
  [at('narendra-iii'), QONOS],
  [QONOS, at('tygokor')],
  [at('romulus'), at('nimbus-iii')],
  [at('romulus'), at('vulcan')],
];

const EVENTS = [
  { title: 'A Claim on Sherman’s Planet', year: 2293 },
  { title: 'The Andorian Quake', year: 2294 },
  { title: 'The Renegade of Khitomer', year: 2294 },
  { title: 'Romulan Raiders', year: 2295 },
];

async function errorsRead(page: Page): Promise<string> {
  return (await page.getByTestId('editor-errors').textContent()) ?? '';
}

test('a modder builds a scenario of their own from a blank one, and plays it', async ({ page, browser }) => {
  test.setTimeout(400_000);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-bar')).toBeVisible();
  await screenshot(page, 'play30-01-blank');

  // The scenario's name and story.
  await page.getByTestId('editor-tab-scenario').click();
  await puts(page, '', {
    id: ID,
    title: TITLE,
    description:
      '2293. Praxis is gone and the Accords are new. A Romulan senator sees a chance: set the two signatories against each other over a planet neither can do without.',
    lastYear: 2300,
  });

  // The map: eight more worlds, each named and given its owner and zone.
  await page.getByTestId('editor-tab-system').click();
  for (const [i, w] of WORLDS.entries()) {
    await placeSystem(page, i + 2, w.at, {
      id: w.id,
      name: w.name,
      owner: w.owner,
      zone: w.zone,
      output: w.output,
    });
  }
  await screenshot(page, 'play30-02-worlds');
  // The lane that joined the two capitals goes: the new worlds stand between them.
  await page.getByTestId('tool-move').click();
  await clickMap(page, EARTH);
  await page.getByTestId('remove-lane-qonos').click();
  for (const [a, b] of LANES) await drawLane(page, a, b);
  await page.getByTestId('tool-move').click();
  await clickMap(page, at('nimbus-iii'));
  for (const other of ['vulcan', 'khitomer', 'shermans-planet', 'romulus'])
    await expect(page.getByTestId(`remove-lane-${other}`)).toBeVisible();
  await screenshot(page, 'play30-03-lanes');

  // A third power: added on the map, its world given with the Owner tool, a fleet with the Fleet tool.
  // "New third power" is on the Map tab only while no system is selected; Escape unselects the world
  // picked and brings it back (the playtest found it gone, and Escape did nothing).
  await expect(page.getByTestId('add-third-power')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('add-third-power')).toBeVisible();
  // The Scenario tab's Third powers list has an Add of its own: the modder used that one.
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'thirdPowers');
  await page.getByTestId('add-thirdPowers').click();
  await screenshot(page, 'play30-04a-third-power-added');
  const added = await page.getByTestId('field-thirdPowers[0].id').inputValue();
  // The same id and name as the map's button gives (it once gave "new" and no name).
  expect(added).toBe('power-1');
  await expect(page.getByTestId('field-thirdPowers[0].name')).toHaveValue('Power 1');
  test.info().annotations.push({ type: 'third power added from the form', description: added });
  await page.getByTestId('tool-power').selectOption(added);
  await page.getByTestId('tool-owner').click();
  await clickMap(page, at('romulus'));
  await clickMap(page, at('romulus'));
  await expect(page.getByTestId('field-map.systems[9].owner')).toHaveValue(added);
  await page.getByTestId('tool-fleet').click();
  await clickMap(page, at('romulus'));
  // Both powers' fleets, stationed the same way.
  await page.getByTestId('tool-power').selectOption('federation');
  await clickMap(page, EARTH);
  await clickMap(page, at('vulcan'));
  await page.getByTestId('tool-power').selectOption('klingon');
  await clickMap(page, QONOS);
  await clickMap(page, at('khitomer'));
  await page.getByTestId('tool-move').click();
  await screenshot(page, 'play30-04-forces');

  // The third power named in its form (the newcomer renames it after placing it).
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'thirdPowers');
  await puts(page, 'thirdPowers[0].', { id: 'romulan', name: 'Romulan Star Empire', resents: 'federation' });
  await put(page, 'thirdPowers[0].aggression[0].level', 60);
  await put(page, 'thirdPowers[0].fleets[0].strength', 9);
  await screenshot(page, 'play30-05-third-power');
  const afterRename = await errorsRead(page);
  test.info().annotations.push({ type: 'after the third power renamed', description: afterRename });

  // Starting standings and support.
  await openSection(page, 'powers');
  await puts(page, 'powers.', {
    'federation.standing': 60,
    'federation.support': 55,
    'klingon.standing': 45,
    'klingon.support': 50,
  });
  await put(page, 'powers.federation.fleets[0].strength', 8);
  await put(page, 'powers.klingon.fleets[0].strength', 7);

  // The timeline: a dispute, a disaster, a renegade, an incursion.
  await openSection(page, 'timeline');
  await addEvent(page, 'timeline', 'dispute', {
    title: EVENTS[0]?.title ?? '',
    system: 'shermans-planet',
    claimant: 'klingon',
    text: 'Klingon colonists land on {system} and the Empire calls it Klingon soil.',
    year: 2293,
  });
  await addEvent(page, 'timeline', 'disaster', {
    title: EVENTS[1]?.title ?? '',
    victim: 'federation',
    system: 'andor',
    need: 10,
    deadline: 2,
    text: 'A quake breaks the ice cities of {system}. {victim} asks for {need} reserves of aid.',
    year: 2294,
  });
  await addEvent(page, 'timeline', 'renegade', {
    title: EVENTS[2]?.title ?? '',
    origin: 'klingon',
    fugitive: 'Commander Kruge',
    deadline: 2,
    text: '{fugitive} fires on a Federation freighter near Khitomer. The Federation asks {origin} to hand him over.',
    year: 2294,
  });
  await addEvent(page, 'timeline', 'incursion', {
    title: EVENTS[3]?.title ?? '',
    attacker: 'romulan',
    victim: 'federation',
    target: 'vulcan',
    strength: 10,
    years: 2,
    text: 'Warbirds decloak over {system}. Article III lets the Empire stand with the Federation.',
    year: 2295,
  });
  await screenshot(page, 'play30-06-timeline');

  // A rule tweaked, and the grades.
  await openSection(page, 'rules');
  await put(page, 'rules.repeatPercent', 15);
  await openSection(page, 'grades');
  const gradeLegend = page.locator('fieldset[data-path="grades"] > legend');
  const gradesShown = (await gradeLegend.count()) ? await gradeLegend.textContent() : 'none';
  test.info().annotations.push({ type: 'grades of a blank scenario', description: String(gradesShown) });
  await screenshot(page, 'play30-07-grades');
  const GRADES = [
    { id: 'gambit-foiled', name: 'Gambit foiled', min: 60 },
    { id: 'peace-held', name: 'Peace held', min: 30 },
    { id: 'betrayed', name: 'Betrayed', min: -1000 },
  ];
  for (const [i, g] of GRADES.entries()) {
    if ((await page.getByTestId(`field-grades[${i}].id`).count()) === 0)
      await page.getByTestId('add-grades').click();
    await openItem(page, `grades[${i}]`);
    await puts(page, `grades[${i}].`, g);
  }
  // Grades beyond the three (a default ladder brought along) are removed.
  while ((await page.getByTestId('field-grades[3].id').count()) > 0)
    await page.getByTestId('remove-grades[3]').click();
  await screenshot(page, 'play30-08-grades-set');

  // Every problem the Problems tab shows, read and mended from where a click on it leads.
  await page.getByTestId('editor-tab-problems').click();
  await screenshot(page, 'play30-09-problems');
  const problems: string[] = [];
  for (let round = 0; round < 8; round++) {
    await page.getByTestId('editor-tab-problems').click();
    const first = page.getByTestId('problem-0');
    if ((await first.count()) === 0) break;
    const said = (await first.textContent()) ?? '';
    problems.push(said);
    await first.click();
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.testid ?? '',
    );
    problems.push(`  → focus: ${focused}`);
    if (/owner/.test(focused) && /"new"/.test(said))
      await put(page, focused.replace(/^field-/, ''), 'romulan');
    else break;
  }
  test.info().annotations.push({ type: 'problems', description: problems.join('\n') });
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  const status = (await page.getByTestId('editor-status').textContent()) ?? '';
  test.info().annotations.push({ type: 'status after mending', description: status });
  await page.getByTestId('editor-tab-problems').click();
  await screenshot(page, 'play30-10-mended');

  // Undo and Redo: the last grade's name taken back and given again.
  await page.getByTestId('editor-undo').click();
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'grades');
  const undoTitle = await page.getByTestId('editor-redo').getAttribute('title');
  test.info().annotations.push({ type: 'redo says', description: String(undoTitle) });
  await page.getByTestId('editor-redo').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');

  // A reload (F5 by mistake): the work is still there.
  await page.reload();
  const back = page.getByTestId('editor-bar').or(page.getByTestId('scenario-editor'));
  await expect(back.first()).toBeVisible();
  await screenshot(page, 'play30-11-after-reload');
  if (await page.getByTestId('scenario-editor').isVisible()) {
    test.info().annotations.push({
      type: 'after reload',
      description: (await page.getByTestId('scenario-editor').textContent()) ?? '',
    });
    await page.getByTestId('scenario-editor').click();
  }
  await page.getByTestId('editor-tab-scenario').click();
  await expect(page.getByTestId('field-title')).toHaveValue(TITLE);
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await openSection(page, 'timeline');
  for (const [i, e] of EVENTS.entries())
    await expect(page.getByTestId(`field-timeline[${i}].title`)).toHaveValue(e.title);
  await expect(page.getByTestId('editor-undo')).toBeEnabled();

  // A playtest from the editor, and back.
  await page.getByTestId('editor-playtest').click();
  await screenshot(page, 'play30-12-playtest-dialog');
  await page.getByTestId('playtest-seed').fill('play30-playtest');
  await page.getByTestId('playtest-start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await screenshot(page, 'play30-13-playtest');
  await page.getByTestId('to-title').click();
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-tab-scenario').click();
  await expect(page.getByTestId('field-title')).toHaveValue(TITLE);
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');

  // Auto-playtest.
  await autoPlaytest(page, 'loyalist-hawk');
  test.info().annotations.push({
    type: 'auto-playtest',
    description: (await page.getByTestId('autotest-report').textContent()) ?? '',
  });
  await screenshot(page, 'play30-14-autotest');
  await page.getByTestId('dialog-close').click();

  // Saved under My scenarios.
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios');

  // Exported; the file passes the validator.
  const download = page.waitForEvent('download');
  await page.getByTestId('editor-export').click();
  const dl = await download;
  test.info().annotations.push({ type: 'export file name', description: dl.suggestedFilename() });
  const file = await dl.path();
  const named = `${file}.json`;
  copyFileSync(file, named);
  const validated = execFileSync('npx', ['tsx', 'src/cli/validate.ts', named], { encoding: 'utf8' });
  expect(validated).toContain(`valid (${ID}, 2293–2300)`);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.map.systems).toHaveLength(10);
  expect(exported.thirdPowers[0].id).toBe('romulan');
  expect(exported.timeline.map((e: { type: string }) => e.type)).toEqual([
    'dispute',
    'disaster',
    'renegade',
    'incursion',
  ]);

  // A share link, opened by a friend in a fresh browser.
  await page.getByTestId('editor-share').click();
  await expect.poll(() => page.evaluate(() => document.body.dataset.shareLink ?? '')).toContain('#scenario=');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');
  await screenshot(page, 'play30-15-share');
  test.info().annotations.push({ type: 'share link length', description: String(link.length) });
  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(link);
  await expect(friend.getByTestId('editor-bar')).toBeVisible();
  await friend.getByTestId('editor-tab-scenario').click();
  await expect(friend.getByTestId('field-title')).toHaveValue(TITLE);
  await expect(friend.getByTestId('editor-errors')).toHaveText('0 errors');
  await screenshot(friend, 'play30-16-friend');
  await friendContext.close();

  // New game from My scenarios, three years played.
  await page.getByTestId('editor-menu').click();
  await page.getByTestId('new-game').click();
  await page.getByTestId(`my-scenario-${ID}`).check();
  await expect(page.getByTestId('scenario-chosen')).toContainText(TITLE);
  await page.getByTestId('side').selectOption('federation');
  await page.getByTestId('opponent').selectOption('pragmatist');
  await page.getByTestId('seed').fill('play30');
  await screenshot(page, 'play30-17-new-game');
  await page.getByTestId('start').click();
  const replace = page.getByTestId('replace-yes');
  await expect(page.getByTestId('hud-year').or(replace)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const names = await page.evaluate(() => (window.khitomer.state()?.systems ?? []).map((x) => x.name));
  expect(names).toEqual(['Earth', 'Qo’noS', ...WORLDS.map((w) => w.name)]);
  const drawn = await page.evaluate(() =>
    window.khitomer
      .drawn()
      .filter((d) => d.kind === 'text')
      .map((d) => d.text),
  );
  for (const w of WORLDS) expect(drawn).toContain(w.name);
  const seen: string[] = [];
  for (const year of [2293, 2294, 2295]) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await page.getByTestId('tab-events').click();
    const cards = await page.getByTestId('event-card').allTextContents();
    seen.push(...cards.map((c) => `${year}: ${c}`));
    await screenshot(page, `play30-18-year-${year}`);
    // The Empire offered a trade pact in 2293: the Federation takes it up.
    if (year === 2294) {
      await page.getByTestId('tab-orders').click();
      const pact = page.getByTestId('orders-panel').locator('.card', { hasText: 'trade pact' });
      if (await pact.count()) await pact.first().getByRole('button', { name: 'Give' }).click();
      await screenshot(page, 'play30-18-orders-2294');
    }
    await endTurnAnyway(page);
    await screenshot(page, `play30-19-report-${year}`);
    test.info().annotations.push({
      type: `report ${year}`,
      description: (await page.getByTestId('report').textContent()) ?? '',
    });
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('hud-year')).toHaveText('2296');
  test.info().annotations.push({ type: 'cards seen', description: seen.join('\n') });
  for (const e of EVENTS)
    expect(seen.some((c) => c.startsWith(String(e.year)) && c.includes(e.title))).toBe(true);
});

const note = (type: string, description: string) => test.info().annotations.push({ type, description });

test('a copy of Centennial Eve with a grade ladder of the modder’s own', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();

  // Two drafts from blank, each saved with the id a blank scenario is given.
  await page.getByTestId('editor-tab-scenario').click();
  await put(page, 'title', 'First draft');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText('Saved under My scenarios');
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-blank').click();
  await page.getByTestId('editor-tab-scenario').click();
  await put(page, 'title', 'Second draft');
  // The second draft's Save asks before it replaces the first (it once replaced it unasked).
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('replace-mine-question')).toContainText(
    'My scenarios holds “First draft” under the id “my-scenario” already.',
  );
  await page.getByTestId('replace-mine-no').click();
  await page.getByTestId('editor-open').click();
  await expect(page.getByTestId('open-mine-my-scenario')).toHaveText('First draft');
  await screenshot(page, 'play30-20-two-drafts');
  note(
    'My scenarios after two blank drafts saved',
    (await page.getByTestId('editor-dialog').textContent()) ?? '',
  );

  // The copy of Centennial Eve, its grade ladder changed.
  await page.getByTestId('open-builtin').selectOption('centennial-eve');
  await page.getByTestId('open-copy').click();
  await page.getByTestId('editor-tab-scenario').click();
  // A copy has an id and a title of its own (it once kept the built-in's, and New game listed two).
  await expect(page.getByTestId('field-id')).toHaveValue('centennial-eve-copy');
  await openSection(page, 'grades');
  for (const [i, g] of [
    { name: 'Triumph', min: 145 },
    { name: 'Grand Parade', min: 135 },
    { name: 'Ceremony', min: 110 },
    { name: 'Cold Peace', min: 0 },
  ].entries()) {
    await openItem(page, `grades[${i}]`);
    await puts(page, `grades[${i}].`, g);
  }
  await put(page, 'grades[0].id', 'triumph');
  await screenshot(page, 'play30-21-eve-grades');
  // Saved first with the id the copy was given (its built-in's, with "-copy"), as a newcomer who
  // has not noticed the id.
  await page.getByTestId('editor-save').click();
  note('save with the built-in id', (await page.getByTestId('editor-notice').textContent()) ?? '');
  await put(page, 'id', 'centennial-eve-triumph');
  await put(page, 'title', 'Centennial Eve: A Triumph');
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');

  // The browser's Back button, pressed by habit: then back to the editor, the work still there.
  await page.goBack();
  await page.waitForTimeout(500);
  note('after Back', page.url());
  if (!page.url().startsWith('http')) await page.goForward();
  await expect(page.getByTestId('editor-bar').or(page.getByTestId('scenario-editor')).first()).toBeVisible();
  note('after Forward', `${page.url()} · ${await page.evaluate(() => window.khitomer?.screen())}`);
  await screenshot(page, 'play30-22-after-back');
  if (await page.getByTestId('scenario-editor').isVisible())
    await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-tab-scenario').click();
  await expect(page.getByTestId('field-id')).toHaveValue('centennial-eve-triumph');
  await openSection(page, 'grades');
  await expect(page.getByTestId('field-grades[0].name')).toHaveValue('Triumph');

  // A full storage: the save refused with a sentence, the work still open and exported.
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    (window as unknown as { realSetItem: typeof real }).realSetItem = real;
    Storage.prototype.setItem = () => {
      throw new DOMException('the quota is exceeded', 'QuotaExceededError');
    };
  });
  await page.getByTestId('editor-save').click();
  const full =
    (await page.getByTestId('notice').or(page.getByTestId('editor-notice')).first().textContent()) ?? '';
  note('save with a full storage', full);
  expect(full).toContain('storage is full');
  expect(full).toContain('export it to keep it');
  await screenshot(page, 'play30-23-full-storage');
  await page.evaluate(() => {
    Storage.prototype.setItem = (window as unknown as { realSetItem: Storage['setItem'] }).realSetItem;
  });
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-notice')).toContainText(
    'Saved under My scenarios: Centennial Eve: A Triumph',
  );

  const download = page.waitForEvent('download');
  await page.getByTestId('editor-export').click();
  const file = await (await download).path();
  const named = `${file}.json`;
  copyFileSync(file, named);
  const validated = execFileSync('npx', ['tsx', 'src/cli/validate.ts', named], { encoding: 'utf8' });
  expect(validated).toContain('valid (centennial-eve-triumph, 2293–2298)');
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.grades.map((g: { name: string; min: number }) => `${g.name} ${g.min}`)).toEqual([
    'Triumph 145',
    'Grand Parade 135',
    'Ceremony 110',
    'Cold Peace 0',
  ]);

  // Played from New game: How to win shows the new ladder.
  await page.getByTestId('editor-menu').click();
  await page.getByTestId('new-game').click();
  await screenshot(page, 'play30-24-new-game-list');
  note(
    'New game scenarios',
    (await page.locator('label:has(input[type=radio])').allTextContents()).join(' | '),
  );
  await page.getByTestId('my-scenario-centennial-eve-triumph').check();
  await page.getByTestId('seed').fill('play30-eve');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.getByTestId('open-how-to-win').click();
  await screenshot(page, 'play30-25-how-to-win');
  const how = (await page.getByTestId('how-to-win').textContent()) ?? '';
  note('How to win', how);
  expect(how).toContain('Triumph');
});
