// Golden replays (STYLE.md habits 7 and 9): three recorded games kept in tests/golden/replays and
// re-simulated by every test run, so a rule change that alters outcomes is never silent. They pin
// the rules, not the AI: the orders are in the file, so a change to an AI leaves them valid, and a
// change to a cost, a rounding, a step's order or a draw makes one diverge at the first year it
// touches. A change meant to alter outcomes bumps RULES_VERSION (src/sim/game.ts) and renews them:
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/replay-golden.test.ts
// then review the diff (one line per year) and commit it with the rule change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinScenario, RULES_VERSION } from '../../src/sim/index';
import { encodeReplay, parseReplayText, recordGame, verifyReplay } from '../../src/sim/replay/index';

const DIR = join(__dirname, '..', 'golden', 'replays');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const RENEW = 'UPDATE_GOLDEN=1 npx vitest run tests/unit/replay-golden.test.ts';
const SEED = 'golden-2293';
// The century's seed: one whose loyalist-pragmatist game reaches 2393 (as in golden.test.ts).
const CENTURY_SEED = 'golden-century-1';

const CASES = [
  {
    file: 'campaign-century.replay.json',
    scenario: 'khitomer-accords',
    policies: { federation: 'loyalist', klingon: 'pragmatist' },
    years: 100,
    seed: CENTURY_SEED,
  },
  {
    file: 'centennial-eve-random.replay.json',
    scenario: 'centennial-eve',
    policies: { federation: 'random', klingon: 'random' },
    years: null,
    seed: SEED,
  },
  {
    file: 'the-withdrawal-hawk-pragmatist.replay.json',
    scenario: 'the-withdrawal',
    policies: { federation: 'hawk', klingon: 'pragmatist' },
    years: null,
    seed: SEED,
  },
] as const;

describe('golden replays', () => {
  it.each(CASES)('$file re-simulates to every recorded hash', ({ file, scenario, policies, years, seed }) => {
    const path = join(DIR, file);
    if (UPDATE) {
      const s = loadBuiltinScenario(scenario);
      if (!s.ok) throw new Error(`${scenario} does not load`);
      const r = recordGame(s.value, { seed, policies });
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, encodeReplay(r.value.replay));
    }
    if (!existsSync(path)) expect.fail(`tests/golden/replays/${file} is missing: write it with ${RENEW}`);
    const parsed = parseReplayText(readFileSync(path, 'utf8'));
    if (!parsed.ok) {
      const renew =
        parsed.error.code === 'replay/rules-version'
          ? ` RULES_VERSION is ${RULES_VERSION}: renew the golden replays with ${RENEW} and review the diff.`
          : '';
      expect.fail(
        `tests/golden/replays/${file} is refused: ${parsed.error.code}: ${parsed.error.message}.${renew}`,
      );
    }
    const replay = parsed.value;
    expect(replay.seed).toBe(seed);
    expect(replay.scenario.id).toBe(scenario);
    expect(replay.players).toEqual(policies);
    if (years !== null) expect(replay.turns).toHaveLength(years);
    const v = verifyReplay(replay);
    if (!v.ok) {
      expect.fail(
        `tests/golden/replays/${file} no longer plays out as recorded: ${v.message} (${v.detail}). ` +
          `If a rule change meant this, bump RULES_VERSION in src/sim/game.ts and renew with ${RENEW}; ` +
          'if not, the change altered outcomes by accident.',
      );
    }
    expect(v.years).toBe(replay.turns.length);
    expect(v.state.result).toEqual(replay.result);
  });
});
