// The contract of the seeded streams (DESIGN.md section 9, STYLE.md habit 5): the same name gives
// the same numbers, another purpose or year gives others, and every helper stays in its range.
import { GCProfiler } from 'node:v8';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { initialState, restoreStream, type Stream, stream, streamKey, streamName } from '../../src/sim/rng';

function draws(s: Stream, n: number): number[] {
  return Array.from({ length: n }, () => s.next());
}

describe('stream identity', () => {
  it('gives the same sequence for the same seed, purpose and year', () => {
    const a = draws(stream('seed-a', 'events', 2311), 50);
    const b = draws(stream('seed-a', 'events', 2311), 50);
    expect(a).toEqual(b);
  });

  it('names a stream purpose:year', () => {
    expect(streamName('battle', 2311)).toBe('battle:2311');
    expect(stream('x', 'ai:klingon', 2344).name).toBe('ai:klingon:2344');
  });

  it('gives a different sequence for another purpose, year or seed', () => {
    const base = draws(stream('seed-a', 'events', 2311), 20);
    expect(draws(stream('seed-a', 'battle', 2311), 20)).not.toEqual(base);
    expect(draws(stream('seed-a', 'events', 2312), 20)).not.toEqual(base);
    expect(draws(stream('seed-b', 'events', 2311), 20)).not.toEqual(base);
    // Names that would collide if purpose and year were glued without a separator.
    expect(draws(stream('s', 'ai:klingon', 2311), 20)).not.toEqual(
      draws(stream('s', 'ai:klingon2', 311), 20),
    );
  });

  it('starts alea from a state of its key: three fractions in [0, 1) and a carry of 1', () => {
    const keys = [
      'seed-a/events:2311',
      'seed-a/events:2312',
      'seed-b/events:2311',
      'Qo’noS ☄ 𝔎/ai:klingon:2293',
      '',
    ];
    const words = new Set<number>();
    for (const key of keys) {
      const st = initialState(key);
      expect(st.c).toBe(1);
      for (const w of [st.s0, st.s1, st.s2]) {
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThan(1);
        // A whole number of 2^-32: the draws stay exact in a double.
        expect(Number.isInteger(w * 2 ** 32)).toBe(true);
        words.add(w);
      }
    }
    // Keys a unit apart get wholly other words.
    expect(words.size).toBe(3 * keys.length);
    expect(stream('seed-a', 'events', 2311).state()).toEqual(
      initialState(streamKey('seed-a', 'events', 2311)),
    );
  });

  it('folds a key from its parts as it folds the whole key (seed, purpose and year of any length)', () => {
    // Pinned words: the state `seed-a/events:2311` starts from (a change here changes every draw).
    const pinned = { c: 1, s0: 0.7423113691620529, s1: 0.9897979886736721, s2: 0.9836794217117131 };
    expect(initialState('seed-a/events:2311')).toEqual(pinned);
    expect(stream('seed-a', 'events', 2311).state()).toEqual(pinned);
    for (const [seed, purpose, year] of [
      ['', 'events', 7],
      ['Qo’noS ☄ 𝔎', 'ai:klingon', 2293],
      ['x', '', 123456],
      ['seed/with:marks', 'battle', 0],
    ] as const) {
      expect(stream(seed, purpose, year).state()).toEqual(initialState(`${seed}/${purpose}:${year}`));
    }
  });

  it('names a stream purpose:year, a restored one by the name it was given', () => {
    const s = stream('n', 'detect', 2301);
    s.next();
    expect(s.name).toBe('detect:2301');
    expect(restoreStream('detect:2301', s.state()).name).toBe('detect:2301');
    expect(() => restoreStream('battle:2399', s.state()).int(0)).toThrow('stream battle:2399: int(0)');
  });

  it('draws floats in [0, 1)', () => {
    for (const u of draws(stream('range', 'events', 2300), 5000)) {
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });
});

describe('int(n)', () => {
  it('always lands in [0, n) as an integer and reaches every value for small n', () => {
    for (const n of [1, 2, 3, 7, 10, 100]) {
      const s = stream('ints', `n${n}`, 2300);
      const seen = new Set<number>();
      for (let i = 0; i < 40 * n + 200; i++) {
        const v = s.int(n);
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(n);
        seen.add(v);
      }
      expect(seen.size).toBe(n);
    }
  });

  it('is roughly uniform (no value starved or doubled)', () => {
    const s = stream('uniform', 'battle', 2300);
    const counts = new Array<number>(6).fill(0);
    const n = 60_000;
    for (let i = 0; i < n; i++) {
      const v = s.int(6);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    for (const c of counts) {
      expect(c).toBeGreaterThan((n / 6) * 0.9);
      expect(c).toBeLessThan((n / 6) * 1.1);
    }
  });

  it('rejects a non-positive or non-integer n with a RangeError', () => {
    const s = stream('bad', 'battle', 2300);
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => s.int(n)).toThrow(RangeError);
    }
    expect(() => s.int(0)).toThrow(/battle:2300/);
  });
});

describe('chance(percent)', () => {
  it('chance(0) is never true and chance(100) always', () => {
    const s = stream('chance', 'detect', 2300);
    for (let i = 0; i < 5000; i++) {
      expect(s.chance(0)).toBe(false);
      expect(s.chance(100)).toBe(true);
    }
  });

  it('chance(30) is true about 30% of the time', () => {
    const s = stream('chance30', 'detect', 2300);
    let hits = 0;
    for (let i = 0; i < 20_000; i++) if (s.chance(30)) hits++;
    expect(hits / 20_000).toBeGreaterThan(0.28);
    expect(hits / 20_000).toBeLessThan(0.32);
  });

  it('consumes exactly one draw whatever the percent', () => {
    const a = stream('one', 'detect', 2300);
    const b = stream('one', 'detect', 2300);
    a.chance(0);
    a.chance(100);
    b.next();
    b.next();
    expect(a.next()).toBe(b.next());
  });
});

describe('weighted(weights)', () => {
  it('never picks an entry of weight 0', () => {
    const s = stream('w', 'events', 2300);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const k = s.weighted([0, 3, 0, 1, 0]);
      expect([1, 3]).toContain(k);
      seen.add(k);
    }
    expect([...seen].sort()).toEqual([1, 3]);
  });

  it('follows the weights in proportion', () => {
    const s = stream('w2', 'events', 2300);
    const counts = [0, 0];
    for (let i = 0; i < 20_000; i++) {
      const k = s.weighted([1, 3]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    const share = (counts[1] ?? 0) / 20_000;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });

  it('returns -1 when every weight is 0 (or the list is empty), still consuming one draw', () => {
    for (const weights of [[0, 0, 0], []]) {
      const a = stream('zero', 'events', 2300);
      const b = stream('zero', 'events', 2300);
      expect(a.weighted(weights)).toBe(-1);
      b.next();
      expect(a.next()).toBe(b.next());
    }
  });

  it('consumes one draw with non-zero weights too, so later draws do not depend on the weights', () => {
    const a = stream('same', 'events', 2300);
    const b = stream('same', 'events', 2300);
    a.weighted([5, 1, 9]);
    b.weighted([0, 0]);
    expect(draws(a, 5)).toEqual(draws(b, 5));
  });
});

describe('saving and restoring a stream', () => {
  it('continues identically from state()', () => {
    const s = stream('save', 'battle', 2350);
    draws(s, 17);
    const saved = s.state();
    const restored = restoreStream(s.name, saved);
    expect(restored.name).toBe('battle:2350');
    expect(draws(restored, 30)).toEqual(draws(s, 30));
  });

  it('survives JSON (a saved game) and does not alias the saved object', () => {
    const s = stream('save', 'battle', 2350);
    s.int(10);
    const saved = JSON.parse(JSON.stringify(s.state()));
    const r1 = restoreStream(s.name, saved);
    const first = draws(r1, 10);
    // Drawing from r1 must not move the saved position: a second restore starts at the same place.
    const r2 = restoreStream(s.name, saved);
    expect(draws(r2, 10)).toEqual(first);
    expect(draws(s, 10)).toEqual(first);
  });

  it('state() is a snapshot, not a live view', () => {
    const s = stream('snap', 'battle', 2350);
    const before = s.state();
    const copy = { ...before };
    draws(s, 5);
    expect(before).toEqual(copy);
    expect(s.state()).not.toEqual(copy);
  });
});

describe('the generator', () => {
  it("draws, number for number, what seedrandom's alea draws from the same state", () => {
    for (const key of ['a', 'golden-2293', 'bench-7', 'ü/ai:klingon:2311']) {
      for (const purpose of ['events', 'battle', 'detect']) {
        const ours = stream(key, purpose, 2300);
        const start = ours.state();
        const theirs = seedrandom.alea('', { state: start } as never) as unknown as () => number;
        for (let i = 0; i < 2000; i++) expect(ours.next()).toBe(theirs());
      }
    }
  });

  it('restores a saved position exactly as seedrandom does', () => {
    const s = stream('restore', 'events', 2301);
    draws(s, 37);
    const saved = s.state();
    const theirs = seedrandom.alea('', { state: saved } as never) as unknown as () => number;
    const ours = restoreStream(s.name, saved);
    for (let i = 0; i < 500; i++) expect(ours.next()).toBe(theirs());
  });
});

describe('a draw', () => {
  // A stream's state is stored in its fields each draw: were they boxed (a class field set to
  // undefined first makes V8 box them), every draw would put a number on the heap, 16 bytes, and
  // eight million draws would need eight collections or more of the young generation.
  it('stores no number on the heap: eight million draws need no garbage collection', () => {
    const s = stream('heap', 'events', 2300);
    const sum = (n: number): number => {
      let x = 0;
      for (let i = 0; i < n; i++) x += s.next();
      return x;
    };
    for (let i = 0; i < 5; i++) sum(200_000); // made hot and optimised first
    const profiler = new GCProfiler();
    profiler.start();
    const total = sum(8_000_000);
    const collections = profiler.stop().statistics.length;
    expect(total).toBeGreaterThan(0);
    expect(collections).toBeLessThan(3);
  });
});
