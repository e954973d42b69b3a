// What an order would do to the Accords, before it is given: which article it breaks, open or
// covert, what that costs if seen (with the repeat multiplier), and the chance of being seen. The
// breaches are the order's own, declared with it (src/sim/orders/).
import { embassyRecentlyClosed } from './articles/article-ii';
import {
  articleOf,
  blinded,
  exposedSupport,
  firstYearDetection,
  seenAtEmbassy,
  violationCost,
} from './ledger';
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
    const before = chargedBefore(s, party, order, b, queued);
    return {
      article: articleOf(b.code),
      code: b.code,
      kind: b.covert ? 'covert' : 'open',
      cost: violationCost(s, party, b.code, false, before),
      chance: b.covert ? (expels ? s.rules.detection.blindPercent : firstYearDetection(s, party)) : 100,
      chanceIfEmbassyBack: b.covert && !expels ? embassyBack(s, party) : null,
      exposureCost: b.covert ? violationCost(s, party, b.code, true, before) : null,
      exposedSupport: b.covert ? exposedSupport(s.rules, party) : 0,
      recurring: b.recurring,
      deadline: b.atDeadline ? deadlineOf(s, order) : null,
      text: b.text,
    };
  });
  return { ok: true, value: { order, cost: orderCost(s, party, order, queued), violations } };
}

/**
 * The open breaches of `breach`'s article that `party`'s orders queued before `order`, and its
 * fugitives sheltered before, will charge ahead of it: each is a prior that raises its price, as the
 * ledger counts them (playtest 33: two fugitives sheltered in one year both read −16, and at the
 * deadline the second cost −20). A breach charged this year comes after those of earlier steps and
 * of its own step given before it; one charged at an obligation's deadline (step g, in the order of
 * the obligations) after all of this year's and those of the obligations due before it.
 */
function chargedBefore(
  s: GameState,
  party: Party,
  order: Order,
  breach: Breach,
  queued: readonly Order[],
): number {
  const article = articleOf(breach.code);
  const step = STEPS.indexOf(definitionOf(order).step);
  const due = breach.atDeadline ? dueAt(s, order) : null;
  let n = 0;
  for (let i = 0; i < queued.length; i++) {
    const q = queued[i] as Order;
    const def = definitionOf(q);
    const qs = def.breaching ? def.breaching(s, party, q, queued.slice(0, i)) : def.breaches;
    for (const b of qs) {
      if (b.covert || articleOf(b.code) !== article) continue;
      if (b.atDeadline) {
        const at = dueAt(s, q);
        if (due !== null && at !== null && dueFirst(at, due)) n++;
      } else if (due !== null || STEPS.indexOf(def.step) <= step) n++;
    }
  }
  // Fugitives sheltered in an earlier year, not yet past their deadline.
  if (due !== null) {
    s.obligations.forEach((ob, index) => {
      if (ob.kind !== 'extradition' || ob.debtor !== party || ob.decision !== 'sheltered') return;
      if (ob.deadline >= s.year && dueFirst({ deadline: ob.deadline, index }, due)) n++;
    });
  }
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

const dueFirst = (a: { deadline: number; index: number }, b: { deadline: number; index: number }) =>
  a.deadline < b.deadline || (a.deadline === b.deadline && a.index < b.index);

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
