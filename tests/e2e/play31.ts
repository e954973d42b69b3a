// The newcomer playtest of session 31 (play31.spec.ts): The Klingon Civil War (2367–2372) through the
// screens, twice. Each year every card that asks something is read and answered by the plan's
// preferences, then the plan's orders of the year are given from the Orders tab, the report is read,
// and after it the Ledger and the Chart. What was read, given and reported is kept for the report.
import type { Page } from '@playwright/test';
import { expect, screenshot } from './helpers';
import {
  answerCards,
  endAndRead,
  giveOrder,
  keep as keepRead,
  type OrderWish,
  openYear,
  type PlayedYear,
  preferred,
} from './playtest-driver';

/** What one year showed and what was done in it: the Ledger and the Chart after it too. */
export interface Year extends PlayedYear {
  ledger?: string;
  chart?: string;
  /** The Orders tab with a world selected, by world. */
  peeked?: Record<string, string>;
}

/** A side's plan: the answers it prefers on a card, best first, and its orders of the year. */
export interface Plan {
  prefer: RegExp[];
  never: RegExp;
  orders: (year: number) => OrderWish[];
  /** The temptation of a year: a card's row matching it is given instead of the preferred one. */
  tempt?: (year: number) => RegExp | undefined;
  /** Worlds whose Orders tab is read (selected) before the orders are given. */
  peek?: string[];
}

export { BAD } from './playtest-driver';

/** Start a game through the title's New game screen, on a clean browser. */
export async function start(page: Page, side: string, opponent: string, seed: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-klingon-civil-war').check();
  await expect(page.getByTestId('scenario-klingon-civil-war')).toBeChecked();
  await page.getByTestId('side').selectOption(side);
  await page.getByTestId('opponent').selectOption(opponent);
  await page.getByTestId('seed').fill(seed);
  await screenshot(page, `${seed}-new-game`);
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-power')).toContainText(
    side === 'klingon' ? 'Klingon Empire' : 'Federation',
  );
  const hint = page.getByTestId('hint-dismiss').first();
  if (await hint.isVisible()) await hint.click();
}

/** Play one year through the screens by `plan`; the report is read, screenshot and closed. */
export async function playYear(page: Page, name: string, year: number, plan: Plan): Promise<Year> {
  const { hud, cards, events } = await openYear(page, year);
  await screenshot(page, `${name}-events-${year}`);
  const tempt = plan.tempt?.(year);
  const { given, refused } = await answerCards(
    page,
    cards,
    (rows) => (tempt && rows.find((r) => tempt.test(r.label))) || preferred(rows, plan.prefer, plan.never),
  );
  await page.keyboard.press('o');
  const orders = ((await page.getByTestId('orders-panel').textContent()) ?? '').trim();
  const peeked: Record<string, string> = {};
  for (const sys of plan.peek ?? []) {
    expect(await page.evaluate((s) => window.khitomer.select(s), sys)).toBe(true);
    peeked[sys] = ((await page.getByTestId('orders-panel').textContent()) ?? '').trim();
  }
  await page.evaluate(() => window.khitomer.select(null));
  for (const o of plan.orders(year)) {
    const text = await giveOrder(page, o);
    if (text) given.push(text);
    else refused.push(String(o.words));
  }
  if (year === 2371) {
    // The last year's Orders tab: its line of the parade.
    await page.evaluate(() => window.khitomer.select(null));
    await screenshot(page, `${name}-orders-${year}`);
  }
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  await screenshot(page, `${name}-given-${year}`);
  const { asked, report } = await endAndRead(page);
  await screenshot(page, `${name}-report-${year}`);
  return { year, hud, events, cards, orders, eventsAfter, given, refused, asked, report, peeked };
}

export function keep(name: string, years: Year[]): void {
  keepRead('play31', name, years);
}

/** A raid card's strength and defence for `world` struck this year, as the year opened. */
export function carded(y: Year | undefined, world: string): { strength: string; defence: string } {
  const m = new RegExp(
    `strikes ${world} this year[^:]*: strength (\\d+)[^,]*? against its defence of (\\d+)`,
  ).exec(y?.events ?? '');
  expect(m, `${y?.year}: a raid card for ${world}`).not.toBeNull();
  return { strength: m?.[1] ?? '', defence: m?.[2] ?? '' };
}

/** The blow on `world` as the year's report tells it: strength and defence. */
export function blow(y: Year | undefined, world: string): { strength: string; defence: string } {
  const m = new RegExp(`attacks ${world}, held by [^:]*: strength (\\d+) against a defence of (\\d+)`).exec(
    y?.report ?? '',
  );
  expect(m, `${y?.year}: the blow on ${world}`).not.toBeNull();
  return { strength: m?.[1] ?? '', defence: m?.[2] ?? '' };
}
