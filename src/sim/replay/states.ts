// The states of a replay's years for a viewer, in memory linear in the years. Every state carries
// the whole ledger and history up to its year, so keeping one state a year costs the square of the
// years (an 8,999-year replay took 1.26 GB). Instead a few years are kept whole (checkpoints, a
// bounded number of them) and any other year is played forward from the checkpoint before it with
// the replay's own orders: the rules are deterministic, and the walk that kept the checkpoints has
// already checked every one of those years against its hash.
import { cloneState } from '../game';
import { resolveShapedTurn } from '../resolve';
import { type Controller, type GameState, PARTIES, type Party } from '../types';
import type { ReplayTurn } from './format';

/**
 * The most years kept whole, whatever the replay's length, so memory stays linear in the years
 * (each holds a ledger and a history as long as the game so far). Reading a year replays at most
 * years/32 of them: 31 for the longest scenario, a few milliseconds.
 */
export const MAX_CHECKPOINTS = 32;

export function setControllers(s: GameState, controllers: Record<Party, Controller>): GameState {
  const next = cloneState(s);
  for (const p of PARTIES) next.powers[p].controller = controllers[p];
  return next;
}

/**
 * The state each year of a replay started from (after any take-over), then the state after the
 * last year that played as recorded. Read like an array's `at`: `states.at(i)`.
 */
export class YearStates {
  /** How many states there are: one more than the years that played as recorded, or none. */
  length = 0;
  /** Years played again to rebuild states between checkpoints (the cost of reading, for tests). */
  replayed = 0;
  /** Years between two checkpoints. */
  readonly spacing: number;
  private readonly checkpoints = new Map<number, GameState>();
  /** The states read last: reading year after year (a viewer playing) replays one year each. */
  private recent: { index: number; state: GameState }[] = [];

  constructor(private readonly turns: readonly ReplayTurn[]) {
    this.spacing = Math.max(1, Math.ceil(turns.length / MAX_CHECKPOINTS));
  }

  /** While walking the replay: the state year `index` starts from (kept if it is a checkpoint). */
  keep(index: number, state: GameState): void {
    if (index % this.spacing === 0) this.checkpoints.set(index, state);
    this.length = Math.max(this.length, index + 1);
  }

  /** After the walk: the state after the last year that played as recorded, at `index`. */
  close(index: number, state: GameState): void {
    this.checkpoints.set(index, state);
    this.length = index + 1;
    this.recent = [];
  }

  /** How many states are held whole (the checkpoints). */
  get held(): number {
    return this.checkpoints.size;
  }

  at(index: number): GameState | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const known = this.checkpoints.get(index) ?? this.recent.find((r) => r.index === index)?.state;
    if (known) return known;
    const base = index - (index % this.spacing);
    let from = base;
    let state = this.checkpoints.get(base);
    for (const r of this.recent) {
      if (r.index > from && r.index < index) {
        from = r.index;
        state = r.state;
      }
    }
    if (!state) return undefined;
    // Years before the last one kept: each was resolved and checked by the walk, so none is refused.
    const played = this.length - 1;
    for (let i = from; i < index; i++) {
      const turn = this.turns[i];
      if (!turn) return undefined;
      const out = resolveShapedTurn(state, turn.orders);
      if (!out.ok) return undefined;
      this.replayed++;
      state = out.value.state;
      const next = this.turns[i + 1];
      if (i + 1 < played && next?.controllers) state = setControllers(state, next.controllers);
    }
    this.recent = [...this.recent.slice(-1), { index, state }];
    return state;
  }
}
