// The core's caches (issue 14): each is a `Derived`, a pure function of an immutable value
// remembered per value. Each one must give what a fresh computation gives, for the value asked and
// for a copy of it, and another value for a changed one.
import { describe, expect, it } from 'vitest';
import { Derived } from '../../src/sim/derived';
import { slotId, yearDraws } from '../../src/sim/event-draws';
import { fill, template } from '../../src/sim/event-texts';
import {
  BUILTIN_SCENARIOS,
  createGame,
  loadBuiltinScenario,
  parseScenario,
  resolveScenario,
  type Scenario,
  scenarioHash,
} from '../../src/sim/index';
import { Adjacency, adjacency, shortestPath } from '../../src/sim/world';
import { miniGame, miniScenario, miniScenarioInput } from './fixtures';

describe('Derived', () => {
  it('computes a key’s value once and gives it back for that key, also after other keys', () => {
    const computed: string[] = [];
    const lengths = new Derived<{ name: string }, number>((k) => {
      computed.push(k.name);
      return k.name.length;
    });
    const a = { name: 'Archanis' };
    const b = { name: 'Sol' };
    expect(lengths.of(a)).toBe(8);
    expect(lengths.of(a)).toBe(8);
    expect(lengths.of(b)).toBe(3);
    expect(lengths.of(a)).toBe(8);
    // A value equal to a but another object is a key of its own.
    expect(lengths.of({ name: 'Archanis' })).toBe(8);
    expect(computed).toEqual(['Archanis', 'Sol', 'Archanis']);
  });

  it('passes what goes with the key to the computation', () => {
    const sums = new Derived<number[], number, number>((xs, start) => xs.reduce((n, x) => n + x, start));
    const xs = [1, 2, 3];
    expect(sums.of(xs, 10)).toBe(16);
  });
});

describe('the core’s caches give what a fresh computation gives', () => {
  it('the map’s adjacency and shortest paths (world.ts)', () => {
    const s = miniGame();
    const fresh = new Adjacency(s.lanes, s.systems);
    const adj = adjacency(s);
    expect(adjacency(s)).toBe(adj);
    expect([...adj.neighbours]).toEqual([...fresh.neighbours]);
    expect([...adj.index]).toEqual([...fresh.index]);
    expect(adj.near).toEqual(fresh.near);
    expect(adj.neighbours.get('k7')).toEqual(['archanis', 'organia', 'vulcan']);
    // First by system id on ties: Archanis IV before Organia.
    expect(shortestPath(s, 'sol', 'qonos')).toEqual(['sol', 'vulcan', 'k7', 'archanis', 'narendra', 'qonos']);
    // Asked again (remembered): the same path, and a copy the caller may change.
    const again = shortestPath(s, 'sol', 'qonos');
    expect(again).toEqual(['sol', 'vulcan', 'k7', 'archanis', 'narendra', 'qonos']);
    again?.pop();
    expect(shortestPath(s, 'sol', 'qonos')?.length).toBe(6);
    expect(shortestPath(s, 'sol', 'qonos', 3)).toBeNull();
  });

  it('a scenario’s content hash (replay/format.ts): the same for a copy, another for a change', () => {
    const scenario = miniScenario();
    const hash = scenarioHash(scenario);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(scenarioHash(scenario)).toBe(hash);
    expect(scenarioHash(structuredClone(scenario))).toBe(hash);
    const changed = structuredClone(scenario);
    changed.rules.economy.disasterDamage += 1;
    expect(scenarioHash(changed)).not.toBe(hash);
  });

  it('a built-in scenario (builtin.ts): the parse of its file, the same value each time', () => {
    const first = loadBuiltinScenario('centennial-eve');
    const fresh = parseScenario(structuredClone(BUILTIN_SCENARIOS['centennial-eve']));
    expect(first.ok && fresh.ok).toBe(true);
    if (!first.ok || !fresh.ok) return;
    expect(first.value).toEqual(fresh.value);
    const again = loadBuiltinScenario('centennial-eve');
    expect(again.ok && again.value).toBe(first.value);
    expect(loadBuiltinScenario('no-such').ok).toBe(false);
  });

  it('an embedded scenario (replay/parse.ts): its parse, and a refusal for a broken one', () => {
    const input = miniScenarioInput();
    const scenario = miniScenario();
    const ref = { id: 'mini', hash: scenarioHash(scenario), embedded: input };
    const resolved = resolveScenario({ scenario: ref });
    expect(resolved.ok && resolved.value).toEqual(scenario);
    const again = resolveScenario({ scenario: ref });
    expect(again.ok && resolved.ok && again.value).toBe(resolved.ok && resolved.value);
    const broken = { ...ref, embedded: { ...input, lastYear: 'soon' } };
    expect(resolveScenario({ scenario: broken }).ok).toBe(false);
  });

  it('a year’s events to draw from (event-draws.ts): the timeline’s of the year, the table’s eligible', () => {
    const scenario: Scenario = miniScenario((s) => {
      s.timeline = [
        { year: 2301, type: 'historic', title: 'First {party}', text: 'one' },
        { year: 2302, type: 'historic', title: 'Second', text: 'two' },
        { year: 2301, type: 'exposure' },
      ];
      s.eventTable = [
        { weight: 2, type: 'exposure', from: 2302 },
        { weight: 3, type: 'trade', kind: 'pact-offer', until: 2301 },
      ];
    });
    const y2301 = yearDraws(scenario.timeline, scenario.eventTable, 2301);
    expect(y2301.scripted.map((d) => d.index)).toEqual([0, 2]);
    // Each event's id, written once for the year: the timeline's by index, the table's by slot.
    expect(y2301.scripted.map((d) => d.id)).toEqual(['e2301-t0', 'e2301-t2']);
    expect(slotId(y2301, 2301, 1)).toBe('e2301-r1');
    expect(slotId(y2301, 2301, 0)).toBe('e2301-r0');
    expect(y2301.eligible.map((e) => e.type)).toEqual(['trade']);
    expect(y2301.total).toBe(3);
    // The scenario's words, or its type's (the pact offer's own for a trade event).
    expect(fill(y2301.scripted[0]?.words.title ?? [], { party: 'the Empire' })).toBe('First the Empire');
    expect(fill(y2301.scripted[1]?.words.title ?? [], {})).toBe('An intelligence leak');
    expect(fill(y2301.words[0]?.title ?? [], {})).toBe('A trade pact offered');
    const y2302 = yearDraws(scenario.timeline, scenario.eventTable, 2302);
    expect(y2302.scripted.map((d) => d.index)).toEqual([1]);
    expect(y2302.weights).toEqual([2]);
    // Another table with the same timeline is looked through on its own.
    const other = yearDraws(scenario.timeline, [], 2302);
    expect(other.eligible).toEqual([]);
    expect(other.scripted.map((d) => d.index)).toEqual([1]);
    const game = createGame(scenario, { seed: 'calendar' });
    expect(game.ok).toBe(true);
  });

  it('a template keeps an unknown name and an unclosed brace as written', () => {
    expect(fill(template('{a} and {b}, {c'), { a: 'Sol' })).toBe('Sol and {b}, {c');
    expect(fill(template(''), {})).toBe('');
  });
});
