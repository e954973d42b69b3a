// Replays in bounded memory and time, and a verification that says what it checked (issue 17):
// the viewer's states are checkpoints replayed forward, the same states as playing every year and
// keeping them all; their memory grows linearly with the years where keeping them all grows with
// the square; a replay file must carry its hashes, and one that carries a changed copy of a
// built-in scenario is shown as what it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, type GameState, parseScenario, resolveTurn, type Scenario } from '../../src/sim/index';
import {
  compactForLink,
  encodeReplay,
  MAX_CHECKPOINTS,
  parseReplayText,
  type Replay,
  replayStates,
  takeOver,
  verifyReplay,
} from '../../src/sim/replay/index';
import { setControllers } from '../../src/sim/replay/states';
import { builtin, miniScenarioInput } from './fixtures';
import { playOut, record } from './replay-fixtures';

/** The mini scenario lasting `years` years (its events kept within them). */
function lasting(years: number): Scenario {
  const input = miniScenarioInput();
  input.lastYear = input.firstYear + years;
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.error.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.value;
}

/** Every year's state kept, as a viewer did before: the states `at` must give back. */
function everyState(replay: Replay, scenario: Scenario): GameState[] {
  const created = createGame(scenario, { seed: replay.seed, controllers: replay.players });
  if (!created.ok) throw new Error(created.error.message);
  let state = created.value;
  const out = [state];
  for (const turn of replay.turns) {
    if (turn.controllers) {
      state = setControllers(state, turn.controllers);
      out[out.length - 1] = state;
    }
    const next = resolveTurn(state, turn.orders);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value.state;
    out.push(state);
  }
  return out;
}

/**
 * The memory a value holds, counted, not timed: every object and array reachable from it once,
 * each with its fields or slots. Objects shared between states count once, as in the heap.
 */
function retained(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  let size = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) {
      size += 1 + v.size;
      for (const [k, x] of v) stack.push(k, x);
      continue;
    }
    const values = Object.values(v);
    size += 1 + values.length;
    for (const x of values) stack.push(x);
  }
  return size;
}

const campaign = builtin('khitomer-accords');
// A century played to its end (the seed of the replay tests' own).
const century = record(campaign, 'replay-century-6', 'loyalist', 'pragmatist');

describe('the states of a replay’s years', () => {
  it('are the states of playing every year, read in any order, across a take-over', () => {
    const t = takeOver(century, 2341, 'klingon', { klingon: 'hawk' });
    if (!t.ok) throw new Error(t.error.message);
    const branched = playOut(t.value.state, t.value.recorder, { federation: 'loyalist', klingon: 'hawk' });
    expect(branched.turns.some((turn) => turn.controllers)).toBe(true);
    const expected = everyState(branched, campaign);
    const { states, reports, verification } = replayStates(branched);
    expect(verification.ok).toBe(true);
    expect(states.length).toBe(expected.length);
    expect(reports.length).toBe(expected.length - 1);
    // Backwards, then scattered: every read rebuilds from a checkpoint or a recent read.
    const order = [...expected.keys()].reverse();
    for (let i = 0; i < expected.length; i++) order.push((i * 37) % expected.length);
    for (const i of order) expect(states.at(i), `year ${i}`).toEqual(expected[i]);
    expect(states.at(expected.length)).toBeUndefined();
    expect(states.at(-1)).toBeUndefined();
    expect(states.at(0.5)).toBeUndefined();
  });

  it('stop at the year a changed replay diverges, the last one the state it reached', () => {
    const raw = JSON.parse(encodeReplay(century));
    raw.turns[40].hash = '0123456789abcdef';
    const parsed = parseReplayText(JSON.stringify(raw));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const expected = everyState(century, campaign);
    const { states, reports, verification } = replayStates(parsed.value);
    expect(verification.ok).toBe(false);
    expect(reports.length).toBe(40);
    expect(states.length).toBe(41);
    for (let i = 40; i >= 0; i--) expect(states.at(i)).toEqual(expected[i]);
  });

  it('hold a bounded number of years whole, and a read replays at most the years between two', () => {
    const { states } = replayStates(century);
    expect(states.held).toBeLessThanOrEqual(MAX_CHECKPOINTS + 2);
    expect(states.spacing * MAX_CHECKPOINTS).toBeGreaterThanOrEqual(century.turns.length);
    // Watching the game year after year replays each year once at most.
    for (let i = 0; i < states.length; i++) states.at(i);
    expect(states.replayed).toBeLessThanOrEqual(states.length);
    for (const i of [97, 3, 50, 51, 12]) {
      const before = states.replayed;
      states.at(i);
      expect(states.replayed - before).toBeLessThan(states.spacing);
    }
  });

  it('grow linearly with the years, where keeping every year grows with the square (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 110 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (years, seed) => {
          const short = record(lasting(years), seed);
          const long = record(lasting(years * 4), seed);
          // Loyalists keep the Accords: both games last their whole length.
          fc.pre(short.turns.length === years && long.turns.length === years * 4);
          const a = replayStates(short);
          const b = replayStates(long);
          expect(a.verification.ok && b.verification.ok).toBe(true);
          // Four times the years: about four times the memory (the reports and turns are per year).
          const ratio = retained(b) / retained(a);
          expect(ratio).toBeLessThan(5);
          // The measure can tell: every year's state kept, each with its own ledger and history (as
          // they were kept before src/sim/chronicle.ts), is well past that.
          const own = (states: GameState[]) =>
            states.map((s) => ({ ...s, ledger: s.ledger.toArray(), history: s.history.toArray() }));
          const naive =
            retained(own(everyState(long, lasting(years * 4)))) /
            retained(own(everyState(short, lasting(years))));
          expect(naive).toBeGreaterThan(7);
          // Time, counted in years played: reading the game through replays each year once at most.
          for (let i = 0; i < b.states.length; i++) b.states.at(i);
          expect(b.states.replayed).toBeLessThanOrEqual(years * 4);
        },
      ),
      { numRuns: 4, seed: 17 },
    );
  });
});

describe('the length of a game', () => {
  it('is at most 1,000 years: the parser refuses one year more, with the path and the limit', () => {
    const at = (years: number) => {
      const input = miniScenarioInput();
      input.lastYear = input.firstYear + years;
      return parseScenario(input);
    };
    expect(at(1000).ok).toBe(true);
    const longer = at(1001);
    expect(!longer.ok && longer.error).toEqual([
      {
        path: 'lastYear',
        code: 'scenario/too-long',
        message: 'the game would last 1001 years (2300–3301); a scenario lasts at most 1000',
      },
    ]);
  });
});

describe('a verification that checks', () => {
  const eve = record(builtin('centennial-eve'), 'bounds-eve', 'random', 'random');

  it('refuses a replay whose hashes are null, saying none can be checked', () => {
    const raw = JSON.parse(encodeReplay(century));
    for (const turn of raw.turns) turn.hash = null;
    for (const hashes of ['every-year', 'link'] as const) {
      const r = parseReplayText(JSON.stringify(raw), { hashes });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('replay/hash-missing');
      expect(r.error.message).toContain('not one of its years has a state hash');
      expect(r.error.issues.length).toBe(hashes === 'link' ? 10 : 100);
    }
  });

  it('a file must carry every hash; a link may keep every tenth and the last, and says how many it checked', () => {
    const link = encodeReplay(compactForLink(century));
    const asFile = parseReplayText(link, { hashes: 'every-year' });
    expect(asFile.ok).toBe(false);
    if (!asFile.ok) {
      expect(asFile.error.code).toBe('replay/hash-missing');
      expect(asFile.error.message).toContain(
        '90 of its years have no state hash (the first at turns[0].hash)',
      );
    }
    const asLink = parseReplayText(link);
    if (!asLink.ok) throw new Error(asLink.error.message);
    const v = verifyReplay(asLink.value);
    if (!v.ok) throw new Error(v.message);
    expect(v.years).toBe(100);
    expect(v.hashesChecked).toBe(10);
    const full = verifyReplay(century);
    expect(full.ok && full.hashesChecked).toBe(100);
    // One more hash left out of a link, the tenth year's: refused, with where.
    const raw = JSON.parse(link);
    raw.turns[9].hash = null;
    const thinner = parseReplayText(JSON.stringify(raw));
    expect(!thinner.ok && thinner.error.issues.map((i) => i.path)).toEqual(['turns[9].hash']);
  });

  it('a game taken over from a link keeps every hash of its opening', () => {
    const small = parseReplayText(encodeReplay(compactForLink(century)));
    if (!small.ok) throw new Error(small.error.message);
    const t = takeOver(small.value, 2350, 'federation');
    if (!t.ok) throw new Error(t.error.message);
    expect(t.value.replay.turns.map((x) => x.hash)).toEqual(century.turns.slice(0, 57).map((x) => x.hash));
    expect(parseReplayText(encodeReplay(t.value.replay), { hashes: 'every-year' }).ok).toBe(true);
  });

  it('a replay naming a built-in scenario but carrying a changed copy is shown as the copy, under its own title', () => {
    const copy = builtin('centennial-eve');
    const changed = { ...copy, title: 'A Forged Eve', powers: { ...copy.powers } };
    changed.powers.klingon = { ...copy.powers.klingon, standing: copy.powers.klingon.standing - 10 };
    const replay = record(changed as Scenario, 'forged', 'random', 'random');
    expect(replay.scenario.id).toBe('centennial-eve');
    expect(replay.scenario.embedded).toBeDefined();
    const parsed = parseReplayText(encodeReplay(replay));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const walked = replayStates(parsed.value);
    expect(walked.verification.ok).toBe(true);
    expect(walked.scenario?.title).toBe('A Forged Eve');
    expect(walked.states.at(0)?.powers.klingon.standing).toBe(copy.powers.klingon.standing - 10);
    // Without its copy, the replay names the built-in, whose content hash is not the one recorded.
    const raw = JSON.parse(encodeReplay(replay));
    delete raw.scenario.embedded;
    const bare = parseReplayText(JSON.stringify(raw));
    expect(!bare.ok && bare.error.code).toBe('replay/scenario-changed');
    // A copy changed after recording: its hash is not the recorded one.
    const tampered = JSON.parse(encodeReplay(replay));
    tampered.scenario.embedded.title = 'The Centennial Eve';
    const forged = parseReplayText(JSON.stringify(tampered));
    expect(!forged.ok && forged.error.code).toBe('replay/scenario-tampered');
    expect(eve.scenario.embedded).toBeUndefined();
  });
});
