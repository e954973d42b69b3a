// The editor's side panel: the selected system, the rest of the scenario as forms from the schema,
// and the problems, each of which selects what is at fault when clicked.
import {
  addFleet,
  addThirdPower,
  deleteSystem,
  fleetsOf,
  formatPath,
  formFor,
  getAt,
  isObject,
  lanesOf,
  type Problem,
  powersOf,
  removeFleet,
  removeLane,
  scenarioSchema,
  systemIndex,
} from '../../editor/index';
import { button, el } from '../ui/dom';
import { patchChildren } from '../ui/patch';
import { type Marks, renderField } from './form-view';
import { mayPlace } from './powers';
import type { EditorSession } from './session';

export type Tab = 'system' | 'scenario' | 'problems';

/** The scenario's fields outside the map, in the schema's order: the "general" ones together. */
function sections(): { title: string; keys: string[] }[] {
  const keys = Object.keys((scenarioSchema().properties ?? {}) as object).filter(
    (k) => k !== '$schema' && k !== 'map',
  );
  const general: string[] = [];
  const out: { title: string; keys: string[] }[] = [{ title: 'The scenario', keys: general }];
  const root = scenarioSchema().properties as Record<string, { type?: unknown }>;
  for (const k of keys) {
    const t = root[k]?.type;
    if (t === 'object' || t === 'array') out.push({ title: k, keys: [k] });
    else general.push(k);
  }
  return out;
}

export class EditorSide {
  readonly root: HTMLElement;
  private readonly tabs: HTMLElement;
  private readonly body: HTMLElement;
  tab: Tab = 'scenario';
  /** The panel being built, before it is laid over the one on screen. */
  private out: HTMLElement = el('div', {});

  constructor(private readonly session: EditorSession) {
    this.tabs = el('div', { class: 'tabs', role: 'tablist' });
    this.body = el('div', { class: 'body', testid: 'editor-panel' });
    this.root = el(
      'aside',
      { class: 'side editor-side', testid: 'editor-side', label: 'Scenario' },
      this.tabs,
      this.body,
    );
  }

  show(tab: Tab): void {
    this.tab = tab;
    this.draw();
  }

  draw(): void {
    const s = this.session;
    const problems = s.checked.problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const tabs = el('div', {});
    const tab = (t: Tab, text: string) => {
      const b = button(text, () => this.show(t), { testid: `editor-tab-${t}`, role: 'tab' });
      if (t === this.tab) b.classList.add('active');
      b.setAttribute('aria-selected', String(t === this.tab));
      tabs.append(b);
    };
    tab('system', s.selected ? 'System' : 'Map');
    tab('scenario', 'Scenario');
    tab(
      'problems',
      `Problems (${problems.length}${errors > 0 ? `, ${errors} error${errors > 1 ? 's' : ''}` : ''})`,
    );
    const marks = new Map<string, string>();
    for (const p of problems) if (!marks.has(p.path)) marks.set(p.path, p.sentence);
    // Built afresh, then laid over the panel on screen: the field being typed in, its focus and the
    // panel's scroll stay where they are after every edit.
    this.out = el('div', {});
    if (this.tab === 'system') this.drawSystem(marks);
    else if (this.tab === 'scenario') this.drawScenario(marks);
    else this.drawProblems(problems);
    patchChildren(this.tabs, tabs);
    patchChildren(this.body, this.out);
    this.focusField();
  }

  private drawSystem(marks: Marks): void {
    const s = this.session;
    const i = s.selected === null ? -1 : systemIndex(s.doc, s.selected);
    if (i < 0) {
      this.out.append(
        el('h3', {}, 'The map'),
        el(
          'p',
          {},
          'Click empty space to add a system. Drag a system to move it; with the Lane tool, drag from one system to another to join them. Click a system to edit it; Delete removes it with its lanes.',
        ),
        el(
          'p',
          {},
          'Third powers and fleets are placed the same way: choose a power beside the tools, then with Fleet click a system to station a fleet there (drag from one system to another to move it), and with Owner click a system to give it to that power.',
        ),
        el('p', { class: 'dim' }, 'Drag empty space to pan; scroll to zoom.'),
        button(
          'New third power',
          () => {
            const thirds = getAt(s.doc, ['thirdPowers']);
            // Its form opens in the Scenario tab, however many third powers are folded there.
            s.open.add(formatPath(['thirdPowers', Array.isArray(thirds) ? thirds.length : 0]));
            const added = addThirdPower(s.doc);
            s.apply(`add ${added.id}`, added.changes);
            if (added.id) {
              s.power = added.id;
              s.tool = 'owner';
              s.changed();
            }
          },
          { testid: 'add-third-power', title: 'A power that is not a player: its systems, fleets and eras' },
        ),
      );
      return;
    }
    const id = s.selected as string;
    const form = formFor(s.doc, ['map', 'systems', i], 'System');
    // The way back to the whole map and its tools (New third power): Esc does the same.
    this.out.append(
      button('← The map (Esc)', () => s.select(null), {
        testid: 'editor-unselect',
        title: 'Unselect this system: the map’s own tools and help',
      }),
    );
    if (form) this.out.append(renderField(s, form, marks));
    const lanes = el('fieldset', { class: 'list' }, el('legend', {}, 'Lanes'));
    for (const [a, b] of lanesOf(s.doc)) {
      if (a !== id && b !== id) continue;
      const other = a === id ? b : a;
      lanes.append(
        el(
          'div',
          { class: 'row' },
          el('span', {}, `to ${nameOf(s, other)}`),
          button('Remove', () => s.apply(`remove lane ${a}–${b}`, removeLane(s.doc, a, b)), {
            class: 'small',
            testid: `remove-lane-${other}`,
          }),
        ),
      );
    }
    const fleets = el('fieldset', { class: 'list' }, el('legend', {}, 'Fleets here'));
    const names = new Map(powersOf(s.doc).map((p) => [p.id, p.name]));
    for (const f of fleetsOf(s.doc)) {
      if (f.location !== id) continue;
      const form = formFor(s.doc, [...f.listPath, f.index], `${names.get(f.owner) ?? f.owner} fleet`);
      if (form) fleets.append(renderField(s, form, marks));
      fleets.append(
        button('Remove this fleet', () => s.apply(`remove ${f.id}`, removeFleet(s.doc, f)), {
          class: 'small',
          testid: `remove-fleet-${f.id}`,
        }),
      );
    }
    const power = s.power;
    if (power !== null && mayPlace(s.doc, power))
      fleets.append(
        button(
          `Station a ${names.get(power) ?? power} fleet here`,
          () => {
            const added = addFleet(s.doc, power, id);
            s.apply(`station ${added.id} at ${id}`, added.changes);
          },
          { class: 'small', testid: 'add-fleet-here' },
        ),
      );
    this.out.append(
      lanes,
      fleets,
      button(
        'Delete system',
        () => {
          s.apply(`delete ${id}`, deleteSystem(s.doc, id));
          s.select(null);
        },
        { testid: 'delete-system' },
      ),
    );
  }

  private drawScenario(marks: Marks): void {
    const s = this.session;
    const focus = s.focus ? formatPath(s.focus) : '';
    for (const sec of sections()) {
      const box = el('details', { class: 'section' }, el('summary', {}, humanTitle(sec.title)));
      box.dataset.section = sec.title;
      if (sec.keys.some((k) => focus === k || focus.startsWith(`${k}.`) || focus.startsWith(`${k}[`)))
        s.open.add(sec.title);
      box.open = s.open.has(sec.title);
      box.ontoggle = (e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) s.open.add(sec.title);
        else s.open.delete(sec.title);
      };
      for (const k of sec.keys) {
        const f = formFor(s.doc, [k]);
        if (f) box.append(renderField(s, f, marks));
      }
      this.out.append(box);
    }
  }

  private drawProblems(problems: Problem[]): void {
    if (problems.length === 0) {
      this.out.append(
        el('p', { testid: 'no-problems' }, 'No problems: the scenario can be played and exported.'),
      );
      return;
    }
    problems.forEach((p, i) => {
      const b = button(
        `${p.severity === 'error' ? '✗ Error' : '⚠ Warning'} — ${p.sentence}`,
        () => this.goTo(p),
        {
          class: `problem ${p.severity}`,
          testid: `problem-${i}`,
          title: p.path === '' ? 'the whole scenario' : p.path,
        },
      );
      this.out.append(b);
    });
  }

  /** Select what a problem is about: its system on the map, or its field in the forms. */
  goTo(p: Problem): void {
    const s = this.session;
    if (p.system !== undefined && systemIndex(s.doc, p.system) >= 0) {
      s.selected = p.system;
      s.focus = p.keys;
      this.tab = 'system';
    } else {
      s.focus = p.keys;
      this.tab = 'scenario';
    }
    s.changed();
  }

  /** After a problem is clicked: the field at its path (or the nearest around it) in view and focused. */
  private focusField(): void {
    const s = this.session;
    if (!s.focus) return;
    for (let n = s.focus.length; n > 0; n--) {
      const path = formatPath(s.focus.slice(0, n));
      const node = [...this.body.querySelectorAll<HTMLElement>('[data-path]')].find(
        (x) => x.dataset.path === path,
      );
      if (!node) continue;
      for (let up = node.parentElement; up; up = up.parentElement)
        if (up instanceof HTMLDetailsElement) up.open = true;
      node.classList.add('focused');
      // Focused once: a later redraw (after an edit) leaves the author where they are.
      s.focus = null;
      node.scrollIntoView({ block: 'center' });
      node.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
      return;
    }
  }
}

function nameOf(s: EditorSession, id: string): string {
  const i = systemIndex(s.doc, id);
  const sys = i >= 0 ? getAt(s.doc, ['map', 'systems', i]) : undefined;
  return isObject(sys) && typeof sys.name === 'string' ? sys.name : id;
}

const TITLES: Readonly<Record<string, string>> = {
  powers: 'Powers',
  thirdPowers: 'Third powers',
  timeline: 'Timeline (scripted events)',
  eventTable: 'Random events',
  rules: 'Rules',
  grades: 'Grades',
  sides: 'Sides',
};
const humanTitle = (k: string) =>
  TITLES[k] ?? k.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
