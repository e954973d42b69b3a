// The zustand vanilla store: the one bridge between the screens and the core. Screens call its
// actions and redraw from its state; the store calls the core and publishes what it returns.
import { createStore } from 'zustand/vanilla';
import {
  BUILTIN_SCENARIOS,
  encodeReplay,
  formatScenarioError,
  hashState,
  isParty,
  isPersonality,
  otherParty,
  type Party,
  parseReplay,
  parseReplayText,
  parseScenarioText,
  type Replay,
  replayStates,
  type Scenario,
  takeOver,
} from '../sim/index';
import { describeSaved, freshSeed, gameActions, type Hub, OPEN_ELSEWHERE } from './games';
import { BEAT_MS, TabGuard } from './guard';
import type { NewGameOptions } from './options';
import { browserStorage, clearSave, type KeyValueStorage, readSave, writeSave, writeYear } from './save';
import { sessionSeen } from './seen';
import type { Opponent, Outcome, Session, Settings, StoreState, Viewer } from './types';

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

const SETTINGS_KEY = 'khitomer.settings';

function loadSettings(ls: KeyValueStorage | null): Settings {
  const base: Settings = { animationSpeed: 1, reducedMotion: false, safePalette: false };
  try {
    const raw = ls?.getItem(SETTINGS_KEY);
    if (!raw) return base;
    const s = JSON.parse(raw) as Partial<Settings>;
    return {
      animationSpeed:
        typeof s.animationSpeed === 'number' && s.animationSpeed > 0 && s.animationSpeed <= 4
          ? s.animationSpeed
          : 1,
      reducedMotion: s.reducedMotion === true,
      safePalette: s.safePalette === true,
    };
  } catch {
    return base;
  }
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
  let game: Session | null = null;
  const hub: Hub = {
    set,
    ls,
    guard,
    game: () => game,
    publish(g, extra = {}) {
      game = g;
      set({ session: g ? sessionSeen(g) : null, ...extra });
      // Every change of the year in progress is kept at once: a reload or a crash loses no order.
      if (g && guard.holds())
        writeYear(ls, hashState(g.state), { queued: g.queued, active: g.active, unread: g.unread });
    },
    autosave(s) {
      if (!guard.holds()) {
        lostToAnotherTab();
        return;
      }
      const r = writeSave(ls, s.side, s.opponent, s.state, s.recorder.replay());
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
  const { publish, autosave, savedInProgress } = hub;
  const session = (): Session | null => game;

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

  const actions = {
    store,

    ...gameActions(hub),

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

    setSettings(patch: Partial<Settings>): void {
      const settings = { ...get().settings, ...patch };
      set({ settings });
      try {
        ls?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        set({
          notice: { kind: 'error', text: 'Settings could not be saved: the browser’s storage is full.' },
        });
      }
    },

    clearNotice(): void {
      set({ notice: null });
    },

    abandon(): void {
      clearSave(ls);
      guard.release();
      publish(null, { screen: 'title' });
    },

    /** The current game's replay (at any point of it, and at its end). */
    replay(): Replay | null {
      return session()?.recorder.replay() ?? null;
    },

    replayText(): string | null {
      const r = session()?.recorder.replay();
      return r ? encodeReplay(r) : null;
    },

    /**
     * Open a replay in the viewer: parsed, re-simulated and checked year by year. A replay that
     * cannot be read is refused with why; one that diverges opens stopped at the year it diverges.
     */
    loadReplay(
      input: unknown,
    ):
      | { ok: true; years: number; finalHash: string | null; problem: string | null }
      | { ok: false; message: string } {
      const parsed = typeof input === 'string' ? parseReplayText(input) : parseReplay(input);
      if (!parsed.ok) {
        const message = `This replay cannot be opened: ${parsed.error.message}`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, message };
      }
      const replay = parsed.value;
      const walked = replayStates(replay);
      const v = walked.verification;
      if (walked.states.length === 0 || !walked.scenario) {
        const message = `This replay cannot be played: ${v.ok ? 'it has no years' : v.message}`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, message };
      }
      const problem = v.ok
        ? null
        : `${v.message[0]?.toUpperCase()}${v.message.slice(1)}${v.detail ? ` (${v.detail})` : ''}.`;
      const viewer: Viewer = {
        replay,
        // The scenario played: one the replay carries is shown as what it is, under its own title.
        scenario: walked.scenario,
        states: walked.states,
        reports: walked.reports,
        index: v.ok ? 0 : Math.max(0, walked.states.length - 1),
        playing: false,
        speed: 2,
        problem,
      };
      set({ viewer, screen: 'viewer', notice: problem ? { kind: 'error', text: problem } : null });
      return { ok: true, years: walked.reports.length, finalHash: v.ok ? v.finalHash : null, problem };
    },

    viewerSeek(index: number): void {
      const v = get().viewer;
      if (!v) return;
      const at = Math.max(0, Math.min(v.states.length - 1, Math.round(index)));
      set({ viewer: { ...v, index: at, playing: at < v.states.length - 1 ? v.playing : false } });
    },

    viewerPlay(playing: boolean): void {
      const v = get().viewer;
      if (v) set({ viewer: { ...v, playing: playing && v.index < v.states.length - 1 } });
    },

    viewerSpeed(speed: number): void {
      const v = get().viewer;
      if (v && speed > 0 && speed <= 16) set({ viewer: { ...v, speed } });
    },

    /**
     * Take over the watched game at the year shown, as `side`: a new game, its replay branched. Like
     * a new game, it does not replace a game saved and in progress unless `replace` says so.
     */
    takeOverHere(side: Party, how: { replace?: boolean } = {}): Outcome {
      if (!isParty(side)) return { ok: false, message: 'A side is federation or klingon.' };
      const saved = how.replace || !get().viewer ? null : savedInProgress();
      if (saved) {
        const message = `A game is saved (${describeSaved(saved)}): taking over here would replace it.`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, code: 'game/saved', message };
      }
      if (!guard.claim()) {
        set({ notice: { kind: 'error', text: OPEN_ELSEWHERE } });
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      }
      const v = get().viewer;
      if (!v) return { ok: false, message: 'No replay is open.' };
      const year = v.states.at(v.index)?.year;
      if (year === undefined) return { ok: false, message: 'No year is shown.' };
      const other = otherParty(side);
      const recorded = v.states.at(v.index)?.powers[other].controller ?? 'pragmatist';
      const opponent: Opponent = isPersonality(recorded) ? recorded : 'pragmatist';
      const r = takeOver(v.replay, year, side, { [other]: opponent });
      if (!r.ok) {
        set({ notice: { kind: 'error', text: r.error.message } });
        return { ok: false, message: r.error.message };
      }
      const s: Session = {
        scenario: r.value.scenario,
        scenarioRaw:
          v.replay.scenario.embedded ?? BUILTIN_SCENARIOS[v.replay.scenario.id] ?? r.value.scenario,
        side,
        opponent,
        state: r.value.state,
        queued: { federation: [], klingon: [] },
        active: side,
        lastReport: null,
        unread: [],
        reports: [],
        recorder: r.value.recorder,
      };
      publish(s, {
        viewer: null,
        screen: 'game',
        notice: {
          kind: 'info',
          text: `You took over in ${year} as ${side === 'federation' ? 'the Federation' : 'the Klingon Empire'}.`,
        },
      });
      autosave(s);
      return { ok: true };
    },

    closeViewer(): void {
      set({ viewer: null, screen: 'title' });
    },

    notify(kind: 'error' | 'info', text: string): void {
      set({ notice: { kind, text } });
    },

    hash(): string | null {
      const s = session();
      return s ? hashState(s.state) : null;
    },
  };
  return actions;
}

export type GameStore = ReturnType<typeof createGameStore>;
