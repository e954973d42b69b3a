// The work in progress, kept in the browser's storage as it is made (through a Storage-like
// interface, so tests give their own), and the scenarios an author saved under "My scenarios".
import { z } from 'zod';
import { History } from './history';
import type { Json } from './json';
import { MY_SCENARIOS_KEY, WORK_KEY } from './keys';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export { MY_SCENARIOS_KEY, WORK_KEY };

/** The work in progress is refused past this size: more than any scenario and a long history. */
export const MAX_WORK_CHARS = 8_000_000;

export type Saved = { ok: true } | { ok: false; message: string };

function write(storage: StorageLike, key: string, text: string): Saved {
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (e) {
    const quota = e instanceof Error && /quota/i.test(`${e.name} ${e.message}`);
    return {
      ok: false,
      message: quota
        ? 'The browser’s storage is full: the work stays open here; export it to keep it.'
        : 'The browser would not store the work: it stays open here; export it to keep it.',
    };
  }
}

export function saveWork(storage: StorageLike, history: History): Saved {
  return write(storage, WORK_KEY, JSON.stringify(history.toJSON()));
}

/** The work in progress from storage, or null (none, or not readable: then it is left as it is). */
export function loadWork(storage: StorageLike): History | null {
  let text: string | null;
  try {
    text = storage.getItem(WORK_KEY);
  } catch {
    return null;
  }
  if (text === null || text.length > MAX_WORK_CHARS) return null;
  try {
    return History.restore(JSON.parse(text));
  } catch {
    return null;
  }
}

const MyScenariosSchema = z
  .array(z.object({ id: z.string().max(64), title: z.string().max(200), doc: z.unknown() }))
  .max(200);
export interface MyScenario {
  id: string;
  title: string;
  doc: unknown;
}

export function listMyScenarios(storage: StorageLike): MyScenario[] {
  try {
    const text = storage.getItem(MY_SCENARIOS_KEY);
    if (text === null || text.length > MAX_WORK_CHARS) return [];
    const r = MyScenariosSchema.safeParse(JSON.parse(text));
    return r.success ? (r.data as MyScenario[]) : [];
  } catch {
    return [];
  }
}

/** Save (or replace, by id) a scenario under My scenarios. */
export function saveMyScenario(storage: StorageLike, id: string, title: string, doc: Json): Saved {
  const list = listMyScenarios(storage).filter((s) => s.id !== id);
  list.unshift({ id, title, doc });
  return write(storage, MY_SCENARIOS_KEY, JSON.stringify(list));
}

/** Delete a scenario from My scenarios; the last one deleted leaves no list behind (a full storage frees its space). */
export function deleteMyScenario(storage: StorageLike, id: string): Saved {
  const left = listMyScenarios(storage).filter((s) => s.id !== id);
  if (left.length > 0) return write(storage, MY_SCENARIOS_KEY, JSON.stringify(left));
  try {
    storage.removeItem(MY_SCENARIOS_KEY);
    return { ok: true };
  } catch {
    return { ok: false, message: 'The browser would not delete it from its storage.' };
  }
}

/** The scenario as a file: pretty JSON, the form `npm run validate` reads. */
export function exportText(doc: Json): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
