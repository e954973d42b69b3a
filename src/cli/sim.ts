// npm run sim -- --scenario <id or path> --seed <text> --federation <policy> --klingon <policy> [--json]
// Plays a whole game headless and prints it year by year, or as one JSON document.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  type GameState,
  PARTIES,
  type Party,
  policyNames,
  seedFromEntropy,
  simulate,
  type TurnReport,
} from '../sim/index';
import { MAX_SCENARIO_YEARS } from '../sim/scenario/parse';
import { die, loadScenario, parseOrDie, printScenarioErrors } from './load';

const USAGE =
  'usage: npm run sim -- [--scenario <id or path>] [--seed <text>] [--federation <policy>] [--klingon <policy>] [--json]';

function parse() {
  return parseArgs({
    options: {
      scenario: { type: 'string', default: 'khitomer-accords' },
      seed: { type: 'string' },
      federation: { type: 'string', default: 'loyalist' },
      klingon: { type: 'string', default: 'pragmatist' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

function yearSummary(report: TurnReport, s: GameState) {
  const rec = s.history.at(-1);
  return {
    year: report.year,
    standing: rec?.standing ?? { federation: 0, klingon: 0 },
    support: rec?.support ?? { federation: 0, klingon: 0 },
    status: rec?.status ?? s.status,
    events: report.events.map((e) => ({ id: e.id, type: e.type, title: e.title, article: e.article })),
    orders: report.orders,
    violations: report.ledger
      .filter((e) => e.kind !== 'reward' && e.article !== null)
      .map((e) => ({ party: e.party, article: e.article, code: e.code, cost: -e.delta, text: e.text })),
    rewards: report.ledger
      .filter((e) => e.kind === 'reward')
      .map((e) => ({ party: e.party, code: e.code, gain: e.delta })),
    hash: report.hash,
  };
}
type Row = ReturnType<typeof yearSummary>;

const initial = (p: Party) => p[0]?.toUpperCase() ?? '?';

function formatRow(row: Row): string {
  const num = (n: number) => String(n).padStart(3);
  const viol = row.violations.map((v) => `${initial(v.party)}:${v.article}`).join(' ');
  const events = row.events.map((e) => e.title).join('; ');
  return (
    `${row.year}  ${num(row.standing.federation)} ${num(row.standing.klingon)}   ${num(row.support.federation)} ${num(row.support.klingon)}  ` +
    `${row.status.padEnd(9)}  ${viol.padEnd(20)} ${row.hash}${events ? `  ${events}` : ''}\n`
  );
}

async function main(): Promise<void> {
  const v = parseOrDie(parse, USAGE).values;
  if (v.help) {
    process.stdout.write(`${USAGE}\npolicies: ${policyNames().join(', ')}\n`);
    return;
  }
  const scenario = await loadScenario(v.scenario);
  if (!scenario.ok) {
    printScenarioErrors(v.scenario, scenario.error);
    process.exit(1);
  }
  // A game without a seed gets a generated one, shown so that it can be played again.
  const seed = v.seed ?? seedFromEntropy([...randomBytes(10)]);
  const policies = { federation: v.federation, klingon: v.klingon };
  const years: Row[] = [];
  if (!v.json) {
    process.stdout.write(
      `${scenario.value.title} — seed "${seed}" — federation: ${policies.federation}, klingon: ${policies.klingon}\n`,
    );
    process.stdout.write(
      'year  standing  support  treaty     violations           hash              events\n',
    );
    process.stdout.write('        F   K     F   K\n');
  }
  const out = simulate(scenario.value, {
    seed,
    policies,
    maxTurns: MAX_SCENARIO_YEARS,
    onTurn: (report, state) => {
      const row = yearSummary(report, state);
      years.push(row);
      if (!v.json) process.stdout.write(formatRow(row));
    },
  });
  if (!out.ok) die(`${out.error.code}: ${out.error.message}`, 1);
  const s = out.value.state;
  // A game ends by itself at its scenario's last year, which the parser keeps within the cap; a game
  // still going after the cap is never passed off as finished.
  if (s.phase !== 'ended') {
    die(
      `sim/stopped: the game was stopped after ${out.value.turns} years, in ${s.year}, before its end in ${s.lastYear}: ` +
        `no game runs longer than ${MAX_SCENARIO_YEARS} years`,
      1,
    );
  }
  const finalHash = years.at(-1)?.hash ?? null;
  if (v.json) {
    const doc = {
      scenario: s.scenarioId,
      seed,
      policies,
      rulesVersion: s.rulesVersion,
      years,
      result: s.result,
      finalHash,
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
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
  const totals: Record<string, number> = {};
  for (const e of s.ledger) {
    if (e.kind === 'reward' || e.article === null) continue;
    const key = `${e.party} Article ${e.article}`;
    totals[key] = (totals[key] ?? 0) + 1;
  }
  const lines = Object.entries(totals).sort(([a], [b]) => (a < b ? -1 : 1));
  if (lines.length > 0) {
    process.stdout.write('  violations seen, by article:\n');
    for (const [k, n] of lines) process.stdout.write(`    ${k.padEnd(24)} ${n}\n`);
  }
  process.stdout.write(`final hash ${finalHash ?? '-'}\n`);
}

main().catch((e: unknown) => die(e instanceof Error ? e.message : String(e), 1));
