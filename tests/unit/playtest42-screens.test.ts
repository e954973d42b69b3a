// Playtest 42's screens: the words a newcomer read wrong or could not read.
import { describe, expect, it } from 'vitest';
import { noGrade } from '../../src/game/ui/end-verdict';
import { worldMatters } from '../../src/game/ui/world-matters';
import type { GameState } from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
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

describe('a world under a claim or a ruling says so where it is developed and on its panel', () => {
  /** The mini game with the Empire's claim on Archanis IV, the Federation's world. */
  function claimed(): GameState {
    const g = miniGame((s) => {
      const archanis = s.map.systems.find((x) => x.id === 'archanis');
      if (archanis) archanis.owner = 'federation';
    });
    return {
      ...g,
      claims: [
        { id: 'c1', eventId: 'e1', kind: 'territory', system: 'archanis', claimant: 'klingon', since: 2300 },
      ],
    };
  }

  it("the develop row names the other power's claim, and its own claim is no warning", () => {
    const g = claimed();
    const develop = { type: 'develop', system: 'archanis' } as const;
    expect(definitionOf(develop).effect(g, 'federation', develop)).toBe(
      'Archanis IV yields 1 more output a year (at most 12). The Klingon Empire claims it (since 2300): should the arbiters award it to them, it goes to them developed, or stays yours only by an open breach of Article VI.',
    );
    const own = { ...g, claims: g.claims.map((c) => ({ ...c, claimant: 'federation' as const })) };
    expect(definitionOf(develop).effect(own, 'federation', develop)).not.toContain('claims it');
  });

  it('the panel sends to the Events tab for a claim, a ruling and a raid on the world, and names none elsewhere', () => {
    const g = claimed();
    expect(worldMatters(g, 'federation', 'archanis')).toEqual([
      "The Klingon Empire's claim on Archanis IV stands (since 2300): the arbiters may award it to the Klingon Empire. Its card is on the Events tab.",
    ]);
    expect(worldMatters(g, 'klingon', 'archanis')[0]).toMatch(
      /^Your claim on Archanis IV stands \(since 2300\): the arbiters may award it to you\./,
    );
    expect(worldMatters(g, 'federation', 'sol')).toEqual([]);
    // No arbiter sits while the Accords are suspended: the line says so, as the claim's card does.
    expect(worldMatters({ ...g, status: 'suspended' }, 'federation', 'archanis')).toEqual([
      "The Klingon Empire's claim on Archanis IV stands (since 2300). No arbiter sits while the Accords are suspended. Its card is on the Events tab.",
    ]);
    const ruled: GameState = {
      ...g,
      claims: [],
      obligations: [
        {
          id: 'r1',
          kind: 'ruling',
          article: 'VI',
          eventId: 'e1',
          system: 'archanis',
          winner: 'klingon',
          debtor: 'federation',
          deadline: 2301,
          accepted: false,
        },
      ],
    };
    expect(worldMatters(ruled, 'federation', 'archanis')).toEqual([
      'Article VI — the arbiters ruled Archanis IV belongs to the Klingon Empire; the Federation must hand it over by the end of 2301, or break Article VI. Your answer is on the Events tab.',
    ]);
    expect(worldMatters(ruled, 'klingon', 'archanis')[0]).toMatch(/The choice is the Federation's\.$/);
    const raided: GameState = {
      ...g,
      claims: [],
      wars: [
        {
          id: 'w1',
          eventId: 'e2',
          thirdPower: 'romulan',
          victim: 'federation',
          since: 2301,
          until: 2301,
          strength: 9,
          target: 'sol',
          aidedBy: [],
          raiders: null,
          armedBy: [],
          supportedBy: [],
          took: [],
        },
      ],
    };
    expect(worldMatters(raided, 'federation', 'sol')).toEqual([
      'The Romulan Star Empire strikes Sol in 2301: its card, with the moves that defend it, is on the Events tab.',
    ]);
    expect(worldMatters(raided, 'klingon', 'sol')).toEqual([]);
  });
});
