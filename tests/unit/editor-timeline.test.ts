// The editor keeps the scripted timeline in year order: an event added, an event given another
// year, a scenario opened. The exported file's timeline is in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  blankScenario,
  exportText,
  getAt,
  History,
  type Json,
  type JsonObject,
  setField,
  timelineInYearOrder,
} from '../../src/editor/index';

const event = (year: number, title: string): JsonObject => ({ type: 'historic', year, title, text: '' });
const titles = (doc: Json) => (getAt(doc, ['timeline']) as JsonObject[]).map((e) => `${e.year} ${e.title}`);

function withEvents(...events: JsonObject[]): History {
  return new History({ ...blankScenario(), timeline: events });
}

describe('the timeline in year order', () => {
  it('a new event takes the latest year of the timeline and goes at its end; in an empty one, the template’s year', () => {
    const h = withEvents(event(2295, 'a'), event(2298, 'b'));
    h.apply('add', addItem(h.doc, ['timeline'], event(2293, 'new')));
    expect(titles(h.doc)).toEqual(['2295 a', '2298 b', '2298 new']);
    const empty = withEvents();
    empty.apply('add', addItem(empty.doc, ['timeline'], event(2293, 'first')));
    expect(titles(empty.doc)).toEqual(['2293 first']);
  });

  it('an event given another year moves after the events of that year, and undo puts it back', () => {
    const h = withEvents(event(2294, 'a'), event(2296, 'b'), event(2296, 'c'), event(2299, 'd'));
    const before = structuredClone(h.doc);
    h.apply('year', setField(h.doc, ['timeline', 3, 'year'], 2296));
    expect(titles(h.doc)).toEqual(['2294 a', '2296 b', '2296 c', '2296 d']);
    h.apply('year', setField(h.doc, ['timeline', 0, 'year'], 2300));
    expect(titles(h.doc)).toEqual(['2296 b', '2296 c', '2296 d', '2300 a']);
    h.apply('year', setField(h.doc, ['timeline', 3, 'year'], 2293));
    expect(titles(h.doc)).toEqual(['2293 a', '2296 b', '2296 c', '2296 d']);
    // A year that keeps its place is set where the event is.
    h.apply('year', setField(h.doc, ['timeline', 1, 'year'], 2295));
    expect(titles(h.doc)).toEqual(['2293 a', '2295 b', '2296 c', '2296 d']);
    while (h.undo());
    expect(h.doc).toEqual(before);
  });

  it('a scenario opened is put in year order, events of one year in their order; one in order is left as it is', () => {
    const doc = {
      ...blankScenario(),
      timeline: [event(2299, 'x'), event(2294, 'y'), event(2299, 'z'), event(2294, 'w')],
    };
    expect(titles(timelineInYearOrder(doc))).toEqual(['2294 y', '2294 w', '2299 x', '2299 z']);
    const sorted = { ...blankScenario(), timeline: [event(2294, 'y'), event(2299, 'x')] };
    expect(timelineInYearOrder(sorted)).toBe(sorted);
  });

  it('after any edits of years and new events, the timeline and the exported file are in year order (property)', () => {
    const edit = fc.oneof(
      fc.record({ add: fc.integer({ min: 2293, max: 2303 }) }),
      fc.record({ at: fc.nat(20), year: fc.integer({ min: 2293, max: 2303 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const h = withEvents();
        edits.forEach((e, n) => {
          if ('add' in e) h.apply('add', addItem(h.doc, ['timeline'], event(e.add, `e${n}`)));
          else {
            const count = (getAt(h.doc, ['timeline']) as Json[]).length;
            if (count > 0) h.apply('year', setField(h.doc, ['timeline', e.at % count, 'year'], e.year));
          }
        });
        const years = (getAt(h.doc, ['timeline']) as JsonObject[]).map((x) => x.year as number);
        expect(years).toEqual([...years].sort((a, b) => a - b));
        const exported = JSON.parse(exportText(h.doc)) as { timeline: { year: number }[] };
        expect(exported.timeline.map((x) => x.year)).toEqual(years);
      }),
    );
  });
});
