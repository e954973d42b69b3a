// The editor's fields that name something are lists of exactly what the scenario defines now; a
// value that names nothing known is kept, shown and marked (playtest 30 typed "null" as an owner).
import { describe, expect, it } from 'vitest';
import {
  addFleet,
  addThirdPower,
  blankScenario,
  History,
  type Json,
  type JsonObject,
  nameChoices,
  type Path,
  setField,
} from '../../src/editor/index';

const values = (doc: Json, path: Path) => nameChoices(doc, path)?.map((c) => c.value);

/** The blank scenario with a third power "romulan" (Romulus held by it), a disputed world and two events. */
function scenario(): History {
  const h = new History(blankScenario());
  h.apply('add a power', addThirdPower(h.doc).changes);
  h.apply('rename it', setField(h.doc, ['thirdPowers', 0, 'id'], 'romulan'));
  h.apply('name it', setField(h.doc, ['thirdPowers', 0, 'name'], 'Romulan Star Empire'));
  const doc = h.doc as JsonObject;
  const systems = (doc.map as JsonObject).systems as Json[];
  h.apply('add worlds', [
    {
      op: 'insert',
      path: ['map', 'systems'],
      index: systems.length,
      value: { id: 'romulus', name: 'Romulus', x: 500, y: 100, owner: 'romulan', output: 5, zone: 'core' },
    },
    {
      op: 'insert',
      path: ['map', 'systems'],
      index: systems.length + 1,
      value: { id: 'archer-iv', name: 'Archer IV', x: 500, y: 700, owner: null, output: 1, zone: 'disputed' },
    },
    {
      op: 'set',
      path: ['timeline'],
      value: [
        { year: 2294, type: 'disaster', victim: 'federation', system: 'earth', need: 10 },
        { year: 2295, type: 'incursion', attacker: 'romulan', victim: 'klingon', strength: 5 },
        { year: 2296, type: 'dispute', system: 'any', claimant: 'klingon' },
      ],
    },
  ]);
  h.apply('a fleet', addFleet(h.doc, 'federation', 'earth').changes);
  return h;
}

describe('the lists of what a field names', () => {
  it('offers a system’s owner: no owner, the two parties and each third power, by name', () => {
    const h = scenario();
    expect(nameChoices(h.doc, ['map', 'systems', 2, 'owner'])).toEqual([
      { value: null, label: 'no owner' },
      { value: 'federation', label: 'Federation' },
      { value: 'klingon', label: 'Klingon Empire' },
      { value: 'romulan', label: 'Romulan Star Empire' },
    ]);
  });

  it('follows the scenario: a third power added or renamed is offered as it is now', () => {
    const h = scenario();
    h.apply('rename', setField(h.doc, ['thirdPowers', 0, 'id'], 'romulans'));
    h.apply('add another', addThirdPower(h.doc).changes);
    expect(values(h.doc, ['map', 'systems', 2, 'owner'])).toEqual([
      null,
      'federation',
      'klingon',
      'romulans',
      'power-2',
    ]);
    // The world the power held followed it, so nothing is unknown.
    expect(nameChoices(h.doc, ['map', 'systems', 2, 'owner'])?.some((c) => c.unknown)).toBe(false);
  });

  it('lists the events’ victims, attackers, worlds and targets from the scenario', () => {
    const h = scenario();
    expect(values(h.doc, ['timeline', 0, 'victim'])).toEqual(['federation', 'klingon', 'romulan', 'any']);
    // Worlds by name: Archer IV, Earth, Qo’noS, Romulus; "left out" first (a world of the victim then).
    expect(values(h.doc, ['timeline', 0, 'system'])).toEqual([
      undefined,
      'archer-iv',
      'earth',
      'qonos',
      'romulus',
    ]);
    expect(values(h.doc, ['timeline', 1, 'attacker'])).toEqual(['romulan', 'any']);
    expect(values(h.doc, ['timeline', 1, 'target'])).toEqual([
      undefined,
      'archer-iv',
      'earth',
      'qonos',
      'romulus',
    ]);
    // A dispute is over a disputed world only.
    expect(values(h.doc, ['timeline', 2, 'system'])).toEqual(['any', 'archer-iv']);
    // A fleet's location is a world of the map.
    expect(values(h.doc, ['powers', 'federation', 'fleets', 0, 'location'])).toEqual([
      'archer-iv',
      'earth',
      'qonos',
      'romulus',
    ]);
  });

  it('keeps a value that names nothing known, first and marked, and changes nothing', () => {
    const h = scenario();
    h.apply('a loaded file’s owner', setField(h.doc, ['map', 'systems', 0, 'owner'], 'cardassian'));
    h.apply('a loaded file’s attacker', setField(h.doc, ['timeline', 1, 'attacker'], 'klingon'));
    h.apply('a dispute over a core world', setField(h.doc, ['timeline', 2, 'system'], 'earth'));
    const before = JSON.stringify(h.doc);
    expect(nameChoices(h.doc, ['map', 'systems', 0, 'owner'])?.[0]).toEqual({
      value: 'cardassian',
      label: 'cardassian (unknown)',
      unknown: true,
    });
    expect(nameChoices(h.doc, ['timeline', 1, 'attacker'])?.[0]).toEqual({
      value: 'klingon',
      label: 'klingon (unknown)',
      unknown: true,
    });
    expect(nameChoices(h.doc, ['timeline', 2, 'system'])?.[0]?.label).toBe('earth (not disputed)');
    expect(JSON.stringify(h.doc)).toBe(before);
  });

  it('shows a required name left empty as a blank entry, not as a choice made', () => {
    const h = scenario();
    h.apply('a new disaster', setField(h.doc, ['timeline', 0, 'victim'], undefined));
    expect(nameChoices(h.doc, ['timeline', 0, 'victim'])?.[0]).toEqual({ value: undefined, label: '—' });
    h.apply('an empty id', setField(h.doc, ['timeline', 0, 'victim'], ''));
    expect(nameChoices(h.doc, ['timeline', 0, 'victim'])?.[0]).toMatchObject({ value: '', unknown: true });
  });

  it('leaves the fields that name nothing alone', () => {
    const h = scenario();
    expect(nameChoices(h.doc, ['map', 'systems', 0, 'name'])).toBeNull();
    expect(nameChoices(h.doc, ['thirdPowers', 0, 'id'])).toBeNull();
    expect(nameChoices(h.doc, ['timeline', 0, 'title'])).toBeNull();
    // An incursion's victim is a list of the schema's own (resented, both…), not of powers.
    expect(nameChoices(h.doc, ['timeline', 1, 'victim'])).toBeNull();
  });
});
