// One worker of `npm run design`: plays the units (job, game) it is sent, a few at a time, and
// posts their records back; the main thread hands out the next units as workers finish.
import { parentPort, workerData } from 'node:worker_threads';
import { type DesignJob, playDesignGame } from '../sim/design/index';
import { loadScenario } from './load';

const { jobs, branches } = workerData as { jobs: DesignJob[]; branches: number };
const scenarios = new Map<string, ReturnType<typeof loadScenario>>();

parentPort?.on('message', (units: [number, number][]) => {
  try {
    const games = units.map(([j, index]) => {
      const job = jobs[j] as DesignJob;
      let scenario = scenarios.get(job.scenario);
      if (!scenario) {
        scenario = loadScenario(job.scenario);
        scenarios.set(job.scenario, scenario);
      }
      if (!scenario.ok) throw new Error(`${job.scenario} does not load`);
      return playDesignGame(scenario.value, job, index, branches);
    });
    parentPort?.postMessage({ games });
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
