// Article III — if a third power attacks one party, the other must not support that power and may
// aid the party attacked. Wars are fought in step d; arms and open support are violations.
import { shipsAt } from '../battle';
import { type Ctx, changeReserves, changeSupport, note, withOnce } from '../context';
import { commitCovert } from '../covert';
import { chargeViolation, reward } from '../ledger';
import type { OrderRef } from '../resolve-types';
import { strike } from '../threats';
import {
  type GameState,
  otherParty,
  PARTY_NAMES,
  PARTY_TITLES,
  type System,
  sentence,
  type War,
} from '../types';
import { adjacency, findSystem, isHomeworld, ownedBy, systemName, theThirdPower } from '../world';

/**
 * The system a war strikes this year: its target while the victim holds it; else a world of the third
 * power's own that the victim holds (it strikes to take it back); else a border world.
 */
export function warTarget(ctx: Ctx, war: War): string | null {
  return targetIn(ctx.s, war);
}

/** `warTarget` as a state shows it (it reads nothing else of a turn): for a plan, which has no turn. */
export function targetIn(s: GameState, war: War): string | null {
  if (war.target !== null && ownedBy(findSystem(s, war.target), war.victim)) return war.target;
  // Its own worlds first, the first by id (rules version 22): a power that takes a third power's world
  // has that power's wars to meet there for the rest of the century, wherever its front has gone.
  const lost = lostWorld(s, war);
  if (lost !== null) return lost;
  // The front: the victim's worlds (not its capital) next to one of the third power's; the first by
  // id. Found from the third power's side: it holds a few worlds, the victim many (lanes run both ways).
  const { near } = adjacency(s);
  const systems = s.systems;
  let first: string | null = null;
  for (let j = 0; j < systems.length; j++) {
    if (!ownedBy(systems[j], war.thirdPower)) continue;
    for (const i of near[j] ?? []) {
      const x = systems[i] as System;
      if (ownedBy(x, war.victim) && !x.capital && (first === null || x.id < first)) first = x.id;
    }
  }
  return first;
}

/** The first by id of the worlds `war`'s third power held when the game began and its victim holds now. */
export function lostWorld(s: GameState, war: War): string | null {
  return heldHomeworld(s, war.thirdPower, war.victim);
}

/** The first by id of the worlds `thirdPower` held when the game began that `holder` holds now. */
export function heldHomeworld(s: GameState, thirdPower: string, holder: string): string | null {
  const home = s.thirdPowers.find((t) => t.id === thirdPower)?.homeworlds ?? [];
  let first: string | null = null;
  for (const id of home) if (ownedBy(findSystem(s, id), holder) && (first === null || id < first)) first = id;
  return first;
}

/** Step d: each war's third power strikes its victim. */
export function resolveWars(ctx: Ctx): void {
  const s = ctx.s;
  const sup = ctx.rules.support;
  for (const war of s.wars) {
    if (war.since > ctx.year || war.strength <= 0) continue;
    // Its named world no longer the victim's (another blow took it this year): it strikes no world
    // unnamed (rules version 15; playtest 23 lost Maranga IV with no word). It names its next.
    const named = war.target === null ? undefined : findSystem(s, war.target);
    if (named && !ownedBy(named, war.victim)) {
      war.target = null;
      note(ctx, {
        kind: 'war',
        party: war.victim,
        article: 'III',
        cause: { event: war.eventId, rule: 'war' },
        system: named.id,
        text: `${sentence(theThirdPower(s, war.thirdPower))} finds ${named.name} fallen already: it strikes no other world this year.`,
      });
      if (war.until > ctx.year) nameNextBlow(ctx, war, named, true);
      continue;
    }
    const targetId = warTarget(ctx, war);
    const target = targetId ? findSystem(s, targetId) : undefined;
    if (!target) continue;
    const cause = { event: war.eventId, rule: 'war' };
    // The Federation's own ships at the world when the blow falls fight for it: an answer, held or
    // lost (rules version 14; the playtest's 21 ships lost Archanis IV, and read "does not answer").
    const defended = war.victim === 'federation' && shipsAt(ctx, 'federation', target.id) > 0;
    const out = strike(ctx, war, target, cause);
    war.strength = Math.max(0, war.strength - out.attackerLoss);
    war.target = out.won ? null : war.target;
    // Replaced, not pushed to: a turn's copy of the war shares the list (`War.took`).
    if (out.won) war.took = [...war.took, target.id];
    if (war.until > ctx.year && war.strength > 0) nameNextBlow(ctx, war, target, out.won);
    if (war.victim === 'klingon') {
      if (out.won)
        changeSupport(
          ctx,
          'klingon',
          sup.klingonSystemLost,
          cause,
          `${target.name} falls to ${theThirdPower(s, war.thirdPower)}.`,
        );
      else changeSupport(ctx, 'klingon', sup.klingonBattleWon, cause, `${target.name} is held.`);
    } else if (out.won && !defended && !ctx.answered.includes(war.thirdPower)) {
      // A world held is an answer (its defenders stood), and so is one lost with its defenders
      // beaten; one lost with no ship of ours there and no blow struck is not.
      changeSupport(
        ctx,
        'federation',
        sup.federationAttackUnanswered,
        cause,
        `${target.name} is attacked and the Federation does not answer.`,
      );
    }
  }
}

/**
 * A war that goes on names the world of its next blow now, as its first was named (rules version
 * 12): one that took its world turns to another, said in the report and on the victim's Events tab a
 * year ahead. Before, the next world was found only as the blow fell, and the playtest never saw it.
 */
function nameNextBlow(ctx: Ctx, war: War, struck: System, won: boolean): void {
  if (!won) war.target = struck.id;
  const next = warTarget(ctx, war);
  war.target = next;
  if (next === null || next === struck.id) return;
  note(ctx, {
    kind: 'war',
    party: war.victim,
    article: 'III',
    cause: { event: war.eventId, rule: 'war' },
    system: next,
    text: `${sentence(theThirdPower(ctx.s, war.thirdPower))} turns on ${systemName(ctx.s, next)}${isHomeworld(ctx.s, war.thirdPower, next) ? ', to take back a world of its own' : ''}: its war strikes there in ${ctx.year + 1}.`,
  });
}

/** Step a: open support of a third power at war with the other party. */
export function resolveOpenSupport(ctx: Ctx, refs: OrderRef[]): void {
  for (const { party, index, order } of refs) {
    if (order.type !== 'open-support') continue;
    const cause = { order: { party, index, type: order.type } };
    const war = activeWar(ctx, order.thirdPower, otherParty(party));
    if (!war) continue;
    const name = theThirdPower(ctx.s, order.thirdPower);
    war.supportedBy = withOnce(war.supportedBy, party);
    war.strength += 2 * ctx.rules.economy.armsStrength;
    changeReserves(
      ctx,
      party,
      ctx.rules.economy.openSupportGain,
      cause,
      `${sentence(name)} pays for open support.`,
      'III',
    );
    chargeViolation(
      ctx,
      party,
      'III/open-support',
      `${PARTY_TITLES[party]} openly supports ${name} against ${PARTY_NAMES[war.victim]}.`,
      { open: true },
    );
  }
}

/** Step f: covert arms to a third power at war with the other party. */
export function resolveCovertArms(ctx: Ctx, refs: OrderRef[]): void {
  for (const { party, index, order } of refs) {
    if (order.type !== 'covert-arms') continue;
    const cause = { order: { party, index, type: order.type } };
    const war = activeWar(ctx, order.thirdPower, otherParty(party));
    if (!war) continue;
    const name = theThirdPower(ctx.s, order.thirdPower);
    war.armedBy = withOnce(war.armedBy, party);
    war.strength += ctx.rules.economy.armsStrength;
    changeReserves(
      ctx,
      party,
      ctx.rules.economy.armsSaleGain,
      cause,
      `${sentence(name)} pays for arms.`,
      'III',
    );
    commitCovert(
      ctx,
      party,
      'III/arms',
      `${PARTY_TITLES[party]} sells arms to ${name}, at war with ${PARTY_NAMES[war.victim]}.`,
      war.id,
    );
  }
}

/** Step b: aid to the other party against a third power (a reward once per war). */
export function resolveWarAid(ctx: Ctx, ref: OrderRef, war: War): void {
  const { party, index, order } = ref;
  if (order.type !== 'aid') return;
  const cause = { order: { party, index, type: order.type } };
  const given = -changeReserves(
    ctx,
    party,
    -order.amount,
    cause,
    `Aid against ${theThirdPower(ctx.s, war.thirdPower)}.`,
    'III',
  );
  changeReserves(ctx, war.victim, given, cause, `Aid arrives from ${PARTY_NAMES[party]}.`, 'III');
  // Aid is ships and supplies at the front: it shortens the war, and the worlds it would take.
  const per = ctx.rules.lasting.warAidPerStrength;
  const blunted = per > 0 ? Math.min(war.strength, Math.floor(given / per)) : 0;
  if (blunted > 0) {
    war.strength -= blunted;
    note(ctx, {
      kind: 'war',
      party,
      delta: -blunted,
      article: 'III',
      cause,
      text: `The aid of ${PARTY_NAMES[party]} blunts the war of ${theThirdPower(ctx.s, war.thirdPower)} (strength −${blunted}).`,
    });
  }
  if (given >= ctx.rules.rewards.warAidMinimum && !war.aidedBy.includes(party)) {
    war.aidedBy = withOnce(war.aidedBy, party);
    reward(
      ctx,
      party,
      'III/war-aid',
      ctx.rules.rewards.warAid,
      'III',
      `${PARTY_TITLES[party]} stands with ${PARTY_NAMES[war.victim]} against ${theThirdPower(ctx.s, war.thirdPower)}.`,
    );
  }
  if (party === 'federation' && given > 0) {
    changeSupport(
      ctx,
      'federation',
      ctx.rules.support.federationAidGiven,
      cause,
      'The Council approves of the aid.',
    );
  }
}

/**
 * Start of the year: a deal with a third power at war with the other party pays every year the war
 * lasts, and its arms keep the war going (section 15.3: what a violation buys lasts). The deal's own
 * year is paid by its order (it resolves after this step, so no deal is paid twice in its year).
 */
export function supplyWars(ctx: Ctx): void {
  const econ = ctx.rules.economy;
  for (const war of ctx.s.wars) {
    // Not before the war strikes (a war is named ahead). From its first year of strikes on, a deal
    // made earlier pays: rules version 14 skipped that first year.
    if (war.since > ctx.year) continue;
    const name = theThirdPower(ctx.s, war.thirdPower);
    const cause = { event: war.eventId, rule: 'arms' };
    for (const party of war.armedBy) {
      war.strength += econ.armsStrength;
      changeReserves(
        ctx,
        party,
        econ.armsSaleGain,
        cause,
        `${sentence(name)} pays for another year of arms.`,
        'III',
      );
    }
    for (const party of war.supportedBy) {
      war.strength += 2 * econ.armsStrength;
      changeReserves(
        ctx,
        party,
        econ.openSupportGain,
        cause,
        `${sentence(name)} pays for another year of open support.`,
        'III',
      );
    }
  }
}

function activeWar(ctx: Ctx, thirdPower: string, victim: string): War | undefined {
  return ctx.s.wars.find((w) => w.thirdPower === thirdPower && w.victim === victim);
}

/** A war's years as its end says them: ", waged from 2374 to 2376", ", waged in 2374", " named for 2375". */
function warYears(since: number, year: number): string {
  if (since > year) return ` named for ${since}`;
  return since === year ? `, waged in ${since},` : `, waged from ${since} to ${year},`;
}

/**
 * What a war that ends still holds of what it took (rules version 19): ' The House of Duras still
 * holds Khitomer and Korvat, the Klingon Empire's to take back.', or nothing. Playtest 31 read a
 * civil war "ends" and the next year's news call the rebels "reeling", with three worlds still in
 * their hands.
 */
function keptWorlds(s: GameState, w: War): string {
  const kept: System[] = [];
  for (const id of w.took) {
    const x = findSystem(s, id);
    if (x && x.owner === w.thirdPower && !kept.includes(x)) kept.push(x);
  }
  if (kept.length === 0) return '';
  const names = kept.map((x) => x.name);
  const listed =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return ` ${sentence(theThirdPower(s, w.thirdPower))} still holds ${listed}, ${PARTY_NAMES[w.victim]}'s to take back.`;
}

/** After the year: wars whose time is up, or whose strength is spent, end. */
export function endWars(ctx: Ctx): void {
  const s = ctx.s;
  // Most years no war ends (most have none): the list is made only when one does.
  let ended: War[] | null = null;
  for (const w of s.wars) {
    if (w.until > ctx.year && w.strength > 0) continue;
    ended ??= [];
    ended.push(w);
  }
  if (ended === null) return;
  for (const w of ended) {
    note(ctx, {
      kind: 'war',
      party: w.victim,
      article: 'III',
      cause: { event: w.eventId },
      // Its years named: two wars of one third power on one victim read as one (playtest 23, and
      // playtest 27 read "that struck from 2374 ends" in two years running). Waged, not struck: a
      // war with no world in its reach never strikes.
      text: `The war of ${theThirdPower(s, w.thirdPower)} against ${PARTY_NAMES[w.victim]}${warYears(w.since, ctx.year)} ends${w.target ? ` near ${systemName(s, w.target)}` : ''}.${keptWorlds(s, w)}`,
    });
  }
  const over = ended;
  s.wars = s.wars.filter((w) => !over.includes(w));
}
