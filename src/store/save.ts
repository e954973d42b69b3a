// The autosave: one game in storage, kept as its replay. A save is raw input: it is parsed, its game
// is rebuilt by playing its replay again (every year checked against the hash recorded), and the
// game rebuilt must have the hash the save recorded. A save that does not parse or does not verify
// is set aside (kept under another key) with the reason, never loaded and never thrown.
import {
  type Controller,
  cloneState,
  fromStateData,
  type GameState,
  hashState,
  isParty,
  MAX_REPLAY_CHARS,
  type Order,
  PARTIES,
  type Party,
  parseReplay,
  type Replay,
  RULES_VERSION,
  replayStates,
  resolveScenario,
  type Scenario,
  type StateData,
  type TurnReport,
  validateOrder,
} from '../sim/index';
import { OPPONENTS, type Opponent } from './types';

export const SAVE_KEY = 'khitomer.autosave';
export const SET_ASIDE_KEY = 'khitomer.autosave.set-aside';
/**
 * The year in progress, beside the save: the orders queued and who is at the screen. Kept apart so
 * that an order given rewrites a few hundred characters, not the whole replay; it names the hash of
 * the state it was queued against, and is taken up only with a save of that very state.
 */
export const YEAR_KEY = 'khitomer.autosave.year';
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
  /** Every year's report, as the replay plays it (the last is the one a player may not have read). */
  reports: TurnReport[];
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
      message: `This game has outgrown its save: it needs ${text.length.toLocaleString('en')} characters, and a save holds at most ${MAX_SAVE_CHARS.toLocaleString('en')}. This year was not saved; ${
        opponent === 'hotseat'
          ? 'keep this tab open: once the game has ended, its replay can be exported'
          : 'export the replay (Export replay, top right) to keep the game'
      }.`,
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
          message: `The browser’s storage is full: this year was not saved (the save needs ${text.length.toLocaleString('en')} characters). ${FREE_SPACE}`,
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
      hash = hashState(fromStateData(raw.state as StateData));
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
  const walked = replayStates(replay.value);
  const verified = walked.verification;
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
    reports: walked.reports,
  };
}

export function clearSave(ls: KeyValueStorage | null = browserStorage()): void {
  try {
    ls?.removeItem(SAVE_KEY);
    ls?.removeItem(YEAR_KEY);
  } catch {
    // nothing to clear
  }
}

/** Where a year stands between two saves: the orders queued, who is at the screen, who has yet to read the report. */
export interface YearInProgress {
  queued: Record<Party, Order[]>;
  active: Party;
  /** The sides yet to read the last year's report, the next reader first. */
  unread: Party[];
}

export interface SavedYear extends YearInProgress {
  /** What was saved and no longer passes, dropped: a sentence for the player, or null. */
  dropped: string | null;
}

/**
 * How a player frees the storage: what the game itself keeps there besides the save, and the
 * browser's own way (playtest 29 read "Free some space" and found nothing in the game that did).
 */
export const FREE_SPACE =
  'To free space, delete scenarios you no longer need (Editor, Open, My scenarios), or clear this site’s data in the browser’s settings: the game on screen is saved again when its year ends.';

/**
 * Keep the year in progress of the game whose state has `hash`: false when the storage refuses it
 * (full), so that the player is told at once that orders given now would not outlive a reload.
 */
export function writeYear(ls: KeyValueStorage | null, hash: string, year: YearInProgress): boolean {
  try {
    ls?.setItem(YEAR_KEY, JSON.stringify({ hash, ...year }));
    return true;
  } catch {
    return false;
  }
}

/** What the player is told when the year in progress cannot be kept. */
export const YEAR_NOT_KEPT = `The browser’s storage is full: the orders given now are not kept, and a reload or a closed tab would lose them. ${FREE_SPACE}`;

/** At most this many orders a side are read back (more than any year can afford). */
const MAX_QUEUED = 64;

/**
 * The year in progress of a loaded save, parsed: each order checked again against the rebuilt game
 * (one that no longer passes is dropped, and the player told); who is at the screen and who has yet
 * to read the report only as the game allows. One kept for another state (a save that failed) is
 * not taken up.
 */
export function readYear(ls: KeyValueStorage | null, game: LoadedSave): SavedYear {
  const fresh: SavedYear = {
    queued: { federation: [], klingon: [] },
    active: game.side,
    unread: [],
    dropped: null,
  };
  let raw: unknown;
  try {
    const text = ls?.getItem(YEAR_KEY);
    if (!text) return fresh;
    raw = JSON.parse(text);
  } catch {
    return {
      ...fresh,
      dropped: 'The orders queued before the game was left could not be read, and were dropped.',
    };
  }
  if (!isObject(raw) || raw.hash !== hashState(game.state)) return fresh;
  const hotseat = game.opponent === 'hotseat';
  const ended = game.state.phase === 'ended';
  // Only a person's orders are kept: an AI gives its own when the year ends.
  const people = PARTIES.filter((p) => hotseat || p === game.side);
  const queued: Record<Party, Order[]> = { federation: [], klingon: [] };
  let dropped = 0;
  let reason = '';
  const given = isObject(raw.queued) ? raw.queued : {};
  for (const party of people) {
    const list = Object.hasOwn(given, party) ? given[party] : [];
    if (!Array.isArray(list)) continue;
    for (const o of list.slice(0, MAX_QUEUED)) {
      const v = validateOrder(game.state, party, o, queued[party]);
      if (v.ok) queued[party].push(v.value);
      else {
        dropped++;
        reason ||= v.error.message;
      }
    }
  }
  const readers = Array.isArray(raw.unread) ? raw.unread : [];
  const unread =
    ended || game.reports.length === 0
      ? []
      : people.filter((p) => readers.includes(p)).sort((a, b) => readers.indexOf(a) - readers.indexOf(b));
  // The next reader is the one at the screen.
  const asked = raw.active;
  const active = unread[0] ?? (hotseat && typeof asked === 'string' && isParty(asked) ? asked : game.side);
  // In hot seat the other side's orders and reasons stay unsaid: the player at the screen may not be theirs.
  const why = hotseat ? '' : ` (${reason.replace(/\.$/, '')})`;
  return {
    queued: ended ? { federation: [], klingon: [] } : queued,
    active,
    unread,
    dropped:
      dropped === 0
        ? null
        : `${dropped === 1 ? 'An order' : `${dropped} orders`} queued before the game was left no longer ${dropped === 1 ? 'passes' : 'pass'} the rules, and ${dropped === 1 ? 'was' : 'were'} dropped${why}.`,
  };
}
