// The scenario being edited and its history: every edit is a step of small changes with their
// inverse, so undo and redo have no limit, cost little memory and survive a reload as JSON.
import { z } from 'zod';
import { getAt, type Json, type Path, setAt, spliceAt } from './json';

/** One change to the document: a value set (or a key dropped), or an item put into or taken from a list. */
export type Change =
  | { op: 'set'; path: Key[]; value?: Json }
  | { op: 'insert'; path: Key[]; index: number; value: Json }
  | { op: 'remove'; path: Key[]; index: number };
type Key = string | number;

export interface Step {
  /** What the author did, in words: "add system Sol". */
  label: string;
  changes: Change[];
  inverse: Change[];
}

export function applyChange(doc: Json, c: Change): Json {
  switch (c.op) {
    case 'set':
      return setAt(doc, c.path, c.value);
    case 'insert':
      return spliceAt(doc, c.path, c.index, c.value);
    case 'remove':
      return spliceAt(doc, c.path, c.index, undefined);
  }
}

/** The change that undoes `c` on `doc` (the document before `c`). */
function inverseOf(doc: Json, c: Change): Change {
  switch (c.op) {
    case 'set': {
      // Setting a value under a key that is not there makes the objects on the way: undo drops the
      // first of them, so that the document comes back exactly as it was.
      for (let k = 1; k <= c.path.length; k++) {
        if (getAt(doc, c.path.slice(0, k)) === undefined) return { op: 'set', path: c.path.slice(0, k) };
      }
      return { op: 'set', path: c.path, value: getAt(doc, c.path) ?? null };
    }
    case 'insert':
      return { op: 'remove', path: c.path, index: c.index };
    case 'remove':
      return { op: 'insert', path: c.path, index: c.index, value: getAt(doc, [...c.path, c.index]) ?? null };
  }
}

const JsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(JsonValue),
    z.record(z.string(), JsonValue),
  ]),
);
const PathSchema = z.array(z.union([z.string(), z.number().int().min(0)])).max(50);
const ChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path: PathSchema, value: JsonValue.optional() }),
  z.object({ op: z.literal('insert'), path: PathSchema, index: z.number().int().min(0), value: JsonValue }),
  z.object({ op: z.literal('remove'), path: PathSchema, index: z.number().int().min(0) }),
]);
const StepSchema = z.object({
  label: z.string().max(200),
  changes: z.array(ChangeSchema),
  inverse: z.array(ChangeSchema),
});
/** The work in progress as stored: the document, the steps done (to undo) and undone (to redo). */
export const WorkSchema = z.object({
  format: z.literal('khitomer-editor/1'),
  doc: JsonValue,
  done: z.array(StepSchema),
  undone: z.array(StepSchema),
});
export type Work = z.infer<typeof WorkSchema>;

export class History {
  private done: Step[] = [];
  private undone: Step[] = [];

  constructor(private current: Json) {}

  get doc(): Json {
    return this.current;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The label of the step undo would take back, for the button's title. */
  get undoLabel(): string | undefined {
    return this.done[this.done.length - 1]?.label;
  }

  get redoLabel(): string | undefined {
    return this.undone[this.undone.length - 1]?.label;
  }

  get length(): number {
    return this.done.length;
  }

  /** Make an edit: its changes in order, as one step of the history. Nothing changed, no step. */
  apply(label: string, changes: readonly Change[]): void {
    if (changes.length === 0) return;
    const inverse: Change[] = [];
    let doc = this.current;
    for (const c of changes) {
      inverse.unshift(inverseOf(doc, c));
      doc = applyChange(doc, c);
    }
    this.current = doc;
    this.done.push({ label, changes: [...changes], inverse });
    this.undone = [];
  }

  undo(): boolean {
    const step = this.done.pop();
    if (!step) return false;
    for (const c of step.inverse) this.current = applyChange(this.current, c);
    this.undone.push(step);
    return true;
  }

  redo(): boolean {
    const step = this.undone.pop();
    if (!step) return false;
    for (const c of step.changes) this.current = applyChange(this.current, c);
    this.done.push(step);
    return true;
  }

  toJSON(): Work {
    return { format: 'khitomer-editor/1', doc: this.current, done: this.done, undone: this.undone };
  }

  /** A history read back from storage: parsed, never trusted; null if it is not one. */
  static restore(raw: unknown): History | null {
    const r = WorkSchema.safeParse(raw);
    if (!r.success) return null;
    const h = new History(r.data.doc);
    h.done = r.data.done as Step[];
    h.undone = r.data.undone as Step[];
    return h;
  }
}

export type { Path };
