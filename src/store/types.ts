import type {
  AiPersonality,
  Change,
  GameState,
  Order,
  OrderError,
  Party,
  Recording,
  Replay,
  Scenario,
  TurnReport,
} from '../sim/index';

/** Who plays the other side: an AI personality, or a second person on the same screen. */
export type Opponent = AiPersonality | 'hotseat';

export const OPPONENTS: readonly Opponent[] = ['loyalist', 'pragmatist', 'hawk', 'hotseat'];

export interface Settings {
  /** Multiplier on animation times: 0.5 fast, 1 normal, 2 slow. */
  animationSpeed: number;
  reducedMotion: boolean;
  /** A palette safe for colour-blind players. */
  safePalette: boolean;
  /** The first game's hints shown (a new player sees them; the player may fold them away). */
  hints: boolean;
}

export type Screen = 'title' | 'new-game' | 'game' | 'handover' | 'report' | 'end' | 'viewer' | 'editor';

/**
 * A game in progress, as published in `StoreState.session`: the game as the side at the screen
 * (`active`) has seen it, the other side's undetected covert acts, intelligence and queued orders
 * not in it (`stateSeenBy`, `reportSeenBy`). The store itself holds the whole `Game`.
 */
export interface Session {
  scenario: Scenario;
  /** The scenario as loaded (kept for the save). */
  scenarioRaw: unknown;
  side: Party;
  opponent: Opponent;
  state: GameState;
  /** Orders queued this year by each power (the other side's stay hidden in hot seat). */
  queued: Record<Party, Order[]>;
  /** In hot seat: whose orders are being given now. */
  active: Party;
  /** The last year's report, shown at the end of the year. */
  lastReport: TurnReport | null;
  /**
   * The sides yet to read the last report, the next reader first (the one at the screen): in hot
   * seat both, one after the other with a hand-over between; otherwise the player, until it is closed.
   */
  unread: Party[];
  reports: TurnReport[];
}

/**
 * The whole game the store holds: the session and its replay so far (a value, a year appended as
 * each is resolved). The screens get only the session as their side has seen it (`sessionSeen`):
 * never the replay, which holds both sides' orders, covert ones too.
 */
export interface Game extends Session {
  recording: Recording;
}

/** What the map and the HUD draw: a game's state, whose turn it is, and the orders queued. */
export type Shown = Pick<Session, 'state' | 'active' | 'queued' | 'scenario'>;

/** A replay being watched: every year's state as the rules play it. */
export interface Viewer {
  replay: Replay;
  scenario: Scenario;
  /** The state each year started from, then the state after the last year (read with `at`: rebuilt on demand). */
  states: Pick<GameState[], 'length' | 'at'>;
  reports: TurnReport[];
  /** Which of `states` is shown. */
  index: number;
  playing: boolean;
  /** Years a second while playing. */
  speed: number;
  /** Set when verification failed: "the replay diverges in 2341" (the viewer stops there). */
  problem: string | null;
  /** The saved game's own replay, watched from the title: closing the viewer continues that game. */
  ofSaved?: boolean;
}

export interface StoreState {
  screen: Screen;
  /** The slice of the game being played. */
  session: Session | null;
  /** The slice of the settings. */
  settings: Settings;
  /** The slice of a replay being watched. */
  viewer: Viewer | null;
  /** The new-game screen opens on the scenario file picker. */
  openFile: boolean;
  /** A link asked for a new game while a game is saved: the player chooses (`answerLink`). */
  linkOffer: { text: string; saved: string } | null;
  /** The last problem to tell the player (a refused order, a bad file, a failed save). */
  notice: { kind: 'error' | 'info'; text: string } | null;
}

/** A refusal says why; `code` tells a screen which question to ask (`game/saved`: replace it?). */
export type Outcome = { ok: true } | { ok: false; message: string; code?: string };

export type IssueResult = { ok: true } | { ok: false; error: OrderError };
export type { Change };
