// Third powers, owners and fleets placed on the editor's map: each edit is one step, undone exactly,
// and what it makes is a scenario the parser accepts.
import { describe, expect, it } from 'vitest';
import {
  addFleet,
  addLane,
  addSystem,
  addThirdPower,
  blankScenario,
  check,
  deleteSystem,
  fleetsOf,
  History,
  type Json,
  moveFleet,
  powersOf,
  removeFleet,
  setOwner,
  systemIndex,
} from '../../src/editor/index';
import { BUILTIN_SCENARIOS } from '../../src/sim/index';

const errors = (doc: Json) => check(doc).problems.filter((p) => p.severity === 'error');

describe('fleets and third powers on the map', () => {
  it('stations, moves and removes a party’s fleet, each undone exactly', () => {
    const h = new History(blankScenario());
    const start = structuredClone(h.doc);
    const added = addFleet(h.doc, 'federation', 'earth', 4);
    expect(added.id).toBe('federation-fleet-1');
    h.apply('station', added.changes);
    expect(fleetsOf(h.doc)).toEqual([
      {
        owner: 'federation',
        listPath: ['powers', 'federation', 'fleets'],
        index: 0,
        id: 'federation-fleet-1',
        location: 'earth',
        strength: 4,
      },
    ]);
    expect(errors(h.doc)).toEqual([]);
    const [fleet] = fleetsOf(h.doc);
    if (!fleet) throw new Error('no fleet');
    h.apply('move', moveFleet(h.doc, fleet, 'qonos'));
    expect(fleetsOf(h.doc)[0]?.location).toBe('qonos');
    // A second fleet of the same power gets the next free id.
    expect(addFleet(h.doc, 'federation', 'earth').id).toBe('federation-fleet-2');
    const moved = fleetsOf(h.doc)[0];
    if (!moved) throw new Error('no fleet');
    h.apply('remove', removeFleet(h.doc, moved));
    expect(fleetsOf(h.doc)).toEqual([]);
    h.undo();
    h.undo();
    h.undo();
    expect(h.doc).toEqual(start);
  });

  it('a new third power owns systems and fleets, and the scenario still parses', () => {
    const h = new History(blankScenario());
    const power = addThirdPower(h.doc);
    expect(power.id).toBe('power-1');
    h.apply('add power', power.changes);
    expect(powersOf(h.doc).map((p) => p.id)).toEqual(['federation', 'klingon', 'power-1']);
    const world = addSystem(h.doc, 500, 200);
    h.apply('add world', world.changes);
    h.apply('lane', addLane(h.doc, world.id, 'qonos'));
    h.apply('owner', setOwner(h.doc, systemIndex(h.doc, world.id), 'power-1'));
    h.apply('fleet', addFleet(h.doc, 'power-1', world.id, 6).changes);
    expect(fleetsOf(h.doc).map((f) => [f.owner, f.id, f.location, f.strength])).toEqual([
      ['power-1', 'power-1-fleet-1', world.id, 6],
    ]);
    const checked = check(h.doc);
    expect(errors(h.doc)).toEqual([]);
    expect(checked.scenario?.thirdPowers.map((t) => [t.id, t.aggression])).toEqual([
      ['power-1', [{ from: 2293, level: 30 }]],
    ]);
    expect(checked.scenario?.map.systems.find((x) => x.id === world.id)?.owner).toBe('power-1');
    // Giving a system to the owner it has is no edit; a fleet of a power that does not exist is none.
    expect(setOwner(h.doc, systemIndex(h.doc, world.id), 'power-1')).toEqual([]);
    expect(addFleet(h.doc, 'dominion', 'qonos').changes).toEqual([]);
  });

  it('deleting a system takes its fleets with it, of every power, and undo brings them back', () => {
    const doc = structuredClone(BUILTIN_SCENARIOS['khitomer-accords']) as Json;
    const h = new History(doc);
    const at = fleetsOf(h.doc).find((f) => f.owner !== 'federation' && f.owner !== 'klingon');
    if (!at) throw new Error('the campaign has no third-power fleet');
    const before = fleetsOf(h.doc).filter((f) => f.location === at.location).length;
    expect(before).toBeGreaterThan(0);
    h.apply('delete', deleteSystem(h.doc, at.location));
    expect(fleetsOf(h.doc).filter((f) => f.location === at.location)).toEqual([]);
    expect(errors(h.doc).filter((e) => e.path.includes('fleets'))).toEqual([]);
    h.undo();
    expect(h.doc).toEqual(doc);
  });
});
