// The number keys of the orders panel: 1 to 9, then 0, for a page of ten listed orders, ] and [ to
// turn the page, each order keeping its key while orders are given in the same breath.
import { el } from './dom';

/** Orders a page of keys gives: 1 to 9, then 0. */
export const KEYS_A_PAGE = 10;

/**
 * The key that gives the order listed `index`th (from 0) while the keys are on `page`: 1 to 9, then
 * 0, for that page's ten orders, none for the others (the playtest found no key past the tenth).
 */
export function orderKey(index: number, page = 0): string | null {
  if (index < 0 || Math.floor(index / KEYS_A_PAGE) !== page) return null;
  const i = index % KEYS_A_PAGE;
  return i < 9 ? String(i + 1) : '0';
}

/** The pages of keys a list of `count` orders needs. */
export function keyPages(count: number): number {
  return Math.max(1, Math.ceil(count / KEYS_A_PAGE));
}

/** Which orders the number keys give now, and how to reach the others; null when one page holds them. */
export function keyPageLine(count: number, page: number): string | null {
  if (count <= KEYS_A_PAGE) return null;
  const first = page * KEYS_A_PAGE + 1;
  const last = Math.min(count, first + KEYS_A_PAGE - 1);
  return `Keys 1–9 and 0 give orders ${first}–${last} of ${count}. ] for the next ten, [ for the ten before.`;
}

/** The number keys of a panel: which key each listed order has, by the order it gives. */
export interface KeyedOrders {
  page: number;
  keys: Map<string, string>;
  /** Orders listed on the page that have no key because they appeared after the keys were given out. */
  unkeyed: number;
}

/**
 * The keys for a panel's orders (`orders`, each the JSON of the order a row gives, as listed).
 * Fresh (no `kept`): 1 to 9, then 0, on `page`'s ten. Kept: each order keeps the key it had, and an
 * order that was not listed then has none — after an order is given the list changes (aid met, a
 * card gone), and a key pressed in the same breath must give what it showed or nothing (the playtest
 * pressed 1 then 2, and 2 had become a covert violation it never saw).
 */
export function assignKeys(
  orders: readonly string[],
  page: number,
  kept?: ReadonlyMap<string, string>,
): KeyedOrders {
  const pages = keyPages(orders.length);
  const used = ((page % pages) + pages) % pages;
  const keys = new Map<string, string>();
  let unkeyed = 0;
  orders.forEach((o, i) => {
    const fresh = orderKey(i, used);
    const key = kept ? (kept.get(o) ?? null) : fresh;
    if (key && !keys.has(o)) keys.set(o, key);
    else if (!key && fresh) unkeyed++;
  });
  return { page: used, keys, unkeyed };
}

/**
 * Number the orders of a panel in the order they are listed, the keys on `page` (kept within the
 * list: orders come and go), and say so when there is more than one page. With `kept` (the keys
 * given out before, in the same tab and year) each order keeps its key; see assignKeys.
 */
export function keyOrders(panel: HTMLElement, page: number, kept?: ReadonlyMap<string, string>): KeyedOrders {
  const rows = [...panel.querySelectorAll<HTMLElement>('.card.order')];
  const gives = rows.map((row) => row.querySelector<HTMLButtonElement>('button[data-testid="give-order"]'));
  const keyed = assignKeys(
    gives.map((g) => g?.dataset.order ?? ''),
    page,
    kept,
  );
  panel.dataset.keyPages = String(keyPages(rows.length));
  rows.forEach((row, i) => {
    const give = gives[i];
    const key = give ? keyed.keys.get(give.dataset.order ?? '') : undefined;
    if (!key || !give) return;
    give.dataset.key = key;
    row.querySelector('.kind')?.after(el('kbd', {}, key));
  });
  const line = keyPageLine(rows.length, keyed.page);
  if (keyed.unkeyed > 0)
    panel.prepend(
      el(
        'div',
        { class: 'dim key-pages', testid: 'keys-kept' },
        'Each choice keeps its number while you give orders; the new ones get theirs when this tab is opened again.',
      ),
    );
  if (line) panel.prepend(el('div', { class: 'dim key-pages', testid: 'key-pages' }, line));
  return keyed;
}
