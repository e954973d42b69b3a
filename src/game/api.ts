// `window.khitomer`: drive the game from a console or a test, through the same store the screens use.
import type Phaser from 'phaser';
import type { GameState, Order, OrderError, Party, Replay } from '../sim/index';
import type { GameStore, NewGameOptions, Outcome } from '../store/store';

export interface KhitomerApi {
  /** Start a game: `{ scenario: 'centennial-eve', seed: 'abc', side: 'federation', opponent: 'pragmatist' }`. */
  newGame(options: NewGameOptions): Outcome;
  /** The game's state (a copy). */
  state(): GameState | null;
  /** Queue an order for the side giving orders now; returns the refusal when refused. */
  issue(order: Order): { ok: true } | { ok: false; error: OrderError };
  /** End the year (and close its report); in hot seat, hand over first. */
  endTurn(): Outcome;
  /** The state's 64-bit hash. */
  hash(): string | null;
  /** The side giving orders now. */
  active(): Party | null;
  /** Which screen is showing. */
  screen(): string;
  /** Frames drawn so far (for tests and the web benchmark). */
  frames(): number;
  /** The current game's replay (a JSON object), at any point of the game. */
  replay(): Replay | null;
  /** Open a replay (object or text) in the viewer, verified year by year; says why when refused. */
  loadReplay(replay: unknown): ReturnType<GameStore['loadReplay']>;
}

declare global {
  interface Window {
    khitomer: KhitomerApi;
  }
}

export function installApi(store: GameStore, game: Phaser.Game): void {
  window.khitomer = {
    newGame: (options) => store.newGame(options),
    state: () => {
      const s = store.store.getState().session?.state;
      return s ? structuredClone(s) : null;
    },
    issue: (order) => store.issue(order),
    endTurn: () => {
      const r = store.endTurn();
      const screen = store.store.getState().screen;
      if (r.ok && screen === 'report') store.closeReport();
      return r;
    },
    hash: () => store.hash(),
    active: () => store.store.getState().session?.active ?? null,
    screen: () => store.store.getState().screen,
    frames: () => game.loop.frame,
    replay: () => {
      const r = store.replay();
      return r ? structuredClone(r) : null;
    },
    loadReplay: (replay) => store.loadReplay(replay),
  };
}
