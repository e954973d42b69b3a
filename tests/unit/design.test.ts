// `npm run design` (issue 16): its reference strategies, its branching, its figures and target
// checks on constructed numbers, and the byte-for-byte report whatever the worker threads.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  branchable,
  checkDesign,
  choicePossible,
  DECISION_KINDS,
  type Decision,
  type DesignFigures,
  type DesignGame,
  type DesignJob,
  designPlan,
  designReport,
  findDecisions,
  forcedPolicy,
  LOYAL_ANSWERS,
  percentile,
  pickDecisions,
  playDesignGame,
  playOn,
  REFERENCE_STRATEGIES,
} from '../../src/sim/design/index';
import {
  createGame,
  loadBuiltinScenario,
  POLICIES,
  playSummary,
  resolveTurn,
  simulate,
} from '../../src/sim/index';
import { ROOT } from './fixtures';

/** Runs `npm run design` as a user would; resolves with its exit code and what it printed on stderr. */
function design(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/design.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (e, _out, stderr) => resolve({ code: e ? Number(e.code ?? -1) : 0, stderr }),
    );
  });
}

const campaign = loadBuiltinScenario('khitomer-accords');
if (!campaign.ok) throw new Error('the campaign does not load');
const scenario = campaign.value;

function job(federation: string, klingon: string, branch = false): DesignJob {
  return {
    id: `${federation}-${klingon}`,
    group: branch ? 'pairing' : 'reference',
    scenario: 'khitomer-accords',
    policies: { federation, klingon },
    games: 1,
    branch,
    seat: branch ? null : 'federation',
    subject: federation,
  };
}

function start() {
  const g = createGame(scenario, {
    seed: 'design-test',
    controllers: { federation: 'loyalist', klingon: 'loyalist' },
  });
  if (!g.ok) throw new Error(g.error.message);
  return g.value;
}

describe('reference strategies', () => {
  it('do nothing gives no orders in a whole game, and the game still plays to its end', () => {
    const g = playDesignGame(scenario, job('idle', 'pragmatist'), 0, 0);
    expect(g.summary.orders.federation).toEqual({});
    expect(Object.keys(g.summary.orders.klingon).length).toBeGreaterThan(0);
    expect(g.summary.resultKind).not.toBe('unfinished');
  });

  it('develop only gives develop orders and nothing else', () => {
    const g = playDesignGame(scenario, job('develop-only', 'loyalist'), 1, 0);
    expect(Object.keys(g.summary.orders.federation)).toEqual(['develop']);
  });

  it('talk only never spends on worlds, fleets or aid', () => {
    const g = playDesignGame(scenario, job('talk-only', 'loyalist'), 2, 0);
    const types = Object.keys(g.summary.orders.federation);
    expect(types.length).toBeGreaterThan(0);
    for (const t of ['develop', 'build', 'aid', 'move']) expect(types).not.toContain(t);
  });

  it('are registered as policies', () => {
    // Every strategy and answer the report plays is a policy a replay or `npm run sim` can name.
    for (const name of [...REFERENCE_STRATEGIES, ...LOYAL_ANSWERS])
      expect(POLICIES[name]).toBeTypeOf('function');
  });
});

describe('a design game', () => {
  it('sums up the game as `npm run batch` does', () => {
    const mine = playDesignGame(scenario, job('pragmatist', 'hawk'), 3, 0).summary;
    const batch = playSummary(scenario, 3, 'design-', { federation: 'pragmatist', klingon: 'hawk' });
    expect(batch.ok && batch.value).toEqual(mine);
  });

  it('counts the years a new event asked each power something, and its longest quiet run (rules version 30)', () => {
    const game = playDesignGame(scenario, job('loyalist', 'pragmatist'), 5, 0);
    // The same game through `simulate`, each year's lull read off the state it opened with.
    const created = createGame(scenario, {
      seed: 'design-5',
      controllers: { federation: 'loyalist', klingon: 'pragmatist' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const opened = [created.value];
    const played = simulate(scenario, {
      seed: 'design-5',
      policies: { federation: 'loyalist', klingon: 'pragmatist' },
      onTurn: (_r, s) => opened.push(s),
    });
    expect(played.ok).toBe(true);
    opened.pop(); // the state after the last turn opens no year that is played
    expect(opened).toHaveLength(game.years);
    for (const p of ['federation', 'klingon'] as const) {
      const runs = opened.map((s) => s.powers[p].quietYears);
      expect(game.askedYears[p]).toBe(runs.filter((q) => q === 0).length);
      expect(game.longestQuiet[p]).toBe(Math.max(...runs));
      // A century asks each power something in some years and leaves it alone in others.
      expect(game.askedYears[p]).toBeGreaterThan(0);
      expect(game.askedYears[p]).toBeLessThan(game.years);
    }
  });
});

describe('branching', () => {
  const s = start();
  const praxis = findDecisions(s, 'federation').find((d) => d.kind === 'disaster-aid') as Decision;

  it('finds the decisions a power faces: Praxis asks the Federation, not the Empire, for aid', () => {
    expect(praxis).toMatchObject({ kind: 'disaster-aid', party: 'federation', year: 2293 });
    expect(findDecisions(s, 'klingon').some((d) => d.kind === 'disaster-aid')).toBe(false);
  });

  it('forces the chosen choice and takes out the AI’s own answer', () => {
    const loyalist = POLICIES.loyalist as NonNullable<(typeof POLICIES)['loyalist']>;
    const aidTo = (orders: ReturnType<typeof loyalist>) =>
      orders.filter((o) => o.type === 'aid' && o.target === praxis.subject);
    expect(aidTo(loyalist(s, 'federation'))).toHaveLength(1); // the loyalist aids on its own
    expect(aidTo(forcedPolicy(loyalist, praxis, 'none')(s, 'federation'))).toEqual([]);
    const half = aidTo(forcedPolicy(loyalist, praxis, 'half')(s, 'federation'));
    expect(half).toEqual([{ type: 'aid', target: praxis.subject, amount: 10 }]);
    // A choice the power cannot afford is not possible (and is left out of the sample).
    const ai = loyalist(s, 'federation');
    expect(choicePossible(s, praxis, 'generous', ai)).toBe(s.powers.federation.reserves >= 30);
    expect(choicePossible(s, praxis, 'none', ai)).toBe(true);
    // The other power's orders are its AI's own.
    expect(forcedPolicy(loyalist, praxis, 'none')(s, 'klingon')).toEqual(loyalist(s, 'klingon'));
    // Played: the aid delivered is the forced amount, and none is added in the later year.
    const after = playOn(
      s,
      { federation: forcedPolicy(loyalist, praxis, 'half'), klingon: loyalist },
      () => {},
    );
    const year = resolveTurn(s, { federation: forcedPolicy(loyalist, praxis, 'half')(s, 'federation') });
    const ob = year.ok ? year.value.state.obligations.find((o) => o.id === praxis.subject) : undefined;
    expect(ob?.kind === 'aid' && ob.delivered.federation).toBe(10);
    const second = year.ok ? forcedPolicy(loyalist, praxis, 'half')(year.value.state, 'federation') : [];
    expect(aidTo(second)).toEqual([]);
    expect(after.phase).toBe('ended');
  });

  it('finds vouching for a fallen power, given with a summit, or held back (rules version 27)', () => {
    const fallen = {
      ...s,
      status: 'suspended' as const,
      suspendedSince: 2292,
      powers: {
        federation: { ...s.powers.federation, standing: 80 },
        klingon: { ...s.powers.klingon, standing: 12 },
      },
    };
    const d = findDecisions(fallen, 'federation').find((x) => x.kind === 'vouch') as Decision;
    expect(d).toMatchObject({ kind: 'vouch', party: 'federation', subject: 'vouch-2292' });
    expect(findDecisions(fallen, 'klingon').some((x) => x.kind === 'vouch')).toBe(false);
    const loyalist = POLICIES.loyalist as NonNullable<(typeof POLICIES)['loyalist']>;
    const kinds = (orders: ReturnType<typeof loyalist>) =>
      orders.map((o) => o.type).filter((t) => t === 'vouch' || t === 'summit');
    expect(kinds(loyalist(fallen, 'federation')).sort()).toEqual(['summit', 'vouch']); // the loyalist's own
    expect(kinds(forcedPolicy(loyalist, d, 'hold')(fallen, 'federation'))).toEqual(['summit']);
    expect(kinds(forcedPolicy(loyalist, d, 'vouch')(fallen, 'federation'))).toEqual(['vouch', 'summit']);
  });

  it('branches at most the asked number of decisions, each of another kind, the same for the same seed', () => {
    const found = [
      { d: { ...praxis, subject: 'a' } },
      { d: { ...praxis, subject: 'b' } },
      { d: { ...praxis, kind: 'war' as const, subject: 'w' } },
    ];
    const all = pickDecisions('seed-1', found, DECISION_KINDS.length);
    expect(new Set(all.map((f) => f.d.kind)).size).toBe(all.length);
    expect(pickDecisions('seed-1', found, DECISION_KINDS.length)).toEqual(all);
    expect(pickDecisions('seed-1', found, 0)).toEqual([]);
    for (let i = 0; i < 40; i++) expect(pickDecisions(`seed-${i}`, found, 1).length).toBeLessThanOrEqual(1);
  });

  it('picks without looking past the decision: a decision found later never changes the pick', () => {
    // The bias it guards against: a pick among all of a game's decisions favours games that ended
    // early, so every choice seemed to gain against the game as the AI played it.
    const many = Array.from({ length: 12 }, (_, i) => ({
      d: { ...praxis, subject: `s${i}`, year: 2293 + i },
    }));
    let picked = 0;
    for (let seed = 0; seed < 60; seed++) {
      const id = `seed-${seed}`;
      const full = pickDecisions(id, many, 3);
      for (let cut = 1; cut <= many.length; cut++) {
        const early = pickDecisions(id, many.slice(0, cut), 3);
        // What was picked among the first decisions stays picked when more come.
        expect(full.filter((f) => many.slice(0, cut).includes(f))).toEqual(early);
      }
      // The pick is the first branchable decision of its kind.
      const first = many.find((f) => branchable(id, f.d, 3));
      expect(full).toEqual(first ? [first] : []);
      picked += full.length;
    }
    // Kinds are picked from the fixed list: three of nine kinds, so about a third of the seeds.
    expect(picked).toBeGreaterThan(8);
    expect(picked).toBeLessThan(40);
  });
});

function figures(over: Partial<DesignFigures> = {}): DesignFigures {
  return {
    reach: { 'loyalist-loyalist': 0.95, 'pragmatist-pragmatist': 0.6 },
    collapse: { 'hawk-hawk': 0.8 },
    gradeSpread: [
      { pairing: 'loyalist-loyalist', seat: 'federation', finished: 900, grade: 'Honour Guard', share: 0.4 },
    ],
    gradeNames: ['Grand Parade', 'Honour Guard', 'Ceremony', 'Cold Peace'],
    gradesSeen: ['Grand Parade', 'Honour Guard', 'Ceremony', 'Cold Peace'],
    loyalistGrandParade: 0.3,
    standingAtCap: 0.05,
    supportAtCap: 0.08,
    reserveYears: 1.5,
    temptation: [
      { pairing: 'loyalist-pragmatist', share: 0.45 },
      { pairing: 'pragmatist-loyalist', share: 0.5 },
    ],
    decisions: Array.from({ length: 6 }, (_, i) => ({
      kind: `k${i}`,
      samples: 100,
      gapPercent: 8,
      topChoice: 'x',
      topBestShare: 0.6,
    })),
    suspendedGames: 40,
    restoredShare: 0.3,
    survivalPlain: 0.25,
    survivalBest: 0.6,
    bestAnswer: 'loyalist-summits',
    violationTypes: [{ code: 'I/attack', share: 0.05, pairing: 'hawk-hawk' }],
    orderTypes: [{ type: 'move', usedBy: ['hawk'] }],
    topOrders: [{ ai: 'hawk', type: 'move', share: 0.3 }],
    loyalistLate: 0.9,
    loyalistAsked: 0.55,
    loyalistQuiet: { median: 4, max: 9 },
    simple: [
      { strategy: 'idle', share: 0 },
      { strategy: 'develop-only', share: 0.02 },
      { strategy: 'talk-only', share: 0.05 },
    ],
    eveBest: 'Ceremony',
    eveWithinCeremony: true,
    ...over,
  };
}

describe('target checks', () => {
  it('all pass on passing figures', () => {
    const checks = checkDesign(figures());
    expect(checks).toHaveLength(19);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });

  it.each<[string, Partial<DesignFigures>, RegExp]>([
    [
      'loyalists collapse',
      { reach: { 'loyalist-loyalist': 0.89, 'pragmatist-pragmatist': 0.6 } },
      /loyalist vs loyalist reaches/,
    ],
    [
      'pragmatists always finish',
      { reach: { 'loyalist-loyalist': 1, 'pragmatist-pragmatist': 0.81 } },
      /pragmatist vs pragmatist/,
    ],
    [
      'one grade dominates',
      { gradeSpread: [{ pairing: 'p', seat: 'klingon', finished: 50, grade: 'G', share: 0.61 }] },
      /one grade/,
    ],
    ['a grade never occurs', { gradesSeen: ['Grand Parade'] }, /every grade/],
    ['standing saturates', { standingAtCap: 0.9 }, /standing at 100/],
    ['reserves pile up', { reserveYears: 80 }, /reserves/],
    [
      'loyalty dominates',
      {
        temptation: [
          { pairing: 'a', share: 0.2 },
          { pairing: 'b', share: 0.5 },
        ],
      },
      /temptation/,
    ],
    ['only five decisions matter', { decisions: figures().decisions.slice(1) }, /decisions/],
    [
      'one choice always best',
      { decisions: figures().decisions.map((d) => ({ ...d, topBestShare: 0.81 })) },
      /decisions/,
    ],
    ['no restoration', { restoredShare: 0 }, /restore/],
    ['answers do not help', { survivalBest: 0.3 }, /twice as often/],
    [
      'a dead violation',
      { violationTypes: [{ code: 'II/recall', share: 0, pairing: '' }] },
      /violation type/,
    ],
    ['a dead order', { orderTypes: [{ type: 'grant-passage', usedBy: [] }] }, /order type is used/],
    ['one order dominates', { topOrders: [{ ai: 'hawk', type: 'develop', share: 0.41 }] }, /over 40%/],
    ['an idle loyalist', { loyalistLate: 0.5 }, /after 2373/],
    [
      'talking wins',
      {
        simple: [
          { strategy: 'idle', share: 0 },
          { strategy: 'develop-only', share: 0 },
          { strategy: 'talk-only', share: 0.4 },
        ],
      },
      /top two grades/,
    ],
    ['idling wins Centennial Eve', { eveWithinCeremony: false, eveBest: 'Honour Guard' }, /Centennial Eve/],
  ])('fail when %s', (_why, over, target) => {
    const failed = checkDesign(figures(over)).filter((c) => !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.target).toMatch(target);
  });
});

describe('the report’s figures', () => {
  it('percentiles are nearest-rank', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect([percentile(xs, 5), percentile(xs, 50), percentile(xs, 95)]).toEqual([1, 10, 19]);
  });

  it('a decision’s effects and best choices are what the branches scored', () => {
    const jobs = designPlan(2).filter((j) => j.id === 'loyalist-loyalist');
    const game = (index: number, score: number, outcomes: [string, number][]): DesignGame => ({
      ...playDesignGame(scenario, { ...(jobs[0] as DesignJob), branch: false }, index, 0),
      scores: { federation: score, klingon: score },
      samples: [
        {
          kind: 'trade-pact',
          party: 'federation',
          year: 2300,
          base: score,
          outcomes: outcomes.map(([choice, s]) => ({ choice, score: s })),
        },
      ],
    });
    // Scores 0 and 100: a spread of 100 points, so points and percent agree.
    const r = designReport({ games: 2, branches: 1, grades: [], eveGrades: [], violationCodes: [] }, jobs, [
      game(0, 0, [
        ['accept', 10],
        ['decline', 0],
      ]),
      game(1, 100, [
        ['accept', 100],
        ['decline', 100],
      ]),
    ]);
    const pact = r.decisions.find((d) => d.kind === 'trade-pact');
    expect(pact?.samples).toBe(2);
    expect(pact?.choices).toEqual([
      { choice: 'accept', n: 2, meanScore: 55, meanEffect: 5, meanEffectPercent: 5, bestShare: 1 },
      { choice: 'decline', n: 2, meanScore: 50, meanEffect: 0, meanEffectPercent: 0, bestShare: 0.5 },
    ]);
    expect(pact?.gapPercent).toBe(5);
  });
});

describe('npm run design --write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitomer-design-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same report byte for byte, in one thread or on two workers', async () => {
    const one = join(dir, 'one.md');
    const two = join(dir, 'two.md');
    const [a, b] = await Promise.all([
      design(['--games', '1', '--workers', '0', '--write', '--out', one]),
      design(['--games', '1', '--workers', '2', '--write', '--out', two]),
    ]);
    expect(a.stderr).toContain('targets met');
    expect(b.code).toBe(a.code);
    const text = readFileSync(one, 'utf8');
    expect(text).toContain('## Targets');
    expect(readFileSync(two, 'utf8')).toBe(text);
  }, 60_000);
});
