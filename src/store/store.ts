// The zustand vanilla store: the one bridge between the screens and the core. Screens call its
// actions and redraw from its state; the store calls the core and publishes what it returns. Its
// state is three slices and what they share: the game being played (session.ts), a replay watched
// (viewer.ts) and the settings (settings.ts); here they are put together with the screen shown,
// the notice, the storage and this tab's claim on the save.
import { createStore } from 'zustand/vanilla';
import { formatScenarioError, hashState, parseScenarioText, type Scenario } from '../sim/index';
import { BEAT_MS, TabGuard } from './guard';
import type { Hub } from './hub';
import type { NewGameOptions } from './options';
import { browserStorage, type KeyValueStorage, readSave, writeSave, writeYear, YEAR_NOT_KEPT } from './save';
import { sessionSeen } from './seen';
import { describeSaved, freshSeed, sessionActions } from './session';
import { loadSettings, settingsActions } from './settings';
import type { Game, Outcome, StoreState } from './types';
import { viewerActions } from './viewer';

export type { NewGameOptions, Outcome };
export { describeSaved, freshSeed };

export interface StoreOptions {
  /** Where the game and the settings are saved; localStorage by default. */
  storage?: KeyValueStorage | null;
  /** This tab's id for the one-tab-at-a-time claim on the save (a fresh random one by default). */
  tab?: string;
  now?: () => number;
  /** Renew the claim on a timer and give it up when the page goes (the browser's default). */
  timers?: boolean;
}

export function createGameStore(options: StoreOptions = {}) {
  const ls = options.storage === undefined ? browserStorage() : options.storage;
  const now = options.now ?? (() => Date.now());
  const guard = new TabGuard(ls, options.tab ?? freshSeed(), now);
  const store = createStore<StoreState>(() => ({
    screen: 'title',
    session: null,
    settings: loadSettings(ls),
    notice: null,
    openFile: false,
    viewer: null,
    linkOffer: null,
  }));
  const set = store.setState;
  const get = store.getState;

  const lostToAnotherTab = () =>
    set({
      notice: {
        kind: 'error',
        text: 'This game was opened in another tab: this tab no longer saves it, so that neither overwrites the other.',
      },
    });
  let game: Game | null = null;
  const hub: Hub = {
    get,
    set,
    ls,
    guard,
    game: () => game,
    publish(g, extra = {}) {
      game = g;
      set({ session: g ? sessionSeen(g) : null, ...extra });
      // Every change of the year in progress is kept at once: a reload or a crash loses no order. A
      // storage that refuses it is said at once, unless the change brought its own notice (playtest
      // 29's order, given with the storage full, was gone after a reload, and nothing had said so).
      if (
        g &&
        guard.holds() &&
        !writeYear(ls, hashState(g.state), { queued: g.queued, active: g.active, unread: g.unread }) &&
        !extra.notice
      )
        set({ notice: { kind: 'error', text: YEAR_NOT_KEPT } });
    },
    autosave(s) {
      if (!guard.holds()) {
        lostToAnotherTab();
        return;
      }
      const r = writeSave(ls, s.side, s.opponent, s.state, s.recording.replay);
      if (!r.ok) set({ notice: { kind: 'error', text: r.message } });
    },
    savedInProgress() {
      const r = readSave(ls);
      if (!r.ok) {
        set({ notice: { kind: 'error', text: r.message } });
        return null;
      }
      return r.value && r.value.state.phase !== 'ended' ? r.value : null;
    },
    pendingLink: null,
  };

  if (options.timers ?? typeof window !== 'undefined') {
    setInterval(() => {
      if (guard.claimed && !guard.beat()) lostToAnotherTab();
    }, BEAT_MS);
    globalThis.addEventListener?.('pagehide', () => guard.release());
    // A page restored from the back-forward cache takes its game up again, unless another tab has.
    globalThis.addEventListener?.('pageshow', (e) => {
      const playing = game !== null && get().screen !== 'title' && get().screen !== 'viewer';
      if ((e as PageTransitionEvent).persisted && playing && !guard.claim()) lostToAnotherTab();
    });
  }

  const session = sessionActions(hub);
  return {
    store,
    ...session,
    ...viewerActions(hub, session.continueGame),
    ...settingsActions(hub),

    /** Parse a scenario file's text: the scenario, or every problem by path. */
    readScenarioFile(text: string): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
      const r = parseScenarioText(text);
      return r.ok
        ? { ok: true, scenario: r.value }
        : { ok: false, problems: r.error.map(formatScenarioError) };
    },

    goTo(screen: StoreState['screen'], options: { openFile?: boolean } = {}): void {
      // At the title the game is not being played: another tab may take it up.
      if (screen === 'title') guard.release();
      set({ screen, openFile: options.openFile === true });
    },

    clearNotice(): void {
      set({ notice: null });
    },

    notify(kind: 'error' | 'info', text: string): void {
      set({ notice: { kind, text } });
    },
  };
}

export type GameStore = ReturnType<typeof createGameStore>;
