// A new game's options are raw input (a console call, a link, the New game screen): parsed into a
// checked value, or refused with the reason. Nothing here throws, whatever it is given.
import {
  BUILTIN_SCENARIOS,
  formatScenarioError,
  isParty,
  loadBuiltinScenario,
  MAX_SEED_LENGTH,
  PARTY_NAMES,
  type Party,
  parseScenario,
  type Result,
  type Scenario,
} from '../sim/index';
import { OPPONENTS, type Opponent } from './types';

export interface NewGameOptions {
  /** A built-in scenario id, or a scenario (checked again here: it may come from anywhere). */
  scenario: string | Scenario;
  seed?: string;
  side?: Party;
  opponent?: Opponent;
}

export interface CheckedOptions {
  scenario: Scenario;
  /** The scenario as given (a built-in one's file), kept with the session. */
  raw: unknown;
  seed: string | undefined;
  side: Party;
  opponent: Opponent;
}

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const own = (o: Loose, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

function quote(v: unknown): string {
  let t: string;
  try {
    t = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    t = Object.prototype.toString.call(v);
  }
  return `"${t.length > 40 ? `${t.slice(0, 39)}…` : t}"`;
}

export function checkNewGameOptions(input: unknown): Result<CheckedOptions, string> {
  const fail = (message: string) => ({ ok: false as const, error: message });
  if (!isObject(input))
    return fail('A new game needs its options: { scenario, seed, side, opponent } (scenario is required).');
  const given = own(input, 'scenario');
  let scenario: Scenario;
  let raw: unknown;
  if (typeof given === 'string') {
    if (!Object.hasOwn(BUILTIN_SCENARIOS, given))
      return fail(
        `"${given.slice(0, 60)}" is not a built-in scenario (${Object.keys(BUILTIN_SCENARIOS).join(', ')}).`,
      );
    const loaded = loadBuiltinScenario(given);
    if (!loaded.ok) return fail(loaded.error.map(formatScenarioError).join('\n'));
    scenario = loaded.value;
    raw = BUILTIN_SCENARIOS[given];
  } else if (isObject(given)) {
    const parsed = parseScenario(given);
    if (!parsed.ok)
      return fail(
        `The scenario is not valid: ${parsed.error.slice(0, 5).map(formatScenarioError).join('; ')}`,
      );
    scenario = parsed.value;
    raw = given;
  } else {
    return fail(`The scenario must be a built-in scenario's id or a scenario, not ${quote(given)}.`);
  }
  const seed = own(input, 'seed');
  if (seed !== undefined && seed !== null && typeof seed !== 'string')
    return fail(`The seed must be text, not ${quote(seed)}.`);
  if (typeof seed === 'string' && seed.length > MAX_SEED_LENGTH)
    return fail(`The seed is ${seed.length} characters long; a seed is at most ${MAX_SEED_LENGTH}.`);
  const side = own(input, 'side') ?? scenario.sides[0] ?? 'federation';
  if (typeof side !== 'string' || !isParty(side))
    return fail(`The side ${quote(side)} is neither federation nor klingon.`);
  if (!scenario.sides.includes(side))
    return fail(`${scenario.title} cannot be played as ${PARTY_NAMES[side]}.`);
  const opponent = own(input, 'opponent') ?? 'pragmatist';
  if (typeof opponent !== 'string' || !(OPPONENTS as readonly string[]).includes(opponent))
    return fail(`The opponent ${quote(opponent)} is not one of ${OPPONENTS.join(', ')}.`);
  return {
    ok: true,
    value: {
      scenario,
      raw,
      seed: typeof seed === 'string' && seed.trim() !== '' ? seed.trim() : undefined,
      side,
      opponent: opponent as Opponent,
    },
  };
}

/** The game a link's query asks for (`?scenario=…&seed=…&side=…&opponent=…`), or null for none. */
export function linkOptions(search: string): Result<NewGameOptions, string> | null {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return null;
  }
  const scenario = q.get('scenario');
  if (!scenario) return null;
  const side = q.get('side') ?? undefined;
  const opponent = q.get('opponent') ?? undefined;
  if (side !== undefined && !isParty(side))
    return { ok: false, error: `The link's side "${side.slice(0, 40)}" is neither federation nor klingon.` };
  if (opponent !== undefined && !(OPPONENTS as readonly string[]).includes(opponent))
    return {
      ok: false,
      error: `The link's opponent "${opponent.slice(0, 40)}" is not one of ${OPPONENTS.join(', ')}.`,
    };
  return {
    ok: true,
    value: { scenario, seed: q.get('seed') ?? undefined, side, opponent: opponent as Opponent | undefined },
  };
}
