// The edits an author makes, as changes to the document: each is one step of the history.
import { removeFleetsAt } from './forces';
import type { Change } from './history';
import { getAt, isObject, type Json, type JsonObject, type Path } from './json';
import { moveEventToYear, newTimelineEvent } from './timeline';

const SYSTEMS = ['map', 'systems'];
const LANES = ['map', 'lanes'];

/** A scenario with the least a game needs: two capitals joined by a lane. */
export function blankScenario(): JsonObject {
  return {
    id: 'my-scenario',
    title: 'My scenario',
    description: '',
    firstYear: 2293,
    lastYear: 2303,
    sides: ['federation', 'klingon'],
    status: 'in-force',
    map: {
      systems: [
        system('earth', 'Earth', 200, 500, 'federation', { capital: true, shipyard: true }),
        system('qonos', 'Qo’noS', 800, 500, 'klingon', { capital: true, shipyard: true }),
      ],
      lanes: [['earth', 'qonos']],
    },
    powers: { federation: {}, klingon: {} },
    thirdPowers: [],
    timeline: [],
    eventTable: [],
    rules: {},
  };
}

function system(
  id: string,
  name: string,
  x: number,
  y: number,
  owner: string | null,
  extra: JsonObject = {},
): JsonObject {
  return { id, name, x, y, owner, output: 3, zone: 'core', ...extra };
}

export function systemsOf(doc: Json): JsonObject[] {
  const list = getAt(doc, SYSTEMS);
  return Array.isArray(list) ? list.filter(isObject) : [];
}

export function lanesOf(doc: Json): [string, string][] {
  const list = getAt(doc, LANES);
  if (!Array.isArray(list)) return [];
  return list.map((l) => (Array.isArray(l) ? [String(l[0]), String(l[1])] : ['', '']));
}

export function systemIndex(doc: Json, id: string): number {
  const list = getAt(doc, SYSTEMS);
  return Array.isArray(list) ? list.findIndex((s) => isObject(s) && s.id === id) : -1;
}

/** A fresh system id: "system-N", the first N not taken. */
export function freshSystemId(doc: Json): string {
  const taken = new Set(systemsOf(doc).map((s) => s.id));
  for (let n = systemsOf(doc).length + 1; ; n++) if (!taken.has(`system-${n}`)) return `system-${n}`;
}

const clampWorld = (v: number) => Math.max(0, Math.min(1000, Math.round(v)));

export function addSystem(doc: Json, x: number, y: number): { changes: Change[]; id: string } {
  const id = freshSystemId(doc);
  const n = id.slice('system-'.length);
  const list = getAt(doc, SYSTEMS);
  const changes: Change[] = Array.isArray(list) ? [] : [{ op: 'set', path: [...SYSTEMS], value: [] }];
  changes.push({
    op: 'insert',
    path: [...SYSTEMS],
    index: Array.isArray(list) ? list.length : 0,
    value: system(id, `System ${n}`, clampWorld(x), clampWorld(y), null),
  });
  return { changes, id };
}

export function moveSystem(doc: Json, id: string, x: number, y: number): Change[] {
  const i = systemIndex(doc, id);
  if (i < 0) return [];
  return [
    { op: 'set', path: [...SYSTEMS, i, 'x'], value: clampWorld(x) },
    { op: 'set', path: [...SYSTEMS, i, 'y'], value: clampWorld(y) },
  ];
}

/** Remove a system with its fleets and every lane that touches it (removed from the last, so indices hold). */
export function deleteSystem(doc: Json, id: string): Change[] {
  const i = systemIndex(doc, id);
  if (i < 0) return [];
  const changes: Change[] = removeFleetsAt(doc, id);
  const lanes = lanesOf(doc);
  for (let l = lanes.length - 1; l >= 0; l--) {
    const lane = lanes[l];
    if (lane && (lane[0] === id || lane[1] === id))
      changes.push({ op: 'remove', path: [...LANES], index: l });
  }
  changes.push({ op: 'remove', path: [...SYSTEMS], index: i });
  return changes;
}

export function laneIndex(doc: Json, a: string, b: string): number {
  return lanesOf(doc).findIndex(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** A lane between two systems; none if they are the same, already joined, or not both on the map. */
export function addLane(doc: Json, a: string, b: string): Change[] {
  if (a === b || laneIndex(doc, a, b) >= 0) return [];
  if (systemIndex(doc, a) < 0 || systemIndex(doc, b) < 0) return [];
  const list = getAt(doc, LANES);
  const changes: Change[] = Array.isArray(list) ? [] : [{ op: 'set', path: [...LANES], value: [] }];
  changes.push({
    op: 'insert',
    path: [...LANES],
    index: Array.isArray(list) ? list.length : 0,
    value: [a, b],
  });
  return changes;
}

export function removeLane(doc: Json, a: string, b: string): Change[] {
  const i = laneIndex(doc, a, b);
  return i < 0 ? [] : [{ op: 'remove', path: [...LANES], index: i }];
}

/**
 * Set a field. Renaming a system's id renames it in its lanes too, so the map stays whole; an
 * event given another year moves to its place in the timeline. A value equal to the present one
 * is no edit.
 */
export function setField(doc: Json, path: Path, value: Json | undefined): Change[] {
  const before = getAt(doc, path);
  if (JSON.stringify(before) === JSON.stringify(value)) return [];
  const moved = moveEventToYear(doc, path, value);
  if (moved) return moved;
  const changes: Change[] = [{ op: 'set', path: [...path], value }];
  const [m, s, i, field] = path;
  const old = getAt(doc, path);
  if (m === 'map' && s === 'systems' && typeof i === 'number' && field === 'id' && path.length === 4) {
    lanesOf(doc).forEach(([a, b], l) => {
      if (a === old) changes.push({ op: 'set', path: [...LANES, l, 0], value: value ?? null });
      if (b === old) changes.push({ op: 'set', path: [...LANES, l, 1], value: value ?? null });
    });
    // The fleets stationed there and the events that name it follow it too (playtest 30).
    if (typeof old === 'string' && typeof value === 'string' && value !== '') {
      for (const fleets of fleetLists(doc)) renamed(doc, fleets, ['location'], old, value, changes);
      for (const list of EVENT_LISTS) renamed(doc, [list], ['system', 'target'], old, value, changes);
    }
  }
  // A third power renamed: the worlds it holds and the events that name it follow it (playtest 30
  // renamed "new" to "romulan", and Romulus was left held by "new").
  if (m === 'thirdPowers' && typeof s === 'number' && i === 'id' && path.length === 3) {
    if (typeof old === 'string' && old !== '' && typeof value === 'string' && value !== '') {
      renamed(doc, ['map', 'systems'], ['owner'], old, value, changes);
      for (const list of EVENT_LISTS) renamed(doc, [list], ['attacker', 'victim'], old, value, changes);
    }
  }
  return changes;
}

/** The lists of events, each of whose entries may name a system or a power. */
const EVENT_LISTS = ['timeline', 'eventTable'] as const;

/** Every list of fleets in the scenario: each party's, then each third power's. */
function fleetLists(doc: Json): Path[] {
  const out: Path[] = [
    ['powers', 'federation', 'fleets'],
    ['powers', 'klingon', 'fleets'],
  ];
  const thirds = getAt(doc, ['thirdPowers']);
  if (Array.isArray(thirds)) for (let k = 0; k < thirds.length; k++) out.push(['thirdPowers', k, 'fleets']);
  return out;
}

/** A change for each entry of the list at `list` whose `keys` hold `old`: set to `value`. */
function renamed(
  doc: Json,
  list: Path,
  keys: readonly string[],
  old: string,
  value: string,
  out: Change[],
): void {
  const items = getAt(doc, list);
  if (!Array.isArray(items)) return;
  items.forEach((item, k) => {
    if (!isObject(item)) return;
    for (const key of keys) if (item[key] === old) out.push({ op: 'set', path: [...list, k, key], value });
  });
}

export function addItem(doc: Json, listPath: Path, value: Json): Change[] {
  const event = newTimelineEvent(doc, listPath, value);
  if (event) return event;
  const list = getAt(doc, listPath);
  if (!Array.isArray(list)) return [{ op: 'set', path: [...listPath], value: [value] }];
  return [{ op: 'insert', path: [...listPath], index: list.length, value }];
}

export function removeItem(doc: Json, listPath: Path, index: number): Change[] {
  const list = getAt(doc, listPath);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return [];
  return [{ op: 'remove', path: [...listPath], index }];
}
