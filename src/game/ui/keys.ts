// Phaser's keyboard hands a scene each key as it is pressed, and hands it again with every later key
// of the same frame: its queue is emptied only when the frame ends, and its duplicate check compares
// an event with the last one handled only. H pressed twice within one frame arrived as H, H, H (open,
// close, open), and N twice selected three systems. A scene's handler wrapped here sees each key once.
export function eachKeyOnce(handle: (e: KeyboardEvent) => void): (e: KeyboardEvent) => void {
  const handled = new WeakSet<KeyboardEvent>();
  return (e) => {
    if (handled.has(e)) return;
    handled.add(e);
    handle(e);
  };
}

/**
 * The world `N` (dir 1) or `P` (dir −1) selects: the next or previous of `party`'s own worlds after
 * `selected`, in the map's order, as the README says ("your systems"); null when it holds none. The
 * playtest's N went to Sherman's Planet while unclaimed and to Capella IV, where orders or fleets lay.
 */
export function nextOwnWorld<W extends { id: string; owner: string | null }>(
  systems: readonly W[],
  party: string,
  selected: string | null,
  dir: 1 | -1,
): W | null {
  const mine = systems.filter((x) => x.owner === party);
  if (mine.length === 0) return null;
  const i = mine.findIndex((x) => x.id === selected);
  // Nothing of its own selected: N starts at the first, P at the last.
  const at = i < 0 ? (dir === 1 ? 0 : mine.length - 1) : (i + dir + mine.length) % mine.length;
  return mine[at] ?? null;
}
