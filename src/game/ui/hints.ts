// A first game that teaches: one idea a year, in the year it matters. Centennial Eve is the game
// offered first, but a newcomer who starts another (the playtest began with the campaign and was
// taught nothing) meets the same ideas in its first years. Each hint shows until it is dismissed,
// in whatever game, and never again after. The player may fold all of them away (its ×, T, or the
// settings) and have them back the same ways: a hint took about 150 px of the panel every year.
import type { GameState } from '../../sim/index';
import { dismissedHints, dismissHint } from '../../store/hints';
import type { GameStore } from '../../store/store';
import { button, el } from './dom';

interface Hint {
  id: string;
  /** Years after the first: the hint belongs to that year. */
  year: number;
  title: string;
  text: string;
}

export const HINTS: readonly Hint[] = [
  {
    id: 'map-and-fleets',
    year: 0,
    title: 'The map and your fleets',
    text: 'Each world is drawn in its owner’s colour (the HUD shows both powers’); the triangles are fleets, with their strength. Click a world (or press N for yours, Shift+N for any) to see what can be ordered there. Press H at any time to see how the game is won.',
  },
  {
    id: 'orders-and-previews',
    year: 1,
    title: 'Orders and their previews',
    text: 'Each order says what it does, what it costs, and in red which article of the Accords it would break and how much standing that costs. Queue orders, then End the year (Enter); you can withdraw any until then.',
  },
  {
    id: 'events-and-deadlines',
    year: 2,
    title: 'Events and their deadlines',
    text: 'The Events tab holds what the year asks of you: a disaster to aid, a fugitive to hand over, a claim to arbitrate. Each has a deadline; letting it pass is a violation that costs standing.',
  },
  {
    id: 'covert-acts',
    year: 3,
    title: 'Covert acts and detection',
    text: 'Espionage and other covert acts cost nothing if they are never seen, but each has a chance to be seen this year and a smaller chance every later year. Your secrets and their risk are listed in the Ledger.',
  },
  {
    id: 'the-ledger',
    year: 4,
    title: 'The ledger',
    text: 'The Ledger records every violation seen and every reward, for both powers. It is the story of the Accords: each violation seen lowers standing, and standing banks honour every year (How to win, H, shows every source of the score).',
  },
];

/**
 * Whether `s` is in a game's first years, those the hints teach (whether or not they are shown): the
 * panels' words that explain a rule once say it then, and are shorter after (ui33 found two such
 * paragraphs taking 180 px above the first order card every year).
 */
export function teachingYear(s: Pick<GameState, 'year' | 'firstYear'>): boolean {
  return s.year - s.firstYear <= Math.max(...HINTS.map((h) => h.year));
}

/** The hint for this year of a game (its years after the first), unless dismissed. */
export function hintFor(s: GameState, dismissed: ReadonlySet<string> = dismissedHints()): Hint | null {
  return HINTS.find((h) => h.year === s.year - s.firstYear && !dismissed.has(h.id)) ?? null;
}

/**
 * The hints read this visit: a hint shown while an order was queued for its year was read, and it
 * folds to its title and More (at 1280 × 720 the full card and the year's queue left the Orders list
 * a strip where its first row's Give did not show, playtest 32). Those opened again by More.
 */
const read = new Set<string>();
const opened = new Set<string>();

/**
 * The hint for this year while its orders are given, unless the hints are hidden (the settings; its ×
 * hides them, and T or the settings show them again); `redraw` after "Got it", More or Less.
 */
export function hintNow(store: GameStore, redraw: () => void): HTMLElement | null {
  const s = store.store.getState();
  const session = s.session;
  const hint = session && s.screen === 'game' && s.settings.hints ? hintFor(session.state) : null;
  if (!hint || !session) return null;
  if (session.queued[session.active].length > 0) read.add(hint.id);
  const folded = read.has(hint.id) && !opened.has(hint.id);
  const toggle = read.has(hint.id)
    ? () => {
        if (opened.has(hint.id)) opened.delete(hint.id);
        else opened.add(hint.id);
        redraw();
      }
    : null;
  return hintCard(hint, redraw, () => store.setSettings({ hints: false }), { folded, toggle });
}

/**
 * The hint's card; `onDismiss` after it is remembered as dismissed, `onHide` to hide every hint.
 * Folded, it is one line: its title, More (`toggle`), Got it and ×; unfolded after More, Less folds it.
 */
export function hintCard(
  hint: Hint,
  onDismiss: () => void,
  onHide: () => void,
  fold: { folded: boolean; toggle: (() => void) | null } = { folded: false, toggle: null },
): HTMLElement {
  const more = fold.toggle
    ? button(fold.folded ? 'More' : 'Less', fold.toggle, {
        class: 'hint-more',
        testid: 'hint-more',
        title: fold.folded ? 'Show the whole hint' : 'Fold the hint to its title',
      })
    : null;
  const gotIt = button(
    'Got it',
    () => {
      dismissHint(hint.id);
      onDismiss();
    },
    { testid: 'hint-dismiss', title: 'Do not show this hint again' },
  );
  return el(
    'div',
    { class: fold.folded ? 'hint folded' : 'hint', testid: 'hint', role: 'note', label: hint.title },
    button('×', onHide, {
      class: 'hint-hide',
      testid: 'hint-hide',
      label: 'Hide hints',
      title: 'Hide the hints (T); T or Settings shows them again',
    }),
    el('b', {}, hint.title),
    fold.folded ? null : el('p', {}, hint.text),
    el('div', { class: 'hint-actions' }, more, gotIt),
  );
}
