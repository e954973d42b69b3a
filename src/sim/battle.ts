// Battles (DESIGN.md section 8d): each side's strength and one seeded roll; the attacker wins with
// chance a^p / (a^p + d^p), p the scenario's `battle.oddsPower`; losses in proportion to the other
// side's share. Integers throughout. The odds are written here once: the words, the previews and the
// AI read `winChance`.
import { type Cause, type Ctx, note, ownFleet, ownSystem } from './context';
import { forgetRelief } from './debts';
import { conquestGrudge } from './grudges';
import type { Rules } from './scenario/rules';
import { asItFights, isRaiders, raidersHit, raidersLost } from './threats';
import {
  type Fleet,
  type GameState,
  isParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type System,
  sentence,
} from './types';
import { adjacency, findFleet, findSystem, powerName } from './world';

export interface BattleOutcome {
  won: boolean;
  attackerStrength: number;
  defenderStrength: number;
  attackerLoss: number;
  defenderLoss: number;
}

export function defenceOf(ctx: Ctx, system: System): number {
  return defenceIn(ctx.s, system);
}

/** A world's defence: its garrison and its owner's ships there (none for a world no one holds). */
export function defenceIn(s: GameState, system: System): number {
  if (system.owner === null) return 0;
  const g = system.capital ? s.rules.battle.capitalGarrison : s.rules.battle.garrison;
  let d = g;
  for (const f of s.fleets) if (f.location === system.id && f.owner === system.owner) d += f.strength;
  return d;
}

/** Remove `loss` ships from fleets (as found this turn), in id order; fleets left empty are disbanded. */
function takeLosses(ctx: Ctx, fleets: Fleet[], loss: number): void {
  if (loss <= 0) return;
  let left = loss;
  let emptied = false;
  const inOrder = fleets.length > 1 ? [...fleets].sort(byId) : fleets;
  for (const f of inOrder) {
    if (left <= 0) break;
    const taken = Math.min(left, f.strength);
    const own = ownFleet(ctx, f);
    own.strength -= taken;
    if (own.strength <= 0) emptied = true;
    left -= taken;
  }
  if (emptied) disband(ctx);
}

function byId(a: Fleet, b: Fleet): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Fleets with no ships left leave the state. */
function disband(ctx: Ctx): void {
  ctx.s.fleets = ctx.s.fleets.filter((f) => f.strength > 0);
}

/**
 * Where the defenders of `system` fall back when it falls: the first neighbouring system of
 * `owner`'s, or undefined, when there is none and they are lost (the raid cards say which).
 */
export function fallBack(s: GameState, system: string, owner: string): string | undefined {
  for (const n of adjacency(s).neighbours.get(system) ?? []) if (findSystem(s, n)?.owner === owner) return n;
  return undefined;
}

/** Ships of `owner` lying at `system`. */
export function shipsAt(ctx: Ctx, owner: string, system: string): number {
  let n = 0;
  for (const f of ctx.s.fleets) if (f.location === system && f.owner === owner) n += f.strength;
  return n;
}

/**
 * Resolve an attack on `system` by `attacker` (an owner id) with `strength`; `fleets` are the attacking
 * fleets (a power's, fighting as one; a third power's raiders; none for a war's bare strength). They
 * share the losses in id order. On a win the system changes hands and the survivors move in.
 * `ally`: a power whose fleets at the system fight beside the owner's (Article III's help against a
 * third power); they share the losses, after the owner's, and fall back with them.
 */
export function fight(
  ctx: Ctx,
  attacker: string,
  strength: number,
  fleets: readonly Fleet[],
  system: System,
  cause: Cause,
  ally: string | null = null,
): BattleOutcome {
  const defender = system.owner;
  // A war's raiders defending their world, as they go in (their ships, as the attack's row counts them).
  const raiders: { id: string; ships: number }[] = [];
  for (const f of ctx.s.fleets)
    if (f.location === system.id && f.owner === defender && isRaiders(f.id))
      raiders.push({ id: f.id, ships: f.strength });
  const allied = ally === null ? 0 : shipsAt(ctx, ally, system.id);
  const {
    won,
    attackerStrength: a,
    defenderStrength: d,
    attackerLoss,
    defenderLoss,
  } = roll(ctx, strength, defenceOf(ctx, system) + allied);

  const defenders: Fleet[] = [];
  let defenderShips = 0;
  for (const f of ctx.s.fleets) {
    if (f.location !== system.id || f.owner !== defender) continue;
    defenders.push(f);
    defenderShips += f.strength;
  }
  const allies: Fleet[] = [];
  if (allied > 0)
    for (const f of ctx.s.fleets) if (f.location === system.id && f.owner === ally) allies.push(f);
  // Each fleet in the battle as it went in, for the report's words of what became of it.
  const engaged = [...fleets, ...defenders, ...allies].map((f) => ({ id: f.id, ships: f.strength }));
  takeLosses(ctx, [...fleets], attackerLoss);
  takeLosses(ctx, defenders, Math.min(defenderShips, defenderLoss));
  if (allies.length > 0) {
    // What the owner's ships could not absorb falls on the allies: the garrison takes no losses.
    const left = Math.min(allied, defenderLoss - Math.min(defenderShips, defenderLoss));
    takeLosses(ctx, allies, left);
  }

  if (won && defender !== null) {
    ownSystem(ctx, system).owner = attacker;
    // The attacking fleets that survived (those passed in may have been copied by their losses).
    for (const f of fleets) {
      const survivor = findFleet(ctx.s, f.id);
      if (survivor) ownFleet(ctx, survivor).location = system.id;
    }
    const retreat = fallBack(ctx.s, system.id, defender);
    for (const f of ctx.s.fleets) {
      if (f.location === system.id && (f.owner === defender || (ally !== null && f.owner === ally))) {
        const own = ownFleet(ctx, f);
        if (retreat) own.location = retreat;
        else own.strength = 0;
      }
    }
    disband(ctx);
    const fell = retreat === undefined ? null : (findSystem(ctx.s, retreat)?.name ?? retreat);
    note(ctx, {
      kind: 'territory',
      party: null,
      from: defender,
      to: attacker,
      article: null,
      cause,
      system: system.id,
      text: `${who(ctx.s, attacker, true)} attacks ${system.name}, held by ${who(ctx.s, defender)}: strength ${a} against a defence of ${d}, ${chance(ctx.rules, a, d)}. ${system.name} falls to ${who(ctx.s, attacker)}${fates(ctx.s, engaged, system.id, fell)}.`,
    });
    if (isParty(attacker) && !isParty(defender)) {
      forgetRelief(ctx, defender, attacker, system.name, cause);
      conquestGrudge(ctx, defender, attacker, system);
    }
  } else {
    note(ctx, {
      kind: 'fleet',
      party: null,
      article: null,
      cause,
      system: system.id,
      text: `${who(ctx.s, attacker, true)} attacks ${system.name}${defender === null ? '' : `, held by ${who(ctx.s, defender)}`}: strength ${a} against a defence of ${d}, ${chance(ctx.rules, a, d)}. ${system.name} holds${fates(ctx.s, engaged, system.id, null)}.`,
    });
  }
  // A war's raiders that defended their world lose for their war what they lost here, and raiders
  // destroyed end its blows (rules version 27: playtest 40 took Tholia, its raiders were destroyed,
  // and their war still struck Khitomer at full strength that year).
  for (const r of raiders) {
    const left = findFleet(ctx.s, r.id)?.strength ?? 0;
    if (left < r.ships) raidersLost(ctx, attacker, r.id, r.ships - left, left === 0, cause);
  }
  return { won, attackerStrength: a, defenderStrength: d, attackerLoss, defenderLoss };
}

/**
 * What became of each fleet in a battle at a world, after its losses and any retreat (the playtest
 * saw 11 ships come back as 6 with no word): ": fleet k1 loses 4 and falls back to Mempa, fleet k2
 * is destroyed". A fleet that lost nothing and stayed is not named; empty when none is.
 */
function fates(
  s: GameState,
  engaged: readonly { id: string; ships: number }[],
  at: string,
  fellBackTo: string | null,
): string {
  const words: string[] = [];
  for (const { id, ships } of engaged) {
    const now = findFleet(s, id);
    if (!now) {
      words.push(`fleet ${id} is destroyed`);
      continue;
    }
    const lost = ships - now.strength;
    const fell = now.location !== at && fellBackTo !== null;
    if (fell) words.push(`fleet ${id} ${lost > 0 ? `loses ${lost} and ` : ''}falls back to ${fellBackTo}`);
    else if (lost > 0) words.push(`fleet ${id} loses ${lost}`);
  }
  return words.length === 0 ? '' : `: ${words.join(', ')}`;
}

/** A power or a third power by name, as the report reads it ("the Federation", "the Romulan Star Empire"). */
function who(s: GameState, id: string, first = false): string {
  if (isParty(id)) return (first ? PARTY_TITLES : PARTY_NAMES)[id];
  // With its article, as a sentence names it (playtest 25's report read "falls to Cardassian Union").
  const name = powerName(s, id);
  return first ? sentence(name) : name;
}

/** `n` raised to the battle's power (`battle.oddsPower`, 1 to 3): a whole number, as the roll needs. */
function weight(n: number, power: number): number {
  return power === 1 ? n : power === 2 ? n * n : n * n * n;
}

/**
 * The attacker's chance, 0 to 1, in a roll of `a` against `d` under `rules` (rules version 29: the
 * strengths raised to `battle.oddsPower`; playtest 42 lost 55 ships' defence to 7 raiders at 11%).
 */
export function winChance(rules: Rules, a: number, d: number): number {
  if (a <= 0) return 0;
  const power = rules.battle.oddsPower;
  const wa = weight(a, power);
  return wa / (wa + weight(d, power));
}

/** The attacker's chance in a roll of `a` against `d`, in words ("an 80% chance"). */
export function chance(rules: Rules, a: number, d: number): string {
  return chanceWords(winChance(rules, a, d));
}

/**
 * A chance `p` (0 to 1) in words, with its article ("an 80% chance", "an 11% chance"). A roll that
 * may still go either way is never called 0% or 100% (review: squared, 29 ships against a garrison
 * of 2 read "a 100% chance").
 */
export function chanceWords(p: number): string {
  const n = Math.round(100 * p);
  if (n === 0 && p > 0) return 'less than a 1% chance';
  if (n === 100 && p < 1) return 'more than a 99% chance';
  const an = n === 8 || n === 11 || n === 18 || (n >= 80 && n < 90);
  return `${an ? 'an' : 'a'} ${n}% chance`;
}

/** One seeded roll of attack `a` against defence `d`, and the losses in proportion. */
function roll(ctx: Ctx, a: number, d: number): BattleOutcome {
  const power = ctx.rules.battle.oddsPower;
  const wa = weight(a, power);
  const won = a > 0 && ctx.stream('battle').int(wa + weight(d, power)) < wa;
  const total = Math.max(1, a + d);
  const winnerStrength = won ? a : d;
  const loserStrength = won ? d : a;
  const loserLoss = Math.ceil((loserStrength * winnerStrength) / total);
  const winnerLoss = Math.floor((winnerStrength * loserStrength) / total / 2);
  const attackerLoss = Math.min(a, won ? winnerLoss : loserLoss);
  const defenderLoss = won ? loserLoss : winnerLoss;
  return { won, attackerStrength: a, defenderStrength: d, attackerLoss, defenderLoss };
}

/**
 * A fleet attacks a fleet (where it lies, at most one lane away): the target fights alone, with no
 * garrison, and no system changes hands. The loser's losses follow the same roll as a system's.
 */
export function fightFleet(ctx: Ctx, fleet: Fleet, attacked: Fleet, cause: Cause): BattleOutcome {
  const target = asItFights(ctx, attacked);
  const out = roll(ctx, fleet.strength, target.strength);
  const where = findSystem(ctx.s, target.location)?.name ?? target.location;
  const attackerId = fleet.id;
  const targetId = target.id;
  takeLosses(ctx, [fleet], out.attackerLoss);
  takeLosses(ctx, [target], Math.min(target.strength, out.defenderLoss));
  raidersHit(ctx, fleet.owner, targetId, cause);
  const fate = (id: string, loss: number) =>
    ctx.s.fleets.some((f) => f.id === id) ? `fleet ${id} loses ${loss}` : `fleet ${id} is destroyed`;
  const losses = `${fate(targetId, out.defenderLoss)}, ${fate(attackerId, out.attackerLoss)}`;
  note(ctx, {
    kind: 'fleet',
    party: null,
    article: null,
    cause,
    system: target.location,
    text: out.won
      ? `Fleet ${attackerId} attacks fleet ${targetId} at ${where}: strength ${out.attackerStrength} against ${out.defenderStrength}, ${chance(ctx.rules, out.attackerStrength, out.defenderStrength)}. The attacker wins: ${losses}.`
      : `Fleet ${attackerId} attacks fleet ${targetId} at ${where}: strength ${out.attackerStrength} against ${out.defenderStrength}, ${chance(ctx.rules, out.attackerStrength, out.defenderStrength)}. It is beaten off: ${losses}.`,
  });
  return out;
}
