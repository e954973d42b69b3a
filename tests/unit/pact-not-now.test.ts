// Why a trade pact cannot be proposed, when the Diplomacy list leaves it out (playtest 22 found it
// gone with no word why while trade talks were closed).
import { describe, expect, it } from 'vitest';
import { pactNotNow } from '../../src/game/ui/not-now';
import { miniGame } from './fixtures';

describe('the Diplomacy list on a trade pact it leaves out', () => {
  it('says why, in the rules’ own words, and says nothing when one may be proposed or is given', () => {
    const g = miniGame();
    expect(pactNotNow(g, 'federation', [])).toBeNull();
    expect(pactNotNow(g, 'federation', [{ type: 'trade-pact' }])).toBeNull();
    g.talksClosedUntil = g.year + 2;
    expect(pactNotNow(g, 'federation', [])).toBe(
      `Propose a trade pact: Trade talks are closed: they open again in ${g.year + 3} (an offer was let pass or a pact lapsed).`,
    );
    g.talksClosedUntil = 0;
    g.tradePact = true;
    expect(pactNotNow(g, 'federation', [])).toBe('Propose a trade pact: A trade pact is already in force.');
  });
});
