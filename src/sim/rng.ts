// Seeded random streams (DESIGN.md section 9). Every draw in the game comes from a stream named by
// its purpose and year — `events:2311`, `battle:2311`, `detect:2311`, `ai:klingon:2311` — derived
// from the game seed. So what one power orders never shifts the numbers another purpose draws, and
// the state between two years needs no generator state beyond the seed: a saved game resumes
// exactly from (seed, year). Within a year a stream's position is its own and can be saved with
// `state()` and restored with `restoreStream()`.
import seedrandom from 'seedrandom';

export interface StreamState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface Stream {
  readonly name: string;
  /** A float in [0, 1), from the generator's exact 32-bit draws. */
  next(): number;
  /** An integer in [0, n); n must be a positive integer. */
  int(n: number): number;
  /** True with the given chance in whole percent (0 never, 100 always). */
  chance(percent: number): boolean;
  /** Pick by integer weights; returns the index, or -1 when every weight is 0. */
  weighted(weights: readonly number[]): number;
  /** The generator's position, to save and restore. */
  state(): StreamState;
}

type AleaPrng = seedrandom.PRNG & { state(): StreamState };

function wrap(name: string, prng: AleaPrng): Stream {
  const next = () => prng();
  const int = (n: number) => {
    if (!Number.isInteger(n) || n <= 0)
      throw new RangeError(`stream ${name}: int(${n}) needs a positive integer`);
    return Math.floor(prng() * n);
  };
  return {
    name,
    next,
    int,
    chance: (percent) => int(100) < percent,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      if (total <= 0) {
        prng(); // draw anyway: the number of draws must not depend on the weights
        return -1;
      }
      let r = int(total);
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    state: () => prng.state(),
  };
}

export function streamName(purpose: string, year: number): string {
  return `${purpose}:${year}`;
}

/** The stream for a purpose and year, at its start. */
export function stream(seed: string, purpose: string, year: number): Stream {
  const name = streamName(purpose, year);
  return wrap(name, seedrandom.alea(`${seed}/${name}`, { state: true }) as unknown as AleaPrng);
}

/** A stream continued from a saved position. */
export function restoreStream(name: string, saved: StreamState): Stream {
  return wrap(name, seedrandom.alea('', { state: { ...saved } as never }) as unknown as AleaPrng);
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A fresh seed for a game started without one. The caller supplies the entropy (the front end
 * uses crypto, the command line its own), so the core reads neither a clock nor an unseeded generator.
 */
export function seedFromEntropy(entropy: readonly number[]): string {
  let out = '';
  for (let i = 0; i < 10; i++) out += SEED_ALPHABET[(entropy[i] ?? 0) % SEED_ALPHABET.length];
  return out;
}
