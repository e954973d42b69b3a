// The autosave: one game in storage, kept as its replay. A save is raw input: it is parsed, its game
// is rebuilt by playing its replay again (every year checked against the hash recorded), and the
// game rebuilt must have the hash the save recorded. A save that does not parse or does not verify
// is set aside (kept under another key) with the reason, never loaded and never thrown.
import {
  type Controller,
  cloneState,
  type GameState,
  hashState,
  MAX_REPLAY_CHARS,
  PARTIES,
  type Party,
  parseReplay,
  type Replay,
  RULES_VERSION,
  resolveScenario,
  type Scenario,
  verifyReplay,
} from '../sim/index';
import { OPPONENTS, type Opponent } from './types';

export const SAVE_KEY = 'khitomer.autosave';
export const SET_ASIDE_KEY = 'khitomer.autosave.set-aside';
const FORMAT = 'khitomer-save';
/** 2: the game is kept as its replay and the hash of its state. 1 kept the state itself. */
export const SAVE_VERSION = 2;
/** A save is its replay and a few fields: any game whose replay can be exported can be saved. */
export const MAX_SAVE_CHARS = MAX_REPLAY_CHARS + 10_000;

/** The part of the Web Storage API a save needs (localStorage in a browser, a Map in a test). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SaveGame {
  format: typeof FORMAT;
  version: typeof SAVE_VERSION;
  rulesVersion: number;
  side: Party;
  opponent: Opponent;
  /** The hash of the game's state when saved: the replay must rebuild exactly this state. */
  hash: string;
  replay: Replay;
}

export type SaveResult =
  | { ok: true }
  | { ok: false; code: 'save/quota' | 'save/too-large' | 'save/unavailable'; message: string };

export interface LoadedSave {
  scenario: Scenario;
  side: Party;
  opponent: Opponent;
  /** The game rebuilt from the replay, with its controllers as the save names them. */
  state: GameState;
  replay: Replay;
  /** Who played each side when the replay stopped (a recorder resumes from them). */
  recorded: Record<Party, Controller>;
}

export type LoadResult =
  | { ok: true; value: LoadedSave }
  | { ok: false; code: 'save/corrupt'; message: string; reason: string }
  | { ok: true; value: null };

/** The browser's localStorage, or null where there is none (or it may not be touched). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Who gives each side its orders in a game of `side` against `opponent`. */
export function controllersOf(side: Party, opponent: Opponent): Record<Party, Controller> {
  const them = opponent === 'hotseat' ? 'human' : opponent;
  return side === 'federation'
    ? { federation: 'human', klingon: them }
    : { federation: them, klingon: 'human' };
}

function withControllers(s: GameState, controllers: Record<Party, Controller>): GameState {
  if (PARTIES.every((p) => s.powers[p].controller === controllers[p])) return s;
  const next = cloneState(s);
  for (const p of PARTIES) next.powers[p].controller = controllers[p];
  return next;
}

export function writeSave(
  ls: KeyValueStorage | null,
  side: Party,
  opponent: Opponent,
  state: GameState,
  replay: Replay,
): SaveResult {
  if (!ls)
    return {
      ok: false,
      code: 'save/unavailable',
      message: 'This browser keeps no local storage: the game cannot be saved.',
    };
  const save: SaveGame = {
    format: FORMAT,
    version: SAVE_VERSION,
    rulesVersion: RULES_VERSION,
    side,
    opponent,
    hash: hashState(state),
    replay,
  };
  const text = JSON.stringify(save);
  if (text.length > MAX_SAVE_CHARS) {
    return {
      ok: false,
      code: 'save/too-large',
      message: `This game has outgrown its save: it needs ${text.length.toLocaleString('en')} characters, and a save holds at most ${MAX_SAVE_CHARS.toLocaleString('en')}. This year was not saved; export the replay to keep the game.`,
    };
  }
  try {
    ls.setItem(SAVE_KEY, text);
    return { ok: true };
  } catch (e) {
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return quota
      ? {
          ok: false,
          code: 'save/quota',
          message: `The browser’s storage is full: this year was not saved (the save needs ${text.length.toLocaleString('en')} characters). Free some space to keep autosaving.`,
        }
      : {
          ok: false,
          code: 'save/unavailable',
          message: `The game could not be saved (${e instanceof Error ? e.message : String(e)}).`,
        };
  }
}

/** The last save read and found good, so that reading it again does not play the game again. */
let last: { text: string; result: LoadResult } | null = null;

/** Read the autosave. `value: null` when there is none. A bad one is moved aside, with the reason. */
export function readSave(ls: KeyValueStorage | null = browserStorage()): LoadResult {
  if (!ls) return { ok: true, value: null };
  let text: string | null;
  try {
    text = ls.getItem(SAVE_KEY);
  } catch {
    return { ok: true, value: null };
  }
  if (text === null) return { ok: true, value: null };
  if (last?.text === text && last.result.ok && last.result.value) return last.result;
  const checked = checkSave(text);
  if (typeof checked === 'string') {
    try {
      ls.setItem(SET_ASIDE_KEY, text);
      ls.removeItem(SAVE_KEY);
    } catch {
      // Storage full or gone: the bad save stays where it is; it is reported all the same.
    }
    return {
      ok: false,
      code: 'save/corrupt',
      reason: checked,
      message: `The saved game could not be loaded and was set aside: ${checked}.`,
    };
  }
  const result: LoadResult = { ok: true, value: checked };
  last = { text, result };
  return result;
}

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Up to 40 characters of an untrusted value, quoted, for a message. */
function quote(v: unknown): string {
  const t = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return `"${t.length > 40 ? `${t.slice(0, 39)}…` : t}"`;
}

/** The game a save holds, rebuilt and checked; or why it cannot be loaded. */
export function checkSave(text: string): string | LoadedSave {
  if (text.length > MAX_SAVE_CHARS)
    return `it is ${text.length.toLocaleString('en')} characters long, and a save holds at most ${MAX_SAVE_CHARS.toLocaleString('en')}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  if (!isObject(raw) || raw.format !== FORMAT) return 'it is not a Khitomer save';
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return 'it has no version a Khitomer save can have';
  if (version > SAVE_VERSION) return 'it was written by a newer version of the game';
  if (typeof raw.rulesVersion !== 'number') return 'it names no rules version';
  if (raw.rulesVersion !== RULES_VERSION)
    return `it was played under rules version ${quote(raw.rulesVersion)}; this game plays rules version ${RULES_VERSION}`;
  const side = raw.side;
  if (side !== 'federation' && side !== 'klingon')
    return `its side ${quote(side)} is neither federation nor klingon`;
  const opponent = raw.opponent;
  if (typeof opponent !== 'string' || !(OPPONENTS as readonly string[]).includes(opponent))
    return `its opponent ${quote(opponent)} is not one of ${OPPONENTS.join(', ')}`;
  // Version 1 kept the state itself: the replay must rebuild that very state.
  let hash: unknown = raw.hash;
  if (version === 1) {
    try {
      hash = hashState(raw.state as GameState);
    } catch {
      return 'its game state is damaged';
    }
  }
  if (typeof hash !== 'string') return 'it records no hash of its game';
  if (raw.replay === undefined || raw.replay === null) return 'it holds no replay to rebuild its game from';
  const replay = parseReplay(raw.replay);
  if (!replay.ok) return `its replay is damaged: ${replay.error.message}`;
  const scenario = resolveScenario(replay.value);
  if (!scenario.ok) return `its scenario cannot be found: ${scenario.error.message}`;
  const verified = verifyReplay(replay.value);
  if (!verified.ok)
    return `its replay does not play out: ${verified.message}${verified.detail ? ` (${verified.detail})` : ''}`;
  const rebuilt = verified.state;
  const state = withControllers(rebuilt, controllersOf(side, opponent as Opponent));
  const actual = hashState(state);
  if (actual !== hash)
    return `the game it records is not the game its replay plays (the replay gives a state of hash ${actual}, the save records ${quote(hash)})`;
  return {
    scenario: scenario.value,
    side,
    opponent: opponent as Opponent,
    state,
    replay: replay.value,
    recorded: {
      federation: rebuilt.powers.federation.controller,
      klingon: rebuilt.powers.klingon.controller,
    },
  };
}

export function clearSave(ls: KeyValueStorage | null = browserStorage()): void {
  try {
    ls?.removeItem(SAVE_KEY);
  } catch {
    // nothing to clear
  }
}
