// The report's line on a power's covert acts not yet seen: the risk next year, and on the last
// report, none (playtest 22 read "10% that at least one comes out next year" as Centennial Eve ended).
import { describe, expect, it } from 'vitest';
import { chanceOut, secretFate, secretsLine } from '../../src/game/ui/secrets';
import { miniGame } from './fixtures';

const act = (year: number) => ({
  id: `c${year}`,
  party: 'federation' as const,
  article: 'I' as const,
  code: 'I/covert',
  year,
  base: 10,
  detected: false,
  text: 'Espionage',
  war: null,
});

describe("the report's line on one's secrets", () => {
  it('gives the chance one comes out next year, and on the last report says they were kept', () => {
    const g = miniGame();
    g.covert = [act(g.year), act(g.year)];
    const p = g.rules.detection.laterPercent / 100;
    const next = Math.round((1 - (1 - p) ** 2) * 100);
    expect(secretsLine(g, 'federation')).toBe(
      `Your secrets: 2 covert acts not seen yet; ${next}% that at least one comes out next year.`,
    );
    g.phase = 'ended';
    expect(secretsLine(g, 'federation')).toBe(
      'Your secrets: 2 covert acts never seen; the game ended with them kept.',
    );
    expect(secretsLine(g, 'klingon')).toBeNull();
  });

  it('gives the lower rate while the other power has no embassy to see them with (playtest 32)', () => {
    const g = miniGame();
    g.covert = [act(g.year), act(g.year)];
    g.powers.klingon.embassy = 0;
    g.powers.klingon.embassyClosed = { year: g.year, how: 'expelled' };
    const d = g.rules.detection;
    expect(d.blindLaterPercent).toBeLessThan(d.laterPercent);
    const next = Math.round((1 - (1 - d.blindLaterPercent / 100) ** 2) * 100);
    expect(secretsLine(g, 'federation')).toBe(
      `Your secrets: 2 covert acts not seen yet; ${next}% that at least one comes out next year, while the Klingon Empire has no embassy to see them with.`,
    );
    const [first] = g.covert;
    if (!first) throw new Error('no act');
    const left = g.rules.detection.laterYears + 1;
    expect(chanceOut(g, 'federation', first)).toBe(
      Math.round((1 - (1 - d.blindLaterPercent / 100) ** left) * 100),
    );
    expect(secretFate(g, 'federation', first)).toBe(
      `Not seen yet. ${d.blindLaterPercent}% a year while the Klingon Empire has no embassy to see it with (${d.laterPercent}% once it has one) that it comes out, for ${left} more years: ${chanceOut(g, 'federation', first)}% in all.`,
    );
    // With an embassy to see them with, the rate the rules give then.
    g.powers.klingon.embassy = 1;
    g.powers.klingon.embassyClosed = null;
    expect(secretFate(g, 'federation', first)).toMatch(
      new RegExp(`^Not seen yet\\. ${d.laterPercent}% a year that it comes out`),
    );
  });
});
