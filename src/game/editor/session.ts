// The scenario being edited on screen: its history, its problems (checked after every edit), what
// is selected, and the work in progress saved to the browser's storage as it is made.
import {
  blankScenario,
  type Change,
  type Checked,
  check,
  History,
  type Json,
  type Key,
  loadWork,
  type StorageLike,
  saveWork,
  timelineInYearOrder,
} from '../../editor/index';

export type Tool = 'move' | 'lane' | 'fleet' | 'owner';

export class EditorSession {
  history: History;
  checked: Checked;
  selected: string | null = null;
  /** The field to show and focus after a problem is clicked (its path). */
  focus: Key[] | null = null;
  tool: Tool = 'move';
  /** The power the Fleet and Owner tools place: a party or a third power's id, or null (no owner). */
  power: string | null = 'federation';
  /** The folded parts of the forms the author opened (by section or path): kept across redraws. */
  readonly open = new Set<string>(['The scenario']);
  /** Why the work could not be stored, if it could not: shown until a save succeeds. */
  storageProblem: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: StorageLike) {
    this.history = loadWork(storage) ?? new History(blankScenario());
    this.checked = check(this.history.doc);
  }

  get doc(): Json {
    return this.history.doc;
  }

  onChange(f: () => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  changed(): void {
    for (const f of this.listeners) f();
  }

  private afterEdit(): void {
    this.checked = check(this.history.doc);
    const saved = saveWork(this.storage, this.history);
    this.storageProblem = saved.ok ? null : saved.message;
    this.changed();
  }

  apply(label: string, changes: Change[]): void {
    if (changes.length === 0) return;
    this.history.apply(label, changes);
    this.afterEdit();
  }

  undo(): void {
    if (this.history.undo()) this.afterEdit();
  }

  redo(): void {
    if (this.history.redo()) this.afterEdit();
  }

  /** Open another scenario in the editor (its timeline in year order): one step, so that it too can be undone. */
  openScenario(label: string, doc: Json): void {
    this.selected = null;
    this.focus = null;
    this.apply(label, [{ op: 'set', path: [], value: timelineInYearOrder(doc) }]);
  }

  select(id: string | null): void {
    this.selected = id;
    this.focus = null;
    this.changed();
  }
}
