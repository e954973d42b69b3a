// The Events panel's raid cards: what a raid named on one of the player's worlds faces, and the moves
// that can defend it. One card a world, each order on one card only (the playtest's two raids on one
// world drew the same move and passage cards twice, and the number keys read "1, 2, 1, 2, 5").
import {
  chance,
  fallBack,
  type GameState,
  type Order,
  otherParty,
  type Party,
  pathThrough,
  type System,
  strikeStrength,
  systemName,
  type War,
  winChance,
} from '../../sim/index';
import { el } from './dom';
import { fleetName, PARTY_TITLES, type Roster } from './names';
import { raidWhen } from './raid-words';

/** A world of `party` named by raids: the raids, the moves that bring ships to it, and passage once. */
export interface Defence {
  world: System;
  wars: War[];
  moves: Order[];
  passage: Order | null;
}

/** The worlds of `party` raids are named on, in the order of the wars; every choice on one card only. */
export function defences(s: GameState, party: Party, choices: readonly Order[]): Defence[] {
  const out: Defence[] = [];
  let passage = choices.find((o) => o.type === 'grant-passage') ?? null;
  for (const w of s.wars) {
    const world = s.systems.find((x) => x.id === w.target);
    if (w.victim !== party || !world || world.owner !== party || w.strength <= 0) continue;
    const known = out.find((d) => d.world.id === world.id);
    if (known) {
      known.wars.push(w);
      continue;
    }
    const moves = choices.filter((o) => o.type === 'move' && o.to === world.id);
    // The other power's ships may help only with consent (the playtest's helping squadron was
    // charged with trespass for lying at the world): the order that gives it, on the first card.
    out.push({ world, wars: [w], moves, passage });
    passage = null;
  }
  return out;
}

/** The year the first of a card's raids strikes: this year's, or the first named for a later one. */
function firstStrike(wars: readonly War[], year: number): number {
  let first = Number.POSITIVE_INFINITY;
  for (const w of wars) first = Math.min(first, Math.max(w.since, year));
  return Number.isFinite(first) ? first : year;
}

/** The order of the year that takes fleet `id` from where it lies: a move or an attack. */
function sailing(queued: readonly Order[], id: string): Order | undefined {
  return queued.find(
    (o) => (o.type === 'move' || o.type === 'attack' || o.type === 'attack-fleet') && o.fleet === id,
  );
}

/**
 * A world's defence now, and with `queued` (the orders `party` has given this year) carried out: a
 * fleet sailing in adds its ships, one there sailing out or attacking takes them away, ships built
 * there add theirs (the playtest's card still read "a 62% chance it falls" after it ordered 22 ships
 * there; only the next year's card showed them).
 */
export function defenceWith(
  s: GameState,
  world: System,
  party: Party,
  queued: readonly Order[],
): { now: number; queued: number } {
  const b = s.rules.battle;
  const garrison = world.capital ? b.capitalGarrison : b.garrison;
  let now = garrison;
  let after = garrison;
  for (const f of s.fleets) {
    if (f.owner !== party) continue;
    const order = sailing(queued, f.id);
    const here = f.location === world.id;
    if (here) now += f.strength;
    // A strike on a fleet leaves the striker where it lies (playtest 38's card left out the fleet that
    // struck the raiders first and stayed to defend: it read a defence of 14, and the raid met 27).
    const stays =
      order === undefined || order.type === 'attack-fleet'
        ? here
        : order.type === 'move'
          ? order.to === world.id
          : false;
    if (stays) after += f.strength;
  }
  // Ships built join the first fleet of the party at the yard before fleets sail (the core's
  // resolveBuilds): they go where it goes (playtest 26's cards were one ship off where it sailed).
  for (const o of queued) {
    if (o.type !== 'build') continue;
    const joined = s.fleets.find((f) => f.owner === party && f.location === o.system);
    const order = joined && sailing(queued, joined.id);
    const lands =
      !order || order.type === 'attack-fleet' ? o.system : order.type === 'move' ? order.to : null;
    if (lands === world.id) after += o.ships;
  }
  return { now, queued: after };
}

/**
 * Whether a world's defence of `defence` holds against every raid of its card but for "less than a 1%
 * chance", as the card writes the odds (playtest 42's card still offered moves to a world of 127 against a raid of 8, and its
 * newcomer sent a squadron there every year: six stood at Khitomer by 2340).
 */
export function holds(s: GameState, d: Defence, party: Party, defence: number): boolean {
  // As the odds are written (`chanceWords`): under 0.5% reads "less than a 1% chance".
  return d.wars.every(
    (w) => Math.round(100 * winChance(s.rules, strikeStrength(s, party, w), defence)) === 0,
  );
}

/** A raid's chance to take a world of defence `against`, in words ("an 86% chance it falls"). */
function odds(s: GameState, strength: number, against: number): string {
  return `${chance(s.rules, strength, against)} it falls`;
}

/**
 * What a raid card's move leaves open: the world of `party` it sails from, when a raid strikes that
 * world this year too, with the defence and the odds it would be left with (playtest 26 sent Sol's
 * fleet to Ajilon Prime from Ajilon's card, and read only on Sol's own card lower down that Sol,
 * struck the same year, was left with 16 of its 31).
 */
export function leavesOpen(
  s: GameState,
  party: Party,
  move: Extract<Order, { type: 'move' }>,
  queued: readonly Order[],
): string | null {
  const fleet = s.fleets.find((f) => f.id === move.fleet && f.owner === party);
  const world = fleet && s.systems.find((x) => x.id === fleet.location);
  if (!world || world.owner !== party || move.to === world.id) return null;
  const struck = s.wars.filter(
    (w) =>
      w.victim === party && w.target === world.id && w.strength > 0 && w.since <= s.year && s.year <= w.until,
  );
  if (struck.length === 0) return null;
  // The year's orders with this one in place of whatever the fleet was given.
  const orders = [...queued.filter((o) => sailing([o], move.fleet) === undefined), move];
  const left = defenceWith(s, world, party, orders).queued;
  const raids = struck
    .map((w) => {
      const strength = strikeStrength(s, party, w);
      return `strength ${strength}, ${odds(s, strength, left)}`;
    })
    .join('; ');
  return `${world.name} is struck this year too: with this fleet gone its defence is ${left} (${raids}).`;
}

/** A world's raid card; `row` draws an order's row; `queued`: the orders given this year. */
export function defenceCard(
  s: GameState,
  d: Defence,
  party: Party,
  row: (o: Order) => HTMLElement,
  roster: Roster,
  queued: readonly Order[] = [],
) {
  const { world } = d;
  const defence = defenceWith(s, world, party, queued);
  const strike = strikeWords(d, queued);
  const raid = (w: War) => {
    const who = s.thirdPowers.find((t) => t.id === w.thirdPower)?.name ?? w.thirdPower;
    // What it strikes with: its strength now and the year's arms and support this side knows of.
    const strength = strikeStrength(s, party, w);
    const known =
      strength === w.strength
        ? ''
        : ` (${w.strength} now, and ${strength - w.strength} more from the arms and open support you know of)`;
    const now = `strength ${strength}${known} against its defence of ${defence.now}, ${odds(s, strength, defence.now)}`;
    const after =
      defence.queued === defence.now
        ? ''
        : `; with your orders this year, a defence of ${defence.queued}, ${odds(s, strength, defence.queued)}`;
    return `Article III — ${who} strikes ${world.name} ${raidWhen(w, s.year, s.lastYear)}: ${now}${after}.`;
  };
  return el(
    'div',
    { class: 'card', testid: 'defend' },
    ...d.wars.map((w) => el('div', { testid: 'defend-raid' }, raid(w))),
    // The playtest's card read strength 2 and the raid struck at 4: the other power had armed it.
    // Playtest 26's read 32 and the raid struck at 34: arms it had seen sold (counted since version 19).
    el(
      'div',
      {},
      `Each ship you bring adds one to the defence. The raiders' strength counts the year's supply you know of: ${s.rules.economy.armsStrength} for arms you have seen sold to them, ${2 * s.rules.economy.armsStrength} for open support; arms sold unseen add ${s.rules.economy.armsStrength} a year more.`,
    ),
    strike ? el('div', { class: 'dim', testid: 'defend-strike' }, strike) : null,
    el('div', { testid: 'defend-fallback' }, fallBackLine(s, world, party)),
    d.moves.length > 0 && holds(s, d, party, defence.queued)
      ? el(
          'div',
          { class: 'dim', testid: 'defend-holds' },
          `${world.name} holds already, as far as you know (arms sold unseen add strength): each raid named has less than a 1% chance to take it. More ships here add little; a fleet may serve better elsewhere.`,
        )
      : null,
    d.moves.length > 0
      ? el(
          'div',
          {},
          ...d.moves.map((o) => {
            const left = o.type === 'move' ? leavesOpen(s, party, o, queued) : null;
            return left
              ? el('div', {}, row(o), el('div', { class: 'dim', testid: 'defend-leaves' }, left))
              : row(o);
          }),
        )
      : el(
          'div',
          { class: 'dim', testid: 'defend-none' },
          noMoveLine(s, world.id, party, roster, firstStrike(d.wars, s.year), queued),
        ),
    d.passage
      ? el(
          'div',
          { testid: 'defend-passage' },
          el(
            'div',
            { class: 'dim' },
            // Playtest 31's Empire looked for a way to ask the Federation for its help: there is none to ask.
            `${PARTY_TITLES[otherParty(party)]}'s ships may fight beside yours at ${world.name} only with your consent; without it they trespass. The Accords do not bind it to help: its ships and its war aid against the raiders are its own choice.`,
          ),
          row(d.passage),
        )
      : null,
  );
}

/**
 * A strike ordered on this card's raiders: it comes before their raid (step d), so the defence above
 * counts the striking fleet's ships before the battle and the raid's strength before its losses
 * (playtest 38 read a 36% chance and the raid struck at 2 of its 8 against 27: a 7% chance).
 */
export function strikeWords(d: Defence, queued: readonly Order[]): string | null {
  const raiders = new Set(d.wars.map((w) => w.raiders));
  if (!queued.some((o) => o.type === 'attack-fleet' && raiders.has(o.target))) return null;
  return `Your strike on the raiders comes first, before they raid ${d.world.name}: won, it takes ships from them, and they raid with what they keep; the fleet that strikes stays where it lies, with the ships it keeps. The odds above count both sides before that battle.`;
}

/**
 * What becomes of the ships at a world that falls (playtest 37 sent 43 ships to The Anomaly, which
 * fell, and lost them all: no world of its own lay a lane away to fall back to).
 */
export function fallBackLine(s: GameState, world: System, party: Party): string {
  const to = fallBack(s, world.id, party);
  const name = to === undefined ? null : (s.systems.find((x) => x.id === to)?.name ?? to);
  return name === null
    ? `If ${world.name} falls, every ship of yours there is lost: no world of yours lies a lane away to fall back to.`
    : `If ${world.name} falls, the ships of yours that survive fall back to ${name}.`;
}

/**
 * The raid card's line when no move of `party` brings ships to the world: its fleets already there
 * are named (the playtest read "No fleet of yours can reach Starbase 11" with three of its fleets at
 * Starbase 11, counted in the defence). A raid named for a later year (`strikes`) can still be met
 * by a fleet that sails now: the nearest is named, with this year's move (playtest 41 read "no other
 * fleet of yours can reach it this year" a year before the strike, and found the two-year course
 * alone).
 */
export function noMoveLine(
  s: GameState,
  worldId: string,
  party: Party,
  roster: Roster,
  strikes: number = s.year,
  queued: readonly Order[] = [],
): string {
  const name = s.systems.find((x) => x.id === worldId)?.name ?? 'a world';
  const here = s.fleets.filter((f) => f.location === worldId && f.owner === party);
  const later = strikes > s.year ? sailNow(s, worldId, party, roster, strikes, queued) : '';
  if (here.length === 0) return `No fleet of yours can reach ${name} this year.${later}`;
  const strength = here.reduce((n, f) => n + f.strength, 0);
  const fleets = here.map((f) => fleetName(s, f.id, roster)).join(', ');
  return `Your ${here.length === 1 ? 'fleet' : 'fleets'} at ${name} (${fleets}; strength ${strength}) ${here.length === 1 ? 'is' : 'are'} in its defence already; no other fleet of yours can reach it this year.${later}`;
}

/**
 * The nearest fleet of `party` that can reach the world by the strike of `strikes` if it sails now:
 * one with no order this year whose own world no raid strikes first, on a course that keeps out of
 * the other power's space and the neutral zone (a stop there would be a breach the line does not say).
 */
function sailNow(
  s: GameState,
  worldId: string,
  party: Party,
  roster: Roster,
  strikes: number,
  queued: readonly Order[],
): string {
  const lanes = s.rules.movement.maxLanes;
  const most = lanes * (strikes - s.year + 1);
  const other = otherParty(party);
  const passes = (id: string) => {
    const x = s.systems.find((y) => y.id === id);
    return x !== undefined && x.owner !== other && x.zone !== 'neutral-zone';
  };
  let best: { id: string; path: string[] } | null = null;
  for (const f of s.fleets) {
    if (f.owner !== party || f.location === worldId || sailing(queued, f.id) !== undefined) continue;
    if (s.wars.some((w) => w.victim === party && w.target === f.location && w.since <= strikes)) continue;
    const path = pathThrough(s, f.location, worldId, passes, most);
    if (path === null || path.length - 1 <= lanes) continue;
    if (best === null || path.length < best.path.length) best = { id: f.id, path };
  }
  if (best === null) return '';
  const step = best.path[lanes] as string;
  const at = systemName(s, best.path[0] as string);
  const on =
    best.path.length - 1 <= 2 * lanes
      ? `on to ${systemName(s, worldId)} in ${s.year + 1}`
      : `on towards ${systemName(s, worldId)}`;
  return ` A fleet that sails now can be there before the strike of ${strikes}: ${fleetName(s, best.id, roster)} at ${at}, ${best.path.length - 1} lanes away (move it to ${systemName(s, step)} this year, and ${on}).`;
}
