// Suspended Accords and their collapse, as playtest 39 met them (rules version 26): How to win
// promised a grade while no summit could restore the Accords, and a collapse with no order on record
// left the power that kept faith nothing, its end screen showing decades of scores that counted for
// nothing. How to win now says what the crisis asks and what a collapse would leave each power; a
// collapse keeps the case of the one power whose standing held at the line; one that leaves both
// nothing says so. Under rules version 27 the power that held may vouch for the other's return, on
// the suspended card of the Events tab; and a government that could fall is said in red.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { endTurnAnyway, expect, screenshot, test } from './helpers';

const campaign = JSON.parse(readFileSync('levels/khitomer-accords.json', 'utf8'));

/** The campaign, suspended since its first year, with the powers' standings as given. */
async function suspended(
  page: Page,
  federation: number,
  klingon: number,
  seed: string,
  suspendBelow = 20,
  support?: number,
): Promise<void> {
  const scenario = structuredClone(campaign);
  scenario.status = 'suspended';
  scenario.suspendedSince = scenario.firstYear;
  scenario.powers.federation.standing = federation;
  scenario.powers.klingon.standing = klingon;
  if (support !== undefined) scenario.powers.federation.support = support;
  // No war roll: the crisis runs its three years.
  scenario.rules = {
    ...scenario.rules,
    treaty: { ...scenario.rules?.treaty, warRiskPercent: 0, warRiskPerOpenViolationPercent: 0, suspendBelow },
  };
  await page.goto('/');
  const started = await page.evaluate(
    ({ sc, seed }) =>
      window.khitomer.newGame({ scenario: sc, seed, side: 'federation', opponent: 'loyalist' }),
    { sc: scenario, seed },
  );
  expect(started).toEqual({ ok: true });
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
}

/** End years with no orders (the page's own End year, as the tests' hook gives it) until the end screen shows. */
async function endUntilTheEnd(page: Page): Promise<void> {
  const ended = await page.evaluate(() => {
    for (let i = 0; i < 6 && !window.khitomer.state()?.result; i++) window.khitomer.endTurn();
    return window.khitomer.state()?.result?.kind ?? null;
  });
  expect(ended).toBe('collapse');
  const end = page.getByTestId('end-screen');
  const cont = page.getByTestId('report-continue');
  await expect(cont.or(end)).toBeVisible({ timeout: 15_000 });
  if (await cont.isVisible()) await cont.click();
  await expect(end).toBeVisible({ timeout: 15_000 });
}

test('suspended Accords: How to win says what a collapse leaves, and the power whose standing held keeps its case', async ({
  page,
  errors,
}) => {
  await suspended(page, 60, 6, 'crisis-held');
  await page.keyboard.press('h');
  const crisis = page.getByTestId('how-to-win-crisis');
  await expect(crisis).toHaveText(
    "The Accords are suspended since 2293: the grades count only if a summit restores them by 2296, both standings at 20 or more with its reward. Otherwise they collapse at the end of 2296 (a war may end them sooner), no grade is given, and as the standings are now you would keep 50% of what you banked, the Klingon Empire nothing. You may vouch for the Klingon Empire (the Orders tab, or the Events tab's card): 8 of your standing to theirs, once in this suspension.",
  );
  await screenshot(page, 'crisis-how-to-win');
  await page.keyboard.press('Escape');
  await endUntilTheEnd(page);
  const end = page.getByTestId('end-screen');
  await expect(page.getByTestId('end-title')).toContainText('The Accords collapse');
  await expect(page.getByTestId('end-why')).toContainText(
    "The Federation's standing held at 20 or more and the Klingon Empire's did not: its case is on record.",
  );
  await expect(end.getByTestId('end-score-sources')).toContainText(
    "The collapse (The Federation's standing held at 20 or more, the other's did not: it keeps 50% of what it banked, the other nothing)",
  );
  await expect(end.getByTestId('end-lost')).toHaveCount(0);
  await screenshot(page, 'crisis-end-held');
  expect(errors).toEqual([]);
});

test('a collapse with no case on record says both powers lose, with no grade and no score', async ({
  page,
  errors,
}) => {
  // Both below a line of 90 (the Empire's 50 too), and the Federation's 8 too low for a summit.
  await suspended(page, 8, 50, 'crisis-lost', 90);
  await page.keyboard.press('h');
  await expect(page.getByTestId('how-to-win-crisis')).toContainText(
    'as the standings are now both powers would lose all they banked.',
  );
  await page.keyboard.press('Escape');
  await endUntilTheEnd(page);
  await expect(page.getByTestId('end-lost')).toHaveText(
    'Both powers lose: no grade and no score. No power’s case was on record as the Accords fell; what each banked is kept below for the record only.',
  );
  await expect(page.getByTestId('end-verdict')).toHaveCount(0);
  await screenshot(page, 'crisis-end-lost');
  expect(errors).toEqual([]);
});

test('suspended by the Empire’s fall: the Federation vouches for it on the Events card, and the summit it proposed restores the Accords', async ({
  page,
  errors,
}) => {
  await suspended(page, 80, 12, 'crisis-vouch');
  await page.keyboard.press('e');
  const card = page.getByTestId('suspended');
  const row = card.getByTestId('order-vouch');
  // 12 + 8 + the summit's 2: a restoration, if the Empire comes to the summit.
  await expect(row.getByTestId('order-effect')).toContainText(
    "your standing falls by 8 (80 → 72) and the Klingon Empire's rises by 8 (12 → 20)",
  );
  await expect(row.getByTestId('order-effect')).toContainText('the Accords would be restored');
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'crisis-vouch-card');
  await row.getByTestId('give-order').click();
  await page.keyboard.press('o');
  await page.getByTestId('order-summit').getByTestId('give-order').click();
  await expect(page.getByTestId('queued-order')).toHaveCount(2);
  await endTurnAnyway(page);
  const report = page.getByTestId('report');
  await expect(report).toContainText(
    "The Federation vouches for the Klingon Empire's return to the Accords, and gives 8 of its standing.",
  );
  // The Empire, short of influence for a summit beside its embassy, proposes none this year; the
  // Federation's proposal stands, and the Empire, at 21 now, takes it up the next year.
  await expect(report).toContainText('The Federation proposes a summit.');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-standings')).toContainText('Klingon Empire standing 21');
  await expect(page.getByTestId('order-vouch')).toHaveCount(0); // given once in a suspension
  await endTurnAnyway(page);
  await expect(report).toContainText('The summit restores the Accords.');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-status')).toHaveText('Accords strained');
  await expect(page.getByTestId('order-vouch')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a government that could fall is said in red on the HUD and on How to win', async ({ page, errors }) => {
  await suspended(page, 60, 60, 'crisis-support', 20, 12);
  const support = page.getByTestId('hud-support');
  await expect(support).toHaveText('support 12 ?');
  await expect(support).toHaveClass(/danger/);
  await page.keyboard.press('h');
  await expect(page.getByTestId('how-to-win-danger')).toHaveText(
    "Your government's support is 12: at 0 it falls, and you lose the game whatever your score. Support at home, below, says what raises it.",
  );
  await screenshot(page, 'support-danger-how-to-win');
  expect(errors).toEqual([]);
});
