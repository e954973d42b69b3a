// The first game's hints a player has dismissed: kept beside the settings, so a hint once
// dismissed is never shown again. What is stored is raw input: anything but a list of names reads
// as none dismissed.
export const HINTS_KEY = 'khitomer.settings.hints';

export type HintStorage = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): HintStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function dismissedHints(store: HintStorage | null = storage()): Set<string> {
  try {
    const raw: unknown = JSON.parse(store?.getItem(HINTS_KEY) ?? '[]');
    return new Set(
      Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').slice(0, 100) : [],
    );
  } catch {
    return new Set();
  }
}

/** Remembers `id` as dismissed; a storage that refuses leaves it dismissed for this page only. */
export function dismissHint(id: string, store: HintStorage | null = storage()): void {
  const all = dismissedHints(store);
  all.add(id);
  try {
    store?.setItem(HINTS_KEY, JSON.stringify([...all]));
  } catch {
    // Full or forbidden: the hint goes for now and may come back on another visit.
  }
}
