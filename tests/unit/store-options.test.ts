// The new game's options checked (src/store/options.ts): a side the scenario does not offer is
// refused in the game's own name for that side (issue 14: party names declared once, in the core).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNewGameOptions } from '../../src/store/options';

const campaign = JSON.parse(readFileSync('levels/khitomer-accords.json', 'utf8')) as Record<string, unknown>;

describe('checkNewGameOptions', () => {
  it('refuses a side the scenario does not offer, naming it as the game does', () => {
    const federationOnly = { ...campaign, sides: ['federation'] };
    const r = checkNewGameOptions({ scenario: federationOnly, side: 'klingon' });
    expect(r).toEqual({ ok: false, error: `${campaign.title} cannot be played as the Klingon Empire.` });
    expect(checkNewGameOptions({ scenario: federationOnly, side: 'federation' }).ok).toBe(true);
  });
});
