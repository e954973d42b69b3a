// npm run design [-- --games <n>] [--branches <n>] [--workers <n>] [--scenario <id or path>] [--json] [--write [--out <file>]]
// Plays every AI pairing (branching a few decisions of each game), the simple reference strategies
// and the loyal side's answers to a hawk, checks issue 16's targets, and prints the report as
// Markdown (with --write, into levels/DESIGN-REPORT.md; with --json, one JSON document). Exits 1
// while a target fails. The same arguments give the same report, whatever the workers.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  type DesignGame,
  type DesignJob,
  designContext,
  designMarkdown,
  designPlan,
  designReport,
  designUnits,
  playDesignGame,
} from '../sim/design/index';
import type { Scenario } from '../sim/index';
import { progress } from './batch-run';
import { die, loadScenario, parseOrDie } from './load';

const USAGE =
  'usage: npm run design [-- --games <n>] [--branches <n>] [--workers <n>] [--scenario <id or path>] [--json] [--write [--out <file>]]';
const REPORT_PATH = 'levels/DESIGN-REPORT.md';
/** The scenario most of the report plays; `--scenario` puts another in its place. */
const CAMPAIGN = 'khitomer-accords';
/** Units a worker is handed at a time: small, so the slow branched games spread evenly. */
const CHUNK = 4;

function parse() {
  return parseArgs({
    options: {
      games: { type: 'string', default: '1000' },
      branches: { type: 'string', default: '1' },
      workers: { type: 'string' },
      scenario: { type: 'string', default: CAMPAIGN },
      json: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      out: { type: 'string', default: REPORT_PATH },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

function wholeNumber(text: string | undefined, name: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    die(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return n;
}

/** Plays the units on `workers` threads (in this one for fewer than 2), handing them out as they free up. */
async function playUnits(
  jobs: DesignJob[],
  units: [number, number][],
  branches: number,
  workers: number,
  scenarioOf: (job: DesignJob) => Scenario,
  campaign: string,
): Promise<DesignGame[]> {
  const out: DesignGame[] = [];
  if (workers < 2) {
    for (const [j, index] of units) {
      const job = jobs[j] as DesignJob;
      out.push(playDesignGame(scenarioOf(job), job, index, branches));
      progress(out.length, units.length);
    }
    return out;
  }
  let next = 0;
  const take = () => {
    const chunk = units.slice(next, next + CHUNK);
    next += chunk.length;
    return chunk;
  };
  const threads = Array.from({ length: Math.min(workers, Math.ceil(units.length / CHUNK)) }, () => {
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url), {
        workerData: { entry: 'design', jobs, branches, campaign },
      });
      const feed = () => {
        const chunk = take();
        if (chunk.length > 0) worker.postMessage(chunk);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (m: { games?: DesignGame[]; error?: string }) => {
        if (m.error) {
          void worker.terminate();
          reject(new Error(m.error));
          return;
        }
        out.push(...(m.games ?? []));
        progress(out.length, units.length);
        feed();
      });
      worker.on('error', reject);
      worker.on('online', feed);
    });
  });
  await Promise.all(threads);
  return out;
}

async function main(): Promise<void> {
  const v = parseOrDie(parse, USAGE).values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const games = wholeNumber(v.games, 'games', 1, 100_000);
  const branches = wholeNumber(v.branches, 'branches', 0, 9);
  const workers =
    v.workers === undefined
      ? Math.max(1, Math.min(availableParallelism(), 8))
      : wholeNumber(v.workers, 'workers', 0, 64);
  if (v.write && v.scenario !== CAMPAIGN && v.out === REPORT_PATH)
    die(`--write on another scenario needs --out: ${REPORT_PATH} is the campaign's report`);
  const scenarios = new Map<string, Scenario>();
  for (const [id, where] of [
    [CAMPAIGN, v.scenario],
    ['centennial-eve', 'centennial-eve'],
  ] as const) {
    const s = await loadScenario(where);
    if (!s.ok) die(`${where} does not load: ${s.error.map((e) => e.message).join('; ')}`, 1);
    scenarios.set(id, s.value);
  }
  const scenarioOf = (job: DesignJob) => scenarios.get(job.scenario) as Scenario;
  const jobs = designPlan(games);
  const units = designUnits(jobs);
  const played = await playUnits(jobs, units, branches, workers, scenarioOf, v.scenario);
  const context = designContext(
    scenarioOf(jobs[0] as DesignJob),
    scenarios.get('centennial-eve') as Scenario,
    games,
    branches,
  );
  const report = designReport(context, jobs, played);
  // The report's words name the campaign; played on another scenario, it says so first.
  const markdown =
    v.scenario === CAMPAIGN
      ? designMarkdown(report)
      : `> Played on \`${v.scenario}\` in the campaign's place (\`--scenario ${v.scenario}\`).\n\n${designMarkdown(report)}`;
  if (v.write) {
    writeFileSync(v.out, markdown);
    process.stderr.write(`wrote ${v.out}\n`);
  }
  if (v.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (!v.write) process.stdout.write(markdown);
  const failed = report.checks.filter((c) => !c.ok);
  process.stderr.write(`${report.checks.length - failed.length} of ${report.checks.length} targets met\n`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((e: unknown) => die(e instanceof Error ? e.message : String(e), 1));
