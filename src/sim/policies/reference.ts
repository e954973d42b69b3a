// Simple reference strategies, the yardsticks of `npm run design` (issue 16): what a player earns
// by doing nothing, by one habit alone, or by one kind of cheating. A good set of rules makes each of
// them clearly worse than judgment. Also the loyalist's answers to a partner that wrongs it: keeping
// faith only, and one answer pressed harder than the AI would. Each draws no chance of its own.
import { aiOrders } from '../ai/index';
import { defenceIn } from '../battle';
import { candidateOrders } from '../candidates';
import { type Order, type OrderType, validateOrders } from '../orders';
import { type GameState, isParty, otherParty, type Party, powerOf } from '../types';
import { adjacency, findSystem, laneDistance } from '../world';

type Policy = (state: GameState, party: Party) => Order[];

/** The orders that survive the year's budgets, in the order given. */
function within(s: GameState, party: Party, orders: readonly Order[]): Order[] {
  return validateOrders(s, party, orders).accepted;
}

const TALK: ReadonlySet<OrderType> = new Set([
  'address-council',
  'summit',
  'embassy',
  'trade-pact',
  'arbitrate',
  'accept-ruling',
]);

/** Presses "End year" and nothing else. */
export const idle: Policy = () => [];

/** Develops its worlds, the poorest first, as far as its reserves go; nothing else. */
export const developOnly: Policy = (s, party) => {
  const output = new Map(s.systems.map((x) => [x.id, x.output]));
  const develop = candidateOrders(s, party).filter((o) => o.type === 'develop');
  develop.sort((a, b) => {
    const sa = a.type === 'develop' ? a.system : '';
    const sb = b.type === 'develop' ? b.system : '';
    return (output.get(sa) ?? 0) - (output.get(sb) ?? 0) || (sa < sb ? -1 : sa > sb ? 1 : 0);
  });
  return within(s, party, develop);
};

/** Diplomacy only: the council, summits, the embassy, pacts, arbitration; never a reserve on worlds or aid. */
export const talkOnly: Policy = (s, party) => {
  const talk = candidateOrders(s, party).filter(
    (o) => TALK.has(o.type) && !(o.type === 'embassy' && (o.action === 'recall' || o.action === 'expel')),
  );
  return within(s, party, talk);
};

/** The loyalist, but it never gives aid: neither for a disaster nor against a third power. */
export const neverAid: Policy = (s, party) => aiOrders('loyalist', s, party).filter((o) => o.type !== 'aid');

/** The pragmatist, plus every covert act open to it every year: theft, arms to the other's enemies, escapes. */
export const covertCheat: Policy = (s, party) => {
  const covert = candidateOrders(s, party).filter(
    (o) =>
      (o.type === 'espionage' && o.mode === 'steal') ||
      o.type === 'covert-arms' ||
      (o.type === 'stage-escape' &&
        s.obligations.some((ob) => ob.id === o.obligation && ob.kind === 'extradition' && !ob.decision)),
  );
  const fugitives = new Set(covert.flatMap((o) => (o.type === 'stage-escape' ? [o.obligation] : [])));
  const rest = aiOrders('pragmatist', s, party).filter(
    (o) =>
      o.type !== 'espionage' &&
      !((o.type === 'extradite' || o.type === 'shelter') && fugitives.has(o.obligation)),
  );
  return within(s, party, [...covert, ...rest]);
};

/** The pragmatist, plus every unclaimed world it can seize, and fleets sent towards the others. */
export const landGrab: Policy = (s, party) => {
  const candidates = candidateOrders(s, party);
  const open = new Set(
    s.systems
      .filter((x) => x.owner === null && (x.zone === 'disputed' || x.zone === 'neutral-zone'))
      .map((x) => x.id),
  );
  const seize = candidates.filter((o) => o.type === 'seize');
  const moved = new Set<string>();
  const moves: Order[] = [];
  for (const o of candidates) {
    if (o.type !== 'move' || moved.has(o.fleet) || !open.has(o.to)) continue;
    moved.add(o.fleet);
    moves.push(o);
  }
  const rest = aiOrders('pragmatist', s, party).filter(
    (o) => !((o.type === 'move' || o.type === 'attack') && moved.has(o.fleet)),
  );
  return within(s, party, [...seize, ...moves, ...rest]);
};

/**
 * The pragmatist, and conquest as a habit: every world of a third power (not its capital, nor one
 * beside the other party's) that its fleets at it or a lane away outnumber two to one (four chances in five
 * with the odds of rules version 29, two in three before),
 * all of them attacking as one; its free fleets gather beside the nearest such world within a year's
 * move. The yardstick of conquest: what taking the neighbours' worlds brings against what it costs.
 */
export const conqueror: Policy = (s, party) => {
  const { neighbours } = adjacency(s);
  const other = otherParty(party);
  const mine = s.fleets.filter((f) => f.owner === party);
  const prey = s.systems.filter(
    (x) =>
      x.owner !== null &&
      !isParty(x.owner) &&
      !x.capital &&
      !(neighbours.get(x.id) ?? []).some((n) => findSystem(s, n)?.owner === other),
  );
  const used = new Set<string>();
  const attacks: Order[] = [];
  for (const x of prey) {
    const near = new Set([x.id, ...(neighbours.get(x.id) ?? [])]);
    const fleets = mine.filter((f) => !used.has(f.id) && near.has(f.location));
    const ships = fleets.reduce((n, f) => n + f.strength, 0);
    if (ships === 0 || ships < 2 * defenceIn(s, x)) continue;
    for (const f of fleets) {
      used.add(f.id);
      attacks.push({ type: 'attack', fleet: f.id, target: x.id });
    }
  }
  const rest = aiOrders('pragmatist', s, party).filter(
    (o) => !((o.type === 'move' || o.type === 'attack' || o.type === 'attack-fleet') && used.has(o.fleet)),
  );
  for (const o of rest)
    if (o.type === 'move' || o.type === 'attack' || o.type === 'attack-fleet') used.add(o.fleet);
  // Beside a prey: a world of ours next to it, the nearest within a year's move.
  const stands = s.systems.filter(
    (x) => x.owner === party && prey.some((p) => (neighbours.get(p.id) ?? []).includes(x.id)),
  );
  const gather: Order[] = [];
  for (const f of mine) {
    if (used.has(f.id) || stands.some((x) => x.id === f.location)) continue;
    let best: { id: string; d: number } | null = null;
    for (const x of stands) {
      const d = laneDistance(s, f.location, x.id, s.rules.movement.maxLanes);
      if (d <= s.rules.movement.maxLanes && (best === null || d < best.d)) best = { id: x.id, d };
    }
    if (best) gather.push({ type: 'move', fleet: f.id, to: best.id });
  }
  return within(s, party, [...attacks, ...rest, ...gather]);
};

/** The answers of a wronged party (DESIGN.md section 15.4), as orders. */
function isAnswer(o: Order): boolean {
  return (
    o.type === 'protest' ||
    o.type === 'demand-reparations' ||
    o.type === 'declare-war' ||
    o.type === 'suspend-accords' ||
    o.type === 'embargo' ||
    (o.type === 'embassy' && (o.action === 'recall' || o.action === 'expel'))
  );
}

/** The loyalist that only keeps faith: it never answers a wrong (the yardstick of its answers). */
export const keepsFaith: Policy = (s, party) => aiOrders('loyalist', s, party).filter((o) => !isAnswer(o));

/**
 * The loyalist AI with its own answers, under a name of its own: unlike the personality, it keeps
 * its policy when its government falls, as the other yardsticks do, so the answers are compared alone.
 */
export const loyalistAnswers: Policy = (s, party) => aiOrders('loyalist', s, party);

/** The other power broke an article last year (or this year's start revealed it), and it was seen. */
export function wronged(s: GameState, party: Party): boolean {
  const other = otherParty(party);
  for (let i = s.ledger.length - 1; i >= 0; i--) {
    const e = s.ledger.item(i);
    if (!e || e.year < s.year - 1) break;
    if (e.party === other && e.kind !== 'reward' && e.article !== null) return true;
  }
  return false;
}

/** The loyalist, with answers given first when wronged: `answers` names them. */
function answering(answers: (s: GameState, party: Party) => Order[]): Policy {
  return (s, party) => {
    const base = aiOrders('loyalist', s, party);
    const extra = answers(s, party);
    if (extra.length === 0) return base;
    const types = new Set(extra.map((o) => o.type));
    return within(s, party, [...extra, ...base.filter((o) => !types.has(o.type))]);
  };
}

/** Wronged, it embargoes the offender and recalls its embassy. */
export const loyalistSanctions = answering((s, party) =>
  wronged(s, party) ? [{ type: 'embargo' }, { type: 'embassy', action: 'recall' }] : [],
);

/** It suspends the Accords as soon as the other's standing allows it. */
export const loyalistSuspends = answering((s, party) =>
  powerOf(s, otherParty(party)).standing < s.rules.treaty.suspendBelow && s.status !== 'suspended'
    ? [{ type: 'suspend-accords' }]
    : [],
);

/** Wronged, or with the Accords in trouble, it calls a summit every year. */
export const loyalistSummits = answering((s, party) =>
  wronged(s, party) || s.status !== 'in-force' ? [{ type: 'summit' }] : [],
);

export const REFERENCE_POLICIES: Record<string, Policy> = {
  idle,
  'keeps-faith': keepsFaith,
  'loyalist-answers': loyalistAnswers,
  'develop-only': developOnly,
  'talk-only': talkOnly,
  'never-aid': neverAid,
  'covert-cheat': covertCheat,
  'land-grab': landGrab,
  conqueror,
  'loyalist-sanctions': loyalistSanctions,
  'loyalist-suspends': loyalistSuspends,
  'loyalist-summits': loyalistSummits,
};
