// What one side has seen of the game: its own acts, and the other's acts that came to light. A
// covert act stays the secret of the power that committed it until it is detected (Article I's
// espionage, Article III's covert arms, Article V's staged escape); the screens of the other side
// (in hot seat, the other player's) show the game through these functions.
import type { Change, Refusal, TurnReport } from './context';
import type { OrderType } from './orders';
import { type CovertAct, type GameState, otherParty, type Party, type War } from './types';

/** The orders whose breach is covert: what they do stays hidden from the other side. */
export const COVERT_ORDER_TYPES: readonly OrderType[] = ['espionage', 'covert-arms', 'stage-escape'];

export function isCovertOrderType(type: string): boolean {
  return (COVERT_ORDER_TYPES as readonly string[]).includes(type);
}

/** The covert acts `party` knows of: all of its own, and the other's that were detected. */
export function covertSeenBy(s: GameState, party: Party): CovertAct[] {
  return s.covert.filter((a) => a.party === party || a.detected);
}

/**
 * The strength `war`'s raiders strike with when they next strike, as far as `party` knows: their
 * strength now and the year's supply before the blow (src/sim/articles/article-iii.ts `supplyWars`)
 * from the deals it knows of: open support, and arms sales it has seen (rules version 19: an arms
 * sale names its war). Arms sold unseen add to it unknown.
 */
export function strikeStrength(s: GameState, party: Party, war: War): number {
  const arms = s.rules.economy.armsStrength;
  let strength = war.strength + 2 * arms * war.supportedBy.length;
  for (const dealer of war.armedBy) {
    const seen = s.covert.some(
      (a) => a.war === war.id && a.party === dealer && (dealer === party || a.detected),
    );
    if (seen) strength += arms;
  }
  return strength;
}

/**
 * What `war`'s raiders fight with if struck this year, as `party` knows it: their war's strength
 * before its first year of strikes (no supply is paid before it), and from then on what they strike
 * with (`strikeStrength`). The attack's order row and the map read it alike.
 */
export function raidersStrengthKnown(s: GameState, party: Party, war: War): number {
  return war.since > s.year ? war.strength : strikeStrength(s, party, war);
}

/**
 * The state as `party` has seen it: the other's undetected covert acts and the other's intelligence
 * reports are gone. A shallow copy: what it shares with `s` is not changed.
 */
export function stateSeenBy(s: GameState, party: Party): GameState {
  const other = otherParty(party);
  const covert = covertSeenBy(s, party);
  const theirs = s.powers[other];
  if (covert.length === s.covert.length && theirs.intel === null) return s;
  return {
    ...s,
    covert,
    powers: { ...s.powers, [other]: { ...theirs, intel: null } } as GameState['powers'],
  };
}

/** Whether `party` saw a change: any but what the other's covert orders did to the other itself. */
function changeSeen(c: Change, party: Party): boolean {
  const order = c.cause.order;
  if (!order || order.party === party || !isCovertOrderType(order.type)) return true;
  // The victim sees its loss (reserves gone missing, ships lost to an accident), not its cause.
  return c.party === party;
}

/**
 * A year's report as `party` saw it: the other side's covert orders, their refusals and what those
 * orders did for the other side are left out; a covert act detected this year stays in, through the
 * ledger entry and the change its detection made. What one side's order cost the other carries no
 * article: it is not the victim's breach.
 */
export function reportSeenBy(r: TurnReport, party: Party): TurnReport {
  const other = otherParty(party);
  const theirOrders = r.orders[other].filter((o) => !isCovertOrderType(o.type));
  const changes: Change[] = [];
  for (const c of r.changes) {
    if (!changeSeen(c, party)) continue;
    // What one party's order did to the other (a fleet attacked or sabotaged, reserves stolen) is
    // not the victim's breach: whose it was, the ledger says, once it is seen.
    const order = c.cause.order;
    const done = order && c.party !== null && order.party !== c.party && c.article !== null;
    // The victim of a covert order sees the loss, not which order made it (nor its place in the
    // other's list): seen or not, the ledger is where the doer is named.
    const hidden = order && order.party === other && isCovertOrderType(order.type);
    changes.push(hidden ? { ...c, article: null, cause: {} } : done ? { ...c, article: null } : c);
  }
  const refused = r.refused.filter((x: Refusal) => x.party === party);
  // Each field named: a report's orders and hash are its class's, which a spread would leave behind.
  return {
    year: r.year,
    events: r.events,
    orders: { ...r.orders, [other]: theirOrders } as TurnReport['orders'],
    refused,
    changes,
    ledger: r.ledger,
    hash: r.hash,
  };
}
