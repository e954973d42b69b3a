// The newcomer playtest of session 32 (play32.spec.ts): The Khitomer Accords from 2293 as the
// Federation against the loyalist Empire, through the screens, as a newcomer who breaks the Accords on
// purpose for some 25 years (each temptation its screens offer, taken when its preview says it pays),
// then tries for some 10 years to earn forgiveness. Each year every card that asks something is read
// and answered, the year's orders are given from the Orders tab, the report is read, and after it the
// Ledger and the Chart. What was read, given and reported is kept (test-results/play32/<name>.json).
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

/** What one year showed and what was done in it: the Orders rows, the Ledger and the Chart after it. */
export interface Year extends PlayedYear {
  /** The Orders tab's rows with no world selected: what the year offers in diplomacy. */
  orderRows: Row[];
  /** Rows a wish matched but passed over on their preview (a covert act too likely to be seen). */
  declined: string[];
  suspendAsked?: string;
  ledger?: string;
  chart?: string;
}

export { BAD } from './playtest-driver';

/** The years of the cheat; from the year after, the way back is tried. */
export const CHEAT_LAST = 2317;

/** Start The Khitomer Accords through the title's New game screen, on a clean browser. */
export const start = (page: Page, seed: string): Promise<void> =>
  startCampaign(page, seed, 'federation', 'loyalist');

/**
 * How the cheat plays: `greedy` takes every temptation at once; `paced` one a year, only while its
 * standing (the HUD's) is 50 or more, and keeps faith otherwise (embassy, aid, talks, reparations
 * paid); `defiant` one for each 10 points of standing above 40 (two at most), and refuses reparations.
 */
export type Mode = 'greedy' | 'paced' | 'defiant';

/** The temptations of a card, by kind: the row that breaks an article for a gain its preview says. */
const TEMPT_ROWS: [string, RegExp, (words: string) => boolean][] = [
  ['shelter', /^Shelter/, () => true],
  ['escape', /^Stage the escape/, (t) => seenChance(t) <= 40],
  ['seize-claim', /^Seize/, () => true],
  ['arms', /^Covert arms/, (t) => seenChance(t) <= 40],
  ['ruling', /^Keep |^Ignore|^Reject|^Refuse the ruling/, () => true],
];
/** Years a temptation of the Orders tab waits before the paced cheat tries it again. */
const COOLDOWN = 6;
/** The greedy cheat's answers on a card, best first. */
const CHEAT = [
  /Shelter/,
  /Seize/,
  /Covert arms/,
  /Refuse the reparations/,
  /Keep the world|Ignore the ruling|Reject the ruling/,
  /the need in full/,
  /Send \d+ reserves/,
  /moves from/,
];
/** A newcomer keeping faith (the way back, and the paced cheat's years between temptations). */
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
];
const NEVER = /Suspend|Declare war/;

/** The percent chance a covert row's preview gives of being seen this year. */
export function seenChance(words: string): number {
  return Number(/(\d+)% chance this year/.exec(words)?.[1] ?? -1);
}

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

/** The temptations of the Orders tab, in the order the paced cheat tries them (one a year). */
const TEMPT_ORDERS: [string, OrderWish][] = [
  ['seize', { words: /^Seize Sherman's Planet/, byLabel: true, sys: 'shermans-planet' }],
  ['expel', diplomacy(/^Expel the Klingon Empire's embassy/)],
  ['embargo', diplomacy(/^Impose an embargo/)],
  ['trespass', { words: /moves from Station K-7 to Narendra III/, byLabel: true, sys: 'station-k7' }],
  ['reveal', diplomacy(/^Espionage: reveal/)],
];

/**
 * Give the first row of the Orders tab that `wish` matches, as the driver's giveOrder does, its rows
 * read in one call to the page (35 years of a dozen orders each); its words, or null.
 */
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

/** The greedy cheat's orders: each temptation when the Orders tab offers it. */
function greedyOrders(year: number, last: Year | undefined): OrderWish[] {
  const d = diplomacy;
  const orders: OrderWish[] = [];
  if (year === 2293) orders.push({ words: /^Seize Sherman's Planet/, byLabel: true, sys: 'shermans-planet' });
  if (year === 2294) orders.push(d(/^Expel the Klingon Empire's embassy/));
  // Covert acts once the embassy is out: the preview's chance of being seen is low (a newcomer's bar: 20%).
  if (year >= 2294) orders.push(d(/^Espionage: steal/, (t) => seenChance(t) <= 20));
  if (year === 2297) orders.push(d(/^Espionage: reveal/));
  if (year === 2296 || year === 2305) orders.push(d(/^Impose an embargo/));
  if (year === 2299)
    orders.push({ words: /moves from Station K-7 to Narendra III/, byLabel: true, sys: 'station-k7' });
  orders.push(d(/^Covert arms to/));
  if (last && /The Klingon Empire · Art\. [IVX]+ · −\d+/.test(last.report))
    orders.push(d(/^Protest the Klingon Empire/));
  orders.push(d(/^Address the council/));
  return orders;
}

/** Keeping faith: the embassy built, summits, talks; never a new breach. */
function faithOrders(): OrderWish[] {
  return [
    diplomacy(/^Establish the embassy|^Upgrade the embassy/),
    diplomacy(/^Propose a summit/, (t) => !/earns neither/.test(t)),
    diplomacy(/^Propose a trade pact/),
    diplomacy(/^Address the council/, (t) => !/no support/.test(t)),
  ];
}

/** What the paced cheat has done, by kind: the last year it did it. */
export const done = new Map<string, number>();
/** Whether the paced cheat may do `kind` in `year` (not within COOLDOWN years of the last time). */
function ready(kind: string, year: number): boolean {
  const at = done.get(kind);
  return at === undefined || year - at >= COOLDOWN;
}

/** Play one year through the screens; the report is read, screenshot and left open. */
export async function playYear(
  page: Page,
  name: string,
  year: number,
  last: Year | undefined,
  mode: Mode,
): Promise<Year> {
  const cheat = year <= CHEAT_LAST;
  const { hud, cards, events } = await openYear(page, year);
  const shoot = year % 4 === 1 || year === CHEAT_LAST + 1;
  if (shoot) await screenshot(page, `${name}-events-${year}`);
  const standing = hudStanding(hud);
  // The temptations of the year: paced, one at 50 or more; defiant, one for each 10 points above 40 (two at most).
  let budget = !cheat
    ? 0
    : mode === 'paced'
      ? Number(standing >= 50)
      : mode === 'defiant'
        ? Math.max(0, Math.min(2, Math.floor((standing - 40) / 10)))
        : 0;
  const tempted: string[] = [];
  const { given, refused } = await answerCards(page, cards, (rows) => {
    if (mode === 'greedy') return preferred(rows, cheat ? CHEAT : MEND, NEVER);
    if (budget > 0)
      for (const [kind, re, ok] of TEMPT_ROWS) {
        const row = rows.find((r) => re.test(r.label.replace(/^Give: /, '')) && ok(r.words));
        // A fugitive sheltered, the next one's escape staged (covert): one or the other, in turn.
        const turn =
          kind === 'shelter'
            ? !done.has('shelter') || (done.get('escape') ?? 0) > (done.get('shelter') ?? 0)
            : true;
        if (row && turn && (kind === 'shelter' || kind === 'escape' || ready(kind, year))) {
          budget--;
          done.set(kind, year);
          tempted.push(kind);
          return row;
        }
      }
    // In the years of the cheat, a sheltered hero stays (handing them over costs support); the
    // defiant refuse reparations (cheered at home).
    if (cheat)
      return preferred(
        rows,
        mode === 'defiant' ? [/Refuse the reparations/, ...MEND] : MEND,
        /Suspend|Declare war|hero you sheltered/,
      );
    return preferred(rows, MEND, NEVER);
  });
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
  if (mode === 'greedy') for (const o of cheat ? greedyOrders(year, last) : faithOrders()) await give(o);
  else {
    if (cheat) {
      // The fleet sent into Klingon space comes home the year after.
      if (done.get('trespass') === year - 1)
        await give({ words: /moves from Narendra III to Station K-7/, byLabel: true, sys: 'narendra-iii' });
      for (const [kind, o] of TEMPT_ORDERS) {
        if (budget === 0 || !ready(kind, year)) continue;
        if (await give(o)) {
          budget--;
          done.set(kind, year);
          tempted.push(kind);
        }
      }
      // Covert: espionage to steal and arms for the Empire's enemies, when the chance of being seen is 20% or less.
      if (standing >= 40) {
        await give(diplomacy(/^Espionage: steal/, (t) => seenChance(t) <= 20));
        await give(diplomacy(/^Covert arms to/, (t) => seenChance(t) <= 20));
      }
    }
    if (last && /The Klingon Empire · Art\. [IVX]+ · −\d+/.test(last.report))
      await give(diplomacy(/^Protest the Klingon Empire/));
    for (const o of faithOrders()) await give(o);
  }
  if (tempted.length) given.push(`(tempted: ${tempted.join(', ')})`);
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  if (shoot || tempted.length) {
    await page.keyboard.press('o');
    await page.evaluate(() => window.khitomer.select(null));
    await screenshot(page, `${name}-orders-${year}`);
  }
  const { asked, report } = await endAndRead(page);
  if (shoot || tempted.length || /The Klingon Empire (protests|demands|imposes|recalls)/.test(report))
    await screenshot(page, `${name}-report-${year}`);
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
    asked,
    report,
  };
}

/** Close the report and read the next year's Ledger and Chart; screenshots every fourth year. */
export function afterReport(page: Page, name: string, y: Year): Promise<boolean> {
  return readAfter(page, name, y, y.year % 4 === 0 || y.year === CHEAT_LAST);
}

export function keep(name: string, years: Year[]): void {
  keepRead('play32', name, years);
}
