// The AI weighs a blow with every fleet that could join it (rules version 14): fleets of one power
// ordered against one world fight as one attack (rules version 13), so a world that no fleet of
// them could take alone is worth striking together (src/sim/ai/economy.ts `strikes`).
import { describe, expect, it } from 'vitest';
import { planOrders } from '../../src/sim/ai/plan';
import { type GameState, type Order, TRAITS } from '../../src/sim/index';
import { miniGame } from './fixtures';

/** The Federation has lost Station K-7 to the Tholians; its fleets `ships` strong stand at `places`. */
function lostK7(places: readonly string[], ships: number): GameState {
  const g = miniGame();
  g.systems = g.systems.map((x) => (x.id === 'k7' ? { ...x, owner: 'tholian' } : x));
  const fed = places.map((location, i) => ({
    id: `f${i + 1}`,
    owner: 'federation',
    location,
    strength: ships,
  }));
  g.fleets = [...g.fleets.filter((f) => f.owner !== 'federation'), ...fed];
  return g;
}

const attacksOn = (orders: readonly Order[], target: string) =>
  orders.filter((o) => o.type === 'attack' && o.target === target).map((o) => (o as { fleet: string }).fleet);

describe('the AI masses its fleets for a blow none could strike alone', () => {
  it('sends both fleets beside a lost world when together they outnumber its garrison', () => {
    const garrison = miniGame().rules.battle.garrison;
    // Alone, a fleet as strong as the garrison wins one battle in two: not worth the risk (0.55).
    const g = lostK7(['vulcan', 'archanis'], garrison);
    expect(attacksOn(planOrders(g, 'federation', TRAITS.pragmatist), 'k7').sort()).toEqual(['f1', 'f2']);
  });

  it('sends none when only one of them is in reach', () => {
    const garrison = miniGame().rules.battle.garrison;
    const g = lostK7(['vulcan', 'sol'], garrison);
    expect(attacksOn(planOrders(g, 'federation', TRAITS.pragmatist), 'k7')).toEqual([]);
  });
});
