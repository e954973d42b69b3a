// An in-memory storage and a clock for the store's tests: two stores on one storage are two tabs.
import type { KeyValueStorage } from '../../src/store/save';
import { createGameStore } from '../../src/store/store';

export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  /** When set, writes of this key fail as a full browser storage does. */
  full: string | null = null;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (key === this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface Clock {
  t: number;
}

export function tab(storage: MemoryStorage, id: string, clock: Clock = { t: 1_000_000 }) {
  return createGameStore({ storage, tab: id, now: () => clock.t, timers: false });
}

export const SHORT = {
  scenario: 'centennial-eve',
  seed: 'store-test',
  side: 'federation',
  opponent: 'loyalist',
};
