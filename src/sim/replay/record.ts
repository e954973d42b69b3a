// Recording a game as it is played: each year's accepted orders and the state hash after it. The
// store feeds a Recorder turn by turn; `recordGame` records a whole AI game headless.
import { loadBuiltinScenario } from '../builtin';
import type { TurnReport } from '../context';
import { type GameError, RULES_VERSION } from '../game';
import type { Order } from '../orders';
import type { TurnOrders, TurnOutcome } from '../resolve';
import type { Scenario } from '../scenario/schema';
import { simulate } from '../simulate';
import { type Controller, type GameResult, type GameState, PARTIES, type Party, type Result } from '../types';
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

type Header = Omit<Replay, 'turns' | 'result'>;

export class Recorder {
  private readonly turns: ReplayTurn[];
  private result: GameResult | null = null;
  private nextYear: number;

  private constructor(
    private readonly header: Header,
    firstYear: number,
    turns: readonly ReplayTurn[],
    /** Who plays each side as the last recorded turn left it: a change before the next turn is a take-over. */
    private controllers: Record<Party, Controller>,
  ) {
    this.turns = turns.slice();
    this.nextYear = firstYear + turns.length;
  }

  /** A recorder for a game about to be played from its first year. */
  static start(scenario: Scenario, seed: string, players: Record<Party, Controller>): Recorder {
    const header = {
      format: REPLAY_FORMAT,
      version: REPLAY_VERSION,
      rulesVersion: RULES_VERSION,
      scenario: scenarioRef(scenario),
      seed,
      players: { federation: players.federation, klingon: players.klingon },
      branch: null,
    } as Header;
    return new Recorder(header, scenario.firstYear, [], { ...header.players });
  }

  /**
   * A recorder that goes on from a replay's opening (see `takeOver`): `controllers` are who played
   * each side when it stopped, so that the next turn records who took over.
   */
  static resume(opening: Replay, scenario: Scenario, controllers: Record<Party, Controller>): Recorder {
    const { turns: _turns, result: _result, ...header } = opening;
    return new Recorder(header, scenario.firstYear, opening.turns, { ...controllers });
  }

  /** Record one resolved turn: the orders as given (only those the rules accepted are kept). */
  add(before: GameState, orders: TurnOrders, outcome: TurnOutcome): void {
    this.record(orders, outcome.report, outcome.state, before);
  }

  /** The same, in the shape of `simulate`'s `onTurn`, where no one takes over between turns. */
  readonly onTurn = (report: TurnReport, after: GameState, orders: Record<Party, Order[]>): void => {
    this.record(orders, report, after, null);
  };

  private record(orders: TurnOrders, report: TurnReport, after: GameState, before: GameState | null): void {
    if (report.year !== this.nextYear) {
      throw new RangeError(`the recorder expects the turn of ${this.nextYear}, not ${report.year}`);
    }
    const turn: ReplayTurn = {
      year: report.year,
      orders: { federation: [], klingon: [] },
      hash: report.hash,
    };
    if (before && PARTIES.some((p) => before.powers[p].controller !== this.controllers[p])) {
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
    this.turns.push(turn);
    this.nextYear++;
    this.result = after.result;
    this.controllers = {
      federation: after.powers.federation.controller,
      klingon: after.powers.klingon.controller,
    };
  }

  /** The replay so far (a copy: the recorder can go on). */
  replay(): Replay {
    return { ...this.header, turns: this.turns.slice(), result: this.result } as Replay;
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
