// The rounds of `npm run bench:compare` (./bench-compare.ts) summed up: each measure of this tree
// against the base's, as the median of the rounds' own ratios (a round measures both trees back to
// back, so its ratio is what the machine's drift disturbs least), and each round's ratio beside it.

/** One tree's figures from one process: campaigns a second, and what a campaign holds. */
export interface TreeRates {
  /** Replayed campaigns a second (eight full campaigns from their orders; the core alone). */
  replay: number;
  /** AI campaigns a second (pragmatist against pragmatist; core and AI). */
  ai: number;
  /** Turns of a replayed campaign. */
  replayTurns: number;
  /** Orders of a replayed campaign. */
  replayOrders: number;
  /** Turns of an AI campaign, on average over the ones measured. */
  aiTurns: number;
}

export interface BenchRound {
  this: TreeRates;
  base: TreeRates;
}

export interface BenchRow {
  measure: string;
  /** The median over the rounds of this tree's figure, and of the base's. */
  this: number;
  base: number;
  /** The median of the rounds' ratios, less one (-0.05: 5% slower). */
  change: number;
  rounds: number[];
}

const MEASURES: readonly [string, (t: TreeRates) => number][] = [
  ['replayed campaigns/s', (t) => t.replay],
  ['replayed turns/s', (t) => t.replay * t.replayTurns],
  ['replayed orders/s', (t) => t.replay * t.replayOrders],
  ['AI campaigns/s', (t) => t.ai],
  ['AI turns/s', (t) => t.ai * t.aiTurns],
];

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function compareRounds(rounds: readonly BenchRound[]): {
  rows: BenchRow[];
  replayTurns: { this: number; base: number };
  replayOrders: { this: number; base: number };
  aiTurns: { this: number; base: number };
} {
  if (rounds.length === 0) throw new Error('no rounds to compare');
  const rows = MEASURES.map(([measure, of]) => {
    const ratios = rounds.map((r) => of(r.this) / of(r.base) - 1);
    return {
      measure,
      this: median(rounds.map((r) => of(r.this))),
      base: median(rounds.map((r) => of(r.base))),
      change: median(ratios),
      rounds: ratios,
    };
  });
  const both = (of: (t: TreeRates) => number) => ({
    this: mean(rounds.map((r) => of(r.this))),
    base: mean(rounds.map((r) => of(r.base))),
  });
  return {
    rows,
    replayTurns: both((t) => t.replayTurns),
    replayOrders: both((t) => t.replayOrders),
    aiTurns: both((t) => t.aiTurns),
  };
}
