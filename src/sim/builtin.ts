// The scenarios that ship with the game, by id. They are data: parsed like any file.

import eve from '../../levels/centennial-eve.json';
import campaign from '../../levels/khitomer-accords.json';
import withdrawal from '../../levels/the-withdrawal.json';
import { parseScenario, type ScenarioError } from './scenario/parse';
import type { Scenario } from './scenario/schema';
import type { Result } from './types';

export const BUILTIN_SCENARIOS: Readonly<Record<string, unknown>> = {
  'khitomer-accords': campaign,
  'centennial-eve': eve,
  'the-withdrawal': withdrawal,
};

export function builtinScenarioIds(): string[] {
  return Object.keys(BUILTIN_SCENARIOS);
}

const parsed = new Map<string, Scenario>();

export function loadBuiltinScenario(id: string): Result<Scenario, ScenarioError[]> {
  const cached = parsed.get(id);
  if (cached) return { ok: true, value: cached };
  if (!Object.hasOwn(BUILTIN_SCENARIOS, id)) {
    return {
      ok: false,
      error: [
        {
          path: '',
          code: 'scenario/unknown-id',
          message: `"${id}" is not a built-in scenario (${builtinScenarioIds().join(', ')})`,
        },
      ],
    };
  }
  const r = parseScenario(BUILTIN_SCENARIOS[id]);
  if (r.ok) parsed.set(id, r.value);
  return r;
}
