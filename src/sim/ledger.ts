// The ledger of the Accords: what each violation costs (with the repeat multiplier and the
// forgiveness of Article V), what keeping faith earns, and how likely a covert act is to be seen.
import { appendLedger, type Cause, type Ctx, changeSupport, firstOfYear, note, ownCovert } from './context';
import { protestsStanding, standingProtest } from './grievances';
import type { Rules, ViolationCode } from './scenario/rules';
import {
  ARTICLES,
  type Article,
  type CovertAct,
  type GameState,
  type LedgerEntry,
  otherParty,
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

/**
 * The victim's eyes are put out: its embassy was expelled or recalled and not yet rebuilt (DESIGN.md
 * section 15.5). A power that never built one is not blinded, only without an embassy's help.
 */
export function blinded(s: GameState, victim: Party): boolean {
  const p = powerOf(s, victim);
  return p.embassy === 0 && p.embassyClosed !== null;
}

/** Chance (in %) that a covert act by `party` is seen in the year it is committed. */
export function firstYearDetection(s: GameState, party: Party): number {
  const d = s.rules.detection;
  const victim = otherParty(party);
  if (blinded(s, victim)) return d.blindPercent;
  return seenAtEmbassy(s, powerOf(s, victim).embassy);
}

/** The chance (in %) a covert act is seen in its year by a victim whose embassy stands at `level`. */
export function seenAtEmbassy(s: GameState, level: number): number {
  const d = s.rules.detection;
  return Math.min(100, d.firstYearPercent + d.perEmbassyLevelPercent * level);
}

/** Chance (in %) each later year that an unseen covert act by `party` comes out. */
export function laterDetection(s: GameState, party: Party): number {
  const d = s.rules.detection;
  return blinded(s, otherParty(party)) ? d.blindLaterPercent : d.laterPercent;
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

/** Record a covert act; it is rolled for detection in step f. */
export function commitCovert(
  ctx: Ctx,
  party: Party,
  code: ViolationCode,
  text: string,
  war: string | null = null,
): CovertAct {
  let made = 0; // the power's acts this year before this one
  for (const c of ctx.s.covert) if (c.year === ctx.year && c.party === party) made++;
  const act: CovertAct = {
    id: `c${ctx.year}-${party[0]}${made + 1}`,
    party,
    article: articleOf(code),
    code,
    year: ctx.year,
    base: ctx.s.rules.costs[code],
    detected: false,
    text,
    war,
  };
  ownCovert(ctx).push(act);
  ctx.newCovert.push(act);
  return act;
}

/**
 * A covert act comes to light: charge it (as an exposure when it is from an earlier year). Its
 * ledger entry says how and the cover-up, and step h's standing line tells it; `news` (an event's
 * leak, revealed as a year opens, before that year's step h) is told at once as well. Step f's
 * detection was told twice, by a note that said the entry again (the screen dropped it by a regex).
 */
export function expose(ctx: Ctx, act: CovertAct, how: string, cause: Cause, news = false): void {
  // Replace the act rather than change it: earlier states share the list's objects. Made with
  // `commitCovert`'s fields in their order (one hidden class; a spread copy has one of its own).
  const at = ctx.s.covert.indexOf(act);
  if (at >= 0)
    ownCovert(ctx)[at] = {
      id: act.id,
      party: act.party,
      article: act.article,
      code: act.code,
      year: act.year,
      base: act.base,
      detected: true,
      text: act.text,
      war: act.war,
    };
  const exposure = act.year < ctx.year;
  const coverUp = exposure ? ', with the cover-up' : '';
  const entry = chargeViolation(ctx, act.party, act.code as ViolationCode, `${act.text} (${how}${coverUp})`, {
    exposure,
  });
  if (news)
    note(ctx, {
      kind: 'obligation',
      party: act.party,
      article: act.article,
      cause,
      // Its cost with the minus sign, as every line of the report writes one (playtest 25 read a
      // dash before the number as a dash).
      text: `${how}: ${act.text} ${entry.delta < 0 ? `−${-entry.delta}` : '±0'} standing${coverUp}.`,
    });
  // The Council does not forgive a covert operation brought into the open.
  const support = exposedSupport(ctx.rules, act.party);
  if (support !== 0) changeSupport(ctx, act.party, support, cause, 'A covert operation is exposed.');
}

/**
 * The support at home a covert act of `party` costs when it comes to light: the Federation Council's
 * (`support.federationExposedCovert`); the High Council does not ask. Its preview says it too.
 */
export function exposedSupport(rules: Rules, party: Party): number {
  return party === 'federation' ? rules.support.federationExposedCovert : 0;
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

/** How long after an act its exposure came, in words: "a year later", "3 years later". */
export function laterWords(years: number): string {
  return years === 1 ? 'a year later' : `${years} years later`;
}

/** Step f: this year's covert acts are rolled first, then the older ones still unseen. */
export function rollDetection(ctx: Ctx): void {
  const s = ctx.s;
  const since = ctx.year - ctx.rules.detection.laterYears;
  // The older acts still unseen: most years none, and then no list is made.
  let older: CovertAct[] | null = null;
  for (const a of s.covert) {
    if (a.detected || a.year >= ctx.year || a.year < since) continue;
    older ??= [];
    older.push(a);
  }
  const fresh = ctx.newCovert;
  if (fresh.length === 0 && older === null) return;
  const rng = ctx.stream('detect');
  // This year's acts: the Federation's first, each power's in the order committed.
  for (const party of PARTIES)
    for (const act of fresh) {
      if (act.party !== party) continue;
      if (rng.chance(firstYearDetection(s, party))) expose(ctx, act, 'Seen at once', { rule: 'detection' });
    }
  if (older === null) return;
  for (const act of older) {
    if (rng.chance(laterDetection(s, act.party)))
      // Said as it was: playtest 25 read "years later" of an act exposed the year after.
      expose(ctx, act, `Exposed ${laterWords(ctx.year - act.year)}`, { rule: 'detection' });
  }
}
