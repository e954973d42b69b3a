// Live validation: the parser's problems (errors: they block playtest and export) and the editor's
// own warnings (a scenario that plays, but perhaps not as meant), each at a path with a sentence.
import { PARTIES, PARTY_TITLES, parseScenario, type Scenario } from '../sim/index';
import { getAt, isObject, type Json, type Key, parsePath } from './json';
import { lanesOf, systemsOf } from './operations';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  code: string;
  /** Where: the parser's path format, `map.systems[4].owner`; empty for the whole scenario. */
  path: string;
  keys: Key[];
  /** The place in words and what is wrong: `System “Vulcan”, owner: "x" is not a power…`. */
  sentence: string;
  /** The system at fault, when the problem is on the map: the editor selects it. */
  system?: string;
}

export interface Checked {
  problems: Problem[];
  /** The validated scenario, when there is no error: what playtest and export take. */
  scenario: Scenario | null;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  firstYear: 'first year',
  lastYear: 'last year',
  signedYear: 'year signed',
  suspendedSince: 'suspended since',
  thirdPowers: 'third powers',
  eventTable: 'random events',
};

const words = (k: Key) => (typeof k === 'number' ? `#${k + 1}` : (FIELD_WORDS[k] ?? k));

/** Where a path points, in the author's words. */
export function placeOf(doc: Json, keys: readonly Key[]): string {
  const [a, b, c, ...rest] = keys;
  const tail = (from: readonly Key[]) => (from.length > 0 ? `, ${from.map(words).join(' ')}` : '');
  const nameAt = (path: Key[]) => {
    const item = getAt(doc, path);
    return isObject(item) && typeof item.name === 'string' ? `“${item.name}”` : `#${Number(path.at(-1)) + 1}`;
  };
  if (a === 'map' && b === 'systems' && typeof c === 'number')
    return `System ${nameAt(['map', 'systems', c])}${tail(rest)}`;
  if (a === 'map' && b === 'lanes' && typeof c === 'number') {
    const lane = lanesOf(doc)[c];
    return `Lane ${lane ? `${lane[0]}–${lane[1]}` : `#${c + 1}`}`;
  }
  if (a === 'thirdPowers' && typeof b === 'number')
    return `Third power ${nameAt(['thirdPowers', b])}${tail(keys.slice(2))}`;
  if ((a === 'timeline' || a === 'eventTable') && typeof b === 'number') {
    const e = getAt(doc, [a, b]);
    const type = isObject(e) && typeof e.type === 'string' ? e.type : 'event';
    const year = isObject(e) && typeof e.year === 'number' ? ` of ${e.year}` : '';
    const list = a === 'timeline' ? 'Timeline event' : 'Random event';
    return `${list} #${b + 1} (${type}${year})${tail(keys.slice(2))}`;
  }
  if (a === 'powers' && (b === 'federation' || b === 'klingon'))
    return `${PARTY_TITLES[b]}${tail(keys.slice(2))}`;
  if (keys.length === 0) return 'The scenario';
  return keys.map(words).join(' ');
}

function systemAt(doc: Json, keys: readonly Key[]): string | undefined {
  if (keys[0] === 'map' && keys[1] === 'systems' && typeof keys[2] === 'number') {
    const s = getAt(doc, ['map', 'systems', keys[2]]);
    return isObject(s) && typeof s.id === 'string' ? s.id : undefined;
  }
  if (keys[0] === 'map' && keys[1] === 'lanes' && typeof keys[2] === 'number') {
    const end = typeof keys[3] === 'number' ? keys[3] : 0;
    return lanesOf(doc)[keys[2]]?.[end];
  }
  return undefined;
}

function problem(doc: Json, severity: Severity, code: string, path: string, message: string): Problem {
  const keys = parsePath(path);
  const system = systemAt(doc, keys);
  const p: Problem = { severity, code, path, keys, sentence: `${placeOf(doc, keys)}: ${message}` };
  if (system !== undefined) p.system = system;
  return p;
}

/** Warnings: what parses but may not play as meant. */
function warnings(doc: Json): Problem[] {
  const out: Problem[] = [];
  const systems = systemsOf(doc);
  const ids = systems.map((s) => s.id).filter((id): id is string => typeof id === 'string');
  const links = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of lanesOf(doc)) {
    links.get(a)?.push(b);
    links.get(b)?.push(a);
  }
  // Reached from the capitals along the lanes: a system no fleet can reach is likely a lane forgotten.
  const reached = new Set<string>();
  const queue = systems
    .filter((s) => s.capital === true && typeof s.id === 'string')
    .map((s) => String(s.id));
  for (const id of queue) reached.add(id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const next of links.get(id) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  if (reached.size > 0) {
    systems.forEach((s, i) => {
      if (typeof s.id === 'string' && !reached.has(s.id)) {
        out.push(
          problem(
            doc,
            'warning',
            'editor/unreachable',
            `map.systems[${i}]`,
            'no lane leads to it from a capital',
          ),
        );
      }
    });
  }
  for (const party of PARTIES) {
    if (!systems.some((s) => s.owner === party && s.shipyard === true)) {
      const who = PARTY_TITLES[party];
      out.push({
        severity: 'warning',
        code: 'editor/no-shipyard',
        path: 'map.systems',
        keys: ['map', 'systems'],
        sentence: `${who} has no shipyard: it can build no fleet`,
      });
    }
  }
  return out;
}

/** Check the document as the game will: the parser's errors first, then the editor's warnings. */
export function check(doc: Json): Checked {
  const r = parseScenario(doc);
  const problems: Problem[] = r.ok
    ? []
    : r.error.map((e) => problem(doc, 'error', e.code, e.path, e.message));
  problems.push(...warnings(doc));
  return { problems, scenario: r.ok ? r.value : null };
}
