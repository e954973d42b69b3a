// Playtest 35 (a newcomer, Centennial Eve and the campaign's first thirty years), read through the
// screens: a dispute's card says when a claim on a world the rival holds may be pressed by force; a
// shelter's row prices its breach at the deadline, and the sheltered hero's card names that price,
// which the deadline then charges; a staged escape's row gives the defiance it pays.
import { expect, screenshot, test } from './helpers';

test('Centennial Eve, seed play35: the claim on Sherman’s Planet says when it may be pressed by force', async ({
  page,
  errors,
}) => {
  await page.goto('/?scenario=centennial-eve&seed=play35&side=federation&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // Three years of no orders: the Empire takes Sherman's Planet, and in 2296 the Federation claims it.
  await page.evaluate(() => {
    for (let i = 0; i < 3; i++) window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2296');
  await page.getByTestId('tab-events').click();
  const card = page.getByTestId('event-card').filter({ hasText: 'Sherman’s Planet' });
  // The author's words still say the Federation "may instead seize it"; the line says when and how.
  await expect(card.getByTestId('event-text')).toContainText('the Federation may instead seize it');
  await expect(card.getByTestId('claim-force')).toHaveText(
    "The Klingon Empire holds Sherman's Planet: your claim may be pressed by force from 2297 (a seizure, an open breach of Article VI), and only while no fleet of the Klingon Empire lies there; otherwise taking it is an attack.",
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'play35-claim-2296');
  expect(errors).toEqual([]);
});

test('Centennial Eve as the Empire, seed play35k: Kethral sheltered, priced at the deadline, charged as priced', async ({
  page,
  errors,
}) => {
  await page.goto('/?scenario=centennial-eve&seed=play35k&side=klingon&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  await page.getByTestId('tab-events').click();
  const duty = page.getByTestId('obligation').filter({ hasText: 'Captain Kethral' });
  const shelter = duty.getByTestId('order-shelter');
  const price = shelter.getByTestId('violation-preview');
  await expect(price).toContainText(
    "standing at the deadline in 2296, at today's price: each breach of Article V seen before then, and each protest of one, raises it.",
  );
  const cost = Number(/−(\d+) standing at the deadline/.exec((await price.textContent()) ?? '')?.[1]);
  expect(cost).toBeGreaterThan(0);
  await expect(duty.getByTestId('order-stage-escape').getByTestId('order-effect')).toContainText(
    'The fugitive slips away, and no one knows you helped, unless it is seen: +2 support at home for the defiance. The matter is closed: no deadline to break, and no hero at home to cheer.',
  );
  await duty.scrollIntoViewIfNeeded();
  await screenshot(page, 'play35-shelter-2295');
  await shelter.getByTestId('give-order').click();
  await page.getByTestId('end-turn').click();
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
  await expect(page.getByTestId('hud-year')).toHaveText('2296');
  await page.getByTestId('tab-events').click();
  // The card of the hero sheltered names the same price, in the deadline's year.
  const sheltered = page.getByTestId('obligation').filter({ hasText: 'you shelter Captain Kethral' });
  await expect(sheltered).toContainText(
    `at the deadline that breaks Article V (open), −${cost} standing at today's price (a breach of Article V seen before then raises it).`,
  );
  // Sheltered in the open, the hero can be kept or handed over late; no escape (rules version 25).
  await expect(sheltered.getByTestId('order-extradite')).toHaveCount(1);
  await expect(sheltered.getByTestId('order-stage-escape')).toHaveCount(0);
  await sheltered.scrollIntoViewIfNeeded();
  await screenshot(page, 'play35-sheltered-2296');
  // Left sheltered: the deadline charges what the card said.
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  await expect(report).toContainText(
    `The Klingon Empire · Art. V · −${cost} · The Klingon Empire shelters Captain Kethral past the extradition deadline.`,
  );
  expect(errors).toEqual([]);
});
