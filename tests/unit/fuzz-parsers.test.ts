// Every parser of outside input fuzzed with a fixed budget and a fixed seed (STYLE.md habit 8): a
// scenario file, a replay file, a share link and a save, each mutated at a path drawn from a real
// one — so a field added to a format is fuzzed without a new test. None may throw; every refusal
// says where and why; whatever is accepted round-trips or verifies.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGame, parseScenario, parseScenarioText, RULES_VERSION } from '../../src/sim/index';
import {
  encodeReplay,
  parseReplayText,
  recordGame,
  scenarioHash,
  verifyReplay,
} from '../../src/sim/replay/index';
import { readSave, SAVE_KEY } from '../../src/store/save';
import { decodeShareFragment, encodeShareFragment, SHARE_PREFIX } from '../../src/store/share';
import { builtin } from './fixtures';

const SEED = 17;
type Path = (string | number)[];
// biome-ignore lint/suspicious/noExplicitAny: the fuzzer edits JSON at arbitrary paths on purpose.
type Loose = any;

/** Every path in a JSON value, the root left out. */
function pathsOf(value: unknown): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (path.length > 0) out.push(path);
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  return out;
}

/** A path as the parsers print it: `map.systems[4].owner`. */
const pathText = (path: Path) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** A value put where another was: of any JSON type, or none (the field removed). */
const replacement = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer({ min: -1, max: 10_000 }),
  fc.string({ maxLength: 12 }),
);

/** A copy of `base` with the value at `path` replaced (or removed), as text. */
function mutated(base: unknown, path: Path, value: unknown): string {
  const copy = JSON.parse(JSON.stringify(base)) as Loose;
  let at = copy;
  for (const p of path.slice(0, -1)) at = at[p];
  const key = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(at)) at.splice(Number(key), 1);
    else delete at[key];
  } else at[key] = value;
  return JSON.stringify(copy);
}

/** Text damaged as a file is: cut short, a byte-order mark, stray characters. */
const damage = fc.oneof(
  fc.record({ cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ bom: fc.constant(true) }),
  fc.record({
    insert: fc.string({ minLength: 1, maxLength: 3 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);
function damaged(text: string, d: { cut?: number; bom?: boolean; insert?: string; at?: number }): string {
  if (d.cut !== undefined) return text.slice(0, Math.floor(text.length * d.cut));
  if (d.bom) return `\ufeff${text}`;
  const at = Math.floor(text.length * (d.at ?? 0));
  return text.slice(0, at) + (d.insert ?? '') + text.slice(at);
}

const eve = builtin('centennial-eve');
const eveReplay = (() => {
  const r = recordGame(eve, { seed: 'fuzz', policies: { federation: 'random', klingon: 'random' } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.replay;
})();

describe('fuzzing the parsers (seeded, fixed budget)', () => {
  it('scenario files: never thrown, every problem with its path, anything accepted round-trips', () => {
    const base = JSON.parse(JSON.stringify(eve)) as unknown;
    const paths = pathsOf(base);
    const check = (text: string, replaced?: Path) => {
      const r = parseScenarioText(text);
      if (r.ok) {
        const again = parseScenario(JSON.parse(JSON.stringify(r.value)));
        expect(again.ok && scenarioHash(again.value)).toBe(scenarioHash(r.value));
        expect(r.value.lastYear - r.value.firstYear).toBeLessThanOrEqual(1000);
      } else {
        expect(r.error.length).toBeGreaterThan(0);
        for (const e of r.error) {
          expect(typeof e.path).toBe('string');
          expect(e.message.length).toBeGreaterThan(0);
          // A value that is there is never called missing, whatever its type.
          if (replaced && e.path === pathText(replaced)) expect(e.message).not.toMatch(/^is missing/);
        }
      }
    };
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, (path, value) =>
        check(mutated(base, path, value), value === undefined ? undefined : path),
      ),
      { numRuns: 300, seed: SEED },
    );
    fc.assert(
      fc.property(damage, (d) => check(damaged(JSON.stringify(base), d))),
      { numRuns: 100, seed: SEED },
    );
  });

  it('replay files: never thrown, refused with a code, or verified with the hashes counted', () => {
    const base = JSON.parse(encodeReplay(eveReplay)) as unknown;
    const paths = pathsOf(base);
    const check = (text: string) => {
      for (const hashes of ['every-year', 'link'] as const) {
        const r = parseReplayText(text, { hashes });
        if (!r.ok) {
          expect(r.error.code).toMatch(/^replay\//);
          expect(r.error.message.length).toBeGreaterThan(0);
          continue;
        }
        const v = verifyReplay(r.value);
        if (v.ok) {
          expect(v.hashesChecked).toBeGreaterThan(0);
          if (hashes === 'every-year') expect(v.hashesChecked).toBe(v.years);
        } else expect(v.message.length).toBeGreaterThan(0);
      }
    };
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, (path, value) => check(mutated(base, path, value))),
      { numRuns: 300, seed: SEED },
    );
    fc.assert(
      fc.property(damage, (d) => check(damaged(JSON.stringify(base), d))),
      { numRuns: 100, seed: SEED },
    );
  });

  it('share links: never rejected, a damaged link is refused with a reason', async () => {
    const fragment = await encodeShareFragment(eveReplay);
    const body = fragment.slice(SHARE_PREFIX.length);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }).map((s) => SHARE_PREFIX + s),
          fc
            .tuple(fc.nat({ max: body.length - 1 }), fc.constantFrom(...alphabet))
            .map(([at, c]) => SHARE_PREFIX + body.slice(0, at) + c + body.slice(at + 1)),
          fc.nat({ max: body.length }).map((at) => SHARE_PREFIX + body.slice(0, at)),
        ),
        async (link) => {
          const r = await decodeShareFragment(link);
          if (!r.ok) {
            expect(r.message.length).toBeGreaterThan(0);
            return;
          }
          const parsed = parseReplayText(r.text);
          if (parsed.ok) expect(typeof verifyReplay(parsed.value).ok).toBe('boolean');
          else expect(parsed.error.code).toMatch(/^replay\//);
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  describe('saves (through readSave, over a stand-in for localStorage)', () => {
    const kept = new Map<string, string>();
    beforeEach(() => {
      kept.clear();
      vi.stubGlobal('localStorage', {
        getItem: (k: string) => kept.get(k) ?? null,
        setItem: (k: string, v: string) => void kept.set(k, String(v)),
        removeItem: (k: string) => void kept.delete(k),
      });
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('never thrown: a save is loaded, or refused with a reason', () => {
      const created = createGame(eve, {
        seed: 'fuzz-save',
        controllers: { federation: 'human', klingon: 'loyalist' },
      });
      if (!created.ok) throw new Error(created.error.message);
      // The shape writeSave gives (a stand-in built here, so that the fuzz needs only readSave).
      const base = {
        format: 'khitomer-save',
        version: 1,
        rulesVersion: RULES_VERSION,
        scenario: JSON.parse(JSON.stringify(eve)),
        side: 'federation',
        opponent: 'loyalist',
        state: JSON.parse(JSON.stringify(created.value)),
        replay: JSON.parse(encodeReplay(eveReplay)),
      };
      // Paths into the game state are many: draw from all, the top level weighed as much as the rest.
      const paths = pathsOf(base);
      const check = (text: string) => {
        kept.set(SAVE_KEY, text);
        const r = readSave();
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
      };
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...paths), fc.constantFrom(...Object.keys(base).map((k) => [k]))),
          replacement,
          (path, value) => check(mutated(base, path, value)),
        ),
        { numRuns: 200, seed: SEED },
      );
      fc.assert(
        fc.property(damage, (d) => check(damaged(JSON.stringify(base), d))),
        { numRuns: 50, seed: SEED },
      );
    });
  });
});
