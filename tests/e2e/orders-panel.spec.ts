// Every order the core can give in a year is on the screen: in the orders panel of a system (N steps
// through the side's own, a click selects any other), in the diplomacy list, or on an event's card. The
// screen reads this from the order definitions, so a new order type is on it with no edit in src/game.
import type { Page } from '@playwright/test';
import { candidateOrders } from '../../src/sim/candidates';
import { fromStateData, type StateData } from '../../src/sim/game';
import { orderSystem } from '../../src/sim/orders/screen';
import type { Party } from '../../src/sim/types';
import { expect, test } from './helpers';

/** The order types of the cards shown in `panel` (the testid of a card is `order-<type>`). */
async function typesIn(page: Page, panel: string): Promise<string[]> {
  const ids = await page
    .getByTestId(panel)
    .locator('[data-testid^="order-"]')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.testid ?? ''));
  // An order's words (its effect, and what the year's other orders add to it) are not order types.
  return ids
    .filter((id) => id !== 'order-effect' && id !== 'order-together')
    .map((id) => id.slice('order-'.length));
}

/**
 * Every order type on the screen this year: each system N reaches (the side's own), each other world
 * an order is given at (`elsewhere`, selected as a click does), the diplomacy list, the events.
 */
async function typesOnScreen(page: Page, elsewhere: ReadonlySet<string>): Promise<Set<string>> {
  const seen = new Set<string>();
  await page.getByTestId('tab-orders').click();
  const panel = page.getByTestId('orders-panel');
  const heading = panel.locator('h3').first();
  const visited = new Set<string>();
  for (let i = 0; i < 80; i++) {
    const before = (await heading.textContent()) ?? '';
    await page.keyboard.press('n');
    await expect(heading).not.toHaveText(before);
    const name = (await heading.textContent()) ?? '';
    if (visited.has(name)) break;
    visited.add(name);
    for (const t of await typesIn(page, 'orders-panel')) seen.add(t);
  }
  // N and P step through the side's own worlds only (the playtest's N went to worlds not its own).
  const owned = await page.evaluate(
    () => window.khitomer.state()?.systems.filter((x) => x.owner === window.khitomer.active()).length,
  );
  expect(visited.size).toBe(owned);
  for (const id of elsewhere) {
    expect(await page.evaluate((at) => window.khitomer.select(at), id)).toBe(true);
    for (const t of await typesIn(page, 'orders-panel')) seen.add(t);
  }
  await page.getByTestId('tab-events').click();
  for (const t of await typesIn(page, 'events-panel')) seen.add(t);
  await page.getByTestId('tab-orders').click();
  return seen;
}

test('every order type the core can give in a year is on the screen', async ({ page, errors }) => {
  // Six years of every system's panel: about twenty seconds alone, more on a shared machine.
  test.setTimeout(600_000);
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const started = await page.evaluate(() =>
    window.khitomer.newGame({
      scenario: 'khitomer-accords',
      seed: 'orders-panel',
      side: 'federation',
      opponent: 'pragmatist',
    }),
  );
  expect(started.ok).toBe(true);
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const checked = new Set<string>();
  for (let year = 0; year < 6; year++) {
    const state = fromStateData((await page.evaluate(() => window.khitomer.state())) as StateData);
    const party = (await page.evaluate(() => window.khitomer.active())) as Party;
    await expect(page.getByTestId('hud-year')).toHaveText(String(state.year));
    // What the core offers, from the core itself: not from the screen's own reading of it.
    const offered = new Set<string>(candidateOrders(state, party).map((o) => o.type));
    const at = candidateOrders(state, party).map((o) => orderSystem(state, o));
    const elsewhere = new Set(
      at.filter((id): id is string => id !== null && state.systems.find((x) => x.id === id)?.owner !== party),
    );
    const shown = await typesOnScreen(page, elsewhere);
    expect(
      [...offered].filter((t) => !shown.has(t)),
      `${state.year}: offered but not shown`,
    ).toEqual([]);
    expect(
      [...shown].filter((t) => !offered.has(t)),
      `${state.year}: shown but not offered`,
    ).toEqual([]);
    for (const t of offered) checked.add(t);
    const ended = await page.evaluate(() => window.khitomer.endTurn());
    expect(ended.ok).toBe(true);
  }
  // The years checked offered orders of every place: fleets, worlds (a neutral one to seize, a
  // disputed one to arbitrate: selected on the map), diplomacy and the cards of wars.
  expect([...checked]).toEqual(
    expect.arrayContaining(['move', 'attack-fleet', 'build', 'develop', 'seize', 'arbitrate', 'summit']),
  );
  expect([...checked]).toEqual(expect.arrayContaining(['espionage', 'aid', 'covert-arms', 'open-support']));
  expect(errors).toEqual([]);
});
