// The order catalogue (DESIGN.md section 7): one discriminated union on `type`, its costs, and the
// validation that refuses an illegal order with a stable code and a sentence.

import {
  type GameState,
  ofParty,
  otherParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type Result,
} from './types';
import {
  adjacency,
  findFleet,
  findSystem,
  influenceOf,
  laneDistance,
  shortestPath,
  systemName,
  thirdPowerName,
} from './world';

export const ORDER_TYPES = [
  'move',
  'attack',
  'attack-fleet',
  'build',
  'develop',
  'embassy',
  'aid',
  'covert-arms',
  'open-support',
  'extradite',
  'shelter',
  'stage-escape',
  'arbitrate',
  'accept-ruling',
  'seize',
  'trade-pact',
  'embargo',
  'espionage',
  'address-council',
  'summit',
  'suspend-accords',
  'grant-passage',
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const EMBASSY_ACTIONS = ['establish', 'upgrade', 'recall', 'expel'] as const;
export const ESPIONAGE_MODES = ['reveal', 'steal', 'sabotage'] as const;

export type Order =
  | { type: 'move'; fleet: string; to: string }
  | { type: 'attack'; fleet: string; target: string }
  /** `target`: the id of the fleet attacked (the other party's or a third power's). */
  | { type: 'attack-fleet'; fleet: string; target: string }
  | { type: 'build'; system: string; ships: number }
  | { type: 'develop'; system: string }
  | { type: 'embassy'; action: (typeof EMBASSY_ACTIONS)[number] }
  /** `target`: a disaster's obligation id (Article IV) or a war's id (Article III). */
  | { type: 'aid'; target: string; amount: number }
  | { type: 'covert-arms'; thirdPower: string }
  | { type: 'open-support'; thirdPower: string }
  | { type: 'extradite'; obligation: string }
  | { type: 'shelter'; obligation: string }
  | { type: 'stage-escape'; obligation: string }
  /** `dispute`: a claim's id, or a disputed system's id. */
  | { type: 'arbitrate'; dispute: string }
  | { type: 'accept-ruling'; obligation: string }
  | { type: 'seize'; system: string }
  | { type: 'trade-pact' }
  | { type: 'embargo' }
  | { type: 'espionage'; mode: (typeof ESPIONAGE_MODES)[number] }
  | { type: 'address-council' }
  | { type: 'summit' }
  | { type: 'suspend-accords' }
  /** Consent (Article VI) for the other party's fleets in this power's territory, this year. */
  | { type: 'grant-passage' };

export interface OrderError {
  code: string;
  message: string;
}

export interface OrderCost {
  influence: number;
  reserves: number;
  /** The fleet whose year the order takes, if any. */
  fleet: string | null;
}

/** What an order costs, read off the rules. */
export function orderCost(state: GameState, party: Party, order: Order): OrderCost {
  const r = state.rules;
  const cost: OrderCost = { influence: 0, reserves: 0, fleet: null };
  switch (order.type) {
    case 'move':
    case 'attack':
    case 'attack-fleet':
      cost.fleet = order.fleet;
      break;
    case 'build':
      cost.reserves = r.economy.shipCost * (Number.isInteger(order.ships) ? order.ships : 0);
      break;
    case 'develop':
      cost.reserves = r.economy.developCost;
      break;
    case 'embassy': {
      cost.influence = r.influence.embassy;
      const level = powerOf(state, party).embassy;
      if (order.action === 'establish' || order.action === 'upgrade') {
        cost.reserves = r.economy.embassyCostPerLevel * (level + 1);
      }
      break;
    }
    case 'aid':
      cost.reserves = Number.isInteger(order.amount) ? order.amount : 0;
      break;
    case 'summit':
      cost.influence = r.influence.summit;
      break;
    case 'covert-arms':
    case 'open-support':
    case 'arbitrate':
    case 'accept-ruling':
    case 'seize':
    case 'trade-pact':
    case 'embargo':
    case 'espionage':
    case 'address-council':
    case 'grant-passage':
      cost.influence = r.influence.diplomacy;
      break;
    case 'extradite':
    case 'shelter':
    case 'stage-escape':
    case 'suspend-accords':
      break;
  }
  return cost;
}

function refuse(code: string, message: string): Result<Order, OrderError> {
  return { ok: false, error: { code, message } };
}

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;
const isString = (s: unknown): s is string => typeof s === 'string' && s.length > 0 && s.length <= 100;

const isEmbassyAction = (v: unknown) => (EMBASSY_ACTIONS as readonly unknown[]).includes(v);
const isEspionageMode = (v: unknown) => (ESPIONAGE_MODES as readonly unknown[]).includes(v);

/** The fields each order type needs: [field, check, what it must be]. */
const ORDER_FIELDS: Record<OrderType, readonly (readonly [string, (v: unknown) => boolean, string])[]> = {
  move: [
    ['fleet', isString, 'a fleet id'],
    ['to', isString, 'a system id'],
  ],
  attack: [
    ['fleet', isString, 'a fleet id'],
    ['target', isString, 'a system id'],
  ],
  'attack-fleet': [
    ['fleet', isString, 'a fleet id'],
    ['target', isString, 'a fleet id'],
  ],
  build: [
    ['system', isString, 'a system id'],
    ['ships', isPositiveInt, 'a whole number of ships above 0'],
  ],
  develop: [['system', isString, 'a system id']],
  embassy: [['action', isEmbassyAction, EMBASSY_ACTIONS.join(', ')]],
  aid: [
    ['target', isString, 'an obligation or war id'],
    ['amount', isPositiveInt, 'whole reserves above 0'],
  ],
  'covert-arms': [['thirdPower', isString, 'a third power id']],
  'open-support': [['thirdPower', isString, 'a third power id']],
  extradite: [['obligation', isString, 'an obligation id']],
  shelter: [['obligation', isString, 'an obligation id']],
  'stage-escape': [['obligation', isString, 'an obligation id']],
  arbitrate: [['dispute', isString, 'a claim or disputed system id']],
  'accept-ruling': [['obligation', isString, 'an obligation id']],
  seize: [['system', isString, 'a system id']],
  'trade-pact': [],
  embargo: [],
  espionage: [['mode', isEspionageMode, ESPIONAGE_MODES.join(', ')]],
  'address-council': [],
  summit: [],
  'suspend-accords': [],
  'grant-passage': [],
};

// The same, by type in a Map: the shape check's lookup, for any text a file or a console sends.
const FIELDS_OF: ReadonlyMap<string, (typeof ORDER_FIELDS)[OrderType]> = new Map(
  Object.entries(ORDER_FIELDS),
);

/** Check the shape of untrusted input (a replay, the console, a test) before the rules see it. */
function checkShape(raw: unknown): Result<Order, OrderError> {
  if (typeof raw !== 'object' || raw === null)
    return refuse('order/malformed', 'An order must be an object.');
  const o = raw as Record<string, unknown>;
  const type = o.type;
  const fields = typeof type === 'string' ? FIELDS_OF.get(type) : undefined;
  if (fields === undefined) {
    return refuse('order/unknown-type', `"${String(type)}" is not an order type.`);
  }
  for (let i = 0; i < fields.length; i++) {
    const check = fields[i] as (typeof fields)[number];
    const field = check[0];
    if (!check[1](o[field]))
      return refuse('order/malformed', `A ${type} order needs "${field}": ${check[2]}.`);
  }
  return { ok: true, value: raw as Order };
}

/**
 * Validate one order of `party` against the state and the orders it has already queued this year
 * (budgets are shared). Returns the order, or a refusal that changes nothing.
 */
export function validateOrder(
  state: GameState,
  party: Party,
  raw: unknown,
  queued: readonly Order[] = [],
): Result<Order, OrderError> {
  if (state.phase === 'ended' || state.result) {
    return refuse('game/ended', `The game ended in ${state.year}; no more orders can be given.`);
  }
  const used = budget(state, party);
  for (const q of queued) spend(used, orderCost(state, party, q));
  return validateWithin(state, party, raw, queued, used);
}

/**
 * What the queued orders of a year have taken (influence, reserves, the fleets given an order),
 * and the influence the power has this year (found once for the year's orders).
 */
interface Budget {
  influence: number;
  reserves: number;
  fleets: string[];
  readonly influenceOf: number;
}

/** Nothing spent yet of the influence `party` has this year. */
function budget(state: GameState, party: Party): Budget {
  return { influence: 0, reserves: 0, fleets: [], influenceOf: influenceOf(state, party) };
}

function spend(used: Budget, c: OrderCost): void {
  used.influence += c.influence;
  used.reserves += c.reserves;
  if (c.fleet !== null) used.fleets.push(c.fleet);
}

/** `validateOrder` with what `queued` already takes summed up in `used`. */
function validateWithin(
  state: GameState,
  party: Party,
  raw: unknown,
  queued: readonly Order[],
  used: Budget,
): Result<Order, OrderError> {
  const shaped = checkShape(raw);
  if (!shaped.ok) return shaped;
  const order = shaped.value;
  const cost = orderCost(state, party, order);
  const r = checkRules(state, party, order, cost, queued, used);
  if (r.ok) spend(used, cost);
  return r;
}

/** The rules' side of `validateWithin`: the order is shaped, `cost` is what it costs. */
function checkRules(
  state: GameState,
  party: Party,
  order: Order,
  cost: OrderCost,
  queued: readonly Order[],
  used: Budget,
): Result<Order, OrderError> {
  const rules = state.rules;
  const me = powerOf(state, party);
  const other = otherParty(party);
  const label = ofParty(PARTY_TITLES, party);

  // Budgets: influence and reserves shared with the queued orders; a fleet acts once a year.
  if (cost.fleet !== null && used.fleets.includes(cost.fleet)) {
    return refuse('order/fleet-busy', `Fleet ${cost.fleet} already has its order for ${state.year}.`);
  }
  const influenceUsed = used.influence;
  const reservesUsed = used.reserves;
  const influence = used.influenceOf;
  if (cost.influence > 0 && influenceUsed + cost.influence > influence) {
    return refuse(
      'order/no-influence',
      `${label} has ${influence - influenceUsed} influence left this year; the order needs ${cost.influence}.`,
    );
  }
  if (cost.reserves > 0 && reservesUsed + cost.reserves > me.reserves) {
    return refuse(
      'order/no-reserves',
      `${label} has ${me.reserves - reservesUsed} reserves left this year; the order needs ${cost.reserves}.`,
    );
  }

  switch (order.type) {
    case 'move':
    case 'attack': {
      const fleet = findFleet(state, order.fleet);
      if (!fleet) return refuse('order/unknown-fleet', `There is no fleet ${order.fleet}.`);
      if (fleet.owner !== party)
        return refuse('order/not-your-fleet', `Fleet ${order.fleet} is not yours to command.`);
      const destination = order.type === 'move' ? order.to : order.target;
      const sys = findSystem(state, destination);
      if (!sys) return refuse('order/unknown-system', `There is no system ${destination}.`);
      if (order.type === 'move') {
        if (destination === fleet.location) {
          return refuse('order/already-there', `Fleet ${fleet.id} is already at ${sys.name}.`);
        }
        const d = laneDistance(state, fleet.location, destination, rules.movement.maxLanes + 1);
        if (d > rules.movement.maxLanes) {
          const far = shortestPath(state, fleet.location, destination);
          const lanes = far ? `${far.length - 1} lanes away` : 'not reachable';
          return refuse(
            'order/not-adjacent',
            `Fleet ${fleet.id} cannot reach ${sys.name} this year: it is ${lanes}, and a fleet moves at most ${rules.movement.maxLanes}.`,
          );
        }
        return { ok: true, value: order };
      }
      if (sys.owner === party)
        return refuse('order/own-system', `${sys.name} is yours; there is nothing to attack.`);
      if (sys.owner === null)
        return refuse('order/unowned-system', `${sys.name} belongs to no one; seize it instead.`);
      if (!withinOneLane(state, fleet.location, sys.id)) {
        return refuse(
          'order/not-adjacent',
          `Fleet ${fleet.id} can only attack ${sys.name} from it or from a system one lane away.`,
        );
      }
      return { ok: true, value: order };
    }
    case 'attack-fleet': {
      const fleet = findFleet(state, order.fleet);
      if (!fleet) return refuse('order/unknown-fleet', `There is no fleet ${order.fleet}.`);
      if (fleet.owner !== party)
        return refuse('order/not-your-fleet', `Fleet ${order.fleet} is not yours to command.`);
      const target = findFleet(state, order.target);
      if (!target) return refuse('order/unknown-fleet', `There is no fleet ${order.target}.`);
      if (target.owner === party)
        return refuse('order/own-fleet', `Fleet ${target.id} is yours; there is nothing to attack.`);
      if (!withinOneLane(state, fleet.location, target.location)) {
        return refuse(
          'order/not-adjacent',
          `Fleet ${fleet.id} can only attack fleet ${target.id} at its own system or one lane away; fleet ${target.id} is at ${systemName(state, target.location)}.`,
        );
      }
      return { ok: true, value: order };
    }
    case 'build': {
      const sys = findSystem(state, order.system);
      if (!sys) return refuse('order/unknown-system', `There is no system ${order.system}.`);
      if (sys.owner !== party || !sys.shipyard) {
        return refuse('order/no-shipyard', `${sys.name} is not a shipyard of yours.`);
      }
      const already = queued.reduce(
        (n, q) => n + (q.type === 'build' && q.system === sys.id ? q.ships : 0),
        0,
      );
      if (already + order.ships > rules.economy.maxBuildPerYard) {
        return refuse(
          'order/yard-full',
          `${sys.name} can build ${rules.economy.maxBuildPerYard} ships a year; ${already} are already ordered.`,
        );
      }
      return { ok: true, value: order };
    }
    case 'develop': {
      const sys = findSystem(state, order.system);
      if (!sys) return refuse('order/unknown-system', `There is no system ${order.system}.`);
      if (sys.owner !== party) return refuse('order/not-your-system', `${sys.name} is not yours to develop.`);
      const planned = queued.filter((q) => q.type === 'develop' && q.system === sys.id).length;
      if (sys.output + planned >= rules.economy.maxOutput) {
        return refuse('order/fully-developed', `${sys.name} already yields the most it can.`);
      }
      return { ok: true, value: order };
    }
    case 'embassy': {
      if (queuedAlready(queued, order, 'embassy'))
        return refuse('order/duplicate', 'Only one embassy order a year.');
      const level = me.embassy;
      if (order.action === 'establish' && level > 0) {
        return refuse('order/embassy-exists', 'Your embassy already stands; upgrade it instead.');
      }
      if (order.action === 'upgrade' && level === 0)
        return refuse('order/no-embassy', 'Establish an embassy first.');
      if (order.action === 'upgrade' && level >= 3)
        return refuse('order/embassy-max', 'Your embassy is at level 3.');
      if (order.action === 'recall' && level === 0)
        return refuse('order/no-embassy', 'You have no embassy to recall.');
      if (order.action === 'expel' && powerOf(state, other).embassy === 0) {
        return refuse('order/no-embassy', `${PARTY_TITLES[other]} has no embassy to expel.`);
      }
      return { ok: true, value: order };
    }
    case 'aid': {
      const obligation = state.obligations.find((o) => o.id === order.target && o.kind === 'aid');
      if (obligation && obligation.kind === 'aid') {
        if (obligation.victim === party) {
          return refuse(
            'order/own-disaster',
            'Aid under Article IV goes to the other power’s disaster, not your own.',
          );
        }
        return { ok: true, value: order };
      }
      const war = state.wars.find((w) => w.id === order.target);
      if (war) {
        if (war.victim === party) return refuse('order/own-war', 'You cannot send aid to yourself.');
        return { ok: true, value: order };
      }
      return refuse('order/unknown-target', `There is no disaster or war ${order.target} to aid.`);
    }
    case 'covert-arms':
    case 'open-support': {
      if (!state.thirdPowers.some((t) => t.id === order.thirdPower)) {
        return refuse('order/unknown-power', `There is no third power ${order.thirdPower}.`);
      }
      if (!state.wars.some((w) => w.thirdPower === order.thirdPower && w.victim === other)) {
        return refuse(
          'order/not-at-war',
          `${thirdPowerName(state, order.thirdPower)} is not at war with ${PARTY_NAMES[other]}.`,
        );
      }
      if (queuedAlready(queued, order, order.type, (o) => ('thirdPower' in o ? o.thirdPower : ''))) {
        return refuse('order/duplicate', 'That order is already given this year.');
      }
      return { ok: true, value: order };
    }
    case 'extradite':
    case 'shelter':
    case 'stage-escape': {
      const ob = state.obligations.find((o) => o.id === order.obligation);
      if (ob?.kind !== 'extradition') {
        return refuse('order/unknown-obligation', `There is no extradition demand ${order.obligation}.`);
      }
      if (ob.debtor !== party) return refuse('order/not-yours', `${ob.fugitive} is not in your hands.`);
      if (ob.decision === 'extradited' || ob.decision === 'escaped') {
        return refuse('order/decided', `${ob.fugitive}'s fate is already decided.`);
      }
      if (order.type === 'shelter' && ob.decision === 'sheltered') {
        return refuse('order/decided', `You already shelter ${ob.fugitive}.`);
      }
      if (queued.some((q) => 'obligation' in q && q.obligation === ob.id)) {
        return refuse('order/duplicate', `You already decided on ${ob.fugitive} this year.`);
      }
      return { ok: true, value: order };
    }
    case 'arbitrate': {
      const claim = state.claims.find((c) => c.id === order.dispute);
      const sys = claim
        ? claim.system
          ? findSystem(state, claim.system)
          : undefined
        : findSystem(state, order.dispute);
      if (!claim && sys?.zone !== 'disputed') {
        return refuse('order/no-dispute', `There is no dispute ${order.dispute} to take to arbitration.`);
      }
      if (state.status === 'suspended') {
        return refuse('order/suspended', 'No arbitration under the Accords while they are suspended.');
      }
      if (queuedAlready(queued, order, 'arbitrate', (o) => (o.type === 'arbitrate' ? o.dispute : ''))) {
        return refuse('order/duplicate', 'That dispute is already going to arbitration.');
      }
      return { ok: true, value: order };
    }
    case 'accept-ruling': {
      const ob = state.obligations.find((o) => o.id === order.obligation);
      if (ob?.kind !== 'ruling')
        return refuse('order/unknown-obligation', `There is no ruling ${order.obligation}.`);
      if (ob.debtor !== party)
        return refuse('order/not-yours', 'That ruling went your way; there is nothing to accept.');
      if (
        ob.accepted ||
        queuedAlready(queued, order, 'accept-ruling', (o) => (o.type === 'accept-ruling' ? o.obligation : ''))
      ) {
        return refuse('order/decided', 'You already accepted that ruling.');
      }
      return { ok: true, value: order };
    }
    case 'seize': {
      const sys = findSystem(state, order.system);
      if (!sys) return refuse('order/unknown-system', `There is no system ${order.system}.`);
      if (sys.zone !== 'disputed' && sys.zone !== 'neutral-zone') {
        return refuse('order/not-seizable', `${sys.name} is neither disputed nor in the neutral zone.`);
      }
      if (sys.owner === party) return refuse('order/own-system', `${sys.name} is already yours.`);
      if (sys.owner !== null) {
        return refuse('order/owned', `${sys.name} belongs to ${sys.owner}; taking it would be an attack.`);
      }
      const neighbours = adjacency(state).neighbours.get(sys.id) ?? [];
      const present = state.fleets.some(
        (f) => f.owner === party && (f.location === sys.id || neighbours.includes(f.location)),
      );
      if (!present) {
        return refuse(
          'order/no-fleet-near',
          `You need a fleet at ${sys.name} or one lane from it to seize it.`,
        );
      }
      if (queuedAlready(queued, order, 'seize', (o) => (o.type === 'seize' ? o.system : ''))) {
        return refuse('order/duplicate', `You already seize ${sys.name} this year.`);
      }
      return { ok: true, value: order };
    }
    case 'trade-pact':
      if (state.tradePact) return refuse('order/pact-exists', 'A trade pact is already in force.');
      if (state.status !== 'in-force')
        return refuse('order/not-in-force', 'Trade pacts need the Accords in force.');
      if (queuedAlready(queued, order, 'trade-pact'))
        return refuse('order/duplicate', 'A trade pact is already proposed this year.');
      return { ok: true, value: order };
    case 'embargo':
      if (queuedAlready(queued, order, 'embargo'))
        return refuse('order/duplicate', 'An embargo is already ordered this year.');
      return { ok: true, value: order };
    case 'espionage':
      if (queuedAlready(queued, order, 'espionage'))
        return refuse('order/duplicate', 'One espionage operation a year.');
      return { ok: true, value: order };
    case 'address-council':
      if (queuedAlready(queued, order, 'address-council'))
        return refuse('order/duplicate', 'You address the council once a year.');
      return { ok: true, value: order };
    case 'summit':
      if (queuedAlready(queued, order, 'summit'))
        return refuse('order/duplicate', 'A summit is already proposed this year.');
      return { ok: true, value: order };
    case 'suspend-accords': {
      if (state.status === 'suspended' || state.status === 'collapsed') {
        return refuse('order/already-suspended', 'The Accords are already suspended.');
      }
      const theirs = powerOf(state, other).standing;
      if (theirs >= rules.treaty.suspendBelow) {
        return refuse(
          'order/cannot-suspend',
          `The Accords can be suspended only when ${PARTY_NAMES[other]}'s standing is below ${rules.treaty.suspendBelow} (it is ${theirs}).`,
        );
      }
      if (queuedAlready(queued, order, 'suspend-accords'))
        return refuse('order/duplicate', 'Suspension is already ordered.');
      return { ok: true, value: order };
    }
    case 'grant-passage':
      if (queuedAlready(queued, order, 'grant-passage'))
        return refuse('order/duplicate', 'Passage is already granted this year.');
      return { ok: true, value: order };
  }
}

/** True when an order of `type` is queued (with the same `key` as `order`, when given). */
function queuedAlready(
  queued: readonly Order[],
  order: Order,
  type: OrderType,
  key?: (o: Order) => string,
): boolean {
  for (const q of queued) if (q.type === type && (key === undefined || key(q) === key(order))) return true;
  return false;
}

/** True when `to` is `from` or one lane from it (the reach of an attack). */
export function withinOneLane(state: GameState, from: string, to: string): boolean {
  return from === to || (adjacency(state).neighbours.get(from) ?? []).includes(to);
}

/** Validate a whole year's orders in sequence; returns the accepted ones and each refusal. */
export function validateOrders(
  state: GameState,
  party: Party,
  raw: readonly unknown[],
): { accepted: Order[]; refused: { index: number; order: unknown; error: OrderError }[] } {
  const accepted: Order[] = [];
  const refused: { index: number; order: unknown; error: OrderError }[] = [];
  const used = budget(state, party);
  const ended = state.phase === 'ended' || state.result;
  for (let index = 0; index < raw.length; index++) {
    const order = raw[index];
    // A hole in a sparse list is no order (forEach, as this was written before, skips it).
    if (order === undefined && !(index in raw)) continue;
    // validateWithin spends an accepted order's cost from `used` itself.
    const r = ended
      ? validateOrder(state, party, order, accepted)
      : validateWithin(state, party, order, accepted, used);
    if (r.ok) accepted.push(r.value);
    else refused.push({ index, order, error: r.error });
  }
  return { accepted, refused };
}

/** A sentence for an order, in the game's words. */
export function describeOrder(state: GameState, party: Party, order: Order): string {
  switch (order.type) {
    case 'move':
      return `Fleet ${order.fleet} moves to ${systemName(state, order.to)}`;
    case 'attack':
      return `Fleet ${order.fleet} attacks ${systemName(state, order.target)}`;
    case 'attack-fleet': {
      const target = findFleet(state, order.target);
      return target
        ? `Fleet ${order.fleet} attacks fleet ${order.target} (${ownerName(state, target.owner)}) at ${systemName(state, target.location)}`
        : `Fleet ${order.fleet} attacks fleet ${order.target}`;
    }
    case 'build':
      return `Build ${order.ships} ship${order.ships === 1 ? '' : 's'} at ${systemName(state, order.system)}`;
    case 'develop':
      return `Develop ${systemName(state, order.system)}`;
    case 'embassy':
      return order.action === 'expel'
        ? `Expel ${PARTY_NAMES[otherParty(party)]}'s embassy`
        : `${order.action[0]?.toUpperCase()}${order.action.slice(1)} the embassy`;
    case 'aid':
      return `Send ${order.amount} reserves of aid (${order.target})`;
    case 'covert-arms':
      return `Covert arms to ${thirdPowerName(state, order.thirdPower)}`;
    case 'open-support':
      return `Openly support ${thirdPowerName(state, order.thirdPower)}`;
    case 'extradite':
      return `Extradite (${order.obligation})`;
    case 'shelter':
      return `Shelter the fugitive (${order.obligation})`;
    case 'stage-escape':
      return `Stage the fugitive's escape (${order.obligation})`;
    case 'arbitrate': {
      const claim = state.claims.find((c) => c.id === order.dispute);
      if (claim?.kind === 'tariff') return 'Take the tariff quarrel to arbitration';
      const world = findSystem(state, claim?.system ?? order.dispute);
      return `Take ${world?.name ?? order.dispute} to arbitration`;
    }
    case 'accept-ruling':
      return `Accept the ruling (${order.obligation})`;
    case 'seize':
      return `Seize ${systemName(state, order.system)}`;
    case 'trade-pact':
      return 'Propose a trade pact';
    case 'embargo':
      return 'Impose an embargo';
    case 'espionage':
      return `Espionage: ${order.mode}`;
    case 'address-council':
      return 'Address the council';
    case 'summit':
      return 'Propose a summit';
    case 'suspend-accords':
      return 'Suspend the Accords';
    case 'grant-passage':
      return `Grant ${PARTY_NAMES[otherParty(party)]}'s fleets passage this year`;
  }
}

/** A fleet's or system's owner in words: a party's name, or a third power's. */
export function ownerName(state: GameState, owner: string): string {
  return owner === 'federation' || owner === 'klingon' ? PARTY_NAMES[owner] : thirdPowerName(state, owner);
}
