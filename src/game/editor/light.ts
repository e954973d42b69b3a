// The editor's few pieces the rest of the game needs at once (the title's way back after a
// playtest, the page's storage for My scenarios): kept apart so that the game's first download
// does not carry the editor, which is loaded only when it is opened (src/game/game.ts).
import { WORK_KEY } from '../../editor/keys';
import type { StorageLike } from '../../editor/work';

/** Set while a scenario of the editor is being playtested: the title then leads back to the editor. */
export const PLAYTEST_KEY = 'khitomer.editor.playtest';

export function playtesting(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(PLAYTEST_KEY) === '1';
  } catch {
    return false;
  }
}

export function setPlaytesting(on: boolean): void {
  try {
    if (on) globalThis.sessionStorage?.setItem(PLAYTEST_KEY, '1');
    else globalThis.sessionStorage?.removeItem(PLAYTEST_KEY);
  } catch {
    // No session storage: the title's editor button still leads back, as an ordinary one.
  }
}

/** Whether the editor has work kept in the page's storage: entering it opens that work again. */
export function workKept(): boolean {
  try {
    return globalThis.localStorage?.getItem(WORK_KEY) != null;
  } catch {
    return false;
  }
}

/** The storage of the page, or one in memory when the browser gives none (the work stays open). */
export function pageStorage(): StorageLike {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Storage refused (a private window's settings): fall through to memory.
  }
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
