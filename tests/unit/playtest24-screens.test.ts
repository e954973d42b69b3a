// Playtest 24's screen defects, through the pure functions behind them.
import { describe, expect, it } from 'vitest';
import { answeredWords } from '../../src/game/ui/suspension';
import { miniGame } from './fixtures';

describe('the suspension question, answered in the report', () => {
  const s = miniGame((g) => {
    g.powers.klingon.standing = 10;
  });

  it('keeping them says nothing is given and how to suspend later', () => {
    const w = answeredWords(s, 'federation', 'keep');
    expect(w).toContain(`You keep the Accords: nothing is given for ${s.year}.`);
    expect(w).toContain("The Klingon Empire's standing stays below 20");
  });

  it('suspending says the order is given for the year and how to take it back', () => {
    const w = answeredWords(s, 'federation', 'suspend');
    expect(w).toContain(`Suspend the Accords is given for ${s.year}`);
    expect(w).toContain(`withdraw it from Orders for ${s.year}`);
  });
});
