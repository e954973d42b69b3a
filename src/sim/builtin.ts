// The scenarios that ship with the game, by id. They are data: parsed like any file.

import eve from '../../levels/centennial-eve.json';
import campaign from '../../levels/khitomer-accords.json';
import withdrawal from '../../levels/the-withdrawal.json';
import { Derived } from './derived';
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

// Every game, replay and verification of a built-in scenario asks for it again, and one parse takes
// about a millisecond (tests/unit/derived.test.ts).
const parsed = new Derived<object, Result<Scenario, ScenarioError[]>>((raw) => parseScenario(raw));

export function loadBuiltinScenario(id: string): Result<Scenario, ScenarioError[]> {
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
  return parsed.of(BUILTIN_SCENARIOS[id] as object);
}
