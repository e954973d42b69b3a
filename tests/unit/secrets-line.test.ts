// The report's line on a power's covert acts not yet seen: the risk next year, and on the last
// report, none (playtest 22 read "10% that at least one comes out next year" as Centennial Eve ended).
import { describe, expect, it } from 'vitest';
import { secretsLine } from '../../src/game/ui/secrets';
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
});
