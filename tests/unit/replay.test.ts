// Replays (DESIGN.md section 9, STYLE.md habits 7 and 8): the format round-trips, every recorded
// game verifies, every kind of bad file is refused with its own code, and a take-over branches
// from exactly the state recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLAY_SCHEMA_PATH, replaySchemaText } from '../../src/cli/replay-schema';
import { hashState, type Party, POLICIES, RULES_VERSION } from '../../src/sim/index';
import {
  encodeReplay,
  MAX_REPLAY_CHARS,
  parseReplay,
  parseReplayText,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  type ReplayErrorCode,
  recordGame,
  replayStates,
  scenarioHash,
  takeOver,
  verifyReplay,
} from '../../src/sim/replay/index';
import { builtin, miniScenario } from './fixtures';
import { playOut, record } from './replay-fixtures';

function parsed(text: string): Replay {
  const r = parseReplayText(text);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// One full century and one short game, recorded once and shared by the tests that only read them.
// A seed whose loyalist-pragmatist game reaches 2393 (replay-century collapses under rules version 8).
const century = record('khitomer-accords', 'replay-century-6', 'loyalist', 'pragmatist');
// A seed whose pragmatist-hawk game collapses (most do; replay-century-3 reaches 2393 under rules
// version 9, replay-century-4 under rules version 24, replay-century-5 under rules version 31).
const century2 = record('khitomer-accords', 'replay-century-9', 'pragmatist', 'hawk');
const eve = record('centennial-eve', 'replay-eve', 'random', 'random');
const centuryText = encodeReplay(century);

// biome-ignore lint/suspicious/noExplicitAny: the tests break the file at arbitrary paths on purpose.
type Loose = Record<string, any>;
/** A fresh, mutable copy of a replay's JSON, edited, as text. */
function edited(replay: Replay, edit: (r: Loose) => void): string {
  const raw = JSON.parse(encodeReplay(replay)) as Loose;
  edit(raw);
  return JSON.stringify(raw);
}

function refusal(text: string): { code: ReplayErrorCode; message: string } {
  const r = parseReplayText(text);
  if (r.ok) throw new Error('expected the replay to be refused');
  expect(r.error.message.length).toBeGreaterThan(0);
  return r.error;
}

describe('the replay format', () => {
  it('records a whole century: its scenario by id and hash, the seed, the players, every year, the result', () => {
    expect(century.format).toBe(REPLAY_FORMAT);
    expect(century.version).toBe(REPLAY_VERSION);
    expect(century.rulesVersion).toBe(RULES_VERSION);
    expect(century.scenario).toEqual({
      id: 'khitomer-accords',
      hash: scenarioHash(builtin('khitomer-accords')),
    });
    expect(century.players).toEqual({ federation: 'loyalist', klingon: 'pragmatist' });
    expect(century.branch).toBeNull();
    expect(century.turns.map((t) => t.year)).toEqual(Array.from({ length: 100 }, (_, i) => 2293 + i));
    expect(century.result?.kind).toBe('centennial');
    for (const t of century.turns) expect(t.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('round-trips: decode(encode(x)) equals x, and encoding again gives the same text', () => {
    for (const replay of [century, century2, eve]) {
      const text = encodeReplay(replay);
      const back = parsed(text);
      expect(back).toEqual(replay);
      expect(encodeReplay(back)).toBe(text);
      // Through plain JSON as well, however it is spaced.
      expect(parsed(JSON.stringify(replay))).toEqual(replay);
      const twice = parseReplay(JSON.parse(JSON.stringify(parsed(JSON.stringify(replay)))));
      expect(twice.ok && twice.value).toEqual(replay);
    }
  });

  it('writes one line per year, so a diff shows the years that differ', () => {
    const lines = centuryText.split('\n');
    for (const t of century.turns) {
      expect(lines.filter((l) => l.includes(`{"year":${t.year},`))).toHaveLength(1);
    }
    expect(centuryText.length).toBeLessThan(MAX_REPLAY_CHARS / 20);
  });

  it('round-trips any seeded game of any policies (property)', () => {
    const policy = fc.constantFrom(...Object.keys(POLICIES));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), policy, policy, (seed, f, k) => {
        const replay = record('centennial-eve', seed, f, k);
        const back = parsed(encodeReplay(replay));
        expect(back).toEqual(replay);
        expect(verifyReplay(back).ok).toBe(true);
      }),
      { numRuns: 60, seed: 2293 },
    );
  });

  it('carries a scenario that is not built in, whole, and plays it back from the file alone', () => {
    const mini = miniScenario();
    const replay = record(mini, 'mini-embedded', 'pragmatist', 'random');
    expect(replay.scenario.id).toBe('mini');
    expect(replay.scenario.embedded).toBeDefined();
    const back = parsed(encodeReplay(replay));
    expect(back).toEqual(replay);
    const v = verifyReplay(back);
    expect(v.ok && v.years).toBe(replay.turns.length);
  });

  it('carries a built-in scenario whole when it was changed (same id, other content)', () => {
    const changed = miniScenario((s) => {
      s.id = 'centennial-eve';
    });
    const replay = record(changed, 'changed', 'random', 'random');
    expect(replay.scenario.embedded).toBeDefined();
    expect(verifyReplay(parsed(encodeReplay(replay))).ok).toBe(true);
  });

  it('keeps only the orders the rules accepted, so that a replay never carries a refusal', () => {
    const s = builtin('centennial-eve');
    const r = recordGame(s, { seed: 'refusals', policies: { federation: 'random', klingon: 'random' } });
    if (!r.ok) throw new Error(r.error.message);
    // Replaying the stored orders refuses none of them.
    const states = replayStates(r.value.replay);
    expect(states.verification.ok).toBe(true);
    for (const report of states.reports) expect(report.refused).toEqual([]);
  });

  it('levels/replay.schema.json is the one the replay schema generates', () => {
    const onDisk = readFileSync(join(__dirname, '..', '..', REPLAY_SCHEMA_PATH), 'utf8');
    expect(
      onDisk === replaySchemaText(),
      `${REPLAY_SCHEMA_PATH} is out of date with src/sim/replay/format.ts: run \`npx tsx src/cli/replay-schema.ts\``,
    ).toBe(true);
  });
});

// 1,000 seeded AI games, recorded, written, read back and verified (the four policies mixed).
const POLICY_NAMES = ['loyalist', 'pragmatist', 'hawk', 'random'] as const;
const pairing = (i: number): [string, string] => [
  POLICY_NAMES[i % 4] as string,
  POLICY_NAMES[Math.floor(i / 4) % 4] as string,
];

describe('1,000 seeded AI games, recorded and verified', () => {
  it.each([
    { scenario: 'centennial-eve', games: 640 },
    { scenario: 'the-withdrawal', games: 120 },
    { scenario: 'khitomer-accords', games: 240 },
  ])('$games games of $scenario', ({ scenario, games }) => {
    const s = builtin(scenario);
    const results = new Set<string>();
    for (let i = 0; i < games; i++) {
      const [f, k] = pairing(i);
      const replay = record(s, `thousand-${scenario}-${i}`, f, k);
      const back = parsed(encodeReplay(replay));
      const v = verifyReplay(back);
      if (!v.ok) expect.fail(`game ${i} (${f} vs ${k}): ${v.message}: ${v.detail}`);
      expect(v.finalHash).toBe(replay.turns.at(-1)?.hash);
      expect(v.state.result).toEqual(replay.result);
      results.add(replay.result?.kind ?? 'none');
    }
    expect(results.has('none')).toBe(false);
  });
});

describe('refusals: every kind of bad file, with its own code', () => {
  it('a file cut short is truncated; text that is not JSON, or nothing, is not-json', () => {
    expect(refusal(centuryText.slice(0, Math.floor(centuryText.length / 2))).code).toBe('replay/truncated');
    expect(refusal(centuryText.slice(0, 10)).code).toBe('replay/truncated');
    expect(refusal('hello, Qo’noS').code).toBe('replay/not-json');
    expect(refusal('{"format": "khitomer-replay",,}').code).toBe('replay/not-json');
    expect(refusal('').message).toBe('the file is empty');
  });

  it('a file over the limit is too-large, before it is even parsed', () => {
    const huge = `"${'x'.repeat(5_000_000)}"`;
    const e = refusal(huge);
    expect(e.code).toBe('replay/too-large');
    expect(e.message).toContain(String(MAX_REPLAY_CHARS));
  });

  it('another kind of file is foreign, and says what it is when it knows', () => {
    expect(refusal(edited(century, (r) => (r.format = 'chess-pgn'))).code).toBe('replay/foreign');
    expect(refusal(edited(century, (r) => delete r.format)).code).toBe('replay/foreign');
    expect(refusal('[1, 2, 3]').code).toBe('replay/foreign');
    expect(refusal('42').code).toBe('replay/foreign');
    const level = readFileSync(join(__dirname, '..', '..', 'levels', 'khitomer-accords.json'), 'utf8');
    expect(refusal(level)).toEqual({
      code: 'replay/foreign',
      message: 'this is a Khitomer scenario, not a replay',
      issues: [],
    });
  });

  it('a newer format version is newer-format; a version that never was is malformed', () => {
    const e = refusal(edited(century, (r) => (r.version = 99)));
    expect(e.code).toBe('replay/newer-format');
    expect(e.message).toContain('version 99');
    expect(refusal(edited(century, (r) => (r.version = 0))).code).toBe('replay/malformed');
    expect(refusal(edited(century, (r) => (r.version = '1'))).code).toBe('replay/malformed');
  });

  it('a shape the schema refuses is malformed, with every problem by its path', () => {
    const r = parseReplayText(
      edited(century, (x) => {
        x.turns[3].hash = 'not-a-hash';
        x.turns[5].orders.klingon.push({ type: 'build', system: 'qonos', ships: -2 });
        x.turns[7].orders.federation.push({ type: 'invade' });
        x.players.klingon = '';
        x.extra = true;
      }),
    );
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.code).toBe('replay/malformed');
    const paths = r.error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'turns[3].hash',
        `turns[5].orders.klingon[${century.turns[5]?.orders.klingon.length}].ships`,
        `turns[7].orders.federation[${century.turns[7]?.orders.federation.length}].type`,
        'players.klingon',
        '',
      ]),
    );
    expect(r.error.message).toMatch(/^the replay is malformed: /);
  });

  it('a replay of other rules is rules-version', () => {
    const e = refusal(edited(century, (r) => (r.rulesVersion = RULES_VERSION + 1)));
    expect(e.code).toBe('replay/rules-version');
    expect(e.message).toContain(`rules version ${RULES_VERSION + 1}`);
  });

  it('an unknown built-in is scenario-unknown; an edited embedded scenario is scenario-tampered', () => {
    expect(refusal(edited(century, (r) => (r.scenario.id = 'the-dominion-war'))).code).toBe(
      'replay/scenario-unknown',
    );
    const mini = record(miniScenario(), 'tamper', 'random', 'random');
    const tampered = refusal(
      edited(mini, (r) => {
        r.scenario.embedded.rules.costs['I/attack'] = 1;
      }),
    );
    expect(tampered.code).toBe('replay/scenario-tampered');
    expect(tampered.message).toContain('was changed after the game was recorded');
    // Its hash edited to match is no help: the hash is recomputed from the content.
    expect(refusal(edited(mini, (r) => (r.scenario.hash = '0123456789abcdef'))).code).toBe(
      'replay/scenario-tampered',
    );
    expect(refusal(edited(mini, (r) => (r.scenario.id = 'other'))).code).toBe('replay/scenario-tampered');
    // An embedded scenario that is not a scenario at all is malformed, by its path.
    const broken = parseReplayText(edited(mini, (r) => (r.scenario.embedded.lastYear = 'soon')));
    expect(!broken.ok && broken.error.code).toBe('replay/malformed');
    expect(!broken.ok && broken.error.issues.map((i) => i.path)).toContain('scenario.embedded.lastYear');
  });

  it('a built-in scenario other than the one recorded is scenario-changed', () => {
    const e = refusal(edited(century, (r) => (r.scenario.hash = '0123456789abcdef')));
    expect(e.code).toBe('replay/scenario-changed');
  });

  it('missing years are truncated: at the end of a finished game, in the middle, or at the start', () => {
    expect(refusal(edited(century, (r) => r.turns.splice(60))).code).toBe('replay/truncated');
    expect(refusal(edited(century, (r) => r.turns.splice(40, 1))).message).toBe(
      'the replay jumps from 2332 to 2334: 2333 is missing',
    );
    expect(refusal(edited(century, (r) => r.turns.splice(0, 3))).code).toBe('replay/truncated');
    expect(refusal(edited(century, (r) => (r.turns = []))).code).toBe('replay/truncated');
    // Years out of order or past the end are malformed, not missing.
    expect(
      refusal(
        edited(century, (r) => {
          const [a, b] = [r.turns[10], r.turns[11]];
          r.turns[10] = b;
          r.turns[11] = a;
        }),
      ).code,
    ).toBe('replay/malformed');
    // A game without a result yet, stopped in the middle, is a replay like any other.
    const open = parseReplayText(
      edited(century, (r) => {
        r.turns.splice(50);
        r.result = null;
      }),
    );
    expect(open.ok).toBe(true);
    if (open.ok) expect(verifyReplay(open.value)).toMatchObject({ ok: true, years: 50 });
  });

  it('a flipped hash diverges at its year, with the plain message', () => {
    const i = 47;
    const text = edited(century, (r) => {
      r.turns[i].hash = r.turns[i].hash === '0000000000000000' ? '0000000000000001' : '0000000000000000';
    });
    const v = verifyReplay(parsed(text));
    if (v.ok) throw new Error('expected a divergence');
    expect(v.code).toBe('replay/diverges');
    expect(v.year).toBe(2293 + i);
    expect(v.message).toBe(`the replay diverges in ${2293 + i}`);
    expect(v.actual).toBe(century.turns[i]?.hash);
  });

  it('a flipped order diverges at its year, whether the rules accept it or refuse it', () => {
    // An order changed into another legal one: the state after differs.
    const y = century.turns.findIndex((t) => t.orders.federation.some((o) => o.type === 'build'));
    expect(y).toBeGreaterThanOrEqual(0);
    const more = verifyReplay(
      parsed(
        edited(century, (r) => {
          const order = r.turns[y].orders.federation.find((o: Loose) => o.type === 'build');
          order.ships = 1;
          r.turns[y].orders.federation = [order];
        }),
      ),
    );
    expect(!more.ok && [more.year, more.message]).toEqual([2293 + y, `the replay diverges in ${2293 + y}`]);
    // An order the rules refuse: named in the detail.
    const refused = verifyReplay(
      parsed(edited(century, (r) => r.turns[12].orders.klingon.unshift({ type: 'develop', system: 'sol' }))),
    );
    if (refused.ok) throw new Error('expected a divergence');
    expect(refused.year).toBe(2305);
    expect(refused.detail).toMatch(/The Klingon Empire's “Develop Sol” is refused \(order\/[a-z-]+: .+\)/);
    // An order taken out.
    const z = century.turns.findIndex((t) => t.orders.klingon.length > 0);
    const fewer = verifyReplay(parsed(edited(century, (r) => (r.turns[z].orders.klingon = []))));
    expect(!fewer.ok && fewer.year).toBe(2293 + z);
  });

  it('another result, seed or player diverges too', () => {
    const result = verifyReplay(parsed(edited(century, (r) => (r.result.scores.klingon += 1))));
    expect(!result.ok && [result.year, result.detail]).toEqual([
      2392,
      `the replay records the result's scores as ${JSON.stringify({ ...century.result?.scores, klingon: (century.result?.scores?.klingon ?? 0) + 1 })}; the game gives ${JSON.stringify(century.result?.scores)}`,
    ]);
    const seed = verifyReplay(parsed(edited(century, (r) => (r.seed = 'another seed'))));
    expect(!seed.ok && seed.year).toBe(2293);
    const player = verifyReplay(parsed(edited(century, (r) => (r.players.federation = 'human'))));
    expect(!player.ok && player.year).toBe(2293);
  });

  it('whatever is done to a file, the parser answers with a refusal or a replay, and never throws (fuzz)', () => {
    const base = JSON.parse(encodeReplay(eve)) as Loose;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          walk(x, [...path, i]);
        });
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({ min: -5, max: 3000 }),
      fc.string({ maxLength: 20 }),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, v) => {
        const copy = JSON.parse(JSON.stringify(base)) as Loose;
        if (path.length === 0) return;
        let at: Loose = copy;
        for (const p of path.slice(0, -1)) at = at[p];
        const key = path[path.length - 1] as string;
        if (v === undefined) delete at[key];
        else at[key] = v;
        const r = parseReplay(copy);
        if (r.ok) {
          const vr = verifyReplay(r.value);
          expect(typeof vr.ok).toBe('boolean');
        } else {
          expect(r.error.code).toMatch(/^replay\//);
        }
      }),
      { numRuns: 400, seed: 1991 },
    );
    // Cut anywhere: refused, never thrown.
    const text = encodeReplay(eve);
    for (let cut = 0; cut < text.length - 2; cut += 97) {
      const r = parseReplayText(text.slice(0, cut));
      expect(r.ok).toBe(false);
    }
  });
});

describe('taking over a recorded game', () => {
  const first = 2293;

  it('starts from the state the replay had at that year, and says where it branched', () => {
    const year = 2341;
    const t = takeOver(century, year, 'klingon');
    if (!t.ok) throw new Error(t.error.message);
    const { state, replay } = t.value;
    expect(state.year).toBe(year);
    expect(state.seed).toBe(century.seed);
    expect(state.powers.klingon.controller).toBe('human');
    expect(state.powers.federation.controller).toBe('loyalist');
    const recorded = century.turns[year - first - 1]?.hash;
    expect(replay.branch).toEqual({
      fromSeed: century.seed,
      fromYear: year,
      fromHash: recorded,
      side: 'klingon',
    });
    // The state is the original's: only who gives the Klingon orders differs.
    const original = {
      ...state,
      powers: { ...state.powers, klingon: { ...state.powers.klingon, controller: 'pragmatist' } },
    };
    expect(hashState(original)).toBe(recorded);
    expect(replay.turns).toEqual(century.turns.slice(0, year - first));
    expect(replay.result).toBeNull();
    // The opening alone is a valid replay already.
    expect(verifyReplay(parsed(encodeReplay(replay))).ok).toBe(true);
  });

  it('taken over by the same players, the game plays out exactly as recorded: the draws are the original’s', () => {
    const year = 2341;
    const t = takeOver(century, year, 'federation', { federation: 'loyalist' });
    if (!t.ok) throw new Error(t.error.message);
    expect(hashState(t.value.state)).toBe(century.turns[year - first - 1]?.hash);
    const replay = playOut(t.value.state, t.value.recorder, {
      federation: 'loyalist',
      klingon: 'pragmatist',
    });
    expect(replay.turns).toEqual(century.turns);
    expect(replay.result).toEqual(century.result);
    expect(replay.branch?.fromYear).toBe(year);
  });

  it('a game taken over as either side, played to its end, is a replay that verifies', () => {
    for (const [side, year, other] of [
      ['klingon', 2300, 'random'],
      ['federation', 2380, 'hawk'],
    ] as const) {
      const t = takeOver(century, year, side);
      if (!t.ok) throw new Error(t.error.message);
      // The "human" is played here by another policy.
      const players = { federation: 'loyalist', klingon: 'pragmatist', [side]: other } as Record<
        Party,
        string
      >;
      const replay = playOut(t.value.state, t.value.recorder, players);
      expect(replay.turns[year - first]?.controllers).toEqual({
        federation: side === 'federation' ? 'human' : 'loyalist',
        klingon: side === 'klingon' ? 'human' : 'pragmatist',
      });
      expect(replay.turns.slice(0, year - first)).toEqual(century.turns.slice(0, year - first));
      const back = parsed(encodeReplay(replay));
      expect(back).toEqual(replay);
      const v = verifyReplay(back);
      if (!v.ok) throw new Error(`${v.message}: ${v.detail}`);
      expect(v.state.powers[side].controller).toBe('human');
      expect(v.state.result).toEqual(replay.result);
    }
  });

  it('from the first year, and again from a game already taken over', () => {
    const t = takeOver(eve, first, 'federation');
    if (!t.ok) throw new Error(t.error.message);
    const initial = t.value.replay.branch?.fromHash;
    const again = takeOver(century, first, 'federation');
    expect(again.ok && again.value.replay.branch?.fromHash).not.toBe(initial);
    const once = playOut(t.value.state, t.value.recorder, { federation: 'hawk', klingon: 'random' });
    expect(verifyReplay(parsed(encodeReplay(once))).ok).toBe(true);
    const twice = takeOver(once, first + 3, 'klingon');
    if (!twice.ok) throw new Error(twice.error.message);
    const nested = playOut(twice.value.state, twice.value.recorder, {
      federation: 'hawk',
      klingon: 'loyalist',
    });
    expect(nested.turns[0]?.controllers).toEqual({ federation: 'human', klingon: 'random' });
    expect(nested.turns[3]?.controllers).toEqual({ federation: 'human', klingon: 'human' });
    expect(verifyReplay(parsed(encodeReplay(nested))).ok).toBe(true);
  });

  it('a game taken over in the year it collapses verifies (the year a collapse leaves is the branch year)', () => {
    expect(century2.result?.kind).toBe('collapse');
    const year = century2.result?.year ?? 0;
    const t = takeOver(century2, year, 'klingon', { klingon: 'hawk' });
    if (!t.ok) throw new Error(t.error.message);
    const replay = playOut(t.value.state, t.value.recorder, { federation: 'pragmatist', klingon: 'hawk' });
    expect(replay.result).toEqual(century2.result);
    expect(replay.branch?.fromYear).toBe(year);
    const v = verifyReplay(parsed(encodeReplay(replay)));
    expect(v.ok || `${v.message}: ${v.detail}`).toBe(true);
  });

  it('a branch whose recorded hash is not the state reached diverges at the branch', () => {
    const t = takeOver(century, 2350, 'klingon');
    if (!t.ok) throw new Error(t.error.message);
    const replay = playOut(t.value.state, t.value.recorder, { federation: 'loyalist', klingon: 'hawk' });
    const v = verifyReplay(
      parsed(
        edited(
          replay,
          (r) =>
            (r.branch.fromHash = r.branch.fromHash.replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a'))),
        ),
      ),
    );
    expect(!v.ok && [v.year, v.message]).toEqual([2350, 'the replay diverges in 2350']);
  });

  it('refuses a year the game does not have', () => {
    for (const year of [2200, 2292, 2394, 2393]) {
      const t = takeOver(century, year, 'klingon');
      expect(!t.ok && t.error.code).toBe('replay/no-such-year');
    }
    const ended = record('centennial-eve', 'ended', 'random', 'random');
    const t = takeOver(ended, 2298, 'klingon');
    expect(!t.ok && t.error.message).toMatch(/^there is no 2298 to take over/);
  });
});
