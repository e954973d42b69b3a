import { loadBuiltinScenario } from '../builtin';
import { Derived } from '../derived';
import { RULES_VERSION } from '../game';
import { describeIssue, formatPath, parseScenario, type ScenarioError } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import type { Result } from '../types';
import {
  hashKeptInLink,
  MAX_REPLAY_CHARS,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  ReplaySchema,
  scenarioHash,
} from './format';

export const REPLAY_ERROR_CODES = [
  'replay/not-json',
  'replay/too-large',
  'replay/foreign',
  'replay/newer-format',
  'replay/malformed',
  'replay/rules-version',
  'replay/scenario-unknown',
  'replay/scenario-tampered',
  'replay/scenario-changed',
  'replay/truncated',
  'replay/hash-missing',
  // Found while re-simulating (verify.ts), not while parsing.
  'replay/diverges',
  'replay/no-such-year',
] as const;
export type ReplayErrorCode = (typeof REPLAY_ERROR_CODES)[number];

export interface ReplayError {
  code: ReplayErrorCode;
  message: string;
  /** For `replay/malformed`: every problem, by its path in the file. */
  issues: { path: string; message: string }[];
}

/** Finds a built-in scenario by id; the default is the game's own. */
export type ScenarioLoader = (id: string) => Result<Scenario, ScenarioError[]>;

export interface ParseReplayOptions {
  scenarios?: ScenarioLoader;
  /**
   * Which years must carry their hash: `every-year` for a replay file (what the command line
   * reads), `link` for what may have come from a share link, which keeps every tenth year's and the
   * last (the default: the browser opens both). A hash left out anywhere else is refused, so a
   * replay can never be "verified" without a hash to check.
   */
  hashes?: 'every-year' | 'link';
}

function fail(code: ReplayErrorCode, message: string, issues: ReplayError['issues'] = []) {
  return { ok: false as const, error: { code, message, issues } };
}

/** Parse a file's text as a replay. */
export function parseReplayText(text: string, options: ParseReplayOptions = {}): Result<Replay, ReplayError> {
  if (typeof text !== 'string') return fail('replay/not-json', 'a replay is read from text');
  if (text.length > MAX_REPLAY_CHARS) {
    return fail(
      'replay/too-large',
      `the file is ${text.length} characters long; a replay is at most ${MAX_REPLAY_CHARS}`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('replay/not-json', 'the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    if (cutShort(body)) {
      return fail('replay/truncated', 'the file ends in the middle of the replay: it was cut short');
    }
    const detail = e instanceof Error ? e.message : String(e);
    return fail('replay/not-json', `the file is not valid JSON (${detail})`);
  }
  return parseReplay(raw, options);
}

/** Whether JSON text stops inside a string or with brackets still open (it was cut, not mistyped). */
function cutShort(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Check raw JSON: what it is, its version, its shape, its rules, its scenario and its years, in that order. */
export function parseReplay(raw: unknown, options: ParseReplayOptions = {}): Result<Replay, ReplayError> {
  if (!isObject(raw))
    return fail('replay/foreign', 'this is not a Khitomer replay: a replay is a JSON object');
  if (raw.format !== REPLAY_FORMAT) {
    if ('map' in raw && 'powers' in raw) {
      return fail('replay/foreign', 'this is a Khitomer scenario, not a replay');
    }
    return fail(
      'replay/foreign',
      typeof raw.format === 'string'
        ? `this is not a Khitomer replay: its format is "${raw.format.slice(0, 60)}", not "${REPLAY_FORMAT}"`
        : `this is not a Khitomer replay: it has no "format": "${REPLAY_FORMAT}"`,
    );
  }
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > REPLAY_VERSION) {
    return fail(
      'replay/newer-format',
      `the replay is of format version ${version}; this game reads versions up to ${REPLAY_VERSION}: update the game to read it`,
    );
  }
  const parsed = ReplaySchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue, 'an order type', raw),
    }));
    return fail('replay/malformed', `the replay is malformed: ${listIssues(issues)}`, issues);
  }
  const replay = parsed.data as Replay;
  if (replay.rulesVersion !== RULES_VERSION) {
    return fail(
      'replay/rules-version',
      `the replay was recorded under rules version ${replay.rulesVersion}; this game plays rules version ${RULES_VERSION}, so the game would not play out the same`,
    );
  }
  const scenario = resolveScenario(replay, options.scenarios);
  if (!scenario.ok) return scenario;
  const years = checkYears(replay, scenario.value);
  if (!years.ok) return years;
  const hashes = checkHashes(replay, options.hashes ?? 'link');
  if (!hashes.ok) return hashes;
  return { ok: true, value: replay };
}

function listIssues(issues: ReplayError['issues']): string {
  const shown = issues.slice(0, 5).map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`));
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return `${shown.join('; ')}${more}`;
}

// Parsing a replay and then walking it (verify, the viewer, a take-over) resolve the same embedded
// scenario again (tests/unit/derived.test.ts).
const embeddedScenarios = new Derived<object, Result<Scenario, ScenarioError[]>>((raw) => parseScenario(raw));

/**
 * The scenario a replay was played on: its embedded copy, or the built-in one of its id. Either way
 * its content hash must be the one the replay recorded.
 */
export function resolveScenario(
  replay: Pick<Replay, 'scenario'>,
  scenarios: ScenarioLoader = loadBuiltinScenario,
): Result<Scenario, ReplayError> {
  const ref = replay.scenario;
  if (ref.embedded !== undefined) {
    const parsed = embeddedScenarios.of(ref.embedded);
    if (!parsed.ok) {
      const issues = parsed.error.map((e) => ({
        path: e.path === '' ? 'scenario.embedded' : `scenario.embedded.${e.path}`,
        message: e.message,
      }));
      return fail('replay/malformed', `the embedded scenario is not valid: ${listIssues(issues)}`, issues);
    }
    if (parsed.value.id !== ref.id) {
      return fail(
        'replay/scenario-tampered',
        `the embedded scenario is "${parsed.value.id}", but the replay names "${ref.id}"`,
      );
    }
    const actual = scenarioHash(parsed.value);
    if (actual !== ref.hash) {
      return fail(
        'replay/scenario-tampered',
        `the embedded scenario "${ref.id}" was changed after the game was recorded (its hash is ${actual}; the replay recorded ${ref.hash})`,
      );
    }
    return parsed;
  }
  const builtin = scenarios(ref.id);
  if (!builtin.ok) {
    return fail(
      'replay/scenario-unknown',
      `the replay's scenario "${ref.id}" is not a built-in scenario, and the file does not carry it`,
    );
  }
  const actual = scenarioHash(builtin.value);
  if (actual !== ref.hash) {
    return fail(
      'replay/scenario-changed',
      `the built-in scenario "${ref.id}" is not the one the game was recorded on (its hash is ${actual}; the replay recorded ${ref.hash})`,
    );
  }
  return builtin;
}

/** The year of the last turn a finished game has: the year before the last for an ending by the calendar. */
function lastTurnYear(replay: Replay, scenario: Scenario): number | null {
  const r = replay.result;
  if (!r) return null;
  return r.kind === 'centennial' || r.kind === 'lapsed' ? scenario.lastYear - 1 : r.year;
}

/** Every year's hash, or (for a share link) every tenth year's and the last: none left out elsewhere. */
function checkHashes(replay: Replay, hashes: 'every-year' | 'link'): Result<true, ReplayError> {
  const turns = replay.turns;
  const last = turns.length - 1;
  const missing: ReplayError['issues'] = [];
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i] as (typeof turns)[number];
    if (turn.hash !== null) continue;
    if (hashes === 'link' && !hashKeptInLink(i, last)) continue;
    missing.push({
      path: `turns[${i}].hash`,
      message:
        hashes === 'every-year'
          ? `${turn.year} has no hash: a replay file keeps every year's`
          : `${turn.year} has no hash: even a share link keeps every tenth year's and the last`,
    });
  }
  if (missing.length === 0) return { ok: true, value: true };
  const what = turns.every((t) => t.hash === null)
    ? 'not one of its years has a state hash'
    : `${missing.length} of its years ${missing.length === 1 ? 'has' : 'have'} no state hash (the first at ${missing[0]?.path})`;
  const rule =
    hashes === 'every-year'
      ? "a replay file keeps every year's"
      : "a share link keeps every tenth year's and the last";
  return fail(
    'replay/hash-missing',
    `the replay cannot be verified: ${what}; ${rule}`,
    missing.slice(0, 100),
  );
}

/** Years from the scenario's first, one after another, none after the end; a claimed result with all its years. */
function checkYears(replay: Replay, scenario: Scenario): Result<true, ReplayError> {
  const turns = replay.turns;
  const first = scenario.firstYear;
  const yearOf = (i: number) => (turns[i] as (typeof turns)[number]).year;
  // Out of order or out of range first (malformed), then gaps (truncated): a swap is not a loss.
  for (let i = 0; i < turns.length; i++) {
    const y = yearOf(i);
    if (i === 0 ? y < first : y <= yearOf(i - 1)) {
      return fail(
        'replay/malformed',
        i === 0
          ? `the replay starts in ${y}, before the scenario's first year ${first}`
          : `the years are out of order: ${y} follows ${yearOf(i - 1)}`,
        [{ path: `turns[${i}].year`, message: i === 0 ? `is before ${first}` : `follows ${yearOf(i - 1)}` }],
      );
    }
    if (y >= scenario.lastYear) {
      return fail(
        'replay/malformed',
        `the replay plays ${y}, but the scenario ends in ${scenario.lastYear}`,
        [{ path: `turns[${i}].year`, message: `${y} is not a year to play` }],
      );
    }
  }
  for (let i = 0; i < turns.length; i++) {
    const y = yearOf(i);
    const prev = i === 0 ? first - 1 : yearOf(i - 1);
    if (y !== prev + 1) {
      const missing = y === prev + 2 ? `${prev + 1} is missing` : `${prev + 1}–${y - 1} are missing`;
      return fail(
        'replay/truncated',
        i === 0
          ? `the replay starts in ${y}, not in the scenario's first year ${first}: ${missing}`
          : `the replay jumps from ${prev} to ${y}: ${missing}`,
      );
    }
  }
  const played = turns.length === 0 ? null : (turns[turns.length - 1] as (typeof turns)[number]).year;
  const end = lastTurnYear(replay, scenario);
  if (end !== null && (played === null || played < end)) {
    return fail(
      'replay/truncated',
      `the replay claims the game ended in ${replay.result?.year}, but its years stop ${played === null ? 'before the first' : `at ${played}`}: the rest are missing`,
    );
  }
  if (end !== null && played !== null && played > end) {
    return fail('replay/malformed', `the replay goes on to ${played} after the game ended in ${end}`, [
      { path: 'result.year', message: `the game ended in ${end}` },
    ]);
  }
  const branch = replay.branch;
  if (branch) {
    const reach = first + turns.length;
    if (branch.fromYear < first || branch.fromYear > reach) {
      return fail(
        'replay/malformed',
        `the replay says it was taken over in ${branch.fromYear}, a year it does not reach`,
        [{ path: 'branch.fromYear', message: `must be between ${first} and ${reach}` }],
      );
    }
    if (branch.fromSeed !== replay.seed) {
      return fail('replay/malformed', 'a game taken over keeps the seed of the game it branched from', [
        { path: 'branch.fromSeed', message: `must be the replay's seed "${replay.seed}"` },
      ]);
    }
  }
  return { ok: true, value: true };
}
