// The hot-seat playtest of session 29 (play29.spec.ts): two newcomers share one browser and play The
// Khitomer Accords through the screens, each giving real orders, covert ones too. What one side may
// not see of the other (its undetected covert acts, its queued orders, its secrets) is read off the
// game's own state (window.khitomer.state(), the whole game: the test's oracle, never a screen), and
// every screen the next player can reach is searched for it.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot } from './helpers';
import { askingCards, giveEvent } from './playtest-driver';

export type Side = 'federation' | 'klingon';
export const other = (s: Side): Side => (s === 'federation' ? 'klingon' : 'federation');
export const TITLE: Record<Side, string> = { federation: 'the Federation', klingon: 'the Klingon Empire' };
export const HUD_NAME: Record<Side, string> = { federation: 'Federation', klingon: 'Klingon Empire' };

/** A covert act as the whole game holds it (state.covert). */
export interface Act {
  id: string;
  party: Side;
  year: number;
  article: string;
  detected: boolean;
  text: string;
}

/** The whole game's covert acts (the oracle). */
export const acts = (page: Page): Promise<Act[]> =>
  page.evaluate(() => (window.khitomer.state()?.covert ?? []) as unknown as Act[]);

/** Reserves of each power (the oracle). */
export const reserves = (page: Page): Promise<Record<Side, number>> =>
  page.evaluate(() => {
    const s = window.khitomer.state();
    return { federation: s?.powers.federation.reserves ?? -1, klingon: s?.powers.klingon.reserves ?? -1 };
  });

/** The year in progress kept beside the save (its queued orders, who is at the screen). */
export const keptYear = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('khitomer.autosave.year') ?? 'null'));

/** What the save holds: its seed and how many years its replay has. */
export const saved = (page: Page) =>
  page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('khitomer.autosave') ?? 'null');
    return s ? { seed: s.replay.seed as string, years: s.replay.turns.length as number } : null;
  });

/** All the page's text (hidden parts included) and the canvas's words. */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = window.khitomer
      .drawn()
      .filter((d) => d.kind === 'text')
      .map((d) => d.text)
      .join('\n');
    return `${document.body.textContent ?? ''}\n${canvas}`;
  });
}

/**
 * Everything the player at the screen can reach without giving an order: the HUD, each tab of the side
 * panel (Orders, Events, Ledger, Chart), How to win, and the tips of the worlds named in `hover`.
 */
export async function sweep(page: Page, hover: readonly string[] = []): Promise<string> {
  const parts: string[] = [];
  for (const tab of ['orders', 'events', 'ledger', 'chart']) {
    await page.getByTestId(`tab-${tab}`).click();
    parts.push(await pageText(page));
  }
  await page.keyboard.press('h');
  parts.push(await pageText(page));
  await page.keyboard.press('Escape');
  // The map's tips: hover each named world's label on the canvas.
  const boxes = await page.evaluate(
    (names) => window.khitomer.drawn().filter((d) => d.kind === 'text' && names.includes(d.text)),
    [...hover],
  );
  for (const b of boxes) {
    await page.mouse.move(b.x + b.w / 2, b.y + b.h + 8);
    const tip = page.getByTestId('tooltip');
    if (await tip.isVisible()) parts.push((await tip.textContent()) ?? '');
  }
  await page.mouse.move(5, 400);
  await page.getByTestId('tab-orders').click();
  return parts.join('\n');
}

/** The sentence a covert act is told in (its words as the secrets list says them, ids named). */
export function actWords(a: Act): string {
  return a.text.replace(/\.$/, '');
}

/** Start The Khitomer Accords in hot seat through the screens, on a clean browser. */
export async function startHotSeat(page: Page, seed: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('new-game').click();
  await page.getByTestId('scenario-khitomer-accords').check();
  await page.getByTestId('opponent').selectOption('hotseat');
  await page.getByTestId('seed').fill(seed);
  await page.getByTestId('start').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await expect(page.getByTestId('hud-power')).toContainText('Federation');
  const hint = page.getByTestId('hint-dismiss').first();
  if (await hint.isVisible()) await hint.click();
}

/** Give the first row of the Orders tab (a world selected first, or none) whose Give label matches. */
export async function giveOrder(page: Page, words: RegExp, sys?: string | null): Promise<string | null> {
  await page.getByTestId('tab-orders').click();
  await page.evaluate((s) => window.khitomer.select(s), sys ?? null);
  for (const row of await page.getByTestId('orders-panel').locator('[data-testid^="order-"]').all()) {
    const give = row.getByTestId('give-order');
    if ((await give.count()) === 0) continue;
    const label = ((await give.getAttribute('aria-label')) ?? '').replace(/^Give: /, '');
    if (!words.test(label) || !(await give.isEnabled())) continue;
    await give.click();
    return label;
  }
  return null;
}

/** The Give labels the Orders tab offers (enabled), no world selected or `sys`. */
export async function offered(page: Page, sys?: string | null): Promise<string[]> {
  await page.getByTestId('tab-orders').click();
  await page.evaluate((s) => window.khitomer.select(s), sys ?? null);
  return page
    .getByTestId('orders-panel')
    .locator('button[data-testid="give-order"]:not([disabled])')
    .evaluateAll((bs) => bs.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Give: /, '')));
}

/** The queue's lines as the panel shows them. */
export async function queueLines(page: Page): Promise<string[]> {
  await page.getByTestId('tab-orders').click();
  return (await page.getByTestId('queued-order').allTextContents()).map((t) => t.replace(/✕|×/g, '').trim());
}

/** The answers a card's rows are given by, best first; `covert` lets a staged escape be chosen. */
const PREFER = [
  /Pay the reparations|^Reparations\s*Pay/i,
  /Extradite/,
  /the need in full/,
  /Send \d+ reserves/,
  /Arbitrat|arbiters/i,
  /Accept the ruling|Hand .* over/i,
  /Keep the Accords/i,
  /./,
];
const NEVER = /Suspend|Declare war|Seize|Shelter|Stage the escape|Covert|Refuse|Open support/;

/**
 * Answer the Events tab's cards as a newcomer who keeps the Accords, or covertly: an escape staged, arms
 * sold to a third power at war with the other (when `covert` says so).
 */
export async function answerCards(page: Page, covert: { escape: boolean; arms: boolean }): Promise<string[]> {
  const given: string[] = [];
  for (const c of await askingCards(page)) {
    const staged = c.rows.find(
      (r) =>
        r.enabled &&
        ((covert.escape && /Stage the escape/.test(r.label)) || (covert.arms && /Covert arms/.test(r.label))),
    );
    const choice =
      staged ??
      PREFER.map((p) => c.rows.find((r) => r.enabled && p.test(r.words) && !NEVER.test(r.words))).find(
        (r) => r !== undefined,
      );
    if (choice && (await giveEvent(page, choice.label))) given.push(choice.label);
  }
  return given;
}

/** A side's own worlds and the disputed or neutral worlds (the oracle's map). */
export async function worlds(page: Page, side: Side) {
  return page.evaluate((me) => {
    const s = window.khitomer.state();
    const systems = s?.systems ?? [];
    return {
      mine: systems.filter((x) => x.owner === me).map((x) => x.id),
      capital: systems.find((x) => x.owner === me && x.capital)?.id ?? null,
      contested: systems.filter((x) => x.zone === 'disputed' || x.zone === 'neutral-zone').map((x) => x.id),
      names: Object.fromEntries(systems.map((x) => [x.id, x.name])) as Record<string, string>,
    };
  }, side);
}

/** End the side's orders by the button, ending it anyway when aid is left short. */
export async function endOrders(page: Page): Promise<string | null> {
  await page.getByTestId('end-turn').click();
  const anyway = page.getByTestId('aid-question-end');
  const next = page.getByTestId('report').or(page.getByTestId('handover')).or(anyway);
  await expect(next.first()).toBeVisible({ timeout: 15_000 });
  let asked: string | null = null;
  if (await anyway.isVisible()) {
    asked = ((await page.getByTestId('aid-question').textContent()) ?? '').trim();
    await anyway.click();
  }
  return asked;
}

/** Keep what was read for the report (test-results/play29/<name>.json). */
export function keep(name: string, data: unknown): void {
  mkdirSync('test-results/play29', { recursive: true });
  writeFileSync(`test-results/play29/${name}.json`, JSON.stringify(data, null, 1));
}

/** A screenshot, kept under play29-. */
export const shot = (page: Page, name: string) => screenshot(page, `play29-${name}`);
