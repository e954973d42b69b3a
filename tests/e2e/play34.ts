// The newcomer playtest of session 34 (play34.spec.ts): The Khitomer Accords from 2293 as the
// Federation against the hawk Empire, through the screens, as a newcomer who keeps the Accords and
// answers each wrong seen with the answers the screens offer (`answers`: a protest, reparations
// demanded, sanctions, a summit), or who only keeps faith (`faith`). Each year every card that asks
// something is read and answered, the year's orders are given from the Orders tab, the report is
// read, then the Ledger and the Chart. What was read and given is kept (test-results/play34/<name>.json).
import type { Page } from '@playwright/test';
import { expect, screenshot } from './helpers';
import {
  answerCards,
  endAndRead,
  keep as keepRead,
  type OrderWish,
  openYear,
  type PlayedYear,
  preferred,
  type Row,
  afterReport as readAfter,
  rowsOf,
  startCampaign,
} from './playtest-driver';

/** What one year showed and what was done in it. */
export interface Year extends PlayedYear {
  /** The Orders tab's rows with no world selected: what the year offers in diplomacy. */
  orderRows: Row[];
  /** Rows passed over on their preview. */
  declined: string[];
  /** The Empire's lines of the report (what it did that the Federation saw). */
  empire: string[];
  suspendAsked?: string;
  ledger?: string;
  chart?: string;
  /** How to win (H), read in some years. */
  howToWin?: string;
}

export { BAD } from './playtest-driver';

/** `answers`: every answer the screens offer to a wrong seen; `faith`: the Accords kept, no answer. */
export type Mode = 'answers' | 'faith';

/** Start The Khitomer Accords through the title's New game screen, on a clean browser. */
export const start = (page: Page, seed: string): Promise<void> =>
  startCampaign(page, seed, 'federation', 'hawk');

/** A newcomer keeping faith on a card: pay, extradite, accept, aid in full, defend the world named. */
const MEND = [
  /Pay the reparations/,
  /Extradite/,
  /Accept the ruling|^Hand .* over/,
  /more than the need/,
  /the need in full/,
  /Send \d+ reserves/,
  /Arbitrat/,
  /moves from/,
  /Grant passage/,
  /Demand the extradition|Demand/,
];
/** Never: a breach, a refusal, suspension or war. */
const NEVER = /Suspend|Declare war|Seize|Shelter|Stage the escape|Refuse|Covert|Keep the world|Ignore|Reject/;

/** The Federation's standing as the HUD shows it. */
export function hudStanding(hud: string): number {
  return Number(/Federation standing (\d+)/.exec(hud)?.[1] ?? -1);
}

const diplomacy = (words: RegExp, ok?: (t: string) => boolean): OrderWish => ({
  words,
  byLabel: true,
  clear: true,
  ok,
});

/** Give the first row of the Orders tab that `wish` matches (rows read in one call); its words, or null. */
async function giveQuick(page: Page, wish: OrderWish, declined: string[]): Promise<string | null> {
  await page.keyboard.press('o');
  if (wish.sys !== undefined)
    expect(await page.evaluate((s) => window.khitomer.select(s), wish.sys)).toBe(true);
  else if (wish.clear) await page.evaluate(() => window.khitomer.select(null));
  const panel = page.getByTestId('orders-panel');
  for (const row of await rowsOf(panel)) {
    const label = row.label.replace(/^Give: /, '');
    if (!row.enabled || !wish.words.test(wish.byLabel ? label : row.words)) continue;
    if (wish.ok && !wish.ok(row.words)) {
      declined.push(row.words);
      continue;
    }
    await panel.getByRole('button', { name: row.label, exact: true }).first().click();
    return row.words;
  }
  return null;
}

/** The Empire's lines of a report: its violations, answers and acts. */
export function empireLines(report: string): string[] {
  return (
    report.match(
      /The Klingon Empire (· Art\. [IVX]+ · [−+±]\d+ · [^.]*\.|protests[^.]*\.|demands[^.]*\.|imposes[^.]*\.|recalls[^.]*\.|expels[^.]*\.|refuses[^.]*\.)/g,
    ) ?? []
  );
}

/** Play one year through the screens; the report is read, screenshot and left open. */
export async function playYear(
  page: Page,
  name: string,
  year: number,
  last: Year | undefined,
  mode: Mode,
): Promise<Year> {
  const { hud, cards, events } = await openYear(page, year);
  const shoot = year % 4 === 1 || cards.length > 0;
  if (shoot) await screenshot(page, `${name}-events-${year}`);
  const { given, refused } = await answerCards(page, cards, (rows) => preferred(rows, MEND, NEVER));
  await page.keyboard.press('o');
  await page.evaluate(() => window.khitomer.select(null));
  const panel = page.getByTestId('orders-panel');
  const orders = ((await panel.textContent()) ?? '').trim();
  const orderRows = await rowsOf(panel);
  const declined: string[] = [];
  const give = async (o: OrderWish): Promise<string | null> => {
    const text = await giveQuick(page, o, declined);
    if (text) given.push(text);
    else refused.push(String(o.words));
    return text;
  };
  let sanctioned = false;
  if (mode === 'answers') {
    // Each wrong seen answered as the rows offer it: a protest of each article, reparations, sanctions.
    for (const row of orderRows.filter((r) => r.enabled && /^Give: Protest the Klingon Empire/.test(r.label)))
      await give(
        diplomacy(new RegExp(`^${row.label.replace(/^Give: /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
      );
    await give(diplomacy(/^Demand reparations/));
    sanctioned = (await give(diplomacy(/^Impose sanctions/, (t) => /no violation/.test(t)))) !== null;
  }
  await give(diplomacy(/^Establish the embassy|^Upgrade the embassy/));
  await give(diplomacy(/^Propose a summit/, (t) => !/earns neither/.test(t)));
  if (!sanctioned) await give(diplomacy(/^Propose a trade pact/));
  await give(diplomacy(/^Address the council/, (t) => !/no support/.test(t)));
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  if (shoot) {
    await page.keyboard.press('o');
    await page.evaluate(() => window.khitomer.select(null));
    await screenshot(page, `${name}-orders-${year}`);
  }
  const { asked, report } = await endAndRead(page);
  const empire = empireLines(report);
  if (shoot || empire.length > 0) await screenshot(page, `${name}-report-${year}`);
  // The Council's blame in the report, the year it fell on both and the year an answer spared the
  // Federation (rules version 23): its Support section brought into view.
  if (name === 'play34' && (year === 2319 || year === 2320)) {
    await page
      .getByTestId('report-body')
      .getByRole('heading', { name: 'Support', exact: true })
      .scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-support-${year}`);
  }
  void last;
  return {
    year,
    hud,
    events,
    cards,
    orders,
    orderRows,
    eventsAfter,
    given,
    refused,
    declined,
    empire,
    asked,
    report,
  };
}

/** Close the report and read the next year's Ledger and Chart; screenshots every fourth year. */
export async function afterReport(page: Page, name: string, y: Year): Promise<boolean> {
  const ended = await readAfter(page, name, y, y.year % 4 === 0);
  if (!ended && y.year % 10 === 3) {
    await page.keyboard.press('h');
    const how = page.getByTestId('how-to-win');
    if (await how.isVisible()) {
      y.howToWin = ((await how.textContent()) ?? '').trim();
      await screenshot(page, `${name}-how-to-win-${y.year + 1}`);
      await page.getByTestId('how-to-win-close').click();
      await expect(how).toHaveCount(0);
    }
  }
  return ended;
}

export function keep(name: string, years: Year[]): void {
  keepRead('play34', name, years);
}
