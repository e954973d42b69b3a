// Plain JSON values and paths into them: the scenario being edited is raw input, not a validated
// Scenario, because it is allowed to be wrong while it is being made.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Key = string | number;
export type Path = readonly Key[];

export function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function getAt(root: Json, path: Path): Json | undefined {
  let at: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key];
    else if (isObject(at) && typeof key === 'string' && Object.hasOwn(at, key)) at = at[key];
    else return undefined;
  }
  return at;
}

/**
 * A copy of `root` with the value at `path` replaced (or its key dropped for `undefined`): only the
 * objects on the path are copied, so a history of edits shares the rest of the document.
 */
export function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [key, ...rest] = path;
  if (Array.isArray(root) && typeof key === 'number') {
    // A list gets no holes: a path past its end (but the next place) changes nothing.
    if (key > root.length || key < 0) return root;
    const copy = root.slice();
    const next = setAt(root[key] ?? null, rest, value);
    if (value === undefined && rest.length === 0) copy.splice(key, 1);
    else copy[key] = next;
    return copy;
  }
  const obj: JsonObject = isObject(root) ? { ...root } : {};
  const k = String(key);
  if (value === undefined && rest.length === 0) delete obj[k];
  else obj[k] = setAt(obj[k] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  return obj;
}

/** Insert into (or, with `value` undefined, remove from) the array at `path`. */
export function spliceAt(root: Json, path: Path, index: number, value: Json | undefined): Json {
  const list = getAt(root, path);
  const copy = Array.isArray(list) ? list.slice() : [];
  if (value === undefined) copy.splice(index, 1);
  else copy.splice(index, 0, value);
  return setAt(root, path, copy);
}

/** `map.systems[4].owner` → ['map', 'systems', 4, 'owner'] (the parser's path format). */
export function parsePath(text: string): Key[] {
  const out: Key[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

export function formatPath(path: Path): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => k === path[i]);
}
