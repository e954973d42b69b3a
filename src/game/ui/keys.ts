// Phaser's keyboard hands a scene each key as it is pressed, and hands it again with every later key
// of the same frame: its queue is emptied only when the frame ends, and its duplicate check compares
// an event with the last one handled only. H pressed twice within one frame arrived as H, H, H (open,
// close, open), and N twice selected three systems. A scene's handler wrapped here sees each key once.
import { el } from './dom';

export function eachKeyOnce(handle: (e: KeyboardEvent) => void): (e: KeyboardEvent) => void {
  const handled = new WeakSet<KeyboardEvent>();
  return (e) => {
    if (handled.has(e)) return;
    handled.add(e);
    handle(e);
  };
}

/**
 * The world Shift+N (dir 1) or Shift+P (dir −1) selects: the next or previous of every world on the
 * map after `selected`, in the map's order, whoever holds it (an attack, a claim, arbitration and
 * aid name the other power's worlds and third powers'; a keyboard player reached them by no key).
 * Nothing selected, or a world not in the list: the first, or the last. Null for no worlds.
 */
export function nextWorld<W extends { id: string }>(
  systems: readonly W[],
  selected: string | null,
  dir: 1 | -1,
): W | null {
  if (systems.length === 0) return null;
  const i = systems.findIndex((x) => x.id === selected);
  const at = i < 0 ? (dir === 1 ? 0 : systems.length - 1) : (i + dir + systems.length) % systems.length;
  return systems[at] ?? null;
}

/**
 * The world `N` (dir 1) or `P` (dir −1) selects: the next or previous of `party`'s own worlds after
 * `selected`, in the map's order, as the README says ("your systems"); null when it holds none. The
 * playtest's N went to Sherman's Planet while unclaimed and to Capella IV, where orders or fleets lay.
 * From a world not its own (a click, Shift+N), N starts at its first, P at its last.
 */
export function nextOwnWorld<W extends { id: string; owner: string | null }>(
  systems: readonly W[],
  party: string,
  selected: string | null,
  dir: 1 | -1,
): W | null {
  return nextWorld(
    systems.filter((x) => x.owner === party),
    selected,
    dir,
  );
}

/** What a map key does: arrows and WASD pan a step that way, + (or =) and − zoom in and out. */
export function mapKey(key: string): { pan: readonly [number, number] } | { zoom: number } | null {
  const pan = PAN_KEYS[key];
  if (pan) return { pan };
  if (key === '+' || key === '=') return { zoom: 1.15 };
  if (key === '-') return { zoom: 1 / 1.15 };
  return null;
}

const PAN_KEYS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  a: [-1, 0],
  ArrowRight: [1, 0],
  d: [1, 0],
  ArrowUp: [0, -1],
  w: [0, -1],
  ArrowDown: [0, 1],
  s: [0, 1],
};

/**
 * The game's keys, as README's keys table gives them (a unit test holds the two together) and How to
 * win (H) lists them: each key in backticks, as the README writes it.
 */
export const GAME_KEYS: readonly (readonly [keys: string, action: string])[] = [
  [
    '`Enter`',
    'ends the year (asks first when your orders may bring your government down, or aid of yours is left short), or closes the report (never passes a hot-seat hand-over)',
  ],
  ['`H`', 'How to win: the score by source, the grades and where you stand now'],
  ['`R`', 'the rules (the same text as `docs/RULES.md`)'],
  ['`Esc`', 'closes a panel or clears the selection'],
  [
    '`1`–`9`, `0`',
    'give the orders listed on the tab shown, each marked with its key; past ten, `]` and `[` turn the keys to the next or previous ten (the panel says which)',
  ],
  [
    '`Backspace`',
    'takes back the order the panel gave last this year, by a key or a click (the line under it in the queue says so)',
  ],
  ['`N` / `P`', 'select the next or previous of your own worlds'],
  [
    '`Shift`+`N` / `Shift`+`P`',
    'select the next or previous world on the map, whoever holds it: the other power’s, a third power’s, an unclaimed one (the map is panned to it, as for `N`)',
  ],
  ['arrows or `WASD`', 'pan'],
  ['`+` / `−`', 'zoom'],
  ['`F`', 'fits the whole map in view again (after a zoom or a pan)'],
  ['`O` `E` `L` `C`', 'switch tabs'],
  ['`T`', 'hides or shows the first game’s hints (as Settings does)'],
  ['`Tab`', 'moves between buttons'],
];

/** Words with `keys` in backticks, the keys drawn as keys. */
export function withKeys(words: string): (string | HTMLElement)[] {
  return words.split('`').map((part, i) => (i % 2 === 1 ? el('kbd', {}, part) : part));
}

/** The keys' table of How to win. */
export function keysTable(): HTMLElement {
  return el(
    'table',
    { class: 'keys', testid: 'keys-table' },
    ...GAME_KEYS.map(([keys, action]) =>
      el('tr', {}, el('td', {}, ...withKeys(keys)), el('td', {}, ...withKeys(action))),
    ),
  );
}
