// The ledger of the Accords: what each violation costs (with the repeat multiplier and the
// forgiveness of Article V), what keeping faith earns, and how step h moves the standings. Covert
// acts, their detection and exposure: covert.ts.
import { appendLedger, type Ctx, firstOfYear } from './context';
import { protestsStanding, standingProtest } from './grievances';
import type { ViolationCode } from './scenario/rules';
import {
  ARTICLES,
  type Article,
  type GameState,
  type LedgerEntry,
  PARTIES,
  type Party,
  powerOf,
} from './types';

/**
 * The article a violation code falls under (the numeral before its '/'), as the literal of
 * `ARTICLES`: one shared string, so the ledger's articles compare by reference, not by content
 * (a slice of the code would be a new string each time).
 */
export function articleOf(code: ViolationCode): Article {
  const I = 73; // 'I'
  switch (code.indexOf('/')) {
    case 1:
      return code.charCodeAt(0) === I ? 'I' : 'V';
    case 2:
      return code.charCodeAt(0) !== I ? 'VI' : code.charCodeAt(1) === I ? 'II' : 'IV';
    case 3:
      return 'III';
    default:
      return code.slice(0, code.indexOf('/')) as Article;
  }
}

const NONE: readonly LedgerEntry[] = [];

/**
 * Detected violations of `article` by `party` that still count against it in `year`: those of the
 * last `forgivenessYears` years, never any from before the signing. During a turn, pass the
 * entries it has made so far (`Ctx.pending`).
 */
export function priorsOf(
  s: GameState,
  party: Party,
  article: Article,
  year: number,
  pending: readonly LedgerEntry[] = NONE,
): number {
  const since = Math.max(s.signedYear, year - s.rules.forgivenessYears);
  let k = 0;
  for (const e of pending) if (e.year >= since && counts(e, party, article)) k++;
  for (let i = s.ledger.length - 1; i >= 0; i--) {
    const e = s.ledger.item(i);
    if (e.year < since) break;
    if (counts(e, party, article)) k++;
  }
  return k;
}

/**
 * `priorsOf` in `year` for every article at once, by the article's place in `ARTICLES`: one walk of
 * the ledger (the AI asks for several articles every year).
 */
export function priorsByArticle(s: GameState, party: Party, year: number): number[] {
  const since = Math.max(s.signedYear, year - s.rules.forgivenessYears);
  const k = ARTICLES.map(() => 0);
  for (let i = s.ledger.length - 1; i >= 0; i--) {
    const e = s.ledger.item(i);
    if (e.year < since) break;
    if (e.party === party && e.kind !== 'reward' && e.article !== null) {
      const at = ARTICLES.indexOf(e.article);
      k[at] = (k[at] as number) + 1;
    }
  }
  return k;
}

/** A violation of `article` by `party` (the article may be null: tested apart, see `ownedBy`). */
function counts(e: LedgerEntry, party: Party, article: Article): boolean {
  return e.party === party && e.kind !== 'reward' && e.article !== null && e.article === article;
}

/** Base cost × (1 + repeat% × k), in integers, rounded half up. */
export function repeatCost(s: Pick<GameState, 'rules'>, base: number, priors: number): number {
  return Math.floor((base * (100 + s.rules.repeatPercent * priors) + 50) / 100);
}

/** The cost an exposure adds to the base (the cover-up). */
export function exposureBase(s: Pick<GameState, 'rules'>, base: number): number {
  return Math.floor((base * s.rules.detection.exposurePercent + 50) / 100);
}

/** A cost raised by a standing protest against its article (DESIGN.md section 15.4). */
export function protestedCost(s: Pick<GameState, 'rules'>, cost: number): number {
  return Math.floor((cost * (100 + s.rules.answers.protestPercent) + 50) / 100);
}

/**
 * What a violation would cost `party` now if seen: the same formula the ledger applies. `before`:
 * breaches of the same article charged before it (each a prior, and the first spends a protest).
 */
export function violationCost(
  s: GameState,
  party: Party,
  code: ViolationCode,
  exposure = false,
  before = 0,
): number {
  const base = s.rules.costs[code];
  const article = articleOf(code);
  const priors = priorsOf(s, party, article, s.year) + before;
  const cost = repeatCost(s, exposure ? exposureBase(s, base) : base, priors);
  const protested =
    before === 0
      ? standingProtest(s, party, article, s.year) >= 0
      : protestsStanding(s, party, article, s.year) > before;
  return protested ? protestedCost(s, cost) : cost;
}

/** A violation seen this year: into the ledger now, onto the standing in step h. */
export function chargeViolation(
  ctx: Ctx,
  party: Party,
  code: ViolationCode,
  text: string,
  options?: { exposure?: boolean; open?: boolean },
): LedgerEntry {
  const s = ctx.s;
  const article = articleOf(code);
  const base = s.rules.costs[code];
  const priors = priorsOf(s, party, article, ctx.year, ctx.pending);
  const exposure = options?.exposure === true;
  let cost = repeatCost(s, exposure ? exposureBase(s, base) : base, priors);
  // A protest stands against this article: it raises this cost, and is spent.
  const protest = s.protests.length === 0 ? -1 : standingProtest(s, party, article, ctx.year);
  if (protest >= 0) {
    cost = protestedCost(s, cost);
    s.protests = s.protests.filter((_, i) => i !== protest);
  }
  const entry: LedgerEntry = {
    year: ctx.year,
    party,
    article,
    kind: exposure ? 'exposure' : 'violation',
    code,
    delta: -cost,
    priors,
    text: protest >= 0 ? `${text} (after a protest)` : text,
  };
  appendLedger(ctx, entry);
  if (options?.open && s.status === 'suspended') s.openWhileSuspended += 1;
  return entry;
}

/**
 * A reward for keeping faith. Paid while the Accords are suspended too (rules version 6): amends
 * made during a suspension are what lets a summit restore them.
 */
export function reward(
  ctx: Ctx,
  party: Party,
  code: string,
  amount: number,
  article: Article | null,
  text: string,
): void {
  // An act of faith a scenario pays nothing for is still written (it holds trust, heals, and
  // reparations settle the breaches before them: src/sim/grievances.ts); another reward of 0 is not.
  const faith = isActOfFaith(code);
  if (amount < 0 || (amount === 0 && !faith)) return;
  if (ctx.s.status === 'collapsed') return;
  // Shrunk to nothing near the top, the act is still written (an act of faith that holds trust).
  const standing = powerOf(ctx.s, party).standing;
  const delta = shrunk(ctx.rules.rewards.shrinkAbove, standing, amount);
  appendLedger(ctx, {
    year: ctx.year,
    party,
    article,
    kind: 'reward',
    code,
    delta,
    priors: 0,
    text:
      delta > 0
        ? text
        : amount === 0
          ? `${text} It adds no standing under this scenario's rules, but still counts as an act of faith.`
          : `${text} It adds no standing at ${standing}, this near the top${faith ? ', but still counts as an act of faith' : ''}.`,
  });
}

/**
 * Rewards shrink near the top (DESIGN.md section 15.2): above `above`, a reward is scaled by what is
 * left to 100 against what was left at the line, rounded down, so standing is hard to hold at 100.
 * `standing` is the power's as the year's step h will start from.
 */
export function shrunk(above: number, standing: number, amount: number): number {
  if (standing <= above || above >= 100) return amount;
  return Math.floor((amount * (100 - standing)) / (100 - above));
}

/**
 * Step h: this year's ledger entries move the standings. Each is reported; the standing ends at
 * its start plus their sum, clamped once to 0–100, so their order never matters and a standing
 * that the year takes to 0 or below stays at 0 (and collapses the Accords in step j).
 */
export function applyStanding(ctx: Ctx): void {
  const s = ctx.s;
  // The year's entries (`entriesThisYear`), read where they stand: the ledger's tail, then pending.
  const ledger = s.ledger;
  const pending = ctx.pending;
  const first = firstOfYear(s, ctx.year);
  const end = ledger.length + pending.length;
  for (const party of PARTIES) {
    const p = powerOf(s, party);
    const start = p.standing;
    let running = start;
    for (let i = first; i < end; i++) {
      const e = i < ledger.length ? ledger.item(i) : (pending[i - ledger.length] as LedgerEntry);
      if (e.party !== party) continue;
      const from = running;
      running += e.delta;
      ctx.changes.push({
        kind: 'standing',
        party,
        delta: e.delta,
        from: Math.max(0, Math.min(100, from)),
        to: Math.max(0, Math.min(100, running)),
        article: e.article,
        cause: { rule: e.code },
        text: e.text,
      });
    }
    // Never above the ceiling its grievances leave (src/sim/grievances.ts writes why in the ledger).
    p.standing = Math.max(0, Math.min(100 - p.grievance, running));
  }
}

/** The rewards that renew trust: aid, an honoured extradition, arbitration and its ruling, a summit, war aid. */
const ACTS_OF_FAITH = new Set([
  'IV/aid',
  'V/extradition',
  'VI/arbitration',
  'summit',
  'III/war-aid',
  'reparations',
]);

/**
 * The acts of faith in words, as the ebb's ledger line and the Events tab say them: a summit counts
 * only when both powers attend and it earns standing (playtest 27 proposed one alone, four times,
 * and read "a summit" among what it had not done); war aid only when it earns standing, once a war
 * (playtest 36 gave a war's second aid and was charged the ebb beside "war aid" in this list).
 */
export const ACTS_OF_FAITH_WORDS =
  'aid judged in full at its deadline, an extradition, arbitration, a summit both powers attend that earns standing, war aid that earns standing (once a war), reparations';

/** Whether a reward of this code is an act of faith (the year's tally, `YearTally`, asks). */
export function isActOfFaith(code: string): boolean {
  return ACTS_OF_FAITH.has(code);
}

/** Step h: a high standing ebbs in a year without an act of faith, never below the line. */
export function driftStanding(ctx: Ctx, party: Party, standing: number): void {
  const r = ctx.rules.rewards;
  const drop = Math.min(r.drift, standing - r.driftAbove);
  if (drop <= 0 || ctx.s.status === 'collapsed') return;
  appendLedger(ctx, {
    year: ctx.year,
    party,
    article: null,
    kind: 'reward',
    code: 'drift',
    delta: -drop,
    priors: 0,
    // Says what would have counted: aid counts in its deadline year, not the year it is sent.
    text: `No act of faith this year (${ACTS_OF_FAITH_WORDS}): trust must be renewed, and standing ebbs.`,
  });
}
