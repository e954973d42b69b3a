// The game in a real browser: started with clicks and with keys, orders given through the screen,
// a violation that costs standing on the HUD, the short scenario to its end, reload and Continue,
// a bad scenario file refused, the hot-seat hand-over. Every test fails on a console error.
import { endTurnAnyway, expect, hudStanding, screenshot, startShortGame, test } from './helpers';

test('a new game started with clicks shows the map, the HUD and the orders', async ({ page, errors }) => {
  await page.goto('/');
  await expect(page.getByTestId('new-game')).toBeVisible();
  await screenshot(page, 'title');
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('new-game-dialog')).toBeVisible();
  await screenshot(page, 'new-game');
  await page.getByTestId('scenario-centennial-eve').check();
  await page.getByTestId('seed').fill('clicks');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await expect(page.getByTestId('hud-seed')).toHaveText('seed clicks');
  await expect(page.getByTestId('hud-status')).toContainText('in force');
  await expect(page.getByTestId('orders-panel')).toContainText('Diplomacy');
  await screenshot(page, 'galaxy');
  // The map's tooltip lets clicks through to the system under it (a page-wide rule once outranked it).
  const through = await page.getByTestId('tooltip').evaluate((el) => getComputedStyle(el).pointerEvents);
  expect(through).toBe('none');
  expect(errors).toEqual([]);
});

test('a side chosen while the scenario is still being fetched stays chosen', async ({ page, errors }) => {
  // The Dominion War ships as its own file, fetched when chosen: held here until the side is picked.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route('**/assets/dominion-war-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-dominion-war').check();
  await expect(page.getByTestId('scenario-chosen')).toContainText('Fetching The Dominion War');
  await page.getByTestId('side').selectOption('klingon');
  release();
  await expect(page.getByTestId('scenario-chosen')).toContainText('2373');
  await expect(page.getByTestId('side')).toHaveValue('klingon');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  expect(errors).toEqual([]);
});

test('orders are given and withdrawn through the screen, with their preview', async ({ page }) => {
  await startShortGame(page);
  const embargo = page.getByTestId('order-embargo');
  await expect(embargo.getByTestId('violation-preview')).toContainText('Breaks Article VI (open)');
  const espionage = page.getByTestId('order-espionage').first();
  await expect(espionage.getByTestId('violation-preview')).toContainText('covert');
  await expect(espionage.getByTestId('violation-preview')).toContainText('% chance');
  // At today's price: later breaches and protests raise it (playtest 25 read −18 and paid −35), and
  // the Federation Council's support is lost with it (playtest 27 read only the standing).
  await expect(espionage.getByTestId('violation-preview')).toContainText(
    "support at home if exposed later, at today's price. That price rises with each breach of Article I seen before then (your other secrets that come out with it among them) and each protest of one, and falls as the years forgive old breaches.",
  );
  await expect(espionage.getByTestId('violation-preview')).toContainText(
    `standing and ${'\u2212'}6 support at home if seen`,
  );
  await page.getByTestId('order-embassy').getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await expect(page.getByTestId('queued-order')).toContainText('Establish the embassy');
  await page.getByTestId('withdraw').click();
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  // The events tab shows this year's cards and the choices they ask for.
  await page.getByTestId('tab-events').click();
  await expect(page.getByTestId('event-card').first()).toBeVisible();
  await screenshot(page, 'events');
});

test('a violation costs standing, seen on the HUD', async ({ page }) => {
  // The same seed without the embargo, played through window.khitomer, is the yardstick.
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const control = await page.evaluate(() => {
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: 'violation',
      side: 'federation',
      opponent: 'loyalist',
    });
    window.khitomer.endTurn();
    return window.khitomer.state()?.powers.federation.standing ?? -1;
  });
  await page.goto('/');
  await startShortGame(page, 'loyalist', 'violation');
  await page.getByTestId('order-embargo').getByTestId('give-order').click();
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  await expect(report).toContainText('Art. VI');
  await screenshot(page, 'report');
  await page.getByTestId('report-continue').click();
  const standing = await hudStanding(page, 'Federation');
  expect(standing).toBeLessThan(control);
  expect(standing).toBe(await page.evaluate(() => window.khitomer.state()?.powers.federation.standing));
});

test('the short scenario played to its end screen with the mouse', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'to-the-end');
  await page.getByTestId('order-embassy').getByTestId('give-order').click();
  for (let year = 2293; year < 2298; year++) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await page.getByTestId('end-turn').click();
    // Aid left short is asked about first (this game gives none): the year ends anyway.
    const anyway = page.getByTestId('aid-question-end');
    await expect(page.getByTestId('report').or(anyway)).toBeVisible({ timeout: 15_000 });
    if (await anyway.isVisible()) await anyway.click();
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('end-screen')).toBeVisible();
  // Centennial Eve's last year, the Accords in force: they hold (the centennial is 2393's).
  await expect(page.getByTestId('end-title')).toHaveText('The Accords hold, 2298');
  await page.waitForTimeout(2500); // the parade arrives
  await screenshot(page, 'end');
});

test('the short scenario played to its end with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('new-game')).toBeFocused();
  await page.keyboard.press('Enter'); // New game
  await expect(page.getByTestId('new-game-dialog')).toBeVisible();
  await page.keyboard.press('Enter'); // Start, with the short scenario chosen
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.keyboard.press('1'); // the first order listed
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await page.keyboard.press('n'); // select a system of ours
  await expect(page.getByTestId('orders-panel').locator('h3').first()).not.toHaveText('Diplomacy');
  for (let year = 2293; year < 2298; year++) {
    await page.keyboard.press('Enter'); // end the year
    // Aid left short is asked about first: Tab to "End the year anyway", Enter.
    const question = page.getByTestId('aid-question');
    await expect(page.getByTestId('report').or(question)).toBeVisible({ timeout: 15_000 });
    if (await question.isVisible()) {
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('aid-question-end')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('Enter'); // close the report
  }
  await expect(page.getByTestId('end-screen')).toBeVisible();
});

test('reload and Continue resume the game exactly', async ({ page }) => {
  await startShortGame(page, 'pragmatist', 'continue');
  await page.getByTestId('end-turn').click();
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  const hash = await page.evaluate(() => window.khitomer.hash());
  await page.reload();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  expect(await page.evaluate(() => window.khitomer.hash())).toBe(hash);
});

test('a corrupt save is reported and set aside; the title keeps working', async ({ page }) => {
  await page.goto('/');
  // The title reads the save when it opens: write the corrupt one only after this page's title has
  // read (a slow start would otherwise find it and set it aside before the reload).
  await expect(page.getByTestId('title-menu')).toBeVisible();
  await page.evaluate(() =>
    localStorage.setItem('khitomer.autosave', '{"format":"khitomer-save","version":1,'),
  );
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('set aside');
  await expect(page.getByTestId('continue')).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem('khitomer.autosave.set-aside'))).not.toBeNull();
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('new-game-dialog')).toBeVisible();
});

test('a bad scenario file is refused with its problems listed, and nothing is loaded', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('scenario-file').click();
  const bad = {
    id: 'bad',
    title: 'Bad',
    firstYear: 2300,
    lastYear: 2290,
    map: {
      systems: [{ id: 'a', name: 'A', x: 1, y: 1, owner: 'klingons', output: 1, zone: 'core' }],
      lanes: [['a', 'nowhere']],
    },
    powers: { federation: {}, klingon: {} },
  };
  await page.getByTestId('scenario-file-input').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const problems = page.getByTestId('scenario-problems');
  await expect(problems).toContainText('bad.json is not a valid scenario');
  await expect(problems).toContainText('map.systems[0].owner: "klingons" is not a power of this scenario');
  await expect(problems).toContainText('map.lanes[0][1]');
  await expect(problems).toContainText('lastYear');
  await expect(page.getByTestId('scenario-chosen')).toContainText('Centennial Eve');
  await screenshot(page, 'bad-file');
  // Not JSON at all.
  await page
    .getByTestId('scenario-file-input')
    .setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(problems).toContainText('not valid JSON');
});

test('hot seat: a hand-over screen hides the other side’s orders', async ({ page }) => {
  await startShortGame(page, 'hotseat', 'hotseat');
  await page.getByTestId('order-embassy').getByTestId('give-order').click();
  await page.getByTestId('end-turn').click(); // "Hand over"
  await expect(page.getByTestId('handover')).toBeVisible();
  await expect(page.getByTestId('handover')).toContainText('the Klingon Empire');
  await expect(page.getByTestId('queued-order')).toHaveCount(0); // nothing of the Federation's shows
  await screenshot(page, 'handover');
  await page.getByTestId('handover-ready').click();
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('report')).toContainText('Establish the embassy');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('handover')).toContainText('the Federation');
});

test('settings: the safe palette and reduced motion are kept', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('settings').click();
  await page.locator('#setting-palette').check();
  await page.locator('#setting-reduced').check();
  await page.getByTestId('settings-close').click();
  await page.reload();
  await expect(page.locator('body')).toHaveClass(/safe-palette/);
  await startShortGame(page, 'loyalist', 'settings');
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 2_000 }); // no animation to wait for
  await screenshot(page, 'safe-palette');
});

test('the ledger and the chart show the century so far', async ({ page }) => {
  await startShortGame(page, 'pragmatist', 'ledger');
  await page.getByTestId('order-embargo').getByTestId('give-order').click();
  await page.getByTestId('end-turn').click();
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await page.getByTestId('tab-ledger').click();
  await page.getByTestId('accords-text').locator('summary').click();
  await expect(page.getByTestId('accords-text')).toContainText('Article IV — Humanitarian aid');
  // Where the embassy's reward stops, as the game's rules stop it (issue 16's playtest); Centennial
  // Eve's grace years are 2.
  await expect(page.getByTestId('accords-text')).toContainText(
    'having none 2 years after the signing costs standing every year. An embassy earns 1 standing a year at level 2 or more, while your standing is below 60 (none from there up); at level 2 or more, one influence.',
  );
  await expect(page.getByTestId('ledger-legend')).toHaveText('✗ violations seen · ✓ rewards (acts of faith)');
  const entries = page.getByTestId('ledger-entries');
  await expect(entries).toContainText('Art. VI');
  await page.getByTestId('ledger-article').selectOption('IV');
  await expect(entries).not.toContainText('Art. VI');
  await screenshot(page, 'ledger');
  await page.getByTestId('tab-chart').click();
  await expect(page.getByTestId('chart')).toBeVisible();
  // Support beside standing (playtest 18: the tab showed standing alone, and a government fell with
  // no screen showing its support slide).
  await expect(page.getByTestId('support-chart')).toBeVisible();
  await expect(page.getByTestId('support-chart')).toHaveAttribute(
    'aria-label',
    /support at home from 2293 to 2294/,
  );
  await expect(page.getByTestId('support-chart-note')).toContainText('At 0 a government falls');
  await screenshot(page, 'chart');
  // A second embargo costs more, and its line says which rule raised it (playtest 42 read a −24 beside
  // a −16 and could not tell why); the first, at the article's price, says nothing more.
  await page.getByTestId('tab-orders').click();
  await page.getByTestId('order-embargo').getByTestId('give-order').click();
  // The year's disaster asks for aid, left short here.
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await page.getByTestId('tab-ledger').click();
  // The tab keeps the filter chosen above (Article IV): all articles again.
  await page.getByTestId('ledger-article').selectOption('all');
  const why = page.getByTestId('ledger-why');
  await expect(why).toHaveCount(1);
  await expect(why).toContainText(
    /^ \(the price: \d+, \+25% as a repeat of 1 breach of Article VI seen in the last \d+ years → \d+(, \+50% after a protest → \d+)?\)$/,
  );
  await expect(page.getByTestId('ledger-entries').locator('li', { has: why })).toContainText('2294 · ');
  await why.scrollIntoViewIfNeeded();
  await screenshot(page, 'ledger-why');
});

for (const [width, height] of [
  [800, 600],
  [1920, 1080],
] as const) {
  test(`the map and panels fit a ${width}×${height} screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await startShortGame(page, 'loyalist', `size-${width}`);
    for (const id of ['hud', 'side-panel', 'end-turn']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      if (!box) continue;
      expect(box.x + box.width, `${id} fits across`).toBeLessThanOrEqual(width + 1);
      expect(box.y + box.height, `${id} fits down`).toBeLessThanOrEqual(height + 1);
    }
    await screenshot(page, `galaxy-${width}x${height}`);
  });
}

test('a full storage quota is reported, and the game goes on', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'khitomer.autosave')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await startShortGame(page, 'loyalist', 'quota');
  await expect(page.getByTestId('notice')).toContainText('storage is full');
  await page.getByTestId('end-turn').click();
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
});

test('the Collapse: the year, the cause and the chain of violations', async ({ page }) => {
  // The Withdrawal starts with the Accords suspended; a power that only embargoes lets them fall,
  // and its embargo (open, Article VI) is in the chain whatever year the war comes.
  await page.goto('/?scenario=the-withdrawal&seed=collapse&side=federation&opponent=hawk');
  await expect(page.getByTestId('hud-status')).toContainText('suspended');
  for (let i = 0; i < 10; i++) {
    if (await page.getByTestId('end-screen').isVisible()) break;
    await page.getByTestId('order-embargo').getByTestId('give-order').click();
    await page.getByTestId('end-turn').click();
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('end-title')).toContainText('The Accords collapse');
  await expect(page.getByTestId('end-screen')).toContainText('War breaks out');
  await expect(page.getByTestId('end-screen')).toContainText('The chain of violations');
  await expect(page.getByTestId('end-screen')).toContainText('2372 · The Federation · Article VI');
  await screenshot(page, 'collapse');
});

test('a fleet attacks a fleet, and passage is granted, through the orders panel', async ({
  page,
  errors,
}) => {
  await page.goto('/');
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-centennial-eve').check();
  await page.getByTestId('side').selectOption('klingon');
  await page.getByTestId('opponent').selectOption('loyalist');
  await page.getByTestId('seed').fill('fleet-attack');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // N selects the Empire's systems in turn: find Khitomer, where a fleet lies a lane from Romulus.
  const panel = page.getByTestId('orders-panel');
  for (let i = 0; i < 12 && !(await panel.locator('h3').first().textContent())?.includes('Khitomer'); i++)
    await page.keyboard.press('n');
  await expect(panel.locator('h3').first()).toHaveText('Khitomer');
  const strike = page.getByTestId('order-attack-fleet');
  // The fleet by what a player sees of it, never its id.
  await expect(strike).toContainText(/attacks the Romulan Star Empire fleet \w+ at Romulus/);
  await expect(strike).not.toContainText('rom-romulus');
  await expect(strike.getByTestId('violation-preview')).toHaveCount(0); // a third power: no article
  // The row gives the odds, as an attack on a world does, and the report fights at them.
  const effect = (await strike.getByTestId('order-effect').textContent()) ?? '';
  const odds = effect.match(/this fleet's (\d+) ships? against its (\d+), an? (\d+)% chance/);
  expect(odds, effect).not.toBeNull();
  await strike.scrollIntoViewIfNeeded();
  await screenshot(page, 'fleet-attack-row');
  await strike.getByTestId('give-order').click();
  const passage = page.getByTestId('order-grant-passage');
  await expect(passage).toContainText('passage');
  await passage.getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toHaveCount(2);
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  await expect(report).toContainText(
    /Squadron attacks the Romulan Star Empire fleet \w+ at Romulus: strength \d+ against \d+/,
  );
  const [, ships, against, percent] = odds ?? [];
  await expect(report).toContainText(`strength ${ships} against ${against}, `);
  await expect(report).toContainText(`${percent}% chance`);
  await expect(report).not.toContainText('rom-romulus');
  await expect(report).toContainText('passage this year');
  await screenshot(page, 'fleet-attack-report');
  expect(errors).toEqual([]);
});
