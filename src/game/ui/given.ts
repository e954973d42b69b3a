// The orders the panel gave this year (by a number key or a click), the last of them marked in the
// queue and taken back by Backspace. A newcomer with a world selected pressed 1 meaning the Events
// card's first choice, queued a fleet's move instead, and only Withdraw undid it (playtest, ui24).
import type { Order } from '../../sim/index';
import type { Session, StoreState } from '../../store/types';
import { type Watched, watch } from '../watch';

/** The lists the number keys and the Give buttons are on. */
export type GivingTab = 'orders' | 'events';

/** An order the panel gave: by which key (null: a click, or Enter on its button) and from which tab. */
export interface GivenOrder {
  order: Order;
  key: string | null;
  tab: GivingTab;
}

/** The orders the panel gave in a year for one side (`scope`), the latest last; and the one taken back last. */
export interface Given {
  scope: string;
  orders: readonly GivenOrder[];
  takenBack: Order | null;
}

/** The scope of a year's gives: a new year, or the other side at the screen (hot seat), starts afresh. */
export function givenScope(g: Pick<Session, 'state' | 'active'>): string {
  return `${g.state.year}|${g.active}`;
}

/** `given` when it is of `scope`; none given otherwise. */
export function givenIn(given: Given | null, scope: string): Given {
  return given?.scope === scope ? given : { scope, orders: [], takenBack: null };
}

/** `given` with `order` given after the others (and nothing taken back to tell of any more). */
export function withGiven(given: Given | null, scope: string, order: GivenOrder): Given {
  return { scope, orders: [...givenIn(given, scope).orders, order], takenBack: null };
}

/** The order `after` has that `before` had not, when one was added at the end (a give); else null. */
export function appended(before: readonly Order[], after: readonly Order[]): Order | null {
  if (after.length !== before.length + 1 || before.some((o, i) => o !== after[i])) return null;
  return after[after.length - 1] ?? null;
}

/** What Backspace takes back: the queue's `index`, the give it was, and the gives left once it goes. */
export interface TakeBack {
  index: number;
  entry: GivenOrder;
  left: Given;
}

/**
 * What Backspace takes back from `queued`: the latest order the panel gave that is still queued (one
 * withdrawn by its button, or dropped with another, is passed over), found by its words as queued:
 * of two alike (a world developed twice), the later. Null when none is queued.
 */
export function takeBack(queued: readonly Order[], given: Given): TakeBack | null {
  const words = queued.map((o) => JSON.stringify(o));
  for (let i = given.orders.length - 1; i >= 0; i--) {
    const entry = given.orders[i];
    if (!entry) continue;
    const index = words.lastIndexOf(JSON.stringify(entry.order));
    if (index >= 0) return { index, entry, left: { ...given, orders: given.orders.slice(0, i) } };
  }
  return null;
}

const TAB_NAMES: Record<GivingTab, string> = { orders: 'Orders', events: 'Events' };

/**
 * The line under the order Backspace would take back, keys in backticks (keys.ts withKeys). A key's
 * give says which key and which tab's list it was, and, given from Orders while a choice waits on
 * Events, where that choice's keys are (the playtest's 1 was meant for it).
 */
export function givenLine(entry: GivenOrder, choiceWaits: boolean): string {
  if (entry.key === null) return '`Backspace` takes it back.';
  const gave = `Key \`${entry.key}\` gave this from the ${TAB_NAMES[entry.tab]} tab; \`Backspace\` takes it back.`;
  return entry.tab === 'orders' && choiceWaits ? `${gave} A choice waits on Events (\`E\`).` : gave;
}

/** The line where an order taken back by Backspace was (`words`: the order in words). */
export function takenBackLine(words: string): string {
  return `Taken back: ${words}.`;
}

/**
 * Hear the Give buttons of `panel`: `onGive` is told the order a click (or a key's click) queued —
 * a refused one queued nothing, and an order queued elsewhere (the report's choice, the console) is
 * not the panel's. The store tells its listeners at once, before the panel is drawn again.
 */
export function hearGives(
  panel: HTMLElement,
  store: Watched<StoreState>,
  onGive: (order: Order, session: Session) => void,
): () => void {
  let giving = false;
  const onClick = (e: MouseEvent): void => {
    if (!(e.target instanceof Element) || !e.target.closest('button[data-testid="give-order"]')) return;
    giving = true;
    setTimeout(() => {
      giving = false;
    });
  };
  // Capture: a button's own handler stops the click there (dom.ts button).
  panel.addEventListener('click', onClick, true);
  const unwatch = watch(
    store,
    (s) => s.session?.queued[s.session.active] ?? [],
    (after, before) => {
      const order = giving ? appended(before, after) : null;
      giving = false;
      const session = store.getState().session;
      if (order && session) onGive(order, session);
    },
  );
  return () => {
    panel.removeEventListener('click', onClick, true);
    unwatch();
  };
}
