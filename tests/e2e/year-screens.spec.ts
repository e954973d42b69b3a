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
