// The one generator of seedrandom the core draws from (`rng.ts`): its CommonJS module, typed for
// that use (the package's own types describe only its main module).
declare module 'seedrandom/lib/alea' {
  /** Alea's whole state: three fractions and a carry. */
  export interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }

  export interface AleaPrng {
    /** A float in [0, 1). */
    (): number;
    /** A copy of the generator's state. */
    state(): AleaState;
  }

  /** A generator continued from `options.state` (the seed is then ignored). */
  export default function alea(seed: string, options: { state: AleaState }): AleaPrng;
}
