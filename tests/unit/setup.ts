// Loaded before every unit test file (vitest.config.ts).
import { expect } from 'vitest';
import { Chronicle } from '../../src/sim/chronicle';

// Two chronicles are equal when they hold equal items: the array one shares with the states after it
// may hold more (src/sim/chronicle.ts), and that is no part of it.
expect.addEqualityTesters([
  function chroniclesEqual(a: unknown, b: unknown, testers) {
    const ca = a instanceof Chronicle;
    const cb = b instanceof Chronicle;
    if (!ca && !cb) return undefined;
    if (!ca || !cb) return false;
    return this.equals(a.toArray(), b.toArray(), testers);
  },
]);
