// One worker of `npm run design`: plays the units (job, game) it is sent, a few at a time, and
// posts their records back; the main thread hands out the next units as workers finish.
import { parentPort, workerData } from 'node:worker_threads';
import { type DesignJob, playDesignGame } from '../sim/design/index';
import { loadScenario } from './load';

const { jobs, branches, campaign } = workerData as {
  jobs: DesignJob[];
  branches: number;
  campaign?: string;
};
const scenarios = new Map<string, Awaited<ReturnType<typeof loadScenario>>>();

parentPort?.on('message', async (units: [number, number][]) => {
  try {
    const games = [];
    for (const [j, index] of units) {
      const job = jobs[j] as DesignJob;
      // The campaign's jobs play the scenario given to `--scenario`, when one is.
      const where = (job.scenario === 'khitomer-accords' && campaign) || job.scenario;
      let scenario = scenarios.get(where);
      if (!scenario) {
        scenario = await loadScenario(where);
        scenarios.set(where, scenario);
      }
      if (!scenario.ok) throw new Error(`${where} does not load`);
      games.push(playDesignGame(scenario.value, job, index, branches));
    }
    parentPort?.postMessage({ games });
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
