// What the screens show of a year as it ends: the violations' flashes when several years end at once,
// the report's lines of a covert act exposed, and the aid a disaster's card offers.
import { expect, test } from './helpers';

test('years ended at once flash the last year’s violations, not a pile of every year’s', async ({ page }) => {
  await page.goto('/?scenario=centennial-eve&seed=flash&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // No embassy on Qo'noS: a violation of Article II seen in each of 2294, 2295 and 2296.
  const seen = await page.evaluate(() => {
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      window.khitomer.endTurn();
      const s = window.khitomer.state();
      out.push(
        s?.ledger.filter((e) => e.year === s.year - 1 && e.kind !== 'reward' && e.article).length ?? -1,
      );
    }
    return out;
  });
  expect(seen).toEqual([0, 1, 1, 1]);
  const flashes = (await page.evaluate(() => window.khitomer.drawn())).filter((d) =>
    d.text.startsWith('Article '),
  );
  expect(flashes.map((f) => f.text)).toEqual(['Article II — The Federation −5']);
});

test('a covert act exposed years later is said once in the year’s report, with its cost and the cover-up', async ({
  page,
}) => {
  await page.goto('/?scenario=centennial-eve&seed=expose-8&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // A theft of 2293, unseen that year, is exposed in 2294.
  await page.evaluate(() => {
    window.khitomer.issue({ type: 'espionage', mode: 'steal' });
    window.khitomer.endTurn();
    window.khitomer.issue({ type: 'espionage', mode: 'steal' });
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.getByTestId('end-turn').click();
  await page.getByTestId('aid-question-end').click(); // Qo'noS's aid left short, on purpose
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  const lines = await report.locator('li').allTextContents();
  const exposed = lines.filter((l) => l.includes('Exposed a year later'));
  expect(exposed).toHaveLength(1);
  expect(exposed[0]).toMatch(
    /^The Federation · Art\. I · −\d+ · The Federation steals 5 reserves from the Klingon Empire\. \(Exposed a year later, with the cover-up\)$/,
  );
});

test('a disaster’s card offers only aid that does something, and says what aid past the need buys', async ({
  page,
}) => {
  await page.goto('/?scenario=centennial-eve&seed=aid&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  // Qo'noS needs 14 by the end of 2294; 7 are given in 2293.
  await page.evaluate(() => {
    window.khitomer.issue({ type: 'aid', target: 'e2293-t0-aid', amount: 7 });
    window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.getByTestId('tab-events').click();
  const card = page.getByTestId('obligation');
  await expect(card).toContainText('14 reserves needed by the end of 2294 (7 given by you)');
  // Half the rest, the rest, and what makes the aid generous (21 of 14, 150%); never 28 of 14.
  const amounts = async () =>
    (await card.getByTestId('order-aid').allTextContents()).map((t) =>
      Number(/Send (\d+) reserve/.exec(t)?.[1]),
    );
  expect(await amounts()).toEqual([4, 7, 14]);
  await expect(card.getByTestId('aid-generous')).toHaveText(
    'More than the need has a use: 21 in all (150% of the need) is generous aid, +2 standing more, and goodwill: your least developed world gains 2 output for good. Beyond 21, aid earns nothing more.',
  );
  // The need given in full (queued): what is left to offer is the generous part, told as 21 of 14.
  await card.getByTestId('order-aid').nth(1).getByTestId('give-order').click();
  await expect.poll(amounts).toEqual([7]);
  await expect(card.getByTestId('order-effect')).toContainText(
    '(21 of 14: more than the need). At the deadline it earns +3 standing, and generous aid +2 standing more.',
  );
});

test('the report tells an embassy’s new level without a number to be read as standing', async ({ page }) => {
  await page.goto('/?scenario=centennial-eve&seed=newcomer-15&side=federation&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.getByTestId('order-embassy').getByTestId('give-order').click();
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  await expect(report.locator('li', { hasText: 'embassy rises' })).toHaveText([
    "The Federation · Art. II · The Federation's embassy rises to level 1.",
    "The Klingon Empire · Art. II · The Klingon Empire's embassy rises to level 1.",
  ]);
});

test('with no system selected, the orders say where reserves are spent, and how many are left', async ({
  page,
}) => {
  await page.goto('/?scenario=centennial-eve&seed=aid&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const line = page.getByTestId('orders-select');
  await expect(line).toContainText(
    'Your 24 reserves are spent there: ships built at a shipyard, worlds developed.',
  );
  await page.evaluate(() => window.khitomer.issue({ type: 'aid', target: 'e2293-t0-aid', amount: 14 }));
  await expect(line).toContainText('Your 10 reserves are spent there');
});

test('what influence is, the orders say in a game’s first years only; the HUD’s tip says it always', async ({
  page,
}) => {
  await page.goto('/?scenario=khitomer-accords&seed=teach-years&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const note = page.getByTestId('influence-note');
  const definition = 'Influence is your government’s diplomatic attention';
  await expect(note).toContainText(definition);
  // The fifth year (2297) is the last the hints teach; 2298 is past them.
  for (let year = 2293; year < 2298; year++) {
    await page.evaluate(() => window.khitomer.endTurn());
    await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
    if (year + 1 === 2297) await expect(note).toContainText(definition);
  }
  await expect(note).toContainText(/Diplomacy is paid in influence: \d+ of \d+ left this year\.$/);
  await expect(note).not.toContainText(definition);
  await expect(page.getByTestId('hud-influence')).toHaveAttribute('title', new RegExp(definition));
});
