// The newcomer playtest of session 28: the campaign's middle decades (2323 to 2355) as the Klingon
// Empire against the hawk, through the screens. Each year every card that asks something is read and
// answered as a newcomer who wants the Accords kept; the Orders tab is read and the hawk answered by
// the answers it offers (protest, reparations demanded, sanctions, the embassy recalled); one
// temptation whose preview says it pays is taken. What was read, given and reported is kept, year by
// year (test-results/play28/<name>.json), for the spec's assertions and the playtest's report.
import type { Page } from '@playwright/test';
import {
  answerCards,
  endAndRead,
  giveOrder,
  keep as keepRead,
  openYear,
  type PlayedYear,
  preferred,
  type Row,
  rowsOf,
} from './playtest-driver';

/** What one year showed and what was done in it: the rows offered, the Ledger and the Chart too. */
export interface Year extends PlayedYear {
  /** The rows of the Orders tab (no world selected): what the year offers. */
  orderRows: Row[];
  ledger: string;
  chart: string;
}

/** The answers a card's rows are given by, best first; answers never given. */
const PREFER = [
  /^Reparations\s*Pay/i,
  /Pay the reparations/,
  /Extradite/,
  /the need in full/,
  /Send \d+ reserves/,
  /moves? from/,
  /Arbitrat|arbiters/i,
  /Accept the ruling|Hand .* over/i,
  /Keep the Accords/i,
  /./,
];
const NEVER = /Suspend|Declare war|Seize|Shelter|Stage the escape|Covert|Refuse|Open support/;

/** Whether the Federation was seen breaking the Accords in a report (a violation line of its own). */
export function wronged(report: string): boolean {
  return /The Federation · Art\. [IVX]+ · −\d+/.test(report);
}

/** The harder answers tried once, in a year of the run's choosing: the embassy recalled, the Accords suspended. */
export interface Tries {
  recallIn?: number;
  suspendIn?: number;
  /** Ships built at Qo'noS each year (the first row offered when not said): 4 contents the hawks (rules version 25). */
  build?: number;
}

/** What the newcomer orders in a year, read off what the last report said. */
function ordersOf(year: number, last: Year | undefined, tries: Tries): { words: RegExp; sys?: string }[] {
  const hurt = last !== undefined && wronged(last.report);
  const orders: { words: RegExp; sys?: string }[] = [];
  if (hurt) {
    // Answer the hawk: a protest and a demand each time; sanctions after a protest left unheeded.
    orders.push({ words: /^Protest the Federation/ }, { words: /^Demand reparations of the Federation/ });
    if (/ignored|unheeded|not heeded|protest.*no answer/i.test(last.report) || year % 4 === 0)
      orders.push({ words: /^Impose sanctions/ });
  }
  if (year === tries.recallIn) orders.push({ words: /^Recall the embassy in protest/ });
  if (year === tries.suspendIn) orders.push({ words: /^Suspend the Accords/ });
  // A temptation whose preview says it pays: espionage to steal, once.
  if (year === 2324) orders.push({ words: /^Espionage: steal/ });
  orders.push(
    { words: /^Propose a summit/ },
    { words: /^Address the council/ },
    {
      words: tries.build ? new RegExp(`^Build ${tries.build} ships? at Qo`) : /^Build \d+ ships? at Qo/,
      sys: 'qonos',
    },
    { words: /^Develop/, sys: ['korvat', 'tygokor', 'khitomer', 'praxis', 'boreth'][year % 5] },
  );
  return orders;
}

/** Play one year through the screens; the report is read and left open. */
export async function playYear(
  page: Page,
  year: number,
  last: Year | undefined,
  tries: Tries,
  beforeEnd?: () => Promise<void>,
): Promise<Year> {
  const { hud, cards, events } = await openYear(page, year);
  const { given, refused } = await answerCards(page, cards, (rows) => preferred(rows, PREFER, NEVER));
  await page.keyboard.press('o');
  await page.evaluate(() => window.khitomer.select(null));
  const panel = page.getByTestId('orders-panel');
  const orders = ((await panel.textContent()) ?? '').trim();
  const orderRows = await rowsOf(panel);
  for (const o of ordersOf(year, last, tries)) {
    const text = await giveOrder(page, { ...o, byLabel: true, clear: true });
    if (text) given.push(text);
    else refused.push(String(o.words));
  }
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  if (beforeEnd) await beforeEnd();
  const { asked, report: words } = await endAndRead(page);
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
    asked,
    report: words,
    ledger: '',
    chart: '',
  };
}

/** Keep what was read for the report (test-results/play28/<name>.json). */
export function keep(name: string, years: Year[]): void {
  keepRead('play28', name, years);
}
