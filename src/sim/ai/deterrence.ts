// A hawk reads its partner (issue 16 §4, §6): answered, it backs off; left unanswered, it presses on.
// A partner that answers its breaches (a protest standing, reparations demanded, its embassy recalled
// in protest) will make the next ones dear, and a hawk that does not walk into a loss it can see
// coming keeps its year's breaches, and the exposure of its covert acts not yet seen, from taking its
// standing to the line even if every one of them is seen. A partner that saw its breaches and let them
// pass is taken at its word: the hawk presses on, its standing worth little to it, until a bad year
// (an exposure, a refugee's escape) takes it over the line. A pragmatist answered backs off the same
// way (a loyal power's protests, lodged whatever the offender's standing, would otherwise push it
// over); unanswered, it weighs each breach alone, as it always did.
import { type AnyDefinition, definitionOf, type Order } from '../orders/index';
import type { ViolationCode } from '../scenario/rules';
import { type GameState, otherParty, type Party, powerOf } from '../types';
import { copyTraits, type Traits } from './personality';
import { type Eval, exposedCost, seenCost } from './value';

/** Years a partner's answer (or its silence) is remembered by the power it answered. */
export const ANSWER_MEMORY = 5;

/** Standing an answered power keeps above the suspension line, whatever its breaches. */
const ANSWERED_MARGIN = 10;

export type Mood = 'answered' | 'unpunished' | 'wary';

/** Whether `other` has answered `party`'s breaches lately, as `party` sees it. */
export function answeredBy(v: GameState, party: Party): boolean {
  const other = otherParty(party);
  const since = v.year - ANSWER_MEMORY;
  if (v.protests.some((p) => p.by === other && p.year >= since)) return true;
  if (v.demands.some((d) => d.by === other && d.debtor === party)) return true;
  const closed = powerOf(v, other).embassyClosed;
  return closed?.how === 'recalled' && closed.year >= since;
}

/** Years a partner's silence over a breach seen is remembered: the Accords' own memory of offences. */
const SILENCE_MEMORY = 5;

/**
 * `party` had a breach seen between `SILENCE_MEMORY` and two years ago: its partner had a year to
 * answer it (the answers of the year after are given as this power plans, unseen till the next).
 */
function seenLately(v: GameState, party: Party): boolean {
  const ledger = v.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger.item(i);
    if (e.year < v.year - SILENCE_MEMORY) break;
    if (e.year < v.year - 1 && e.party === party && e.kind !== 'reward' && e.article !== null) return true;
  }
  return false;
}

/**
 * How a power that may break the articles reads its partner: answered; unpunished (a hawk whose
 * breaches were seen and let pass); or wary (anything else). A loyal power breaks nothing: wary.
 */
export function moodOf(v: GameState, party: Party, t: Traits): Mood {
  if (t.neverViolate || v.status === 'suspended' || v.status === 'collapsed') return 'wary';
  if (answeredBy(v, party)) return 'answered';
  return t.warlike && seenLately(v, party) ? 'unpunished' : 'wary';
}

/** An unpunished hawk's traits: its standing is worth less to it, and it looks no further than the year. */
export function emboldened(t: Traits): Traits {
  const bold = copyTraits(t);
  bold.standing = t.standing * 0.4;
  bold.buffer = Math.min(t.buffer, 5);
  bold.exposureDebt = 0;
  return bold;
}

/** Standing a wary hawk keeps out of its year's breaches (each weighed alone, they may add up to more). */
const WARY_MARGIN = 5;

/**
 * The standing a power's breaches may still cost this year, or null (each breach weighed alone: a
 * hawk unpunished, a pragmatist unanswered): its standing less what its covert acts not yet seen
 * would cost if every one came out, and less a margin (answered: the suspension line and 10 more; a
 * wary hawk: 5).
 */
export function breachBudget(e: Eval, mood: Mood): number | null {
  const { v, party } = e;
  if (mood === 'unpunished' || (mood === 'wary' && !e.t.warlike)) return null;
  if (v.status === 'suspended' || v.status === 'collapsed') return null;
  let exposed = 0;
  const d = v.rules.detection;
  for (const c of v.covert) {
    if (c.party !== party || c.detected || c.year < v.year - d.laterYears) continue;
    exposed += exposedCost(e, c.code as ViolationCode);
  }
  const margin = mood === 'wary' ? WARY_MARGIN : v.rules.treaty.suspendBelow + ANSWERED_MARGIN;
  return powerOf(v, party).standing - exposed - margin;
}

/**
 * The standing an order's breaches would cost this year if every one were seen (`def`: its
 * definition, when already found, as `YearOrders.accepts` finds it).
 */
export function breachCost(
  e: Eval,
  order: Order,
  queued: readonly Order[],
  def: AnyDefinition = definitionOf(order),
): number {
  const breaches = def.breaching ? def.breaching(e.v, e.party, order as never, queued) : def.breaches;
  let cost = 0;
  for (const b of breaches) cost += seenCost(e, b.code);
  return cost;
}
