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

export function readScenarioFile(path: string): Result<Scenario, ScenarioError[]> {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_SCENARIO_CHARS * 4) {
      return {
        ok: false,
        error: [
          {
            path: '',
            code: 'scenario/too-large',
            message: `the file is ${size} bytes, too large for a scenario`,
          },
        ],
      };
    }
    text = readFileSync(path, 'utf8');
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
    return {
      ok: false,
      error: [{ path: '', code: 'scenario/unreadable', message: `cannot read the file (${why})` }],
    };
  }
  return parseScenarioText(text);
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
