// The autosave: one game in localStorage, versioned, checked when read. A corrupt or foreign save
// is reported and set aside (kept under another key), never thrown at the title screen.
import {
  type GameState,
  parseReplay,
  parseScenario,
  type Replay,
  RULES_VERSION,
  type Scenario,
} from '../sim/index';
import type { Opponent } from './types';

export const SAVE_KEY = 'khitomer.autosave';
export const SET_ASIDE_KEY = 'khitomer.autosave.set-aside';
const FORMAT = 'khitomer-save';
const VERSION = 1;
/** Larger saves are refused on reading (a save of the full campaign is well under 1 MB). */
export const MAX_SAVE_CHARS = 5_000_000;

export interface SaveGame {
  format: typeof FORMAT;
  version: number;
  rulesVersion: number;
  scenario: unknown;
  side: 'federation' | 'klingon';
  opponent: Opponent;
  state: GameState;
  /** The game's replay so far, so that it can still be exported after Continue. */
  replay?: unknown;
}

export type SaveResult =
  | { ok: true }
  | { ok: false; code: 'save/quota' | 'save/unavailable'; message: string };

export interface LoadedSave {
  scenario: Scenario;
  side: 'federation' | 'klingon';
  opponent: Opponent;
  state: GameState;
  replay: Replay | null;
}

export type LoadResult =
  | { ok: true; value: LoadedSave }
  | { ok: false; code: string; message: string }
  | { ok: true; value: null };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function writeSave(
  scenarioRaw: unknown,
  side: SaveGame['side'],
  opponent: Opponent,
  state: GameState,
  replay: Replay | null = null,
): SaveResult {
  const ls = storage();
  if (!ls)
    return {
      ok: false,
      code: 'save/unavailable',
      message: 'This browser keeps no local storage: the game cannot be saved.',
    };
  const save: SaveGame = {
    format: FORMAT,
    version: VERSION,
    rulesVersion: RULES_VERSION,
    scenario: scenarioRaw,
    side,
    opponent,
    state,
    replay,
  };
  try {
    ls.setItem(SAVE_KEY, JSON.stringify(save));
    return { ok: true };
  } catch (e) {
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return quota
      ? {
          ok: false,
          code: 'save/quota',
          message:
            'The browser’s storage is full: this year was not saved. Free some space to keep autosaving.',
        }
      : {
          ok: false,
          code: 'save/unavailable',
          message: `The game could not be saved (${e instanceof Error ? e.message : String(e)}).`,
        };
  }
}

/** Read the autosave. `value: null` when there is none. A bad one is moved aside, with the reason. */
export function readSave(): LoadResult {
  const ls = storage();
  if (!ls) return { ok: true, value: null };
  const text = ls.getItem(SAVE_KEY);
  if (text === null) return { ok: true, value: null };
  const problem = checkSave(text);
  if (typeof problem === 'string') {
    try {
      ls.setItem(SET_ASIDE_KEY, text);
      ls.removeItem(SAVE_KEY);
    } catch {
      // Storage full or gone: the bad save stays where it is; it is reported all the same.
    }
    return {
      ok: false,
      code: 'save/corrupt',
      message: `The autosave could not be read and was set aside: ${problem}.`,
    };
  }
  return { ok: true, value: problem };
}

function checkSave(text: string): string | LoadedSave {
  if (text.length > MAX_SAVE_CHARS) return 'it is too large';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  const save = raw as Partial<SaveGame>;
  if (typeof save !== 'object' || save === null || save.format !== FORMAT) return 'it is not a Khitomer save';
  if (typeof save.version !== 'number' || save.version > VERSION)
    return 'it was written by a newer version of the game';
  if (save.rulesVersion !== RULES_VERSION)
    return `it was played under other rules (version ${String(save.rulesVersion)})`;
  if (save.side !== 'federation' && save.side !== 'klingon') return 'it names no side';
  const scenario = parseScenario(save.scenario);
  if (!scenario.ok)
    return `its scenario is invalid (${scenario.error[0]?.path}: ${scenario.error[0]?.message})`;
  const s = save.state;
  if (
    typeof s !== 'object' ||
    s === null ||
    s.scenarioId !== scenario.value.id ||
    typeof s.year !== 'number' ||
    !Array.isArray(s.systems)
  ) {
    return 'its game state is damaged';
  }
  const opponent = save.opponent;
  if (typeof opponent !== 'string') return 'it names no opponent';
  // The replay is a convenience (export after Continue): a damaged one is dropped, not fatal.
  const replay = save.replay === undefined || save.replay === null ? null : parseReplay(save.replay);
  return {
    scenario: scenario.value,
    side: save.side,
    opponent,
    state: s,
    replay: replay?.ok ? replay.value : null,
  };
}

export function clearSave(): void {
  try {
    storage()?.removeItem(SAVE_KEY);
  } catch {
    // nothing to clear
  }
}
