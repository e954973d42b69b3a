// Orders that may bring the player's own government down are asked about before the year ends
// (playtest 42: a sheltered hero handed over in the tenth year, "your government would fall" only in
// the row's small print, and End ended the game unasked). Said beside End, asked on End: Esc and
// "Back to the orders" keep the year; ending anyway is a second, deliberate click.
import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './helpers';

const campaign = JSON.parse(readFileSync('levels/khitomer-accords.json', 'utf8'));

test('a hand-over that takes support to 0 is warned of beside End and asked about on End', async ({
  page,
  errors,
}) => {
  const scenario = structuredClone(campaign);
  // A renegade of the Empire's in 2293, and an Empire whose support a late hand-over (−60) ends.
  scenario.timeline.unshift({
    year: 2293,
    type: 'renegade',
    title: 'A Hero of the Houses',
    origin: 'klingon',
    fugitive: 'Commander Korvak',
    deadline: 2,
    text: '{fugitive} has struck at a Federation outpost and fled home to {origin}.',
  });
  scenario.powers.klingon.support = 40;
  await page.goto('/');
  const started = await page.evaluate(
    (sc) => window.khitomer.newGame({ scenario: sc, seed: 'fall', side: 'klingon', opponent: 'loyalist' }),
    scenario,
  );
  expect(started).toEqual({ ok: true });
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const ob = await page.evaluate(
    () => window.khitomer.state()?.obligations.find((o) => o.kind === 'extradition')?.id ?? '',
  );
  expect(ob).not.toBe('');
  // 2293: the hero is sheltered; 2294: handed over after all.
  expect(await page.evaluate((o) => window.khitomer.issue({ type: 'shelter', obligation: o }), ob)).toEqual({
    ok: true,
  });
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  const support = await page.evaluate(() => window.khitomer.state()?.powers.klingon.support ?? 0);
  expect(support).toBeLessThanOrEqual(60);
  expect(await page.evaluate((o) => window.khitomer.issue({ type: 'extradite', obligation: o }), ob)).toEqual(
    {
      ok: true,
    },
  );
  const warned = `Your government may fall, and the game end: Extradite Commander Korvak (−60) takes your support from ${support} to 0. A government whose support is 0 when the year's support is judged falls, unless the year's other gains lift it first.`;
  await expect(page.getByTestId('fall-warning')).toHaveText(warned);

  // End asks; Esc goes back to the orders, the year not ended.
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('fall-question')).toBeVisible();
  await expect(page.getByTestId('fall-question-line')).toHaveText(warned);
  await expect(page.getByTestId('fall-question-back')).toBeFocused();
  await screenshot(page, 'fall-question');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fall-question')).toHaveCount(0);
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  // Enter takes the button in focus: back to the orders again.
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('fall-question-back')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fall-question')).toHaveCount(0);
  expect(await page.evaluate(() => window.khitomer.state()?.year)).toBe(2294);

  // Ended anyway, the government falls and the game ends, as the question said.
  await page.getByTestId('end-turn').click();
  await page.getByTestId('fall-question-end').click();
  await expect(page.getByTestId('report-continue').or(page.getByTestId('end-screen')).first()).toBeVisible({
    timeout: 15_000,
  });
  expect(await page.evaluate(() => window.khitomer.state()?.result?.kind)).toBe('government-fell');
  expect(errors).toEqual([]);
});
