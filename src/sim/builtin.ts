// The scenarios that ship with the game, by id. They are data: parsed like any file.

import eve from '../../levels/centennial-eve.json';
import campaign from '../../levels/khitomer-accords.json';
import withdrawal from '../../levels/the-withdrawal.json';
import { Derived } from './derived';
import { parseScenario, type ScenarioError } from './scenario/parse';
import type { Scenario } from './scenario/schema';
import type { Result } from './types';

/** The scenarios in the game's first download (a replay names one of them by id and hash). */
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

/**
 * Scenarios that ship with the game but are fetched only when chosen, each its own file, so the
 * first download stays within its budget. Their title and years are here to list them before they
 * are fetched (a unit test holds them to the files). A game of one carries it in its replay, as a
 * file's scenario is carried: the replay plays anywhere without the fetch.
 */
export interface LaterScenario {
  id: string;
  title: string;
  firstYear: number;
  lastYear: number;
  fetch: () => Promise<unknown>;
}

export const LATER_SCENARIOS: readonly LaterScenario[] = [
  {
    id: 'klingon-civil-war',
    title: 'The Klingon Civil War',
    firstYear: 2367,
    lastYear: 2372,
    fetch: async () => (await import('../../levels/klingon-civil-war.json')).default,
  },
  {
    id: 'dominion-war',
    title: 'The Dominion War',
    firstYear: 2373,
    lastYear: 2393,
    fetch: async () => (await import('../../levels/dominion-war.json')).default,
  },
];

/** A later scenario, fetched and checked by the parser every scenario goes through; never throws. */
export async function loadLaterScenario(
  id: string,
  from: readonly LaterScenario[] = LATER_SCENARIOS,
): Promise<Result<Scenario, ScenarioError[]>> {
  const later = from.find((x) => x.id === id);
  const fail = (code: string, message: string): Result<Scenario, ScenarioError[]> => ({
    ok: false,
    error: [{ path: '', code, message }],
  });
  if (!later) return fail('scenario/unknown-id', `"${id}" is not a scenario that ships with the game`);
  let raw: unknown;
  try {
    raw = await later.fetch();
  } catch (e) {
    return fail('scenario/not-fetched', `${later.title} could not be fetched (${String(e)}); try again`);
  }
  // Parsed on every call (a few milliseconds, once per game started): no cache at module level.
  return parseScenario(raw);
}
