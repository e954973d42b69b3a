// What the replay tests share: a game recorded by policies, and a taken-over game played out.
import {
  type GameState,
  type Party,
  POLICIES,
  type Policy,
  resolveTurn,
  type Scenario,
} from '../../src/sim/index';
import { type Recorder, type Replay, recordGame } from '../../src/sim/replay/index';
import { builtin } from './fixtures';

/** A game recorded with policies for both sides, on a scenario or a built-in's id. */
export function record(
  scenario: Scenario | string,
  seed: string,
  federation = 'loyalist',
  klingon = 'loyalist',
): Replay {
  const s = typeof scenario === 'string' ? builtin(scenario) : scenario;
  const r = recordGame(s, { seed, policies: { federation, klingon } });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value.replay;
}

export function policy(name: string): Policy {
  const p = POLICIES[name];
  if (!p) throw new Error(`no policy ${name}`);
  return p;
}

/** Play a taken-over game to its end with policies for both sides, recording it. */
export function playOut(start: GameState, recorder: Recorder, players: Record<Party, string>): Replay {
  let state = start;
  while (state.phase !== 'ended') {
    const orders = {
      federation: policy(players.federation)(state, 'federation'),
      klingon: policy(players.klingon)(state, 'klingon'),
    };
    const out = resolveTurn(state, orders);
    if (!out.ok) throw new Error(out.error.message);
    recorder.add(state, orders, out.value);
    state = out.value.state;
  }
  return recorder.replay();
}
