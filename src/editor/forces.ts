// The powers on the map: who owns a system, the fleets at a system (the two parties' and the third
// powers'), and third powers themselves, edited as systems are (src/editor/operations.ts).
import { partyLabel } from '../sim/index';
import type { Change } from './history';
import { getAt, isObject, type Json, type JsonObject, type Path } from './json';

export const PARTIES_ON_MAP = ['federation', 'klingon'] as const;

/** A fleet where it is kept in the document: the list it is in and its place there. */
export interface FleetAt {
  owner: string;
  listPath: Path;
  index: number;
  id: string;
  location: string;
  strength: number;
}

function thirdPowersOf(doc: Json): JsonObject[] {
  const list = getAt(doc, ['thirdPowers']);
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Every power that can own a system or a fleet: the two parties, then the third powers, by id. */
export function powersOf(doc: Json): { id: string; name: string }[] {
  const out = [
    { id: 'federation', name: partyLabel('federation') },
    { id: 'klingon', name: partyLabel('klingon') },
  ];
  for (const t of thirdPowersOf(doc))
    if (typeof t.id === 'string') out.push({ id: t.id, name: typeof t.name === 'string' ? t.name : t.id });
  return out;
}

/** Where a power's fleets are kept; null for a power the scenario does not have. */
export function fleetListPath(doc: Json, owner: string): Path | null {
  if (owner === 'federation' || owner === 'klingon') return ['powers', owner, 'fleets'];
  const i = (getAt(doc, ['thirdPowers']) as Json[] | undefined)?.findIndex?.(
    (t) => isObject(t) && t.id === owner,
  );
  return i === undefined || i < 0 ? null : ['thirdPowers', i, 'fleets'];
}

export function fleetsOf(doc: Json): FleetAt[] {
  const out: FleetAt[] = [];
  for (const p of powersOf(doc)) {
    const path = fleetListPath(doc, p.id);
    const list = path ? getAt(doc, path) : undefined;
    if (!path || !Array.isArray(list)) continue;
    list.forEach((f, index) => {
      if (!isObject(f)) return;
      out.push({
        owner: p.id,
        listPath: path,
        index,
        id: typeof f.id === 'string' ? f.id : '',
        location: typeof f.location === 'string' ? f.location : '',
        strength: typeof f.strength === 'number' ? f.strength : 0,
      });
    });
  }
  return out;
}

/** A fleet id not taken by any fleet: "<owner>-fleet-N". */
export function freshFleetId(doc: Json, owner: string): string {
  const taken = new Set(fleetsOf(doc).map((f) => f.id));
  for (let n = 1; ; n++) if (!taken.has(`${owner}-fleet-${n}`)) return `${owner}-fleet-${n}`;
}

/** A fleet of `owner` at a system; none for a power the scenario does not have. */
export function addFleet(
  doc: Json,
  owner: string,
  location: string,
  strength = 3,
): { changes: Change[]; id: string } {
  const path = fleetListPath(doc, owner);
  if (!path) return { changes: [], id: '' };
  const id = freshFleetId(doc, owner);
  const value: JsonObject = { id, location, strength };
  const list = getAt(doc, path);
  const changes: Change[] = Array.isArray(list)
    ? [{ op: 'insert', path: [...path], index: list.length, value }]
    : [{ op: 'set', path: [...path], value: [value] }];
  return { changes, id };
}

export function moveFleet(doc: Json, fleet: FleetAt, location: string): Change[] {
  if (fleet.location === location || !isObject(getAt(doc, [...fleet.listPath, fleet.index]))) return [];
  return [{ op: 'set', path: [...fleet.listPath, fleet.index, 'location'], value: location }];
}

export function removeFleet(doc: Json, fleet: FleetAt): Change[] {
  return isObject(getAt(doc, [...fleet.listPath, fleet.index]))
    ? [{ op: 'remove', path: [...fleet.listPath], index: fleet.index }]
    : [];
}

/** The fleets at a system, removed from the last of each list so that the indices hold. */
export function removeFleetsAt(doc: Json, location: string): Change[] {
  return fleetsOf(doc)
    .filter((f) => f.location === location)
    .sort((a, b) => b.index - a.index)
    .map((f) => ({ op: 'remove', path: [...f.listPath], index: f.index }));
}

/** Give a system to a power (or to none, with null). */
export function setOwner(doc: Json, systemIndex: number, owner: string | null): Change[] {
  const path = ['map', 'systems', systemIndex, 'owner'];
  const sys = getAt(doc, ['map', 'systems', systemIndex]);
  if (!isObject(sys) || sys.owner === owner) return [];
  return [{ op: 'set', path, value: owner }];
}

/** A new third power, "power-N", aggressive from the scenario's first year; none past twenty. */
export function addThirdPower(doc: Json): { changes: Change[]; id: string } {
  const list = thirdPowersOf(doc);
  if (list.length >= 20) return { changes: [], id: '' };
  const taken = new Set(list.map((t) => t.id));
  let n = list.length + 1;
  while (taken.has(`power-${n}`)) n++;
  const id = `power-${n}`;
  const first = getAt(doc, ['firstYear']);
  const value: JsonObject = {
    id,
    name: `Power ${n}`,
    resents: null,
    aggression: [{ from: typeof first === 'number' ? first : 2293, level: 30 }],
    fleets: [],
  };
  const raw = getAt(doc, ['thirdPowers']);
  const changes: Change[] = Array.isArray(raw)
    ? [{ op: 'insert', path: ['thirdPowers'], index: raw.length, value }]
    : [{ op: 'set', path: ['thirdPowers'], value: [value] }];
  return { changes, id };
}
