// The zustand vanilla store: the one bridge between the screens and the core. Screens call its
// actions and redraw from its state; the store calls the core and publishes what it returns.
import { createStore } from 'zustand/vanilla';
import {
  aiOrders,
  BUILTIN_SCENARIOS,
  createGame,
  encodeReplay,
  formatScenarioError,
  hashState,
  isPersonality,
  loadBuiltinScenario,
  type Order,
  otherParty,
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
import { clearSave, readSave, writeSave } from './save';
import type { IssueResult, Opponent, Session, Settings, StoreState, Viewer } from './types';

export interface NewGameOptions {
  /** A built-in scenario id, or a validated scenario (e.g. from a file). */
  scenario: string | Scenario;
  seed?: string;
  side?: Party;
  opponent?: Opponent;
}

export type Outcome = { ok: true } | { ok: false; message: string };

const SETTINGS_KEY = 'khitomer.settings';

function loadSettings(): Settings {
  const base: Settings = { animationSpeed: 1, reducedMotion: false, safePalette: false };
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_KEY);
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

export function createGameStore() {
  const store = createStore<StoreState>(() => ({
    screen: 'title',
    session: null,
    settings: loadSettings(),
    notice: null,
    openFile: false,
    viewer: null,
  }));
  const set = store.setState;
  const get = store.getState;

  const session = (): Session | null => get().session;
  const autosave = (s: Session) => {
    const r = writeSave(s.scenarioRaw, s.side, s.opponent, s.state, s.recorder.replay());
    if (!r.ok) set({ notice: { kind: 'error', text: r.message } });
  };

  const actions = {
    store,

    newGame(options: NewGameOptions): Outcome {
      let scenario: Scenario;
      let raw: unknown;
      if (typeof options.scenario === 'string') {
        const loaded = loadBuiltinScenario(options.scenario);
        if (!loaded.ok) return { ok: false, message: loaded.error.map(formatScenarioError).join('\n') };
        scenario = loaded.value;
        raw = BUILTIN_SCENARIOS[options.scenario];
      } else {
        scenario = options.scenario;
        raw = options.scenario;
      }
      const side = options.side ?? scenario.sides[0] ?? 'federation';
      if (!scenario.sides.includes(side))
        return { ok: false, message: `${scenario.title} cannot be played as ${side}.` };
      const opponent = options.opponent ?? 'pragmatist';
      if (opponent !== 'hotseat' && !isPersonality(opponent))
        return { ok: false, message: `"${opponent}" is not an opponent.` };
      const seed = options.seed?.trim() || freshSeed();
      const other = otherParty(side);
      const controllers = { [side]: 'human', [other]: opponent === 'hotseat' ? 'human' : opponent } as Record<
        Party,
        string
      >;
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
        reports: [],
        recorder: Recorder.start(scenario, seed, controllers),
      };
      set({ session: s, screen: 'game', notice: null });
      autosave(s);
      return { ok: true };
    },

    /** Parse a scenario file's text: the scenario, or every problem by path. */
    readScenarioFile(text: string): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
      const r = parseScenarioText(text);
      return r.ok
        ? { ok: true, scenario: r.value }
        : { ok: false, problems: r.error.map(formatScenarioError) };
    },

    /** Is there a game to continue? A corrupt or foreign save is set aside and reported (notice). */
    hasSave(): boolean {
      const r = readSave();
      if (!r.ok) set({ notice: { kind: 'error', text: r.message } });
      return r.ok && r.value !== null;
    },

    continueGame(): Outcome {
      const r = readSave();
      if (!r.ok) {
        set({ notice: { kind: 'error', text: r.message } });
        return { ok: false, message: r.message };
      }
      if (!r.value) return { ok: false, message: 'There is no saved game.' };
      const { scenario, side, opponent, state, replay } = r.value;
      const controllers = {
        federation: state.powers.federation.controller,
        klingon: state.powers.klingon.controller,
      };
      // Go on recording from the saved replay; a save without one starts a record from here on.
      const recorder =
        replay && replay.turns.length === state.year - scenario.firstYear
          ? Recorder.resume(replay, scenario, controllers)
          : Recorder.start(scenario, state.seed, controllers);
      set({
        session: {
          scenario,
          scenarioRaw: scenario,
          side,
          opponent,
          state,
          queued: { federation: [], klingon: [] },
          active: side,
          lastReport: null,
          reports: [],
          recorder,
        },
        screen: state.phase === 'ended' ? 'end' : 'game',
        notice: null,
      });
      return { ok: true };
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
      set({
        session: { ...s, queued: { ...s.queued, [party]: [...s.queued[party], v.value] } },
        notice: null,
      });
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
      set({ session: { ...s, queued: { ...s.queued, [party]: kept } } });
    },

    /** End the year for the power giving orders now (hot seat: hand over first). */
    endTurn(): Outcome {
      const s = session();
      if (!s) return { ok: false, message: 'No game is in progress.' };
      if (s.state.phase === 'ended') return { ok: false, message: `The game ended in ${s.state.year}.` };
      if (s.opponent === 'hotseat' && s.active === s.side) {
        set({ session: { ...s, active: otherParty(s.side) }, screen: 'handover' });
        return { ok: true };
      }
      const other = otherParty(s.side);
      const orders: Record<Party, Order[]> = { federation: [], klingon: [] };
      orders[s.side] = s.queued[s.side];
      orders[other] = s.opponent === 'hotseat' ? s.queued[other] : aiOrders(s.opponent, s.state, other);
      const r = resolveTurn(s.state, orders);
      if (!r.ok) return { ok: false, message: r.error.message };
      s.recorder.add(s.state, orders, r.value);
      const next: Session = {
        ...s,
        state: r.value.state,
        queued: { federation: [], klingon: [] },
        active: s.side,
        lastReport: r.value.report,
        reports: [...s.reports, r.value.report],
      };
      set({ session: next, screen: 'report' });
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
      set({ screen: s.opponent === 'hotseat' ? 'handover' : 'game' });
    },

    handoverDone(): void {
      set({ screen: 'game' });
    },

    goTo(screen: StoreState['screen'], options: { openFile?: boolean } = {}): void {
      set({ screen, openFile: options.openFile === true });
    },

    setSettings(patch: Partial<Settings>): void {
      const settings = { ...get().settings, ...patch };
      set({ settings });
      try {
        globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
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
      clearSave();
      set({ session: null, screen: 'title' });
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

    /** Take over the watched game at the year shown, as `side`: a new game, its replay branched. */
    takeOverHere(side: Party): Outcome {
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
        reports: [],
        recorder: r.value.recorder,
      };
      set({
        session: s,
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
