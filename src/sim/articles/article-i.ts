// Article I — non-aggression. Attacks on the other party (open, and the Accords are suspended),
// sabotage and espionage (covert), and too many fleets in the neutral zone (open, a year).

import { fight, fightFleet } from '../battle';
import { addOnce, type Ctx, changeReserves, changeSupport, note, ownFleet } from '../context';
import { commitCovert } from '../covert';
import { chargeViolation } from '../ledger';
import { withinOneLane } from '../orders';
import { plural } from '../orders/define';
import type { OrderRef } from '../resolve-types';
import { asItFights } from '../threats';
import {
  type Fleet,
  ofParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type System,
} from '../types';
import { findFleet, findSystem, fleetSystems, powerName } from '../world';

/**
 * Step d: every attack order, on the other party (Article I) or on a third power. A power's fleets
 * ordered to attack one world fight it as one attack (rules version 13), in the place of the first
 * order: their ships add up, the losses fall on them in id order, and the survivors of a win move in.
 */
export function resolveAttacks(ctx: Ctx, refs: OrderRef[]): void {
  const s = ctx.s;
  // The owner each attack was ordered against: a world that changes hands earlier in the step (the
  // other party took it from a third power) is not the world attacked, and the attack fails.
  const ordered = refs.map((r) => (r.order.type === 'attack' ? findSystem(s, r.order.target)?.owner : null));
  const joined = new Set<OrderRef>();
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as OrderRef;
    const { order } = ref;
    if (order.type === 'attack-fleet') {
      attackFleet(ctx, ref);
      continue;
    }
    if (order.type !== 'attack' || joined.has(ref)) continue;
    // The first order on the world and every later one of the same power on it.
    const together = refs.filter(
      (r, j) =>
        j >= i && r.party === ref.party && r.order.type === 'attack' && r.order.target === order.target,
    );
    for (const r of together) joined.add(r);
    attackWorld(ctx, together, ordered[i]);
  }
}

/** The attack of the orders `together` (one power's, on one world; the first decides), fought as one. */
function attackWorld(ctx: Ctx, together: readonly OrderRef[], ownerOrdered: string | null | undefined): void {
  const s = ctx.s;
  const sup = ctx.rules.support;
  const first = together[0];
  if (first?.order.type !== 'attack') return;
  const { party, index } = first;
  const cause = { order: { party, index, type: first.order.type } };
  const target = findSystem(s, first.order.target);
  const fleets: Fleet[] = [];
  for (const { order } of together) {
    const fleet = order.type === 'attack' ? findFleet(s, order.fleet) : undefined;
    if (fleet && fleet.owner === party && !fleets.includes(fleet)) fleets.push(fleet);
  }
  if (fleets.length === 0 || !target || target.owner === party || target.owner === null) return;
  if (target.owner !== ownerOrdered) {
    note(ctx, {
      kind: 'fleet',
      party,
      article: null,
      cause,
      text: `${target.name} changed hands before ${fleetList(fleets)} arrived: the attack is called off.`,
    });
    return;
  }
  const defender = target.owner;
  const onParty = declareAttack(ctx, party, defender, `${PARTY_TITLES[party]} attacks ${target.name}.`);
  let strength = 0;
  for (const f of fleets) strength += f.strength;
  const out = fight(ctx, party, strength, fleets, target, cause);
  // Klingon support: a battle won or a system gained (a conquest is both, and counts once).
  if (party === 'klingon' && out.won) {
    changeSupport(
      ctx,
      'klingon',
      Math.max(sup.klingonBattleWon, sup.klingonSystemGained),
      cause,
      `${target.name} is taken.`,
    );
  }
  if (defender === 'klingon' && !out.won) {
    changeSupport(ctx, 'klingon', sup.klingonBattleWon, cause, `${target.name} holds against the attack.`);
  }
  if (onParty && defender === 'klingon' && out.won) {
    changeSupport(ctx, 'klingon', sup.klingonSystemLost, cause, `${target.name} is lost.`);
  }
  if (onParty && defender === 'federation' && out.won) {
    changeSupport(ctx, 'federation', sup.federationAttackUnanswered, cause, `${target.name} is lost.`);
  }
}

/** "fleet f1", "fleets f1 and f2", "fleets f1, f2 and f3": ids the screens name. */
function fleetList(fleets: readonly Fleet[]): string {
  const ids = fleets.map((f) => `fleet ${f.id}`);
  return ids.length === 1 ? (ids[0] as string) : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/**
 * What an attack means before it is fought: on the other party, an open I/attack that suspends the
 * Accords at year end (returns true); on a third power by the Federation, an answer to its war.
 */
function declareAttack(ctx: Ctx, party: Party, defender: string, text: string): boolean {
  if (defender === otherParty(party)) {
    addOnce(ctx.attackers, party);
    chargeViolation(ctx, party, 'I/attack', text, { open: true });
    return true;
  }
  if (party === 'federation') addOnce(ctx.answered, defender);
  return false;
}

/**
 * An attack on a fleet: on the other party's, an open Article I violation that suspends the Accords
 * (as an attack on a system does); on a third power's, an answer to it. The target must still lie
 * within a lane of the attacker after this year's moves; if it has gone, the attack finds nothing.
 */
function attackFleet(ctx: Ctx, { party, index, order }: OrderRef): void {
  if (order.type !== 'attack-fleet') return;
  const s = ctx.s;
  const cause = { order: { party, index, type: order.type } };
  const fleet = findFleet(s, order.fleet);
  const target = findFleet(s, order.target);
  if (!fleet || fleet.owner !== party) return;
  if (!target || target.owner === party || !withinOneLane(s, fleet.location, target.location)) {
    note(ctx, {
      kind: 'fleet',
      party,
      article: null,
      cause,
      text: `Fleet ${fleet.id} finds no trace of fleet ${order.target} within a lane.`,
    });
    return;
  }
  // Raiders whose war this year's aid spent have nothing left to fight with (rules version 21:
  // playtest 34 read four "battles won" against strength 0, each paid +3 support at home).
  const fighting = asItFights(ctx, target);
  if (fighting.strength <= 0) {
    note(ctx, {
      kind: 'fleet',
      party,
      article: null,
      cause,
      system: target.location,
      text: `Fleet ${fleet.id} finds fleet ${target.id} with no strength left: its war is spent, and there is no battle.`,
    });
    return;
  }
  const defender = target.owner;
  declareAttack(
    ctx,
    party,
    defender,
    `${PARTY_TITLES[party]} attacks fleet ${target.id} of ${powerName(s, defender)}.`,
  );
  const out = fightFleet(ctx, fleet, fighting, cause);
  // Klingon support: a battle won, whichever side attacked.
  const klingonWon = (party === 'klingon' && out.won) || (defender === 'klingon' && !out.won);
  if (klingonWon) {
    changeSupport(ctx, 'klingon', ctx.rules.support.klingonBattleWon, cause, 'A battle won in space.');
  }
}

/** A theft of this year: its covert act, and the victim's line of reserves lost (`ctx.changes`). */
export interface Theft {
  act: string;
  line: number;
}

/**
 * Step f: espionage — reveal the other's reserves and fleets, steal reserves, or sabotage a fleet.
 * Returns the thefts, to be named when seen (`nameThieves`).
 */
export function resolveEspionage(ctx: Ctx, refs: OrderRef[]): Theft[] {
  const s = ctx.s;
  const thefts: Theft[] = [];
  for (const { party, index, order } of refs) {
    if (order.type !== 'espionage') continue;
    const cause = { order: { party, index, type: order.type } };
    const other = otherParty(party);
    const victim = powerOf(s, other);
    if (order.mode === 'reveal') {
      let ships = 0;
      for (const f of s.fleets) if (f.owner === other) ships += f.strength;
      powerOf(s, party).intel = { year: ctx.year, reserves: victim.reserves, fleets: ships };
      note(ctx, {
        kind: 'intel',
        party,
        article: 'I',
        cause,
        text: `Agents report ${plural(victim.reserves, 'reserve')} and ${plural(ships, 'ship')}.`,
      });
      commitCovert(ctx, party, 'I/covert', `${PARTY_TITLES[party]} spies on ${PARTY_NAMES[other]}.`);
    } else if (order.mode === 'steal') {
      const line = ctx.changes.length;
      const taken = -changeReserves(
        ctx,
        other,
        -ctx.rules.economy.stealAmount,
        cause,
        'Reserves go missing.',
        'I',
      );
      changeReserves(ctx, party, taken, cause, 'Stolen reserves arrive.', 'I');
      const act = commitCovert(
        ctx,
        party,
        'I/covert',
        taken > 0
          ? `${PARTY_TITLES[party]} steals ${plural(taken, 'reserve')} from ${PARTY_NAMES[other]}.`
          : `${PARTY_TITLES[party]} tries to steal from ${PARTY_NAMES[other]}, whose reserves are empty.`,
      );
      if (taken > 0) thefts.push({ act: act.id, line });
    } else {
      const targets = s.fleets
        .filter((f) => f.owner === other)
        .sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
      const fleet = targets[0];
      if (fleet) {
        const lost = Math.min(fleet.strength, ctx.rules.economy.sabotageShips);
        ownFleet(ctx, fleet).strength -= lost;
        s.fleets = s.fleets.filter((f) => f.strength > 0);
        note(ctx, {
          kind: 'fleet',
          party: other,
          delta: -lost,
          article: 'I',
          cause,
          text: `${plural(lost, 'ship')} of fleet ${fleet.id} ${lost === 1 ? 'is' : 'are'} lost to an accident.`,
        });
      }
      commitCovert(
        ctx,
        party,
        'I/covert',
        `${PARTY_TITLES[party]} sabotages a fleet of ${PARTY_NAMES[other]}.`,
      );
    }
  }
  return thefts;
}

/**
 * Year end: more fleets than allowed inside the neutral zone is an open violation, every year.
 * `at` is where each fleet lies (`fleetSystems`), when the caller has it already.
 */
export function checkNeutralZone(ctx: Ctx, at: readonly (System | undefined)[] = fleetSystems(ctx.s)): void {
  const s = ctx.s;
  const limit = ctx.rules.neutralZoneFleetLimit;
  // Both parties' fleets in the zone, counted in one pass.
  const inZone = { federation: 0, klingon: 0 };
  for (let i = 0; i < s.fleets.length; i++) {
    if (at[i]?.zone !== 'neutral-zone') continue;
    const owner = (s.fleets[i] as Fleet).owner;
    if (owner === 'federation') inZone.federation++;
    else if (owner === 'klingon') inZone.klingon++;
  }
  for (const party of PARTIES) {
    const n = ofParty(inZone, party);
    if (n > limit) {
      chargeViolation(
        ctx,
        party,
        'I/neutral-zone-fleets',
        `${PARTY_TITLES[party]} keeps ${n} fleets in the neutral zone (at most ${limit}).`,
        { open: true },
      );
    }
  }
}

/**
 * After step f's detection: a theft seen at once names its thief on the victim's line (playtest 37
 * read "Reserves go missing." beside the ledger's line that named the Klingon Empire). One unseen
 * stays a mystery. Words only: the lines of the report are no part of the state.
 */
export function nameThieves(ctx: Ctx, thefts: readonly Theft[]): void {
  for (const t of thefts) {
    const act = ctx.s.covert.find((c) => c.id === t.act);
    const change = ctx.changes[t.line];
    if (!act?.detected || change?.kind !== 'reserves') continue;
    ctx.changes[t.line] = {
      ...change,
      text: `Reserves go missing: agents of ${PARTY_NAMES[act.party]} are seen taking them.`,
    };
  }
}
