// One worker of `npm run batch`: plays its share of the games and posts each summary.
import { parentPort, workerData } from 'node:worker_threads';
import { playSummary } from '../sim/index';
import type { BatchJob } from './batch-run';
import { loadScenario } from './load';

const job = workerData as BatchJob;
const scenario = await loadScenario(job.scenario);
if (!scenario.ok) {
  parentPort?.postMessage({ error: scenario.error.map((e) => `${e.path}: ${e.message}`).join('; ') });
} else {
  for (let i = job.from; i < job.to; i++) {
    const r = playSummary(scenario.value, i, job.seedPrefix, job.policies);
    parentPort?.postMessage(r.ok ? { summary: r.value } : { error: r.error.message });
    if (!r.ok) break;
  }
}
