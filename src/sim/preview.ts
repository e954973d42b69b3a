// What an order would do to the Accords, before it is given: which article it breaks, open or
// covert, what that costs if seen (with the repeat multiplier), and the chance of being seen. The
// breaches are the order's own, declared with it (src/sim/orders/).
import { embassyRecentlyClosed } from './articles/article-ii';
import { blinded, exposedSupport, firstYearDetection, seenAtEmbassy } from './covert';
import { articleOf, violationCost } from './ledger';
import type { Breach } from './orders/define';
import {
  breachOf,
  definitionOf,
  type Order,
  type OrderCost,
  type OrderError,
  orderCost,
  validateOrder,
} from './orders/index';
import { STEPS } from './resolve-types';
import type { ViolationCode } from './scenario/rules';
import {
  type Article,
  type GameState,
  otherParty,
  type Party,
  type Result,
  type ViolationKind,
} from './types';

export interface ViolationPreview {
  article: Article;
  code: ViolationCode;
  kind: ViolationKind;
  /** Standing lost if seen this year (open: certain). */
  cost: number;
  /** Chance in % of being seen this year (100 for an open violation). */
  chance: number;
  /**
   * For a covert act while the other power's embassy is closed and may be built again this year: the
   * chance if it is (at step a, before the act); null otherwise.
   */
  chanceIfEmbassyBack: number | null;
  /** For a covert act: what it costs if it comes out in a later year, with the cover-up. */
  exposureCost: number | null;
  /** For a covert act: the support at home it costs when seen, now or later (0: none). */
  exposedSupport: number;
  /** For a violation that recurs: "a year". */
  recurring: boolean;
  /**
   * For a breach charged at an obligation's deadline (a fugitive sheltered past it): that year. Its
   * cost is today's price: a breach of the article seen before then raises it (playtest 35 read
   * −16 in 2307 and paid −20 in 2308, after an escape of another fugitive was seen).
   */
  deadline: number | null;
  text: string;
}

export interface OrderPreview {
  order: Order;
  cost: OrderCost;
  violations: ViolationPreview[];
}

export function previewOrder(
  s: GameState,
  party: Party,
  raw: unknown,
  queued: readonly Order[] = [],
): Result<OrderPreview, OrderError> {
  const v = validateOrder(s, party, raw, queued);
  if (!v.ok) return v;
  const order = v.value;
  const def = definitionOf(order);
  const breaches = def.breaching ? def.breaching(s, party, order, queued) : def.breaches;
  // An expulsion of the other's embassy queued this year blinds it at step a, before a covert act
  // (playtest 32 read "50% chance this year" beside the expulsion's own "falls to 10% in the year").
  const expels = queued.some((o) => o.type === 'embassy' && o.action === 'expel');
  const violations = breaches.map((b): ViolationPreview => {
    const priors = chargedBefore(s, party, order, b, queued);
    return {
      article: articleOf(b.code),
      code: b.code,
      kind: b.covert ? 'covert' : 'open',
      cost: violationCost(s, party, b.code, false, priors),
      chance: b.covert ? (expels ? s.rules.detection.blindPercent : firstYearDetection(s, party)) : 100,
      chanceIfEmbassyBack: b.covert && !expels ? embassyBack(s, party) : null,
      exposureCost: b.covert ? violationCost(s, party, b.code, true, priors) : null,
      exposedSupport: b.covert ? exposedSupport(s.rules, party) : 0,
      recurring: b.recurring,
      deadline: b.charged === 'deadline' ? deadlineOf(s, order) : null,
      text: b.text,
    };
  });
  return { ok: true, value: { order, cost: orderCost(s, party, order, queued), violations } };
}

/**
 * When a breach is charged in the year's resolution, as a key that sorts like the ledger: this
 * year's steps (in the steps' order, then the orders' order), then step g's deadlines (by year, then
 * the obligations' order; a later year's after all of this year's), then the year's end (after this
 * year's deadlines: a fleet's trespass, playtest 37 read −4 and paid −5 after a ruling it ignored).
 */
type When = readonly [year: number, phase: number, at: number, order: number];

const before = (a: When, b: When): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
};

function whenCharged(s: GameState, order: Order, breach: Breach, place: number): When {
  if (breach.charged === 'deadline') {
    const due = dueAt(s, order);
    return due ? [due.deadline, 1, due.index, 0] : [s.year, 2, 0, place];
  }
  if (breach.charged === 'year-end') return [s.year, 2, 0, place];
  return [s.year, 0, STEPS.indexOf(definitionOf(order).step), place];
}

/**
 * The open breaches of `breach`'s article that `party` will be charged ahead of it: those of the
 * orders queued before `order`, and those of the obligations its orders leave unmet (a fugitive
 * sheltered in an earlier year, or left undecided at this year's deadline; a ruling not accepted by
 * this year's). Each is a prior that raises its price, as the ledger counts them (playtest 33: two
 * fugitives sheltered in one year both read −16, and at the deadline the second cost −20).
 */
function chargedBefore(
  s: GameState,
  party: Party,
  order: Order,
  breach: Breach,
  queued: readonly Order[],
): number {
  const article = articleOf(breach.code);
  const mine = whenCharged(s, order, breach, queued.length);
  let n = 0;
  for (let i = 0; i < queued.length; i++) {
    const q = queued[i] as Order;
    const def = definitionOf(q);
    const qs = def.breaching ? def.breaching(s, party, q, queued.slice(0, i)) : def.breaches;
    for (const b of qs)
      if (!b.covert && articleOf(b.code) === article && before(whenCharged(s, q, b, i), mine)) n++;
  }
  // The obligations no order of this year decides (one that does was counted above, or keeps it).
  const decided = new Set<string>();
  for (const q of [...queued, order]) if ('obligation' in q) decided.add(q.obligation);
  s.obligations.forEach((ob, index) => {
    if (ob.kind === 'aid' || decided.has(ob.id) || ob.deadline < s.year) return;
    const breaks =
      ob.kind === 'extradition'
        ? ob.debtor === party &&
          article === 'V' &&
          (ob.decision === 'sheltered' || (ob.decision === null && ob.deadline === s.year))
        : ob.debtor === party && article === 'VI' && !ob.accepted && ob.deadline === s.year;
    if (breaks && before([ob.deadline, 1, index, 0], mine)) n++;
  });
  return n;
}

/**
 * What a fugitive `party` sheltered already will cost it at its deadline, at today's price: counted
 * after the fugitives it sheltered that fall due first, as the shelter's row counted it (playtest 35:
 * the card of a sheltered hero in its deadline year named no price).
 */
export function shelteredCost(s: GameState, party: Party, obligation: string): number {
  const order: Order = { type: 'shelter', obligation };
  const breach = breachOf('shelter');
  return violationCost(s, party, breach.code, false, chargedBefore(s, party, order, breach, []));
}

/** The year an order's obligation falls due (null: it names none, or none that stands). */
function deadlineOf(s: GameState, order: Order): number | null {
  return dueAt(s, order)?.deadline ?? null;
}

/** Where an order's obligation falls due at step g: its year, and its place in the list. */
function dueAt(s: GameState, order: Order): { deadline: number; index: number } | null {
  if (!('obligation' in order)) return null;
  const index = s.obligations.findIndex((o) => o.id === order.obligation);
  const ob = s.obligations[index];
  return ob ? { deadline: ob.deadline, index } : null;
}

/**
 * The chance a covert act of `party` is seen this year if the other power builds its embassy again
 * at step a, before the act (playtest 32: rows read 10% in the year the Empire's embassy returned,
 * and the act was seen at 40%); null when it has one or may not build it yet. An expulsion queued
 * this year blinds it at step a, before the act, and the caller leaves this out.
 */
function embassyBack(s: GameState, party: Party): number | null {
  const other = otherParty(party);
  if (!blinded(s, other) || embassyRecentlyClosed(s, other, 'expelled')) return null;
  return seenAtEmbassy(s, 1);
}
