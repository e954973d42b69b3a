// What the newcomer playtests (play26, play27, play28) share to play a year through the screens: the
// rows of a card, the Events tab's cards that ask something, a card's order given by its button, the
// year ended and its report read, and a card's previewed number found for the report's line.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot } from './helpers';

/** A row of a card: its order type, its words (the preview) and whether Give can be pressed. */
export interface Row {
  type: string;
  /** The order as its Give button names it ("Give: Extradite Tagh, son of Dagh"). */
  label: string;
  words: string;
  enabled: boolean;
}

/** A card of the Events tab that asks something, with its rows. */
export interface Card {
  kind: string;
  words: string;
  rows: Row[];
}

/**
 * The Events tab's cards that ask something (src/game/ui/events.ts), by their test ids, as the
 * playtests were played: the cards of a missing embassy and of the other's pact offer came after
 * them, and answering them would change the games their specs pin (ui28.spec tests those cards).
 */
const ASKING = ['demand', 'suspension', 'obligation', 'war', 'claim', 'other-choices', 'defend'];

/** What one year showed and what was done in it, as every playtest keeps it (its own add to it). */
export interface PlayedYear {
  year: number;
  hud: string;
  events: string;
  cards: Card[];
  orders: string;
  /** The Events tab once the year's orders are given (a defence counted with them). */
  eventsAfter: string;
  given: string[];
  refused: string[];
  /** The question asked when the year was ended (aid left short), if any. */
  asked: string | null;
  report: string;
}

/** The rows of a card or panel, read in one call to the page (quick: every year reads dozens). */
export async function rowsOf(card: ReturnType<Page['locator']>): Promise<Row[]> {
  return card.locator('[data-testid^="order-"]').evaluateAll((rows) =>
    rows.flatMap((r) => {
      const type = (r.getAttribute('data-testid') ?? '').replace(/^order-/, '');
      const give = r.querySelector<HTMLButtonElement>('[data-testid="give-order"]');
      if (type === 'effect' || !give) return [];
      return [
        {
          type,
          label: give.getAttribute('aria-label') ?? '',
          words: (r.textContent ?? '').replace(/Give$/, '').trim(),
          enabled: !give.disabled,
        },
      ];
    }),
  );
}

/** The cards of the Events tab that ask something, with their rows. */
export async function askingCards(page: Page): Promise<Card[]> {
  await page.keyboard.press('e');
  const panel = page.getByTestId('events-panel');
  await expect(panel).toBeVisible();
  const cards: Card[] = [];
  for (const c of await panel.locator('.card').all()) {
    const kind = (await c.getAttribute('data-testid')) ?? '';
    // Exactly: 'obligation-stricken' (a disaster on a world of one's own) and 'obligation-met' ask nothing.
    if (!ASKING.includes(kind)) continue;
    cards.push({ kind, words: ((await c.textContent()) ?? '').trim(), rows: await rowsOf(c) });
  }
  return cards;
}

/** Give the row of the Events tab whose Give button is named `label`; false when it cannot be given. */
export async function giveEvent(page: Page, label: string): Promise<boolean> {
  await page.keyboard.press('e');
  const give = page.getByTestId('events-panel').getByRole('button', { name: label, exact: true }).first();
  if ((await give.count()) === 0 || !(await give.isEnabled())) return false;
  await give.click();
  return true;
}

/**
 * End the year by its button, answering the question of aid left short by ending it anyway, and
 * read the report (left open): the question's words, if it was asked, and the report's.
 */
export async function endAndRead(page: Page): Promise<{ asked: string | null; report: string }> {
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('report');
  const question = page.getByTestId('aid-question');
  await expect(report.or(question)).toBeVisible({ timeout: 15_000 });
  let asked: string | null = null;
  if (await question.isVisible()) {
    asked = ((await question.textContent()) ?? '').trim();
    await page.getByTestId('aid-question-end').click();
    await expect(question).toHaveCount(0);
  }
  await expect(report).toBeVisible({ timeout: 15_000 });
  return { asked, report: ((await report.textContent()) ?? '').trim() };
}

/** The first signed number before `what` in a card's words ("+3 standing", "−15 if exposed later"). */
export function previewed(words: string | undefined, what: RegExp): string {
  const m = new RegExp(`([+−]\\d+) ${what.source}`).exec(words ?? '');
  expect(m, `a number before ${what} in: ${words}`).not.toBeNull();
  return m?.[1] ?? '';
}

/** The words of the order given in year `y` whose words hold `text`. */
export function given(y: { year: number; given: string[] } | undefined, text: string): string {
  const words = y?.given.find((g) => g.includes(text));
  expect(words, `${y?.year}: given "${text}"`).toBeDefined();
  return words ?? '';
}

/** How an order of the Orders tab is found and given. */
export interface OrderWish {
  /** Matched against the row's words (its preview), or with `byLabel` against its Give button's name. */
  words: RegExp;
  /** The world selected first; with none, the selection is left as it is unless `clear`. */
  sys?: string;
  /** Match the Give button's name ("Propose a summit"), not the preview. */
  byLabel?: boolean;
  /** With no world named, clear the selection first (the diplomacy rows). */
  clear?: boolean;
  /** Given only when its words (the preview) pass: a summit that earns nothing is not proposed. */
  ok?: (text: string) => boolean;
}

/** Give the first row of the Orders tab that `wish` matches; its words, or null when none can be given. */
export async function giveOrder(page: Page, wish: OrderWish): Promise<string | null> {
  await page.keyboard.press('o');
  if (wish.sys !== undefined)
    expect(await page.evaluate((s) => window.khitomer.select(s), wish.sys)).toBe(true);
  else if (wish.clear) await page.evaluate(() => window.khitomer.select(null));
  for (const row of await page.getByTestId('orders-panel').locator('[data-testid^="order-"]').all()) {
    const text = ((await row.textContent()) ?? '').replace(/Give$/, '').trim();
    const give = row.getByTestId('give-order');
    if ((await give.count()) === 0) continue;
    const label = ((await give.getAttribute('aria-label')) ?? '').replace(/^Give: /, '');
    if (!wish.words.test(wish.byLabel ? label : text) || (wish.ok && !wish.ok(text))) continue;
    if (!(await give.isEnabled())) continue;
    await give.click();
    return text;
  }
  return null;
}

/** What a year shows as it opens: the HUD's words, the cards that ask something, the Events tab's words. */
export async function openYear(
  page: Page,
  year: number,
): Promise<{ hud: string; cards: Card[]; events: string }> {
  await expect(page.getByTestId('hud-year')).toHaveText(String(year));
  const hud = ((await page.getByTestId('hud').textContent()) ?? '').trim();
  const cards = await askingCards(page);
  const events = ((await page.getByTestId('events-panel').textContent()) ?? '').trim();
  return { hud, cards, events };
}

/**
 * Answer each card by the first row `choose` picks (enabled rows only are offered); the words of
 * the answers given, and of those the game would not let be given.
 */
export async function answerCards(
  page: Page,
  cards: Card[],
  choose: (rows: Row[]) => Row | undefined,
): Promise<{ given: string[]; refused: string[] }> {
  const given: string[] = [];
  const refused: string[] = [];
  for (const c of cards) {
    const choice = choose(c.rows.filter((r) => r.enabled));
    if (!choice) continue;
    if (await giveEvent(page, choice.label)) given.push(choice.words);
    else refused.push(choice.words);
  }
  return { given, refused };
}

/** The first row that matches an answer of `prefer` (best first) and not `never`. */
export function preferred(rows: Row[], prefer: RegExp[], never: RegExp): Row | undefined {
  for (const p of prefer) {
    const row = rows.find((r) => p.test(r.words) && !never.test(r.words));
    if (row) return row;
  }
  return undefined;
}

/** Keep what a playtest read for its report (test-results/<test>/<name>.json). */
export function keep(test: string, name: string, data: unknown): void {
  mkdirSync(`test-results/${test}`, { recursive: true });
  writeFileSync(`test-results/${test}/${name}.json`, JSON.stringify(data, null, 1));
}

/** What no text of the screens may hold: a number or a name the code failed to fill in. */
export const BAD = /NaN|undefined|\[object|Error|\{[a-z]+\}/;

/**
 * Start The Khitomer Accords through the title's New game screen on a clean browser, as `side`
 * against `opponent`; the first hint is dismissed and motion reduced (Settings), so that the years'
 * changes appear at once and decades play in a few minutes.
 */
export async function startCampaign(
  page: Page,
  seed: string,
  side: 'federation' | 'klingon',
  opponent: string,
): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-khitomer-accords').check();
  await expect(page.getByTestId('scenario-khitomer-accords')).toBeChecked();
  await page.getByTestId('side').selectOption(side);
  await page.getByTestId('opponent').selectOption(opponent);
  await page.getByTestId('seed').fill(seed);
  await screenshot(page, `${seed}-new-game`);
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-power')).toContainText(
    side === 'federation' ? 'Federation' : 'Klingon Empire',
  );
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await screenshot(page, `${seed}-first-screen`);
  const hint = page.getByTestId('hint-dismiss').first();
  if (await hint.isVisible()) await hint.click();
  await page.getByTestId('open-settings').click();
  await page.locator('#setting-reduced').check();
  await page.getByTestId('settings-close').click();
  await expect(page.getByTestId('settings')).toHaveCount(0);
}

/**
 * The end screen's table of points adds up to each score, a war's negative line included ("−29",
 * with the minus sign the screen writes: play34 found the unsigned reading skipped it).
 */
export async function scoreAddsUp(page: Page): Promise<void> {
  const rows = await page
    .getByTestId('end-score-sources')
    .locator('tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').trim())),
    );
  const num = (c: string) => Number(c.replace('−', '-'));
  const numbered = rows.filter((cells) => cells.length === 3 && /^[−-]?\d+$/.test(cells[2] ?? ''));
  const score = numbered.find((cells) => cells[0] === 'Score');
  const lines = numbered.filter((cells) => cells[0] !== 'Score');
  expect(lines.length).toBeGreaterThanOrEqual(5);
  for (const column of [1, 2])
    expect(lines.reduce((sum, cells) => sum + num(cells[column] ?? ''), 0)).toBe(num(score?.[column] ?? ''));
}

/** A year that also read the Ledger and the Chart after its report (and any question it asked). */
export interface ReadYear extends PlayedYear {
  ledger?: string;
  chart?: string;
  /** The report's words when it asked whether to suspend the Accords (the player keeps them). */
  suspendAsked?: string;
}

/**
 * Close the report; the next year's Ledger and Chart are read (`shots`: with their screenshots), or
 * the end screen is reached (true). A report that asks whether to suspend the Accords is answered
 * by keeping them.
 */
export async function afterReport(page: Page, name: string, y: ReadYear, shots = true): Promise<boolean> {
  const keepAccords = page.getByTestId('keep-accords');
  if (await keepAccords.isVisible()) {
    y.suspendAsked = ((await page.getByTestId('report').textContent()) ?? '').trim();
    await screenshot(page, `${name}-suspend-question-${y.year}`);
    await keepAccords.click();
    y.given.push('Keep the Accords (the report asked)');
  }
  await page.getByTestId('report-continue').click();
  const verdict = page.getByTestId('end-screen');
  await expect(page.getByTestId('hud-year').or(verdict)).toBeVisible({ timeout: 15_000 });
  if (await verdict.isVisible()) {
    await screenshot(page, `${name}-end`);
    y.ledger = ((await verdict.textContent()) ?? '').trim();
    return true;
  }
  await expect(page.getByTestId('hud-year')).toHaveText(String(y.year + 1));
  await page.keyboard.press('l');
  y.ledger = ((await page.getByTestId('ledger-panel').textContent()) ?? '').trim();
  if (shots) await screenshot(page, `${name}-ledger-${y.year + 1}`);
  await page.keyboard.press('c');
  y.chart = ((await page.getByTestId('chart-panel').textContent()) ?? '').trim();
  if (shots) await screenshot(page, `${name}-chart-${y.year + 1}`);
  return false;
}
