// An AI never gives, in one year, orders that undo each other (the playtest read them as an AI at
// odds with itself): a trade pact with an embargo, aid to a war's victim with open support to its
// attacker.
import { describe, expect, it } from 'vitest';
import { loadBuiltinScenario, type Order, simulate } from '../../src/sim/index';

describe('an AI year', () => {
  it('holds no trade pact with an embargo, nor aid to a war with open support to its attacker', () => {
    const loaded = loadBuiltinScenario('khitomer-accords');
    if (!loaded.ok) throw new Error('no campaign');
    const found: string[] = [];
    let pacts = 0;
    let embargoes = 0;
    let aided = 0;
    // Each war's attacker by id, from every state seen (a war an order aids may end in its year).
    const attackers = new Map<string, string>();
    for (let i = 0; i < 24; i++) {
      const pairs = [
        ['pragmatist', 'hawk'],
        ['hawk', 'pragmatist'],
        ['pragmatist', 'pragmatist'],
      ] as const;
      const [federation, klingon] = pairs[i % 3] as (typeof pairs)[number];
      simulate(loaded.value, {
        seed: `coherence-${i}`,
        policies: { federation, klingon },
        onTurn: (report, state, orders) => {
          for (const w of state.wars) attackers.set(w.id, w.thirdPower);
          for (const [party, list] of Object.entries(orders) as [string, Order[]][]) {
            const types = new Set(list.map((o) => o.type));
            if (types.has('trade-pact')) pacts++;
            if (types.has('embargo')) embargoes++;
            if (types.has('trade-pact') && types.has('embargo'))
              found.push(`${report.year} ${party}: pact and embargo`);
            for (const o of list) {
              if (o.type !== 'aid') continue;
              const attacker = attackers.get(o.target);
              if (attacker) aided++;
              if (attacker && list.some((x) => x.type === 'open-support' && x.thirdPower === attacker))
                found.push(`${report.year} ${party}: aid and open support against ${attacker}`);
            }
          }
        },
      });
    }
    // The games give both kinds of trade order, so the check reads something.
    expect(pacts).toBeGreaterThan(0);
    expect(embargoes).toBeGreaterThan(0);
    expect(aided).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
