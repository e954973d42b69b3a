// The two scenarios of levels/ that the editor built: each is made here through the editor's screens
// (a built-in copied, then the forms and the map tools), checked, playtested, auto-playtested and
// exported; the export must be the file shipped. WRITE_LEVELS=1 writes the export into levels/
// instead (then `npm run format` lays it out as the other files are).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addEvent, autoPlaytest, openItem, openSection, put, puts, screenAt } from './editor-view';
import { expect, screenshot, test } from './helpers';

// A field that cannot be reached fails the step at once, not at the end of the test's time.
test.use({ actionTimeout: 15_000 });

async function start(page: Page, builtin: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('scenario-editor').click();
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-builtin').selectOption(builtin);
  await page.getByTestId('open-copy').click();
}

/** Checked, played a year, auto-playtested, exported: the export is levels/<id>.json. */
async function finish(page: Page, id: string, firstYear: number): Promise<void> {
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await screenshot(page, `level-${id}-editor`);

  await page.getByTestId('editor-playtest').click();
  await page.getByTestId('playtest-seed').fill(`${id}-playtest`);
  await page.getByTestId('playtest-start').click();
  await expect(page.getByTestId('hud-year')).toHaveText(String(firstYear));
  await screenshot(page, `level-${id}-playtest`);
  await page.getByTestId('to-title').click();
  await page.getByTestId('scenario-editor').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');

  await autoPlaytest(page, 'loyalist-loyalist');
  await screenshot(page, `level-${id}-autotest`);
  await page.getByTestId('dialog-close').click();

  const download = page.waitForEvent('download');
  await page.getByTestId('editor-export').click();
  const file = await (await download).path();
  const named = `${file}.json`;
  copyFileSync(file, named);
  const validated = execFileSync('npx', ['tsx', 'src/cli/validate.ts', named], { encoding: 'utf8' });
  expect(validated).toContain(`valid (${id}`);
  const level = `levels/${id}.json`;
  if (process.env.WRITE_LEVELS === '1') writeFileSync(level, readFileSync(file, 'utf8'));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(readFileSync(level, 'utf8')));
}

test('the Klingon civil war, built in the editor', async ({ page }) => {
  test.setTimeout(300_000);
  await start(page, 'khitomer-accords');
  await puts(page, '', {
    id: 'klingon-civil-war',
    title: 'The Klingon Civil War',
    description:
      '2367. Chancellor K’mpec is dead, poisoned, and the House of Duras will not accept Gowron as his heir. Romulan ships and Romulan money stand behind the sisters of Duras; half the fleet chooses a side. Article III is at its hardest: the Federation must not help the rebels or their Romulan backers, and may help the Chancellor it did not choose. Five years to see the Empire through its war with the Accords whole.',
    teaches:
      'Article III under pressure: aid to an ally in a civil war, the temptation of covert arms to the faction that might win, and a High Council whose favour is bought with victories.',
    firstYear: 2367,
    lastYear: 2372,
    signedYear: 2293,
  });
  await openSection(page, 'powers');
  await puts(page, 'powers.', {
    'federation.standing': 72,
    'federation.support': 62,
    'federation.reserves': 60,
    'federation.embassy': 2,
    'klingon.standing': 66,
    'klingon.support': 38,
    'klingon.reserves': 40,
    'klingon.embassy': 2,
  });

  // The House of Duras: a third power placed on the map with the map's tools.
  await page.getByTestId('editor-tab-system').click();
  await page.getByTestId('add-third-power').click();
  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'thirdPowers');
  await puts(page, 'thirdPowers[6].', { id: 'duras', name: 'House of Duras', resents: 'klingon' });
  await put(page, 'thirdPowers[6].aggression[0].level', 70);
  await page.getByTestId('tool-power').selectOption('duras');
  await page.getByTestId('tool-owner').click();
  for (const [x, y] of [
    [790, 365],
    [650, 330],
  ] as const) {
    const at = await screenAt(page, x, y);
    await page.mouse.click(at.x, at.y);
  }
  await page.getByTestId('tool-fleet').click();
  const mempa = await screenAt(page, 790, 365);
  await page.mouse.click(mempa.x, mempa.y);
  await expect(page.getByTestId('field-map.systems[18].owner')).toHaveValue('duras');
  await put(page, 'thirdPowers[6].fleets[0].strength', 8);
  await page.getByTestId('tool-move').click();
  await screenshot(page, 'level-klingon-civil-war-map');

  await page.getByTestId('editor-tab-scenario').click();
  await openSection(page, 'timeline');
  await page.getByTestId('clear-timeline').click();
  await addEvent(page, 'timeline', 'historic', {
    year: 2367,
    title: 'The Death of K’mpec',
    text: 'The Chancellor is dead of a slow poison, and the Arbiter of Succession is a Starfleet captain. Gowron claims the Council; the House of Duras says he will never hold it.',
  });
  await addEvent(page, 'timeline', 'incursion', {
    year: 2367,
    title: 'The Sisters of Duras',
    attacker: 'duras',
    victim: 'klingon',
    target: 'mempa',
    strength: 14,
    years: 3,
    text: 'From Mempa, which their house holds, ships loyal to the House of Duras open fire on the Chancellor’s fleet. Article III forbids the Federation to aid the rebels, and permits it to aid the Empire.',
  });
  await addEvent(page, 'timeline', 'domestic', {
    year: 2367,
    party: 'klingon',
    faction: 'hawks',
    support: -6,
    title: 'A Council Divided',
    text: 'Half the High Council waits to see who wins. Gowron needs victories, and he needs them to be Klingon victories.',
  });
  await addEvent(page, 'timeline', 'incursion', {
    year: 2368,
    title: 'Romulan Supply Lines',
    attacker: 'romulan',
    victim: 'klingon',
    target: 'narendra-iii',
    strength: 10,
    years: 2,
    text: 'Cloaked convoys from Romulus feed the rebels through the Neutral Zone. A Starfleet picket line could cut them, if the Federation will be seen to take a side.',
  });
  await addEvent(page, 'timeline', 'domestic', {
    year: 2368,
    party: 'federation',
    faction: 'doves',
    support: -4,
    title: 'Not Our War',
    text: 'The Federation Council asks why Starfleet should stand between Klingons in a Klingon war.',
  });
  await addEvent(page, 'timeline', 'renegade', {
    year: 2369,
    origin: 'klingon',
    fugitive: 'Toral, son of Duras',
    deadline: 2,
    title: 'The Heir of Duras',
    text: '{fugitive} has raided a Federation outpost to rally his house. The Federation asks {origin} to hand him over, and Gowron’s rivals would make a martyr of him.',
  });
  await addEvent(page, 'timeline', 'disaster', {
    year: 2370,
    victim: 'klingon',
    system: 'maranga-iv',
    need: 16,
    deadline: 2,
    title: 'The Burned Harvest',
    text: 'The fighting has burned the harvest of {system}. Under Article IV, {victim} asks for {need} reserves of food before the winter.',
  });
  await addEvent(page, 'timeline', 'exposure', {
    year: 2371,
    title: 'The Duras Ledgers',
    text: 'The captured accounts of the House of Duras are opened, and its agents talk. If either power still keeps a secret from these years, the oldest is about to come out.',
  });
  await addEvent(page, 'timeline', 'dispute', {
    year: 2371,
    system: 'archanis-iv',
    claimant: 'klingon',
    title: 'A Victor’s Claim',
    text: 'With the rebels reeling, Gowron turns to {system} and tells his warriors it was always Klingon.',
  });
  // Each side its own grades: the Empire fights the war, the Federation only chooses its part in it
  // (one ladder for both gave the Federation Grand Parade in half its games, the Empire in one of ten).
  await openSection(page, 'grades');
  for (const [i, [min, klingon]] of [
    [168, 160],
    [160, 148],
    [151, 128],
  ].entries()) {
    await openItem(page, `grades[${i}]`);
    await put(page, `grades[${i}].min`, min as number);
    await page.getByTestId(`add-grades[${i}].minFor`).click();
    await put(page, `grades[${i}].minFor.klingon`, klingon as number);
  }
  await screenshot(page, 'level-klingon-civil-war-grades');
  // The campaign's copy brings its pace of events, the lull with it (rules version 31), and its
  // century's scoring scales (rules version 8); a five-year war is
  // scored at the default scales of prosperity and support, and honour banked at a point for every
  // 10 standing, above the knee too (rules version 19: at the defaults a standing of 94 banked 3 a
  // year and one of 50 banked 2, so the hawk's seizures won Grand Parade in 3 games of 4).
  await openSection(page, 'rules');
  await put(page, 'rules.scoring.honourPer', 10);
  await put(page, 'rules.scoring.prosperityPer', 5);
  await put(page, 'rules.scoring.supportPer', 25);
  await put(page, 'rules.scoring.honourPerAboveKnee', 10);
  await finish(page, 'klingon-civil-war', 2367);
});

test('the Dominion war, built in the editor', async ({ page }) => {
  test.setTimeout(300_000);
  await start(page, 'the-withdrawal');
  await puts(page, '', {
    id: 'dominion-war',
    title: 'The Dominion War',
    description:
      '2373. The Accords are back in force, barely, and the Dominion has come through the wormhole beside Bajor with Cardassia at its side. Neither signatory can stand alone: the Jem’Hadar strike both at once, and every ship one party keeps home is a world the other may lose. Win the war together, then keep the peace for twenty years while the Dominion waits beyond the wormhole and the old quarrels come back.',
    teaches:
      'Article III when both parties are attacked at once: aid to the other against a common enemy, the cost of fleets kept at home, and a peace that must outlast the war.',
    firstYear: 2373,
    status: 'in-force',
    suspendedSince: null,
  });
  await openSection(page, 'powers');
  await puts(page, 'powers.', {
    'federation.standing': 58,
    'federation.support': 60,
    'klingon.standing': 52,
    'klingon.support': 62,
    'klingon.embassy': 2,
    'federation.embassy': 2,
  });
  // The Dominion resents no one in particular: it means to rule both. Its threat lingers after 2376.
  await openSection(page, 'thirdPowers');
  await openItem(page, 'thirdPowers[5]');
  await put(page, 'thirdPowers[5].resents', null);
  await openItem(page, 'thirdPowers[5].aggression[2]');
  await put(page, 'thirdPowers[5].aggression[2].level', 30);

  // Chin’toka, the Dominion's world on the front of both parties, is the Withdrawal's already (the
  // war strikes a victim's world next to one of the attacker's; the wormhole's borders only Bajor):
  // the map is the Withdrawal's, shown with its lanes to Archanis IV and Maranga IV.
  await page.getByTestId('editor-tab-system').click();
  const front = await screenAt(page, 690, 860);
  await page.mouse.click(front.x, front.y);
  await expect(page.getByTestId('field-map.systems[35].id')).toHaveValue('chin-toka');
  await expect(page.getByTestId('remove-lane-archanis-iv')).toBeVisible();
  await expect(page.getByTestId('remove-lane-maranga-iv')).toBeVisible();
  await page.getByTestId('tool-move').click();
  await screenshot(page, 'level-dominion-war-map');
  await page.getByTestId('editor-tab-scenario').click();

  await openSection(page, 'timeline');
  // The suspension of 2372 and its summit are the Withdrawal's story, not this one.
  for (let i = 0; i < 4; i++) await page.getByTestId('remove-timeline[0]').click();
  await openItem(page, 'timeline[0]');
  await puts(page, 'timeline[0].', { strength: 40, years: 3 });
  await addEvent(page, 'timeline', 'incursion', {
    year: 2374,
    title: 'The Fall of Betazed',
    attacker: 'dominion',
    victim: 'federation',
    target: 'betazed',
    strength: 14,
    years: 1,
    text: 'Jem’Hadar troops gather for Betazed while Starfleet holds the line elsewhere. Will Klingon ships stand with its defenders, or take it back if it falls?',
  });
  await addEvent(page, 'timeline', 'incursion', {
    year: 2374,
    title: 'The Cardassian Front',
    attacker: 'cardassian',
    victim: 'klingon',
    target: 'hatoria',
    strength: 12,
    years: 2,
    text: 'Cardassian battle groups, rearmed by the Dominion, strike at the Empire’s border. The Federation may aid its ally under Article III.',
  });
  await addEvent(page, 'timeline', 'incursion', {
    year: 2382,
    title: 'Through the Wormhole Again',
    attacker: 'dominion',
    victim: 'both',
    strength: 26,
    years: 2,
    text: 'A new Vorta commander tests the peace with a fleet through the wormhole. The allies of the last war must decide whether they are still allies.',
  });
  await addEvent(page, 'timeline', 'domestic', {
    year: 2390,
    party: 'federation',
    faction: 'hawks',
    support: -5,
    title: 'Never Again',
    text: 'Admirals who remember the Jem’Hadar on Betazed ask the Council to arm every border world, whatever the Accords say about the Neutral Zone.',
  });
  await openSection(page, 'grades');
  // One ladder for both: the Withdrawal's own least scores for the Empire (minFor) are taken away.
  for (const [i, min] of [345, 320, 275].entries()) {
    await openItem(page, `grades[${i}]`);
    await put(page, `grades[${i}].min`, min);
    await page.getByTestId(`drop-grades[${i}].minFor`).click();
    await expect(page.getByTestId(`add-grades[${i}].minFor`)).toBeVisible();
  }
  await finish(page, 'dominion-war', 2373);
});

test('the two scenarios are played from New game, each file fetched only when it is chosen', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('scenario-klingon-civil-war')).toBeVisible();
  expect(scripts.filter((s) => /civil-war|dominion-war/.test(s))).toEqual([]);

  await page.getByTestId('scenario-klingon-civil-war').check();
  await expect(page.getByTestId('scenario-chosen')).toContainText('The Klingon Civil War');
  await expect(page.getByTestId('scenario-length')).toContainText('2367–2372: 5 years');
  expect(scripts.filter((s) => /klingon-civil-war/.test(s))).toHaveLength(1);
  expect(scripts.filter((s) => /dominion-war/.test(s))).toEqual([]);
  await page.getByTestId('scenario-dominion-war').check();
  await expect(page.getByTestId('scenario-length')).toContainText('2373–2393: 20 years');
  await page.getByTestId('side').selectOption('klingon');
  await page.getByTestId('seed').fill('dominion-from-new-game');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2373');
  await screenshot(page, 'later-dominion-war-game');
});
