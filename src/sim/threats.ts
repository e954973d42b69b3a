// Third powers' threats (DESIGN.md section 15.2): a raid is named before it strikes — the world,
// and its raiders gathering beside it — so that the powers can answer it: ships stationed there,
// the other party's fleets beside them (with passage), or an attack on the raiders first.
import { warTarget } from './articles/article-iii';
import { type BattleOutcome, fight, shipsAt } from './battle';
import { addFleet, addOnce, type Cause, type Ctx, changeSupport, note, ownFleet, withOnce } from './context';
import { resents } from './debts';
import { reward } from './ledger';
import type { OrderRef } from './resolve-types';
import { bankSecurity } from './scoring';
import {
  type Fleet,
  type GameState,
  isParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type System,
  untilYear,
  type War,
} from './types';
import {
  adjacency,
  findFleet,
  findSystem,
  isHomeworld,
  ownedBy,
  systemName,
  theThirdPower,
  thirdPowerName,
} from './world';

/** Raiders' fleets carry this prefix before their war's id. */
const RAIDERS = 'raiders-';

/** Whether a fleet is a third power's raiders, gathered for a war (the screens name them so). */
export function isRaiders(fleetId: string): boolean {
  return fleetId.startsWith(RAIDERS);
}

/**
 * At an incursion's reveal: the war will strike after the warning years, at a world named now, and
 * its raiders gather beside it. Returns the sentence that names them (null: no warning, or no world
 * of the victim lies within the third power's reach).
 */
export function announceThreat(ctx: Ctx, war: War): string | null {
  const warning = ctx.rules.threats.warningYears;
  if (warning <= 0) return null;
  war.since += warning;
  war.until += warning;
  const target = warTarget(ctx, war);
  if (target === null) return null;
  war.target = target;
  const s = ctx.s;
  // They gather in their own space beside the world if they have any there, else over it.
  let staging = target;
  for (const n of adjacency(s).neighbours.get(target) ?? []) {
    if (ownedBy(findSystem(s, n), war.thirdPower)) {
      staging = n;
      break;
    }
  }
  const id = `${RAIDERS}${war.id}`;
  if (war.strength > 0 && !findFleet(s, id)) {
    addFleet(ctx, { id, owner: war.thirdPower, location: staging, strength: war.strength });
    war.raiders = id;
  }
  const name = thirdPowerName(s, war.thirdPower);
  const back = isHomeworld(s, war.thirdPower, target) ? ', to take back a world of theirs' : '';
  // A raid named in the last year played would strike in a year the game does not play.
  const when =
    war.since >= s.lastYear
      ? `they would strike in ${war.since}, a year the game does not play`
      : `they strike in ${war.since}`;
  return `${name} ships gather near ${systemName(s, target)}${back}: ${when}.`;
}

/**
 * Step d: a war strikes its world. The raiders (if any) carry the war's strength; the other party's
 * fleets at the world fight beside the victim's while the Accords are not suspended (Article III);
 * a named world that holds banks security, and each helper is thanked once.
 */
export function strike(ctx: Ctx, war: War, target: System, cause: Cause): BattleOutcome {
  const s = ctx.s;
  const ally = otherParty(war.victim);
  const helping = s.status !== 'suspended' && s.status !== 'collapsed' && shipsAt(ctx, ally, target.id) > 0;
  const found = war.raiders ? findFleet(s, war.raiders) : undefined;
  const raiders = found && carrying(ctx, found, war);
  const out = fight(
    ctx,
    war.thirdPower,
    war.strength,
    raiders ? [raiders] : [],
    target,
    cause,
    helping ? ally : null,
  );
  // The named world's first blow, held: a defence the power prepared for (later years are the war's).
  // A world of the third power's own held under its grudge is occupied, not secure (rules version 28):
  // held against its power's blow, it banks nothing (playtest 40's raids on worlds it had taken paid).
  if (!out.won && war.raiders && war.since === ctx.year) {
    const occupied = isHomeworld(s, war.thirdPower, target.id) && resents(s, war.thirdPower, war.victim);
    const points = occupied ? 0 : ctx.rules.threats.securityDefended;
    if (points > 0) {
      bankSecurity(s, war.victim, points);
      note(ctx, {
        kind: 'war',
        party: war.victim,
        article: null,
        cause,
        system: target.id,
        text: `${target.name} holds against ${theThirdPower(s, war.thirdPower)}: ${points} security for ${PARTY_NAMES[war.victim]}.`,
      });
    }
  }
  if (helping)
    thank(
      ctx,
      ally,
      war,
      `${PARTY_TITLES[ally]}'s ships fight beside ${PARTY_NAMES[war.victim]} at ${target.name}.`,
      cause,
      !out.won,
    );
  return out;
}

/** Article III's reward, once per war and helper, and what the helper's own government thinks of it. */
function thank(ctx: Ctx, party: Party, war: War, text: string, cause: Cause, won: boolean): void {
  if (war.aidedBy.includes(party)) return;
  war.aidedBy = withOnce(war.aidedBy, party);
  reward(ctx, party, 'III/war-aid', ctx.rules.rewards.warAid, 'III', text);
  const sup = ctx.rules.support;
  if (party === 'klingon' && won) changeSupport(ctx, party, sup.klingonBattleWon, cause, text);
  if (party === 'federation') changeSupport(ctx, party, sup.federationAidGiven, cause, text);
}

/**
 * A war's raiders as strong as their war: arms, open support and war aid change the war's strength,
 * and its raiders carry what the war has when they fight (rules version 19: a blow struck at them
 * fought their older number, and what was left of them undid the war aid and the arms since).
 */
function carrying(ctx: Ctx, raiders: Fleet, war: War): Fleet {
  if (raiders.strength === war.strength) return raiders;
  const own = ownFleet(ctx, raiders);
  own.strength = war.strength;
  return own;
}

/** A fleet about to be attacked, as it fights: a war's raiders carry their war's strength. */
export function asItFights(ctx: Ctx, fleet: Fleet): Fleet {
  if (!isRaiders(fleet.id)) return fleet;
  const war = ctx.s.wars.find((w) => w.raiders === fleet.id);
  return war ? carrying(ctx, fleet, war) : fleet;
}

/**
 * After an attack on a fleet: if it was a war's raiders, the war is as strong as what is left of
 * them, and the other party of the war's victim who struck them is thanked as a helper.
 */
export function raidersHit(ctx: Ctx, attacker: string, target: string, cause: Cause): void {
  if (!isRaiders(target)) return;
  const war = ctx.s.wars.find((w) => w.raiders === target);
  if (!war) return;
  war.strength = findFleet(ctx.s, target)?.strength ?? 0;
  thankStriker(ctx, attacker, war, cause);
}

/** The other party of a war's victim that struck its raiders is thanked as a helper (Article III). */
function thankStriker(ctx: Ctx, attacker: string, war: War, cause: Cause): void {
  if (!isParty(attacker) || attacker === war.victim) return;
  const name = theThirdPower(ctx.s, war.thirdPower);
  thank(
    ctx,
    attacker,
    war,
    `${PARTY_TITLES[attacker]} strikes ${name}'s raiders before they fall on ${PARTY_NAMES[war.victim]}.`,
    cause,
    true,
  );
}

/**
 * Raiders that lost `lost` ships defending their own world (rules version 27): their war loses as
 * much, and nothing is left of it when they are destroyed; the other party of the war's victim who
 * struck them is thanked as a helper, as when it strikes them alone (`raidersHit`).
 */
export function raidersLost(
  ctx: Ctx,
  attacker: string,
  target: string,
  lost: number,
  destroyed: boolean,
  cause: Cause,
): void {
  const war = ctx.s.wars.find((w) => w.raiders === target);
  if (!war) return;
  war.strength = destroyed ? 0 : Math.max(0, war.strength - lost);
  thankStriker(ctx, attacker, war, cause);
}

/**
 * After the wars end: raiders whose war is over go home, even from a world they took — it keeps only
 * its garrison, so that a power can take it back (a world lost costs security until it is retaken).
 */
export function retireRaiders(ctx: Ctx): void {
  const s = ctx.s;
  let retired = false;
  for (const f of s.fleets) if (retiring(s, f)) retired = true;
  if (retired) s.fleets = s.fleets.filter((f) => !retiring(s, f));
}

/** A third power's raiders whose war is over (most years, no fleet is one: nothing is searched). */
function retiring(s: GameState, f: Fleet): boolean {
  if (!isRaiders(f.id)) return false;
  // A war's raiders may be null: tested first, so the comparison sees only strings (see ownedBy).
  for (const w of s.wars) if (w.raiders !== null && w.raiders === f.id) return false;
  return true;
}

/** The last year a grant of passage by `party` this year holds: this year, or the year a raid named on it strikes. */
export function passageGrantedUntil(s: GameState, party: Party): number {
  let until = s.year;
  for (const w of s.wars) if (w.victim === party && w.target !== null && w.since > until) until = w.since;
  return until;
}

/**
 * Step a: passage. A grant holds for its year; one made while a third power's threat against the
 * granting power is named holds until that blow has fallen, so the other party's fleets can come to
 * its defence in the year of the strike (moves come before battles).
 */
export function resolvePassage(ctx: Ctx, refs: readonly OrderRef[]): void {
  const s = ctx.s;
  for (const party of PARTIES) if (powerOf(s, party).passageUntil >= ctx.year) addOnce(ctx.granting, party);
  for (const r of refs) {
    const party = r.party;
    const until = passageGrantedUntil(s, party);
    const p = powerOf(s, party);
    const fresh = addOnce(ctx.granting, party) || until > p.passageUntil;
    if (until > p.passageUntil) p.passageUntil = until;
    if (!fresh) continue;
    note(ctx, {
      kind: 'fleet',
      party,
      article: 'VI',
      cause: { order: { party, index: r.index, type: r.order.type } },
      text:
        until > ctx.year
          ? `${PARTY_TITLES[party]} grants ${PARTY_NAMES[otherParty(party)]}'s fleets passage ${untilYear(ctx.s, until)}, to meet the threat.`
          : `${PARTY_TITLES[party]} grants ${PARTY_NAMES[otherParty(party)]}'s fleets passage this year.`,
    });
  }
}

/** The threats a power can see against a party: wars with a named world, not yet struck or striking now. */
export function namedThreats(s: { wars: readonly War[]; year: number }, victim: Party): War[] {
  return s.wars.filter((w) => w.victim === victim && w.target !== null && w.strength > 0);
}
