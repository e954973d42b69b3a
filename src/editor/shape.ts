// The map of a scenario being edited, in the shape the map view draws: read defensively, since the
// document may be wrong while it is made (a system without a position is left out, not drawn at 0).
import type { Fleet, System, ThirdPower, Zone } from '../sim/index';
import { getAt, isObject, type Json } from './json';
import { lanesOf, systemsOf } from './operations';

export interface EditorMap {
  systems: System[];
  lanes: [string, string][];
  fleets: Fleet[];
  thirdPowers: ThirdPower[];
}

const str = (x: Json | undefined, or: string) => (typeof x === 'string' ? x : or);
const num = (x: Json | undefined) => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

export function mapOf(doc: Json): EditorMap {
  const systems: System[] = [];
  systemsOf(doc).forEach((s, i) => {
    const x = num(s.x);
    const y = num(s.y);
    if (x === undefined || y === undefined) return;
    systems.push({
      id: str(s.id, `#${i + 1}`),
      name: str(s.name, str(s.id, `#${i + 1}`)),
      x,
      y,
      owner: typeof s.owner === 'string' ? s.owner : null,
      output: num(s.output) ?? 0,
      zone: str(s.zone, 'core') as Zone,
      capital: s.capital === true,
      shipyard: s.shipyard === true,
    });
  });
  const fleets: Fleet[] = [];
  const addFleets = (list: Json | undefined, owner: string) => {
    if (!Array.isArray(list)) return;
    for (const f of list) {
      if (!isObject(f) || typeof f.location !== 'string') continue;
      fleets.push({
        id: `${owner}/${str(f.id, String(fleets.length))}`,
        owner,
        location: f.location,
        strength: num(f.strength) ?? 0,
      });
    }
  };
  addFleets(getAt(doc, ['powers', 'federation', 'fleets']), 'federation');
  addFleets(getAt(doc, ['powers', 'klingon', 'fleets']), 'klingon');
  const thirdPowers: ThirdPower[] = [];
  const thirds = getAt(doc, ['thirdPowers']);
  if (Array.isArray(thirds)) {
    for (const t of thirds) {
      if (!isObject(t) || typeof t.id !== 'string') continue;
      const homeworlds = systems.filter((x) => x.owner === t.id).map((x) => x.id);
      thirdPowers.push({ id: t.id, name: str(t.name, t.id), resents: null, aggression: [], homeworlds });
      addFleets(t.fleets, t.id);
    }
  }
  return { systems, lanes: lanesOf(doc), fleets, thirdPowers };
}
