// npm run bench [-- --json]: the speed of the core, as named figures (median of several runs).
// npm runs it bundled by esbuild, as the game ships: under tsx every function would carry a
// name-keeping wrapper and the figures would measure the loader as much as the core.
//   campaignsPerSecond  the full campaign resolved from pre-generated orders (the core alone; a
//                       report's words and state hash are worked out when read, and none is read)
//   turnsPerSecond      the same, in turns
//   ordersPerSecond     the same, in orders resolved
//   aiCampaignsPerSecond full campaigns with both powers played by the pragmatist (core + AI)
//   aiTurnsPerSecond    the same, in turns: a campaign's length is the rules' outcome (its AI games
//                       end early in a collapse, or reach the centennial), so a rules change that
//                       lengthens them lowers the campaigns a second with no turn slower
//   aiDecisionMs        one pragmatist decision on the campaign's busiest year
//   replayVerifyMs      verifying a full campaign replay (parse, re-simulate, compare every hash)
//   shareLinkChars      the share link of that campaign (the fragment; an address adds its origin)
// The throughputs are of the warmed core: V8 spends the first seconds of a process compiling (about
// four here, rising from a tenth of the speed), so each is measured after `--warmup` ms of the same
// work (default 5000), then as the median of `--runs` one-second runs (the slowest and fastest are
// printed beside it, to show the noise of a shared machine).
import { parseArgs } from 'node:util';
import {
  createGame,
  encodeReplay,
  type GameState,
  loadBuiltinScenario,
  type Order,
  type Party,
  POLICIES,
  parseReplayText,
  recordGame,
  resolveTurn,
  type Scenario,
  simulate,
  verifyReplay,
} from '../sim/index';
import { encodeShareFragment } from '../store/share';
import { die } from './load';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '5000' },
  },
});
const RUNS = Math.max(1, Number(values.runs) || 7);
const WARMUP_MS = Math.max(0, Number(values.warmup) || 0);

const loaded = loadBuiltinScenario('khitomer-accords');
if (!loaded.ok) die('the campaign does not load');
const campaign: Scenario = loaded.value;

type Orders = Record<Party, Order[]>;

function recordOrders(seed: string, fed: string, kli: string): Orders[] {
  const turns: Orders[] = [];
  const r = simulate(campaign, {
    seed,
    policies: { federation: fed, klingon: kli },
    onTurn: (_r, _s, orders) => turns.push(orders),
  });
  if (!r.ok) die(r.error.message);
  return turns;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Run `body` repeatedly for about `ms` and return operations per second, by its own count. */
function rate(ms: number, body: () => number): number {
  let ops = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    ops += body();
    t = performance.now();
  }
  return (ops * 1000) / (t - t0);
}

// Pre-generate the orders of eight full campaigns (all 100 years), with violations and rewards.
const pairings: [string, string][] = [
  ['loyalist', 'loyalist'],
  ['pragmatist', 'pragmatist'],
  ['loyalist', 'pragmatist'],
  ['pragmatist', 'loyalist'],
];
const fullLength = campaign.lastYear - campaign.firstYear;
const games: { seed: string; controllers: Record<Party, string>; orders: Orders[] }[] = [];
for (let i = 0; games.length < 8 && i < 200; i++) {
  const [f, k] = pairings[i % pairings.length] as [string, string];
  const seed = `bench-${i}`;
  const orders = recordOrders(seed, f, k);
  if (orders.length === fullLength) games.push({ seed, controllers: { federation: f, klingon: k }, orders });
}
const totalTurns = games.reduce((n, g) => n + g.orders.length, 0);
const totalOrders = games.reduce(
  (n, g) => n + g.orders.reduce((m, o) => m + o.federation.length + o.klingon.length, 0),
  0,
);

function replayAll(): number {
  for (const g of games) {
    // The recorded controllers: an AI whose government falls gets a new leader, where a human loses.
    const c = createGame(campaign, { seed: g.seed, controllers: g.controllers });
    if (!c.ok) die(c.error.message);
    let s: GameState = c.value;
    for (const o of g.orders) {
      const r = resolveTurn(s, o);
      if (!r.ok) die(r.error.message);
      s = r.value.state;
    }
  }
  return games.length;
}

rate(WARMUP_MS, replayAll);
const campaignRates: number[] = [];
for (let i = 0; i < RUNS; i++) campaignRates.push(rate(1000, replayAll));
const campaignsPerSecond = median(campaignRates);
const turnsPerCampaign = totalTurns / games.length;
const ordersPerCampaign = totalOrders / games.length;

let aiSeed = 0;
let aiTurns = 0;
let aiCampaigns = 0;
function aiCampaign(): number {
  const r = simulate(campaign, {
    seed: `ai-${aiSeed++}`,
    policies: { federation: 'pragmatist', klingon: 'pragmatist' },
  });
  if (!r.ok) die(r.error.message);
  aiTurns += r.value.turns;
  aiCampaigns++;
  return 1;
}
rate(WARMUP_MS / 2, aiCampaign); // the core is warm already: the AI's own code warms faster
const aiRates: number[] = [];
for (let i = 0; i < RUNS; i++) aiRates.push(rate(1000, aiCampaign));
const turnsPerAiCampaign = aiTurns / aiCampaigns;

// The busiest year: the most events, obligations and wars open at once in a pragmatist game.
let busiest: GameState | null = null;
let busiestLoad = -1;
simulate(campaign, {
  seed: 'busiest',
  policies: { federation: 'pragmatist', klingon: 'pragmatist' },
  onTurn: (_r, s) => {
    const load = s.events.length + s.obligations.length + s.wars.length + s.claims.length;
    if (s.phase !== 'ended' && load > busiestLoad) {
      busiestLoad = load;
      busiest = s;
    }
  },
});
const decide = POLICIES.pragmatist;
const decisionTimes: number[] = [];
if (busiest && decide) {
  const state: GameState = busiest;
  for (let i = 0; i < RUNS; i++) {
    const n = 200;
    const t0 = performance.now();
    for (let j = 0; j < n; j++) decide(state, j % 2 ? 'klingon' : 'federation');
    decisionTimes.push((performance.now() - t0) / n);
  }
}

// A full campaign's replay, verified from its text as a file would be.
const recorded = recordGame(campaign, {
  seed: 'bench-replay',
  policies: { federation: 'loyalist', klingon: 'pragmatist' },
});
if (!recorded.ok) die(recorded.error.message);
const replayText = encodeReplay(recorded.value.replay);
const verifyTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const n = 20;
  const t0 = performance.now();
  for (let j = 0; j < n; j++) {
    const parsed = parseReplayText(replayText);
    if (!parsed.ok || !verifyReplay(parsed.value).ok) die('the bench replay does not verify');
  }
  verifyTimes.push((performance.now() - t0) / n);
}

const shareLinkChars = (await encodeShareFragment(recorded.value.replay)).length;

const figures = {
  campaignsPerSecond: Math.round(campaignsPerSecond),
  campaignsPerSecondSlowest: Math.round(Math.min(...campaignRates)),
  campaignsPerSecondFastest: Math.round(Math.max(...campaignRates)),
  turnsPerSecond: Math.round(campaignsPerSecond * turnsPerCampaign),
  ordersPerSecond: Math.round(campaignsPerSecond * ordersPerCampaign),
  aiCampaignsPerSecond: Math.round(median(aiRates)),
  aiTurnsPerSecond: Math.round(median(aiRates) * turnsPerAiCampaign),
  aiDecisionMs: Number(median(decisionTimes).toFixed(3)),
  replayVerifyMs: Number(median(verifyTimes).toFixed(2)),
  replayYears: recorded.value.replay.turns.length,
  shareLinkChars,
  turnsPerCampaign: Number(turnsPerCampaign.toFixed(1)),
  ordersPerCampaign: Number(ordersPerCampaign.toFixed(1)),
  turnsPerAiCampaign: Number(turnsPerAiCampaign.toFixed(1)),
  runs: RUNS,
  warmupMs: WARMUP_MS,
};
if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
else for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(22)} ${v}\n`);
