// npm run batch -- --scenario <id or path> --games <n> --federation <ai> --klingon <ai>
//                  [--seed-prefix <text>] [--workers <n>] [--json]
// Plays n seeded games across worker threads and prints what they add up to. The same arguments
// give the same table, however the games are spread over the workers.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ARTICLES, type BatchTable, PARTIES, policyNames, resolvePolicy, tabulate } from '../sim/index';
import { playGames } from './batch-run';
import { die, loadScenario, parseOrDie, printScenarioErrors } from './load';

const USAGE =
  'usage: npm run batch -- --scenario <id or path> --games <n> --federation <ai> --klingon <ai> [--seed-prefix <text>] [--workers <n>] [--json]';

function parse() {
  return parseArgs({
    options: {
      scenario: { type: 'string', default: 'khitomer-accords' },
      games: { type: 'string', default: '100' },
      federation: { type: 'string', default: 'pragmatist' },
      klingon: { type: 'string', default: 'pragmatist' },
      'seed-prefix': { type: 'string', default: 'batch-' },
      workers: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

function formatTable(
  t: BatchTable,
  args: { scenario: string; federation: string; klingon: string; seedPrefix: string },
): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines: string[] = [];
  lines.push(
    `${t.games} games of ${args.scenario}: federation ${args.federation} vs klingon ${args.klingon} (seeds ${args.seedPrefix}0…)`,
  );
  lines.push(
    `reach the last year with the Accords in force: ${pct(t.reachedInForceShare)} (${t.reachedInForce})`,
  );
  lines.push(
    `results: ${Object.entries(t.results)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; mean end year ${t.meanEndYear}`,
  );
  lines.push('');
  lines.push('                    federation   klingon');
  for (const key of ['standing', 'support', 'industry'] as const) {
    lines.push(
      `mean ${key.padEnd(14)} ${String(t.mean[key].federation).padStart(10)} ${String(t.mean[key].klingon).padStart(9)}`,
    );
  }
  lines.push('violations per game by article:');
  for (const a of ARTICLES) {
    lines.push(
      `  Article ${a.padEnd(10)} ${String(t.violationsPerGame.federation[a]).padStart(10)} ${String(t.violationsPerGame.klingon[a]).padStart(9)}`,
    );
  }
  lines.push('grades (games that reached the end):');
  const gradeNames = [...new Set(PARTIES.flatMap((p) => Object.keys(t.grades[p])))].sort();
  for (const g of gradeNames) {
    lines.push(
      `  ${g.padEnd(17)} ${String(t.grades.federation[g] ?? 0).padStart(10)} ${String(t.grades.klingon[g] ?? 0).padStart(9)}`,
    );
  }
  lines.push('most used orders:');
  for (const p of PARTIES) {
    lines.push(
      `  ${p}: ${t.orderShares[p]
        .slice(0, 6)
        .map((o) => `${o.type} ${pct(o.share)}`)
        .join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const v = parseOrDie(parse, USAGE).values;
  if (v.help) {
    process.stdout.write(`${USAGE}\npolicies: ${policyNames().join(', ')}\n`);
    return;
  }
  const games = Number(v.games);
  if (!Number.isInteger(games) || games < 1 || games > 1_000_000)
    die(`--games must be a whole number from 1 to 1000000, not "${v.games}"`);
  for (const side of ['federation', 'klingon'] as const) {
    if (!resolvePolicy(v[side])) die(`--${side}: "${v[side]}" is not a policy (${policyNames().join(', ')})`);
  }
  const scenario = await loadScenario(v.scenario);
  if (!scenario.ok) {
    printScenarioErrors(v.scenario, scenario.error);
    process.exit(1);
  }
  const workers =
    v.workers === undefined ? Math.max(1, Math.min(availableParallelism(), 8)) : Number(v.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64)
    die(`--workers must be a whole number from 0 to 64, not "${v.workers}"`);
  const policies = { federation: v.federation, klingon: v.klingon };
  const job = { scenario: v.scenario, seedPrefix: v['seed-prefix'], policies };
  const summaries = await playGames(scenario.value, job, games, workers);
  const table = tabulate(summaries);
  const header = { scenario: scenario.value.id, games, seedPrefix: job.seedPrefix, policies };
  if (v.json) process.stdout.write(`${JSON.stringify({ ...header, ...table }, null, 2)}\n`);
  else
    process.stdout.write(
      formatTable(table, { scenario: scenario.value.id, ...policies, seedPrefix: job.seedPrefix }),
    );
}

main().catch((e: unknown) => die(e instanceof Error ? e.message : String(e), 1));
