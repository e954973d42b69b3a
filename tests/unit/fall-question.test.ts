// Orders that may bring the side's own government down are asked about before End (a playtest
// handed a sheltered hero over in its tenth year and lost its game, the price only in a row's small
// print): the support they cost at once (sim supportLostAtOnce) against the support there is, and the
// strained Accords' loss at the year's end.
import { describe, expect, it } from 'vitest';
import { ordersFall } from '../../src/game/ui/end-year';
import { type GameState, type Order, supportLostAtOnce } from '../../src/sim/index';
import { addEvents, miniGame, turn } from './fixtures';

/** The mini game with a renegade of the Empire's sheltered in 2300: 2301, its hand-over to give. */
function sheltered(): { s: GameState; extradite: Order; fugitive: string } {
  let s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
  const ob = s.obligations[0];
  if (ob?.kind !== 'extradition') throw new Error('no fugitive');
  s = turn(s, { klingon: [{ type: 'shelter', obligation: ob.id }] }).state;
  return { s, extradite: { type: 'extradite', obligation: ob.id }, fugitive: ob.fugitive };
}

describe('ordersFall', () => {
  it('counts what an order costs at once: a hero handed over late, a Klingon extradition', () => {
    const s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
    const extradite: Order = { type: 'extradite', obligation: s.obligations[0]?.id ?? '' };
    expect(supportLostAtOnce(s, 'klingon', extradite)).toBe(-s.rules.support.klingonExtradition);
    expect(supportLostAtOnce(s, 'federation', extradite)).toBe(0);
    const late = sheltered();
    expect(supportLostAtOnce(late.s, 'klingon', late.extradite)).toBe(late.s.rules.lasting.heroHandedOver);
  });

  it('names a hand-over that takes support to 0, and the year then brings the fall it names', () => {
    const { s, extradite, fugitive } = sheltered();
    const lost = s.rules.lasting.heroHandedOver;
    s.powers.klingon.support = lost;
    expect(ordersFall(s, 'klingon', [extradite])).toBe(
      `Your government may fall, and the game end: Extradite ${fugitive} (−${lost}) takes your support from ${lost} to 0. A government whose support is 0 when the year's support is judged falls, unless the year's other gains lift it first.`,
    );
    expect(turn(s, { klingon: [extradite] }).state.result?.kind).toBe('government-fell');
    // With support to spare, nothing is asked, and the government stands.
    s.powers.klingon.support = lost + 10;
    expect(ordersFall(s, 'klingon', [extradite])).toBeNull();
    expect(turn(s, { klingon: [extradite] }).state.result).toBeNull();
    // Nothing queued, or another power's orders: nothing asked.
    expect(ordersFall(s, 'klingon', [])).toBeNull();
    expect(ordersFall(s, 'federation', [extradite])).toBeNull();
  });

  it('counts the strained Accords’ loss at the year’s end when the hand-over leaves less', () => {
    const { s, extradite } = sheltered();
    const lost = s.rules.lasting.heroHandedOver;
    const strain = -s.rules.support.strainedPerYear;
    expect(strain).toBeGreaterThan(0);
    s.powers.klingon.support = lost + strain;
    expect(ordersFall(s, 'klingon', [extradite])).toBeNull();
    s.status = 'strained';
    expect(ordersFall(s, 'klingon', [extradite])).toContain(
      `takes your support from ${lost + strain} to ${strain}, and the strained Accords take ${strain} more at the year's end.`,
    );
  });
});
