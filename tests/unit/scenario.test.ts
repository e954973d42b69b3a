// Scenario files (DESIGN.md section 12, STYLE.md habits 2, 3 and 8): raw JSON → parseScenario() →
// a Scenario or every problem with its path and a stable code; never a throw, never half a scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../src/cli/schema';
import {
  createGame,
  MAX_SCENARIO_CHARS,
  parseScenario,
  parseScenarioText,
  resolveTurn,
  type ScenarioError,
} from '../../src/sim/index';
import { miniScenarioInput } from './fixtures';

const LEVELS = join(__dirname, '..', '..', 'levels');
const SCHEMA_FILE = 'scenario.schema.json';
const levelFiles = readdirSync(LEVELS)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')) // levels, not their schemas
  .sort();
const campaignText = readFileSync(join(LEVELS, 'khitomer-accords.json'), 'utf8');

/** A fresh, mutable copy of the campaign file's JSON. */
// biome-ignore lint/suspicious/noExplicitAny: the tests break the file at arbitrary paths on purpose.
function campaign(): Record<string, any> {
  return JSON.parse(campaignText);
}

function errorsOf(raw: unknown): ScenarioError[] {
  const r = parseScenario(raw);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.error;
}

function expectWellFormed(errors: readonly ScenarioError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e.path).toBe('string');
    expect(e.code).toMatch(/^[a-z]+\/[a-z_-]+$/);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
}

describe('the built-in levels', () => {
  it('ships at least the three scenarios', () => {
    expect(levelFiles).toEqual(
      expect.arrayContaining(['centennial-eve.json', 'khitomer-accords.json', 'the-withdrawal.json']),
    );
  });

  it.each(levelFiles)('%s parses from its text', (file) => {
    const text = readFileSync(join(LEVELS, file), 'utf8');
    const r = parseScenarioText(text);
    if (!r.ok) expect.fail(r.error.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(r.value.id).toBe(file.replace(/\.json$/, ''));
    expect(r.value.lastYear).toBeGreaterThan(r.value.firstYear);
  });

  it.each(levelFiles)('%s survives a round trip: parse(JSON(parse(x))) equals parse(x)', (file) => {
    const first = parseScenarioText(readFileSync(join(LEVELS, file), 'utf8'));
    if (!first.ok) throw new Error('does not parse');
    const second = parseScenario(JSON.parse(JSON.stringify(first.value)));
    if (!second.ok) expect.fail(JSON.stringify(second.error));
    expect(second.value).toEqual(first.value);
  });

  it('the mini fixture survives the round trip too (its defaults filled in once)', () => {
    const first = parseScenario(miniScenarioInput());
    if (!first.ok) throw new Error('does not parse');
    const second = parseScenario(JSON.parse(JSON.stringify(first.value)));
    expect(second.ok && second.value).toEqual(first.value);
  });
});

describe('the JSON Schema beside the levels', () => {
  it('is the one the scenario schema generates', () => {
    const onDisk = readFileSync(join(LEVELS, SCHEMA_FILE), 'utf8');
    expect(
      onDisk === schemaText(),
      `levels/${SCHEMA_FILE} is out of date with src/sim/scenario/schema.ts: run \`npm run schema\``,
    ).toBe(true);
  });
});

describe('files that are not a scenario at all', () => {
  it('refuses text that is not JSON, with one whole-file error', () => {
    for (const text of ['', '{', "{ id: 'x' }", 'not json', '{"a": 1,}']) {
      const r = parseScenarioText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toHaveLength(1);
        expect(r.error[0]).toMatchObject({ path: '', code: 'scenario/not-json' });
        expect(r.error[0]?.message).toMatch(/not valid JSON/);
      }
    }
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', '[{"id":"x"}]', '42', 'null', '"khitomer"', 'true']) {
      const r = parseScenarioText(text);
      expect(r.ok ? null : r.error).toEqual([
        { path: '', code: 'scenario/not-object', message: 'a scenario must be a JSON object' },
      ]);
    }
    expect(errorsOf(undefined)[0]?.code).toBe('scenario/not-object');
  });

  it('refuses text larger than MAX_SCENARIO_CHARS before parsing it', () => {
    const padded = campaignText + ' '.repeat(MAX_SCENARIO_CHARS + 1 - campaignText.length);
    const r = parseScenarioText(padded);
    expect(r.ok ? null : r.error.map((e) => e.code)).toEqual(['scenario/too-large']);
    // One character less is still read.
    expect(parseScenarioText(padded.slice(0, -1)).ok).toBe(true);
  });
});

describe('schema problems, each with its path and code', () => {
  it('refuses an unknown top-level field', () => {
    const raw = campaign();
    raw.extra = 1;
    expect(errorsOf(raw)).toEqual([
      { path: '', code: 'schema/unrecognized_keys', message: 'unknown field "extra"' },
    ]);
  });

  it('refuses typos inside a system, a power, an event and the rules', () => {
    const raw = campaign();
    raw.map.systems[0].shipyards = true;
    raw.powers.klingon.reserve = 10;
    raw.timeline[0].nedd = 12;
    raw.rules = { detecton: { firstYearPercent: 50 }, costs: { 'I/atack': 30 } };
    const errors = errorsOf(raw);
    expectWellFormed(errors);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(byPath['map.systems[0]']).toMatchObject({
      code: 'schema/unrecognized_keys',
      message: 'unknown field "shipyards"',
    });
    expect(byPath['powers.klingon']?.message).toBe('unknown field "reserve"');
    expect(byPath['timeline[0]']?.message).toBe('unknown field "nedd"');
    expect(byPath.rules?.message).toBe('unknown field "detecton"');
    expect(byPath['rules.costs']?.message).toBe('unknown field "I/atack"');
    expect(errors).toHaveLength(5);
  });

  it('lists missing, mistyped and out-of-range fields all at once', () => {
    const raw = campaign();
    delete raw.title;
    raw.firstYear = '2293';
    raw.map.systems[2].output = 500;
    raw.map.systems[3].zone = 'nowhere';
    raw.timeline[1].type = 'parade';
    raw.rules = { costs: { 'I/attack': 101 } };
    const errors = errorsOf(raw);
    expectWellFormed(errors);
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'firstYear',
        'map.systems[2].output',
        'map.systems[3].zone',
        'timeline[1].type',
        'rules.costs.I/attack',
      ]),
    );
    expect(errors.find((e) => e.path === 'title')?.message).toBe('is missing (expected string)');
    expect(errors.find((e) => e.path === 'map.systems[3].zone')?.message).toMatch(/^must be one of "core"/);
  });
});

describe('rules a schema cannot express', () => {
  it('names a lane to a missing system by its index and end', () => {
    const raw = campaign();
    raw.map.lanes[3][1] = 'nowhere';
    expect(errorsOf(raw)).toEqual([
      {
        path: 'map.lanes[3][1]',
        code: 'scenario/unknown-system',
        message: '"nowhere" is not a system of the map',
      },
    ]);
  });

  it('refuses an owner that is not a power of the scenario', () => {
    const raw = campaign();
    raw.map.systems[4].owner = 'klingons';
    const errors = errorsOf(raw);
    expect(errors).toEqual([
      {
        path: 'map.systems[4].owner',
        code: 'scenario/unknown-power',
        message: '"klingons" is not a power of this scenario',
      },
    ]);
  });

  it('refuses a neutral-zone world a signatory holds at the start, and lets a third power hold one', () => {
    const raw = campaign();
    const i = raw.map.systems.findIndex((x: { id: string }) => x.id === 'organia');
    raw.map.systems[i].owner = 'klingon';
    expect(errorsOf(raw)).toEqual([
      {
        path: `map.systems[${i}].owner`,
        code: 'scenario/neutral-zone-owned',
        message:
          '"organia" is in the neutral zone, which no signatory holds when the game begins: give it no owner (or a third power), or another zone',
      },
    ]);
    raw.map.systems[i].owner = 'romulan';
    const held = parseScenario(raw);
    expect(held.ok && held.value.map.systems.find((x) => x.id === 'organia')?.owner).toBe('romulan');
  });

  it('refuses years that run backwards', () => {
    const raw = campaign();
    raw.lastYear = 2292;
    raw.timeline = [];
    const errors = errorsOf(raw);
    expect(errors.map((e) => [e.path, e.code])).toEqual([['lastYear', 'scenario/years-backwards']]);
    expect(errors[0]?.message).toBe('2292 is before the first year 2293');
  });

  it('refuses an event-table window that runs backwards', () => {
    const raw = campaign();
    raw.eventTable[0].from = 2300;
    raw.eventTable[0].until = 2299;
    expect(errorsOf(raw)).toEqual([
      { path: 'eventTable[0].until', code: 'scenario/years-backwards', message: '2299 is before 2300' },
    ]);
  });

  it('refuses grades not listed highest first, once at the grade that breaks the order', () => {
    const raw = campaign();
    raw.grades = [
      { id: 'a', name: 'A', min: 100 },
      { id: 'b', name: 'B', min: 120 },
      { id: 'c', name: 'C', min: 0 },
    ];
    expect(errorsOf(raw)).toEqual([
      {
        path: 'grades[1].min',
        code: 'scenario/grades-order',
        message: 'grades must be listed highest first',
      },
    ]);
  });

  it('reads each power’s own least scores (minFor) and holds them highest first too', () => {
    const raw = campaign();
    raw.grades = [
      { id: 'a', name: 'A', min: 100, minFor: { klingon: 80 } },
      { id: 'b', name: 'B', min: 90, minFor: { klingon: 85 } },
      { id: 'c', name: 'C', min: 0 },
    ];
    expect(errorsOf(raw)).toEqual([
      {
        path: 'grades[1].minFor.klingon',
        code: 'scenario/grades-order',
        message: 'grades must be listed highest first for the Klingon Empire too (85 is above 80)',
      },
    ]);
    raw.grades[1].minFor = { klingon: 70 };
    const ok = parseScenario(raw);
    expect(ok.ok && ok.value.grades.map((g) => [g.min, g.minFor?.klingon])).toEqual([
      [100, 80],
      [90, 70],
      [0, undefined],
    ]);
  });

  it('refuses a least score for a power that is not one of the two', () => {
    const raw = campaign();
    raw.grades = [{ id: 'a', name: 'A', min: 0, minFor: { romulan: 5 } }];
    expect(errorsOf(raw).map((e) => e.path)).toContain('grades[0].minFor');
  });

  it('refuses duplicate ids of systems, fleets and third powers', () => {
    const raw = campaign();
    const fedFleet = raw.powers.federation.fleets[0].id;
    raw.powers.klingon.fleets[1].id = fedFleet;
    raw.thirdPowers[1].id = raw.thirdPowers[0].id;
    raw.map.systems.push({ ...raw.map.systems[5] });
    const errors = errorsOf(raw);
    expectWellFormed(errors);
    expect(errors.filter((e) => e.code === 'scenario/duplicate-id').map((e) => e.path)).toEqual(
      expect.arrayContaining([
        `map.systems[${raw.map.systems.length - 1}].id`,
        'powers.klingon.fleets[1].id',
        'thirdPowers[1].id',
      ]),
    );
  });

  it('refuses a party without exactly one capital', () => {
    const raw = campaign();
    const qonos = raw.map.systems.find((s: { id: string }) => s.id === 'qonos');
    qonos.capital = false;
    const errors = errorsOf(raw);
    expect(errors).toEqual([
      {
        path: 'map.systems',
        code: 'scenario/capital-count',
        message: 'klingon must have exactly one capital, not 0',
      },
    ]);
  });

  it('refuses a timeline event outside the scenario’s years', () => {
    const raw = campaign();
    raw.timeline[2].year = 2400;
    expect(errorsOf(raw)).toEqual([
      {
        path: 'timeline[2].year',
        code: 'scenario/year-out-of-range',
        message: '2400 is outside 2293–2393',
      },
    ]);
  });

  it('reports every problem of a file at once, each with its own path', () => {
    const raw = campaign();
    raw.map.lanes[3][1] = 'nowhere';
    raw.map.systems[4].owner = 'klingons';
    raw.map.systems.find((s: { id: string }) => s.id === 'sol').capital = false;
    raw.powers.klingon.fleets[0].location = 'atlantis';
    raw.timeline[2].year = 2400;
    raw.eventTable[0].from = 2300;
    raw.eventTable[0].until = 2299;
    raw.thirdPowers[0].id = 'klingon';
    const errors = errorsOf(raw);
    expectWellFormed(errors);
    const got = errors.map((e) => `${e.path} ${e.code}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'map.lanes[3][1] scenario/unknown-system',
        'map.systems[4].owner scenario/unknown-power',
        'map.systems scenario/capital-count',
        'powers.klingon.fleets[0].location scenario/unknown-system',
        'timeline[2].year scenario/year-out-of-range',
        'eventTable[0].until scenario/years-backwards',
        'thirdPowers[0].id scenario/reserved-id',
      ]),
    );
  });
});

// --- fuzzing (STYLE.md habit 8) -------------------------------------------------------------

type Path = (string | number)[];

function allPaths(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) allPaths(x, [...path, i], out);
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) allPaths(x, [...path, k], out);
  return out;
}

const campaignPaths = allPaths(campaign());

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('__proto__', 'constructor', 'id', 'owner', 'type'),
    ),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

function apply(raw: Record<string, unknown>, m: Mutation): void {
  const path = campaignPaths[m.at % campaignPaths.length] as Path;
  let parent: unknown = raw;
  for (const p of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return; // an earlier mutation removed the way
    parent = (parent as Record<string | number, unknown>)[p];
  }
  if (parent === null || typeof parent !== 'object') return;
  const key = path[path.length - 1] as string | number;
  const target = parent as Record<string | number, unknown>;
  if (m.kind === 'delete') {
    if (Array.isArray(target) && typeof key === 'number') target.splice(key, 1);
    else delete target[key];
  } else if (m.kind === 'set') {
    target[key] = m.value;
  } else {
    const child = target[key];
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
      Object.defineProperty(child, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
}

describe('fuzzing the campaign file', () => {
  it('never throws: a mutated file is either a scenario or a list of located problems', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const raw = campaign();
        for (const m of mutations) apply(raw, m);
        const r = parseScenario(raw);
        if (!r.ok) {
          expectWellFormed(r.error);
          return;
        }
        // A scenario that passes is whole: a game starts from it and a year resolves.
        const game = createGame(r.value, { seed: 'fuzz' });
        if (game.ok) expect(resolveTurn(game.value, {}).ok).toBe(true);
        else expect(game.error.code).toMatch(/^game\//);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on damaged text', () => {
    fc.assert(
      fc.property(fc.nat(campaignText.length), fc.nat(40), fc.string({ maxLength: 6 }), (at, cut, insert) => {
        const text = campaignText.slice(0, at) + insert + campaignText.slice(at + cut);
        const r = parseScenarioText(text);
        if (!r.ok) expectWellFormed(r.error);
      }),
      { numRuns: 300 },
    );
  });
});
