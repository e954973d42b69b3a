// The zustand vanilla store: the one bridge between the screens and the core. Screens call its
// actions and redraw from its state; the store calls the core and publishes what it returns.
import { createStore } from 'zustand/vanilla';
import {
  aiOrders,
  BUILTIN_SCENARIOS,
  createGame,
  encodeReplay,
  formatScenarioError,
  type GameState,
  hashState,
  isParty,
  isPersonality,
  loadBuiltinScenario,
  type Order,
  otherParty,
  PARTY_NAMES,
  type Party,
  parseReplay,
  parseReplayText,
  parseScenarioText,
  Recorder,
  type Replay,
  replayStates,
  resolveTurn,
  type Scenario,
  seedFromEntropy,
  takeOver,
  validateOrder,
} from '../sim/index';
import { BEAT_MS, TabGuard } from './guard';
import { checkNewGameOptions, linkOptions, type NewGameOptions } from './options';
import {
  browserStorage,
  clearSave,
  controllersOf,
  type KeyValueStorage,
  type LoadedSave,
  readSave,
  writeSave,
} from './save';
import { sessionSeen } from './seen';
import type { IssueResult, Opponent, Session, Settings, StoreState, Viewer } from './types';

export type { NewGameOptions };

/** A refusal says why; `code` tells a screen which question to ask (`game/saved`: replace it?). */
export type Outcome = { ok: true } | { ok: false; message: string; code?: string };

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

/** A fresh seed from the browser's (or Node's) crypto: shown to the player and recorded. */
export function freshSeed(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return seedFromEntropy([...bytes]);
}

const OPPONENT_NAMES: Record<Opponent, string> = {
  loyalist: 'the loyalist AI',
  pragmatist: 'the pragmatist AI',
  hawk: 'the hawk AI',
  hotseat: 'a second player (hot seat)',
};

/** A saved game in a sentence: "Centennial Eve, 2295, as the Federation against the hawk AI". */
export function describeSaved(g: {
  scenario: Scenario;
  side: Party;
  opponent: Opponent;
  state: GameState;
}): string {
  const when =
    g.state.phase === 'ended' ? `ended in ${g.state.result?.year ?? g.state.year}` : `${g.state.year}`;
  return `${g.scenario.title}, ${when}, as ${PARTY_NAMES[g.side]} against ${OPPONENT_NAMES[g.opponent]}`;
}

const OPEN_ELSEWHERE =
  'The saved game is open in another tab of this browser: play it there, or close that tab and try again in a few seconds.';

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

  /** The whole game; the store publishes only what the side at the screen has seen of it. */
  let game: Session | null = null;
  let pendingLink: NewGameOptions | null = null;
  const session = (): Session | null => game;
  const publish = (g: Session | null, extra: Partial<StoreState> = {}) => {
    game = g;
    set({ session: g ? sessionSeen(g) : null, ...extra });
  };

  const autosave = (s: Session) => {
    if (!guard.holds()) {
      set({
        notice: {
          kind: 'error',
          text: 'This game was opened in another tab: this tab no longer saves it, so that neither overwrites the other.',
        },
      });
      return;
    }
    const r = writeSave(ls, s.side, s.opponent, s.state, s.recorder.replay());
    if (!r.ok) set({ notice: { kind: 'error', text: r.message } });
  };

  if (options.timers ?? typeof window !== 'undefined') {
    setInterval(() => {
      if (guard.claimed && !guard.beat())
        set({
          notice: {
            kind: 'error',
            text: 'This game was opened in another tab: this tab no longer saves it, so that neither overwrites the other.',
          },
        });
    }, BEAT_MS);
    globalThis.addEventListener?.('pagehide', () => guard.release());
  }

  /** A saved game still in progress (one that ended loses nothing when replaced). A bad save is reported. */
  const savedInProgress = (): LoadedSave | null => {
    const r = readSave(ls);
    if (!r.ok) {
      set({ notice: { kind: 'error', text: r.message } });
      return null;
    }
    return r.value && r.value.state.phase !== 'ended' ? r.value : null;
  };

  const actions = {
    store,

    /**
     * Start a game. Its options are checked whatever they are; a game saved and still in progress is
     * not replaced unless `replace` says so (the refusal's code is `game/saved`: ask the player).
     */
    newGame(input: unknown, how: { replace?: boolean } = {}): Outcome {
      const checked = checkNewGameOptions(input);
      if (!checked.ok) return { ok: false, message: checked.error };
      const { scenario, raw, side, opponent } = checked.value;
      if (!how.replace) {
        const saved = savedInProgress();
        if (saved)
          return {
            ok: false,
            code: 'game/saved',
            message: `A game is saved (${describeSaved(saved)}): a new game would replace it.`,
          };
      }
      if (!guard.claim()) return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      const seed = checked.value.seed ?? freshSeed();
      const controllers = controllersOf(side, opponent);
      const created = createGame(scenario, { seed, controllers });
      if (!created.ok) return { ok: false, message: created.error.message };
      const s: Session = {
        scenario,
        scenarioRaw: raw,
        side,
        opponent,
        state: created.value,
        queued: { federation: [], klingon: [] },
        active: side,
        lastReport: null,
        unseenReport: null,
        reports: [],
        recorder: Recorder.start(scenario, seed, controllers),
      };
      pendingLink = null;
      publish(s, { screen: 'game', notice: null, linkOffer: null });
      autosave(s);
      return { ok: true };
    },

    /**
     * Open the game a link's query asks for, once: while a game is saved and in progress, offer to
     * continue it instead (`answerLink`), and never replace it unasked.
     */
    openLink(search: string): Outcome {
      const asked = linkOptions(search);
      if (asked === null) return { ok: true };
      if (!asked.ok) {
        set({ notice: { kind: 'error', text: asked.error } });
        return { ok: false, message: asked.error };
      }
      const r = actions.newGame(asked.value);
      if (r.ok) return r;
      if (r.code === 'game/saved') {
        const saved = savedInProgress();
        pendingLink = asked.value;
        const link = checkNewGameOptions(asked.value);
        const what = link.ok
          ? `${link.value.scenario.title}${link.value.seed ? ` (seed ${link.value.seed})` : ''}`
          : 'a new game';
        set({
          screen: 'title',
          linkOffer: { text: `The link opens ${what}.`, saved: saved ? describeSaved(saved) : '' },
        });
        return r;
      }
      const message = `The link's game cannot start: ${r.message}`;
      set({ notice: { kind: 'error', text: message } });
      return { ok: false, message, code: r.code };
    },

    /** The player's answer to a link that came while a game was saved. */
    answerLink(choice: 'continue' | 'replace' | 'dismiss'): Outcome {
      const link = pendingLink;
      set({ linkOffer: null });
      pendingLink = null;
      if (choice === 'continue') return actions.continueGame();
      if (choice === 'replace' && link) return actions.newGame(link, { replace: true });
      return { ok: true };
    },

    /** Parse a scenario file's text: the scenario, or every problem by path. */
    readScenarioFile(text: string): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
      const r = parseScenarioText(text);
      return r.ok
        ? { ok: true, scenario: r.value }
        : { ok: false, problems: r.error.map(formatScenarioError) };
    },

    /** Is there a game to continue? A save that cannot be loaded is set aside and reported (notice). */
    hasSave(): boolean {
      const r = readSave(ls);
      if (!r.ok) set({ notice: { kind: 'error', text: r.message } });
      return r.ok && r.value !== null;
    },

    /** The saved game in a sentence, or null when none can be loaded. */
    savedGame(): string | null {
      const r = readSave(ls);
      return r.ok && r.value ? describeSaved(r.value) : null;
    },

    /** Whether another tab plays the saved game now. */
    openElsewhere(): boolean {
      return guard.heldElsewhere();
    },

    continueGame(): Outcome {
      if (!guard.claim()) {
        set({ notice: { kind: 'error', text: OPEN_ELSEWHERE } });
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      }
      const r = readSave(ls);
      if (!r.ok) {
        set({ notice: { kind: 'error', text: r.message } });
        return { ok: false, message: r.message };
      }
      if (!r.value) return { ok: false, message: 'There is no saved game.' };
      const { scenario, side, opponent, state, replay, recorded } = r.value;
      publish(
        {
          scenario,
          scenarioRaw: replay.scenario.embedded ?? BUILTIN_SCENARIOS[scenario.id] ?? scenario,
          side,
          opponent,
          state,
          queued: { federation: [], klingon: [] },
          active: side,
          lastReport: null,
          unseenReport: null,
          reports: [],
          recorder: Recorder.resume(replay, scenario, recorded),
        },
        {
          // In hot seat the screen is handed to the first player before it shows their side.
          screen: state.phase === 'ended' ? 'end' : opponent === 'hotseat' ? 'handover' : 'game',
          notice: null,
          linkOffer: null,
        },
      );
      pendingLink = null;
      return { ok: true };
    },

    /** The whole game, with what the side at the screen has not seen (for the console and tests). */
    current(): Session | null {
      return game;
    },

    /** Queue an order for the power giving orders now; a refusal changes nothing. */
    issue(order: unknown): IssueResult {
      const s = session();
      if (!s) return { ok: false, error: { code: 'game/none', message: 'No game is in progress.' } };
      const party = s.active;
      const v = validateOrder(s.state, party, order, s.queued[party]);
      if (!v.ok) {
        set({ notice: { kind: 'error', text: v.error.message } });
        return v;
      }
      publish({ ...s, queued: { ...s.queued, [party]: [...s.queued[party], v.value] } }, { notice: null });
      return { ok: true };
    },

    withdraw(index: number): void {
      const s = session();
      if (!s) return;
      const party = s.active;
      const list = s.queued[party].filter((_, i) => i !== index);
      // Later orders were checked against the budget with the withdrawn one in it: keep those still valid.
      const kept: Order[] = [];
      for (const o of list) if (validateOrder(s.state, party, o, kept).ok) kept.push(o);
      publish({ ...s, queued: { ...s.queued, [party]: kept } });
    },

    /**
     * End the year for the power giving orders now. In hot seat the first player hands over; the
     * second's end resolves the year, shows that player the report as their side saw it, then hands
     * over to the first, who sees it as theirs.
     */
    endTurn(): Outcome {
      const s = session();
      if (!s) return { ok: false, message: 'No game is in progress.' };
      if (s.state.phase === 'ended') return { ok: false, message: `The game ended in ${s.state.year}.` };
      const other = otherParty(s.side);
      if (s.opponent === 'hotseat' && s.active === s.side) {
        publish({ ...s, active: other, unseenReport: null }, { screen: 'handover' });
        return { ok: true };
      }
      const orders: Record<Party, Order[]> = { federation: [], klingon: [] };
      orders[s.side] = s.queued[s.side];
      orders[other] = s.opponent === 'hotseat' ? s.queued[other] : aiOrders(s.opponent, s.state, other);
      const r = resolveTurn(s.state, orders);
      if (!r.ok) return { ok: false, message: r.error.message };
      s.recorder.add(s.state, orders, r.value);
      const hotseat = s.opponent === 'hotseat';
      const next: Session = {
        ...s,
        state: r.value.state,
        queued: { federation: [], klingon: [] },
        // In hot seat the second player is still at the screen, and reads the report first.
        active: hotseat ? other : s.side,
        unseenReport: hotseat ? s.side : null,
        lastReport: r.value.report,
        reports: [...s.reports, r.value.report],
      };
      publish(next, { screen: 'report' });
      autosave(next);
      return { ok: true };
    },

    closeReport(): void {
      const s = session();
      if (!s) return;
      if (s.state.phase === 'ended') {
        set({ screen: 'end' });
        return;
      }
      if (s.opponent === 'hotseat' && s.unseenReport !== null && s.unseenReport !== s.active) {
        publish({ ...s, active: s.unseenReport }, { screen: 'handover' });
        return;
      }
      publish({ ...s, unseenReport: null }, { screen: 'game' });
    },

    handoverDone(): void {
      const s = session();
      if (s && s.unseenReport === s.active && s.lastReport) {
        publish({ ...s, unseenReport: null }, { screen: 'report' });
        return;
      }
      set({ screen: 'game' });
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
      if (walked.states.length === 0) {
        const message = `This replay cannot be played: ${v.ok ? 'it has no years' : v.message}`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, message };
      }
      const first = walked.states[0];
      const scenario = loadBuiltinScenario(replay.scenario.id);
      const scenarioValue = scenario.ok ? scenario.value : null;
      const problem = v.ok
        ? null
        : `${v.message[0]?.toUpperCase()}${v.message.slice(1)}${v.detail ? ` (${v.detail})` : ''}.`;
      const viewer: Viewer = {
        replay,
        scenario: scenarioValue ?? (parseEmbedded(replay) as Scenario),
        states: walked.states,
        reports: walked.reports,
        index: v.ok ? 0 : Math.max(0, walked.states.length - 1),
        playing: false,
        speed: 2,
        problem,
      };
      set({ viewer, screen: 'viewer', notice: problem ? { kind: 'error', text: problem } : null });
      void first;
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
      const v = get().viewer;
      if (!v) return { ok: false, message: 'No replay is open.' };
      const year = v.states[v.index]?.year;
      if (year === undefined) return { ok: false, message: 'No year is shown.' };
      if (!isParty(side)) return { ok: false, message: 'A side is federation or klingon.' };
      const saved = how.replace ? null : savedInProgress();
      if (saved) {
        const message = `A game is saved (${describeSaved(saved)}): taking over here would replace it.`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, code: 'game/saved', message };
      }
      if (!guard.claim()) {
        set({ notice: { kind: 'error', text: OPEN_ELSEWHERE } });
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      }
      const other = otherParty(side);
      const recorded = v.states[v.index]?.powers[other].controller ?? 'pragmatist';
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
        unseenReport: null,
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

/** An embedded scenario, parsed (the replay's own check has already accepted it). */
function parseEmbedded(replay: Replay): Scenario | null {
  const r =
    replay.scenario.embedded === undefined
      ? null
      : parseScenarioText(JSON.stringify(replay.scenario.embedded));
  return r?.ok ? r.value : null;
}

export type GameStore = ReturnType<typeof createGameStore>;
