// The newcomer playtest of session 33 (play33.spec.ts): The Khitomer Accords from 2293 as the Klingon
// Empire against the pragmatist Federation (seed play33), through the screens. The newcomer plays the
// Empire's way — battles, worlds, defiance — while its honour rests on the Accords: each year it reads
// every card, the Orders tab (diplomacy, and each world where a fleet of its own lies), How to win (H),
// the report, the Ledger and the Chart, and chooses by what the previews say pays. What was read,
// given and reported is kept in test-results/play33/<name>.json for the report.
import type { Page } from '@playwright/test';
import { expect, screenshot } from './helpers';
import {
  askingCards,
  type Card,
  endAndRead,
  giveEvent,
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

export interface Attack {
  world: string;
  ships: number;
  defence: number;
  chance: number;
}

/** What one year showed and what was done in it. */
export interface Year extends PlayedYear {
  /** The Orders tab's rows with no world selected (diplomacy), and at each world with a fleet of ours. */
  orderRows: Row[];
  /** Each card as read just before it was answered. */
  answered: Card[];
  worldRows: Record<string, Row[]>;
  /** How to win (H) as the year opened. */
  howToWin: string;
  /** Why each choice was made (what the preview said). */
  why: string[];
  /** The attacks ordered: the world, the ships of every fleet sent added, the defence its rows said. */
  attacks: Attack[];
  suspendAsked?: string;
  ledger?: string;
  chart?: string;
}

export { BAD } from './playtest-driver';

/** Start The Khitomer Accords through the title's New game screen, on a clean browser. */
export const start = (page: Page, seed: string): Promise<void> =>
  startCampaign(page, seed, 'klingon', 'pragmatist');

/** How to win (H): its words; screenshot when `shot` names it. */
export async function readHowToWin(page: Page, shot?: string): Promise<string> {
  await page.keyboard.press('h');
  const dialog = page.getByTestId('how-to-win');
  await expect(dialog).toBeVisible();
  const text = ((await dialog.textContent()) ?? '').trim();
  if (shot) await screenshot(page, shot);
  await page.getByTestId('how-to-win-close').click();
  await expect(dialog).toHaveCount(0);
  return text;
}

/** The Empire's standing and support as the HUD shows them. */
export function hudNumbers(hud: string): { standing: number; support: number } {
  return {
    standing: Number(/Klingon Empire standing (\d+)/.exec(hud)?.[1] ?? -1),
    support: Number(/support (\d+)/i.exec(hud)?.[1] ?? -1),
  };
}

/** The standing a row says it costs (the first "−n standing"), 0 when it says none. */
export function standingCost(words: string): number {
  return Number(/−(\d+) standing/.exec(words)?.[1] ?? 0);
}

/** The percent chance an attack's row gives of winning ("a 72% chance"). */
export function winChance(words: string): number {
  return Number(/an? (\d+)% chance/.exec(words)?.[1] ?? -1);
}

/** The line under which the newcomer will not let its standing fall by its own choice. */
export const FLOOR = 45;

/** Honour's answers on a card, best first (the need in full, reparations paid, a world defended). */
const HONOUR = [
  /Pay the reparations/,
  /the need in full/,
  /Send \d+ reserves/,
  /Arbitrat/,
  /Accept the ruling/,
  /moves from (Qo'noS|Ty'Gokor) to/,
  /moves from/,
  /Extradite/,
  /Grant passage/,
];
// Never: a break with the Accords the preview prices past honour, or a sheltered hero handed over late
// (the card's first row: "−25 support at home"; leaving the card unanswered keeps the hero).
const NEVER = /Suspend|Declare war|Stage the escape|Covert|Openly support|handed over late/;

/** Give the row of the Orders tab whose Give button is `label`; false when it is not there or not enabled. */
async function giveLabel(page: Page, label: string): Promise<boolean> {
  const panel = page.getByTestId('orders-panel');
  const button = panel.getByRole('button', { name: label, exact: true }).first();
  if ((await button.count()) === 0 || !(await button.isEnabled())) return false;
  await button.click();
  return true;
}

/** Give the first row of the Orders tab that `wish` matches (its rows read in one call); its words, or null. */
async function giveQuick(page: Page, wish: OrderWish): Promise<string | null> {
  await page.keyboard.press('o');
  if (wish.sys !== undefined)
    expect(await page.evaluate((s) => window.khitomer.select(s), wish.sys)).toBe(true);
  else if (wish.clear) await page.evaluate(() => window.khitomer.select(null));
  const panel = page.getByTestId('orders-panel');
  for (const row of await rowsOf(panel)) {
    const label = row.label.replace(/^Give: /, '');
    if (!row.enabled || !wish.words.test(wish.byLabel ? label : row.words)) continue;
    if (wish.ok && !wish.ok(row.words)) continue;
    if (await giveLabel(page, row.label)) return row.words;
  }
  return null;
}

const diplomacy = (words: RegExp, ok?: (t: string) => boolean): OrderWish => ({
  words,
  byLabel: true,
  clear: true,
  ok,
});

/** The fleet an attack row orders ("Give: The Rotarran Squadron attacks Romulus"). */
function fleetOf(label: string): string {
  return label.replace(/^Give: /, '').replace(/ attacks .*$/, '');
}

/** The worlds of ours where a fleet of ours lies (the map shows them). */
async function fleetWorlds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const s = window.khitomer.state();
    if (!s) return [];
    const at = new Set(s.fleets.filter((f) => f.owner === 'klingon').map((f) => f.location));
    return [...at];
  });
}

/** The worlds of ours (the map's red ones). */
async function ownWorlds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.khitomer.state()?.systems ?? []).filter((x) => x.owner === 'klingon').map((x) => x.id),
  );
}

/** Play one year through the screens; the report is read, screenshot and left open. */
export async function playYear(
  page: Page,
  name: string,
  year: number,
  last: Year | undefined,
): Promise<Year> {
  const { hud, cards, events } = await openYear(page, year);
  const shoot = year % 5 === 3;
  if (shoot) await screenshot(page, `${name}-events-${year}`);
  const howToWin = await readHowToWin(
    page,
    year === 2293 || year % 10 === 3 ? `${name}-how-to-win-${year}` : undefined,
  );
  const { standing, support } = hudNumbers(hud);
  const why: string[] = [];
  // Defiance when the card's own price leaves standing at FLOOR or above and support is below 80
  // (How to win: "Above 80, a gain counts half"): the High Council's cheer. Each card is read again
  // after the one before it is answered, so a preview that changes with an order queued is seen.
  const given: string[] = [];
  const refused: string[] = [];
  /** The cards' rows as read just before each answer (cards: as the year opened). */
  const answered: Card[] = [];
  // A card is known by its first words ("Article V — the Klingon Empire is asked to hand Torlak, son
  // of Rohl over by the end of 2320"): an aid card met in full leaves the asking ones, so they move up.
  const key = (c: Card) => /^[^:;(]*/.exec(c.words)?.[0] ?? c.words;
  const seen = new Set<string>();
  for (let n = 0; n < cards.length; n++) {
    const card = (await askingCards(page)).find((c) => !seen.has(key(c)));
    if (!card) break;
    seen.add(key(card));
    answered.push(card);
    const rows = card.rows.filter((r) => r.enabled);
    let choice: Row | undefined;
    const defy = rows.find((r) => /^Give: (Shelter|Seize)/.test(r.label));
    if (defy) {
      const cost = standingCost(defy.words);
      if (standing - cost >= FLOOR && support < 80) {
        why.push(`defy (${defy.label}): standing ${standing} − ${cost} ≥ ${FLOOR}, support ${support}`);
        choice = defy;
      } else
        why.push(
          `no defiance (${defy.label}): standing ${standing} − ${cost} (floor ${FLOOR}), support ${support} (above 80 counts half)`,
        );
    }
    choice ??= preferred(rows, HONOUR, NEVER);
    if (!choice) continue;
    if (await giveEvent(page, choice.label)) given.push(choice.words);
    else refused.push(choice.words);
  }
  await page.keyboard.press('o');
  await page.evaluate(() => window.khitomer.select(null));
  const panel = page.getByTestId('orders-panel');
  const orders = ((await panel.textContent()) ?? '').trim();
  const orderRows = await rowsOf(panel);
  const give = async (o: OrderWish): Promise<string | null> => {
    const text = await giveQuick(page, o);
    if (text) given.push(text);
    else refused.push(String(o.words));
    return text;
  };
  // Diplomacy: honour's orders, and a protest when the Federation broke an article last year.
  await give(diplomacy(/^Establish the embassy|^Upgrade the embassy/));
  // A breach of the Federation's seen last year: protested (free) and reparations demanded (defiance
  // the Accords allow: "pay you 12 reserves and heal a grievance").
  if (last && /The Federation · Art\. [IVX]+ · −\d+/.test(last.report)) {
    await give(diplomacy(/^Protest the Federation/));
    await give(diplomacy(/^Demand reparations/));
  }
  await give(diplomacy(/^Propose a summit/, (t) => !/earns neither/.test(t)));
  await give(diplomacy(/^Propose a trade pact/));
  await give(diplomacy(/^Address the council/, (t) => !/no support/.test(t)));
  // Battles and worlds: every fleet's rows read. The Qo'noS squadron sails to Khitomer each year
  // with the ships built at Qo'noS that year (the build row: "the new ships go with it"), where the
  // Romulan and Tholian worlds lie a lane away. A third power's world is attacked by every fleet in
  // reach when their ships added ("fleets you order to attack it fight as one") give 70% or more by
  // the previews' own arithmetic (a 4-ship fleet against 7 reads 36%: ships ÷ (ships + defence)).
  const worldRows: Record<string, Row[]> = {};
  const attacks: Attack[] = [];
  // Ships at Qo'noS: the most the yard and the treasury allow (6, 4 or 2).
  for (const n of [6, 4, 2])
    if (
      await giveQuick(page, { words: new RegExp(`^Build ${n} ships at Qo`), byLabel: true, sys: 'qonos' })
    ) {
      given.push(`Build ${n} ships at Qo'noS`);
      break;
    }
  const targets = new Map<
    string,
    { defence: number; fleets: { label: string; ships: number; words: string }[] }
  >();
  for (const sys of await fleetWorlds(page)) {
    await page.keyboard.press('o');
    expect(await page.evaluate((s) => window.khitomer.select(s), sys)).toBe(true);
    const rows = await rowsOf(panel);
    worldRows[sys] = rows;
    for (const r of rows) {
      const m = /A battle at ([^:]+): this fleet's (\d+) ships? against a defence of (\d+) now/.exec(r.words);
      if (!r.enabled || !m || /Breaks Article/.test(r.words)) continue;
      const t = targets.get(m[1] ?? '') ?? { defence: Number(m[3]), fleets: [] };
      t.fleets.push({ label: r.label, ships: Number(m[2]), words: r.words });
      targets.set(m[1] ?? '', t);
    }
  }
  // One battle a year for each fleet: the world with the best chance first, each fleet sent once.
  const used = new Set<string>();
  const byChance = [...targets].sort(
    ([, a], [, b]) =>
      b.fleets.reduce((n, f) => n + f.ships, 0) / b.defence -
      a.fleets.reduce((n, f) => n + f.ships, 0) / a.defence,
  );
  for (const [world, t] of byChance) {
    const fleets = t.fleets.filter((f) => !used.has(fleetOf(f.label)));
    const ships = fleets.reduce((a, f) => a + f.ships, 0);
    // The odds a row gives: the strengths squared (rules version 29).
    const chance = Math.round((100 * ships * ships) / (ships * ships + t.defence * t.defence));
    if (chance < 70) {
      why.push(`no attack on ${world}: ${ships} ships against ${t.defence}, ${chance}%`);
      continue;
    }
    let sent = 0;
    for (const f of fleets) {
      await page.keyboard.press('o');
      // The fleet's world selected again (its row is there).
      const w = Object.keys(worldRows).find((k) => worldRows[k]?.some((r) => r.label === f.label));
      if (w === undefined) continue;
      expect(await page.evaluate((s) => window.khitomer.select(s), w)).toBe(true);
      if (await giveLabel(page, f.label)) {
        given.push(f.words);
        used.add(fleetOf(f.label));
        sent += f.ships;
      }
    }
    expect(sent, `${year}: every fleet sent against ${world}`).toBe(ships);
    why.push(`attack ${world}: ${ships} ships against ${t.defence}, ${chance}%`);
    attacks.push({ world, ships, defence: t.defence, chance });
  }
  if (!attacks.length && targets.size === 0) why.push('no third-power world in reach');
  // Where the Qo'noS squadron stages: Khitomer while a third power's world lies a lane from it,
  // then Boreth, a lane from Breen.
  const fromKhitomer = (worldRows.khitomer ?? []).some(
    (r) => /attacks (?!the )/.test(r.label) && !/Breaks Article/.test(r.words),
  );
  const stage = fromKhitomer || !worldRows.khitomer ? 'Khitomer' : 'Boreth';
  await give({
    words: new RegExp(`^The \\S+ Squadron moves from Qo'noS to ${stage}$`),
    byLabel: true,
    sys: 'qonos',
  });
  // The reserves left: "Your N reserves are spent there: ships built at a shipyard, worlds developed"
  // (the Orders tab). The cheapest world's development, twice at most, while the treasury allows.
  const develop: { sys: string; label: string; cost: number; words: string }[] = [];
  for (const sys of await ownWorlds(page)) {
    expect(await page.evaluate((s) => window.khitomer.select(s), sys)).toBe(true);
    for (const r of await rowsOf(panel)) {
      const cost = Number(/(\d+) reserves$/.exec(r.words)?.[1] ?? Number.NaN);
      if (r.enabled && /^Give: Develop/.test(r.label) && cost > 0)
        develop.push({ sys, label: r.label, cost, words: r.words });
    }
  }
  develop.sort((a, b) => a.cost - b.cost);
  for (const d of develop.slice(0, 2)) {
    expect(await page.evaluate((s) => window.khitomer.select(s), d.sys)).toBe(true);
    if (await giveLabel(page, d.label)) {
      given.push(d.words);
      why.push(`develop ${d.sys} for ${d.cost} reserves (cheapest)`);
    }
  }
  await page.keyboard.press('e');
  const eventsAfter = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  if (shoot) {
    await page.keyboard.press('o');
    await page.evaluate(() => window.khitomer.select(null));
    await screenshot(page, `${name}-orders-${year}`);
  }
  const { asked, report } = await endAndRead(page);
  await screenshot(page, `${name}-report-${year}`);
  return {
    year,
    hud,
    events,
    cards,
    orders,
    orderRows,
    answered,
    worldRows,
    howToWin,
    why,
    attacks,
    eventsAfter,
    given,
    refused,
    asked,
    report,
  };
}

/** Close the report and read the next year's Ledger and Chart; screenshots every fifth year. */
export function afterReport(page: Page, name: string, y: Year): Promise<boolean> {
  return readAfter(page, name, y, y.year % 5 === 2);
}

export function keep(name: string, years: Year[]): void {
  keepRead('play33', name, years);
}
