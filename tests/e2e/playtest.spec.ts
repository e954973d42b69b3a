// The newcomer playtest's findings, each driven through the screens: the report's last lines stay
// clear of its buttons, the answers come first with their keys, a demand says who asks what by
// when, fleets sail under names, the map starts a year framed, influence is explained, a battle says
// who attacked whom and the odds, and the human is asked whether to suspend the Accords.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

/** End the year with the button and close its report. */
async function endYear(page: Page, year: number): Promise<void> {
  await expect(page.getByTestId('hud-year')).toHaveText(String(year));
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
}

/** Start a game of the campaign (a long report by its third year) through the console. */
async function startCampaign(page: Page, seed: string): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const r = await page.evaluate(
    (s) =>
      window.khitomer.newGame({
        scenario: 'khitomer-accords',
        seed: s,
        side: 'federation',
        opponent: 'loyalist',
      }),
    seed,
  );
  expect(r.ok).toBe(true);
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
}

for (const [width, height] of [
  [1280, 720],
  [800, 600],
] as const) {
  test(`the report's lines scroll between its title and its buttons, never under them (${width}×${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await startCampaign(page, 'ex1');
    await endYear(page, 2293);
    await endYear(page, 2294);
    await endTurnAnyway(page);
    const report = page.getByTestId('report');
    await expect(report).toBeVisible({ timeout: 15_000 });
    const body = page.getByTestId('report-body');
    // A long year: more lines than the window holds, so the body scrolls.
    const overflow = await body.evaluate((b) => b.scrollHeight - b.clientHeight);
    expect(overflow).toBeGreaterThan(0);
    await body.evaluate((b) => {
      b.scrollTop = b.scrollHeight;
    });
    const last = report.locator('li').last();
    const [lastBox, buttons, title] = await Promise.all([
      last.boundingBox(),
      report.locator('.actions').boundingBox(),
      report.locator('h2').boundingBox(),
    ]);
    if (!lastBox || !buttons || !title) throw new Error('the report is not laid out');
    // Scrolled to the end, the last line ends above the buttons, and it is the line that is seen there.
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(buttons.y + 0.5);
    const seen = await last.evaluate((li) => {
      const r = li.getBoundingClientRect();
      return li.contains(document.elementFromPoint(r.left + 20, r.bottom - 3));
    });
    expect(seen).toBe(true);
    // No line is ever drawn under the buttons: the scrolling body ends where they begin.
    const bodyBox = await body.boundingBox();
    expect((bodyBox?.y ?? 0) + (bodyBox?.height ?? 0)).toBeLessThanOrEqual(buttons.y + 0.5);
    // The title and the buttons are in the window.
    expect(title.y).toBeGreaterThanOrEqual(0);
    expect(buttons.y + buttons.height).toBeLessThanOrEqual(height);
    await screenshot(page, `playtest-report-${width}`);
  });
}

test('a demand for reparations: its answers come first with keys, and the Events tab says who asks, how much and by when', async ({
  page,
}) => {
  // Seed play-ce-26 against the loyalist: the loyalist demands reparations in 2295 (see answers.spec.ts;
  // play-ce's demand comes a year later under rules version 9).
  await startShortGame(page, 'loyalist', 'play-ce-26');
  await endYear(page, 2293);
  await endYear(page, 2294);
  await endYear(page, 2295);
  await page.getByTestId('tab-orders').click();
  const panel = page.getByTestId('orders-panel');
  await expect(panel.getByTestId('answers-heading')).toHaveText('Answers');
  // The answers lead the list, keys 1 and 2; the rest of diplomacy follows.
  const rows = panel.locator('.card.order');
  await expect(rows.nth(0)).toContainText('1 Pay the reparations the Klingon Empire demands: 12 reserves');
  await expect(rows.nth(1)).toContainText('2 Refuse the reparations the Klingon Empire demands');
  await expect(rows.nth(2).locator('kbd')).toHaveText('3');
  await screenshot(page, 'playtest-answers-first');
  await page.getByTestId('tab-events').click();
  const demand = page.getByTestId('demand');
  await expect(demand).toContainText('The Klingon Empire demands 12 reserves in reparations');
  await expect(demand).toContainText('Answer by the end of 2296: pay, or refuse.');
  await expect(demand).toContainText('Left unanswered, the demand counts as refused');
  await screenshot(page, 'playtest-demand-card');
  // Key 2 refuses, from the Events tab where the demand is.
  await page.keyboard.press('2');
  await expect(page.getByTestId('queued-order')).toContainText(
    'Refuse the reparations the Klingon Empire demands',
  );
});

test('a fleet sails under its own name, and its move says from where to where, in the orders and the report', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'fleet-names');
  const panel = page.getByTestId('orders-panel');
  const move = page.getByTestId('order-move').first();
  for (let i = 0; i < 8 && (await move.count()) === 0; i++) await page.keyboard.press('n');
  await expect(move).toBeVisible();
  const text = (await move.getByTestId('give-order').getAttribute('aria-label')) ?? '';
  const m = /^Give: (The [A-Z][\w']* Task Force) moves from (.+) to (.+)$/.exec(text);
  expect(m, text).not.toBeNull();
  const [, name, from, to] = m ?? [];
  expect(from).not.toBe(to);
  await expect(panel).toContainText(`Fleets: ${name} (Federation)`);
  await move.getByTestId('give-order').click();
  await endTurnAnyway(page);
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  // The order given, and the fleet's voyage, both by the fleet's name.
  await expect(report).toContainText(`${name} moves from ${from} to ${to}`);
  await expect(report).toContainText(`${name} moves ${from} → ${to}.`);
  await expect(report).not.toContainText(/fleet at/i);
  await screenshot(page, 'playtest-fleet-names');
});

test('the viewer names the obligations its orders answer: no id in the orders of a year', async ({
  page,
}) => {
  // Seed play-ce: Qo'noS is struck in 2294 and asks the Federation for aid (Article IV).
  await startShortGame(page, 'loyalist', 'play-ce');
  await endYear(page, 2293);
  await page.getByTestId('tab-events').click();
  const aid = page.getByTestId('obligation').getByTestId('order-aid').first();
  await expect(aid).toContainText('of aid to');
  await aid.getByTestId('give-order').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await endTurnAnyway(page);
  // Aid delivered is reserves, said in its line: no green "+N" beside it to be read as standing.
  const delivered = page.getByTestId('report').locator('li', { hasText: 'has delivered' }).first();
  await expect(delivered).toContainText(/The Federation has delivered \d+ of \d+ for /, { timeout: 15_000 });
  await expect(delivered).not.toContainText(/· [+−-]?\d+ ·/);
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  const replay = await page.evaluate(() => window.khitomer.replay());
  await page.evaluate((r) => window.khitomer.loadReplay(r), replay);
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await page.getByTestId('viewer-forward').click();
  await expect(page.getByTestId('viewer-year')).toHaveText('2294');
  const orders = page.getByTestId('viewer-orders-federation');
  await expect(orders).toContainText(/Send \d+ reserves? of aid to /);
  await expect(orders).not.toContainText(/\(e\d{4}|-aid\b/);
});

test('the year starts with the map framed whole after N, and kept where the player framed it by hand', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'camera');
  await page.waitForTimeout(300);
  const framed = await page.evaluate(() => window.khitomer.camera());
  expect(framed).not.toBeNull();
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  await page.waitForTimeout(500);
  const moved = await page.evaluate(() => window.khitomer.camera());
  expect(
    Math.abs((moved?.x ?? 0) - (framed?.x ?? 0)) + Math.abs((moved?.y ?? 0) - (framed?.y ?? 0)),
  ).toBeGreaterThan(20);
  await endYear(page, 2293);
  const next = await page.evaluate(() => window.khitomer.camera());
  expect(next?.x).toBeCloseTo(framed?.x ?? 0, 0);
  expect(next?.y).toBeCloseTo(framed?.y ?? 0, 0);
  expect(next?.zoom).toBeCloseTo(framed?.zoom ?? 0, 3);
  await screenshot(page, 'playtest-year-framed');
  // Zoomed and panned by hand: the player's own framing is kept into the next year.
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  const chosen = await page.evaluate(() => window.khitomer.camera());
  await endYear(page, 2294);
  const kept = await page.evaluate(() => window.khitomer.camera());
  expect(kept?.zoom).toBeCloseTo(chosen?.zoom ?? 0, 3);
  expect(kept?.x).toBeCloseTo(chosen?.x ?? 0, 0);
});

test('influence is explained: the HUD says what it is and opens How to win, where its sources and prices are', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'influence');
  const hud = page.getByTestId('hud-influence');
  await expect(hud).toHaveText('influence 3/3 ?');
  await expect(hud).toHaveAttribute('title', /Influence is your government’s diplomatic attention/);
  await expect(page.getByTestId('influence-note')).toContainText(
    'Diplomacy is paid in influence: 3 of 3 left this year.',
  );
  await hud.click();
  const explained = page.getByTestId('how-to-win').getByTestId('influence-explained');
  await expect(explained).toContainText('This year you have 3: 3 a year');
  await expect(explained).toContainText('a summit for 2');
  await expect(explained).toContainText('lost if unspent');
  await explained.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-influence');
  await page.keyboard.press('Escape');
  // A summit queued: what is left says so, in the HUD and above the diplomacy.
  await page.getByTestId('order-summit').getByTestId('give-order').click();
  await expect(hud).toHaveText('influence 1/3 ?');
  await expect(page.getByTestId('influence-note')).toContainText('1 of 3 left this year');
});

test('support is explained: the HUD says what the government wants and opens How to win, where the address tires', async ({
  page,
}) => {
  await startShortGame(page, 'loyalist', 'support');
  const support = await page.evaluate(() => window.khitomer.state()?.powers.federation.support);
  const hud = page.getByTestId('hud-support');
  await expect(hud).toHaveText(`support ${support} ?`);
  await expect(hud).toHaveAttribute('title', /at 0 it falls/);
  await expect(hud).toHaveAttribute(
    'title',
    /The Federation Council wants a year of growth ahead of the Empire \(\+1\)/,
  );
  await hud.click();
  const explained = page.getByTestId('how-to-win').getByTestId('support-explained');
  await expect(explained).toContainText(`Yours stands at ${support}.`);
  await expect(explained).toContainText('aid given, to a disaster or against a war (+2 an order)');
  await expect(explained).toContainText(
    'It punishes a world the Empire takes, or a third power takes in a year you struck none of its worlds or fleets (−4)',
  );
  await expect(explained).toContainText('An address to the council gives +3 this year');
  await explained.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-support');
  await page.keyboard.press('Escape');
  // An address given: the next year's tires, and How to win says so.
  await page.getByTestId('order-address-council').getByTestId('give-order').click();
  await endYear(page, 2293);
  await page.getByTestId('hud-support').click();
  await expect(page.getByTestId('support-explained')).toContainText(
    'An address to the council gives +2 this year',
  );
});

test('a battle says who attacked whom, with what strengths, and the chance it had', async ({ page }) => {
  // Seed play-ce: the Romulans name Khitomer in 2295 and strike it in 2296.
  await startShortGame(page, 'loyalist', 'play-ce');
  for (const year of [2293, 2294, 2295]) await endYear(page, year);
  await endTurnAnyway(page);
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  const line = report.locator('li', { hasText: 'The Romulan Star Empire attacks Khitomer' });
  await expect(line).toHaveText(
    /The Romulan Star Empire attacks Khitomer, held by the Klingon Empire: strength \d+ against a defence of \d+, an? \d+% chance\. Khitomer (holds|falls to the Romulan Star Empire)(: .+)?\.$/,
  );
  // What became of the fleets in it, by name (rules version 13): the defenders of a fallen world
  // fall back or are lost.
  if ((await line.textContent())?.includes('falls to'))
    await expect(line).toContainText(/(falls back to|is destroyed)/);
  await line.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-battle-line');
});

test('the human is asked, where the report tells them, whether to suspend the Accords, with what follows', async ({
  page,
}) => {
  // Centennial Eve with the Empire's standing already below the line of 20.
  const scenario = JSON.parse(readFileSync('levels/centennial-eve.json', 'utf8'));
  scenario.powers.klingon.standing = 4;
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const r = await page.evaluate(
    (s) =>
      window.khitomer.newGame({ scenario: s, seed: 'suspend', side: 'federation', opponent: 'loyalist' }),
    scenario,
  );
  expect(r.ok).toBe(true);
  await endTurnAnyway(page);
  const choice = page.getByTestId('report').getByTestId('suspension-choice');
  await expect(choice).toBeVisible({ timeout: 15_000 });
  await expect(choice).toContainText(/The Klingon Empire's standing is \d+, below the line of 20/);
  await expect(choice).toContainText('Both powers lose the 50 points for Accords never suspended');
  // The bet in both directions (rules version 10): a case on record, or the price of one walked back.
  await expect(choice).toContainText('your case on record keeps you 50% of the score you banked');
  await expect(choice).toContainText('the suspension walked back costs you 100 points of your score');
  await expect(choice).toContainText('Keep: the Accords stand');
  // Asked for the first time: all of it in sight, nothing folded.
  await expect(choice.getByTestId('suspension-details')).toHaveCount(0);
  // Asked first, above the year's lines (playtest 23 scrolled past it in the middle of the report).
  const body = page.getByTestId('report-body');
  const order = await body.evaluate((b) =>
    [...b.children].map((c) => c.getAttribute('data-testid') ?? c.querySelector('h3')?.textContent ?? ''),
  );
  expect(order.indexOf('suspension-choice')).toBeLessThan(order.indexOf('Standing'));
  await choice.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-suspension-asked');
  // Enter, as the footer says, continues: it never presses the choice's first button, Suspend
  // (playtest 22: focus lay on it, and one Enter queued the suspension).
  await expect(page.getByTestId('report-continue')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report')).toHaveCount(0);
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  await endTurnAnyway(page);
  // Keep: the report stays open, saying what was answered, and nothing is queued; the Enter the
  // footer asks for closes the report and never ends the next year (playtest 24: Keep closed the
  // report, and that Enter ended 2301 with no orders).
  const kept = page.getByTestId('report').getByTestId('suspension-choice');
  await expect(kept).toBeVisible({ timeout: 15_000 });
  // Asked the year before too: what each answer brings is folded under its summary, a click away
  // (playtest 28 read the same 90 words ten years running).
  const details = kept.getByTestId('suspension-details');
  await expect(details.getByText(/your case on record/)).toBeHidden();
  await kept.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-suspension-folded');
  await details.locator('summary').click();
  await expect(details.getByText(/your case on record/)).toBeVisible();
  await kept.getByTestId('keep-accords').click();
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(kept.getByTestId('suspension-answered')).toContainText(
    'You keep the Accords: no suspension is ordered for 2295.',
  );
  await expect(kept.getByTestId('keep-accords')).toHaveCount(0);
  await expect(page.getByTestId('report-continue')).toBeFocused();
  await screenshot(page, 'playtest-suspension-kept');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report')).toHaveCount(0);
  // The game's own year, which moves at once (the HUD waits for the year's playback).
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.khitomer.state()?.year)).toBe(2295);
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await expect(page.getByTestId('report')).toHaveCount(0);
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  await page.getByTestId('tab-events').click();
  // The card: why, the order's row (what suspending does), then only what the row does not say.
  const card = page.getByTestId('suspension');
  await expect(card).toContainText("The Klingon Empire's standing is");
  await expect(card.getByTestId('give-order')).toHaveCount(1);
  await expect(card).toContainText('chance of war');
  await expect(card).toContainText('Keep: the Accords stand');
  // Said once, by the row (playtest 26 read each twice in a card of 250 words).
  for (const once of ['of the score you banked', 'points of your score'])
    expect(((await card.textContent()) ?? '').split(once).length - 1, once).toBe(1);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-suspension-card');
  await endTurnAnyway(page);
  // Asked again the next year: suspend, and the order is given for the year.
  const again = page.getByTestId('report').getByTestId('suspension-choice');
  await expect(again).toBeVisible({ timeout: 15_000 });
  await again.getByTestId('suspend-accords').click();
  await expect(again.getByTestId('suspension-answered')).toContainText(
    'Suspend the Accords is given for 2296',
  );
  await expect(page.getByTestId('report-continue')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report')).toHaveCount(0);
  await expect(page.getByTestId('hud-year')).toHaveText('2296');
  await expect(page.getByTestId('queued-order')).toContainText('Suspend the Accords');
  await endTurnAnyway(page);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-status')).toHaveText('Accords suspended');
});

test('aid that blunts a war reads as the war weakened, not as a loss of the power that sent it', async ({
  page,
}) => {
  // Seed newcomer: the Romulans make war on the Empire in 2297; the Federation may aid it.
  await startShortGame(page, 'pragmatist', 'newcomer');
  for (const year of [2293, 2294, 2295, 2296]) await endYear(page, year);
  await page.getByTestId('tab-events').click();
  await page.getByTestId('war').getByTestId('order-aid').first().getByTestId('give-order').click();
  await endTurnAnyway(page);
  const line = page.getByTestId('report').locator('li', { hasText: 'blunts the war' });
  await expect(line).toHaveText(
    'The Federation · Art. III · The aid of the Federation blunts the war of the Romulan Star Empire (strength −1).',
    { timeout: 15_000 },
  );
  await expect(line).not.toHaveClass(/bad/);
});

test('a raid named on one of your worlds is a card of the Events tab, with its odds and the moves that defend it', async ({
  page,
}) => {
  // The campaign, seed newcomer: in 2294 the Gorn name Archanis IV, to strike in 2295.
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  await page.evaluate(() =>
    window.khitomer.newGame({
      scenario: 'khitomer-accords',
      seed: 'newcomer',
      side: 'federation',
      opponent: 'pragmatist',
    }),
  );
  // The year's report tells the raid, revealed as 2293 ends, as the news of 2294, under its own
  // heading: the playtest read the coming year's events under "Embassies, obligations, trade".
  await endTurnAnyway(page);
  const coming = page.getByTestId('report-coming');
  await expect(coming.locator('h3')).toHaveText('The news of 2294, as the new year opens', {
    timeout: 15_000,
  });
  await expect(coming).toContainText('Gorn Hegemony ships gather near Archanis IV: they strike in 2295.');
  // Said once, there, and in no other group (before, it stood under "Embassies, obligations, trade").
  await expect(page.getByTestId('report-body').locator('li', { hasText: 'Border Raid' })).toHaveCount(1);
  await expect(coming.locator('li', { hasText: 'Border Raid' })).toHaveCount(1);
  await coming.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-report-coming');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.getByTestId('tab-events').click();
  const card = page.getByTestId('defend');
  await expect(card).toContainText(
    'Article III — Gorn Hegemony strikes Archanis IV in 2295 (its war lasts until 2296): strength 8 against its defence of 2, a 94% chance it falls.',
  );
  // The tab counts its cards, the news and what is asked: a raid named in a year without news read
  // "Events (0)", and the playtest passed the tab by.
  const cards = await page
    .locator('[data-testid="events-panel"] > .card, [data-testid="events-panel"] > div > .card')
    .count();
  expect(cards).toBeGreaterThan(await page.getByTestId('event-card').count());
  await expect(page.getByTestId('tab-events')).toHaveText(`Events (${cards})`);
  const move = card.getByTestId('order-move').first();
  await expect(move).toContainText(/Task Force moves from .+ to Archanis IV/);
  // The other power's ships help only with consent: the order that gives it is on the card.
  const passage = card.getByTestId('defend-passage');
  await expect(passage).toContainText(
    "The Klingon Empire's ships may fight beside yours at Archanis IV only with your consent; without it they trespass. The Accords do not bind it to help: its ships and its war aid against the raiders are its own choice.",
  );
  await expect(passage.getByTestId('order-grant-passage')).toContainText(
    "Grant the Klingon Empire's fleets passage this year",
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-defend-card');
  await move.getByTestId('give-order').click();
  // The order given, the card counts it at once (playtest 22: it read the old odds until next year).
  await expect(page.getByTestId('defend-raid')).toContainText(
    /against its defence of 2, a 94% chance it falls; with your orders this year, a defence of ([3-9]|\d\d), an? \d+% chance it falls\./,
  );
  await endYear(page, 2294);
  // The fleet is there: the card counts its ships in the defence.
  await page.getByTestId('tab-events').click();
  await expect(card).toContainText(
    /strikes Archanis IV this year \(its war lasts until 2296\): strength \d+ against its defence of ([3-9]|\d\d)/,
  );
});

test("a war of two years that strikes its named world twice says the second blow is its war's", async ({
  page,
}) => {
  // The campaign, seed newcomer: in 2297 the Cardassians name Betazed, for a war of 2298 and 2299.
  await startCampaign(page, 'newcomer');
  for (let year = 2293; year < 2297; year++) await endYear(page, year);
  await page.getByTestId('tab-events').click();
  const card = page.getByTestId('defend');
  await expect(card).toContainText('strikes Betazed in 2298 (its war lasts until 2299): strength');
  await card.getByTestId('order-move').first().getByTestId('give-order').click();
  await card.getByTestId('order-grant-passage').getByTestId('give-order').click();
  await endYear(page, 2297);
  await page.getByTestId('tab-events').click();
  await expect(card).toContainText('strikes Betazed this year (its war lasts until 2299): strength');
  await endYear(page, 2298);
  // Held in 2298, Betazed is struck again in 2299 by the same war (the playtest read "this year" two
  // years running as two raids, or one misdated): the card says it is that war's blow again, its last.
  await page.getByTestId('tab-events').click();
  await expect(card).toContainText(
    'strikes Betazed this year, the second year of its war (begun in 2298, it ends this year): strength',
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-defend-again');
});

test('a war that took its world names the next one: its second blow is a card of the Events tab too', async ({
  page,
}) => {
  // The campaign, seed turns-8, a Federation that only ends its years: the Gorn name a world for
  // 2296, take it, and turn on Cestus III for 2297. Before rules version 12 the second blow was
  // found only as it fell, and had no card.
  await startCampaign(page, 'turns-8');
  for (let year = 2293; year < 2296; year++) await endYear(page, year);
  await endTurnAnyway(page);
  const turned = page.getByTestId('report').locator('li', { hasText: 'turns on Cestus III' });
  await expect(turned).toContainText('Gorn Hegemony turns on Cestus III: its war strikes there in 2297.', {
    timeout: 15_000,
  });
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2297');
  await page.getByTestId('tab-events').click();
  const card = page.getByTestId('defend');
  await expect(card).toContainText(
    'Article III — Gorn Hegemony strikes Cestus III this year, the second year of its war (begun in 2296, it ends this year): strength',
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-defend-next-world');
});

test('a disaster on your own world says what it hangs on: the aid asked of the other power, and the output at stake', async ({
  page,
}) => {
  // Centennial Eve as the Empire: Praxis explodes over Qo'noS in 2293, and the Federation is asked.
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const r = await page.evaluate(() =>
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: 'stricken',
      side: 'klingon',
      opponent: 'loyalist',
    }),
  );
  expect(r.ok).toBe(true);
  await page.getByTestId('tab-events').click();
  const card = page.getByTestId('obligation-stricken');
  await expect(card).toHaveText(
    /^Article IV — Qo'noS is stricken: the Federation is asked for 14 reserves of aid by the end of 2294; you cannot aid yourself\. Should it fall short, Qo'noS loses up to \d+ output for good, in proportion to what is missing\.$/,
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'playtest-stricken-card');
});
