// The newcomer playtest of session 26 (The Withdrawal as the Federation, The Dominion War as the
// Empire), through the screens: each year every card that asks something is read and answered by
// the rules of a newcomer who wants the Accords kept (the first answer in `prefer` that the card
// offers and the game lets be given), then the Orders tab, then the report. What was read, given and
// reported is kept, year by year, for the spec's assertions and the playtest's report.
import type { Page } from '@playwright/test';
import { expect } from './helpers';
import {
  answerCards,
  endAndRead,
  giveOrder,
  keep as keepRead,
  openYear,
  type PlayedYear,
  preferred,
} from './playtest-driver';

/** What one year showed and what was done in it. */
export type Year = PlayedYear;

/** A side's plan: the answers it prefers on a card, best first, and its orders of the year. */
export interface Plan {
  prefer: RegExp[];
  /** Answers never given: the newcomer keeps the Accords. */
  never: RegExp;
  orders: (year: number) => { words: RegExp; sys?: string }[];
}

/** Play one year through the screens by `plan`; the report is read and closed. */
export async function playYear(
  page: Page,
  year: number,
  plan: Plan,
  beforeEnd?: () => Promise<void>,
): Promise<Year> {
  const { hud, cards, events } = await openYear(page, year);
  const { given, refused } = await answerCards(page, cards, (rows) =>
    preferred(rows, plan.prefer, plan.never),
  );
  await page.keyboard.press('o');
  const orders = ((await page.getByTestId('orders-panel').textContent()) ?? '').trim();
  for (const o of plan.orders(year)) {
    const text = await giveOrder(page, o);
    if (text) given.push(text);
    else refused.push(String(o.words));
  }
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  if (beforeEnd) await beforeEnd();
  const { asked, report: words } = await endAndRead(page);
  return { year, hud, events, cards, orders, eventsAfter, given, refused, asked, report: words };
}

export async function closeReport(page: Page, next: number): Promise<void> {
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText(String(next));
}

/** Keep what was read for the report (test-results/play26/<name>.json). */
export function keep(name: string, years: Year[]): void {
  keepRead('play26', name, years);
}

/** The Federation in The Withdrawal: every card answered as the Accords ask, a summit each year it can. */
export const withdrawal: Plan = {
  prefer: [
    /^Reparations\s*Pay/i,
    /Extradite/,
    /the need in full/,
    /Send \d+ reserves/,
    /moves? from/,
    /Arbitrat|arbiters/i,
    /Accept the ruling|Hand .* over/i,
    /Keep the Accords/i,
    /./,
  ],
  never: /Suspend|Declare war|Seize|Shelter|Stage the escape|Covert|Refuse/,
  orders: () => [
    { words: /Propose a summit/ },
    { words: /Address the council/ },
    { words: /Build \d+ ships? at Sol/, sys: 'sol' },
    { words: /Develop/, sys: 'vulcan' },
  ],
};

/** The Empire in The Dominion War: the same newcomer, with ships for the war. */
export const dominion: Plan = {
  prefer: withdrawal.prefer,
  never: withdrawal.never,
  orders: () => [
    { words: /Propose a summit/ },
    { words: /Build \d+ ships? at Qo/, sys: 'qonos' },
    { words: /Build \d+ ships? at Ty/, sys: 'tygokor' },
    { words: /Address the council/ },
  ],
};
