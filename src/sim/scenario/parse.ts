// Raw JSON → a validated Scenario, or every problem with its path. Never a scenario loaded half.
import type { z } from 'zod';
import { PARTIES, type Result } from '../types';
import { type EventSpec, type Scenario, ScenarioSchema } from './schema';

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

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed forms (check its "type")';
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Parse text (a file's content) as a scenario. */
export function parseScenarioText(text: string): Result<Scenario, ScenarioError[]> {
  if (text.length > MAX_SCENARIO_CHARS) {
    return fail([
      {
        path: '',
        code: 'scenario/too-large',
        message: `the file is larger than ${MAX_SCENARIO_CHARS} characters`,
      },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([{ path: '', code: 'scenario/not-json', message: `the file is not valid JSON (${detail})` }]);
  }
  return parseScenario(raw);
}

/** Check raw data against the schema and then against the rules that a schema cannot express. */
export function parseScenario(raw: unknown): Result<Scenario, ScenarioError[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([{ path: '', code: 'scenario/not-object', message: 'a scenario must be a JSON object' }]);
  }
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        code: `schema/${issue.code}`,
        message: describeIssue(issue),
      })),
    );
  }
  const scenario = parsed.data as Scenario;
  const errors = checkScenario(scenario);
  return errors.length > 0 ? fail(errors) : { ok: true, value: scenario };
}

function fail(errors: ScenarioError[]): Result<Scenario, ScenarioError[]> {
  return { ok: false, error: errors };
}

function checkScenario(s: Scenario): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const err = (path: string, code: string, message: string) => errors.push({ path, code, message });

  if (s.lastYear < s.firstYear) {
    err('lastYear', 'scenario/years-backwards', `${s.lastYear} is before the first year ${s.firstYear}`);
  }
  const signed = s.signedYear ?? s.firstYear;
  if (signed > s.firstYear)
    err('signedYear', 'scenario/signed-late', `${signed} is after the first year ${s.firstYear}`);
  if (s.status === 'suspended' && s.suspendedSince === undefined) {
    err('suspendedSince', 'scenario/missing', 'is required when the Accords start suspended');
  }

  const thirdIds = new Set<string>();
  s.thirdPowers.forEach((t, i) => {
    if (thirdIds.has(t.id)) err(`thirdPowers[${i}].id`, 'scenario/duplicate-id', `"${t.id}" is used twice`);
    if ((PARTIES as readonly string[]).includes(t.id)) {
      err(`thirdPowers[${i}].id`, 'scenario/reserved-id', `"${t.id}" is the name of a party`);
    }
    thirdIds.add(t.id);
  });
  const isPower = (owner: string) => owner === 'federation' || owner === 'klingon' || thirdIds.has(owner);

  const systems = new Map<string, Scenario['map']['systems'][number]>();
  s.map.systems.forEach((sys, i) => {
    if (systems.has(sys.id))
      err(`map.systems[${i}].id`, 'scenario/duplicate-id', `"${sys.id}" is used twice`);
    systems.set(sys.id, sys);
    if (sys.owner !== null && !isPower(sys.owner)) {
      err(
        `map.systems[${i}].owner`,
        'scenario/unknown-power',
        `"${sys.owner}" is not a power of this scenario`,
      );
    }
    if (sys.capital && sys.owner === null) {
      err(`map.systems[${i}].capital`, 'scenario/capital-unowned', `capital "${sys.id}" has no owner`);
    }
  });
  for (const p of PARTIES) {
    const capitals = s.map.systems.filter((sys) => sys.capital && sys.owner === p).length;
    if (capitals !== 1) {
      err('map.systems', 'scenario/capital-count', `${p} must have exactly one capital, not ${capitals}`);
    }
  }

  const seenLanes = new Set<string>();
  s.map.lanes.forEach(([a, b], i) => {
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
  const checkFleets = (fleets: { id: string; location: string }[], where: string) => {
    fleets.forEach((f, i) => {
      if (fleetIds.has(f.id))
        err(`${where}[${i}].id`, 'scenario/duplicate-id', `fleet "${f.id}" is used twice`);
      fleetIds.add(f.id);
      if (!systems.has(f.location)) {
        err(
          `${where}[${i}].location`,
          'scenario/unknown-system',
          `"${f.location}" is not a system of the map`,
        );
      }
    });
  };
  for (const p of PARTIES) checkFleets(s.powers[p].fleets, `powers.${p}.fleets`);
  s.thirdPowers.forEach((t, i) => {
    checkFleets(t.fleets, `thirdPowers[${i}].fleets`);
  });

  const checkEvent = (e: EventSpec, where: string) => {
    const sys = (field: string, value: string | undefined, allowAny: boolean) => {
      if (value === undefined || (allowAny && value === 'any')) return;
      if (!systems.has(value))
        err(`${where}.${field}`, 'scenario/unknown-system', `"${value}" is not a system of the map`);
    };
    switch (e.type) {
      case 'disaster':
        if (e.victim !== 'any' && !isPower(e.victim)) {
          err(`${where}.victim`, 'scenario/unknown-power', `"${e.victim}" is not a power of this scenario`);
        }
        sys('system', e.system, false);
        break;
      case 'incursion':
        if (e.attacker !== 'any' && !thirdIds.has(e.attacker)) {
          err(
            `${where}.attacker`,
            'scenario/unknown-power',
            `"${e.attacker}" is not a third power of this scenario`,
          );
        }
        if (e.attacker === 'any' && s.thirdPowers.length === 0) {
          err(`${where}.attacker`, 'scenario/no-third-powers', 'the scenario has no third power to attack');
        }
        sys('target', e.target, false);
        break;
      case 'dispute':
        sys('system', e.system, true);
        if (e.system !== 'any' && systems.get(e.system) && systems.get(e.system)?.zone !== 'disputed') {
          err(`${where}.system`, 'scenario/not-disputed', `"${e.system}" is not in a disputed zone`);
        }
        if (e.system === 'any' && !s.map.systems.some((x) => x.zone === 'disputed')) {
          err(`${where}.system`, 'scenario/no-disputed', 'the map has no disputed system');
        }
        break;
      default:
        break;
    }
  };
  s.timeline.forEach((e, i) => {
    if (e.year < s.firstYear || e.year > s.lastYear) {
      err(
        `timeline[${i}].year`,
        'scenario/year-out-of-range',
        `${e.year} is outside ${s.firstYear}–${s.lastYear}`,
      );
    }
    checkEvent(e, `timeline[${i}]`);
  });
  s.eventTable.forEach((e, i) => {
    if (e.from !== undefined && e.until !== undefined && e.until < e.from) {
      err(`eventTable[${i}].until`, 'scenario/years-backwards', `${e.until} is before ${e.from}`);
    }
    checkEvent(e, `eventTable[${i}]`);
  });

  for (let g = 1; g < s.grades.length; g++) {
    const prev = s.grades[g - 1];
    const cur = s.grades[g];
    if (prev && cur && cur.min > prev.min) {
      err(`grades[${g}].min`, 'scenario/grades-order', 'grades must be listed highest first');
    }
  }
  return errors;
}
