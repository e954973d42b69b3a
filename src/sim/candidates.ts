// Every order a power could give this year, one by one (each valid alone; budgets are shared, so
// a set of them is checked again in sequence). The screens list these; policies choose from them.
// One list, in a fixed order, rather than a part in each order's definition: the random policy
// draws from it by position, so its order is part of every seeded random game.
import { EMBASSY_ACTIONS, ESPIONAGE_MODES, type Order, validateOrder } from './orders/index';
import { ARTICLES, type GameState, otherParty, type Party } from './types';
import { adjacency, findSystem } from './world';

export function candidateOrders(s: GameState, party: Party): Order[] {
  const out: Order[] = [];
  const { neighbours } = adjacency(s);
  const other = otherParty(party);
  for (const f of s.fleets) {
    if (f.owner !== party) continue;
    const reach = new Set<string>();
    let frontier = [f.location];
    for (let d = 0; d < s.rules.movement.maxLanes; d++) {
      const next: string[] = [];
      for (const n of frontier)
        for (const m of neighbours.get(n) ?? [])
          if (!reach.has(m) && m !== f.location) {
            reach.add(m);
            next.push(m);
          }
      frontier = next;
    }
    for (const to of [...reach].sort()) out.push({ type: 'move', fleet: f.id, to });
    for (const t of [f.location, ...(neighbours.get(f.location) ?? [])]) {
      const sys = findSystem(s, t);
      if (sys && sys.owner !== null && sys.owner !== party)
        out.push({ type: 'attack', fleet: f.id, target: t });
    }
    const near = new Set([f.location, ...(neighbours.get(f.location) ?? [])]);
    for (const g of s.fleets)
      if (g.owner !== party && near.has(g.location))
        out.push({ type: 'attack-fleet', fleet: f.id, target: g.id });
  }
  for (const sys of s.systems) {
    if (sys.owner !== party) continue;
    if (sys.shipyard) for (const ships of [1, 2, 4]) out.push({ type: 'build', system: sys.id, ships });
    out.push({ type: 'develop', system: sys.id });
  }
  for (const action of EMBASSY_ACTIONS) out.push({ type: 'embassy', action });
  for (const ob of s.obligations) {
    if (ob.kind === 'aid') {
      for (const amount of [Math.ceil(ob.need / 2), ob.need, Math.ceil((ob.need * 3) / 2)])
        if (amount > 0) out.push({ type: 'aid', target: ob.id, amount });
    } else if (ob.kind === 'extradition') {
      out.push({ type: 'extradite', obligation: ob.id });
      // A sheltered fugitive is kept or handed over late: no escape (rules version 25).
      if (ob.decision !== 'sheltered')
        out.push({ type: 'shelter', obligation: ob.id }, { type: 'stage-escape', obligation: ob.id });
    } else {
      out.push({ type: 'accept-ruling', obligation: ob.id });
    }
  }
  for (const w of s.wars) {
    if (w.victim === other) {
      out.push({ type: 'aid', target: w.id, amount: s.rules.rewards.warAidMinimum });
      out.push(
        { type: 'covert-arms', thirdPower: w.thirdPower },
        { type: 'open-support', thirdPower: w.thirdPower },
      );
    }
  }
  for (const c of s.claims) out.push({ type: 'arbitrate', dispute: c.id });
  for (const sys of s.systems) {
    if (sys.zone === 'disputed' && !s.claims.some((c) => c.system === sys.id))
      out.push({ type: 'arbitrate', dispute: sys.id });
    if ((sys.zone === 'disputed' || sys.zone === 'neutral-zone') && sys.owner === null)
      out.push({ type: 'seize', system: sys.id });
  }
  out.push({ type: 'trade-pact' }, { type: 'embargo' });
  for (const mode of ESPIONAGE_MODES) out.push({ type: 'espionage', mode });
  out.push(
    { type: 'address-council' },
    { type: 'summit' },
    { type: 'suspend-accords' },
    { type: 'vouch' },
    { type: 'grant-passage' },
  );
  // The answers of a wronged party (DESIGN.md section 15.4), and the offender's to a demand.
  for (const article of ARTICLES) out.push({ type: 'protest', article });
  out.push(
    { type: 'demand-reparations' },
    { type: 'reparations', answer: 'pay' },
    { type: 'reparations', answer: 'refuse' },
    { type: 'declare-war' },
  );
  return out.filter((o) => validateOrder(s, party, o).ok);
}
