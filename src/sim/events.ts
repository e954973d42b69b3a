// Events (DESIGN.md section 10): the scenario's scripted timeline and its weighted random table,
// revealed at the start of each year. Every table draw uses a fixed number of numbers from the
// `events:YEAR` stream, so nothing a power orders can shift what the events draw.

import type { Ctx } from './context';
import { type Draws, drawParty, NEUTRAL, pickWeighted, slotId, yearDraws } from './event-draws';
import { applyEvent } from './event-effects';
import type { EventWords } from './event-texts';
import type { EventSpec, Scenario } from './scenario/schema';
import { type GameEvent, type GameState, isParty, otherParty } from './types';
import { aggressionIn } from './world';

export { EVENT_TEXT, EVENT_TYPES, type EventType } from './event-texts';

/** Reveal the events of `ctx.year`: the timeline's, then the table's draws. */
export function revealEvents(ctx: Ctx, scenario: Pick<Scenario, 'timeline' | 'eventTable'>): void {
  const s = ctx.s;
  s.events = [];
  const year = yearDraws(scenario.timeline, scenario.eventTable, ctx.year);
  const { scripted, eligible, words, weights, total } = year;
  // The powers the year's new events ask a decision of, as a mask (`asksOf`).
  let asked = 0;
  for (const { spec, words, id, index } of scripted) {
    applyEvent(ctx, spec, words, id, true, NEUTRAL, index);
    asked |= asksOf(s, ctx.year, spec, NEUTRAL);
  }
  const rng = ctx.stream('events');
  const slots = ctx.rules.events.drawsPerYear;
  // The lull (rules version 30): the longer a power has gone unasked, the likelier each draw (a
  // playtest's Empire had ten years with nothing to decide). The numbers drawn are the same, and the
  // count is the draws' alone (`asksOf`): still nothing a power does changes which events come.
  const { federation, klingon } = s.powers;
  const lull = Math.max(federation.quietYears, klingon.quietYears) * ctx.rules.events.lullPercent;
  const chancePercent = ctx.rules.events.chancePercent + lull;
  // An entry comes at most once a year (rules v9): two slots drawing "Warriors at the Gate" read as
  // a screen's mistake, not as news. A later slot draws among the entries not drawn yet.
  let left = weights;
  let leftTotal = total;
  for (let slot = 0; slot < slots; slot++) {
    // Six numbers a slot, always, in this order: what a power does never shifts them.
    const chance = rng.next();
    const entry = rng.next();
    const party = rng.next();
    const system = rng.next();
    const attacker = rng.next();
    const misc = rng.next();
    if (Math.floor(chance * 100) >= chancePercent) continue;
    const index = pickWeighted(entry, left, leftTotal);
    // -1: nothing left to draw (read as an index, it would be looked up as a property's name).
    const spec = index < 0 ? undefined : eligible[index];
    if (spec) {
      const draws: Draws = { chance, entry, party, system, attacker, misc };
      applyEvent(ctx, spec, words[index] as EventWords, slotId(year, ctx.year, slot), false, draws, slot);
      asked |= asksOf(s, ctx.year, spec, draws);
      if (left === weights) left = weights.slice();
      leftTotal -= left[index] ?? 0;
      left[index] = 0;
    }
  }
  federation.quietYears = asked & ASKS.federation ? 0 : federation.quietYears + 1;
  klingon.quietYears = asked & ASKS.klingon ? 0 : klingon.quietYears + 1;
}

const ASKS = { federation: 1, klingon: 2, both: 3, none: 0 } as const;

/**
 * Whom an event asks a decision of by its kind and the party its numbers drew, as bits (`ASKS`):
 * the relief of a disaster (the signatories other than the victim drawn; both for a third power's),
 * a renegade's fate (the power it comes from), a raid (its victim defends, the other may stand with
 * it), a claim's arbitration and a quarrel over tariffs (both), a pact offered (the power it is
 * offered to). News, a leak and the voices at home ask nothing. Read from the draw and the
 * scenario's own lists, never from what the powers did, so that it cannot change the events to come
 * (a raid turned away by a third power's gratitude, a disaster on a world another power took, a claim
 * no arbiter can hear, an offer that cannot be: each counts as its draw reads).
 */
function asksOf(
  s: Pick<GameState, 'thirdPowers' | 'disputedWorlds'>,
  year: number,
  spec: EventSpec,
  u: Draws,
): number {
  switch (spec.type) {
    case 'disaster': {
      if (spec.need <= 0) return ASKS.none;
      const named = spec.victim === 'any' ? drawParty(u.party) : spec.victim;
      return isParty(named) ? ASKS[otherParty(named)] : ASKS.both;
    }
    case 'renegade':
      return ASKS[spec.origin === 'any' ? drawParty(u.party) : spec.origin];
    case 'incursion':
      // No third power aggressive in this era: no war comes (the scenario's years, not the state's).
      if (spec.attacker === 'any' && !s.thirdPowers.some((t) => aggressionIn(t, year) > 0)) return ASKS.none;
      return ASKS.both;
    case 'dispute':
      return spec.system === 'any' && s.disputedWorlds.length === 0 ? ASKS.none : ASKS.both;
    case 'trade':
      return spec.kind === 'pact-offer' ? ASKS[otherParty(drawParty(u.party))] : ASKS.both;
    default:
      return ASKS.none;
  }
}

export function eventsOfYear(s: GameState): readonly GameEvent[] {
  return s.events;
}
