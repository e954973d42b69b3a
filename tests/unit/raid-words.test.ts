import { describe, expect, it } from 'vitest';
import { raidWhen, raidYears } from '../../src/game/ui/raid-words';
import { simulate } from '../../src/sim/index';
import type { War } from '../../src/sim/types';
import { builtin } from './fixtures';

// Playtest 16: a raid card said "strikes Betazed this year" two years running. It was one war (the
// Gorn's of 2297, seed "newcomer") striking in 2298 and again in 2299, as a war of two years does;
// the card said nothing of it being the same war's second blow.
describe('when a named raid strikes, in words', () => {
  it("says a later blow is its war's, in which year of it, and when the war ends", () => {
    const war = { since: 2298, until: 2299 };
    expect(raidWhen(war, 2297)).toBe('in 2298 (its war lasts until 2299)');
    expect(raidWhen(war, 2298)).toBe('this year (its war lasts until 2299)');
    expect(raidWhen(war, 2299)).toBe(
      'this year, the second year of its war (begun in 2298, it ends this year)',
    );
    expect(raidWhen({ since: 2298, until: 2300 }, 2299)).toBe(
      'this year, the second year of its war (begun in 2298, it lasts until 2300)',
    );
    expect(raidWhen({ since: 2298, until: 2300 }, 2300)).toBe(
      'this year, the third year of its war (begun in 2298, it ends this year)',
    );
    expect(raidWhen({ since: 2298, until: 2298 }, 2297)).toBe('in 2298');
    expect(raidWhen({ since: 2298, until: 2298 }, 2298)).toBe('this year');
    // A war that outlasts the game (Centennial Eve ends as 2298 begins).
    expect(raidWhen({ since: 2296, until: 2299 }, 2295, 2298)).toBe(
      'in 2296 (its war lasts for the rest of the game)',
    );
    expect(raidWhen({ since: 2296, until: 2297 }, 2295, 2298)).toBe('in 2296 (its war lasts until 2297)');
    expect(raidYears(war)).toBe('in 2298 and each year to 2299');
    expect(raidYears({ since: 2298, until: 2298 })).toBe('in 2298');
  });

  it('the Betazed raid of seed "newcomer" is one war named on Betazed in 2298 and 2299', () => {
    const seen: { year: number; war: War }[] = [];
    simulate(builtin('khitomer-accords'), {
      seed: 'newcomer',
      policies: { federation: 'loyalist', klingon: 'pragmatist' },
      maxTurns: 7,
      onTurn: (_r, s) => {
        for (const w of s.wars)
          if (w.target === 'betazed' && w.strength > 0 && w.since <= s.year)
            seen.push({ year: s.year, war: w });
      },
    });
    expect(seen.map((x) => x.year)).toEqual([2298, 2299]);
    expect(new Set(seen.map((x) => x.war.id)).size).toBe(1);
    expect(seen.map(({ year, war }) => raidWhen(war, year))).toEqual([
      'this year (its war lasts until 2299)',
      'this year, the second year of its war (begun in 2298, it ends this year)',
    ]);
  });
});
