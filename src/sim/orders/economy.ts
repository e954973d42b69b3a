// The economy's orders: build ships at a shipyard, develop a world.
import { type GameState, PARTY_NAMES, type Party, type RulingObligation } from '../types';
import { developCostOf, findSystem, systemName } from '../world';
import { count, type OrderDefinition, orderShape, plural, ref, refusal } from './define';

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
  effect: (s, party, order) =>
    // Ships are built before fleets sail (builds resolve before moves): playtest 22's new ships left Sol with the fleet it moved.
    `${plural(order.ships, 'ship')} ${order.ships === 1 ? 'joins' : 'join'} your fleet at ${systemName(s, order.system)} (or form one there), before the fleets sail: if that fleet moves or attacks this year, the new ships go with it.${keepOf(s, party, order.ships)}`,
  breaches: [],
};

/**
 * What ships cost to keep and what they add to the parade (playtest 42 built six ships a year with
 * upkeep at 43 of 99 income and the parade full, and the row said neither).
 */
function keepOf(s: GameState, party: Party, more: number): string {
  const { upkeepShipsPerReserve: per } = s.rules.economy;
  const { paradeShipsPerPoint: perPoint, paradeMax } = s.rules.scoring;
  let ships = 0;
  for (const f of s.fleets) if (f.owner === party) ships += f.strength;
  const after = ships + more;
  const upkeep = `Your ${plural(ships, 'ship')} cost ${plural(Math.floor(ships / per), 'reserve')} of upkeep a year; with these, ${Math.floor(after / per)}.`;
  const full = paradeMax * perPoint;
  const parade =
    paradeMax <= 0
      ? ''
      : ships >= full
        ? ` The parade of ${s.lastYear} is full already (${full} ships make its most, ${paradeMax} points): these add nothing to it.`
        : after > full
          ? ` The parade of ${s.lastYear} counts ${full} ships at most (${paradeMax} points): ${plural(after - full, 'ship')} of these would add nothing to it.`
          : '';
  return ` ${upkeep}${parade}`;
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
    return ` ${PARTY_NAMES[claim.claimant]} claims it (since ${claim.since}): should the arbiters award it to them, it goes to them developed, or stays yours only by an open breach of Article VI.`;
  }
  const winner = PARTY_NAMES[ruling.winner];
  return ruling.accepted
    ? ` You accepted the ruling that gives it to ${winner}: it goes to them, developed, at the end of ${ruling.deadline}.`
    : ` The arbiters' ruling gives it to ${winner}: accepted by ${ruling.deadline}, it goes to them developed; only ignored (an open breach of Article VI) does it stay yours.`;
}
