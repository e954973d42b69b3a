// The economy's orders: build ships at a shipyard, develop a world.
import { paradeOf, shipsOf } from '../scoring';
import { type GameState, PARTY_NAMES, PARTY_TITLES, type Party, type RulingObligation } from '../types';
import { developCostOf, findSystem, systemName } from '../world';
import { count, type OrderDefinition, orderShape, plural, ref, refusal } from './define';
import type { Order } from './index';

export const BUILD = orderShape('build', {
  system: ref('a system id'),
  ships: count('a whole number of ships above 0'),
});
export const DEVELOP = orderShape('develop', { system: ref('a system id') });

export const build: OrderDefinition<'build'> = {
  shape: BUILD,
  step: 'builds',
  cost: (s, _party, order) => ({
    influence: 0,
    reserves: s.rules.economy.shipCost * (Number.isInteger(order.ships) ? order.ships : 0),
    fleet: null,
  }),
  check(state, party, order, queued) {
    const sys = findSystem(state, order.system);
    if (!sys) return refusal('order/unknown-system', `There is no system ${order.system}.`);
    if (sys.owner !== party || !sys.shipyard) {
      return refusal('order/no-shipyard', `${sys.name} is not a shipyard of yours.`);
    }
    let already = 0;
    for (const q of queued) if (q.type === 'build' && q.system === sys.id) already += q.ships;
    const most = state.rules.economy.maxBuildPerYard;
    if (already + order.ships > most) {
      return refusal(
        'order/yard-full',
        `${sys.name} can build ${most} ships a year; ${already} are already ordered.`,
      );
    }
    return null;
  },
  describe: (state, _party, order) =>
    `Build ${order.ships} ship${order.ships === 1 ? '' : 's'} at ${systemName(state, order.system)}`,
  effect: (s, _party, order) =>
    // Ships are built before fleets sail (builds resolve before moves): playtest 22's new ships left Sol with the fleet it moved.
    `${plural(order.ships, 'ship')} ${order.ships === 1 ? 'joins' : 'join'} your fleet at ${systemName(s, order.system)} (or form one there), before the fleets sail: if that fleet moves or attacks this year, the new ships go with it.`,
  breaches: [],
};

/**
 * What a build adds to the fleet's upkeep and to the parade, after the ships `queued` builds already
 * add (playtest 42 built six ships a year with upkeep at 43 of 99 income and the parade full, and the
 * row said neither). Its row shows it beside the order's words.
 */
export function buildKeep(
  s: GameState,
  party: Party,
  order: Extract<Order, { type: 'build' }>,
  queued: readonly Order[],
): string {
  const { upkeepShipsPerReserve: per } = s.rules.economy;
  const ships = shipsOf(s, party, queued);
  const after = ships + order.ships;
  const mine = queued.some((q) => q.type === 'build') ? 'with the builds given' : 'now';
  const upkeep = `Upkeep, a reserve a year for every ${plural(per, 'ship')}: ${Math.floor(ships / per)} for your ${plural(ships, 'ship')} ${mine}, ${Math.floor(after / per)} with these.`;
  const { paradeMax } = s.rules.scoring;
  if (paradeMax <= 0) return upkeep;
  const full = paradeMax * s.rules.scoring.paradeShipsPerPoint;
  if (paradeOf(s.rules, ships) >= paradeMax)
    return `${upkeep} The parade of ${s.lastYear} is full already (${full} ships make its most, ${paradeMax} points): these add nothing to it.`;
  if (after > full)
    return `${upkeep} The parade of ${s.lastYear} counts ${full} ships at most (${paradeMax} points): ${plural(after - full, 'ship')} of these would add nothing to it.`;
  return upkeep;
}

export const develop: OrderDefinition<'develop'> = {
  shape: DEVELOP,
  step: 'builds',
  // A world developed again this year pays the next level again: the year's builds charge each
  // development at the world's output then (../economy.ts resolveBuilds).
  cost: (s, _party, order, queued) => {
    const sys = findSystem(s, order.system);
    let planned = 0;
    for (const q of queued) if (q.type === 'develop' && q.system === order.system) planned++;
    return {
      influence: 0,
      reserves: developCostOf(s.rules.economy, (sys?.output ?? 0) + planned),
      fleet: null,
    };
  },
  check(state, party, order, queued) {
    const sys = findSystem(state, order.system);
    if (!sys) return refusal('order/unknown-system', `There is no system ${order.system}.`);
    if (sys.owner !== party) return refusal('order/not-your-system', `${sys.name} is not yours to develop.`);
    let planned = 0;
    for (const q of queued) if (q.type === 'develop' && q.system === sys.id) planned++;
    if (sys.output + planned >= state.rules.economy.maxOutput) {
      return refusal('order/fully-developed', `${sys.name} already yields the most it can.`);
    }
    return null;
  },
  describe: (state, _party, order) => `Develop ${systemName(state, order.system)}`,
  effect: (s, party, order) =>
    `${systemName(s, order.system)} yields 1 more output a year (at most ${s.rules.economy.maxOutput}).${rulingWords(s, party, order.system)}`,
  breaches: [],
};

/**
 * A ruling that gives the world to the other power, on the row of its development: playtest 39
 * developed Sherman's Planet for 112 reserves in the year it accepted the ruling that handed it over.
 */
function rulingWords(s: GameState, party: Party, system: string): string {
  const ruling = s.obligations.find(
    (o): o is RulingObligation => o.kind === 'ruling' && o.system === system && o.debtor === party,
  );
  if (!ruling) {
    // A claim of the other's on it (playtest 42 developed Sherman's Planet for 92 in the year the
    // Federation revived its claim, and the next year's ruling handed it over).
    const claim = s.claims.find((c) => c.kind === 'territory' && c.system === system && c.claimant !== party);
    if (!claim || claim.claimant === null) return '';
    return ` ${PARTY_TITLES[claim.claimant]} claims it (since ${claim.since}): should the arbiters award it to them, it goes to them developed, or stays yours only by an open breach of Article VI.`;
  }
  const winner = PARTY_NAMES[ruling.winner];
  return ruling.accepted
    ? ` You accepted the ruling that gives it to ${winner}: it goes to them, developed, at the end of ${ruling.deadline}.`
    : ` The arbiters' ruling gives it to ${winner}: accepted by ${ruling.deadline}, it goes to them developed; only ignored (an open breach of Article VI) does it stay yours.`;
}
