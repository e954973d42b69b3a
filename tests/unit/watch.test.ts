// The front end's slice subscriptions (src/game/watch.ts), on a zustand vanilla store.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { coalesce, sameSlice, watch } from '../../src/game/watch';

interface S {
  a: number;
  b: { n: number };
  c: string;
}

const make = () => createStore<S>(() => ({ a: 1, b: { n: 1 }, c: 'x' }));

describe('sameSlice', () => {
  it('compares tuples and records member by member, by identity', () => {
    const o = { n: 1 };
    expect(sameSlice([1, o, 'x'], [1, o, 'x'])).toBe(true);
    expect(sameSlice([1, o], [1, { n: 1 }])).toBe(false);
    expect(sameSlice([1, 2], [1, 2, 3])).toBe(false);
    expect(sameSlice({ a: 1, b: o }, { a: 1, b: o })).toBe(true);
    expect(sameSlice({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameSlice([1], { 0: 1 })).toBe(false);
    expect(sameSlice(Number.NaN, Number.NaN)).toBe(true);
    expect(sameSlice(null, undefined)).toBe(false);
  });
});

describe('watch', () => {
  it('calls back only when its slice changes, with the new and the old slice', () => {
    const store = make();
    const seen: [number, number][] = [];
    const stop = watch(
      store,
      (s) => s.a,
      (now, before) => seen.push([now, before]),
    );
    store.setState({ c: 'y' });
    store.setState({ b: { n: 2 } });
    expect(seen).toEqual([]);
    store.setState({ a: 2 });
    store.setState({ a: 2 });
    store.setState({ a: 3 });
    expect(seen).toEqual([
      [2, 1],
      [3, 2],
    ]);
    stop();
    store.setState({ a: 4 });
    expect(seen).toHaveLength(2);
  });

  it('sees a tuple slice change when any of its members is replaced', () => {
    const store = make();
    let calls = 0;
    watch(
      store,
      (s) => [s.a, s.b],
      () => calls++,
    );
    store.setState({ c: 'z' });
    expect(calls).toBe(0);
    store.setState({ b: { n: 1 } }); // equal in value, another object: the screen must redraw
    expect(calls).toBe(1);
    store.setState({ a: 5 });
    expect(calls).toBe(2);
  });
});

describe('coalesce', () => {
  it('runs a redraw asked for many times in one run of script once, after it', async () => {
    let runs = 0;
    const redraw = coalesce(() => runs++);
    for (let i = 0; i < 5000; i++) redraw.request();
    expect(runs).toBe(0);
    await Promise.resolve();
    expect(runs).toBe(1);
    redraw.request();
    await Promise.resolve();
    expect(runs).toBe(2);
  });

  it('does not run once cancelled (the screen closed)', async () => {
    let runs = 0;
    const redraw = coalesce(() => runs++);
    redraw.request();
    redraw.cancel();
    redraw.request();
    await Promise.resolve();
    expect(runs).toBe(0);
  });
});
