// The headless loop: a whole game without a screen, with a cap on the turns. The base of the
// command line, the benchmarks, batch runs and replays.
import type { TurnReport } from './context';
import { createGame, type GameError } from './game';
import type { Order } from './orders';
import { POLICIES, type Policy } from './policies';
import { resolveShapedTurn } from './resolve';
import type { Scenario } from './scenario/schema';
import { type GameState, PARTIES, type Party, powerOf, type Result } from './types';

export interface SimulateOptions {
  seed: string;
  policies: Record<Party, string>;
  /** At most this many turns (a safety cap; a game ends by itself at its last year). */
  maxTurns?: number;
  /** Called after every turn, e.g. to print or record it. */
  onTurn?: (report: TurnReport, state: GameState, orders: Record<Party, Order[]>) => void;
}

export interface SimulateResult {
  state: GameState;
  turns: number;
}

export function resolvePolicy(name: string): Policy | undefined {
  return Object.hasOwn(POLICIES, name) ? POLICIES[name] : undefined;
}

/**
 * The policy that plays `party` now: `given`, until its government falls; then the new leader's
 * personality, which the state records as the power's controller (src/sim/support.ts), so a
 * replay, the store and a batch run all play the same successor.
 */
export function livePolicy(s: GameState, party: Party, given: Policy, leadersAtStart = 0): Policy {
  const p = powerOf(s, party);
  if (p.leaders <= leadersAtStart) return given;
  return resolvePolicy(p.controller) ?? given;
}

export function simulate(scenario: Scenario, options: SimulateOptions): Result<SimulateResult, GameError> {
  const policies = {} as Record<Party, Policy>;
  for (const party of PARTIES) {
    const p = resolvePolicy(options.policies[party]);
    if (!p) {
      return {
        ok: false,
        error: {
          code: 'sim/unknown-policy',
          message: `"${options.policies[party]}" is not a policy (${Object.keys(POLICIES).sort().join(', ')}).`,
        },
      };
    }
    policies[party] = p;
  }
  const created = createGame(scenario, { seed: options.seed, controllers: options.policies });
  if (!created.ok) return created;
  let state = created.value;
  const cap = options.maxTurns ?? 1000;
  let turns = 0;
  while (state.phase !== 'ended' && turns < cap) {
    const orders = {
      federation: livePolicy(state, 'federation', policies.federation)(state, 'federation'),
      klingon: livePolicy(state, 'klingon', policies.klingon)(state, 'klingon'),
    };
    // The policies make `Order` values: only the rules check them.
    const out = resolveShapedTurn(state, orders);
    if (!out.ok) return out;
    state = out.value.state;
    turns++;
    options.onTurn?.(out.value.report, state, orders);
  }
  return { ok: true, value: { state, turns } };
}
