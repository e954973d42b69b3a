// A small scenario for unit tests: every rule can be reached on it in a turn or two.
// Map (lanes): sol — vulcan — k7 (border) — organia (neutral) — narendra (border) — qonos
//              k7 — archanis (disputed) — narendra; romulus (romulan) — narendra; tholia (tholian) — vulcan
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  createGame,
  fromStateData,
  type GameState,
  type LedgerEntry,
  loadBuiltinScenario,
  type Order,
  type Party,
  parseScenario,
  type RulingObligation,
  resolveTurn,
  type Scenario,
  type ScenarioInput,
  stateData,
  type TurnReport,
  type War,
} from '../../src/sim/index';

/** A deep copy of a state, its ledger and history as chronicles (`structuredClone` would leave them plain objects). */
export function copyOf(s: GameState): GameState {
  return fromStateData(stateData(s));
}

/** A built-in scenario, validated (a test that cannot load one fails at once). */
export function builtin(id: string): Scenario {
  const r = loadBuiltinScenario(id);
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.value;
}

export function miniScenarioInput(): ScenarioInput {
  return {
    id: 'mini',
    title: 'Mini',
    firstYear: 2300,
    lastYear: 2330,
    map: {
      systems: [
        {
          id: 'sol',
          name: 'Sol',
          x: 50,
          y: 500,
          owner: 'federation',
          output: 10,
          zone: 'core',
          capital: true,
          shipyard: true,
        },
        { id: 'vulcan', name: 'Vulcan', x: 200, y: 500, owner: 'federation', output: 6, zone: 'core' },
        { id: 'k7', name: 'Station K-7', x: 350, y: 500, owner: 'federation', output: 2, zone: 'border' },
        { id: 'organia', name: 'Organia', x: 500, y: 500, owner: null, output: 2, zone: 'neutral-zone' },
        { id: 'archanis', name: 'Archanis IV', x: 500, y: 650, owner: null, output: 4, zone: 'disputed' },
        { id: 'narendra', name: 'Narendra III', x: 650, y: 500, owner: 'klingon', output: 2, zone: 'border' },
        {
          id: 'qonos',
          name: "Qo'noS",
          x: 950,
          y: 500,
          owner: 'klingon',
          output: 10,
          zone: 'core',
          capital: true,
          shipyard: true,
        },
        { id: 'romulus', name: 'Romulus', x: 650, y: 100, owner: 'romulan', output: 8, zone: 'core' },
        { id: 'tholia', name: 'Tholia', x: 200, y: 900, owner: 'tholian', output: 4, zone: 'core' },
      ],
      lanes: [
        ['sol', 'vulcan'],
        ['vulcan', 'k7'],
        ['k7', 'organia'],
        ['organia', 'narendra'],
        ['narendra', 'qonos'],
        ['k7', 'archanis'],
        ['archanis', 'narendra'],
        ['romulus', 'narendra'],
        ['tholia', 'vulcan'],
      ],
    },
    powers: {
      federation: {
        standing: 60,
        support: 60,
        reserves: 40,
        fleets: [
          { id: 'f1', location: 'k7', strength: 5 },
          { id: 'f2', location: 'sol', strength: 4 },
        ],
      },
      klingon: {
        standing: 60,
        support: 60,
        reserves: 40,
        fleets: [
          { id: 'k1', location: 'narendra', strength: 5 },
          { id: 'k2', location: 'qonos', strength: 4 },
        ],
      },
    },
    thirdPowers: [
      {
        id: 'romulan',
        name: 'the Romulan Star Empire',
        resents: 'klingon',
        aggression: [{ from: 2300, level: 50 }],
        fleets: [],
      },
      {
        id: 'tholian',
        name: 'the Tholian Assembly',
        resents: 'federation',
        aggression: [{ from: 2300, level: 10 }],
        fleets: [],
      },
    ],
    timeline: [],
    eventTable: [],
    // The pressure of rules version 6 (standing and support ebbing near the top, dearer levels of
    // development, tiring addresses, summits rewarded once in five years) is off here, so a test of
    // one rule sees that rule alone; tests/unit/pressure.test.ts turns it on (`withPressure`).
    rules: { events: { drawsPerYear: 0 }, ...NO_PRESSURE },
  };
}

const NO_PRESSURE: RulesInput = {
  rewards: { cleanYearBelow: 101, driftAbove: 100, summitEveryYears: 1, shrinkAbove: 100 },
  // Rules version 7's grievances (tests/unit/answers.test.ts turns them on).
  answers: { grievancePercent: 0 },
  support: { restLevel: 100, addressLessEach: 0, highLine: 100 },
  economy: { developCostPerLevel: 0 },
  threats: { warningYears: 0, securityDefended: 0 },
};

/** The defaults of the rules the mini scenario turns off (see `miniScenarioInput`). */
export function withPressure(s: ScenarioInput): void {
  withRules(s, {
    rewards: { cleanYearBelow: 60, driftAbove: 80, summitEveryYears: 5, shrinkAbove: 85 },
    support: { restLevel: 50, addressLessEach: 1, highLine: 80 },
    economy: { developCostPerLevel: 20 },
    threats: { warningYears: 1, securityDefended: 5 },
    answers: { grievancePercent: 100 },
  });
}

/** Parse a (possibly modified) mini scenario; throws if the test built an invalid one. */
export function miniScenario(edit?: (s: ScenarioInput) => void): Scenario {
  const input = miniScenarioInput();
  edit?.(input);
  const r = parseScenario(input);
  if (!r.ok) throw new Error(`fixture invalid: ${JSON.stringify(r.error)}`);
  return r.value;
}

/**
 * The mini map with a busy event table: every kind of obligation, war and claim turns up within a
 * few years (the order and property tests play it).
 */
export function busyMini(): Scenario {
  return miniScenario((s) => {
    s.rules = { events: { drawsPerYear: 2, chancePercent: 90 } };
    s.eventTable = [
      { type: 'disaster', weight: 3, victim: 'any', need: 8, deadline: 2 },
      { type: 'incursion', weight: 3, attacker: 'any', victim: 'resented', strength: 6, years: 2 },
      { type: 'renegade', weight: 3, origin: 'any' },
      { type: 'dispute', weight: 2, system: 'any', claimant: 'any' },
      { type: 'trade', weight: 2, kind: 'pact-offer' },
      { type: 'trade', weight: 2, kind: 'tariff-quarrel' },
      { type: 'domestic', weight: 1, party: 'any', faction: 'hawks', support: -15 },
      { type: 'exposure', weight: 1 },
    ];
  });
}

export function miniGame(edit?: (s: ScenarioInput) => void, seed = 'test'): GameState {
  const r = createGame(miniScenario(edit), { seed, controllers: { federation: 'human', klingon: 'human' } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Resolve one turn; throws if the turn itself was refused (the test expects it to run). */
export function turn(
  state: GameState,
  orders: Partial<Record<Party, Order[]>> = {},
): { state: GameState; report: TurnReport } {
  const r = resolveTurn(state, orders);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

export type RulesInput = NonNullable<ScenarioInput['rules']>;
export type TimelineInput = NonNullable<ScenarioInput['timeline']>[number];

/** Override some of the scenario's rules (the others keep their defaults). */
export function withRules(s: ScenarioInput, patch: RulesInput): void {
  // Group by group: a patch of one reward keeps the scenario's other rewards.
  const rules: Record<string, unknown> = { ...s.rules };
  for (const [key, value] of Object.entries(patch)) {
    const had = rules[key];
    rules[key] =
      typeof value === 'object' && value !== null && typeof had === 'object' && had !== null
        ? { ...had, ...value }
        : value;
  }
  s.rules = rules as RulesInput;
}

/** Add scripted events to the scenario's timeline. */
export function addEvents(s: ScenarioInput, ...events: TimelineInput[]): void {
  s.timeline = [...(s.timeline ?? []), ...events];
}

/** A disaster on Qo'noS in 2300: 10 reserves of aid needed within the year (Article IV). */
export function qonosDisaster(extra: Partial<TimelineInput> = {}): TimelineInput {
  return {
    year: 2300,
    type: 'disaster',
    victim: 'klingon',
    system: 'qonos',
    need: 10,
    deadline: 1,
    ...extra,
  } as TimelineInput;
}

/** The ledger entries of a turn for one party and one code. */
export function entries(report: TurnReport, party: Party, code: string): LedgerEntry[] {
  return report.ledger.filter((e) => e.party === party && e.code === code);
}

/** The repository's root, where the command-line tools run. */
export const ROOT = join(__dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run one of the command-line tools (`src/cli/<tool>.ts`) as a user would, and collect what it printed. */
export function runCli(tool: string, args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The Tholians go to war with the Klingons in 2300 for `years` (strength 10). No Klingon world
 * borders Tholia and the war names no target, so no battle is fought: a test sees what orders do.
 */
export const tholianWar =
  (years = 3) =>
  (s: ScenarioInput) =>
    addEvents(s, {
      year: 2300,
      type: 'incursion',
      attacker: 'tholian',
      victim: 'klingon',
      strength: 10,
      years,
    });

/** A ruling that Archanis IV goes to the Federation, the Empire to hand it over by `deadline`. */
export function rulingOnArchanis(deadline: number): RulingObligation {
  return {
    id: 'r1',
    kind: 'ruling',
    article: 'VI',
    eventId: 'e2299-r0',
    system: 'archanis',
    winner: 'federation',
    debtor: 'klingon',
    deadline,
    accepted: false,
  };
}

/** A third power's war for a test, its fields as `over` gives them (a Romulan raid on the Federation). */
export function aWar(id: string, over: Partial<War> = {}): War {
  return {
    id,
    eventId: id,
    thirdPower: 'romulan',
    victim: 'federation',
    since: 2294,
    until: 2295,
    strength: 6,
    target: null,
    aidedBy: [],
    raiders: null,
    armedBy: [],
    supportedBy: [],
    took: [],
    ...over,
  };
}
