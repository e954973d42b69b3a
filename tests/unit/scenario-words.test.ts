// The scenarios' words do not contradict the rules they play (issue 16's playtest): a raid is named a
// year ahead (src/sim/threats.ts, threats.warningYears), so no incursion of a scenario that names its
// raids may say it strikes without warning ("Border Raid" did, in every scenario that has it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/index';
import { ROOT } from './fixtures';

const LEVELS = join(ROOT, 'levels');
const scenarios = readdirSync(LEVELS)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(LEVELS, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return { file, scenario: parsed.value };
  });

describe("the scenarios' raids in words", () => {
  it('finds the scenarios', () => {
    expect(scenarios.map((s) => s.file)).toContain('khitomer-accords.json');
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
  });

  it.each(scenarios)(
    '$file names its raids ahead and never says they come without warning',
    ({ scenario }) => {
      expect(scenario.rules.threats.warningYears).toBeGreaterThan(0);
      const raids = [...scenario.timeline, ...scenario.eventTable].filter((e) => e.type === 'incursion');
      for (const e of raids) expect(`${e.title ?? ''} ${e.text ?? ''}`).not.toMatch(/without warning/i);
    },
  );
});
