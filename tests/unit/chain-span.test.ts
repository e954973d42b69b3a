// The end screen's chain of violations says its span (task ui33): the core lists only the collapse's
// year and the `forgivenessYears` before it, and the words must name the same years.
import { describe, expect, it } from 'vitest';
import { chainSpan } from '../../src/game/ui/chain-span';
import type { GameState, LedgerEntry } from '../../src/sim/index';
import { collapseChain } from '../../src/sim/scoring';
import { miniGame } from './fixtures';

function at(year: number, forgivenessYears: number, firstYear = 2293) {
  const g = miniGame();
  return { year, firstYear, rules: { ...g.rules, forgivenessYears } };
}

describe('the span of the chain of violations', () => {
  it('is the collapse’s year and the years before it Article V remembers, with a note on the older', () => {
    const span = chainSpan(at(2304, 10));
    expect(span).toMatchObject({ from: 2294, to: 2304 });
    expect(span.heading).toBe('The chain of violations: the last 11 years, 2294–2304');
    expect(span.note).toBe(
      'Violations from before 2294 are not in it: the Accords forgive them after 10 years (Article V).',
    );
    expect(chainSpan(at(2330, 1)).note).toBe(
      'Violations from before 2329 are not in it: the Accords forgive them after a year (Article V).',
    );
  });

  it('is the whole game when the game is younger than the years remembered', () => {
    for (const year of [2300, 2303]) {
      const span = chainSpan(at(year, 10));
      expect(span.from).toBe(2293);
      expect(span.heading).toBe(`The chain of violations: the whole game, 2293–${year}`);
      expect(span.note).toBeNull();
    }
    expect(chainSpan(at(2293, 10)).heading).toBe('The chain of violations: the whole game, 2293');
  });

  it('is the collapse’s year alone when nothing is remembered', () => {
    const span = chainSpan(at(2310, 0));
    expect(span.heading).toBe('The chain of violations: the year of the collapse, 2310');
    expect(span.note).toBe(
      'Violations from before 2310 are not in it: the Accords forgive them once their year is over (Article V).',
    );
  });

  it('refuses a year before the game or a forgiveness that is not a whole number of years', () => {
    expect(() => chainSpan(at(2290, 10))).toThrow(/not a year of a game begun in 2293/);
    expect(() => chainSpan(at(2300, -1))).toThrow(/forgivenessYears must be a whole number/);
    expect(() => chainSpan(at(2300, 2.5))).toThrow(/forgivenessYears must be a whole number/);
  });

  it('names the same years as the chain the core lists', () => {
    const g = miniGame();
    const entry = (year: number, kind: LedgerEntry['kind'] = 'violation'): LedgerEntry => ({
      year,
      party: 'federation',
      article: kind === 'reward' ? null : 'II',
      kind,
      code: 'test',
      delta: -5,
      priors: 0,
      text: `an act of ${year}`,
    });
    const years = Array.from({ length: 25 }, (_, i) => g.firstYear + i);
    for (const forgivenessYears of [0, 3, 10, 40]) {
      const s: GameState = {
        ...g,
        year: g.firstYear + 24,
        rules: { ...g.rules, forgivenessYears },
        ledger: g.ledger.concat(years.flatMap((y) => [entry(y), entry(y, 'reward')])),
      };
      const span = chainSpan(s);
      const listed = collapseChain(s).map((e) => e.year);
      expect(listed, `forgiveness ${forgivenessYears}`).toEqual(
        years.filter((y) => y >= span.from && y <= span.to),
      );
    }
  });
});
