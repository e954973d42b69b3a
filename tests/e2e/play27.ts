// The newcomer playtest of session 27: the late century of the campaign, as the Federation, taken
// over in 2355 from a replay of the pragmatist against the pragmatist (seed play27), played to the
// centennial through the screens. Each year every card that asks something is read and answered
// (the first answer in `prefer` the card offers and the game lets be given), then the Orders tab is
// read and its orders chosen by what their words say, then the report is read. What was read, given
// and reported is kept, year by year, for the spec's assertions and the playtest's report.
import type { Page } from '@playwright/test';
import { expect } from './helpers';
import {
  answerCards,
  type Card,
  endAndRead,
  giveOrder,
  keep as keepRead,
  openYear,
  preferred,
  type Row,
  rowsOf,
} from './playtest-driver';

/** What one year showed and what was done in it. */
export interface Year {
  year: number;
  hud: string;
  /** The numbers of the state as the year opened (for stuck numbers): own and other's. */
  numbers: { standing: number[]; support: number[]; reserves: number[] };
  events: string;
  cards: Card[];
  /** The Events tab's line when nothing is asked of the player. */
  nothingAsked: string | null;
  /** Every row of the Orders tab (diplomacy, no world selected), with its words. */
  orderRows: Row[];
  /** The builds Sol offered once the year's orders were given. */
  solRows: Row[];
  eventsAfter: string;
  given: string[];
  refused: string[];
  asked: string | null;
  report: string;
}

/** One order the newcomer means to give: its words, the world selected first, and a check on its preview. */
export interface Wish {
  words: RegExp;
  /** The world selected first; with several, the first whose row can be given. */
  sys?: string | string[];
  /** Given only when its words (the preview) pass: a summit that earns nothing is not proposed. */
  ok?: (text: string) => boolean;
}

export interface Plan {
  prefer: RegExp[];
  /** An answer of the Events tab tried this year against the `never` rule (a temptation). */
  tempt?: (year: number) => RegExp | undefined;
  never: RegExp;
  /** The year's orders, with the numbers as it opened and the report of the year before. */
  orders: (year: number, numbers: Year['numbers'], lastReport: string) => Wish[];
}

/** Play one year through the screens by `plan`; the report is read and left open. */
export async function playYear(
  page: Page,
  year: number,
  plan: Plan,
  beforeEnd?: () => Promise<void>,
  lastReport = '',
): Promise<Year> {
  const { hud, cards, events } = await openYear(page, year);
  const numbers = await page.evaluate(() => {
    const s = window.khitomer.state();
    const p = s?.powers;
    const f = p?.federation;
    const k = p?.klingon;
    return {
      standing: [f?.standing ?? -1, k?.standing ?? -1],
      support: [f?.support ?? -1, k?.support ?? -1],
      reserves: [f?.reserves ?? -1, k?.reserves ?? -1],
    };
  });
  const nothing = page.getByTestId('nothing-asked');
  const nothingAsked =
    (await nothing.count()) > 0 ? ((await nothing.first().textContent()) ?? '').trim() : null;
  const tempted = plan.tempt?.(year);
  const { given, refused } = await answerCards(
    page,
    cards,
    (rows) =>
      (tempted && rows.find((r) => tempted.test(r.words))) || preferred(rows, plan.prefer, plan.never),
  );
  await page.keyboard.press('o');
  await page.evaluate(() => window.khitomer.select(null));
  const orderRows = await rowsOf(page.getByTestId('orders-panel'));
  for (const o of plan.orders(year, numbers, lastReport)) {
    let text: string | null = null;
    for (const sys of Array.isArray(o.sys) ? o.sys : [o.sys]) {
      text = await giveOrder(page, { words: o.words, sys, ok: o.ok });
      if (text) break;
    }
    if (text) given.push(text);
    else refused.push(String(o.words));
  }
  // The builds Sol offers, with the year's orders given.
  expect(await page.evaluate(() => window.khitomer.select('sol'))).toBe(true);
  const solRows = (await rowsOf(page.getByTestId('orders-panel'))).filter((r) => r.type === 'build');
  await page.evaluate(() => window.khitomer.select(null));
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  if (beforeEnd) await beforeEnd();
  const { asked, report: words } = await endAndRead(page);
  return {
    year,
    hud,
    numbers,
    events,
    cards,
    nothingAsked,
    orderRows,
    solRows,
    eventsAfter,
    given,
    refused,
    asked,
    report: words,
  };
}

/** Keep what was read for the report (test-results/play27/<name>.json). */
export function keep(name: string, data: unknown): void {
  keepRead('play27', name, data);
}

/** A summit whose card says it earns nothing is not proposed. */
const summitPays = (text: string) => !/earns neither/.test(text);
/** An address is given only when its card promises support at home. */
const addressPays = (text: string) => /\+[1-9]\d* support at home/.test(text);

/** The temptations tried, by year: an answer on the Events tab or an order, each previewed as paying. */
export const TEMPTED: Record<number, { ev?: RegExp; o?: RegExp }> = {
  2358: { o: /Espionage: steal/ },
  2374: { ev: /Covert arms to the Dominion/ },
};

const WORLDS = ['vulcan', 'andoria', 'deneva', 'tellar-prime', 'betazed', 'alpha-centauri', 'cestus-iii'];

/** The Federation, 2355 to 2392: the Accords kept, acts of faith, a pact, ships and worlds, two temptations. */
export const federation: Plan = {
  prefer: [
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
  ],
  never: /Suspend|Declare war|Seize|Shelter|Stage the escape|Covert|Refuse/,
  tempt: (year) => TEMPTED[year]?.ev,
  orders: (year, n, lastReport) => {
    const wishes: Wish[] = [
      { words: /Propose a summit/, ok: summitPays },
      { words: /Address the council/, ok: addressPays },
    ];
    // The other party's offer of a trade pact, read in last year's report, is taken up.
    if (lastReport.includes('The Klingon Empire proposes a trade pact.'))
      wishes.push({ words: /Propose a trade pact/ });
    const tempted = TEMPTED[year]?.o;
    if (tempted) wishes.push({ words: tempted });
    const reserves = n.reserves[0] ?? 0;
    // A world developed each year it can be afforded (its cost is about 200), the first that can be.
    if (reserves > 230)
      wishes.push({
        words: /Develop/,
        sys: WORLDS.map((_, i) => WORLDS[(year + i) % WORLDS.length] ?? 'sol'),
      });
    // Ships: the largest build Sol offers (4); in the last year, all a yard can build (6) for the parade.
    if (year === 2392)
      for (const sys of ['sol', 'starbase-11']) {
        wishes.push({ words: /Build 4 ships/, sys }, { words: /Build 2 ships/, sys });
      }
    else if (reserves > 120) wishes.push({ words: /Build 4 ships at Sol/, sys: 'sol' });
    return wishes;
  },
};
