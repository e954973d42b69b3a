// A third power's raiders as the screens number them. No DOM here: the figures are tested in Node.
// Arms, open support and war aid change a war's strength, not its raiders' fleet (whose own number
// is the one it had when the war was named); the raiders fight with their war's (rules version 19,
// src/sim/threats.ts `asItFights`). The map's label, its tip and the side panel's fleet list show
// that figure, as the raid card does, never the fleet's older one.
import {
  type Fleet,
  type GameState,
  type Party,
  raidersStrengthKnown,
  strikeStrength,
  type War,
} from '../../sim/index';

/** What the figures are read from: a game's state, or a map's shape (a scenario: no rules yet). */
export type RaidersShape = Pick<GameState, 'fleets'> &
  Partial<Pick<GameState, 'wars' | 'year' | 'rules' | 'covert'>>;

/** The war `fleet` is the raiders of, if it is a war's raiders. */
export function warOfRaiders(state: RaidersShape, fleet: Pick<Fleet, 'id'>): War | undefined {
  return (state.wars ?? []).find((w) => w.raiders === fleet.id);
}

/** The state's rules and secrets, when it is a game's (a scenario's map has neither). */
function asGame(state: RaidersShape): GameState | null {
  return state.rules && state.covert && state.year !== undefined && state.wars ? (state as GameState) : null;
}

/**
 * What `war`'s raiders fight with if struck this year, as `party` knows it: their war's strength
 * now, and from its first year of strikes on the year's supply `party` knows of (paid before the
 * year's battles, article-iii.ts `supplyWars`; arms sold unseen are left out, as `strikeStrength`
 * leaves them). Before its first strike no supply is paid. With no reader known: the war's strength.
 */
export function raidersNow(state: RaidersShape, war: War, party: Party | null): number {
  const game = asGame(state);
  return game && party !== null ? raidersStrengthKnown(game, party, war) : war.strength;
}

/** A fleet's strength as the screens show it to `party`: a war's raiders, their war's (`raidersNow`). */
export function shownStrength(state: RaidersShape, fleet: Fleet, party: Party | null): number {
  const war = warOfRaiders(state, fleet);
  return war ? raidersNow(state, war, party) : fleet.strength;
}

/**
 * A named raid's strength in the map's tip, in the raid card's words (defence.ts): what it strikes
 * with, and what of it is the year's supply `party` knows of. "strength 4 now" when that is all.
 */
export function raidStrengthWords(state: RaidersShape, war: War, party: Party | null): string {
  const game = asGame(state);
  const strike = game && party !== null ? strikeStrength(game, party, war) : war.strength;
  return strike === war.strength
    ? `strength ${war.strength} now`
    : `strength ${strike} (${war.strength} now, and ${strike - war.strength} more from the arms and open support you know of)`;
}
