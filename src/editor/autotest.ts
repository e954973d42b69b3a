// Auto-playtest: seeded AI games of the scenario being edited, pairing by pairing, summed up as
// `npm run balance` sums them (tabulate, checkBalance), with each side's final scores. Pure: the editor runs it in a Web Worker.
// The modules themselves, not the core's public index: the worker is its own download, and the
// index would bring the built-in scenario files into it.
import { ALL_PAIRINGS, checkBalance, type Pairing, pairingOf, type TargetCheck } from '../sim/balance';
import { type BatchTable, type GameSummary, playSummary, tabulate } from '../sim/batch';
import { parseScenario } from '../sim/scenario/parse';
import type { AiPersonality } from '../sim/support';
import { PARTIES, type Party } from '../sim/types';

export interface AutotestRequest {
  /** The scenario as edited: parsed again here, never trusted. */
  doc: unknown;
  games: number;
  /** One pairing, or all nine. */
  pairings: [AiPersonality, AiPersonality][];
  seedPrefix: string;
}

/** A side's final scores over the games of a pairing that ended with scores: what grades are set from. */
export interface ScoreFigures {
  /** Games that ended with scores (one that ended without them is left out). */
  games: number;
  mean: number;
  p10: number;
  median: number;
  p90: number;
}

export type PairingScores = Record<Party, ScoreFigures | null>;

export type AutotestMessage =
  | { kind: 'progress'; done: number; total: number }
  | {
      kind: 'done';
      tables: Partial<Record<Pairing, BatchTable>>;
      scores: Partial<Record<Pairing, PairingScores>>;
      checks: TargetCheck[];
    }
  | { kind: 'failed'; message: string };

/** The nearest-rank percentile of sorted scores (`p` from 0 to 1). */
const rank = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;

/** Each side's final scores over the games that ended with them. */
export function scoreFigures(summaries: readonly GameSummary[]): PairingScores {
  const per = {} as PairingScores;
  for (const party of PARTIES) {
    const xs = summaries.flatMap((g) => (g.scores ? [g.scores[party]] : [])).sort((a, b) => a - b);
    per[party] =
      xs.length === 0
        ? null
        : {
            games: xs.length,
            mean: Math.round((xs.reduce((n, x) => n + x, 0) / xs.length) * 10) / 10,
            p10: rank(xs, 0.1),
            median: rank(xs, 0.5),
            p90: rank(xs, 0.9),
          };
  }
  return per;
}

export const MAX_AUTOTEST_GAMES = 1000;

/** Play the games, telling `post` of each one finished, then of the tables. */
export function runAutotest(req: AutotestRequest, post: (m: AutotestMessage) => void): void {
  const parsed = parseScenario(req.doc);
  if (!parsed.ok) {
    post({ kind: 'failed', message: 'the scenario has errors: mend them first' });
    return;
  }
  const games = Math.max(1, Math.min(MAX_AUTOTEST_GAMES, Math.floor(req.games)));
  const total = games * req.pairings.length;
  const tables: Partial<Record<Pairing, BatchTable>> = {};
  const scores: Partial<Record<Pairing, PairingScores>> = {};
  let done = 0;
  for (const [federation, klingon] of req.pairings) {
    const summaries: GameSummary[] = [];
    for (let i = 0; i < games; i++) {
      const r = playSummary(parsed.value, i, req.seedPrefix, { federation, klingon });
      if (!r.ok) {
        post({ kind: 'failed', message: `game ${req.seedPrefix}${i}: ${r.error.message}` });
        return;
      }
      summaries.push(r.value);
      done++;
      post({ kind: 'progress', done, total });
    }
    tables[pairingOf(federation, klingon)] = tabulate(summaries);
    scores[pairingOf(federation, klingon)] = scoreFigures(summaries);
  }
  // The targets compare pairings: they mean something only when all nine were played.
  const checks = req.pairings.length === ALL_PAIRINGS.length ? checkBalance(tables) : [];
  post({ kind: 'done', tables, scores, checks });
}
