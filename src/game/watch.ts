// Screens follow the slices of the store they show. zustand 5's vanilla `subscribe` calls every
// listener on every change; `watch` runs its listener only when the listener's slice changed.

/** What `watch` needs of a store: zustand's vanilla store has both. */
export interface Watched<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/**
 * Two slices are the same when they are the same value, or when both are arrays (or plain records)
 * whose members are the same values: a slice is usually a tuple of the store's own objects.
 */
export function sameSlice<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && Object.is(ra[k], rb[k]));
}

/** Call `onChange` with the new and the old slice whenever `select` gives a different slice. */
export function watch<S, T>(
  store: Watched<S>,
  select: (state: S) => T,
  onChange: (slice: T, previous: T) => void,
  equal: (a: T, b: T) => boolean = sameSlice,
): () => void {
  let current = select(store.getState());
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(current, next)) return;
    const previous = current;
    current = next;
    onChange(next, previous);
  });
}

/**
 * A redraw asked for many times in one run of script happens once, when it ends: a thousand
 * refused orders in a loop redraw the panel once, not a thousand times.
 */
export function coalesce(redraw: () => void): { request: () => void; cancel: () => void } {
  let queued = false;
  let live = true;
  return {
    request: () => {
      if (queued || !live) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (live) redraw();
      });
    },
    cancel: () => {
      live = false;
    },
  };
}
