// Builds and development (step b), and income and upkeep (step k).

import { addFleet, type Ctx, changeReserves, note, ownFleet, ownSystem } from './context';
import { plural } from './orders/define';
import type { OrderRef } from './resolve-types';
import { ofParty, PARTIES, type Party, powerOf } from './types';
import { developCostOf, findSystem, industries, ownedBy, pactIncome, ships } from './world';

export function resolveBuilds(ctx: Ctx, refs: OrderRef[]): void {
  const s = ctx.s;
  for (const { party, index, order } of refs) {
    const cause = { order: { party, index, type: order.type } };
    if (order.type === 'build') {
      const sys = findSystem(s, order.system);
      if (!sys || !ownedBy(sys, party)) continue; // lost earlier this year: nothing is built
      const cost = ctx.rules.economy.shipCost * order.ships;
      if (powerOf(s, party).reserves < cost) continue;
      changeReserves(ctx, party, -cost, cause, `${plural(order.ships, 'ship')} built at ${sys.name}.`);
      const fleet = s.fleets.find((f) => f.owner === party && f.location === sys.id);
      if (fleet) {
        ownFleet(ctx, fleet).strength += order.ships;
      } else {
        // A fresh id that no fleet of the scenario or of earlier builds carries.
        let id = '';
        do {
          id = `${party}-${s.nextFleetId}`;
          s.nextFleetId += 1;
        } while (s.fleets.some((f) => f.id === id));
        addFleet(ctx, { id, owner: party, location: sys.id, strength: order.ships });
      }
      note(ctx, {
        kind: 'fleet',
        party,
        delta: order.ships,
        article: null,
        cause,
        text: `${plural(order.ships, 'ship')} ${order.ships === 1 ? 'joins' : 'join'} the fleet at ${sys.name}.`,
      });
    } else if (order.type === 'develop') {
      const found = findSystem(s, order.system);
      if (!found || !ownedBy(found, party) || found.output >= ctx.rules.economy.maxOutput) continue;
      const cost = developCostOf(ctx.rules.economy, found.output);
      if (powerOf(s, party).reserves < cost) continue;
      changeReserves(ctx, party, -cost, cause, `${found.name} is developed.`);
      const sys = ownSystem(ctx, found);
      const from = sys.output;
      sys.output += 1;
      note(ctx, {
        kind: 'industry',
        party,
        delta: 1,
        from,
        to: sys.output,
        article: null,
        cause,
        text: `${sys.name} now yields ${sys.output}.`,
      });
    }
  }
}

/**
 * Step k: each power's industry (with the trade pact) comes in; its ships' upkeep goes out.
 * `industryNow` is both powers' industry as it stands (`industries`), when the caller has it.
 */
export function resolveIncome(
  ctx: Ctx,
  embargoes: readonly Party[],
  industryNow: Record<Party, number> = industries(ctx.s),
): void {
  const s = ctx.s;
  const e = ctx.rules.economy;
  const shipsNow = ships(s);
  for (const party of PARTIES) {
    // The income changes reserves only: the industry it is paid from is also the year's last.
    const base = ofParty(industryNow, party);
    let industry = base;
    if (s.tradePact) industry += pactIncome(s, industry);
    const upkeep = Math.floor(ofParty(shipsNow, party) / e.upkeepShipsPerReserve);
    changeReserves(
      ctx,
      party,
      industry - upkeep,
      { rule: 'income' },
      `Income ${industry}, upkeep ${upkeep}.`,
    );
    powerOf(s, party).lastIndustry = base;
  }
  // An embargo takes its toll on the other party's income and profits the one who imposed it.
  for (const party of PARTIES) {
    if (!embargoes.includes(party)) continue;
    const other = party === 'federation' ? 'klingon' : 'federation';
    const taken = -changeReserves(
      ctx,
      other,
      -e.embargoGain,
      { rule: 'embargo' },
      'Tariffs bite into trade.',
      'VI',
    );
    changeReserves(ctx, party, taken, { rule: 'embargo' }, 'Tariffs fill the treasury.', 'VI');
  }
}
