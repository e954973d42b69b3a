// Raw JSON → a validated Scenario, or every problem with its path. Never a scenario loaded half.
import type { z } from 'zod';
import { isParty, PARTIES, PARTY_NAMES, type Result } from '../types';
import { MAX_SCENARIO_YEARS, type Scenario, ScenarioSchema } from './schema';

export { MAX_SCENARIO_YEARS };

export interface ScenarioError {
  /** Where the problem is, as `map.systems[4].owner`; empty for the file as a whole. */
  path: string;
  code: string;
  message: string;
}

/** Largest scenario file accepted, in characters. */
export const MAX_SCENARIO_CHARS = 1_000_000;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function formatScenarioError(e: ScenarioError): string {
  return e.path === '' ? e.message : `${e.path}: ${e.message}`;
}

/** What a JSON value is, in words: "a string ("2293")", "an array", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (of ${value.length})`;
  switch (typeof value) {
    case 'string': {
      const shown =
        value.length > 40 ? `${JSON.stringify(value.slice(0, 37)).slice(0, -1)}…"` : JSON.stringify(value);
      return `a string (${shown})`;
    }
    case 'number':
      return Number.isInteger(value) ? `the whole number ${value}` : `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  tuple: 'an array',
  record: 'an object',
  null: 'null',
};

/**
 * The value at a schema issue's path in the raw input, and whether it is there at all: zod does not
 * keep the input of an issue, and "missing" must mean missing, not "of the wrong type".
 */
function lookUp(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let at: unknown = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return { found: false, value: undefined };
    const k = typeof key === 'number' ? key : String(key);
    if (!Object.hasOwn(at, k)) return { found: false, value: undefined };
    at = (at as Record<PropertyKey, unknown>)[k];
  }
  return { found: true, value: at };
}

/**
 * A schema problem in plain words, for scenario and replay files alike. `typeOf` names what a
 * "type" field chooses between ("an event type", "an order type"); `root` is the raw input the
 * issue's path leads into, so that a value of the wrong type is named, not called missing.
 */
export function describeIssue(issue: z.core.$ZodIssue, typeOf = 'an allowed type', root?: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? String(issue.expected);
      const there =
        root === undefined
          ? { found: issue.input !== undefined, value: issue.input }
          : lookUp(root, issue.path);
      return there.found && there.value !== undefined
        ? `is ${describeValue(there.value)} where ${expected} is expected`
        : `is missing (expected ${issue.expected})`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return issue.path[issue.path.length - 1] === 'type'
        ? `is not ${typeOf}`
        : 'matches none of the allowed forms (check its "type")';
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Parse text (a file's content) as a scenario. */
export function parseScenarioText(text: string): Result<Scenario, ScenarioError[]> {
  if (typeof text !== 'string') {
    return fail([{ path: '', code: 'scenario/not-json', message: 'a scenario is read from text' }]);
  }
  if (text.length > MAX_SCENARIO_CHARS) {
    return fail([
      {
        path: '',
        code: 'scenario/too-large',
        message: `the file is larger than ${MAX_SCENARIO_CHARS} characters`,
      },
    ]);
  }
  // A byte-order mark is not part of the JSON: editors on some systems write one (the browser's
  // file reader and the command line both drop it, so both accept the same files).
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([{ path: '', code: 'scenario/not-json', message: `the file is not valid JSON (${detail})` }]);
  }
  return parseScenario(raw);
}

/** Check raw data against the schema and against the rules a schema cannot express: all at once. */
export function parseScenario(raw: unknown): Result<Scenario, ScenarioError[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([{ path: '', code: 'scenario/not-object', message: 'a scenario must be a JSON object' }]);
  }
  const parsed = ScenarioSchema.safeParse(raw);
  if (parsed.success) {
    const errors = checkScenario(parsed.data);
    return errors.length > 0 ? fail(errors) : { ok: true, value: parsed.data as Scenario };
  }
  // The schema failed: still run the other checks on what is there, so every problem is listed.
  const errors: ScenarioError[] = parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    code: `schema/${issue.code}`,
    message: describeIssue(issue, undefined, raw),
  }));
  const seen = new Set(errors.map((e) => e.path));
  for (const e of checkScenario(raw)) if (!seen.has(e.path)) errors.push(e);
  return fail(errors);
}

function fail(errors: ScenarioError[]): Result<Scenario, ScenarioError[]> {
  return { ok: false, error: errors };
}

type Loose = Record<string, unknown>;
const obj = (x: unknown): Loose =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Loose) : {};
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** The checks a schema cannot express. Reads its input defensively: it may not have passed the schema. */
function checkScenario(input: unknown): ScenarioError[] {
  const s = obj(input);
  const errors: ScenarioError[] = [];
  const err = (path: string, code: string, message: string) => errors.push({ path, code, message });

  const first = num(s.firstYear);
  const last = num(s.lastYear);
  if (first !== undefined && last !== undefined) {
    if (last < first)
      err('lastYear', 'scenario/years-backwards', `${last} is before the first year ${first}`);
    else if (last === first) {
      err(
        'lastYear',
        'scenario/no-years',
        `the game must end after it starts: the last year equals the first (${first})`,
      );
    }
    if (last - first > MAX_SCENARIO_YEARS) {
      err(
        'lastYear',
        'scenario/too-long',
        `the game would last ${last - first} years (${first}–${last}); a scenario lasts at most ${MAX_SCENARIO_YEARS}`,
      );
    }
    const signed = num(s.signedYear) ?? first;
    if (signed > first)
      err('signedYear', 'scenario/signed-late', `${signed} is after the first year ${first}`);
  }
  if (s.status === 'suspended' && s.suspendedSince === undefined) {
    err('suspendedSince', 'scenario/missing', 'is required when the Accords start suspended');
  }
  const since = num(s.suspendedSince);
  if (since !== undefined && first !== undefined && since > first) {
    err('suspendedSince', 'scenario/suspended-late', `${since} is after the first year ${first}`);
  }

  const thirdIds = new Set<string>();
  arr(s.thirdPowers).forEach((t, i) => {
    const id = str(obj(t).id);
    if (id === undefined) return;
    if (thirdIds.has(id)) err(`thirdPowers[${i}].id`, 'scenario/duplicate-id', `"${id}" is used twice`);
    if ((PARTIES as readonly string[]).includes(id)) {
      err(`thirdPowers[${i}].id`, 'scenario/reserved-id', `"${id}" is the name of a party`);
    }
    thirdIds.add(id);
  });
  const isPower = (owner: string) => owner === 'federation' || owner === 'klingon' || thirdIds.has(owner);

  const map = obj(s.map);
  const systems = new Map<string, Loose>();
  arr(map.systems).forEach((raw, i) => {
    const sys = obj(raw);
    const id = str(sys.id);
    if (id !== undefined) {
      if (systems.has(id)) err(`map.systems[${i}].id`, 'scenario/duplicate-id', `"${id}" is used twice`);
      systems.set(id, sys);
    }
    const owner = str(sys.owner);
    if (owner !== undefined && !isPower(owner)) {
      err(`map.systems[${i}].owner`, 'scenario/unknown-power', `"${owner}" is not a power of this scenario`);
    }
    // The neutral zone is no signatory's: one that holds a world there has occupied it (Articles I
    // and VI), and the score counts it occupied, not one of the worlds the power began with.
    if (sys.zone === 'neutral-zone' && owner !== undefined && isParty(owner)) {
      err(
        `map.systems[${i}].owner`,
        'scenario/neutral-zone-owned',
        `"${id ?? i}" is in the neutral zone, which no signatory holds when the game begins: give it no owner (or a third power), or another zone`,
      );
    }
    if (sys.capital === true && sys.owner === null) {
      err(`map.systems[${i}].capital`, 'scenario/capital-unowned', `capital "${id ?? i}" has no owner`);
    }
  });
  if (systems.size > 0) {
    for (const p of PARTIES) {
      const capitals = [...systems.values()].filter((sys) => sys.capital === true && sys.owner === p).length;
      if (capitals !== 1) {
        err('map.systems', 'scenario/capital-count', `${p} must have exactly one capital, not ${capitals}`);
      }
    }
  }

  const seenLanes = new Set<string>();
  arr(map.lanes).forEach((lane, i) => {
    const [a, b] = arr(lane).map(str);
    if (a === undefined || b === undefined) return;
    if (!systems.has(a))
      err(`map.lanes[${i}][0]`, 'scenario/unknown-system', `"${a}" is not a system of the map`);
    if (!systems.has(b))
      err(`map.lanes[${i}][1]`, 'scenario/unknown-system', `"${b}" is not a system of the map`);
    if (a === b) err(`map.lanes[${i}]`, 'scenario/self-lane', `a lane joins "${a}" to itself`);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seenLanes.has(key))
      err(`map.lanes[${i}]`, 'scenario/duplicate-lane', `the lane ${a}–${b} is listed twice`);
    seenLanes.add(key);
  });

  const fleetIds = new Set<string>();
  const checkFleets = (fleets: unknown, where: string) => {
    arr(fleets).forEach((raw, i) => {
      const f = obj(raw);
      const id = str(f.id);
      const location = str(f.location);
      if (id !== undefined) {
        if (fleetIds.has(id))
          err(`${where}[${i}].id`, 'scenario/duplicate-id', `fleet "${id}" is used twice`);
        fleetIds.add(id);
      }
      if (location !== undefined && !systems.has(location)) {
        err(`${where}[${i}].location`, 'scenario/unknown-system', `"${location}" is not a system of the map`);
      }
    });
  };
  const powers = obj(s.powers);
  for (const p of PARTIES) checkFleets(obj(powers[p]).fleets, `powers.${p}.fleets`);
  arr(s.thirdPowers).forEach((t, i) => {
    checkFleets(obj(t).fleets, `thirdPowers[${i}].fleets`);
  });

  const checkEvent = (e: Loose, where: string) => {
    const sys = (field: string, allowAny: boolean) => {
      const value = str(e[field]);
      if (value === undefined || (allowAny && value === 'any')) return;
      if (!systems.has(value))
        err(`${where}.${field}`, 'scenario/unknown-system', `"${value}" is not a system of the map`);
    };
    switch (e.type) {
      case 'disaster': {
        const victim = str(e.victim);
        if (victim !== undefined && victim !== 'any' && !isPower(victim)) {
          err(`${where}.victim`, 'scenario/unknown-power', `"${victim}" is not a power of this scenario`);
        }
        sys('system', false);
        break;
      }
      case 'incursion': {
        const attacker = str(e.attacker);
        if (attacker !== undefined && attacker !== 'any' && !thirdIds.has(attacker)) {
          err(
            `${where}.attacker`,
            'scenario/unknown-power',
            `"${attacker}" is not a third power of this scenario`,
          );
        }
        if (attacker === 'any' && thirdIds.size === 0) {
          err(`${where}.attacker`, 'scenario/no-third-powers', 'the scenario has no third power to attack');
        }
        sys('target', false);
        break;
      }
      case 'dispute': {
        sys('system', true);
        const id = str(e.system);
        const target = id === undefined ? undefined : systems.get(id);
        if (target && target.zone !== 'disputed') {
          err(`${where}.system`, 'scenario/not-disputed', `"${id}" is not in a disputed zone`);
        }
        if (id === 'any' && ![...systems.values()].some((x) => x.zone === 'disputed')) {
          err(`${where}.system`, 'scenario/no-disputed', 'the map has no disputed system');
        }
        break;
      }
      default:
        break;
    }
  };
  arr(s.timeline).forEach((raw, i) => {
    const e = obj(raw);
    const year = num(e.year);
    if (year !== undefined && first !== undefined && last !== undefined && (year < first || year > last)) {
      err(`timeline[${i}].year`, 'scenario/year-out-of-range', `${year} is outside ${first}–${last}`);
    }
    checkEvent(e, `timeline[${i}]`);
  });
  arr(s.eventTable).forEach((raw, i) => {
    const e = obj(raw);
    const from = num(e.from);
    const until = num(e.until);
    if (from !== undefined && until !== undefined && until < from) {
      err(`eventTable[${i}].until`, 'scenario/years-backwards', `${until} is before ${from}`);
    }
    checkEvent(e, `eventTable[${i}]`);
  });

  // Highest first for each power, with its own least scores (`minFor`) where the scenario sets them.
  const grades = arr(s.grades).map(obj);
  const told = new Set<string>();
  for (const party of PARTIES) {
    const mins = grades.map((g) => num(obj(g.minFor)[party]) ?? num(g.min));
    for (let g = 1; g < mins.length; g++) {
      const prev = mins[g - 1];
      const cur = mins[g];
      if (prev === undefined || cur === undefined || cur <= prev) continue;
      const own = num(obj(grades[g]?.minFor)[party]) !== undefined;
      const before = own || num(obj(grades[g - 1]?.minFor)[party]) !== undefined;
      const at = own ? `grades[${g}].minFor.${party}` : `grades[${g}].min`;
      if (told.has(at)) continue;
      told.add(at);
      err(
        at,
        'scenario/grades-order',
        before
          ? `grades must be listed highest first for ${PARTY_NAMES[party]} too (${cur} is above ${prev})`
          : 'grades must be listed highest first',
      );
    }
  }
  return errors;
}
