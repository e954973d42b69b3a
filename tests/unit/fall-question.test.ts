// Orders that would bring the side's own government down are asked about before End (a playtest
// handed a sheltered hero over in its tenth year and lost its game, the price only in a row's small
// print): the support they cost at once (sim supportLostAtOnce) against the support there is.
import { describe, expect, it } from 'vitest';
import { ordersFall } from '../../src/game/ui/end-year';
import { type Order, supportLostAtOnce } from '../../src/sim/index';
import { addEvents, miniGame, turn } from './fixtures';

describe('ordersFall', () => {
  it('names the hand-over of a sheltered hero that takes support to 0, and nothing that leaves some', () => {
    let s = miniGame((x) => addEvents(x, { year: 2300, type: 'renegade', origin: 'klingon' }));
    const ob = s.obligations[0]?.id ?? '';
    const extradite: Order = { type: 'extradite', obligation: ob };
    // Before the shelter, a Klingon extradition costs its dishonour alone.
    expect(supportLostAtOnce(s, 'klingon', extradite)).toBe(-s.rules.support.klingonExtradition);
    expect(supportLostAtOnce(s, 'federation', extradite)).toBe(0);
    s = turn(s, { klingon: [{ type: 'shelter', obligation: ob }] }).state;
    const lost = s.rules.lasting.heroHandedOver;
    expect(supportLostAtOnce(s, 'klingon', extradite)).toBe(lost);
    expect(supportLostAtOnce(s, 'klingon', { type: 'shelter', obligation: ob })).toBe(0);
    s.powers.klingon.support = lost + 1;
    expect(ordersFall(s, 'klingon', [extradite])).toBeNull();
    s.powers.klingon.support = lost;
    const fugitive = s.obligations.find((o) => o.id === ob);
    if (fugitive?.kind !== 'extradition') throw new Error('no fugitive');
    expect(ordersFall(s, 'klingon', [extradite])).toBe(
      `Your government would fall, and the game end: Extradite ${fugitive.fugitive} (−${lost}) costs ${lost} support at home at once, and your support is ${lost}.`,
    );
    // Nothing queued, or another power's orders: nothing asked.
    expect(ordersFall(s, 'klingon', [])).toBeNull();
    expect(ordersFall(s, 'federation', [extradite])).toBeNull();
  });
});
