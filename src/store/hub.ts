// What the store's slices share: the store's state, the storage and the tab's claim on the save, the
// whole game (of which only what the side at the screen has seen is published), and the autosave.
import type { TabGuard } from './guard';
import type { NewGameOptions } from './options';
import type { KeyValueStorage, LoadedSave } from './save';
import type { Game, StoreState } from './types';

export interface Hub {
  get(): StoreState;
  set(patch: Partial<StoreState>): void;
  ls: KeyValueStorage | null;
  guard: TabGuard;
  /** The whole game (the store publishes only what the side at the screen has seen of it). */
  game(): Game | null;
  publish(g: Game | null, extra?: Partial<StoreState>): void;
  autosave(s: Game): void;
  /** A saved game still in progress (one that ended loses nothing when replaced). A bad save is reported. */
  savedInProgress(): LoadedSave | null;
  /** A link's game, waiting for the player's answer while a game is saved. */
  pendingLink: NewGameOptions | null;
}

export const OPEN_ELSEWHERE =
  'The saved game is open in another tab of this browser: play it there, or close that tab and try again in a few seconds.';
