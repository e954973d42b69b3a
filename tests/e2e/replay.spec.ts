// Replays in the browser: exported, loaded by file, watched with the viewer's controls, taken
// over; share links; a seeded game from the address; refusals; the same hashes as Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  endTurnAnyway,
  expect,
  screenshot,
  startShortGame,
  test,
  twoYearsInWithASummitQueued,
} from './helpers';

async function playShortGame(page: import('@playwright/test').Page, seed: string): Promise<string> {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  return page.evaluate((s) => {
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: s,
      side: 'federation',
      opponent: 'pragmatist',
    });
    for (let i = 0; i < 5; i++) window.khitomer.endTurn();
    return JSON.stringify(window.khitomer.replay());
  }, seed);
}

test('a game exported from the HUD opens in the viewer, steps, scrubs, plays and is taken over', async ({
  page,
}) => {
  // Export through the screen: the HUD's button downloads the replay so far.
  await page.goto('/?scenario=centennial-eve&seed=export&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  const download = page.waitForEvent('download');
  await page.getByTestId('export-replay').click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('khitomer-replay');
  expect(exported.turns).toHaveLength(1);

  // A whole game's replay, opened with Load replay on a fresh title.
  const text = await playShortGame(page, 'viewer');
  await page.goto('/');
  await page
    .getByTestId('replay-file-input')
    .setInputFiles({ name: 'game.replay.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await screenshot(page, 'viewer');
  await page.getByTestId('viewer-forward').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2294');
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.getByTestId('viewer-back').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  await page.getByTestId('viewer-scrubber').fill('3');
  await expect(page.getByTestId('viewer-year')).toHaveText('2296');
  await expect(page.getByTestId('viewer-orders-klingon')).not.toBeEmpty();
  await page.getByTestId('viewer-speed').selectOption('8');
  await page.getByTestId('viewer-play').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2298', { timeout: 5_000 });
  // Back to 2295, and take over as the Klingon Empire.
  await page.getByTestId('viewer-scrubber').fill('2');
  await expect(page.getByTestId('viewer-year')).toHaveText('2295');
  await page.getByTestId('take-over-klingon').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  const branched = await page.evaluate(() => window.khitomer.replay());
  expect(branched?.branch).toMatchObject({ fromYear: 2295, side: 'klingon' });
  expect(branched?.turns).toHaveLength(2);
});

test('a share link opens the replay in a fresh browser', async ({ page, browser }) => {
  await page.goto('/?scenario=centennial-eve&seed=share&side=klingon&opponent=hawk');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('notice')).toContainText('Share link');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');
  expect(link).toContain('#replay=');
  const hash = await page.evaluate(() => window.khitomer.replay()?.turns[0]?.hash);
  const fresh = await browser.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('viewer-panel')).toBeVisible();
  await fresh.getByTestId('viewer-forward').click();
  await expect(fresh.getByTestId('viewer-year')).toHaveText('2294');
  const seen = await fresh.evaluate(() => window.khitomer.loadReplay(window.khitomer.replay() ?? {}));
  expect(seen).toMatchObject({ ok: false }); // no game is being played in the fresh page
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  await fresh.close();
});

test('damaged replays and links are refused with the reason, and nothing breaks', async ({ page }) => {
  const text = await playShortGame(page, 'damaged');
  const replay = JSON.parse(text);
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  // Tampered: one year's hash changed. The viewer opens, stopped at that year, and says so.
  const tampered = structuredClone(replay);
  tampered.turns[2].hash = '0123456789abcdef';
  const t = await page.evaluate((r) => window.khitomer.loadReplay(r), tampered);
  expect(t).toMatchObject({ ok: true, problem: expect.stringContaining('diverges in 2295') });
  await expect(page.getByTestId('viewer-problem')).toContainText('diverges in 2295');
  await page.getByTestId('viewer-close').click();
  // Truncated, foreign, newer: refused with a message that says which.
  for (const [input, words] of [
    [text.slice(0, text.length / 2), 'cut short'],
    ['{"hello":"world"}', 'not a Khitomer replay'],
    [JSON.stringify({ ...replay, version: 99 }), 'update the game'],
  ] as const) {
    const r = await page.evaluate((x) => window.khitomer.loadReplay(x), input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.toLowerCase()).toContain(words.toLowerCase());
  }
  await expect(page.getByTestId('new-game')).toBeVisible();
  // A damaged share link.
  await page.goto('/#replay=not-a-real-replay');
  await expect(page.getByTestId('notice')).toContainText('share link');
  await expect(page.getByTestId('new-game')).toBeVisible();
});

test('a link with a scenario and a seed starts that game', async ({ page }) => {
  await page.goto('/?scenario=centennial-eve&seed=from-a-link&side=klingon&opponent=hawk');
  await expect(page.getByTestId('hud-seed')).toHaveText('seed from-a-link');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  const state = await page.evaluate(() => window.khitomer.state());
  expect(state?.powers.federation.controller).toBe('hawk');
  await page.goto('/?scenario=no-such-scenario&seed=x');
  await expect(page.getByTestId('notice')).toContainText('cannot start');
});

test('the golden replays verify in Chromium with the hashes Node gives', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const dir = join('tests', 'golden', 'replays');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const recorded = JSON.parse(text);
    const r = await page.evaluate((t) => window.khitomer.loadReplay(t), text);
    expect(r, f).toMatchObject({ ok: true, problem: null, years: recorded.turns.length });
    if (r.ok) expect(r.finalHash, f).toBe(recorded.turns[recorded.turns.length - 1].hash);
  }
});

test('a full campaign: exported, verified by the command line, shared, watched to the end, taken over in 2344', async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  // A seed this faithful player carries past the take-over year (rules version 10: seed "century"
  // collapses in 2342; rules version 11: this player relieves no third power, and century-3's
  // government falls in 2334; century-37 reaches 2393, checked with the same player in Node).
  await page.goto('/?scenario=khitomer-accords&seed=century-37&side=federation&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // A century of play: a faithful player, through window.khitomer as a console would give orders —
  // aid in full, fugitives extradited, rulings accepted, an embassy kept and raised.
  await page.evaluate(() => {
    const k = window.khitomer;
    for (let i = 0; i < 100 && k.state()?.phase !== 'ended'; i++) {
      const s = k.state();
      if (!s) break;
      if (s.powers.federation.embassy < 2)
        k.issue({ type: 'embassy', action: s.powers.federation.embassy === 0 ? 'establish' : 'upgrade' });
      for (const o of s.obligations) {
        if (o.kind === 'aid' && o.victim === 'klingon')
          k.issue({ type: 'aid', target: o.id, amount: Math.max(1, o.need - o.delivered.federation) });
        if (o.kind === 'extradition' && o.debtor === 'federation')
          k.issue({ type: 'extradite', obligation: o.id });
        if (o.kind === 'ruling' && o.debtor === 'federation')
          k.issue({ type: 'accept-ruling', obligation: o.id });
      }
      k.issue({ type: 'address-council' });
      k.endTurn();
    }
  });
  await expect(page.getByTestId('end-screen')).toBeVisible({ timeout: 20_000 });
  const download = page.waitForEvent('download');
  await page.getByTestId('export-replay').click();
  const file = await (await download).path();
  // The command line verifies what the browser recorded.
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('node', ['--import', 'tsx', 'src/cli/replay.ts', 'verify', file], {
    encoding: 'utf8',
  });
  expect(out).toMatch(/ok, \d+ years verified/);
  // The share link, in a fresh browser.
  await page.getByTestId('share-link').click();
  await expect.poll(() => page.evaluate(() => document.body.dataset.shareLink ?? '')).toContain('#replay=');
  const link = await page.evaluate(() => document.body.dataset.shareLink ?? '');
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('viewer-panel')).toBeVisible();
  // Watched to the end.
  const last = await fresh.getByTestId('viewer-scrubber').getAttribute('max');
  await fresh.getByTestId('viewer-scrubber').fill(String(last));
  const ended = Number(await fresh.getByTestId('viewer-year').textContent());
  expect(ended).toBeGreaterThan(2293);
  await screenshot(fresh, 'viewer-end');
  // Taken over in 2344 as the other side.
  expect(ended).toBeGreaterThan(2344);
  await fresh.getByTestId('viewer-scrubber').fill(String(2344 - 2293));
  await expect(fresh.getByTestId('viewer-year')).toHaveText('2344');
  await fresh.getByTestId('take-over-klingon').click();
  await expect(fresh.getByTestId('hud-year')).toHaveText('2344');
  await expect(fresh.getByTestId('hud-power')).toContainText('Klingon Empire');
  expect(await fresh.evaluate(() => window.khitomer.replay()?.branch?.fromYear)).toBe(2344);
  await context.close();
});

test('the viewer says how many hashes it checked, and names a changed copy of a built-in as what it is', async ({
  page,
}, info) => {
  // A copy of the short scenario under its own id and title, one number changed: recorded by the
  // command line, as a forger would.
  const eve = JSON.parse(readFileSync('levels/centennial-eve.json', 'utf8'));
  eve.powers.klingon.standing -= 10;
  const scenarioFile = info.outputPath('forged-eve.json');
  const replayFile = info.outputPath('forged.replay.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(scenarioFile, JSON.stringify(eve));
  const { execFileSync } = await import('node:child_process');
  const cli = (...args: string[]) =>
    execFileSync('node', ['--import', 'tsx', 'src/cli/replay.ts', ...args], { encoding: 'utf8' });
  cli(
    'record',
    '--scenario',
    scenarioFile,
    '--seed',
    'forged',
    '--federation',
    'loyalist',
    '--klingon',
    'random',
    '--out',
    replayFile,
  );
  const forged = readFileSync(replayFile, 'utf8');
  const recorded = JSON.parse(forged);
  expect(recorded.scenario.id).toBe('centennial-eve');
  expect(recorded.scenario.embedded.title).toBe(eve.title);
  const years = recorded.turns.length;
  // The command line's word on it, which the browser must match.
  expect(cli('verify', replayFile)).toContain(`${years} state hashes checked`);
  expect(cli('verify', replayFile)).toContain('not the built-in "centennial-eve" but a copy changed from it');

  await page.goto('/');
  await page
    .getByTestId('replay-file-input')
    .setInputFiles({ name: 'forged.replay.json', mimeType: 'application/json', buffer: Buffer.from(forged) });
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await expect(page.getByTestId('viewer-origin')).toHaveText(
    `Scenario: "${eve.title}", carried by the replay: not the built-in "centennial-eve" but a copy changed from it.`,
  );
  await expect(page.getByTestId('viewer-verified')).toHaveText(
    `Verified: ${years} years re-simulated, ${years} state hashes checked.`,
  );
  await screenshot(page, 'viewer-forged');

  // A replay naming a built-in by its id: every hash checked, and no flag.
  const text = await playShortGame(page, 'hashes');
  const played = JSON.parse(text);
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const opened = await page.evaluate((t) => window.khitomer.loadReplay(t), text);
  expect(opened.ok).toBe(true);
  await expect(page.getByTestId('viewer-verified')).toHaveText(
    `Verified: ${played.turns.length} years re-simulated, ${played.turns.length} state hashes checked.`,
  );
  await expect(page.getByTestId('viewer-origin')).toHaveCount(0);
});

test('the game’s own replay is watched from the game (the Chart tab), and Back to the game keeps the order queued', async ({
  page,
  errors,
}) => {
  await twoYearsInWithASummitQueued(page, 'watch-in-game');
  await page.keyboard.press('c');
  const watch = page.getByTestId('watch-game');
  await expect(watch).toHaveText('Watch this game’s replay');
  await screenshot(page, 'watch-in-game-chart');
  await watch.click();
  await expect(page.getByTestId('viewer-panel')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('viewer-verified')).toContainText('2 years re-simulated');
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  await page.getByTestId('viewer-forward').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2294');
  // The hawk's espionage of 2293, covert and not found out, stays its secret while the game goes on.
  await page.getByTestId('viewer-back').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  await expect(page.getByTestId('viewer-panel')).not.toContainText('Espionage');
  const back = page.getByTestId('viewer-close');
  await expect(back).toHaveText('Back to the game');
  await screenshot(page, 'watch-in-game-viewer');
  await back.click();
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await expect(page.getByTestId('queued-order')).toContainText('summit');
  // The same replay opened whole (as a file is): the espionage is there.
  const opened = await page.evaluate(() => window.khitomer.loadReplay(window.khitomer.replay()));
  expect(opened.ok).toBe(true);
  await page.getByTestId('viewer-scrubber').fill('0');
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  await expect(page.getByTestId('viewer-panel')).toContainText('Espionage');
  expect(errors).toEqual([]);
});

test('a hot-seat game in progress says on its Chart tab why its replay is not shown', async ({
  page,
  errors,
}) => {
  await startShortGame(page, 'hotseat', 'watch-hotseat');
  await page.getByTestId('tab-chart').click();
  await expect(page.getByTestId('watch-game-why')).toContainText('both sides’ orders');
  await expect(page.getByTestId('watch-game')).toHaveCount(0);
  await screenshot(page, 'watch-in-game-hotseat');
  expect(errors).toEqual([]);
});
