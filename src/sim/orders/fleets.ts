// The fleets' orders: move, attack a system, attack a fleet (Article I; Article VI's trespass).
import { chance, defenceIn } from '../battle';
import { debtOf } from '../debts';
import { earnsGrudge, isConquestGrudge, nextGrudgeRaid, raidInGame, raidStrikes } from '../grudges';
import { crossingOf } from '../passage';
import {
  type Fleet,
  type GameState,
  isParty,
  otherParty,
  type Party,
  powerOf,
  type System,
  untilYear,
} from '../types';
import { raidersStrengthKnown } from '../visibility';
import {
  adjacency,
  findFleet,
  findSystem,
  isHomeworld,
  laneDistance,
  powerName,
  shortestPath,
  systemName,
  theThirdPower,
} from '../world';
import {
  type Breach,
  fleetCost,
  type OrderDefinition,
  type OrderError,
  open,
  orderShape,
  plural,
  ref,
  refusal,
} from './define';
import type { Order } from './index';

export const MOVE = orderShape('move', { fleet: ref('a fleet id'), to: ref('a system id') });
export const ATTACK = orderShape('attack', { fleet: ref('a fleet id'), target: ref('a system id') });
/** `target`: the id of the fleet attacked (the other party's or a third power's). */
export const ATTACK_FLEET = orderShape('attack-fleet', {
  fleet: ref('a fleet id'),
  target: ref('a fleet id'),
});

/** True when `to` is `from` or one lane from it (the reach of an attack). */
export function withinOneLane(state: GameState, from: string, to: string): boolean {
  return from === to || (adjacency(state).neighbours.get(from) ?? []).includes(to);
}

/** The fleet `id` if `party` commands it, or why not. */
function commanded(state: GameState, party: Party, id: string): Fleet | OrderError {
  const fleet = findFleet(state, id);
  if (!fleet) return refusal('order/unknown-fleet', `There is no fleet ${id}.`);
  if (fleet.owner !== party) return refusal('order/not-your-fleet', `Fleet ${id} is not yours to command.`);
  return fleet;
}

// Where the fleets lie is judged at the year's end, after step g's deadlines (src/sim/resolve.ts).
const TRESPASS = open(
  'VI/trespass',
  'A fleet in the other party’s territory without consent (unless it grants passage for the year), each year it stays.',
  true,
  'year-end',
);
/** A course through the other's space: a trespass once, in the year it is sailed (src/sim/passage.ts). */
const CROSSING = open(
  'VI/trespass',
  'A course through the other party’s territory without consent (unless it grants passage for the year): the fleet keeps out of it when another course within the year’s lanes allows.',
  false,
  'year-end',
);
/** The words of the neutral zone's breach name the scenario's limit. */
const crowdedZone = (limit: number): Breach =>
  open(
    'I/neutral-zone-fleets',
    `More than ${limit} fleets in the neutral zone at year end, each year.`,
    true,
    'year-end',
  );

export const move: OrderDefinition<'move'> = {
  shape: MOVE,
  step: 'moves',
  cost: fleetCost,
  check(state, party, order) {
    const fleet = commanded(state, party, order.fleet);
    if ('code' in fleet) return fleet;
    const sys = findSystem(state, order.to);
    if (!sys) return refusal('order/unknown-system', `There is no system ${order.to}.`);
    if (order.to === fleet.location) {
      return refusal('order/already-there', `Fleet ${fleet.id} is already at ${sys.name}.`);
    }
    const maxLanes = state.rules.movement.maxLanes;
    if (laneDistance(state, fleet.location, order.to, maxLanes + 1) > maxLanes) {
      const far = shortestPath(state, fleet.location, order.to);
      const lanes = far ? `${far.length - 1} lanes away` : 'not reachable';
      return refusal(
        'order/not-adjacent',
        `Fleet ${fleet.id} cannot reach ${sys.name} this year: it is ${lanes}, and a fleet moves at most ${maxLanes}.`,
      );
    }
    return null;
  },
  describe: (state, _party, order) => {
    const from = findFleet(state, order.fleet)?.location;
    return `Fleet ${order.fleet} moves ${from ? `from ${systemName(state, from)} ` : ''}to ${systemName(state, order.to)}`;
  },
  effect: (s, _party, order) =>
    `The fleet sails to ${systemName(s, order.to)} (a fleet moves up to ${plural(s.rules.movement.maxLanes, 'lane')} a year).`,
  breaches: [
    TRESPASS,
    CROSSING,
    open(
      'I/neutral-zone-fleets',
      'Too many fleets in the neutral zone at year end, each year.',
      true,
      'year-end',
    ),
  ],
  breaching(s, party, order, queued) {
    const out: Breach[] = [];
    const sys = findSystem(s, order.to);
    const fleet = findFleet(s, order.fleet);
    // Passage the other granted for this year (or until a named raid strikes) is consent: no trespass
    // (the property test found a move previewed as one under passage and never charged).
    const other = otherParty(party);
    const open = powerOf(s, other).passageUntil >= s.year;
    if (sys?.owner === other) {
      if (!open) out.push(TRESPASS);
    } else if (fleet && crossingOf(s, party, fleet.location, order.to, open) !== null) out.push(CROSSING);
    if (sys?.zone === 'neutral-zone' && fleet) {
      const inZone = s.fleets.filter(
        (f) => f.owner === party && f.id !== fleet.id && findSystem(s, f.location)?.zone === 'neutral-zone',
      ).length;
      const movingIn = queued.filter(
        (q) =>
          q.type === 'move' &&
          findSystem(s, q.to)?.zone === 'neutral-zone' &&
          findSystem(s, findFleet(s, q.fleet)?.location ?? '')?.zone !== 'neutral-zone',
      ).length;
      const limit = s.rules.neutralZoneFleetLimit;
      if (inZone + movingIn + 1 > limit) out.push(crowdedZone(limit));
    }
    return out;
  },
};

const ATTACK_BREACH = open('I/attack', 'An attack on the other party: the Accords are suspended at once.');

export const attack: OrderDefinition<'attack'> = {
  shape: ATTACK,
  step: 'attacks',
  cost: fleetCost,
  check(state, party, order) {
    const fleet = commanded(state, party, order.fleet);
    if ('code' in fleet) return fleet;
    const sys = findSystem(state, order.target);
    if (!sys) return refusal('order/unknown-system', `There is no system ${order.target}.`);
    if (sys.owner === party)
      return refusal('order/own-system', `${sys.name} is yours; there is nothing to attack.`);
    if (sys.owner === null)
      return refusal('order/unowned-system', `${sys.name} belongs to no one; seize it instead.`);
    if (!withinOneLane(state, fleet.location, sys.id)) {
      return refusal(
        'order/not-adjacent',
        `Fleet ${fleet.id} can only attack ${sys.name} from it or from a system one lane away.`,
      );
    }
    return null;
  },
  describe: (state, _party, order) => `Fleet ${order.fleet} attacks ${systemName(state, order.target)}`,
  effect(s, party, order) {
    const sys = findSystem(s, order.target);
    const ships = findFleet(s, order.fleet)?.strength ?? 0;
    if (!sys) return `A battle at ${order.target}: if you win, the world is yours.`;
    const d = defenceIn(s, sys);
    // Rules version 13: a power's fleets ordered to attack one world fight it together.
    // The losses are taken fleet by fleet, not shared (battle.ts takeLosses): playtest 33 read a
    // squadron "destroyed" in a battle won at 84% and thought it a defeat.
    return `A battle at ${sys.name}: this fleet's ${plural(ships, 'ship')} against a defence of ${d} now, ${chance(s.rules, ships, d)}; fleets you order to attack it fight as one, their ships added, and their losses are taken one fleet at a time, so a small fleet among them may be lost even in a victory. If you win, the world is yours and they move in.${retaken(s, party, sys)}${reliefForgotten(s, party, sys)}`;
  },
  breaches: [ATTACK_BREACH],
  // One battle, one violation: a second fleet ordered against the same world joins the first attack.
  breaching: (s, party, order, queued) =>
    findSystem(s, order.target)?.owner === otherParty(party) &&
    !queued.some((q) => q.type === 'attack' && q.target === order.target)
      ? [ATTACK_BREACH]
      : [],
};

/**
 * What taking a third power's own world brings after it (rules version 22): its wars strike there
 * first for the rest of the game (articles/article-iii.ts `targetIn`).
 */
function retaken(s: GameState, party: Party, sys: System): string {
  const owner = sys.owner;
  if (owner === null || isParty(owner) || !isHomeworld(s, owner, sys.id)) return '';
  return ` It stays ${theThirdPower(s, owner)}'s to take back: its wars on you will strike there before any other world of yours.${occupation(s, party, owner, sys.id)}`;
}

/**
 * What taking a third power's own world earns (rules version 28, src/sim/grudges.ts `conquestGrudge`):
 * its grudge, its raids, and a world that banks no security while the grudge lasts. Playtest 40 took
 * five such worlds and read of no price but the battle.
 */
function occupation(s: GameState, party: Party, owner: string, sys: string): string {
  const l = s.rules.lasting;
  if (l.conquestGrudgeYears <= 0) return '';
  if (!earnsGrudge(s, owner, party, sys, false))
    return ' Taken while you hold fewer worlds than at the start, it makes good a world you lost: it earns no grudge (counted as it falls, after the year’s seizures and your earlier conquests).';
  const who = theThirdPower(s, owner);
  const held = debtOf(s, owner, party);
  const until = s.year + l.conquestGrudgeYears;
  // Past the game's end, "and for as long as you hold a world of its own" adds nothing.
  const lasts =
    until >= s.lastYear
      ? untilYear(s, until)
      : `${untilYear(s, until)}, and for as long as you hold a world of its own`;
  // A grudge held already that lasts longer is kept, and its raids keep its rhythm (grudges.ts
  // `conquestGrudge`); a new one starts its rhythm this year. A kept grudge for relief refused is not
  // renewed while the world is held: only a world taken's is.
  const kept = held?.kind === 'grudge' && held.until >= until;
  const keptLasts =
    kept && isConquestGrudge(held) && held.until < s.lastYear
      ? `${untilYear(s, held.until)}, and for as long as you hold a world of its own`
      : kept
        ? untilYear(s, held.until)
        : '';
  const grudge = kept
    ? `${who}'s grudge against you holds already (${keptLasts})`
    : held?.kind === 'grudge'
      ? `it renews ${who}'s grudge against you (${lasts})`
      : `${who} holds a grudge against you ${lasts}`;
  const next = nextGrudgeRaid(s, kept ? held.since : s.year, s.year);
  const again =
    next !== null && next < (kept ? held.until : until) && raidInGame(s, next)
      ? `, and another every ${plural(l.reliefGrudgeRaidEvery, 'year')} while the grudge lasts`
      : '';
  const strikes = raidStrikes(s, s.year);
  const raid =
    l.reliefGrudgeStrength > 0 && raidInGame(s, s.year)
      ? `; a raid of ${l.reliefGrudgeStrength} comes to take it back ${strikes === s.year + 1 ? 'the next year' : `in ${strikes}`}${again}`
      : '';
  return ` Taken, ${grudge}${raid}; its wars seek your worlds first; and the world, occupied, banks you no security while the grudge lasts, not even for holding it.`;
}

/**
 * What an attack on a world fights with once the year's other orders are counted (`queued`): the
 * fleets of `party` ordered against the same world fight as one (src/sim/articles/article-i.ts), and
 * ships built this year join the first fleet of `party` at their yard (src/sim/economy.ts), so they
 * go with it. Null when nothing else joins this fleet (its row's own odds are the battle's). Playtest
 * 37 read a second fleet's row give its own odds, and a fleet's odds leave out the ships its yard's
 * Build row said would "go with it"; the report then gave the battle's.
 */
export function attackAsOne(
  s: GameState,
  party: Party,
  order: Extract<Order, { type: 'attack' }>,
  queued: readonly Order[],
): string | null {
  const sys = findSystem(s, order.target);
  if (!sys) return null;
  const ids = [order.fleet];
  for (const q of queued)
    if (q.type === 'attack' && q.target === order.target && !ids.includes(q.fleet)) ids.push(q.fleet);
  const fleets = ids.flatMap((id) => {
    const f = findFleet(s, id);
    return f && f.owner === party ? [f] : [];
  });
  let built = 0;
  for (const q of queued) {
    if (q.type !== 'build') continue;
    const yard = s.fleets.find((f) => f.owner === party && f.location === q.system);
    if (yard && fleets.includes(yard)) built += q.ships;
  }
  if (fleets.length < 2 && built === 0) return null;
  let ships = built;
  for (const f of fleets) ships += f.strength;
  const d = defenceIn(s, sys);
  const others = fleets
    .filter((f) => f.id !== order.fleet)
    .map((f) => `fleet ${f.id} (${plural(f.strength, 'ship')})`);
  const also = [
    ...(others.length > 0 ? [`${others.join(' and ')} ordered against it too`] : []),
    ...(built > 0
      ? [`${plural(built, 'ship')} built this year joining ${fleets.length > 1 ? 'them' : 'it'}`]
      : []),
  ].join(', and ');
  const one = fleets.length > 1 ? ', they fight as one' : '';
  return `With ${also}${one}: ${plural(ships, 'ship')} against a defence of ${d} now, ${chance(s.rules, ships, d)}.`;
}

/** A third power's gratitude for `party`'s relief, which taking its world ends (rules version 24: src/sim/debts.ts). */
function reliefForgotten(s: GameState, party: Party, sys: System): string {
  const owner = sys.owner;
  if (owner === null || isParty(owner)) return '';
  const d = debtOf(s, owner, party);
  if (d?.kind !== 'gratitude') return '';
  return ` Taken, it ends ${theThirdPower(s, owner)}'s gratitude for your relief: its wars would spare your worlds ${untilYear(s, d.until)}.`;
}

const FLEET_ATTACK_BREACH = open(
  'I/attack',
  'An attack on the other party’s fleet: the Accords are suspended at once.',
);

export const attackFleet: OrderDefinition<'attack-fleet'> = {
  shape: ATTACK_FLEET,
  step: 'attacks',
  cost: fleetCost,
  check(state, party, order) {
    const fleet = commanded(state, party, order.fleet);
    if ('code' in fleet) return fleet;
    const target = findFleet(state, order.target);
    if (!target) return refusal('order/unknown-fleet', `There is no fleet ${order.target}.`);
    if (target.owner === party)
      return refusal('order/own-fleet', `Fleet ${target.id} is yours; there is nothing to attack.`);
    if (!withinOneLane(state, fleet.location, target.location)) {
      return refusal(
        'order/not-adjacent',
        `Fleet ${fleet.id} can only attack fleet ${target.id} at its own system or one lane away; fleet ${target.id} is at ${systemName(state, target.location)}.`,
      );
    }
    return null;
  },
  describe(state, _party, order) {
    const target = findFleet(state, order.target);
    return target
      ? `Fleet ${order.fleet} attacks fleet ${order.target} (${powerName(state, target.owner)}) at ${systemName(state, target.location)}`
      : `Fleet ${order.fleet} attacks fleet ${order.target}`;
  },
  effect(s, party, order) {
    const fleet = findFleet(s, order.fleet);
    const target = findFleet(s, order.target);
    if (!fleet || !target)
      return 'A battle between the two fleets, if the target is still within a lane; no world changes hands.';
    // The odds, as an attack on a world gives them (playtest 34's fleets struck raiders with no word
    // of their chance). Raiders fight with their war's strength, as the map numbers them.
    const war = s.wars.find((w) => w.raiders === target.id);
    const d = war ? raidersStrengthKnown(s, party, war) : target.strength;
    const spent = war
      ? ' Raiders whose war this year’s aid spends before the battles give no battle, and none is won.'
      : '';
    return `A battle with fleet ${target.id}, if it is still within a lane: this fleet's ${plural(fleet.strength, 'ship')} against its ${d}, ${chance(s.rules, fleet.strength, d)}; the loser loses ships in proportion, and no world changes hands.${spent}`;
  },
  breaches: [FLEET_ATTACK_BREACH],
  breaching: (s, party, order) =>
    findFleet(s, order.target)?.owner === otherParty(party) ? [FLEET_ATTACK_BREACH] : [],
};
