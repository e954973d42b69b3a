// Auto-playtest: seeded AI games of the scenario being edited, pairing by pairing, summed up as
// `npm run balance` sums them (tabulate, checkBalance). Pure: the editor runs it in a Web Worker.
// The modules themselves, not the core's public index: the worker is its own download, and the
// index would bring the built-in scenario files into it.
import { ALL_PAIRINGS, checkBalance, type Pairing, pairingOf, type TargetCheck } from '../sim/balance';
import { type BatchTable, type GameSummary, playSummary, tabulate } from '../sim/batch';
import { parseScenario } from '../sim/scenario/parse';
import type { AiPersonality } from '../sim/support';

export interface AutotestRequest {
  /** The scenario as edited: parsed again here, never trusted. */
  doc: unknown;
  games: number;
  /** One pairing, or all nine. */
  pairings: [AiPersonality, AiPersonality][];
  seedPrefix: string;
}

export type AutotestMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; tables: Partial<Record<Pairing, BatchTable>>; checks: TargetCheck[] }
  | { kind: 'failed'; message: string };

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
  }
  // The targets compare pairings: they mean something only when all nine were played.
  const checks = req.pairings.length === ALL_PAIRINGS.length ? checkBalance(tables) : [];
  post({ kind: 'done', tables, checks });
}
