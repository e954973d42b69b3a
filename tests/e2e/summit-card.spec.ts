// Playtest 20: the summit card said "+2 standing to both" in 2300 and the summit paid nothing (one
// was rewarded within five years). In hot seat, a summit held in 2293: the 2294 card says it pays
// neither power, and when the next will.
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

test('the summit card says what a summit pays each power this year: nothing within five years of the last', async ({
  page,
}) => {
  await startShortGame(page, 'hotseat', 'summit-card');
  const card = page.getByTestId('order-summit');
  await expect(card.getByTestId('order-effect')).toContainText(
    'Held this year, it earns both powers +2 standing',
  );
  await card.getByTestId('give-order').click();
  await endTurnAnyway(page); // hand over
  await page.getByTestId('handover-ready').click();
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  await card.getByTestId('give-order').click();
  await endTurnAnyway(page);
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  await expect(report).toContainText('The two powers meet at a summit.');
  await page.getByTestId('report-continue').click();
  await page.getByTestId('handover-ready').click();
  await expect(report).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(page.getByTestId('hud-power')).toContainText('Federation');

  await expect(card.getByTestId('order-effect')).toContainText(
    'Held this year, it earns neither power any standing (a summit was rewarded in 2293; the next pays from 2298: once in 5 years)',
  );
  await expect(card.getByTestId('order-effect')).not.toContainText('+2');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'summit-card-2294');
});
