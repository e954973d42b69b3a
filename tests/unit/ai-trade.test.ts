// What an embargo costs the AI in trade (src/sim/ai/trade.ts): the pact it ends or the offer it
// voids, the same for the embargo as a breach and as sanctions (the sanctions once counted a pact
// in force only, and voided offers the same AI accepted that year).
import { describe, expect, it } from 'vitest';
import { embargoTradeCost } from '../../src/sim/ai/trade';
import { makeEval } from '../../src/sim/ai/value';
import { industryOf, TRAITS } from '../../src/sim/index';
import { miniGame } from './fixtures';

describe("an embargo's price in trade", () => {
  it('is nothing with no pact and no offer, and five years of the pact’s income with either', () => {
    const g = miniGame();
    g.tradePact = false;
    g.pactProposal = null;
    const e = () => makeEval(g, 'klingon', TRAITS.pragmatist);
    expect(embargoTradeCost(e())).toBe(0);

    g.pactProposal = { by: 'federation', year: g.year };
    const offer = embargoTradeCost(e());
    const income = (industryOf(g, 'klingon') * g.rules.economy.pactPercent) / 100;
    expect(income).toBeGreaterThan(0);
    expect(offer).toBeCloseTo(income * 5 * e().rv, 9);

    g.pactProposal = null;
    g.tradePact = true;
    expect(embargoTradeCost(e())).toBeCloseTo(offer, 9);

    g.rules = { ...g.rules, economy: { ...g.rules.economy, pactPercent: 0 } };
    expect(embargoTradeCost(e())).toBe(0);
  });
});
