import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReplayText } from '../../src/sim/replay/index';
import { miniScenarioInput, ROOT, runCli } from './fixtures';

const STACK_FRAME = /^\s+at /m;
const GOLDEN = 'tests/golden/replays/campaign-century.replay.json';

const replay = (args: string[]) => runCli('replay', args);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khitomer-replay-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run replay', () => {
  it('records an AI game, verifies it, and shows it year by year', () => {
    const out = join(dir, 'eve.json');
    const rec = replay([
      'record',
      '--scenario',
      'centennial-eve',
      '--seed',
      'cli-replay',
      '--federation',
      'hawk',
      '--klingon',
      'random',
      '--out',
      out,
    ]);
    expect(rec.stderr).toBe('');
    expect(rec.code).toBe(0);
    expect(rec.stdout).toContain(
      `${out}: centennial-eve, seed "cli-replay", federation hawk vs klingon random`,
    );
    const written = parseReplayText(readFileSync(out, 'utf8'));
    if (!written.ok) throw new Error(written.error.message);
    const last = written.value.turns.at(-1);

    const ver = replay(['verify', out, GOLDEN]);
    expect(ver.stderr).toBe('');
    expect(ver.code).toBe(0);
    expect(ver.stdout).toContain(
      `${out}: ok, ${written.value.turns.length} years verified, ${written.value.turns.length} state hashes checked, final hash ${last?.hash}`,
    );
    expect(ver.stdout).toContain(`${GOLDEN}: ok, 100 years verified`);

    const show = replay(['show', out]);
    expect(show.stderr).toBe('');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('centennial-eve — seed "cli-replay" — federation: hawk, klingon: random');
    for (const t of written.value.turns)
      expect(show.stdout).toMatch(new RegExp(`^${t.year} .* ${t.hash}$`, 'm'));
    expect(show.stdout).toMatch(/^ {6}federation /m);
    expect(show.stdout).toMatch(/^ {6}klingon /m);
    expect(show.stdout).toContain(
      `verified: ${written.value.turns.length} years, ${written.value.turns.length} state hashes checked, final hash ${last?.hash}`,
    );
  });

  it('records a scenario from a file with the scenario inside, and plays it back from the replay alone', () => {
    const level = join(dir, 'mini.json');
    writeFileSync(level, JSON.stringify(miniScenarioInput()));
    const out = join(dir, 'mini.replay.json');
    const rec = replay([
      'record',
      '--scenario',
      level,
      '--seed',
      'mini',
      '--federation',
      'pragmatist',
      '--klingon',
      'loyalist',
      '--out',
      out,
    ]);
    expect(rec.code, rec.stderr).toBe(0);
    expect(rec.stdout).toContain('(scenario embedded)');
    rmSync(level);
    const ver = replay(['verify', out]);
    expect(ver.code, ver.stderr).toBe(0);
  });

  it('verify: exit 1 naming the year a tampered replay diverges, and why each bad file is refused', () => {
    const text = readFileSync(join(ROOT, GOLDEN), 'utf8');
    const raw = JSON.parse(text);
    raw.turns[48].hash = raw.turns[48].hash === '0000000000000000' ? '0000000000000001' : '0000000000000000';
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(raw));
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, text.slice(0, 5000));
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(text), version: 99 }));
    const missing = join(dir, 'missing.json');
    const r = replay(['verify', GOLDEN, tampered, cut, newer, 'levels/centennial-eve.json', missing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${GOLDEN}: ok`);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^${tampered}: the replay diverges in 2341: the state after 2341 has hash`),
    );
    expect(lines.slice(1)).toEqual([
      `${cut}: replay/truncated: the file ends in the middle of the replay: it was cut short`,
      `${newer}: replay/newer-format: the replay is of format version 99; this game reads versions up to 1: update the game to read it`,
      'levels/centennial-eve.json: replay/foreign: this is a Khitomer scenario, not a replay',
      `${missing}: cannot read the file (no such file)`,
      '5 of 6 replays fail',
    ]);
    expect(r.stderr).not.toMatch(STACK_FRAME);

    const show = replay(['show', tampered]);
    expect(show.code).toBe(1);
    expect(show.stdout).toMatch(/^2340 /m);
    expect(show.stdout).not.toMatch(/^2341 /m);
    expect(show.stderr).toContain(`${tampered}: the replay diverges in 2341`);
  });

  it('usage errors exit 2 with the usage; --help exits 0; no stack trace anywhere', () => {
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [['replay'], /"replay" is not a command \(record, verify, show\)/],
      [['verify'], /verify needs at least one replay file/],
      [['record', '--scenario', 'centennial-eve', '--federation', 'hawk'], /record needs --klingon, --out/],
      [
        [
          'record',
          '--scenario',
          'centennial-eve',
          '--federation',
          'human',
          '--klingon',
          'hawk',
          '--out',
          'x',
        ],
        /--federation "human" is not an AI policy \(conqueror, covert-cheat, develop-only, hawk, idle, keeps-faith, land-grab, loyalist, loyalist-answers, loyalist-sanctions, loyalist-summits, loyalist-suspends, never-aid, pragmatist, random, talk-only\)/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = replay(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('usage:');
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stdout).toBe('');
    }
    const help = replay(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run replay -- record --scenario <id or path>');
  });
});
