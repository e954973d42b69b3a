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
  const report = page.getByTestId('report');
  await expect(report).toBeVisible({ timeout: 15_000 });
  const lines = await report.locator('li').allTextContents();
  const exposed = lines.filter((l) => l.includes('Exposed years later'));
  expect(exposed).toHaveLength(1);
  expect(exposed[0]).toMatch(
    /^The Federation · Art\. I · -\d+ · The Federation steals 5 reserves from the Klingon Empire\. \(Exposed years later, with the cover-up\)$/,
  );
});
