// Loading a scenario by built-in id or by path, for the command-line tools.
import { closeSync, openSync, readSync } from 'node:fs';
import {
  builtinScenarioIds,
  formatScenarioError,
  LATER_SCENARIOS,
  loadBuiltinScenario,
  loadLaterScenario,
  MAX_SCENARIO_CHARS,
  parseScenarioText,
  type Result,
  type Scenario,
  type ScenarioError,
} from '../sim/index';

/** How long to wait for a pipe with nothing in it yet, between tries. */
const PIPE_WAIT_MS = 5;
const nap = new Int32Array(new SharedArrayBuffer(4));

/**
 * A file's text, or why it cannot be read. Whatever the file is (a regular file, a pipe,
 * `/dev/zero`, a terminal), it is read in chunks and never past the most bytes `maxChars`
 * characters can take in UTF-8 (three a character): its size on disk is not trusted, since a pipe or
 * a device has none.
 */
export function readTextFile(path: string, maxChars: number, what: string): Result<string, string> {
  const maxBytes = maxChars * 3;
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 16, maxBytes + 1 - size));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        Atomics.wait(nap, 0, 0, PIPE_WAIT_MS);
        continue;
      }
      if (n === 0) break;
      size += n;
      if (size > maxBytes) {
        return { ok: false, error: `the file is larger than ${maxBytes} bytes, too large for ${what}` };
      }
      chunks.push(chunk.subarray(0, n));
    }
    return { ok: true, value: Buffer.concat(chunks, size).toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? e);
    return { ok: false, error: `cannot read the file (${why})` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function readScenarioFile(path: string): Result<Scenario, ScenarioError[]> {
  const text = readTextFile(path, MAX_SCENARIO_CHARS, 'a scenario');
  if (!text.ok) {
    const code = text.error.startsWith('cannot read') ? 'scenario/unreadable' : 'scenario/too-large';
    return { ok: false, error: [{ path: '', code, message: text.error }] };
  }
  return parseScenarioText(text.value);
}

/** Parse the command line, or stop with the problem and the usage (never a stack trace). */
export function parseOrDie<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (e) {
    die(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
}

/**
 * Every scenario that ships with the game, by id: those of the first download and the later ones
 * (fetched when chosen in the browser). Read from the core's two lists, so a scenario added there
 * is known to every tool (the issue found `dominion-war` refused by all of them).
 */
export function shippedScenarioIds(): string[] {
  return [...builtinScenarioIds(), ...LATER_SCENARIOS.map((x) => x.id)];
}

/** A shipped scenario's id (`khitomer-accords`, `dominion-war`…) or a path to a file. */
export async function loadScenario(idOrPath: string): Promise<Result<Scenario, ScenarioError[]>> {
  if (builtinScenarioIds().includes(idOrPath)) return loadBuiltinScenario(idOrPath);
  if (LATER_SCENARIOS.some((x) => x.id === idOrPath)) return loadLaterScenario(idOrPath);
  if (idOrPath.endsWith('.json') || idOrPath.includes('/')) return readScenarioFile(idOrPath);
  return {
    ok: false,
    error: [
      {
        path: '',
        code: 'scenario/unknown-id',
        message: `"${idOrPath}" is neither a scenario that ships with the game (${shippedScenarioIds().join(', ')}) nor a .json file`,
      },
    ],
  };
}

export function printScenarioErrors(where: string, errors: ScenarioError[]): void {
  for (const e of errors) process.stderr.write(`${where}: ${formatScenarioError(e)}\n`);
}

/** Fail with a clear message and exit code, never a stack trace. */
export function die(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
