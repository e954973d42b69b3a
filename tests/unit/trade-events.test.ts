// Trade events that would offer what cannot be (rules version 12, issue 16's playtest): "Merchants at
// the Border" offered a trade pact that already held. Such an event still comes (nothing a power does
// changes which events come), but it offers nothing, and its card says why.
import { describe, expect, it } from 'vitest';
import type { GameState, Order, ScenarioInput } from '../../src/sim/index';
import { addEvents, miniGame, turn, withRules } from './fixtures';

const pact: Order = { type: 'trade-pact' };

/** A table whose one slot a year always brings the trade entry. */
function table(kind: 'pact-offer' | 'tariff-quarrel', title?: string) {
  return (s: ScenarioInput) => {
    withRules(s, { events: { drawsPerYear: 1, chancePercent: 100 } });
    s.eventTable = [{ type: 'trade', weight: 1, kind, ...(title ? { title } : {}) }];
  };
}

const cards = (s: GameState) => s.events.map((e) => `${e.title}: ${e.text}`);
/** The year after both powers signed a pact (for 30 years: to 2329). */
const signed = (g: GameState) => turn(g, { federation: [pact], klingon: [pact] }).state;

describe('trade events that would offer what cannot be', () => {
  it('a pact offer while a pact holds offers nothing, and says so', () => {
    const g = miniGame(table('pact-offer', 'Merchants at the Border'));
    expect(cards(g)).toEqual([
      expect.stringMatching(/^Merchants at the Border: the (Federation|Klingon Empire) offers a trade pact/),
    ]);
    expect(g.pactProposal).not.toBeNull();
    const next = signed(g);
    expect(next.tradePact).toBe(true);
    expect(cards(next)).toEqual([
      'Merchants at the Border: Merchants of both powers ask for open ports, but the trade pact in force already gives them, until 2329: no new pact is offered.',
    ]);
    expect(next.pactProposal).toBeNull();
  });

  it('a pact offer while the Accords are not in force offers nothing; the type’s own title is plain', () => {
    const g = miniGame((s) => {
      table('pact-offer')(s);
      s.status = 'strained';
      s.powers.federation.standing = 30;
    });
    expect(cards(g)).toEqual([
      'Trade: Merchants of both powers ask for open ports, but no trade pact can be signed while the Accords are strained: none is offered.',
    ]);
    expect(g.pactProposal).toBeNull();
  });

  it('a tariff quarrel with no pact asks nothing; with one, it threatens it', () => {
    const g = miniGame(table('tariff-quarrel'));
    expect(cards(g)).toEqual([
      'Trade: Merchants quarrel over tariffs, but no trade pact holds for the quarrel to end: nothing is asked of either power.',
    ]);
    expect(g.claims).toEqual([]);
    const next = signed(g);
    expect(cards(next)).toEqual([
      'A tariff quarrel: Merchants quarrel over tariffs. Unless both powers take it to arbitration this year, the trade pact lapses.',
    ]);
    expect(next.claims.map((c) => c.kind)).toEqual(['tariff']);
  });

  it('a scripted pact offer while a pact holds offers nothing either', () => {
    const g = miniGame((s) =>
      addEvents(s, { year: 2301, type: 'trade', kind: 'pact-offer', title: 'A compact' }),
    );
    const next = signed(g);
    expect(next.tradePact).toBe(true);
    expect(cards(next)).toEqual([expect.stringMatching(/^A compact: .*no new pact is offered\.$/)]);
    expect(next.pactProposal).toBeNull();
  });
});
