// Playtest 27's late century: the other power's offer of a trade pact is a card on the Events tab,
// with the order that signs it (the playtest read the offer only in a report line).
import { endTurnAnyway, expect, screenshot, test } from './helpers';

test("the other power's offer of a trade pact is asked on the Events tab, and proposing signs it", async ({
  page,
  errors,
}) => {
  // The loyalist Empire proposes a pact in its first year; the Federation, ending the year with no
  // orders, finds the offer standing in 2294.
  await page.goto('/?scenario=khitomer-accords&seed=ui28-pact&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  expect(await page.evaluate(() => window.khitomer.state()?.pactProposal)).toEqual({
    by: 'klingon',
    year: 2293,
  });
  await page.keyboard.press('e');
  const card = page.getByTestId('pact-offer');
  await expect(card).toContainText(
    'Article VI — The Klingon Empire offers a trade pact (2293): propose yours by the end of 2294 to sign it, or let it pass, and trade talks close for',
  );
  await expect(card.getByTestId('order-effect')).toContainText(
    "The Klingon Empire's offer of 2293 stands: proposing yours signs the pact this year",
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui28-pact-offer');
  await card.getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toContainText('Propose a trade pact');
  // Given, its row says so and gives it no more.
  await expect(card.getByTestId('give-order')).toBeDisabled();
  await screenshot(page, 'ui28-pact-offer-given');
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  expect(await page.evaluate(() => window.khitomer.state()?.tradePact)).toBe(true);
  expect(errors).toEqual([]);
});

test('a missing embassy is asked on the Events tab the year before it breaks Article II, and every year after', async ({
  page,
  errors,
}) => {
  // Centennial Eve's grace is two years: with no embassy, Article II breaks from 2295.
  await page.goto('/?scenario=centennial-eve&seed=ui28-embassy&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.keyboard.press('e');
  await expect(page.getByTestId('embassy-missing')).toHaveCount(0);
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.keyboard.press('e');
  const card = page.getByTestId('embassy-missing');
  await expect(card).toContainText(
    'Article II — you keep no embassy on the other capital: it breaks Article II from 2295 on, and every year after (',
  );
  await expect(card.getByTestId('order-embassy')).toContainText('Establish the embassy');
  // An aid card names the world's power, whom the report thanks (playtest 27 read "aid for Capella
  // IV", then "aid in full to the Gorn Hegemony").
  await expect(page.getByTestId('events-panel')).toContainText(
    "Article IV — aid for Qo'noS, a world of the Klingon Empire:",
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui28-embassy-missing');
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await page.keyboard.press('e');
  await expect(card).toContainText("it breaks Article II at this year's end, and every year after");
  // Established, the card is answered.
  await card.getByTestId('give-order').click();
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2296');
  await page.keyboard.press('e');
  await expect(card).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a disaster's damage in the year's news is said as reserves, not as a standing lost", async ({
  page,
  errors,
}) => {
  // Seed news-3: the year 2294 opens with a disaster on a world of the Federation.
  await page.goto('/?scenario=khitomer-accords&seed=news-3&side=federation&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await endTurnAnyway(page);
  const line = page.getByTestId('report-coming').locator('li', { hasText: 'The disaster destroys' });
  await expect(line).toHaveCount(1);
  // Playtest 28 read "The Klingon Empire · Art. IV · −4 · The disaster destroys 4 reserves." in red.
  await expect(line).toHaveText(/^The Federation · The disaster destroys \d+ reserves?\.$/);
  await expect(line).not.toHaveClass(/bad/);
  // After the card that tells the disaster, not before it.
  const lines = await page.getByTestId('report-coming').locator('li').allTextContents();
  const at = lines.findIndex((l) => l.includes('The disaster destroys'));
  expect(at).toBeGreaterThan(0);
  expect(lines[at - 1]).toContain('Plague on the Frontier');
  await line.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui28-disaster-news');
  expect(errors).toEqual([]);
});

test('the Chart tab says its replay line and the support line in whole sentences', async ({
  page,
  errors,
}) => {
  await page.goto('/?scenario=centennial-eve&seed=ui28-chart&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => window.khitomer.endTurn());
  await page.getByTestId('tab-chart').click();
  const panel = page.getByTestId('side-panel');
  // Playtests 27 and 28 read "each year as you saw it; …" wrapped under its button as a line cut.
  await expect(panel).toContainText(
    'Each year as you saw it. Back to the game returns here, with this year’s orders.',
  );
  // Playtest 28's support sat at 44 below the dashed line of 50, which it had read as where support goes.
  await expect(panel).toContainText('below it, support does not drift up');
  await screenshot(page, 'ui28-chart');
  expect(errors).toEqual([]);
});

test("the other power's proposal of a summit is asked on the Events tab while holding it earns something", async ({
  page,
  errors,
}) => {
  // Seed ui29-summit-0: the loyalist Empire proposes a summit in 2299 to a Federation that has given
  // no orders (and never held a summit, so one would earn it standing); seed ui29-summit-4's came in
  // 2300 until rules version 31's events.
  await page.goto('/?scenario=khitomer-accords&seed=ui29-summit-0&side=federation&opponent=loyalist');
  for (let year = 2293; year < 2301; year++) {
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    const proposal = await page.evaluate(() => window.khitomer.state()?.summitProposal ?? null);
    if (proposal?.by === 'klingon' && proposal.year >= year - 1) break;
    await page.keyboard.press('e');
    await expect(page.getByTestId('summit-offer')).toHaveCount(0);
    await page.evaluate(() => window.khitomer.endTurn());
  }
  const year = Number(await page.getByTestId('hud-year').textContent());
  const proposal = await page.evaluate(() => window.khitomer.state()?.summitProposal);
  expect(proposal?.by).toBe('klingon');
  await page.keyboard.press('e');
  const card = page.getByTestId('summit-offer');
  await expect(card).toContainText(
    `A summit — the Klingon Empire proposed one in ${proposal?.year}: propose yours by the end of ${(proposal?.year ?? 0) + 1} and it is held.`,
  );
  await expect(card.getByTestId('order-effect')).toContainText(
    `The Klingon Empire proposed a summit in ${proposal?.year}: yours holds it this year.`,
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui29-summit-offer');
  await card.getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toContainText('Propose a summit');
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
  // Held, and rewarded: the Federation's summit is in the ledger, and the card is gone.
  const summits = await page.evaluate(
    (y) =>
      (window.khitomer.state()?.ledger ?? []).filter(
        (e: { party: string; code: string; year: number }) =>
          e.party === 'federation' && e.code === 'summit' && e.year === y,
      ).length,
    year,
  );
  expect(summits).toBe(1);
  await page.keyboard.press('e');
  await expect(page.getByTestId('summit-offer')).toHaveCount(0);
  expect(errors).toEqual([]);
});
