import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedScenarioIds } from '../../src/cli/load';
import { builtinScenarioIds, LATER_SCENARIOS } from '../../src/sim/index';
import { runCli } from './fixtures';

// Issue 18: the later scenarios (klingon-civil-war, dominion-war) worked as file paths but not as
// ids in any tool. Every tool reads one list of the shipped scenarios.
const dir = mkdtempSync(join(tmpdir(), 'khitomer-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every command-line tool accepts every shipped scenario by id', () => {
  it('knows the first download’s scenarios and the later ones, once each', () => {
    const ids = shippedScenarioIds();
    expect(ids).toEqual([...builtinScenarioIds(), ...LATER_SCENARIOS.map((x) => x.id)]);
    expect(ids).toEqual(expect.arrayContaining(['khitomer-accords', 'klingon-civil-war', 'dominion-war']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('validate, sim, batch and replay record take each later scenario by id', () => {
    for (const later of LATER_SCENARIOS) {
      const v = runCli('validate', [later.id]);
      expect(v.stderr).toBe('');
      expect(v.stdout).toBe(`${later.id}: valid (${later.id}, ${later.firstYear}–${later.lastYear})\n`);
      expect(v.code).toBe(0);

      const sim = runCli('sim', ['--scenario', later.id, '--seed', 'ids', '--json']);
      expect(sim.code, sim.stderr).toBe(0);
      const game = JSON.parse(sim.stdout) as {
        scenario: string;
        years: { year: number }[];
        result: { year: number } | null;
      };
      expect(game.scenario).toBe(later.id);
      expect(game.years[0]?.year).toBe(later.firstYear);
      expect(game.result?.year).toBeLessThanOrEqual(later.lastYear);

      const batch = runCli('batch', ['--scenario', later.id, '--games', '2', '--workers', '1', '--json']);
      expect(batch.code, batch.stderr).toBe(0);
      expect(JSON.parse(batch.stdout)).toMatchObject({ scenario: later.id, games: 2 });

      const out = join(dir, `${later.id}.replay.json`);
      const rec = runCli('replay', [
        'record',
        '--scenario',
        later.id,
        '--seed',
        'ids',
        '--federation',
        'loyalist',
        '--klingon',
        'hawk',
        '--out',
        out,
      ]);
      expect(rec.code, rec.stderr).toBe(0);
      const replay = JSON.parse(readFileSync(out, 'utf8')) as { scenario: { id: string } };
      expect(replay.scenario.id).toBe(later.id);
    }
  });

  it('balance and design play a later scenario given by id', () => {
    const balance = runCli('balance', ['--scenario', 'klingon-civil-war', '--games', '1', '--workers', '0']);
    expect(balance.code, balance.stderr).toBe(0);
    const rows = balance.stdout.split('\n').filter((l) => l.startsWith('| ') && l.includes(' vs '));
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatch(/^\| loyalist vs loyalist \| \d+\.\d% \| /);

    const design = runCli('design', ['--scenario', 'dominion-war', '--games', '1', '--workers', '0']);
    expect(design.stderr).toMatch(/\d+ of \d+ targets met/);
    expect(design.stdout.split('\n')[0]).toBe(
      "> Played on `dominion-war` in the campaign's place (`--scenario dominion-war`).",
    );
  });

  it('names every shipped id when one is unknown', () => {
    const r = runCli('sim', ['--scenario', 'dominion-wars']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`(${shippedScenarioIds().join(', ')})`);
  });
});
