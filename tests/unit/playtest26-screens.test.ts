// Playtest 26 read "Nothing is asked of you this year" on the Events tab, then "−1 · No act of faith
// this year" in the report: a high standing still asks for an act of faith, and the tab says so.
import { describe, expect, it } from 'vitest';
import { nothingAsked } from '../../src/game/ui/events';
import { miniGame, withPressure } from './fixtures';

describe('a year that asks nothing', () => {
  const at = (standing: number) =>
    miniGame((s) => {
      withPressure(s);
      s.powers.klingon.standing = standing;
    });

  it('says so plainly at or below the line where standing ebbs', () => {
    expect(nothingAsked(at(80), 'klingon')).toBe('Nothing is asked of you this year.');
  });

  it('above it, says the standing ebbs without an act of faith, and by how much', () => {
    expect(nothingAsked(at(85), 'klingon')).toBe(
      "Nothing is asked of you this year. But your standing of 85 is above 80: it ebbs by 1 at the year's end unless you make an act of faith (aid judged in full at its deadline, an extradition, arbitration, a summit both powers attend that earns standing, war aid, reparations).",
    );
  });
});
