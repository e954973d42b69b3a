import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashState, loadBuiltinScenario, simulate } from '../../src/sim/index';
import { ROOT, runCli } from './fixtures';

const STACK_FRAME = /^\s+at /m;

const run = (tool: 'sim' | 'validate', args: string[]) => runCli(tool, args);

let dir = '';
let badFile = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khitomer-cli-'));
  badFile = join(dir, 'bad.json');
  // Three independent problems of the same kind, so all of them must be listed.
  writeFileSync(
    badFile,
    JSON.stringify({
      id: 'bad',
      title: 'Bad',
      firstYear: 2300,
      lastYear: 2310,
      map: {
        systems: [
          { id: 'sol', name: 'Sol', x: 1, y: 1, owner: 'federation', output: 5, zone: 'core', capital: true },
          {
            id: 'qonos',
            name: 'Qo’noS',
            x: 2,
            y: 2,
            owner: 'klingons',
            output: 5,
            zone: 'core',
            capital: true,
          },
        ],
        lanes: [['sol', 'vulcan']],
      },
      powers: { federation: {}, klingon: {} },
    }),
  );
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run sim', () => {
  it('prints the same game twice for the same arguments', () => {
    const args = [
      '--scenario',
      'centennial-eve',
      '--seed',
      'cli-twice',
      '--federation',
      'random',
      '--klingon',
      'random',
    ];
    const a = run('sim', args);
    const b = run('sim', args);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toMatch(/^2293 /m);
    expect(a.stdout).toContain('seed "cli-twice"');
    expect(a.stdout).toMatch(/final hash [0-9a-f]{16}/);
    expect(b.stdout).toBe(a.stdout);
  });

  it('--json is one document with the years, the result and the final hash the core computes', () => {
    const r = run('sim', [
      '--scenario',
      'centennial-eve',
      '--seed',
      'cli-json',
      '--federation',
      'random',
      '--klingon',
      'random',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      years: { year: number; hash: string }[];
      result: { kind: string } | null;
      finalHash: string;
    };
    expect(Array.isArray(doc.years)).toBe(true);
    expect(doc.years.length).toBeGreaterThan(0);
    expect(doc.years[0]?.year).toBe(2293);
    expect(doc.result?.kind).toMatch(/^(centennial|lapsed|collapse|government-fell)$/);
    expect(doc.finalHash).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.finalHash).toBe(doc.years.at(-1)?.hash);
    // The command line plays exactly the game the core plays.
    const scenario = loadBuiltinScenario('centennial-eve');
    if (!scenario.ok) throw new Error('does not load');
    const sim = simulate(scenario.value, {
      seed: 'cli-json',
      policies: { federation: 'random', klingon: 'random' },
    });
    if (!sim.ok) throw new Error(sim.error.message);
    expect(doc.finalHash).toBe(hashState(sim.value.state));
  });

  it('refuses an unknown scenario or policy with a clear message, no stack trace', () => {
    const scenario = run('sim', ['--scenario', 'khitomer-acords']);
    expect(scenario.code).not.toBe(0);
    expect(scenario.stderr).toMatch(/"khitomer-acords" is neither a scenario that ships with the game/);
    expect(scenario.stderr).toMatch(/khitomer-accords/);
    expect(scenario.stderr).not.toMatch(STACK_FRAME);
    expect(scenario.stdout).toBe('');

    const policy = run('sim', ['--scenario', 'centennial-eve', '--klingon', 'berserker']);
    expect(policy.code).not.toBe(0);
    expect(policy.stderr).toMatch(/"berserker" is not a policy \(.*random.*\)/);
    expect(policy.stderr).not.toMatch(STACK_FRAME);
    expect(policy.stdout).not.toMatch(/^2293 /m);
  });

  it('lists every problem of a bad scenario file', () => {
    const r = run('sim', ['--scenario', badFile]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `${badFile}: map.systems[1].owner: "klingons" is not a power of this scenario`,
    );
    expect(r.stderr).toContain(`${badFile}: map.systems: klingon must have exactly one capital, not 0`);
    expect(r.stderr).toContain(`${badFile}: map.lanes[0][1]: "vulcan" is not a system of the map`);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toBe('');
  });
});

describe('npm run validate', () => {
  it('accepts every level that ships', () => {
    const levels = readdirSync(join(ROOT, 'levels'))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .map((f) => `levels/${f}`);
    const r = run('validate', levels);
    expect(r.code, r.stderr).toBe(0);
    for (const f of levels) expect(r.stdout).toContain(`${f}: valid`);
    expect(r.stderr).toBe('');
  });

  it('exits 1 with file: path: message lines, and says plainly what is wrong with a directory or a missing file', () => {
    const missing = join(dir, 'missing.json');
    const r = run('validate', ['levels/centennial-eve.json', badFile, dir, missing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('levels/centennial-eve.json: valid');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${badFile}: map.systems[1].owner: "klingons" is not a power of this scenario`,
        `${badFile}: map.lanes[0][1]: "vulcan" is not a system of the map`,
        `${dir}: cannot read the file (it is a directory)`,
        `${missing}: cannot read the file (no such file)`,
        '3 of 4 files invalid',
      ]),
    );
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
