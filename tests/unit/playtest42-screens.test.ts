// Playtest 42's screens: the words a newcomer read wrong or could not read.
import { describe, expect, it } from 'vitest';
import { noGrade } from '../../src/game/ui/how-to-win';
import type { GameState } from '../../src/sim/index';
import { miniGame } from './fixtures';

/** The mini game (2300–2330) ended in `year` as `kind`, with no grade. */
function ended(kind: 'lapsed' | 'collapse', year: number): GameState {
  const g = miniGame();
  return {
    ...g,
    year,
    phase: 'ended',
    result: {
      kind,
      year,
      cause: '',
      scores: { federation: 56, klingon: 60 },
      grades: null,
      chain: [],
      loser: null,
    },
  };
}

describe('the end screen of a game with no grade', () => {
  it('says a game that reached its last year suspended lapsed, not that it collapsed', () => {
    // Playtest 42 read "the Accords collapsed in 2298, 0 years before 2298" under "The Accords end suspended".
    expect(noGrade(ended('lapsed', 2330))).toBe(
      'No grade: 2330 came with the Accords suspended, and a game that ends without them in force is scored for the record only.',
    );
  });

  it('gives a collapse its year and the years it cut short', () => {
    expect(noGrade(ended('collapse', 2311))).toBe(
      'No grade: the Accords collapsed in 2311, 19 years before 2330, and the score is what was banked, cut as the table says.',
    );
    expect(noGrade(ended('collapse', 2329))).toContain('1 year before 2330');
  });
});
