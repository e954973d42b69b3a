// A form drawn from a field descriptor (src/editor/forms.ts): inputs for the schema's own types,
// bounds and defaults. Every change is one step of the history; text is always set as text.
import {
  addItem,
  addThirdPower,
  type Field,
  formatPath,
  getAt,
  type Json,
  type NameChoice,
  nameChoices,
  removeItem,
  setField,
  switchVariant,
} from '../../editor/index';
import { button, el } from '../ui/dom';
import { num } from '../ui/numbers';
import type { EditorSession } from './session';

/** A value as the form says it (a default, a choice): a number below zero with the minus sign, as every screen writes it. */
const show = (v: Json | undefined) =>
  v === null ? 'none' : v === undefined ? '' : typeof v === 'number' ? num(v) : String(v);

/** Problems by path, for marking fields: the sentence of the first at each. */
export type Marks = ReadonlyMap<string, string>;

export function renderField(session: EditorSession, f: Field, marks: Marks, depth = 0): HTMLElement {
  const path = formatPath(f.path);
  const set = (value: Json | undefined, what = `set ${f.label.toLowerCase()}`) => {
    const changes = setField(session.doc, f.path, value);
    // An event given another year moves to its place in the timeline: it stays open there.
    const moved = changes.find((c) => c.op === 'insert' && formatPath(c.path) === 'timeline');
    const was = formatPath(f.path.slice(0, 2));
    if (moved?.op === 'insert' && session.open.delete(was))
      session.open.add(formatPath(['timeline', moved.index]));
    // A system renamed stays selected, its form still on screen.
    const [m, list, , key] = f.path;
    const renamed = m === 'map' && list === 'systems' && key === 'id' && f.path.length === 4;
    if (renamed && typeof value === 'string' && session.selected === getAt(session.doc, f.path))
      session.selected = value;
    session.apply(what, changes);
  };
  const mark = marks.get(path);
  const wrap = (input: HTMLElement, ...extra: (HTMLElement | null)[]) => {
    const row = el('div', { class: `field${mark ? ' bad' : ''}`, title: mark ?? f.help ?? '' });
    row.dataset.path = path;
    const label = el('label', {}, f.label);
    if (input.id) label.setAttribute('for', input.id);
    row.append(label, input, ...extra.filter((x): x is HTMLElement => x !== null));
    if (f.help && depth > 0) row.append(el('div', { class: 'help dim' }, f.help));
    if (mark) row.append(el('div', { class: 'help bad-text' }, mark));
    return row;
  };
  const reset =
    f.default !== undefined && f.kind !== 'group' && f.kind !== 'list'
      ? button('↺', () => set(undefined, `reset ${f.label.toLowerCase()}`), {
          class: 'small',
          title: `Reset to the default (${show(f.default)})`,
          testid: `reset-${path}`,
        })
      : null;
  const id = `f-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  switch (f.kind) {
    case 'text': {
      const names = nameChoices(session.doc, f.path);
      if (names)
        return wrap(
          nameList(names, getAt(session.doc, f.path), { id, testid: `field-${path}`, label: f.label }, set),
          reset,
        );
      const input = el(f.long ? 'textarea' : 'input', { id, testid: `field-${path}`, label: f.label });
      input.value = f.value ?? '';
      if (f.max !== undefined) input.maxLength = f.max;
      if (f.default !== undefined) input.placeholder = show(f.default);
      // Handlers as properties, reading the node they fire on: the side panel is patched in place
      // (src/game/ui/patch.ts), so the node on screen may be an older one than `input`.
      input.onchange = (e) => {
        const v = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
        set(v === '' && (f.optional || f.nullable) ? (f.nullable ? null : undefined) : v);
      };
      if (f.nullable) input.placeholder = 'none';
      return wrap(input, reset);
    }
    case 'number': {
      const input = el('input', { id, testid: `field-${path}`, label: f.label });
      input.type = 'number';
      if (f.min !== undefined) input.min = String(f.min);
      if (f.max !== undefined) input.max = String(f.max);
      input.step = f.integer ? '1' : 'any';
      input.value = f.value === undefined ? '' : String(f.value);
      if (f.default !== undefined) input.placeholder = `${show(f.default)} (default)`;
      input.onchange = (e) => {
        const v = (e.currentTarget as HTMLInputElement).value;
        if (v === '') set(undefined);
        else if (Number.isFinite(Number(v))) set(Number(v));
      };
      return wrap(input, reset);
    }
    case 'boolean': {
      const input = el('input', { id, testid: `field-${path}`, label: f.label });
      input.type = 'checkbox';
      input.checked = f.value ?? f.default === true;
      input.onchange = (e) => set((e.currentTarget as HTMLInputElement).checked);
      return wrap(input, reset);
    }
    case 'choice': {
      const input = el('select', { id, testid: `field-${path}`, label: f.label });
      if (f.value === undefined) {
        const o = el('option', {}, f.default !== undefined ? `${show(f.default)} (default)` : '—');
        o.value = '\u0000';
        o.selected = true;
        input.append(o);
      }
      for (const opt of f.options) {
        const o = el('option', {}, show(opt));
        o.value = JSON.stringify(opt);
        o.selected = JSON.stringify(opt) === JSON.stringify(f.value);
        input.append(o);
      }
      input.onchange = (e) => {
        const chosen = (e.currentTarget as HTMLSelectElement).value;
        if (chosen === '\u0000') return;
        const value = JSON.parse(chosen) as Json;
        if (f.switchesVariant && typeof value === 'string') {
          const item = f.path.slice(0, -1);
          session.apply(
            `make it ${value}`,
            setField(session.doc, item, switchVariant(session.doc, item, value)),
          );
        } else set(value);
      };
      return wrap(input, reset);
    }
    case 'group': {
      const box = el('fieldset', { class: `group${mark ? ' bad' : ''}` }, el('legend', {}, f.label));
      box.dataset.path = path;
      if (f.help && depth <= 1) box.append(el('div', { class: 'help dim' }, f.help));
      // A group with a default (the rules, their costs) shows its fields: setting one makes the group.
      if (!f.present && f.optional && f.default === undefined) {
        box.append(
          button(`Add ${f.label.toLowerCase()}`, () => set({}), { class: 'small', testid: `add-${path}` }),
        );
        return box;
      }
      for (const c of f.children) box.append(renderField(session, c, marks, depth + 1));
      // An optional group added (a grade's own least scores) can be taken away again, whole.
      if (f.present && f.optional && f.default === undefined && f.path.length > 0)
        box.append(
          button(`Remove ${f.label.toLowerCase()}`, () => set(undefined), {
            class: 'small',
            testid: `drop-${path}`,
          }),
        );
      return box;
    }
    case 'list': {
      const box = el(
        'fieldset',
        { class: `list${mark ? ' bad' : ''}` },
        el('legend', {}, `${f.label} (${f.items.length})`),
      );
      box.dataset.path = path;
      if (f.help && depth <= 1) box.append(el('div', { class: 'help dim' }, f.help));
      if (mark) box.append(el('div', { class: 'help bad-text' }, mark));
      f.items.forEach((item, i) => {
        const entry = el('details', { class: 'item' });
        entry.dataset.path = formatPath(item.path);
        const key = formatPath(item.path);
        entry.open = f.items.length <= 3 || session.open.has(key);
        entry.ontoggle = (e) => {
          if ((e.currentTarget as HTMLDetailsElement).open) session.open.add(key);
          else session.open.delete(key);
        };
        const remove = button('Remove', () => undefined, {
          class: 'small',
          testid: `remove-${formatPath(item.path)}`,
        });
        // On the folded line itself, so that an item is removed without unfolding it; the click
        // does not also fold or unfold it.
        remove.onclick = (e) => {
          e.preventDefault();
          e.stopPropagation();
          session.apply(`remove ${f.label.toLowerCase()} #${i + 1}`, removeItem(session.doc, f.path, i));
        };
        // The title first, as a screen reader reads it (the button floated first read "Remove" before
        // it); one row drawn, Remove at the right of the title's first line (style.ts).
        const line = el('span', { class: 'line' }, el('span', { class: 'title' }, itemSummary(item)), remove);
        const summary = el('summary', {}, line);
        entry.append(summary, renderField(session, item, marks, depth + 1));
        box.append(entry);
      });
      if (f.items.length > 1 && (f.min ?? 0) === 0)
        box.append(
          button(
            `Remove all ${f.items.length}`,
            () => session.apply(`remove all of ${f.label.toLowerCase()}`, setField(session.doc, f.path, [])),
            { class: 'small', testid: `clear-${path}` },
          ),
        );
      const full = f.max !== undefined && f.items.length >= f.max;
      if (f.templates.length > 1) {
        const kind = el('select', {
          testid: `add-kind-${path}`,
          label: `Kind of new ${f.label.toLowerCase()}`,
        });
        for (const t of f.templates) {
          const o = el('option', {}, t.name);
          o.value = t.name;
          kind.append(o);
        }
        const add = button('Add', () => undefined, { class: 'small', testid: `add-${path}` });
        // The kind chosen in the select beside the button on screen (a patched panel keeps its own).
        add.onclick = (e) => {
          e.stopPropagation();
          const chosen = (e.currentTarget as HTMLElement).parentElement?.querySelector('select')?.value;
          const t = f.templates.find((x) => x.name === chosen);
          if (!t) return;
          // The new item opens, even in a long folded list: its fields are what the author fills next.
          session.open.add(formatPath([...f.path, f.items.length]));
          session.apply(`add ${t.name}`, addItem(session.doc, f.path, structuredClone(t.value)));
        };
        add.disabled = full;
        box.append(el('div', { class: 'row' }, kind, add));
      } else {
        const t = f.templates[0];
        const add = button(
          `Add to ${f.label.toLowerCase()}`,
          () => {
            if (t) session.open.add(formatPath([...f.path, f.items.length]));
            // A third power is added as the map's New third power adds one: an id and a name of its
            // own (playtest 30's Add gave "new" and no name, the map's button "power-1").
            if (t && path === 'thirdPowers')
              session.apply(`add to ${f.label.toLowerCase()}`, addThirdPower(session.doc).changes);
            else if (t)
              session.apply(
                `add to ${f.label.toLowerCase()}`,
                addItem(session.doc, f.path, structuredClone(t.value)),
              );
          },
          { class: 'small', testid: `add-${path}` },
        );
        add.disabled = full;
        box.append(add);
      }
      return box;
    }
  }
}

/** A list item's line when folded: its name, its type and year, or its number. */
function itemSummary(item: Field): string {
  if (item.kind !== 'group') return item.label;
  const value = (k: string) => item.children.find((c) => c.path.at(-1) === k);
  const text = (k: string) => {
    const c = value(k);
    return c && (c.kind === 'text' || c.kind === 'number' || c.kind === 'choice') && c.value !== undefined
      ? String(c.value)
      : undefined;
  };
  const parts = [text('type'), text('year'), text('name') ?? text('title') ?? text('id')].filter(Boolean);
  return parts.length > 0 ? `${item.label}: ${parts.join(' · ')}` : item.label;
}

/**
 * A field that names something of the scenario, as a list of what it has (src/editor/names.ts). Each
 * entry's value is the id it sets ('' for none), and the entry chosen is taken by its place, so that
 * an unknown empty id and "nobody" are never confused.
 */
function nameList(
  names: NameChoice[],
  value: Json | undefined,
  attrs: { id: string; testid: string; label: string },
  set: (value: Json | undefined) => void,
): HTMLSelectElement {
  const input = el('select', attrs);
  input.dataset.names = 'true';
  // The value held: the entry marked unknown if there is one (nameChoices puts it first), else its own.
  const unknown = names.findIndex((c) => c.unknown === true);
  const held = unknown >= 0 ? unknown : names.findIndex((c) => c.value === value);
  for (const [i, c] of names.entries()) {
    const o = el('option', c.unknown ? { class: 'unknown' } : {}, c.label);
    o.value = c.value ?? '';
    o.selected = i === held;
    input.append(o);
  }
  input.onchange = (e) => {
    const chosen = names[(e.currentTarget as HTMLSelectElement).selectedIndex];
    if (chosen) set(chosen.value);
  };
  return input;
}
