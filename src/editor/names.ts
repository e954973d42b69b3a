// The fields that name something of the scenario (a system's owner, a fleet's location, an event's
// victim, attacker, system or target) are lists of what the scenario defines now, not free text
// (playtest 30 typed "null" as an owner). A value that names nothing known is kept and shown, marked,
// so that the Problems tab's error can be mended there: the list never changes a value by itself.
import { powersOf } from './forces';
import { getAt, isObject, type Json, type Path } from './json';
import { systemsOf } from './operations';

/** One entry of such a list: the value it sets (null: no owner; undefined: left out) and its words. */
export interface NameChoice {
  value: string | null | undefined;
  label: string;
  /** The value the file has, which names nothing the scenario defines. */
  unknown?: boolean;
}

type Names =
  | 'owner'
  | 'power-or-any'
  | 'third-or-any'
  | 'system'
  | 'victim-world'
  | 'border-world'
  | 'disputed-or-any';

/** What the field at `path` names, or null for a field that names nothing. */
function namesAt(doc: Json, path: Path): Names | null {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return null;
  const [top, list] = path;
  if (top === 'map' && list === 'systems' && path.length === 4 && key === 'owner') return 'owner';
  if (key === 'location' && path[path.length - 3] === 'fleets') return 'system';
  if ((top === 'timeline' || top === 'eventTable') && path.length === 3) {
    const event = getAt(doc, path.slice(0, 2));
    const type = isObject(event) ? event.type : undefined;
    if (type === 'disaster' && key === 'victim') return 'power-or-any';
    if (type === 'disaster' && key === 'system') return 'victim-world';
    if (type === 'incursion' && key === 'attacker') return 'third-or-any';
    if (type === 'incursion' && key === 'target') return 'border-world';
    if (type === 'dispute' && key === 'system') return 'disputed-or-any';
  }
  return null;
}

/** The powers that may be named: each id once, none empty (as the bar's list of powers). */
function powers(doc: Json, thirdOnly: boolean): NameChoice[] {
  const seen = new Set<string>();
  const out: NameChoice[] = [];
  powersOf(doc).forEach((p, i) => {
    if (p.id.trim() === '' || seen.has(p.id) || (thirdOnly && i < 2)) return;
    seen.add(p.id);
    out.push({ value: p.id, label: p.name.trim() === '' ? p.id : p.name });
  });
  return out;
}

/** The map's systems by name (a long map is read by name), each id once. */
function systems(doc: Json, disputedOnly: boolean): NameChoice[] {
  const seen = new Set<string>();
  const out: NameChoice[] = [];
  for (const s of systemsOf(doc)) {
    if (typeof s.id !== 'string' || s.id === '' || seen.has(s.id)) continue;
    if (disputedOnly && s.zone !== 'disputed') continue;
    seen.add(s.id);
    out.push({ value: s.id, label: typeof s.name === 'string' && s.name.trim() !== '' ? s.name : s.id });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** What a list offers: the scenario's own, and the words of the field's own for none or any. */
function offered(doc: Json, names: Names): NameChoice[] {
  switch (names) {
    case 'owner':
      return [{ value: null, label: 'no owner' }, ...powers(doc, false)];
    case 'power-or-any':
      return [...powers(doc, false), { value: 'any', label: 'any (a party at random)' }];
    case 'third-or-any':
      return [...powers(doc, true), { value: 'any', label: 'any (by aggression)' }];
    case 'system':
      return systems(doc, false);
    case 'victim-world':
      return [{ value: undefined, label: 'any of the victim’s' }, ...systems(doc, false)];
    case 'border-world':
      return [{ value: undefined, label: 'a border world of the victim' }, ...systems(doc, false)];
    case 'disputed-or-any':
      return [{ value: 'any', label: 'any' }, ...systems(doc, true)];
  }
}

/**
 * The entries of the list for the field at `path`, or null if the field names nothing. The value
 * the document holds is always among them: if it names nothing known, as an entry of its own,
 * marked unknown (a dispute's system that is not disputed is marked so too).
 */
export function nameChoices(doc: Json, path: Path): NameChoice[] | null {
  const names = namesAt(doc, path);
  if (names === null) return null;
  const choices = offered(doc, names);
  const value = getAt(doc, path);
  if (choices.some((c) => c.value === value)) return choices;
  if (value === undefined || value === null) return [{ value, label: '—' }, ...choices];
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  const known = typeof value === 'string' && systemsOf(doc).some((s) => s.id === value);
  const why = names === 'disputed-or-any' && known ? 'not disputed' : 'unknown';
  return [{ value: shown, label: shown === '' ? '—' : `${shown} (${why})`, unknown: true }, ...choices];
}
