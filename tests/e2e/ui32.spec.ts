// Two display loose ends (task ui32). A war's raiders on the map: arms, open support and war aid
// change the war's strength, not its raiders' fleet, and the raiders fight with their war's (rules
// version 19); the map's label, its tip and the side panel's fleet list read the fleet's older number
// beside the raid card's.
import type { Page } from '@playwright/test';
import type { Drawn } from '../../src/game/api';
import { expect, screenshot, test } from './helpers';

/** A map point where the page draws it (api.ts `camera`). */
async function onPage(page: Page, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const cam = await page.evaluate(() => window.khitomer.camera());
  if (!cam) throw new Error('no map showing');
  return {
    x: cam.view.x + cam.view.w / 2 + (at.x - cam.x) * cam.zoom,
    y: cam.view.y + cam.view.h / 2 + (at.y - cam.y) * cam.zoom,
  };
}

/** The strengths drawn within `r` page pixels of a point: the numbers over the fleets lying there. */
async function strengthsNear(page: Page, at: { x: number; y: number }, r: number): Promise<string[]> {
  const drawn: Drawn[] = await page.evaluate(() => window.khitomer.drawn());
  return drawn
    .filter((d) => d.kind === 'text' && /^\d+$/.test(d.text))
    .filter((d) => Math.hypot(d.x + d.w / 2 - at.x, d.y + d.h / 2 - at.y) < r)
    .map((d) => d.text)
    .sort();
}

test("a war's raiders show their war's strength on the map, in its tip and in the side panel", async ({
  page,
  errors,
}) => {
  // Seed play-ce-26 against the loyalist: the Romulans name Khitomer in 2294, to strike it in 2296;
  // their raiders gather at Romulus with strength 5.
  await page.goto('/?scenario=centennial-eve&seed=play-ce-26&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    window.khitomer.endTurn();
    window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  const named = await page.evaluate(() => window.khitomer.state()?.wars[0]);
  expect(named).toMatchObject({ thirdPower: 'romulan', target: 'khitomer', since: 2296, strength: 5 });
  // The Federation's war aid to the Klingons blunts the war (15 reserves: 3 off its strength).
  expect(
    await page.evaluate((war) => window.khitomer.issue({ type: 'aid', target: war, amount: 15 }), named?.id),
  ).toEqual({ ok: true });
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2296');

  const s = await page.evaluate(() => window.khitomer.state());
  const war = s?.wars.find((w) => w.id === named?.id);
  const raiders = s?.fleets.find((f) => f.id === war?.raiders);
  const romulus = s?.systems.find((x) => x.id === 'romulus');
  if (!s || !war || !raiders || !romulus) throw new Error('no war, raiders or Romulus');
  // The fleet still reads the 5 it gathered with; the war is at 2, and no supply is paid to it.
  expect(raiders).toMatchObject({ location: 'romulus', strength: 5 });
  expect(war).toMatchObject({ strength: 2, armedBy: [], supportedBy: [] });
  const others = s.fleets.filter((f) => f.location === 'romulus' && f.id !== raiders.id);

  // The map: the numbers over the ships at Romulus are the others' and the war's, not the fleet's 5.
  const at = await onPage(page, romulus);
  const want = [...others.map((f) => String(f.strength)), '2'].sort();
  await expect.poll(() => strengthsNear(page, at, 70)).toEqual(want);
  await screenshot(page, 'ui32-raiders-label');

  // The tip over Romulus says the same number for the raiders; the one over Khitomer, the raid's.
  await page.mouse.move(at.x, at.y);
  const tooltip = page.getByTestId('tooltip');
  await expect(tooltip).toBeVisible();
  const raidersLine = tooltip.locator('div').filter({ hasText: '(Romulan Star Empire)' });
  await expect(raidersLine.filter({ hasText: /strength 2$/ })).toHaveCount(1);
  await expect(tooltip).not.toContainText('strength 5');
  await screenshot(page, 'ui32-raiders-tip');
  const khitomer = s.systems.find((x) => x.id === 'khitomer');
  if (!khitomer) throw new Error('no Khitomer');
  const k = await onPage(page, khitomer);
  await page.mouse.move(k.x, k.y);
  await expect(tooltip).toContainText('Named by Romulan Star Empire: strength 2 now, strikes in 2296');
  await page.mouse.move(5, 790);

  // The side panel's fleet list at Romulus.
  expect(await page.evaluate(() => window.khitomer.select('romulus'))).toBe(true);
  await page.getByTestId('tab-orders').click();
  const panel = page.getByTestId('orders-panel');
  const fleets = panel.locator('div').filter({ hasText: /^Fleets: / });
  await expect(fleets).toHaveCount(1);
  await expect(fleets).toContainText(/\(Romulan Star Empire\), strength 2(;|$)/);
  await expect(fleets).not.toContainText('strength 5');
  expect(errors).toEqual([]);
});
