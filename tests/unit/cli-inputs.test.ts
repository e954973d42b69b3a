// Every command-line tool reads its input in bounded memory, whatever the file is (a device, a
// pipe without end), and accepts and refuses the same files as the browser: a byte-order mark is
// accepted, a field of the wrong type is named as what it is, a scenario too long is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './fixtures';

const STACK_FRAME = /^\s+at /m;
let dir = '';
const path = (name: string) => join(dir, name);
const eve = () => JSON.parse(readFileSync(join(ROOT, 'levels', 'centennial-eve.json'), 'utf8'));

/** A tool reading from a pipe that never ends (`yes`): it must stop at its cap, not run out of memory. */
function fromEndlessPipe(tool: string, args: string[]) {
  const cmd = `yes '{"year": 2293}' | "${process.execPath}" --import tsx src/cli/${tool}.ts ${args.join(' ')}`;
  const r = spawnSync('sh', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khitomer-inputs-'));
  writeFileSync(path('bom.json'), `\ufeff${JSON.stringify(eve())}`);
  writeFileSync(path('year-text.json'), JSON.stringify({ ...eve(), firstYear: '2293' }));
  writeFileSync(path('map-array.json'), JSON.stringify({ ...eve(), map: [] }));
  writeFileSync(
    path('long.json'),
    JSON.stringify({ ...eve(), firstYear: 1000, lastYear: 9999, signedYear: 1000 }),
  );
  const replay = runCli('replay', [
    'record',
    '--scenario',
    'centennial-eve',
    '--seed',
    'inputs',
    '--federation',
    'random',
    '--klingon',
    'random',
    '--out',
    path('eve.replay.json'),
  ]);
  if (replay.code !== 0) throw new Error(replay.stderr);
  writeFileSync(path('bom.replay.json'), `\ufeff${readFileSync(path('eve.replay.json'), 'utf8')}`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('every tool reads with a cap', () => {
  it('validate, sim and replay refuse /dev/zero as too large, quickly, with exit 1', () => {
    for (const [tool, args] of [
      ['validate', ['/dev/zero']],
      ['sim', ['--scenario', '/dev/zero']],
      ['replay', ['verify', '/dev/zero']],
      ['replay', ['show', '/dev/zero']],
    ] as const) {
      const r = runCli(tool, [...args]);
      expect(r.code, `${tool} ${args.join(' ')}`).toBe(1);
      expect(r.stderr).toMatch(/larger than \d+ bytes, too large for a (scenario|replay)/);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('and a pipe that never ends', () => {
    const v = fromEndlessPipe('validate', ['/dev/stdin']);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('/dev/stdin: the file is larger than 3000000 bytes, too large for a scenario');
    const r = fromEndlessPipe('replay', ['verify', '/dev/stdin']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('too large for a replay');
  });

  it('while a pipe of a good file is read whole', () => {
    const cmd = `cat levels/centennial-eve.json | "${process.execPath}" --import tsx src/cli/validate.ts /dev/stdin`;
    const r = spawnSync('sh', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout).toBe('/dev/stdin: valid (centennial-eve, 2293–2298)\n');
    expect(r.status).toBe(0);
  });
});

describe('the command line answers as the browser does', () => {
  it('accepts a file that starts with a byte-order mark', () => {
    const v = runCli('validate', [path('bom.json')]);
    expect(v.stdout).toContain('valid (centennial-eve, 2293–2298)');
    expect(v.code).toBe(0);
    const sim = runCli('sim', ['--scenario', path('bom.json'), '--seed', 'bom']);
    expect(sim.code).toBe(0);
    const replay = runCli('replay', ['verify', path('bom.replay.json')]);
    expect(replay.stderr).toBe('');
    expect(replay.stdout).toMatch(/ok, 5 years verified, 5 state hashes checked/);
  });

  it('names a field of the wrong type as what it is and what it should be', () => {
    const text = runCli('validate', [path('year-text.json')]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('firstYear: is a string ("2293") where a number is expected');
    expect(text.stderr).not.toContain('is missing');
    const map = runCli('validate', [path('map-array.json')]);
    expect(map.code).toBe(1);
    expect(map.stderr).toContain('map: is an array (of 0) where an object is expected');
  });

  it('refuses a 9,999-year scenario by its length in every tool, never stopping silently', () => {
    const message = 'lastYear: the game would last 8999 years (1000–9999); a scenario lasts at most 1000';
    const v = runCli('validate', [path('long.json')]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(message);
    const sim = runCli('sim', ['--scenario', path('long.json'), '--seed', 'long', '--json']);
    expect(sim.code).toBe(1);
    expect(sim.stdout).toBe('');
    expect(sim.stderr).toContain(message);
    const rec = runCli('replay', [
      'record',
      '--scenario',
      path('long.json'),
      '--federation',
      'random',
      '--klingon',
      'random',
      '--out',
      path('long.replay.json'),
    ]);
    expect(rec.code).toBe(1);
    expect(rec.stderr).toContain(message);
  });

  it('refuses a replay file whose hashes were left out, saying so', () => {
    const raw = JSON.parse(readFileSync(path('eve.replay.json'), 'utf8'));
    for (const t of raw.turns) t.hash = null;
    writeFileSync(path('unhashed.replay.json'), JSON.stringify(raw));
    const r = runCli('replay', ['verify', path('unhashed.replay.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      "replay/hash-missing: the replay cannot be verified: not one of its years has a state hash; a replay file keeps every year's",
    );
  });
});
