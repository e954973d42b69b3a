// Playing many games for `batch` and `balance`: in this thread, or spread over worker threads.
import { Worker } from 'node:worker_threads';
import { type GameSummary, playSummary, type Scenario } from '../sim/index';

export interface BatchJob {
  scenario: string;
  from: number;
  to: number;
  seedPrefix: string;
  policies: { federation: string; klingon: string };
}

export function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

async function runWorkers(
  job: Omit<BatchJob, 'from' | 'to'>,
  games: number,
  workers: number,
): Promise<GameSummary[]> {
  const out: GameSummary[] = [];
  const chunk = Math.ceil(games / workers);
  const tasks: Promise<void>[] = [];
  for (let w = 0; w < workers; w++) {
    const from = w * chunk;
    const to = Math.min(games, from + chunk);
    if (from >= to) break;
    tasks.push(
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url), {
          workerData: { ...job, from, to } satisfies BatchJob,
        });
        worker.on('message', (m: { summary?: GameSummary; error?: string }) => {
          if (m.error) reject(new Error(m.error));
          else if (m.summary) {
            out.push(m.summary);
            progress(out.length, games);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`a worker stopped with code ${code}`)),
        );
      }),
    );
  }
  await Promise.all(tasks);
  return out;
}

/** Play games 0…games−1 of the job; the summaries come back in index order. */
export async function playGames(
  scenario: Scenario,
  job: Omit<BatchJob, 'from' | 'to'>,
  games: number,
  workers: number,
): Promise<GameSummary[]> {
  if (workers > 1 && games >= 8) {
    const out = await runWorkers(job, games, workers);
    return out.sort((a, b) => a.index - b.index);
  }
  const out: GameSummary[] = [];
  for (let i = 0; i < games; i++) {
    const r = playSummary(scenario, i, job.seedPrefix, job.policies);
    if (!r.ok) throw new Error(r.error.message);
    out.push(r.value);
    progress(i + 1, games);
  }
  return out;
}
