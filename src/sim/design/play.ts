// One game of `npm run design`: played to its end with what the report needs noted on the way,
// and, in the AI pairings, branched at a few of its decisions (each choice forced in turn, the rest
// played on by the same AIs). Pure: the same job and index always give the same record.
import {
  type Article,
  batchSeed,
  createGame,
  type GameState,
  type GameSummary,
  industryOf,
  livePolicy,
  type Order,
  type OrderType,
  PARTIES,
  type Party,
  type Policy,
  resolvePolicy,
  resolveTurn,
  type Scenario,
} from '../index';
import {
  choicePossible,
  DECISION_KINDS,
  type Decision,
  type DecisionKind,
  decisionKey,
  findDecisions,
  forcedPolicy,
  KINDS,
} from './decisions';
import type { DesignJob } from './plan';

/** Games are seeded `design-0`, `design-1`, … in every job, so jobs compare seed by seed. */
export const DESIGN_SEED_PREFIX = 'design-';

/** The year after which the loyalist's orders are counted (the Dominion War's, 2373). */
export const LATE_YEAR = 2373;

/** A decision branched: the power's final score under each choice that could be given. */
export interface DecisionSample {
  kind: DecisionKind;
  party: Party;
  year: number;
  /** The power's final score in the game as the AI played it. */
  base: number;
  outcomes: { choice: string; score: number }[];
}

export interface DesignGame {
  job: string;
  index: number;
  /** The same summary as `npm run batch` makes, for its table. */
  summary: GameSummary;
  /** Each power's final score; 0 for a game that ended before its last year without scores. */
  scores: Record<Party, number>;
  /** The game reached its last year (in force or suspended). */
  reachedEnd: boolean;
  /** Years played, and those each power ended at the standing or support cap of 100. */
  years: number;
  standingAtCap: Record<Party, number>;
  supportAtCap: Record<Party, number>;
  /** Reserves and industry (a year's income before upkeep) at the end. */
  reserves: Record<Party, number>;
  income: Record<Party, number>;
  /** Violation codes seen in this game, either power, sorted. */
  violationCodes: string[];
  /** Years after LATE_YEAR, and those of them with at least one order, per power. */
  lateYears: Record<Party, number>;
  lateYearsWithOrders: Record<Party, number>;
  /** Years played in which a new event asked the power something (its lull's count at 0), per power. */
  askedYears: Record<Party, number>;
  /** Its longest run of years in a row whose new events asked it nothing (rules version 30). */
  longestQuiet: Record<Party, number>;
  suspended: boolean;
  /** The Accords were suspended and later back in force. */
  restored: boolean;
  samples: DecisionSample[];
}

/** A power's final score: the result's, or 0 when the game ended without scores (a collapse). */
export function finalScore(s: GameState, party: Party): number {
  return s.result?.scores?.[party] ?? 0;
}

const per = <T>(f: (p: Party) => T): Record<Party, T> => ({
  federation: f('federation'),
  klingon: f('klingon'),
});

function policiesOf(names: Record<Party, string>): Record<Party, Policy> {
  return per((p) => {
    const policy = resolvePolicy(names[p]);
    if (!policy) throw new Error(`"${names[p]}" is not a policy`);
    return policy;
  });
}

/**
 * Plays on from `start` to the game's end, as `simulate` does (each power's policy fixed until its
 * government falls). `onYear` sees each year's state before its orders, and the orders.
 */
export function playOn(
  start: GameState,
  policies: Record<Party, Policy>,
  onYear?: (before: GameState, orders: Record<Party, Order[]>) => void,
): GameState {
  let s = start;
  const leaders = per((p) => start.powers[p].leaders);
  for (let turns = 0; s.phase !== 'ended' && turns < 1000; turns++) {
    // A fallen government's successor plays on in its own personality (as in `simulate`).
    const orders = per((p) => livePolicy(s, p, policies[p], leaders[p])(s, p));
    onYear?.(s, orders);
    const out = resolveTurn(s, orders);
    if (!out.ok) throw new Error(out.error.message);
    s = out.value.state;
  }
  return s;
}

/** FNV-1a: a stable 32-bit hash of a text, to pick the decisions to branch without any chance. */
export function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Whether a decision may be branched: a hash of the seed picks `count` kinds from the fixed list of
 * kinds, and a hash of the decision passes two in three of a kind's decisions. The first decision
 * of a picked kind that passes is branched. Nothing here looks past the decision's own year: a pick
 * that looked at the whole game (which kinds it met, how many of each) would favour games that
 * ended early (fewer kinds, so each more likely picked) and compare every choice against a base
 * biased towards collapse, so every choice would seem to gain (issue 16's first measure did).
 */
export function branchable(seed: string, d: Decision, count: number): boolean {
  const kinds = [...DECISION_KINDS].sort(
    (a, b) => fnv(`${seed}|${a}`) - fnv(`${seed}|${b}`) || (a < b ? -1 : 1),
  );
  if (!kinds.slice(0, count).includes(d.kind)) return false;
  return fnv(`${seed}|${decisionKey(d)}|${d.year}`) % 3 !== 0;
}

/** The decisions to branch in a game, from those found in the order they came (`branchable`). */
export function pickDecisions<T extends { d: Decision }>(
  seed: string,
  found: readonly T[],
  count: number,
): T[] {
  const out: T[] = [];
  for (const f of found) {
    if (out.some((o) => o.d.kind === f.d.kind)) continue;
    if (branchable(seed, f.d, count)) out.push(f);
  }
  return out;
}

/** Each choice of `d`, forced on the state of its year, played on: the power's final score. */
export function branchDecision(
  state: GameState,
  d: Decision,
  policies: Record<Party, Policy>,
): { choice: string; score: number }[] {
  const out: { choice: string; score: number }[] = [];
  // The policies playing at the decision: a government fallen earlier plays its successor.
  const live = per((p) => livePolicy(state, p, policies[p]));
  const ai = live[d.party];
  for (const choice of KINDS[d.kind].choices) {
    if (!choicePossible(state, d, choice, ai(state, d.party))) continue;
    const end = playOn(state, { ...live, [d.party]: forcedPolicy(ai, d, choice) });
    out.push({ choice, score: finalScore(end, d.party) });
  }
  return out;
}

function emptyCounts(): Record<Party, number> {
  return { federation: 0, klingon: 0 };
}

/** Plays game `index` of `job` on `scenario`, branching `branches` of its decisions if the job asks. */
export function playDesignGame(
  scenario: Scenario,
  job: DesignJob,
  index: number,
  branches: number,
): DesignGame {
  const seed = batchSeed(DESIGN_SEED_PREFIX, index);
  const created = createGame(scenario, { seed, controllers: job.policies });
  if (!created.ok) throw new Error(created.error.message);
  const policies = policiesOf(job.policies);
  const orders: GameSummary['orders'] = { federation: {}, klingon: {} };
  const lateYears = emptyCounts();
  const lateYearsWithOrders = emptyCounts();
  const askedYears = emptyCounts();
  const longestQuiet = emptyCounts();
  const found: { d: Decision; state: GameState }[] = [];
  let openBefore = new Set<string>();
  const end = playOn(created.value, policies, (before, given) => {
    for (const p of PARTIES) {
      const list = given[p];
      for (const o of list) orders[p][o.type as OrderType] = (orders[p][o.type as OrderType] ?? 0) + 1;
      const quiet = before.powers[p].quietYears;
      if (quiet === 0) askedYears[p]++;
      else if (quiet > longestQuiet[p]) longestQuiet[p] = quiet;
      if (before.year > LATE_YEAR) {
        lateYears[p]++;
        if (list.length > 0) lateYearsWithOrders[p]++;
      }
    }
    if (!job.branch || branches <= 0) return;
    const open = new Set<string>();
    for (const p of PARTIES) {
      for (const d of findDecisions(before, p)) {
        const key = decisionKey(d);
        open.add(key);
        if (!openBefore.has(key)) found.push({ d, state: before });
      }
    }
    openBefore = open;
  });

  const samples: DecisionSample[] = pickDecisions(seed, found, branches).map(({ d, state }) => ({
    kind: d.kind,
    party: d.party,
    year: d.year,
    base: finalScore(end, d.party),
    outcomes: branchDecision(state, d, policies),
  }));

  const violations: GameSummary['violations'] = { federation: {}, klingon: {} };
  const codes = new Set<string>();
  for (const e of end.ledger) {
    if (e.kind === 'reward' || e.article === null) continue;
    const article: Article = e.article;
    violations[e.party][article] = (violations[e.party][article] ?? 0) + 1;
    codes.add(e.code);
  }
  const standingAtCap = emptyCounts();
  const supportAtCap = emptyCounts();
  let suspended = false;
  let restored = false;
  for (const y of end.history) {
    for (const p of PARTIES) {
      if (y.standing[p] >= 100) standingAtCap[p]++;
      if (y.support[p] >= 100) supportAtCap[p]++;
    }
    if (y.status === 'suspended') suspended = true;
    else if (suspended && (y.status === 'in-force' || y.status === 'strained')) restored = true;
  }
  const kind = end.result?.kind ?? 'unfinished';
  return {
    job: job.id,
    index,
    summary: {
      index,
      seed,
      resultKind: kind,
      endYear: end.year,
      reachedInForce: kind === 'centennial',
      standing: per((p) => end.powers[p].standing),
      support: per((p) => end.powers[p].support),
      industry: per((p) => industryOf(end, p)),
      grades: end.result?.grades ?? null,
      scores: end.result?.scores ?? null,
      violations,
      orders,
    },
    scores: per((p) => finalScore(end, p)),
    reachedEnd: kind === 'centennial' || kind === 'lapsed',
    years: end.history.length,
    standingAtCap,
    supportAtCap,
    reserves: per((p) => end.powers[p].reserves),
    income: per((p) => industryOf(end, p)),
    violationCodes: [...codes].sort(),
    lateYears,
    lateYearsWithOrders,
    askedYears,
    longestQuiet,
    suspended,
    restored,
    samples,
  };
}
