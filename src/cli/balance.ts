// npm run balance [-- --games <n>] [--workers <n>] [--write] [--scenario <id or path>]
// Plays every pairing of the AI personalities on the campaign, checks DESIGN.md section 14's
// targets, and prints the tables as Markdown (with --write, into levels/BALANCE.md). On another
// scenario it prints the one table levels/README.md gives for each (the targets are the campaign's).
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  ALL_PAIRINGS,
  ARTICLES,
  type BatchTable,
  checkBalance,
  PARTIES,
  type Pairing,
  pairingOf,
  tabulate,
} from '../sim/index';
import { pairingsTable } from './balance-table';
import { playGames } from './batch-run';
import { die, loadScenario } from './load';

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '1000' },
    workers: { type: 'string' },
    'seed-prefix': { type: 'string', default: 'balance-' },
    write: { type: 'boolean', default: false },
    scenario: { type: 'string', default: 'khitomer-accords' },
  },
});
const games = Number(values.games);
if (!Number.isInteger(games) || games < 1)
  die(`--games must be a whole number above 0, not "${values.games}"`);
const workers =
  values.workers === undefined ? Math.max(1, Math.min(availableParallelism(), 8)) : Number(values.workers);
const seedPrefix = values['seed-prefix'];
const where = values.scenario;
const scenario = await loadScenario(where);
if (!scenario.ok) die(`${where} does not load: ${scenario.error.map((e) => e.message).join('; ')}`, 1);
const campaign = scenario.value.id === 'khitomer-accords';
if (values.write && !campaign)
  die("--write keeps the campaign's tables (levels/BALANCE.md): leave it out for another scenario");

const tables: Partial<Record<Pairing, BatchTable>> = {};
for (const [federation, klingon] of ALL_PAIRINGS) {
  process.stderr.write(`${federation} vs ${klingon}\n`);
  const summaries = await playGames(
    scenario.value,
    { scenario: where, seedPrefix, policies: { federation, klingon } },
    games,
    workers,
  );
  tables[pairingOf(federation, klingon)] = tabulate(summaries);
}
if (!campaign) {
  process.stdout.write(pairingsTable(tables));
  process.exit(0);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const out: string[] = [];
out.push('# Balance of the campaign');
out.push('');
out.push('The targets of DESIGN.md section 14, measured on `khitomer-accords` with every pairing of the AI');
out.push(
  `personalities, ${games} seeded games each (seeds \`${seedPrefix}0\` … \`${seedPrefix}${games - 1}\`). Produced by:`,
);
out.push('');
out.push('```sh');
out.push(`npm run balance -- --games ${games} --write`);
out.push('```');
out.push('');
out.push('The same command gives the same tables: every game is seeded, and the tables never depend on how');
out.push(
  'the games were spread over worker threads. A quick version of these checks runs with the unit tests',
);
out.push('(`tests/unit/balance.test.ts`).');
out.push('');
out.push('## Targets');
out.push('');
out.push('| target | measured | met |');
out.push('|---|---|---|');
const checks = checkBalance(tables);
for (const c of checks) out.push(`| ${c.target} | ${c.measured} | ${c.ok ? 'yes' : '**no**'} |`);
out.push('');
out.push('## Pairings');
out.push('');
out.push('Federation first. "In force" is the share of games that reach 2393 with the Accords in force.');
out.push('');
out.push('| pairing | in force | results | mean end | standing F / K | support F / K | industry F / K |');
out.push('|---|---|---|---|---|---|---|');
for (const [f, k] of ALL_PAIRINGS) {
  const t = tables[pairingOf(f, k)] as BatchTable;
  const results = Object.entries(t.results)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  out.push(
    `| ${f} vs ${k} | ${pct(t.reachedInForceShare)} | ${results} | ${t.meanEndYear} | ${t.mean.standing.federation} / ${t.mean.standing.klingon} | ${t.mean.support.federation} / ${t.mean.support.klingon} | ${t.mean.industry.federation} / ${t.mean.industry.klingon} |`,
  );
}
out.push('');
out.push('### Violations seen per game, by article (F / K)');
out.push('');
out.push(`| pairing | ${ARTICLES.map((a) => `Art. ${a}`).join(' | ')} |`);
out.push(`|---|${ARTICLES.map(() => '---').join('|')}|`);
for (const [f, k] of ALL_PAIRINGS) {
  const t = tables[pairingOf(f, k)] as BatchTable;
  out.push(
    `| ${f} vs ${k} | ${ARTICLES.map((a) => `${t.violationsPerGame.federation[a]} / ${t.violationsPerGame.klingon[a]}`).join(' | ')} |`,
  );
}
out.push('');
out.push('### Grades and the most used orders');
out.push('');
for (const [f, k] of ALL_PAIRINGS) {
  const t = tables[pairingOf(f, k)] as BatchTable;
  out.push(`- **${f} vs ${k}**`);
  for (const side of PARTIES) {
    const grades =
      Object.entries(t.grades[side])
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([g, n]) => `${g} ${n}`)
        .join(', ') || 'none reached the end';
    const orders = t.orderShares[side]
      .slice(0, 5)
      .map((o) => `${o.type} ${pct(o.share)}`)
      .join(', ');
    out.push(`  - ${side}: grades ${grades}; orders ${orders}`);
  }
}
out.push('');
const text = `${out.join('\n')}\n`;
if (values.write) {
  writeFileSync('levels/BALANCE.md', text);
  process.stderr.write('wrote levels/BALANCE.md\n');
} else {
  process.stdout.write(text);
}
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
