import { describe, expect, it } from 'vitest';
import { untilYear } from '../../src/sim/index';

describe('untilYear', () => {
  it('names a year the game still plays, and says "for the rest of the game" from its last year on', () => {
    const eve = { lastYear: 2298 };
    expect(untilYear(eve, 2294)).toBe('until 2294');
    expect(untilYear(eve, 2297)).toBe('until 2297');
    // The last year is not played: the game ends as it begins.
    expect(untilYear(eve, 2298)).toBe('for the rest of the game');
    expect(untilYear(eve, 2322)).toBe('for the rest of the game');
  });
});
