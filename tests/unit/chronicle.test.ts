import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/sim/chronicle';
import { stateData } from '../../src/sim/index';
import { miniGame, turn, withRules } from './fixtures';

/** The array a chronicle shares with those made from it (private: read here to pin the speed trick). */
const itemsOf = <T>(c: Chronicle<T>): T[] => (c as unknown as { items: T[] }).items;

describe('a chronicle', () => {
  it('appends onto the array it shares when it is the newest, and leaves every older one as it was', () => {
    const a = Chronicle.of([1, 2]);
    const b = a.concat([3]);
    const c = b.concat([4, 5]);
    expect([a.toArray(), b.toArray(), c.toArray()]).toEqual([
      [1, 2],
      [1, 2, 3],
      [1, 2, 3, 4, 5],
    ]);
    // The trick itself: no copy of the items (src/sim/chronicle.ts says why).
    expect(itemsOf(c)).toBe(itemsOf(a));
    expect(a.concat([])).toBe(a);
  });

  it('folds its running digest once per append, from the digest it was made with, when first asked', () => {
    const folds: string[] = [];
    // Each fold writes what it was given, so the digest spells out the appends it covers.
    const fold = (d: string, c: Chronicle<string>, from: number, to: number) => {
      const step = `${d}|${c.slice(from, to).join('+')}`;
      folds.push(step);
      return step;
    };
    const a = Chronicle.of(['x'], 'start');
    const b = a.concat(['b1', 'b2']);
    const c = b.concat(['c1']);
    expect(c.concat([])).toBe(c);
    expect(folds).toEqual([]);
    expect(a.runningDigest(fold)).toBe('start');
    expect(c.runningDigest(fold)).toBe('start|b1+b2|c1');
    // Both appends folded in order, each once: the newer's digest built on the older's.
    expect(folds).toEqual(['start|b1+b2', 'start|b1+b2|c1']);
    expect(b.runningDigest(fold)).toBe('start|b1+b2');
    expect(c.runningDigest(fold)).toBe('start|b1+b2|c1');
    expect(folds).toHaveLength(2);
    // A branch from the older one folds on that one's digest, not the newer's.
    const branch = b.concat(['d1']);
    expect(branch.runningDigest(fold)).toBe('start|b1+b2|d1');
    expect(folds).toHaveLength(3);
    // One made from plain items starts from its given digest ('' unless given).
    expect(Chronicle.of(c.toArray(), 'given').runningDigest(fold)).toBe('given');
    expect(Chronicle.of(['y']).concat(['z']).runningDigest(fold)).toBe('|z');
  });

  it('copies its own items when an older one is appended to: no branch sees another’s', () => {
    const a = Chronicle.of(['x']);
    const b = a.concat(['b1']);
    const c = a.concat(['c1']);
    const b2 = b.concat(['b2']);
    expect(a.toArray()).toEqual(['x']);
    expect(b2.toArray()).toEqual(['x', 'b1', 'b2']);
    expect(c.toArray()).toEqual(['x', 'c1']);
    expect(itemsOf(c)).not.toBe(itemsOf(a));
    expect([...b]).toEqual(['x', 'b1']);
  });

  it('reads as an array of its own length: at, item, slice, filter, some, iteration, JSON', () => {
    const long = Chronicle.of([10, 20, 30, 40]);
    const c = Chronicle.of([10, 20]).concat([30]);
    long.concat([50]);
    c.concat([99]); // a later chronicle's item, beyond c's length
    expect(c.length).toBe(3);
    expect([c.at(0), c.at(-1), c.at(3), c.at(-4)]).toEqual([10, 30, undefined, undefined]);
    expect(c.item(1)).toBe(20);
    expect([c.slice(), c.slice(1), c.slice(-2), c.slice(0, 10), c.slice(-10, -1)]).toEqual([
      [10, 20, 30],
      [20, 30],
      [20, 30],
      [10, 20, 30],
      [10, 20],
    ]);
    expect(c.filter((x) => x > 10)).toEqual([20, 30]);
    expect([c.some((x) => x === 99), c.some((x) => x === 30)]).toEqual([false, true]);
    expect([...c]).toEqual([10, 20, 30]);
    expect(JSON.stringify({ c })).toBe('{"c":[10,20,30]}');
    expect(long.toArray()).toEqual([10, 20, 30, 40]);
  });
});

describe('the ledger and history of a game branched at a year', () => {
  it('are each branch’s own: the state branched from keeps its own, and neither branch sees the other’s entries', () => {
    const g = miniGame((s) => {
      s.powers.federation.fleets = [{ id: 'f1', location: 'organia', strength: 5 }];
      withRules(s, { treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0 } });
    });
    const was = stateData(g);
    const quiet = turn(g).state;
    const quietWas = stateData(quiet);
    const attacked = turn(g, { federation: [{ type: 'attack', fleet: 'f1', target: 'narendra' }] }).state;
    const after = turn(quiet).state;
    const codes = (s: typeof g) => s.ledger.toArray().map((e) => e.code);
    expect(codes(attacked)).toContain('I/attack');
    expect(codes(quiet)).not.toContain('I/attack');
    expect(codes(after)).not.toContain('I/attack');
    // The branch point and the first branch are as they were when made.
    expect(stateData(g)).toEqual(was);
    expect(stateData(quiet)).toEqual(quietWas);
    expect(attacked.ledger.slice(0, g.ledger.length)).toEqual(was.ledger);
    expect([g.history.length, quiet.history.length, attacked.history.length, after.history.length]).toEqual([
      0, 1, 1, 2,
    ]);
    expect(after.history.at(0)).toEqual(quiet.history.at(0));
    expect(attacked.history.at(0)).not.toEqual(quiet.history.at(0));
  });
});
