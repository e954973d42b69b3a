// npm run bench:compare -- <commit> [--rounds N] [--core C] [--json]
// The core's speed beside another commit's, measured as issue 14 asks: "side by side with today's
// main in one run". Both trees' cores are bundled by esbuild (as `npm run bench` is), and each is
// measured in a process of its own, one after the other on one core, the order swapped every round.
// One core, not two at once: this machine's two cores differ by up to 40%, so two processes pinned
// to two cores measure the cores as much as the code.
//
// Each process measures what `npm run bench` does: eight full campaigns replayed from their orders
// (the core alone) and pragmatist-against-pragmatist campaigns (core + AI; the seeds `ai-0`..`ai-63`
// in turn, the same in both trees). A campaign's length and its number of orders are outcomes of the
// rules, so the figures are given per campaign, per turn and per order: a rules change that makes
// the AI's games longer lowers its campaigns a second with no turn slower.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { type BenchRound, compareRounds, type TreeRates } from './bench-rounds';
import { die } from './load';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '6' },
    core: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});
const base = positionals[0];
if (!base) die('usage: npm run bench:compare -- <commit> [--rounds N] [--core C] [--json]');
const ROUNDS = Math.max(1, Number(values.rounds) || 6);
const here = resolve('.');

function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: here, encoding: 'utf8' });
  if (r.status !== 0) die(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

// One tree's measures, imported from its own sources (`TREE`): nothing else of the tree is read.
const ENTRY = `
import { createGame, loadBuiltinScenario, resolveTurn, simulate } from 'TREE/src/sim/index';
const loaded = loadBuiltinScenario('khitomer-accords');
if (!loaded.ok) throw new Error('the campaign does not load');
const campaign = loaded.value;
const pairings = [['loyalist', 'loyalist'], ['pragmatist', 'pragmatist'], ['loyalist', 'pragmatist'], ['pragmatist', 'loyalist']];
const fullLength = campaign.lastYear - campaign.firstYear;
const games = [];
for (let i = 0; games.length < 8 && i < 200; i++) {
  const [f, k] = pairings[i % 4];
  const seed = 'bench-' + i;
  const turns = [];
  simulate(campaign, { seed, policies: { federation: f, klingon: k }, onTurn: (_r, _s, o) => turns.push(o) });
  if (turns.length === fullLength) games.push({ seed, controllers: { federation: f, klingon: k }, orders: turns });
}
export const replayTurns = games.reduce((n, g) => n + g.orders.length, 0) / games.length;
export const replayOrders = games.reduce((n, g) => n + g.orders.reduce((m, o) => m + o.federation.length + o.klingon.length, 0), 0) / games.length;
export function replayAll() {
  for (const g of games) {
    let s = createGame(campaign, { seed: g.seed, controllers: g.controllers }).value;
    for (const o of g.orders) {
      const r = resolveTurn(s, o);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value.state;
    }
  }
  return games.length;
}
let seed = 0;
export let aiTurns = 0;
const count = () => { aiTurns++; };
export function aiCampaign() {
  simulate(campaign, { seed: 'ai-' + (seed++ % 64), policies: { federation: 'pragmatist', klingon: 'pragmatist' }, onTurn: count });
  return 1;
}
`;

// A process's measure: warm, then the median of five one-second runs of each (CPU time).
const WORKER = `
const m = await import(process.argv[2]);
function cpu() { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
function rate(ms, body) { let ops = 0; const t0 = cpu(); let t = t0; while (t - t0 < ms) { ops += body(); t = cpu(); } return { ops, ms: t - t0 }; }
rate(4000, m.replayAll); rate(3000, m.aiCampaign);
const replay = [], ai = [];
let campaigns = 0; const turns0 = m.aiTurns;
for (let r = 0; r < 5; r++) {
  const a = rate(1000, m.replayAll); replay.push(a.ops * 1000 / a.ms);
  const b = rate(1000, m.aiCampaign); ai.push(b.ops * 1000 / b.ms); campaigns += b.ops;
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log(JSON.stringify({ replay: med(replay), ai: med(ai), replayTurns: m.replayTurns, replayOrders: m.replayOrders, aiTurns: (m.aiTurns - turns0) / campaigns }));
`;

const work = mkdtempSync(join(tmpdir(), 'khitomer-bench-'));
const baseTree = join(work, 'base');
const rev = git('rev-parse', '--verify', `${base}^{commit}`);
git('worktree', 'add', '--detach', baseTree, rev);
try {
  symlinkSync(join(here, 'node_modules'), join(baseTree, 'node_modules'));
  const trees = { this: here, base: baseTree } as const;
  for (const [label, tree] of Object.entries(trees)) {
    writeFileSync(join(work, `${label}-entry.mjs`), ENTRY.replace('TREE', tree));
    await build({
      entryPoints: [join(work, `${label}-entry.mjs`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(work, `${label}.mjs`),
      logLevel: 'warning',
    });
  }
  writeFileSync(join(work, 'worker.mjs'), WORKER);
  const pin = spawnSync('taskset', ['-c', String(values.core), 'true']).status === 0;
  const measure = (label: keyof typeof trees): TreeRates => {
    const cmd = [join(work, 'worker.mjs'), join(work, `${label}.mjs`)];
    const r = pin
      ? spawnSync('taskset', ['-c', String(values.core), process.execPath, ...cmd], { encoding: 'utf8' })
      : spawnSync(process.execPath, cmd, { encoding: 'utf8' });
    if (r.status !== 0) die(`the ${label} tree's measure failed: ${r.stderr.trim()}`);
    return JSON.parse(r.stdout) as TreeRates;
  };
  const rounds: BenchRound[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (!values.json) process.stderr.write(`round ${i + 1} of ${ROUNDS}\n`);
    // The order swapped every round: a drift of the machine's load falls on both alike.
    if (i % 2 === 0) {
      const a = measure('this');
      rounds.push({ this: a, base: measure('base') });
    } else {
      const b = measure('base');
      rounds.push({ this: measure('this'), base: b });
    }
  }
  const result = compareRounds(rounds);
  if (values.json) console.log(JSON.stringify({ base: rev, pinned: pin, ...result }, null, 2));
  else {
    console.log(
      `This tree against ${rev.slice(0, 7)}, ${ROUNDS} rounds${pin ? `, one at a time on core ${values.core}` : ' (taskset not found: unpinned)'}:`,
    );
    for (const row of result.rows)
      console.log(
        `  ${row.measure.padEnd(22)} ${row.this.toFixed(1).padStart(9)} vs ${row.base.toFixed(1).padStart(9)}  ${pct(row.change)}  (rounds: ${row.rounds.map(pct).join(' ')})`,
      );
    console.log(
      `  turns a campaign: replayed ${result.replayTurns.this} vs ${result.replayTurns.base}; AI ${result.aiTurns.this.toFixed(2)} vs ${result.aiTurns.base.toFixed(2)}; orders a replayed campaign ${result.replayOrders.this.toFixed(1)} vs ${result.replayOrders.base.toFixed(1)}`,
    );
  }
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', baseTree], { cwd: here });
  rmSync(work, { recursive: true, force: true });
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
