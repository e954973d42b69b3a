// What the support panel says of support's upkeep (src/game/ui/support-words.ts), by this game's rules.
import { describe, expect, it } from 'vitest';
import { supportCosts, supportUpkeep } from '../../src/game/ui/support-words';
import { miniGame, withPressure, withRules } from './fixtures';

describe('the words of support’s upkeep', () => {
  it('name the high line above which a gain counts half (rules version 16), where the rules have one', () => {
    const pressed = supportUpkeep(miniGame(withPressure), 'klingon');
    expect(pressed).toContain('support above 50 ebbs by 2. Above 80, a gain counts half. ');
    // The fixture's own rules hold no high line (100): nothing is said of it.
    expect(supportUpkeep(miniGame(), 'klingon')).not.toContain('counts half');
  });
});

describe('what support punishes', () => {
  it('names the hawks’ complaints and the ships that quiet them, by this game’s rules (rules version 25)', () => {
    for (const party of ['federation', 'klingon'] as const)
      expect(supportCosts(miniGame(), party)).toContain(
        "the hawks' complaints when they come, unless the year before gained a world or built 4 ships or more",
      );
    const six = miniGame((s) => withRules(s, { support: { hawksShips: 6 } }));
    expect(supportCosts(six, 'klingon').join('; ')).toContain('built 6 ships or more');
  });
});
