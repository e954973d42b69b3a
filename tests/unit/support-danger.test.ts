// A government that could fall, said on How to win and in the HUD's colour (playtest 40: a faithful
// Empire fell from 100 to 11 while How to win said "Grand Parade now").
import { describe, expect, it } from 'vitest';
import { supportDanger } from '../../src/game/ui/support-words';
import type { GameState, YearRecord } from '../../src/sim/index';
import { miniGame } from './fixtures';

/** The mini game (2300–2330) in `year`, the Empire's support `now`, and `then` recorded `ago` years before. */
function empire(year: number, now: number, then?: number, ago = 10): GameState {
  const s = miniGame();
  s.year = year;
  s.powers.klingon.support = now;
  if (then !== undefined) {
    const record: YearRecord = {
      // A record holds its year's end: `ago` years before the end of the year before `year`.
      year: year - 1 - ago,
      standing: { federation: 60, klingon: 60 },
      support: { federation: 60, klingon: then },
      industry: { federation: 18, klingon: 12 },
      status: 'in-force',
      violations: { federation: 0, klingon: 0 },
    };
    s.history = s.history.concat([record]);
  }
  return s;
}

describe('a government in danger', () => {
  it('is said when support is below twice the low-support line, with its fall', () => {
    expect(supportDanger(empire(2310, 12, 40), 'klingon')).toBe(
      "Your government's support is 12: at 0 it falls, and you lose the game whatever your score. It fell 28 in your last 10 years: at that pace it reaches 0 about 2315.",
    );
    expect(supportDanger(empire(2310, 39), 'klingon')).toBe(
      "Your government's support is 39: at 0 it falls, and you lose the game whatever your score.",
    );
  });

  it('is said of a high support falling fast enough to reach 0 before the last year', () => {
    // 90 to 50 in 10 years: 4 a year, 0 in 13 years, by 2323 (the game ends in 2330).
    expect(supportDanger(empire(2310, 50, 90), 'klingon')).toContain(
      'It fell 40 in your last 10 years: at that pace it reaches 0 about 2323.',
    );
  });

  it('is not said of a support that holds, or falls too slowly to reach 0 in the game', () => {
    expect(supportDanger(empire(2310, 60, 65), 'klingon')).toBeNull();
    expect(supportDanger(empire(2310, 45), 'klingon')).toBeNull();
    // 70 to 50: 2 a year, 0 in 25 years, after 2330.
    expect(supportDanger(empire(2310, 50, 70), 'klingon')).toBeNull();
  });
});
