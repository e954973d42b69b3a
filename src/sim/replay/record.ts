// Recording a game as it is played: each year's accepted orders and the state hash after it. A
// recording is a value (the store keeps one with its game and appends a year with `recordTurn`); a
// Recorder holds one for a loop that plays a game through; `recordGame` records a whole AI game headless.
import { loadBuiltinScenario } from '../builtin';
import type { TurnReport } from '../context';
import { type GameError, RULES_VERSION } from '../game';
import type { Order } from '../orders';
import type { TurnOrders, TurnOutcome } from '../resolve';
import type { Scenario } from '../scenario/schema';
import { simulate } from '../simulate';
import { type Controller, type GameState, PARTIES, type Party, type Result } from '../types';
import {
  canonicalOrder,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  type ReplayTurn,
  scenarioHash,
} from './format';

/**
 * How a replay names its scenario: a built-in one by id and hash; any other (or a built-in one
 * changed) carried whole, so the file plays anywhere.
 */
export function scenarioRef(scenario: Scenario): Replay['scenario'] {
  const hash = scenarioHash(scenario);
  const builtin = loadBuiltinScenario(scenario.id);
  if (builtin.ok && scenarioHash(builtin.value) === hash) return { id: scenario.id, hash };
  return { id: scenario.id, hash, embedded: scenario as unknown as Record<string, unknown> };
}

/**
 * A game's replay as it is played: a value, never changed. Each year resolved gives a new recording
 * with that year appended (`recordTurn`); one kept from before still holds the years it held.
 */
export interface Recording {
  /** The replay so far. */
  readonly replay: Replay;
  /** Who played each side as the last year recorded left them: a change before the next is a take-over. */
  readonly controllers: Readonly<Record<Party, Controller>>;
  /** The year the next turn recorded must be. */
  readonly nextYear: number;
}

function recording(replay: Replay, controllers: Record<Party, Controller>, nextYear: number): Recording {
  Object.freeze(replay.turns);
  return Object.freeze({
    replay: Object.freeze(replay),
    controllers: Object.freeze({ federation: controllers.federation, klingon: controllers.klingon }),
    nextYear,
  });
}

/** The recording of a game about to be played from its first year. */
export function startRecording(
  scenario: Scenario,
  seed: string,
  players: Record<Party, Controller>,
): Recording {
  const replay = {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    rulesVersion: RULES_VERSION,
    scenario: scenarioRef(scenario),
    seed,
    players: { federation: players.federation, klingon: players.klingon },
    branch: null,
    turns: [],
    result: null,
  } as unknown as Replay;
  return recording(replay, players, scenario.firstYear);
}

/**
 * The recording that goes on from a replay's opening (see `takeOver`, or a saved game): `controllers`
 * are who played each side when it stopped, so that the next turn records who took over.
 */
export function resumeRecording(
  opening: Replay,
  scenario: Scenario,
  controllers: Record<Party, Controller>,
): Recording {
  const replay = { ...opening, turns: opening.turns.slice() } as Replay;
  return recording(replay, controllers, scenario.firstYear + opening.turns.length);
}

/**
 * The recording with one more resolved year: the orders as given (only those the rules accepted
 * are kept) and the hash after it. `before` is the state the year started from, or null where no
 * one takes over between years. A year out of turn is a mistake of the caller's: it throws.
 */
export function recordTurn(
  rec: Recording,
  before: GameState | null,
  orders: TurnOrders,
  report: TurnReport,
  after: GameState,
): Recording {
  if (report.year !== rec.nextYear) {
    throw new RangeError(`the recorder expects the turn of ${rec.nextYear}, not ${report.year}`);
  }
  const turn: ReplayTurn = {
    year: report.year,
    orders: { federation: [], klingon: [] },
    hash: report.hash,
  };
  if (before && PARTIES.some((p) => before.powers[p].controller !== rec.controllers[p])) {
    turn.controllers = {
      federation: before.powers.federation.controller,
      klingon: before.powers.klingon.controller,
    };
  }
  for (const party of PARTIES) {
    const given = orders[party] ?? [];
    if (!Array.isArray(given)) continue;
    const refused = new Set(report.refused.filter((r) => r.party === party).map((r) => r.index));
    turn.orders[party] = given.filter((_, i) => !refused.has(i)).map((o) => canonicalOrder(o as Order));
  }
  const replay = { ...rec.replay, turns: [...rec.replay.turns, turn], result: after.result } as Replay;
  return recording(
    replay,
    { federation: after.powers.federation.controller, klingon: after.powers.klingon.controller },
    rec.nextYear + 1,
  );
}

/**
 * A recording kept up to date in one place, for a loop that plays a game through (`recordGame`,
 * `simulate`'s `onTurn`, a take-over played on): each turn replaces the value it holds.
 */
export class Recorder {
  private constructor(private current: Recording) {}

  /** A recorder for a game about to be played from its first year. */
  static start(scenario: Scenario, seed: string, players: Record<Party, Controller>): Recorder {
    return new Recorder(startRecording(scenario, seed, players));
  }

  /** A recorder that goes on from a replay's opening (see `resumeRecording`). */
  static resume(opening: Replay, scenario: Scenario, controllers: Record<Party, Controller>): Recorder {
    return new Recorder(resumeRecording(opening, scenario, controllers));
  }

  /** Record one resolved turn: the orders as given (only those the rules accepted are kept). */
  add(before: GameState, orders: TurnOrders, outcome: TurnOutcome): void {
    this.current = recordTurn(this.current, before, orders, outcome.report, outcome.state);
  }

  /** The same, in the shape of `simulate`'s `onTurn`, where no one takes over between turns. */
  readonly onTurn = (report: TurnReport, after: GameState, orders: Record<Party, Order[]>): void => {
    this.current = recordTurn(this.current, null, orders, report, after);
  };

  /** The recording so far: a value that later turns leave as it is. */
  get recording(): Recording {
    return this.current;
  }

  /** The replay so far (a value: the recorder can go on). */
  replay(): Replay {
    return this.current.replay;
  }
}

export interface RecordOptions {
  seed: string;
  policies: Record<Party, string>;
  maxTurns?: number;
}

/** Play a whole game with AI policies and record it. */
export function recordGame(
  scenario: Scenario,
  options: RecordOptions,
): Result<{ replay: Replay; state: GameState }, GameError> {
  const recorder = Recorder.start(scenario, options.seed, options.policies);
  const played = simulate(scenario, {
    seed: options.seed,
    policies: options.policies,
    ...(options.maxTurns === undefined ? {} : { maxTurns: options.maxTurns }),
    onTurn: recorder.onTurn,
  });
  if (!played.ok) return played;
  return { ok: true, value: { replay: recorder.replay(), state: played.value.state } };
}
