// A missing embassy's breach, said before it is charged: when it starts (omissionFrom, the year the
// core's step g first charges it) and on the recall's card (playtest 28 recalled in protest, read
// "no violation", and was charged every year for seventeen years).
import { describe, expect, it } from 'vitest';
import { type GameState, omissionFrom, orderEffect } from '../../src/sim/index';
import { entries, miniGame, turn } from './fixtures';

/** Whether the year's end charges `party` for keeping no embassy. */
function charged(s: GameState, party: 'federation' | 'klingon'): boolean {
  return entries(turn(s).report, party, 'II/no-embassy').length > 0;
}

describe('a missing embassy', () => {
  it('is charged in the year omissionFrom names, and not before', () => {
    const base = miniGame();
    const grace = base.signedYear + base.rules.embassyGraceYears;
    const closedYears = base.rules.answers.closedYears;
    const cases: GameState[] = [
      // Kept: never charged.
      {
        ...base,
        year: grace + 2,
        powers: { ...base.powers, federation: { ...base.powers.federation, embassy: 1 } },
      },
      // None, in the grace years and after them.
      {
        ...base,
        year: grace - 1,
        powers: { ...base.powers, federation: { ...base.powers.federation, embassy: 0 } },
      },
      {
        ...base,
        year: grace,
        powers: { ...base.powers, federation: { ...base.powers.federation, embassy: 0 } },
      },
      // Recalled lately, and long ago.
      ...[1, closedYears].map((ago) => ({
        ...base,
        year: grace + 5,
        powers: {
          ...base.powers,
          federation: {
            ...base.powers.federation,
            embassy: 0,
            embassyClosed: { year: grace + 5 - ago, how: 'recalled' as const },
          },
        },
      })),
    ];
    const seen = cases.map((s) => [omissionFrom(s, 'federation'), charged(s, 'federation')]);
    expect(seen).toEqual([
      [null, false],
      [grace, false],
      [grace, true],
      [grace + 5 - 1 + closedYears, false],
      [grace + 5, true],
    ]);
  });

  it("is told on a recall's card: from when, and at what price", () => {
    const base = miniGame();
    const year = base.signedYear + base.rules.embassyGraceYears + 2;
    const s = {
      ...base,
      year,
      powers: { ...base.powers, federation: { ...base.powers.federation, embassy: 2 } },
    };
    expect(orderEffect(s, 'federation', { type: 'embassy', action: 'recall' })).toMatch(
      new RegExp(
        ` Without it, every year from ${year + base.rules.answers.closedYears} \\(a recalled embassy is spared the omission for ${base.rules.answers.closedYears} years\\) breaks Article II \\(−\\d+ standing at today's price, more with each breach seen\\) until you establish one again\\.$`,
      ),
    );
    // Before the grace of the Accords ends, the omission starts with it: no word of the recall's years.
    const closed = base.rules.answers.closedYears;
    const early = {
      ...s,
      year: base.signedYear,
      rules: { ...s.rules, embassyGraceYears: closed + 5 },
    };
    expect(orderEffect(early, 'federation', { type: 'embassy', action: 'recall' })).toMatch(
      new RegExp(` Without it, every year from ${base.signedYear + closed + 5} breaks Article II \\(`),
    );
    // Recalled in the game's last years: no year it plays is charged, and no year past it is named.
    const last = { ...s, lastYear: year + closed };
    expect(orderEffect(last, 'federation', { type: 'embassy', action: 'recall' })).toMatch(
      / Without it, no year the game has left is charged for the missing embassy: a recalled embassy is spared the omission for the rest of the game\.$/,
    );
    expect(
      orderEffect({ ...last, lastYear: year + closed + 1 }, 'federation', {
        type: 'embassy',
        action: 'recall',
      }),
    ).toContain(` Without it, every year from ${year + closed} (a recalled embassy`);
  });
});
