// Golden games (STYLE.md habit 9): whole seeded games of each built-in scenario, pinned by the
// hash of every year. Why: the rules are many small formulas, and a change to any of them — a cost,
// a rounding, the order of two steps, one more draw from a stream — changes who wins somewhere
// without any unit test noticing. A change that alters outcomes must do so on purpose: bump
// RULES_VERSION (src/sim/game.ts; saved games and replays carry it) and renew these files with
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/golden.test.ts
// then review the diff of tests/golden/*.json and commit it with the rule change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashState, loadBuiltinScenario, RULES_VERSION, simulate } from '../../src/sim/index';

const GOLDEN_DIR = join(__dirname, '..', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const RENEW = 'UPDATE_GOLDEN=1 npx vitest run tests/unit/golden.test.ts';

interface Golden {
  scenario: string;
  seed: string;
  policies: { federation: string; klingon: string };
  rulesVersion: number;
  turns: number;
  resultKind: string | null;
  resultYear: number | null;
  finalHash: string;
  years: { year: number; hash: string }[];
}

const RANDOM = { federation: 'random', klingon: 'random' };
// The whole century: two AI personalities keep the Accords to 2393, so every year is pinned.
// (An AI change alters this game as a rule change does: renew it on purpose.)
const CENTURY = { federation: 'loyalist', klingon: 'pragmatist' };
// A seed whose loyalist-pragmatist game reaches 2393 (most do; see levels/DESIGN-REPORT.md). A rule
// change that makes this one collapse needs another seed, chosen and noted with the renewal
// (rules version 8, as merged: golden-century-2 reaches 2393 with all six articles again; under one
// slice of the rules alone it collapsed in 2313 and golden-century-3 was used, which now collapses;
// rules version 9's debts and relief alone: golden-century-2 still reaches 2393 with all six; as
// merged with the event drawn once a year, it collapses in 2308 and golden-century-1 is used).
const CENTURY_SEED = 'golden-century-1';
const SEED = 'golden-2293';

const CASES = [
  { file: 'campaign-random.json', scenario: 'khitomer-accords', policies: RANDOM, seed: SEED },
  { file: 'campaign-century.json', scenario: 'khitomer-accords', policies: CENTURY, seed: CENTURY_SEED },
  { file: 'centennial-eve-random.json', scenario: 'centennial-eve', policies: RANDOM, seed: SEED },
  { file: 'the-withdrawal-random.json', scenario: 'the-withdrawal', policies: RANDOM, seed: SEED },
] as const;

function play(
  scenarioId: string,
  policies: { federation: string; klingon: string } = RANDOM,
  seed: string = SEED,
): Golden {
  const scenario = loadBuiltinScenario(scenarioId);
  if (!scenario.ok) throw new Error(`${scenarioId} does not load`);
  const years: Golden['years'] = [];
  const r = simulate(scenario.value, {
    seed,
    policies,
    onTurn: (report) => years.push({ year: report.year, hash: report.hash }),
  });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const s = r.value.state;
  return {
    scenario: scenarioId,
    seed,
    policies,
    rulesVersion: s.rulesVersion,
    turns: r.value.turns,
    resultKind: s.result?.kind ?? null,
    resultYear: s.result?.year ?? null,
    finalHash: hashState(s),
    years,
  };
}

describe('golden games', () => {
  it.each(CASES)(
    '$file: the seeded game of $scenario plays out as pinned',
    ({ file, scenario, policies, seed }) => {
      const actual = play(scenario, policies, seed);
      const path = join(GOLDEN_DIR, file);
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      if (!existsSync(path)) expect.fail(`tests/golden/${file} is missing: write it with ${RENEW}`);
      const pinned = JSON.parse(readFileSync(path, 'utf8')) as Golden;

      if (pinned.rulesVersion !== RULES_VERSION) {
        expect.fail(
          `RULES_VERSION is ${RULES_VERSION} but tests/golden/${file} was pinned under ${pinned.rulesVersion}: ` +
            `renew the goldens with ${RENEW} and review the diff.`,
        );
      }
      const firstDiff = pinned.years.find((y, i) => actual.years[i]?.hash !== y.hash);
      const where = firstDiff
        ? `it first differs in ${firstDiff.year} (hash ${actual.years.find((y) => y.year === firstDiff.year)?.hash ?? 'none: the game ended before'}, pinned ${firstDiff.hash})`
        : `it runs ${actual.turns} turns where ${pinned.turns} were pinned`;
      const message =
        `The seeded ${scenario} game no longer plays out as pinned in tests/golden/${file}: ${where}. ` +
        'If a rule change meant this, bump RULES_VERSION in src/sim/game.ts and renew the goldens with ' +
        `${RENEW}; if not, the change altered outcomes by accident.`;
      expect(actual.finalHash, message).toBe(pinned.finalHash);
      expect(actual.years, message).toEqual(pinned.years);
      expect(actual.turns, message).toBe(pinned.turns);
      expect(actual.resultKind, message).toBe(pinned.resultKind);
      expect(actual.resultYear, message).toBe(pinned.resultYear);
    },
  );

  it('a golden game is the same when played twice in one process (no hidden state between games)', () => {
    const a = play('centennial-eve');
    play('the-withdrawal');
    expect(play('centennial-eve')).toEqual(a);
  });
});

describe('a century of the campaign', () => {
  it('shows every article of the Accords at work in its ledger', () => {
    const scenario = loadBuiltinScenario('khitomer-accords');
    if (!scenario.ok) throw new Error('the campaign does not load');
    const r = simulate(scenario.value, { seed: CENTURY_SEED, policies: CENTURY });
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.state;
    expect(s.result?.kind).toBe('centennial');
    const articles = new Set(
      s.ledger
        .toArray()
        .map((e) => e.article)
        .filter((a) => a !== null),
    );
    expect([...articles].sort()).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    // Both faces of the Accords: violations seen, and faith kept.
    expect(s.ledger.some((e) => e.kind !== 'reward' && e.article !== null)).toBe(true);
    expect(s.ledger.some((e) => e.kind === 'reward' && e.article !== null)).toBe(true);
  });
});
