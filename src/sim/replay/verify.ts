// Trusting a replay: re-simulate it from its scenario and seed, year by year, and compare every
// state hash with the one recorded (STYLE.md habit 7). The first difference stops it, with the year.
// The same walk gives a viewer the state of every year, and a player a game to take over.
import type { TurnReport } from '../context';
import { createGame, hashState } from '../game';
import { hashValue } from '../hash';
import { describeOrder } from '../orders';
import { resolveShapedTurn } from '../resolve';
import type { Scenario } from '../scenario/schema';
import {
  type Controller,
  type GameResult,
  type GameState,
  PARTIES,
  PARTY_TITLES,
  type Party,
  type Result,
} from '../types';
import type { Replay } from './format';
import { hashesCompared } from './origin';
import { type ReplayError, type ReplayErrorCode, resolveScenario, type ScenarioLoader } from './parse';
import { Recorder } from './record';
import { setControllers, YearStates } from './states';

export interface Verified {
  ok: true;
  /** Years re-simulated. */
  years: number;
  /**
   * Years whose recorded hash was compared: every year of a replay file; of a share link's, every
   * tenth and the last (the years between are re-simulated and must reach the next hash kept).
   */
  hashesChecked: number;
  /** The hash of the last state. */
  finalHash: string;
  state: GameState;
}

export interface Divergence {
  ok: false;
  code: ReplayErrorCode;
  /** The first year that does not play out as recorded; null when the replay cannot be played at all. */
  year: number | null;
  /** "the replay diverges in 2341", or why it cannot be played. */
  message: string;
  /** What differs, in a sentence. */
  detail: string;
  /** The hash the replay recorded, and the one the rules give. */
  expected: string | null;
  actual: string | null;
}

export type Verification = Verified | Divergence;

interface Walk {
  /** Called with the scenario and the new game, before any turn. */
  onStart?: (state: GameState, scenario: Scenario) => void;
  /** Called with the state each turn starts from (after any take-over), its report and the state after. */
  onTurn?: (before: GameState, report: TurnReport, after: GameState) => void;
  /** Stop at the start of this year (for a take-over): the result is not compared. */
  until?: number;
}

function cannotPlay(error: ReplayError): Divergence {
  return {
    ok: false,
    code: error.code,
    year: null,
    message: error.message,
    detail: error.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
    expected: null,
    actual: null,
  };
}

function diverges(year: number, detail: string, expected: string | null, actual: string | null): Divergence {
  return {
    ok: false,
    code: 'replay/diverges',
    year,
    message: `the replay diverges in ${year}`,
    detail,
    expected,
    actual,
  };
}

/** Re-simulate the replay's turns, checking each. The core of verify, replayStates and takeOver. */
function walk(replay: Replay, scenarios: ScenarioLoader | undefined, opts: Walk = {}): Verification {
  return finish(walking(replay, scenarios, opts));
}

/** Run a walk's steps to the end. */
function finish<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The walk a year at a time: yields the years played so far after each, so that a screen can spread
 * a long replay over many short tasks (issue 17: a 1,000-year replay held the tab for 0.7 s).
 */
function* walking(
  replay: Replay,
  scenarios: ScenarioLoader | undefined,
  opts: Walk,
): Generator<number, Verification, void> {
  const scenario = resolveScenario(replay, scenarios);
  if (!scenario.ok) return cannotPlay(scenario.error);
  const created = createGame(scenario.value, { seed: replay.seed, controllers: replay.players });
  if (!created.ok) {
    return cannotPlay({ code: 'replay/malformed', message: created.error.message, issues: [] });
  }
  let state = created.value;
  opts.onStart?.(state, scenario.value);
  const branch = replay.branch;
  let branchChecked = false;
  // Once, at the start of the year taken over (a collapse leaves the year as it was: not again after).
  const checkBranch = (s: GameState): Divergence | null => {
    if (!branch || branchChecked || branch.fromYear !== s.year) return null;
    branchChecked = true;
    const at = hashState(s);
    if (at === branch.fromHash) return null;
    return diverges(
      s.year,
      `the game was taken over at the start of ${s.year} from a state of hash ${branch.fromHash}, but the replay reaches one of hash ${at}`,
      branch.fromHash,
      at,
    );
  };
  let years = 0;
  for (const turn of replay.turns) {
    if (opts.until !== undefined && turn.year >= opts.until) break;
    if (state.phase === 'ended') {
      return diverges(turn.year, `the game ended in ${state.year}, but the replay goes on`, turn.hash, null);
    }
    if (state.year !== turn.year) {
      return diverges(
        turn.year,
        `the game is in ${state.year} where the replay plays ${turn.year}`,
        turn.hash,
        null,
      );
    }
    const branched = checkBranch(state);
    if (branched) return branched;
    if (turn.controllers) state = setControllers(state, turn.controllers);
    const out = resolveShapedTurn(state, turn.orders);
    if (!out.ok) return diverges(turn.year, out.error.message, turn.hash, null);
    const report = out.value.report;
    const refused = report.refused[0];
    if (refused) {
      const p = refused.party;
      const given = turn.orders[p][refused.index];
      const what = given ? `“${describeOrder(state, p, given)}”` : `order ${refused.index + 1}`;
      return diverges(
        turn.year,
        `${PARTY_TITLES[p]}'s ${what} is refused (${refused.code}: ${refused.message}), but the replay records it as accepted`,
        turn.hash,
        report.hash,
      );
    }
    if (turn.hash !== null && report.hash !== turn.hash) {
      return diverges(
        turn.year,
        `the state after ${turn.year} has hash ${report.hash}; the replay recorded ${turn.hash}`,
        turn.hash,
        report.hash,
      );
    }
    opts.onTurn?.(state, report, out.value.state);
    state = out.value.state;
    years++;
    yield years;
  }
  const branched = checkBranch(state);
  if (branched) return branched;
  const finalHash = hashState(state);
  if (opts.until === undefined && hashValue(state.result) !== hashValue(replay.result)) {
    const last = replay.turns[replay.turns.length - 1];
    return diverges(
      last?.year ?? state.year,
      resultDifference(replay.result, state.result),
      last?.hash ?? null,
      finalHash,
    );
  }
  return { ok: true, years, hashesChecked: hashesCompared(replay, years), finalHash, state };
}

const RESULT_FIELDS = ['kind', 'year', 'loser', 'cause', 'scores', 'grades', 'chain'] as const;

/** How the recorded result differs from the game's, in a sentence. */
function resultDifference(recorded: GameResult | null, actual: GameResult | null): string {
  const ending = (r: GameResult) => `${r.kind} in ${r.year}`;
  if (!recorded) return `the replay records no result, but the game ends: ${actual ? ending(actual) : ''}`;
  if (!actual) return `the replay records ${ending(recorded)}, but the game goes on`;
  const field = RESULT_FIELDS.find((f) => hashValue(recorded[f]) !== hashValue(actual[f])) ?? 'kind';
  const text = (v: unknown) => {
    const t = JSON.stringify(v);
    return t.length > 80 ? `${t.slice(0, 77)}…` : t;
  };
  return `the replay records the result's ${field} as ${text(recorded[field])}; the game gives ${text(actual[field])}`;
}

/** Re-simulate a replay and compare every year's hash. `scenarios` finds built-in scenarios by id. */
export function verifyReplay(replay: Replay, scenarios?: ScenarioLoader): Verification {
  return walk(replay, scenarios);
}

export interface ReplayStates {
  /**
   * The state each year started from (after any take-over), then the state after the last year
   * that played as recorded: one more than `reports` (none when the game cannot be set up at all).
   * Read with `states.at(i)`; held in memory linear in the years (see YearStates).
   */
  states: YearStates;
  /** The report of each year that played as recorded. */
  reports: TurnReport[];
  /** Whether every year matched; the states stop at the first that did not. */
  verification: Verification;
  /**
   * The scenario the game was played on: the one the replay carries, when it carries one (shown as
   * what it is, under its own title, even when it bears a built-in's id), or the built-in one.
   */
  scenario: Scenario | null;
}

/** Every year of a replay as the rules play it: for a viewer, and for `npm run replay -- show`. */
export function replayStates(replay: Replay, scenarios?: ScenarioLoader): ReplayStates {
  return finish(replayStatesInSteps(replay, scenarios));
}

/** `replayStates` a year at a time: yields the years played so far, returns the states at the end. */
export function* replayStatesInSteps(
  replay: Replay,
  scenarios?: ScenarioLoader,
): Generator<number, ReplayStates, void> {
  const states = new YearStates(replay.turns);
  const reports: TurnReport[] = [];
  let scenario: Scenario | null = null;
  let latest: GameState | null = null;
  const verification = yield* walking(replay, scenarios, {
    onStart: (state, played) => {
      scenario = played;
      latest = state;
      states.keep(0, state);
    },
    onTurn: (before, report, after) => {
      states.keep(reports.length, before);
      reports.push(report);
      latest = after;
    },
  });
  if (latest) states.close(reports.length, latest);
  return { states, reports, verification, scenario };
}

export interface TakeOver {
  /** The game at the start of the year taken over, with its new controllers: play on from here. */
  state: GameState;
  /** The new game's replay so far: the original's years before, and where it branched. */
  replay: Replay;
  /** Records the new game's turns after that opening (`recorder.add(before, orders, outcome)`). */
  recorder: Recorder;
  scenario: Scenario;
}

/**
 * Take over a replayed game at the start of `year`, as `side` (a human unless `controllers` says
 * otherwise; the other side keeps whoever played it then). The new game keeps the SAME seed: every
 * stream is derived from the seed by purpose and year, so the events, battles and detection rolls
 * ahead are those the original game would have drawn — what changes is only what the new player
 * orders. (A fresh seed would change the world as well as the player, and the state at the branch
 * would not be the original's: its hash covers the seed.) The opening years are checked as they
 * are re-simulated; the branch records the hash of the state taken over.
 */
export function takeOver(
  replay: Replay,
  year: number,
  side: Party,
  controllers: Partial<Record<Party, Controller>> = {},
  scenarios?: ScenarioLoader,
): Result<TakeOver, Divergence> {
  const scenario = resolveScenario(replay, scenarios);
  if (!scenario.ok) return { ok: false, error: cannotPlay(scenario.error) };
  const first = scenario.value.firstYear;
  const reach = first + replay.turns.length;
  const noSuchYear = (why: string): Result<TakeOver, Divergence> => ({
    ok: false,
    error: {
      ok: false,
      code: 'replay/no-such-year',
      year,
      message: `there is no ${year} to take over: ${why}`,
      detail: '',
      expected: null,
      actual: null,
    },
  });
  if (!Number.isInteger(year) || year < first) return noSuchYear(`the game starts in ${first}`);
  if (year > reach) return noSuchYear(`the replay stops at the start of ${reach}`);
  // The hashes of the opening as the rules give them: a share link left most of them out, and the
  // new game's replay, a file, keeps every year's.
  const hashes: string[] = [];
  const opening = walk(replay, scenarios, { until: year, onTurn: (_, report) => hashes.push(report.hash) });
  if (!opening.ok) return { ok: false, error: opening };
  const at = opening.state;
  if (at.phase === 'ended' || at.result) return noSuchYear(`the game ended in ${at.result?.year ?? at.year}`);
  const before = { federation: at.powers.federation.controller, klingon: at.powers.klingon.controller };
  const after = { ...before, [side]: 'human', ...definedOnly(controllers) };
  const header = {
    ...replay,
    branch: { fromSeed: replay.seed, fromYear: year, fromHash: hashState(at), side },
    turns: replay.turns
      .slice(0, year - first)
      .map((t, i) => (t.hash === null ? { ...t, hash: hashes[i] ?? null } : t)),
    result: null,
  } as Replay;
  return {
    ok: true,
    value: {
      state: setControllers(at, after),
      replay: header,
      recorder: Recorder.resume(header, scenario.value, before),
      scenario: scenario.value,
    },
  };
}

function definedOnly(c: Partial<Record<Party, Controller>>): Partial<Record<Party, Controller>> {
  const out: Partial<Record<Party, Controller>> = {};
  for (const p of PARTIES) {
    const v = c[p];
    if (v !== undefined) out[p] = v;
  }
  return out;
}
