// The editor's bar: open, undo and redo, the map tool, playtest, save, export, share, back.

import {
  blankScenario,
  exportText,
  getAt,
  type Json,
  listMyScenarios,
  type StorageLike,
  saveMyScenario,
} from '../../editor/index';
import {
  BUILTIN_SCENARIOS,
  builtinScenarioIds,
  LATER_SCENARIOS,
  loadBuiltinScenario,
  MAX_SCENARIO_CHARS,
  parseScenarioText,
} from '../../sim/index';
import type { GameStore } from '../../store/store';
import { button, clear, el, mount } from '../ui/dom';
import { autotestPanel } from './autotest-view';
import { editorHistory } from './back';
import { copyOf, myScenarioRow, replaceQuestion } from './my-scenarios';
import { playtestForm } from './playtest';
import { placeablePowers, powerKept, thirdPowerIds } from './powers';
import type { EditorSession, Tool } from './session';
import { encodeScenarioFragment } from './share-link';

export class EditorBar {
  readonly root: HTMLElement;
  private readonly status = el('span', { testid: 'editor-status', role: 'status' });
  private readonly undo: HTMLButtonElement;
  private readonly redo: HTMLButtonElement;
  private readonly tools = new Map<Tool, HTMLButtonElement>();
  /** The power the Fleet and Owner tools place. */
  private readonly power = el('select', { testid: 'tool-power', label: 'Power placed' });
  private readonly needValid: HTMLButtonElement[] = [];
  private dialog: (() => void) | null = null;

  /**
   * The id under My scenarios that the work was opened from or last saved to, in this page: Save
   * replaces that entry without asking, and asks before replacing any other (playtest 30: every
   * blank scenario is "my-scenario", and a second draft's Save deleted the first).
   */
  private savedAs: string | null = null;
  /** The notice that a file opened with problems: it goes once they are mended. */
  private problemsNotice: string | null = null;

  constructor(
    private readonly session: EditorSession,
    private readonly store: GameStore,
    private readonly storage: StorageLike,
  ) {
    const s = session;
    // The editor is an entry of the browser's history: Back returns to the title (editor/back.ts).
    editorHistory(store);
    this.undo = button('↶ Undo', () => s.undo(), { testid: 'editor-undo', title: 'Undo (Ctrl+Z)' });
    this.redo = button('↷ Redo', () => s.redo(), { testid: 'editor-redo', title: 'Redo (Ctrl+Y)' });
    const tool = (t: Tool, text: string, title: string) => {
      const b = button(
        text,
        () => {
          s.tool = t;
          s.changed();
        },
        { class: 'tool', testid: `tool-${t}`, title },
      );
      this.tools.set(t, b);
      return b;
    };
    const playtest = button('▶ Playtest', () => this.playtestDialog(), {
      class: 'primary',
      testid: 'editor-playtest',
    });
    const autotest = button('Auto-playtest', () => this.autotestDialog(), {
      testid: 'editor-autotest',
      title: 'Seeded AI games of this scenario, to see how it plays',
    });
    const save = button('Save', () => this.save(), {
      testid: 'editor-save',
      title: 'Keep it under My scenarios (on the New game screen)',
    });
    const exp = button('Export', () => this.export(), {
      testid: 'editor-export',
      title: 'Download the scenario as a .json file',
    });
    const share = button('Share link', () => void this.share(), {
      testid: 'editor-share',
      title: 'A link that opens this scenario',
    });
    this.needValid.push(playtest, autotest, save, exp, share);
    this.root = el(
      'div',
      { class: 'hud editor-bar', testid: 'editor-bar' },
      el('b', {}, 'Scenario editor'),
      button('Open…', () => this.openDialog(), { testid: 'editor-open' }),
      this.undo,
      this.redo,
      tool('move', 'Move', 'Click empty space to add a system, drag a system to move it'),
      tool('lane', 'Lane', 'Drag from one system to another to join them by a lane'),
      tool(
        'fleet',
        'Fleet',
        'Click a system to station a fleet of the power chosen beside; drag from a system to another to move one',
      ),
      tool('owner', 'Owner', 'Click a system to give it to the power chosen beside'),
      this.power,
      playtest,
      autotest,
      save,
      exp,
      share,
      button('Menu', () => this.store.goTo('title'), {
        testid: 'editor-menu',
        title: 'Back to the title (the work is kept)',
      }),
      this.status,
    );
  }

  draw(): void {
    const s = this.session;
    const h = s.history;
    this.undo.disabled = !h.canUndo;
    this.undo.title = h.canUndo ? `Undo ${h.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    this.redo.disabled = !h.canRedo;
    this.redo.title = h.canRedo ? `Redo ${h.redoLabel} (Ctrl+Y)` : 'Nothing to redo';
    for (const [t, b] of this.tools) b.classList.toggle('active', t === s.tool);
    this.drawPowers();
    const errors = s.checked.problems.filter((p) => p.severity === 'error').length;
    const warnings = s.checked.problems.length - errors;
    if (errors === 0 && this.store.store.getState().notice?.text === this.problemsNotice)
      this.store.clearNotice();
    for (const b of this.needValid) {
      b.dataset.title ??= b.title;
      b.disabled = errors > 0;
      b.title = errors > 0 ? 'Mend the errors first (see Problems)' : (b.dataset.title ?? '');
    }
    clear(this.status);
    this.status.append(
      el(
        'span',
        { class: `count${errors > 0 ? ' bad' : ''}`, testid: 'editor-errors' },
        `${errors} error${errors === 1 ? '' : 's'}`,
      ),
      ' · ',
      el(
        'span',
        { class: `count${warnings > 0 ? ' warn' : ''}` },
        `${warnings} warning${warnings === 1 ? '' : 's'}`,
      ),
    );
    if (s.storageProblem) this.status.append(' · ', el('span', { class: 'count bad' }, s.storageProblem));
  }

  /** The third powers' ids when the list was last drawn: a chosen power whose id changes is followed. */
  private thirdIds: (string | null)[] = [];

  /**
   * The powers of the scenario as it is now, to choose from (a third power added, removed or renamed
   * is in the list at once, and only a power the scenario has: powers.ts).
   */
  private drawPowers(): void {
    const s = this.session;
    const powers = placeablePowers(s.doc);
    s.power = powerKept(s.doc, s.power, this.thirdIds);
    this.thirdIds = thirdPowerIds(s.doc);
    const options = [...powers.map((p) => ({ value: p.id, text: p.name })), { value: '', text: 'no owner' }];
    const same =
      this.power.options.length === options.length &&
      options.every(
        (o, i) => this.power.options[i]?.value === o.value && this.power.options[i]?.text === o.text,
      );
    if (!same) {
      clear(this.power);
      for (const o of options) {
        const opt = el('option', {}, o.text);
        opt.value = o.value;
        this.power.append(opt);
      }
    }
    this.power.value = s.power ?? '';
    this.power.onchange = () => {
      s.power = this.power.value === '' ? null : this.power.value;
      if (s.tool !== 'fleet' && s.tool !== 'owner') s.tool = s.power === null ? 'owner' : 'fleet';
      s.changed();
    };
  }

  /** Close the dialog open, if any: false when none was. */
  closeDialog(): boolean {
    const open = this.dialog !== null;
    this.dialog?.();
    this.dialog = null;
    return open;
  }

  private showDialog(title: string, ...body: HTMLElement[]): HTMLElement {
    return this.showDialogThen(() => undefined, title, ...body);
  }

  /** A dialog, with what to do when it closes (a worker to stop). */
  private showDialogThen(onClose: () => void, title: string, ...body: HTMLElement[]): HTMLElement {
    this.closeDialog();
    const d = el(
      'div',
      { class: 'dialog editor-dialog', role: 'dialog', label: title, testid: 'editor-dialog' },
      el('h2', {}, title),
      ...body,
      el(
        'div',
        { class: 'row' },
        button('Close', () => this.closeDialog(), { testid: 'dialog-close' }),
      ),
    );
    d.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      // Closed here, and no further: the editor's Esc would unselect the system too.
      e.stopPropagation();
      this.closeDialog();
    });
    const unmount = mount(d);
    this.dialog = () => {
      onClose();
      unmount();
    };
    return d;
  }

  /** A file dropped on the editor: read as one picked in the Open dialog, its problems shown there. */
  dropFile(f: File): void {
    void this.readFile(f, this.openDialog());
  }

  private openDialog(): HTMLElement {
    const problems = el('div', { class: 'problems', testid: 'open-problems', role: 'alert' });
    const copy = el('select', { testid: 'open-builtin', label: 'A built-in scenario' });
    // Listed by title, as New game lists them (playtest 24 read the ids); the id is the value.
    const titled = [
      ...builtinScenarioIds().map((id) => {
        const r = loadBuiltinScenario(id);
        return { id, title: r.ok ? r.value.title : id };
      }),
      ...LATER_SCENARIOS.map((x) => ({ id: x.id, title: x.title })),
    ];
    for (const { id, title } of titled) {
      const o = el('option', {}, title);
      o.value = id;
      copy.append(o);
    }
    const file = el('input', { testid: 'open-file', label: 'A scenario file' });
    file.type = 'file';
    file.accept = '.json,application/json';
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) void this.readFile(f, problems);
    });
    const mine = el('div', {});
    for (const m of listMyScenarios(this.storage))
      mine.append(
        myScenarioRow(m, () => this.open(`open ${m.id}`, m.doc as Json, m.id), this.storage, problems),
      );
    this.showDialog(
      'Open a scenario',
      el('p', { class: 'dim' }, 'What is open now stays in the history: Undo brings it back.'),
      el(
        'div',
        { class: 'row' },
        button('New blank scenario', () => this.open('new blank scenario', blankScenario()), {
          testid: 'open-blank',
        }),
      ),
      el(
        'div',
        { class: 'row' },
        copy,
        button('Copy', () => void this.copyBuiltin(copy.value, problems), { testid: 'open-copy' }),
      ),
      el('div', { class: 'row' }, el('label', {}, 'A file'), file),
      problems,
      el('h3', {}, 'My scenarios'),
      mine.childElementCount > 0 ? mine : el('p', { class: 'dim' }, 'None saved yet.'),
    );
    return problems;
  }

  /** A copy of a scenario that ships with the game; one shipped as its own file is fetched first. */
  private async copyBuiltin(id: string, problems: HTMLElement): Promise<void> {
    if (Object.hasOwn(BUILTIN_SCENARIOS, id)) {
      this.open(`copy ${id}`, copyOf(BUILTIN_SCENARIOS[id]));
      return;
    }
    const later = LATER_SCENARIOS.find((x) => x.id === id);
    if (!later) return;
    try {
      this.open(`copy ${id}`, copyOf(await later.fetch()));
    } catch (e) {
      problems.textContent = `${later.title} could not be fetched (${String(e)}); try again.`;
    }
  }

  private open(label: string, doc: Json, savedAs: string | null = null): void {
    this.session.openScenario(label, doc);
    this.savedAs = savedAs;
    // A notice of the work before ("Saved under My scenarios: …") is not this one's (playtest 30).
    this.store.clearNotice();
    this.closeDialog();
  }

  /** A file is read only if it is small enough to be a scenario, then parsed; its problems are listed by path. */
  private async readFile(f: File, problems: HTMLElement): Promise<void> {
    problems.textContent = '';
    if (f.size > MAX_SCENARIO_CHARS * 4) {
      problems.textContent = `${f.name} is ${f.size} bytes: too large for a scenario (at most ${MAX_SCENARIO_CHARS} characters). Nothing was opened.`;
      return;
    }
    const text = await f.text();
    const r = parseScenarioText(text);
    let raw: Json | undefined;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
    } catch {
      raw = undefined;
    }
    if (r.ok) return this.open(`open ${f.name}`, raw as Json);
    // A file that is JSON but wrong is still opened, so that its problems can be mended here.
    const lines = r.error.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`));
    if (raw !== undefined && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      this.open(`open ${f.name}`, raw);
      this.problemsNotice = `${f.name} has ${lines.length} problem${lines.length > 1 ? 's' : ''}: see Problems.`;
      this.store.notify('error', this.problemsNotice);
      return;
    }
    problems.textContent = `${f.name} is not a scenario; nothing was opened:\n${lines.join('\n')}`;
  }

  private playtestDialog(): void {
    const scenario = this.session.checked.scenario;
    if (scenario) this.showDialog('Playtest', playtestForm(this.store, scenario));
  }

  private autotestDialog(): void {
    if (!this.session.checked.scenario) return;
    const panel = autotestPanel(this.session.doc);
    this.showDialogThen(panel.stop, 'Auto-playtest', panel.root);
  }

  private save(replace = false): void {
    const scenario = this.session.checked.scenario;
    if (!scenario) return;
    const other = listMyScenarios(this.storage).find((m) => m.id === scenario.id);
    if (other && this.savedAs !== scenario.id && !replace) {
      this.showDialog(
        'Replace a saved scenario?',
        ...replaceQuestion(
          other.title,
          scenario,
          () => this.save(true),
          () => this.closeDialog(),
        ),
      );
      return;
    }
    this.closeDialog();
    const r = saveMyScenario(this.storage, scenario.id, scenario.title, this.session.doc);
    if (r.ok) this.savedAs = scenario.id;
    this.store.notify(
      r.ok ? 'info' : 'error',
      r.ok ? `Saved under My scenarios: ${scenario.title}.` : r.message,
    );
  }

  private export(): void {
    if (!this.session.checked.scenario) return;
    const text = exportText(this.session.doc);
    const id = getAt(this.session.doc, ['id']);
    const a = el('a', {});
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = `${typeof id === 'string' ? id : 'scenario'}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private async share(): Promise<void> {
    if (!this.session.checked.scenario) return;
    const link = `${location.origin}${location.pathname}${await encodeScenarioFragment(this.session.doc)}`;
    document.body.dataset.shareLink = link;
    try {
      await navigator.clipboard.writeText(link);
      this.store.notify('info', 'The link to this scenario is copied.');
    } catch {
      this.store.notify('info', `The link to this scenario: ${link}`);
    }
  }
}
