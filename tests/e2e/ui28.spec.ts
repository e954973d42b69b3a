// Playtest 27's late century: the other power's offer of a trade pact is a card on the Events tab,
// with the order that signs it (the playtest read the offer only in a report line).
import { expect, screenshot, test } from './helpers';

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
