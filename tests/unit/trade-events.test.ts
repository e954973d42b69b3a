// Trade events that would offer what cannot be (rules version 12, issue 16's playtest): "Merchants at
// the Border" offered a trade pact that already held. Such an entry's draw brings nothing (the year's
// other draws come as they would have); a scripted one is not revealed.
import { describe, expect, it } from 'vitest';
import type { GameState, Order, ScenarioInput } from '../../src/sim/index';
import { addEvents, miniGame, turn, withRules } from './fixtures';

const pact: Order = { type: 'trade-pact' };

/** A table whose one slot a year always draws: the trade entry almost always, else the hawks. */
function table(kind: 'pact-offer' | 'tariff-quarrel') {
  return (s: ScenarioInput) => {
    withRules(s, { events: { drawsPerYear: 1, chancePercent: 100 } });
    s.eventTable = [
      { type: 'trade', weight: 1000, kind, title: 'Merchants at the Border' },
      { type: 'domestic', weight: 1, party: 'federation', faction: 'hawks', support: -1 },
    ];
  };
}

const titles = (s: GameState) => s.events.map((e) => e.title);
/** The year after both powers signed a pact. */
const signed = (g: GameState) => turn(g, { federation: [pact], klingon: [pact] }).state;

describe('trade events that would offer what cannot be', () => {
  it('a pact offer comes while no pact holds, and nothing comes of its draw while one does', () => {
    const g = miniGame(table('pact-offer'));
    expect(titles(g)).toEqual(['Merchants at the Border']);
    expect(g.pactProposal).not.toBeNull();
    const next = signed(g);
    expect(next.tradePact).toBe(true);
    expect(titles(next)).toEqual([]);
    expect(next.pactProposal).toBeNull();
  });

  it('nothing comes of a pact offer’s draw while the Accords are not in force', () => {
    const g = miniGame((s) => {
      table('pact-offer')(s);
      s.status = 'strained';
      s.powers.federation.standing = 30;
    });
    expect(titles(g)).toEqual([]);
    expect(g.pactProposal).toBeNull();
  });

  it('nothing comes of a tariff quarrel’s draw while no pact holds; it comes while one does', () => {
    const g = miniGame(table('tariff-quarrel'));
    expect(titles(g)).toEqual([]);
    const next = signed(g);
    expect(titles(next)).toEqual(['Merchants at the Border']);
    expect(next.claims.map((c) => c.kind)).toEqual(['tariff']);
  });

  it('spends the draw: a later slot draws among the rest as it would have', () => {
    const two = (s: ScenarioInput) => {
      table('pact-offer')(s);
      withRules(s, { events: { drawsPerYear: 2 } });
    };
    expect(titles(miniGame(two))).toEqual(['Merchants at the Border', 'The hawks press the Federation']);
    expect(titles(signed(miniGame(two)))).toEqual(['The hawks press the Federation']);
  });

  it('a scripted pact offer while a pact holds is not revealed', () => {
    const g = miniGame((s) =>
      addEvents(s, { year: 2301, type: 'trade', kind: 'pact-offer', title: 'A compact' }),
    );
    const next = signed(g);
    expect(next.tradePact).toBe(true);
    expect(titles(next)).toEqual([]);
    expect(next.pactProposal).toBeNull();
  });
});
