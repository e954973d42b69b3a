// The scripted timeline is kept in year order, in the editor and in the file it exports: an event
// added or given another year goes after the events of its year and before those of later years.
import type { Change } from './history';
import { getAt, isObject, type Json, type JsonObject, type Path } from './json';

export const TIMELINE: readonly string[] = ['timeline'];

const yearOf = (event: Json | undefined): number | null =>
  isObject(event) && typeof event.year === 'number' && Number.isFinite(event.year) ? event.year : null;

const isTimeline = (path: Path) => path.length === 1 && path[0] === TIMELINE[0];

/** Where an event of `year` goes: after the last event of that year or an earlier one. */
export function timelineSlot(events: readonly Json[], year: number): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const y = yearOf(events[i]);
    if (y !== null && y <= year) return i + 1;
  }
  return 0;
}

/**
 * A new event for the timeline: of the latest year the timeline has (an author writes a story
 * forwards), so that it goes at the end, where its fields are shown open. None for any other list.
 */
export function newTimelineEvent(doc: Json, listPath: Path, value: Json): Change[] | null {
  if (!isTimeline(listPath) || !isObject(value) || yearOf(value) === null) return null;
  const list = getAt(doc, listPath);
  if (!Array.isArray(list)) return null;
  const years = list.map(yearOf).filter((y): y is number => y !== null);
  const year = years.length > 0 ? Math.max(yearOf(value) as number, ...years) : (yearOf(value) as number);
  const event: JsonObject = { ...value, year };
  return [{ op: 'insert', path: [...TIMELINE], index: timelineSlot(list, year), value: event }];
}

/** An event given another year moves to its place: taken out and put back where the year goes. */
export function moveEventToYear(doc: Json, path: Path, value: Json | undefined): Change[] | null {
  const [list, index, field] = path;
  if (path.length !== 3 || list !== TIMELINE[0] || typeof index !== 'number' || field !== 'year') return null;
  const events = getAt(doc, TIMELINE);
  const event = Array.isArray(events) ? events[index] : undefined;
  if (!Array.isArray(events) || !isObject(event) || typeof value !== 'number') return null;
  const rest = events.filter((_, i) => i !== index);
  const to = timelineSlot(rest, value);
  if (to === index) return null;
  return [
    { op: 'remove', path: [...TIMELINE], index },
    { op: 'insert', path: [...TIMELINE], index: to, value: { ...event, year: value } },
  ];
}

/** A scenario opened in the editor, its timeline in year order (events of one year keep their order). */
export function timelineInYearOrder(doc: Json): Json {
  const events = getAt(doc, TIMELINE);
  if (!isObject(doc) || !Array.isArray(events)) return doc;
  const sorted: Json[] = [];
  for (const e of events) {
    const y = yearOf(e);
    sorted.splice(y === null ? sorted.length : timelineSlot(sorted, y), 0, e);
  }
  return sorted.every((e, i) => e === events[i]) ? doc : { ...doc, timeline: sorted };
}
