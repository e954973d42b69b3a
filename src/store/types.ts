import type {
  AiPersonality,
  Change,
  GameState,
  Order,
  OrderError,
  Party,
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
}

export type Screen = 'title' | 'new-game' | 'game' | 'handover' | 'report' | 'end';

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
  reports: TurnReport[];
}

export interface StoreState {
  screen: Screen;
  session: Session | null;
  settings: Settings;
  /** The new-game screen opens on the scenario file picker. */
  openFile: boolean;
  /** The last problem to tell the player (a refused order, a bad file, a failed save). */
  notice: { kind: 'error' | 'info'; text: string } | null;
}

export type IssueResult = { ok: true } | { ok: false; error: OrderError };
export type { Change };
