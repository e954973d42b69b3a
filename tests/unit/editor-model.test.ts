import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLane,
  addSystem,
  blankScenario,
  check,
  deleteMyScenario,
  deleteSystem,
  formFor as describeField,
  exportText,
  type Field,
  getAt,
  History,
  type Json,
  lanesOf,
  listMyScenarios,
  loadWork,
  MY_SCENARIOS_KEY,
  moveSystem,
  parsePath,
  removeItem,
  type StorageLike,
  saveMyScenario,
  saveWork,
  scenarioSchema,
  setField,
  switchVariant,
  systemsOf,
  WORK_KEY,
} from '../../src/editor/index';
import { BUILTIN_SCENARIOS, parseScenarioText } from '../../src/sim/index';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

/** A blank scenario with one more system, joined to Earth. */
function withThird(): History {
  const h = new History(blankScenario());
  const added = addSystem(h.doc, 400, 300);
  h.apply('add', added.changes);
  h.apply('lane', addLane(h.doc, 'earth', added.id));
  return h;
}

function findField(f: Field, path: string): Field | undefined {
  if (f.path.join('.') === path) return f;
  const kids = f.kind === 'group' ? f.children : f.kind === 'list' ? f.items : [];
  for (const k of kids) {
    const found = findField(k, path);
    if (found) return found;
  }
  return undefined;
}

describe('editor edits', () => {
  it('a blank scenario is playable as it is', () => {
    const c = check(blankScenario());
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(c.scenario?.map.systems.map((s) => s.id)).toEqual(['earth', 'qonos']);
  });

  it('adds a system where clicked, with a fresh id, and joins it by a lane', () => {
    const h = withThird();
    const systems = systemsOf(h.doc);
    expect(systems).toHaveLength(3);
    expect(systems[2]).toMatchObject({ id: 'system-3', x: 400, y: 300, owner: null });
    expect(lanesOf(h.doc)).toEqual([
      ['earth', 'qonos'],
      ['earth', 'system-3'],
    ]);
    // A lane already there, or to itself, is no edit.
    expect(addLane(h.doc, 'system-3', 'earth')).toEqual([]);
    expect(addLane(h.doc, 'earth', 'earth')).toEqual([]);
  });

  it('moves a system within the map', () => {
    const h = withThird();
    h.apply('move', moveSystem(h.doc, 'system-3', 1200.4, -5));
    expect(systemsOf(h.doc)[2]).toMatchObject({ x: 1000, y: 0 });
  });

  it('deletes a system with every lane it has', () => {
    const h = withThird();
    h.apply('delete', deleteSystem(h.doc, 'earth'));
    expect(systemsOf(h.doc).map((s) => s.id)).toEqual(['qonos', 'system-3']);
    expect(lanesOf(h.doc)).toEqual([]);
  });

  it('renaming a system id renames it in its lanes', () => {
    const h = withThird();
    h.apply('rename', setField(h.doc, ['map', 'systems', 2, 'id'], 'vulcan'));
    expect(lanesOf(h.doc)).toEqual([
      ['earth', 'qonos'],
      ['earth', 'vulcan'],
    ]);
  });

  it('renaming a system id renames it where fleets lie and where events name it', () => {
    const h = withThird();
    h.apply('fleet and event', [
      {
        op: 'set',
        path: ['powers', 'federation', 'fleets'],
        value: [{ id: 'f1', location: 'system-3', strength: 3 }],
      },
      {
        op: 'set',
        path: ['timeline'],
        value: [{ type: 'disaster', year: 2295, victim: 'federation', system: 'system-3', need: 5 }],
      },
    ]);
    h.apply('rename', setField(h.doc, ['map', 'systems', 2, 'id'], 'vulcan'));
    expect(getAt(h.doc, ['powers', 'federation', 'fleets', 0, 'location'])).toBe('vulcan');
    expect(getAt(h.doc, ['timeline', 0, 'system'])).toBe('vulcan');
    // One step: Undo brings every name back.
    h.undo();
    expect(getAt(h.doc, ['powers', 'federation', 'fleets', 0, 'location'])).toBe('system-3');
    expect(getAt(h.doc, ['timeline', 0, 'system'])).toBe('system-3');
  });

  it('renaming a third power renames it on the worlds it holds and in the events that name it', () => {
    // Playtest 30 renamed "new" to "romulan", and its world was left held by "new".
    const h = withThird();
    h.apply('power', [
      {
        op: 'set',
        path: ['thirdPowers'],
        value: [{ id: 'new', name: 'Romulans', aggression: [{ from: 2293, level: 5 }] }],
      },
      { op: 'set', path: ['map', 'systems', 2, 'owner'], value: 'new' },
      {
        op: 'set',
        path: ['eventTable'],
        value: [{ type: 'incursion', weight: 1, attacker: 'new', victim: 'klingon', strength: 4 }],
      },
    ]);
    h.apply('rename', setField(h.doc, ['thirdPowers', 0, 'id'], 'romulan'));
    expect(getAt(h.doc, ['map', 'systems', 2, 'owner'])).toBe('romulan');
    expect(getAt(h.doc, ['eventTable', 0, 'attacker'])).toBe('romulan');
    expect(check(h.doc).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('switching an event type keeps the fields both types share', () => {
    const h = new History(blankScenario());
    const doc = h.doc as { [k: string]: Json };
    h.apply('event', [
      { op: 'set', path: ['timeline'], value: [{ type: 'exposure', year: 2295, title: 'A leak' }] },
    ]);
    const next = switchVariant(h.doc, ['timeline', 0], 'domestic');
    expect(next).toMatchObject({ type: 'domestic', year: 2295, title: 'A leak', faction: 'hawks' });
    expect(doc.timeline).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('undo takes every step back in order, redo puts them again, without a limit', () => {
    const h = new History(blankScenario());
    const states: string[] = [JSON.stringify(h.doc)];
    for (let i = 0; i < 300; i++) {
      h.apply(`add ${i}`, addSystem(h.doc, i, i).changes);
      states.push(JSON.stringify(h.doc));
    }
    for (let i = 299; i >= 0; i--) {
      expect(h.undo()).toBe(true);
      expect(JSON.stringify(h.doc)).toBe(states[i]);
    }
    expect(h.undo()).toBe(false);
    for (let i = 1; i <= 300; i++) {
      h.redo();
      expect(JSON.stringify(h.doc)).toBe(states[i]);
    }
  });

  it('a system deleted with its lanes comes back with them, in place', () => {
    const h = withThird();
    const before = JSON.stringify(h.doc);
    h.apply('delete', deleteSystem(h.doc, 'earth'));
    h.undo();
    expect(JSON.stringify(h.doc)).toBe(before);
  });

  it('a new edit drops what was undone', () => {
    const h = withThird();
    h.undo();
    expect(h.canRedo).toBe(true);
    h.apply('field', setField(h.doc, ['title'], 'Other'));
    expect(h.canRedo).toBe(false);
  });

  it('the history survives a reload through storage, and bad storage is refused', () => {
    const storage = memoryStorage();
    const h = withThird();
    h.apply('title', setField(h.doc, ['title'], 'Reloaded'));
    h.undo();
    expect(saveWork(storage, h)).toEqual({ ok: true });
    const back = loadWork(storage);
    expect(back?.doc).toEqual(h.doc);
    expect(back?.redo()).toBe(true);
    expect(getAt(back?.doc ?? null, ['title'])).toBe('Reloaded');
    back?.undo();
    back?.undo();
    back?.undo();
    expect(systemsOf(back?.doc ?? null)).toHaveLength(2);
    storage.setItem(WORK_KEY, '{"format":"khitomer-editor/1","doc":{},"done":"no"}');
    expect(loadWork(storage)).toBeNull();
    storage.setItem(WORK_KEY, 'not json');
    expect(loadWork(storage)).toBeNull();
  });

  it('a full storage is reported, not thrown', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const r = saveWork(full, withThird());
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/storage is full/);
  });
});

describe('My scenarios', () => {
  it('deletes one by id, keeps the others, and leaves no list once the last is deleted', () => {
    const storage = memoryStorage();
    expect(saveMyScenario(storage, 'a', 'First', blankScenario()).ok).toBe(true);
    expect(saveMyScenario(storage, 'b', 'Second', blankScenario()).ok).toBe(true);
    expect(deleteMyScenario(storage, 'a')).toEqual({ ok: true });
    expect(listMyScenarios(storage).map((m) => m.title)).toEqual(['Second']);
    expect(deleteMyScenario(storage, 'b')).toEqual({ ok: true });
    expect(listMyScenarios(storage)).toEqual([]);
    // The key itself is gone: a full storage gets its space back.
    expect(storage.data.has(MY_SCENARIOS_KEY)).toBe(false);
  });
});

describe('live validation', () => {
  it('maps an owner that is no power to its system, with a sentence', () => {
    const h = withThird();
    h.apply('owner', setField(h.doc, ['map', 'systems', 2, 'owner'], 'romulans'));
    const errors = check(h.doc).problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: 'map.systems[2].owner',
      keys: ['map', 'systems', 2, 'owner'],
      system: 'system-3',
      code: 'scenario/unknown-power',
    });
    expect(errors[0]?.sentence).toBe('System “System 3”, owner: "romulans" is not a power of this scenario');
    expect(check(h.doc).scenario).toBeNull();
  });

  it('years backwards are an error at the last year', () => {
    const h = new History(blankScenario());
    h.apply('years', setField(h.doc, ['lastYear'], 2290));
    const p = check(h.doc).problems.find((x) => x.severity === 'error');
    expect(p?.path).toBe('lastYear');
    expect(p?.sentence).toMatch(/^last year: 2290 is before the first year 2293/);
  });

  it('warns of a system no lane reaches and of a power with no shipyard', () => {
    const h = new History(blankScenario());
    h.apply('add', addSystem(h.doc, 500, 100).changes);
    h.apply('yard', setField(h.doc, ['map', 'systems', 1, 'shipyard'], false));
    const c = check(h.doc);
    expect(c.scenario).not.toBeNull();
    expect(c.problems.map((p) => [p.severity, p.code, p.system])).toEqual([
      ['warning', 'editor/unreachable', 'system-3'],
      ['warning', 'editor/no-shipyard', undefined],
    ]);
    // Named as the game names it (one declaration: the core's PARTY_TITLES).
    expect(c.problems[1]?.sentence).toBe('The Klingon Empire has no shipyard: it can build no fleet');
  });

  it('reads the parser’s paths', () => {
    expect(parsePath('map.lanes[12][1]')).toEqual(['map', 'lanes', 12, 1]);
    expect(parsePath('')).toEqual([]);
  });
});

describe('forms from the schema', () => {
  it('a system’s form has every field of the schema, with its bounds', () => {
    const f = describeField(blankScenario(), ['map', 'systems', 0]);
    expect(f?.kind).toBe('group');
    const names = f?.kind === 'group' ? f.children.map((c) => c.path.at(-1)) : [];
    expect(names).toEqual(['id', 'name', 'x', 'y', 'owner', 'output', 'zone', 'capital', 'shipyard']);
    const output = f && findField(f, 'map.systems.0.output');
    expect(output).toMatchObject({ kind: 'number', value: 3, min: 0, max: 100, integer: true });
    const owner = f && findField(f, 'map.systems.0.owner');
    expect(owner).toMatchObject({ kind: 'text', nullable: true, value: 'federation' });
    const zone = f && findField(f, 'map.systems.0.zone');
    expect(zone?.kind === 'choice' && zone.options).toContain('neutral-zone');
  });

  it('every rule shows its default, found in the schema, not written here', () => {
    const f = describeField(blankScenario(), ['rules']);
    const repeat = f && findField(f, 'rules.repeatPercent');
    expect(repeat).toMatchObject({ kind: 'number', default: 25, optional: true, value: undefined });
    const attack = f && findField(f, 'rules.costs.I/attack');
    expect(attack).toMatchObject({ kind: 'number', default: 25 });
  });

  it('every key of the rules block has its field, however many the schema holds', () => {
    const leaves = (node: Record<string, unknown>, path: string[]): string[] => {
      const props = node.properties as Record<string, Record<string, unknown>> | undefined;
      if (!props) return [path.join('.')];
      return Object.entries(props).flatMap(([k, p]) => leaves(p, [...path, k]));
    };
    const rules = (scenarioSchema().properties as Record<string, Record<string, unknown>>).rules ?? {};
    const expected = leaves(rules, ['rules']);
    expect(expected.length).toBeGreaterThan(20);
    const form = describeField(blankScenario(), ['rules']);
    const fields: string[] = [];
    const walk = (f: Field) => {
      if (f.kind === 'group') f.children.forEach(walk);
      else fields.push(f.path.join('.'));
    };
    if (form) walk(form);
    expect(fields.sort()).toEqual(expected.sort());
  });

  it('the timeline offers one new event per type, each one the parser accepts', () => {
    const f = describeField(blankScenario(), ['timeline']);
    expect(f?.kind).toBe('list');
    const templates = f?.kind === 'list' ? f.templates : [];
    expect(templates.map((t) => t.name)).toContain('disaster');
    expect(templates.map((t) => t.name)).toContain('historic');
    for (const t of templates) {
      const doc = { ...blankScenario(), timeline: [t.value] };
      const errors = check(doc).problems.filter((p) => p.severity === 'error');
      // A disaster needs its victim, an incursion a third power: named, at the event.
      for (const e of errors) expect(e.path.startsWith('timeline[0]')).toBe(true);
    }
    const item = describeField({ ...blankScenario(), timeline: [templates[0]?.value ?? null] }, [
      'timeline',
      0,
    ]);
    const type = item && findField(item, 'timeline.0.type');
    expect(type?.kind === 'choice' && type.switchesVariant).toBe(true);
  });
});

describe('export', () => {
  it('an edited scenario exports to a file the parser accepts, as edited', () => {
    const h = withThird();
    h.apply('owner', setField(h.doc, ['map', 'systems', 2, 'owner'], 'federation'));
    h.apply('title', setField(h.doc, ['title'], 'A test of the editor'));
    const r = parseScenarioText(exportText(h.doc));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.title).toBe('A test of the editor');
      expect(r.value.map.systems[2]).toMatchObject({ id: 'system-3', owner: 'federation', x: 400, y: 300 });
      expect(r.value.map.lanes).toEqual([
        ['earth', 'qonos'],
        ['earth', 'system-3'],
      ]);
    }
  });

  it('a built-in scenario copied and removed from loses nothing else', () => {
    const h = new History(structuredClone(BUILTIN_SCENARIOS['centennial-eve']) as Json);
    h.apply('remove', removeItem(h.doc, ['timeline'], 0));
    const r = parseScenarioText(exportText(h.doc));
    expect(r.ok).toBe(true);
    h.undo();
    expect(h.doc).toEqual(BUILTIN_SCENARIOS['centennial-eve']);
  });
});

describe('the history, under any sequence of edits (property)', () => {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      x: fc.integer({ min: -50, max: 1050 }),
      y: fc.integer({ min: 0, max: 1000 }),
    }),
    fc.record({ kind: fc.constant('move' as const), i: fc.nat(20), x: fc.integer({ min: 0, max: 1000 }) }),
    fc.record({ kind: fc.constant('delete' as const), i: fc.nat(20) }),
    fc.record({ kind: fc.constant('lane' as const), i: fc.nat(20), j: fc.nat(20) }),
    fc.record({
      kind: fc.constant('field' as const),
      i: fc.nat(20),
      value: fc.oneof(fc.string(), fc.constant(null)),
    }),
  );
  it('undo all gives back the start, redo all the end, and the stored history reloads the same', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const h = new History(blankScenario());
        const start = JSON.stringify(h.doc);
        for (const e of edits) {
          const ids = systemsOf(h.doc).map((s) => String(s.id));
          const id = (i: number) => ids[i % Math.max(1, ids.length)] ?? 'earth';
          if (e.kind === 'add') h.apply('add', addSystem(h.doc, e.x, e.y).changes);
          else if (e.kind === 'move') h.apply('move', moveSystem(h.doc, id(e.i), e.x, e.x));
          else if (e.kind === 'delete') h.apply('delete', deleteSystem(h.doc, id(e.i)));
          else if (e.kind === 'lane') h.apply('lane', addLane(h.doc, id(e.i), id(e.j)));
          else h.apply('owner', setField(h.doc, ['map', 'systems', e.i % 3, 'owner'], e.value));
          // Every lane joins systems that are there: a delete took its lanes with it.
          const present = new Set(systemsOf(h.doc).map((s) => s.id));
          for (const [a, b] of lanesOf(h.doc)) expect(present.has(a) && present.has(b)).toBe(true);
        }
        const end = JSON.stringify(h.doc);
        const storage = memoryStorage();
        saveWork(storage, h);
        const back = loadWork(storage);
        expect(JSON.stringify(back?.doc)).toBe(end);
        while (h.undo()) {
          // undo to the start
        }
        expect(JSON.stringify(h.doc)).toBe(start);
        while (back?.undo()) {
          // the reloaded history too
        }
        expect(JSON.stringify(back?.doc)).toBe(start);
        while (h.redo()) {
          // and forward again
        }
        expect(JSON.stringify(h.doc)).toBe(end);
      }),
      { numRuns: 150 },
    );
  });

  it('stored work that is not a history is refused, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const storage = memoryStorage();
        storage.setItem(WORK_KEY, JSON.stringify(raw));
        const h = loadWork(storage);
        expect(h === null || typeof h.canUndo === 'boolean').toBe(true);
      }),
    );
  });
});
