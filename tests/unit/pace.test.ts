// How to win's pace (src/game/ui/pace.ts): where a score is headed if the years left bank as many
// as the years so far did, with today's parade and bonus (playtest 33 read "Cold Peace now" on course
// for Grand Parade).
import { describe, expect, it } from 'vitest';
import { paceLine, paceOf } from '../../src/game/ui/pace';
import { type GameState, scoreBreakdown } from '../../src/sim/index';
import { miniGame } from './fixtures';

/** A game `played` years in, its Federation having banked 170 points (honour 100, the rest 70). */
function banked(played: number, decades = [170]): GameState {
  const g = miniGame();
  const s: GameState = { ...g, year: g.firstYear + played, powers: { ...g.powers } };
  s.powers.federation = {
    ...g.powers.federation,
    banked: { honour: 100, security: 40, prosperity: 20, support: 10, decades },
  };
  return s;
}

describe('the pace of a score', () => {
  it('is what was banked a year so far, carried to the last year, on top of the score now', () => {
    const s = banked(10);
    const left = s.lastYear - s.year;
    expect(left).toBeGreaterThan(0);
    const now = scoreBreakdown(s, 'federation').total;
    const p = paceOf(s, 'federation');
    expect(p?.perYear).toBe(17);
    expect(p?.projected).toBe(now + 17 * left);
    // Its grade is the highest whose least score it reaches (the ladder runs highest first).
    const grade = s.grades.find((g) => (p?.projected ?? 0) >= g.min)?.name;
    expect(p?.grade).toBe(grade);
    expect(paceLine(s, 'federation')).toContain(
      `At the pace of your years so far (17 points a year), about ${now + 17 * left} by ${s.lastYear}`,
    );
  });

  it('is read from the last full decade and the one under way, once there are two (playtest 37)', () => {
    // 25 years in: 2293–2302 banked 100, 2303–2312 100, 2313–2317 250 (a game taken over late).
    const s = banked(25, [100, 100, 250]);
    const p = paceOf(s, 'federation');
    expect(p).toMatchObject({ perYear: 23, years: 15, all: false });
    expect(paceLine(s, 'federation')).toContain(
      'At the pace of your last 15 years (23 points a year), about',
    );
    // Ten years in, a decade: all of them.
    expect(paceOf(banked(10), 'federation')).toMatchObject({ perYear: 17, years: 10, all: true });
  });

  it('is not told in a game’s first years, nor once it is over', () => {
    expect(paceOf(banked(2), 'federation')).toBeNull();
    expect(paceOf(banked(3), 'federation')).not.toBeNull();
    const over = banked(10);
    expect(paceOf({ ...over, phase: 'ended' }, 'federation')).toBeNull();
    expect(paceOf({ ...over, year: over.lastYear }, 'federation')).toBeNull();
  });
});
