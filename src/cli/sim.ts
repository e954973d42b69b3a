// npm run sim -- --scenario <id or path> --seed <text> --federation <policy> --klingon <policy> [--json]
// Plays a whole game headless and prints it year by year, or as one JSON document.
import { parseArgs } from 'node:util';
import { type Change, PARTIES, type Party, policyNames, simulate, type TurnReport } from '../sim/index';
import { die, loadScenario, printScenarioErrors } from './load';

const USAGE =
  'usage: npm run sim -- --scenario <id or path> --seed <text> --federation <policy> --klingon <policy> [--json]';

function main(): void {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    die(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\npolicies: ${policyNames().join(', ')}\n`);
    return;
  }
  const scenario = loadScenario(v.scenario ?? 'khitomer-accords');
  if (!scenario.ok) {
    printScenarioErrors(v.scenario ?? 'khitomer-accords', scenario.error);
    process.exit(1);
  }
  const seed = v.seed ?? 'khitomer';
  const policies = { federation: v.federation ?? 'random', klingon: v.klingon ?? 'random' };
  const years: ReturnType<typeof yearSummary>[] = [];
  const out = simulate(scenario.value, {
    seed,
    policies,
    onTurn: (report) => {
      const row = yearSummary(report);
      years.push(row);
      if (!v.json) process.stdout.write(formatRow(row));
    },
  });
  if (!out.ok) die(`${out.error.code}: ${out.error.message}`, 1);
  const s = out.value.state;
  const last = s.history[s.history.length - 1];
  if (v.json) {
    process.stdout.write(
      `${JSON.stringify({ scenario: s.scenarioId, seed, policies, rulesVersion: s.rulesVersion, years, result: s.result, finalHash: last?.hash ?? null }, null, 2)}\n`,
    );
    return;
  }
  const r = s.result;
  if (r) {
    process.stdout.write(`\n${r.kind.toUpperCase()} in ${r.year}: ${r.cause}\n`);
    if (r.scores && r.grades) {
      for (const p of PARTIES)
        process.stdout.write(`  ${p.padEnd(10)} score ${r.scores[p]} — ${r.grades[p]}\n`);
    }
    if (r.chain.length > 0) {
      process.stdout.write('  the chain of violations:\n');
      for (const e of r.chain)
        process.stdout.write(`    ${e.year} ${e.party} Article ${e.article}: ${e.text}\n`);
    }
  }
  process.stdout.write(`final hash ${last?.hash ?? '-'}\n`);
}

function parse() {
  return parseArgs({
    options: {
      scenario: { type: 'string' },
      seed: { type: 'string' },
      federation: { type: 'string' },
      klingon: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

function yearSummary(report: TurnReport) {
  const standing = (p: Party) => report.changes.filter((c) => c.kind === 'standing' && c.party === p);
  const last = (list: Change[], key: 'to') => list[list.length - 1]?.[key];
  const statusChange = report.changes.filter((c) => c.kind === 'treaty' && c.to !== undefined);
  return {
    year: report.year,
    standing: { federation: last(standing('federation'), 'to'), klingon: last(standing('klingon'), 'to') },
    violations: report.ledger
      .filter((e) => e.kind !== 'reward' && e.article !== null)
      .map((e) => ({ party: e.party, article: e.article, code: e.code, cost: -e.delta, text: e.text })),
    rewards: report.ledger
      .filter((e) => e.kind === 'reward')
      .map((e) => ({ party: e.party, code: e.code, gain: e.delta })),
    events: report.events.map((e) => e.title),
    status: statusChange.map((c) => String(c.to)),
    hash: report.hash,
  };
}

type Row = ReturnType<typeof yearSummary>;

const lastStanding: Record<Party, number | string> = { federation: '?', klingon: '?' };

function formatRow(row: Row): string {
  for (const p of PARTIES) {
    const v = row.standing[p];
    if (v !== undefined && v !== null) lastStanding[p] = v;
  }
  const viol = row.violations.map((v) => `${v.party === 'federation' ? 'F' : 'K'}:${v.article}`).join(' ');
  const status = row.status.length > 0 ? ` [${row.status.join(' → ')}]` : '';
  const events = row.events.length > 0 ? `  ${row.events.join('; ')}` : '';
  return `${row.year}  F ${String(lastStanding.federation).padStart(3)}  K ${String(lastStanding.klingon).padStart(3)}  ${viol.padEnd(18)} ${row.hash}${status}${events}\n`;
}

main();
