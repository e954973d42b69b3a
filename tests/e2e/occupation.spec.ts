// Worlds beyond the borders (rules version 28): a world of a third power's own taken beyond the
// worlds of the start earns its grudge, and a world held in the neutral zone is occupied, not secure.
// A newcomer reads both before giving the order (the attack's row, the seize row) and sees the world
// marked as occupied on the map once it is taken. Centennial Eve, the Empire against the loyalist:
// the Khitomer squadron lies a lane from Romulus, a fleet of the Empire's a lane from Organia.
import { endTurnAnyway, expect, onScreen, screenshot, test } from './helpers';

test('the rows say what a world beyond the borders costs, and the map marks it once taken', async ({
  page,
  errors,
}) => {
  await page.goto('/');
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-centennial-eve').check();
  await page.getByTestId('side').selectOption('klingon');
  await page.getByTestId('opponent').selectOption('loyalist');
  await page.getByTestId('seed').fill('occupation');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');

  // Khitomer's panel: the attack on Romulus says the grudge, its raids and the occupation.
  const panel = page.getByTestId('orders-panel');
  for (let i = 0; i < 12 && !(await panel.locator('h3').first().textContent())?.includes('Khitomer'); i++)
    await page.keyboard.press('n');
  await expect(panel.locator('h3').first()).toHaveText('Khitomer');
  const attack = panel.getByTestId('order-attack').filter({ hasText: 'Romulus' });
  await expect(attack.getByTestId('order-effect')).toContainText(
    // Centennial Eve ends as 2298 begins: a grudge until 2313 lasts for the rest of the game (rules version 30).
    'Taken, the Romulan Star Empire holds a grudge against you for the rest of the game; a raid of 22 comes to take it back the next year',
  );
  // Its second raid, eight years on, would strike after the end: it is not promised.
  await expect(attack.getByTestId('order-effect')).toContainText(
    'comes to take it back the next year; its wars',
  );
  await expect(attack.getByTestId('order-effect')).not.toContainText('another every');
  await expect(attack.getByTestId('order-effect')).toContainText(
    'the world, occupied, banks you no security while the grudge lasts, not even for holding it.',
  );
  await attack.scrollIntoViewIfNeeded();
  await screenshot(page, 'occupation-attack-row');

  // Organia, in the neutral zone: its seize row says it banks no security beyond the start.
  expect(await page.evaluate(() => window.khitomer.select('organia'))).toBe(true);
  const seize = panel.getByTestId('order-seize');
  await expect(seize.getByTestId('order-effect')).toContainText(
    'In the neutral zone it is occupied, not secure: it makes good a world you have lost, but banks no security beyond the worlds you held at the start.',
  );
  await expect(panel.getByTestId('world-occupied')).toHaveCount(0);
  await expect(panel).toContainText('unclaimed · output 2 · neutral zone');
  await seize.getByTestId('give-order').click();
  await endTurnAnyway(page);
  await expect(page.getByTestId('report')).toContainText('Organia');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');

  // Held now: the map's tip over Organia marks it occupied; over Qo'noS, it does not.
  const organia = await onScreen(page, 'organia');
  await page.mouse.move(organia.x, organia.y);
  const tooltip = page.getByTestId('tooltip');
  await expect(tooltip).toContainText('Organia');
  await expect(tooltip).toContainText('Klingon Empire');
  await expect(tooltip.getByTestId('tooltip-occupied')).toHaveText(
    'Occupied, not secure: no security beyond the worlds of the start',
  );
  await screenshot(page, 'occupation-tooltip');
  // Its panel says it too.
  expect(await page.evaluate(() => window.khitomer.select('organia'))).toBe(true);
  await expect(panel.getByTestId('world-occupied')).toHaveText(
    'Occupied, not secure: no security beyond the worlds of the start.',
  );
  const qonos = await onScreen(page, 'qonos');
  await page.mouse.move(qonos.x, qonos.y);
  await expect(tooltip).toContainText("Qo'noS");
  await expect(tooltip.getByTestId('tooltip-occupied')).toHaveCount(0);
  expect(errors).toEqual([]);
});
