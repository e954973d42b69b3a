// Loading a scenario by built-in id or by path, for the command-line tools.
import { readFileSync, statSync } from 'node:fs';
import {
  builtinScenarioIds,
  formatScenarioError,
  loadBuiltinScenario,
  MAX_SCENARIO_CHARS,
  parseScenarioText,
  type Result,
  type Scenario,
  type ScenarioError,
} from '../sim/index';

/**
 * A file's text, or why it cannot be read. A file larger than `maxChars` could hold (4 bytes a
 * character at most in UTF-8) is not read at all.
 */
export function readTextFile(path: string, maxChars: number, what: string): Result<string, string> {
  try {
    const size = statSync(path).size;
    if (size > maxChars * 4) return { ok: false, error: `the file is ${size} bytes, too large for ${what}` };
    return { ok: true, value: readFileSync(path, 'utf8') };
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

/** A built-in id (`khitomer-accords`) or a path to a file. */
export function loadScenario(idOrPath: string): Result<Scenario, ScenarioError[]> {
  if (builtinScenarioIds().includes(idOrPath)) return loadBuiltinScenario(idOrPath);
  if (idOrPath.endsWith('.json') || idOrPath.includes('/')) return readScenarioFile(idOrPath);
  return {
    ok: false,
    error: [
      {
        path: '',
        code: 'scenario/unknown-id',
        message: `"${idOrPath}" is neither a built-in scenario (${builtinScenarioIds().join(', ')}) nor a .json file`,
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
