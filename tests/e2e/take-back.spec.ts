// The number keys' trap (ui24): a newcomer with a world selected pressed 1 meaning the Events card's
// first choice and queued a fleet's move. The queue now says which key gave what from which tab, the
// Events tab is marked while a choice waits there, and Backspace takes the order back.
import { expect, screenshot, startShortGame, test } from './helpers';

test('a number key says what it gave and from which tab, and Backspace takes it back', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'keys-e2e');
  // 2293: aid for Qo'noS is asked on the Events tab; the Orders tab is shown, its tab marked.
  const eventsTab = page.getByTestId('tab-events');
  await expect(eventsTab).toHaveClass(/waits/);
  await expect(eventsTab).toHaveAttribute('title', 'Events (E): a choice waits');
  await page.keyboard.press('n');
  await expect(page.getByTestId('orders-panel').locator('h3').first()).toHaveText('Sol');
  const first = page.getByTestId('orders-panel').locator('.card.order').first();
  await expect(first.locator('kbd')).toHaveText('1');
  const words = ((await first.getByTestId('give-order').getAttribute('aria-label')) ?? '').replace(
    /^Give: /,
    '',
  );
  expect(words).toMatch(/moves from Sol to/);

  await page.keyboard.press('1');
  const queued = page.getByTestId('queued-order');
  await expect(queued).toHaveCount(1);
  await expect(queued).toContainText(words);
  const line = page.getByTestId('given-line');
  await expect(line).toHaveText(
    'Key 1 gave this from the Orders tab; Backspace takes it back. A choice waits on Events (E).',
  );
  await expect(line).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'take-back-given');
  // With the Events tab shown, its choice is in sight: the line says no more of it.
  await page.keyboard.press('e');
  await expect(line).toHaveText('Key 1 gave this from the Orders tab; Backspace takes it back.');
  await page.keyboard.press('o');
  await expect(first.locator('kbd')).toHaveText('1');

  // A reading panel open has the keys: Backspace takes nothing back under it.
  await page.keyboard.press('h');
  await expect(page.getByTestId('how-to-win')).toBeVisible();
  await expect(page.getByTestId('keys-table')).toContainText('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('h');
  await expect(page.getByTestId('how-to-win')).toHaveCount(0);
  await expect(queued).toHaveCount(1);
  // Esc that closes a reading panel closes only it: the world selected stays (it cleared Sol).
  for (const [key, panel] of [
    ['h', 'how-to-win'],
    ['r', 'rules'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page.getByTestId(panel)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(panel)).toHaveCount(0);
    await expect(page.getByTestId('orders-panel').locator('h3').first()).toHaveText('Sol');
  }
  // Opened by its button, the Esc that closes How to win leaves the world selected too; and clicked
  // inside (the focus left on the page), Esc still closes it.
  await page.getByRole('button', { name: 'How to win' }).click();
  await expect(page.getByTestId('how-to-win')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('how-to-win')).toHaveCount(0);
  await expect(page.getByTestId('orders-panel').locator('h3').first()).toHaveText('Sol');
  await page.keyboard.press('h');
  await page.getByTestId('how-to-win').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('how-to-win')).toHaveCount(0);
  await expect(page.getByTestId('orders-panel').locator('h3').first()).toHaveText('Sol');
  // On the map itself, Esc still clears the world selected.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('orders-panel').locator('h3').first()).not.toHaveText('Sol');
  await page.keyboard.press('n');
  await expect(page.getByTestId('orders-panel').locator('h3').first()).toHaveText('Sol');

  await page.keyboard.press('Backspace');
  await expect(queued).toHaveCount(0);
  await expect(line).toHaveCount(0);
  await expect(page.getByTestId('taken-back')).toHaveText(`Taken back: ${words}.`);
  await screenshot(page, 'take-back-taken');
  // Nothing more was given by the panel: a second Backspace takes nothing.
  await page.keyboard.press('Backspace');
  await expect(queued).toHaveCount(0);

  // On the Events tab the keys are its choices' (its mark goes while it is shown); a click's give is
  // marked too, and Backspace takes the latest first.
  await page.keyboard.press('e');
  await expect(eventsTab).not.toHaveClass(/waits/);
  const aid = page.getByTestId('events-panel').locator('button[data-key="1"]');
  await expect(aid).toBeVisible();
  await page.keyboard.press('1');
  await expect(queued).toHaveCount(1);
  await expect(line).toHaveText('Key 1 gave this from the Events tab; Backspace takes it back.');
  await page.keyboard.press('o');
  await first.getByTestId('give-order').click();
  await expect(queued).toHaveCount(2);
  await expect(queued.nth(1)).toContainText(words);
  await expect(line).toHaveCount(1);
  await expect(queued.nth(1).locator('xpath=following-sibling::*[1]')).toHaveText('Backspace takes it back.');
  await screenshot(page, 'take-back-two');
  await page.keyboard.press('Backspace');
  await expect(queued).toHaveCount(1);
  await expect(queued).toContainText('aid');
  await expect(line).toHaveText('Key 1 gave this from the Events tab; Backspace takes it back.');
  await page.keyboard.press('Backspace');
  await expect(queued).toHaveCount(0);
});
