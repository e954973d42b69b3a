import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

test('New game shows what each scenario is, how long, for which sides and what it teaches', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('new-game').click();
  const chosen = page.getByTestId('scenario-chosen');
  await expect(chosen.getByTestId('scenario-length')).toHaveText(
    '2293–2298: 5 years, scored in 2298. Play The Federation or The Klingon Empire.',
  );
  await expect(chosen.getByTestId('scenario-description')).toContainText(
    'A short opening for learning the game',
  );
  await expect(chosen.getByTestId('scenario-teaches')).toContainText('What it teaches: The basics');
  await screenshot(page, 'teach-new-game');
  await page.getByTestId('scenario-the-withdrawal').check();
  await expect(chosen.getByTestId('scenario-length')).toContainText('2372–2393: 21 years');
  await expect(chosen.getByTestId('scenario-teaches')).toContainText('summit');
});

test('How to win opens by key and button: the score by source, the grades and the place now', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'how-to-win');
  const panel = page.getByTestId('how-to-win');
  await page.keyboard.press('h');
  await expect(panel).toBeVisible();
  const rows = panel.getByTestId('how-to-win-score').locator('tr');
  const lines = await rows.allInnerTexts();
  const points = lines.map((l) => Number(l.trim().split(/\s+/).pop()));
  const total = points.pop() ?? Number.NaN;
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(points.reduce((a, b) => a + b, 0)).toBe(total);
  // The HUD shows the same score in play.
  await expect(page.getByTestId('hud-score')).toHaveText(`score ${total}`);
  const grades = await page.evaluate(() => window.khitomer.state()?.grades ?? []);
  const ladder = panel.getByTestId('how-to-win-grades').locator('li');
  await expect(ladder).toHaveCount(grades.length);
  await expect(ladder.first()).toContainText(`${grades[0]?.name} — ${grades[0]?.min} points or more`);
  const reached = grades.find((g) => total >= g.min) ?? grades[grades.length - 1];
  await expect(panel.getByTestId('how-to-win-standing')).toContainText(`${reached?.name} now`);
  await expect(panel.locator('li.reached')).toContainText(reached?.name ?? '?');
  await screenshot(page, 'teach-how-to-win');
  await page.keyboard.press('h');
  await expect(panel).toHaveCount(0);
  await page.getByTestId('open-how-to-win').click();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // The game's own keys work again once it is closed.
  await page.keyboard.press('l');
  await expect(page.getByTestId('tab-ledger')).toHaveClass(/active/);
});

test('the end screen says who did better and why, with the grade ladder', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'verdict');
  for (let year = 2293; year < 2298; year++) {
    await endTurnAnyway(page);
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('end-screen')).toBeVisible();
  const result = await page.evaluate(() => window.khitomer.state()?.result);
  const scores = result?.scores;
  expect(scores).toBeTruthy();
  if (!scores) return;
  const who = page.getByTestId('end-who');
  const fed = scores.federation;
  const kli = scores.klingon;
  await expect(who).toContainText(
    fed > kli
      ? `You did better: ${fed} points to ${kli} for the Klingon Empire.`
      : fed < kli
        ? `did better: ${kli} points to your ${fed}`
        : 'You and the Klingon Empire finish level',
  );
  const sources = page.getByTestId('end-score-sources');
  await expect(sources.locator('tr').last()).toHaveText(new RegExp(`Score\\s*${fed}\\s*${kli}`));
  await expect(page.getByTestId('end-ladder').locator('.here')).toHaveCount(2);
  await expect(page.getByTestId('end-ladder')).toContainText(`The Federation, ${fed}`);
  // Six years, one decade: no table of decades (playtest 25 read its one column, "2293", as a
  // riddle); the table of points by source says it all, the parade and the bonus among them.
  await expect(page.getByTestId('end-decades')).toHaveCount(0);
  await expect(page.getByTestId('end-screen')).not.toContainText('decade by decade');
  // The chart below the ladder is named for the years it covers.
  await expect(page.getByTestId('end-chart-title')).toHaveText('Standing, 2293–2298');
  await page.getByTestId('end-verdict').scrollIntoViewIfNeeded();
  await page.waitForTimeout(2500);
  await screenshot(page, 'teach-end');
});

test('the Rules screen shows docs/RULES.md from the title and in play, by key and button', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('open-rules').click();
  const rules = page.getByTestId('rules');
  await expect(rules).toBeVisible();
  const text = rules.getByTestId('rules-text');
  await expect(text.locator('h2').first()).toHaveText('The rules of Khitomer');
  await expect(text).toContainText('This is the complete reference of the rules');
  // The comment at the top of the file is not on the page, and tables and lists are built.
  await expect(text).not.toContainText('How this page is kept true');
  expect(await text.locator('table').count()).toBeGreaterThan(5);
  expect(await text.locator('li').count()).toBeGreaterThan(19);
  await expect(text.locator('script, img, iframe')).toHaveCount(0);
  // A link of the contents scrolls the panel to its heading.
  await text.getByRole('link', { name: 'The end: score and grades' }).click();
  await expect(text.locator('#rules-17-the-end-score-and-grades')).toBeInViewport();
  await screenshot(page, 'teach-rules');
  await page.keyboard.press('Escape');
  await expect(rules).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(rules).toBeVisible();
  await page.keyboard.press('r');
  await expect(rules).toHaveCount(0);

  await startShortGame(page, 'loyalist', 'rules');
  await page.keyboard.press('r');
  await expect(rules).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rules).toHaveCount(0);
  await page.getByTestId('hud').getByTestId('open-rules').click();
  await expect(rules).toBeVisible();
  // Enter while reading does not end the year.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
});

test('the HUD shows the reserves and influence left after the queued orders', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'what-is-left');
  const power = page.getByTestId('hud-power');
  const before = await page.evaluate(() => window.khitomer.state()?.powers.federation.reserves ?? -1);
  await expect(power).toContainText(`reserves ${before}/${before}`);
  await expect(power).toContainText('influence 3/3');
  await page.getByTestId('order-embassy').getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await expect(power).toContainText(`reserves ${before - 5}/${before}`);
  await expect(power).toContainText('influence 2/3');
  await page.getByTestId('queued-order').getByRole('button').first().click();
  await expect(power).toContainText(`reserves ${before}/${before}`);
});

test('every order says what it does, then its cost, then the breach', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'effects');
  const rules = await page.evaluate(() => window.khitomer.state()?.rules.economy);
  const orders = page.getByTestId('orders-panel').locator('.card.order');
  const count = await orders.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const effect = orders.nth(i).getByTestId('order-effect');
    await expect(effect).toHaveText(/\w{3,}/);
  }
  const spying = page.getByTestId('order-espionage');
  await expect(spying.nth(0).getByTestId('order-effect')).toHaveText(
    'Spies on the Klingon Empire: reveals its reserves and its ships.',
  );
  await expect(spying.nth(1).getByTestId('order-effect')).toHaveText(
    `Spies on the Klingon Empire: steals up to ${rules?.stealAmount} reserves from it.`,
  );
  // The effect comes first, then the cost, then the breach.
  const text = (await spying.nth(1).textContent()) ?? '';
  expect(text.indexOf('steals')).toBeLessThan(text.indexOf('influence'));
  expect(text.indexOf('influence')).toBeLessThan(text.indexOf('Breaks Article I'));
  await page.keyboard.press('n');
  // Development costs more than a first year's reserves under rules version 6: the shipyard's build.
  await expect(page.getByTestId('order-build').first().getByTestId('order-effect')).toContainText(
    'joins your fleet at',
  );
  await screenshot(page, 'teach-order-effects');
});

test('your secrets: each covert act of yours, whether it was seen, and the chance it comes out', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'secrets');
  await page.getByTestId('tab-ledger').click();
  await expect(page.getByTestId('secrets')).toContainText('No covert act of yours yet.');
  await page.getByTestId('tab-orders').click();
  await page.getByTestId('order-espionage').nth(1).getByTestId('give-order').click();
  await endTurnAnyway(page);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  const s = await page.evaluate(() => window.khitomer.state());
  const act = s?.covert.find((a) => a.party === 'federation');
  expect(act).toBeTruthy();
  if (!s || !act) return;
  const later = s.rules.detection.laterPercent;
  const left = act.year + s.rules.detection.laterYears - s.year + 1;
  const all = Math.round((1 - (1 - later / 100) ** left) * 100);
  if (act.detected) await expect(page.getByTestId('report-secrets')).toHaveCount(0);
  else
    await expect(page.getByTestId('report-secrets')).toHaveText(
      `Your secrets: 1 covert act not seen yet; ${later}% that at least one comes out next year.`,
    );
  await page.getByTestId('report-continue').click();
  await page.getByTestId('tab-ledger').click();
  const secret = page.getByTestId('secret');
  await expect(secret).toHaveCount(1);
  await expect(secret).toContainText('2293 · Article I');
  await expect(secret).toContainText(
    act.detected
      ? 'Seen: it is in the ledger.'
      : `Not seen yet. ${later}% a year that it comes out, for ${left} more years: ${all}% in all.`,
  );
  await page.getByTestId('secrets').scrollIntoViewIfNeeded();
  await screenshot(page, 'teach-secrets');
});

test('a first game teaches one idea a year; a hint dismissed never comes back', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'first-game');
  const hint = page.getByTestId('hint');
  await expect(hint).toContainText('The map and your fleets');
  await screenshot(page, 'teach-hint');
  await endTurnAnyway(page);
  await expect(hint).toHaveCount(0); // not over the report
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  // The first year's hint was not dismissed; the second year brings its own idea.
  await expect(hint).toContainText('Orders and their previews');
  await page.getByTestId('hint-dismiss').click();
  await expect(hint).toHaveCount(0);
  await page.reload();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(hint).toHaveCount(0);
  // A new first game: the first year's hint still shows (it was never dismissed), the second's not.
  await page.getByTestId('to-title').click();
  await startShortGame(page, 'loyalist', 'first-game-again');
  await expect(hint).toContainText('The map and your fleets');
  await page.getByTestId('hint-dismiss').click();
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(hint).toHaveCount(0);
  // Another scenario: what was dismissed stays dismissed (its first two years show nothing), and
  // its third year teaches what was not.
  await page.getByTestId('to-title').click();
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-the-withdrawal').check();
  // A seed of its own: the Withdrawal opens suspended, and a fresh seed's war (10% a year) ended the
  // game in 2373 before its third year's hint.
  await page.getByTestId('seed').fill('first-game-withdrawal');
  await page.getByTestId('start').click();
  await page.getByTestId('replace-yes').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2372');
  await expect(hint).toHaveCount(0);
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2373');
  await expect(hint).toHaveCount(0);
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2374');
  await expect(hint).toContainText('Events and their deadlines');
});

// A hint took about 150 px of the panel every year: the player may fold them all away, and have
// them back from the settings or with T; a new player still sees them.
test('the hints, hidden by their ×, stay hidden year after year and come back from the settings or T', async ({
  page,
  errors,
}) => {
  await startShortGame(page, 'loyalist', 'hide-hints');
  const hint = page.getByTestId('hint');
  await expect(hint).toContainText('The map and your fleets');
  const hide = hint.getByRole('button', { name: 'Hide hints' });
  await expect(hide).toBeVisible();
  await screenshot(page, 'hints-shown');
  await hide.click();
  await expect(hint).toHaveCount(0);
  await expect(hide).toHaveCount(0);
  await screenshot(page, 'hints-hidden');
  // The next year has its own hint, not dismissed: hidden still, and after a reload (the settings keep it).
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(hint).toHaveCount(0);
  await page.reload();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(hint).toHaveCount(0);
  // Back on from the settings: the year's hint shows.
  await page.getByTestId('open-settings').click();
  const on = page.getByTestId('setting-hints');
  await expect(on).not.toBeChecked();
  await on.check();
  await screenshot(page, 'hints-settings');
  await page.getByTestId('settings-close').click();
  await expect(hint).toContainText('Orders and their previews');
  // T hides them and shows them again.
  await page.keyboard.press('t');
  await expect(hint).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(hint).toContainText('Orders and their previews');
  expect(errors).toEqual([]);
});

test('a newcomer who starts with the campaign is taught too', async ({ page }) => {
  await page.goto('/?scenario=khitomer-accords&seed=teach-campaign&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await expect(page.getByTestId('hint')).toContainText('The map and your fleets');
  await screenshot(page, 'teach-campaign-hint');
});

test('a scenario that grades each side on its own ladder says so: How to win, the end verdict and ladder', async ({
  page,
}) => {
  // The Klingon Civil War sets the Empire's own least scores (minFor): Grand Parade at 160 for it,
  // at 168 for the Federation, which only chooses its part in the war.
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('new-game').click();
  await expect(page.getByTestId('scenario-ladders')).toHaveCount(0);
  await page.getByTestId('scenario-klingon-civil-war').check();
  await expect(page.getByTestId('scenario-ladders')).toHaveText(
    'Each side is graded on a ladder of its own: Grand Parade at 168 for the Federation, 160 for the Klingon Empire.',
  );
  await page.getByTestId('side').selectOption('klingon');
  await page.getByTestId('opponent').selectOption('loyalist');
  await page.getByTestId('seed').fill('ladders');
  await screenshot(page, 'teach-new-game-ladders');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2367');
  await page.keyboard.press('h');
  const mine = page.getByTestId('how-to-win-grades');
  await expect(mine).toContainText('Grand Parade — 160 points or more');
  await expect(mine).toContainText('Ceremony — 128 points or more');
  await expect(mine).not.toContainText('168');
  await expect(page.getByTestId('how-to-win-other-ladder')).toHaveText(
    'This scenario grades each power on a ladder of its own. The Federation’s: Grand Parade 168, Honour Guard 160, Ceremony 151.',
  );
  await screenshot(page, 'teach-own-ladder');
  await page.keyboard.press('Escape');
  for (let year = 2367; year < 2372; year++) {
    await endTurnAnyway(page);
    await page.getByTestId('report-continue').click({ timeout: 15_000 });
  }
  await expect(page.getByTestId('end-screen')).toBeVisible();
  const result = await page.evaluate(() => window.khitomer.state()?.result);
  const k = result?.scores?.klingon ?? -1;
  const grade = result?.grades?.klingon ?? '';
  const ladder: [string, number][] = [
    ['Grand Parade', 160],
    ['Honour Guard', 148],
    ['Ceremony', 128],
    ['Cold Peace', 0],
  ];
  // The Empire's grade is the first of its own ladder its score reaches.
  expect(grade).toBe(ladder.find(([, min]) => k >= min)?.[0]);
  await expect(page.getByTestId('end-who')).toContainText(`Your grade: ${grade}`);
  const end = page.getByTestId('end-ladder');
  await expect(end).toContainText(
    'Grand Parade — 168 points or more for the Federation, 160 for the Klingon Empire',
  );
  await expect(end.locator('li', { hasText: grade })).toContainText(`The Klingon Empire, ${k}`);
  await page.getByTestId('end-verdict').scrollIntoViewIfNeeded();
  await page.waitForTimeout(2500);
  await screenshot(page, 'teach-end-two-ladders');
});

test('How to win gives the parade its measure and cap, and from the fourth year the pace of the score', async ({
  page,
}) => {
  await page.goto('/?scenario=khitomer-accords&seed=pace&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const panel = page.getByTestId('how-to-win');
  await page.keyboard.press('h');
  const sc = await page.evaluate(() => window.khitomer.state()?.rules.scoring);
  const parade = panel.getByTestId('how-to-win-score').locator('tr', { hasText: 'The parade' });
  await expect(parade).toContainText(`${sc?.paradeShipsPerPoint} ships a point, at most ${sc?.paradeMax}`);
  // Too young a game for a pace.
  await expect(panel.getByTestId('how-to-win-pace')).toHaveCount(0);
  await page.keyboard.press('h');
  for (let year = 2293; year < 2296; year++) {
    await page.evaluate(() => window.khitomer.endTurn());
    await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
  }
  await page.keyboard.press('h');
  const pace = panel.getByTestId('how-to-win-pace');
  await expect(pace).toContainText(
    /^At the pace of your years so far \(\d+ points a year\), about \d+ by 2393/,
  );
  await pace.scrollIntoViewIfNeeded();
  await screenshot(page, 'teach-pace');
});
