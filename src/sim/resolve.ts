// One year of the Accords: `resolveTurn(state, orders)` → the next state and a report of every
// change with its cause, in the fixed order of DESIGN.md section 8. The input is never mutated.

import { firstDeclarer, judgeAnswers, resolveAnswers } from './answers';
import { checkNeutralZone, nameThieves, resolveAttacks, resolveEspionage } from './articles/article-i';
import { checkEmbassyOmission, resolveEmbassies, rewardEmbassies } from './articles/article-ii';
import {
  endWars,
  resolveCovertArms,
  resolveOpenSupport,
  resolveWarAid,
  resolveWars,
  supplyWars,
} from './articles/article-iii';
import { judgeAid, resolveDisasterAid } from './articles/article-iv';
import { cheerHeroes, judgeExtradition, resolveFugitives } from './articles/article-v';
import { checkTrespass, judgeQuarrels, judgeRuling, resolveDisputesAndTrade } from './articles/article-vi';
import { endPactTerm, expireOffer } from './articles/claims-and-trade';
import {
  addOnce,
  type Change,
  type Ctx,
  createContext,
  entriesThisYear,
  flushLedger,
  ownFleet,
  type Refusal,
  type TurnReport,
} from './context';
import { rollDetection } from './covert';
import { resolveBuilds, resolveIncome } from './economy';
import { revealEvents } from './events';
import { hashState, turnCopy } from './game';
import { resolveGrievances } from './grievances';
import { grudgeRaids } from './grudges';
import { applyStanding, driftStanding, reward } from './ledger';
import type { Order, OrderError } from './orders/index';
import { courseOf, noteCrossing } from './passage';
import { orderWords, type TakenOrders, takeYearOrders } from './resolve-orders';
import type { OrderRef } from './resolve-types';
import { bankYear, collapseChain, finalScores } from './scoring';
import { hashersOf } from './state-hash';
import { addressCouncil, checkGovernments, resolveSupport } from './support';
import { collapseScores } from './suspension';
import { resolvePassage, retireRaiders } from './threats';
import { declareWar, offerSuspension, resolveSummits, resolveTreaty, resolveVouches } from './treaty';
import {
  eachParty,
  type GameEvent,
  type GameState,
  type LedgerEntry,
  ofParty,
  PARTIES,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  powerOf,
  type Result,
  type YearRecord,
} from './types';
import { findFleet, findSystem, fleetSystems, holdings } from './world';
import { YearTally } from './year-tally';

// The words of the clean-year reward.
const KEPT_FAITH = eachParty((p) => `${PARTY_TITLES[p]} kept faith all year.`);

export type TurnOrders = Partial<Record<Party, readonly unknown[]>>;

export interface TurnOutcome {
  state: GameState;
  report: TurnReport;
}

export function resolveTurn(state: GameState, orders: TurnOrders): Result<TurnOutcome, OrderError> {
  return resolveYear(state, orders, false);
}

/**
 * `resolveTurn` for orders whose shape is known good: a parsed replay's (its schema checked every
 * order) or the AI's. Only the rules' checks are made; a refusal is reported as by `resolveTurn`.
 */
export function resolveShapedTurn(
  state: GameState,
  orders: Partial<Record<Party, readonly Order[]>>,
): Result<TurnOutcome, OrderError> {
  return resolveYear(state, orders, true);
}

function resolveYear(state: GameState, orders: TurnOrders, shaped: boolean): Result<TurnOutcome, OrderError> {
  if (state.phase === 'ended' || state.result) {
    return {
      ok: false,
      error: { code: 'game/ended', message: `The game ended in ${state.year}; no more turns.` },
    };
  }
  if (typeof orders !== 'object' || orders === null) {
    return {
      ok: false,
      error: {
        code: 'order/malformed',
        message: 'Orders must be an object of { federation, klingon } lists.',
      },
    };
  }
  const { refused, taken, bySteps } = takeYearOrders(state, orders, shaped);

  const s = turnCopy(state);
  const ctx = createContext(s);
  const yearEvents = s.events;

  // (a) diplomatic orders, after the year's pay of old deals with third powers at war
  supplyWars(ctx);
  resolveVouches(ctx, bySteps.vouch);
  resolveSummits(ctx, bySteps.summit);
  resolveEmbassies(ctx, bySteps.embassy);
  resolveOpenSupport(ctx, bySteps.openSupport);
  const embargoes = resolveDisputesAndTrade(ctx, bySteps.tradeAndDisputes);
  for (const r of bySteps.addressCouncil) addressCouncil(ctx, r.party, r.index, r.order.type);
  for (const r of bySteps.suspend) addOnce(ctx.suspenders, r.party);
  const declarers = resolveAnswers(ctx, bySteps.answers);
  resolvePassage(ctx, bySteps.grantPassage);

  // (b) builds and aid
  resolveBuilds(ctx, bySteps.builds);
  for (const ref of bySteps.aid) {
    if (ref.order.type !== 'aid') continue;
    const target = ref.order.target;
    const ob = s.obligations.find((o) => o.id === target);
    if (ob?.kind === 'aid') resolveDisasterAid(ctx, ref, ob);
    const war = s.wars.find((w) => w.id === target);
    if (war) resolveWarAid(ctx, ref, war);
  }

  // (c) fleet moves
  resolveMoves(ctx, bySteps.moves);

  // (d) battles: the powers' attacks, then the third powers' wars
  resolveAttacks(ctx, bySteps.attacks);
  resolveWars(ctx);

  // (e) Article V decisions
  resolveFugitives(ctx, bySteps.fugitiveDecisions);
  cheerHeroes(ctx);

  // (f) covert operations and detection
  const thefts = resolveEspionage(ctx, bySteps.espionage);
  resolveCovertArms(ctx, bySteps.covertArms);
  rollDetection(ctx);
  if (thefts.length > 0) nameThieves(ctx, thefts);

  // (g) obligations whose deadline passed. Most years none falls due: the list is replaced only
  // when one does.
  let due = false;
  for (const ob of s.obligations) {
    if (ob.deadline > ctx.year) continue;
    due = true;
    if (ob.deadline !== ctx.year) continue;
    if (ob.kind === 'aid') judgeAid(ctx, ob);
    else if (ob.kind === 'extradition') judgeExtradition(ctx, ob);
    else judgeRuling(ctx, ob);
  }
  if (due) s.obligations = s.obligations.filter((o) => o.deadline > ctx.year);
  grudgeRaids(ctx);
  judgeAnswers(ctx);
  judgeQuarrels(ctx);
  checkEmbassyOmission(ctx);
  // Where each fleet lies at the year's end, for both checks (nothing between them moves a fleet).
  const fleetsAt = fleetSystems(s);
  checkNeutralZone(ctx, fleetsAt);
  checkTrespass(ctx, fleetsAt);

  // (h) standing: costs, rewards, clean-year bonus
  rewardEmbassies(ctx);
  // The year's entries, tallied once for step h and the year's record (each reads the entries so far).
  const tally = new YearTally(ctx);
  for (const party of PARTIES) {
    // Trust must be renewed (DESIGN.md section 15.2): a clean year pays only below the line, and a
    // high standing ebbs in a year without an act of faith.
    const standing = powerOf(s, party).standing;
    if (tally.of(party).seen === 0 && standing < ctx.rules.rewards.cleanYearBelow)
      reward(ctx, party, 'clean-year', ctx.rules.rewards.cleanYear, null, ofParty(KEPT_FAITH, party));
    if (standing > ctx.rules.rewards.driftAbove && !tally.of(party).faith)
      driftStanding(ctx, party, standing);
  }
  resolveGrievances(ctx, tally);
  applyStanding(ctx);

  // (i) support. What the powers hold is step k's and l's too: no step from here on changes a system.
  const held = holdings(s);
  resolveSupport(ctx, held.industry);
  const fallen = checkGovernments(ctx);

  // (j) treaty status
  declareWar(ctx, firstDeclarer(declarers));
  resolveTreaty(ctx);
  offerSuspension(ctx);

  // (k) income and upkeep
  resolveIncome(ctx, embargoes, held.industry);
  endPactTerm(ctx);
  endWars(ctx);
  retireRaiders(ctx);
  bankYear(s, held);

  // (l) the year advances and the end is checked
  const year = ctx.year;
  // The year's entries stay pending through `advance`: they join the ledger once a turn.
  const yearLedger = entriesThisYear(ctx);
  // Counted before the year advances: the next year's events then join the ledger.
  const violations = tally.seen();
  advance(ctx, fallen);
  const record: YearRecord = {
    year,
    standing: { federation: s.powers.federation.standing, klingon: s.powers.klingon.standing },
    support: { federation: s.powers.federation.support, klingon: s.powers.klingon.support },
    // The industry the income of step k was paid from: no later step changes a system.
    industry: { federation: s.powers.federation.lastIndustry, klingon: s.powers.klingon.lastIndustry },
    status: s.status,
    violations,
  };
  // One longer: the state before it still sees its own (src/sim/chronicle.ts).
  s.history = s.history.concat([record]);
  const report = new YearReport(state, taken, s, year, yearEvents, refused, ctx.changes, yearLedger);
  return { ok: true, value: { state: s, report } };
}

/**
 * A year's report. Its orders' words and its hash are worked out when first read: a replay's record
 * and its verifier read every year's hash, the screens every year's words; the AI's own plays and
 * the tools' thousands of games read neither. No turn changes a state it was given or returned.
 * The getters are the class's: on each report's literal, V8 made every report slowly.
 */
class YearReport implements TurnReport {
  readonly #before: GameState;
  readonly #taken: Record<Party, TakenOrders>;
  readonly #after: GameState;
  #orders: TurnReport['orders'] | undefined;
  #hash: string | undefined;

  constructor(
    before: GameState,
    taken: Record<Party, TakenOrders>,
    after: GameState,
    public year: number,
    public events: GameEvent[],
    public refused: Refusal[],
    public changes: Change[],
    public ledger: LedgerEntry[],
  ) {
    this.#before = before;
    this.#taken = taken;
    this.#after = after;
  }

  get orders(): TurnReport['orders'] {
    this.#orders ??= orderWords(this.#before, this.#taken);
    return this.#orders;
  }

  get hash(): string {
    this.#hash ??= hashState(this.#after, hashersOf(this.#after).state);
    return this.#hash;
  }

  /** As plain data, its hash with it (`JSON.stringify` reads this). */
  toJSON(): Omit<TurnReport, 'hash'> & { hash: string } {
    const { year, events, orders, refused, changes, ledger, hash } = this;
    return { year, events, orders, refused, changes, ledger, hash };
  }
}

/** The words of a government's fall, in a result's cause. */
function governmentFell(party: Party): string {
  return `The government of ${PARTY_NAMES[party]} falls: its support reached 0.`;
}

function resolveMoves(ctx: Ctx, refs: OrderRef[]): void {
  const s = ctx.s;
  for (const { party, index, order } of refs) {
    if (order.type !== 'move') continue;
    const fleet = findFleet(s, order.fleet);
    if (!fleet || fleet.owner !== party) continue;
    const path = courseOf(s, party, fleet.location, order.to, ctx.rules.movement.maxLanes);
    if (!path || path.length - 1 > ctx.rules.movement.maxLanes) continue;
    noteCrossing(ctx, party, fleet.id, path);
    const from = fleet.location;
    ownFleet(ctx, fleet).location = order.to;
    const change: Change = {
      kind: 'fleet',
      party,
      from,
      to: order.to,
      article: null,
      cause: { order: { party, index, type: order.type } },
      text: `Fleet ${fleet.id} moves ${path.map((id) => findSystem(s, id)?.name ?? id).join(' → ')}.`,
    };
    ctx.changes.push(change);
  }
}

function advance(ctx: Ctx, fallen: Party | null): void {
  const s = ctx.s;
  // A collapse ends the Accords, and the game, whatever else fell that year: the state's status and
  // its result agree (a government that fell the same year is named in the cause).
  if (s.status === 'collapsed') {
    flushLedger(ctx);
    const last = [...ctx.changes].reverse().find((c) => c.kind === 'treaty' && c.to === 'collapsed');
    const cause = last?.text ?? 'The Accords collapse.';
    s.phase = 'ended';
    s.result = {
      kind: 'collapse',
      year: ctx.year,
      cause: fallen ? `${cause} ${governmentFell(fallen)}` : cause,
      // A war declared, or Accords suspended by an answer on record, leave banked scores (./suspension.ts).
      scores: collapseScores(s, last?.cause.rule === 'declare-war' ? last.party : null),
      grades: null,
      chain: collapseChain(s),
      loser: null,
    };
    return;
  }
  if (fallen) {
    flushLedger(ctx);
    s.phase = 'ended';
    s.result = {
      kind: 'government-fell',
      year: ctx.year,
      cause: governmentFell(fallen),
      scores: null,
      grades: null,
      chain: [],
      loser: fallen,
    };
    return;
  }
  s.year += 1;
  s.summitProposal = s.summitProposal && s.summitProposal.year >= s.year - 1 ? s.summitProposal : null;
  expireOffer(s);
  if (s.year >= s.lastYear) {
    flushLedger(ctx);
    s.phase = 'ended';
    s.events = [];
    const { scores, grades } = finalScores(s);
    const inForce = s.status === 'in-force' || s.status === 'strained';
    // Grades are for a centennial with the Accords in force (DESIGN.md section 11); a lapsed
    // game keeps its scores, for the record, but earns no grade.
    s.result = {
      kind: inForce ? 'centennial' : 'lapsed',
      year: s.year,
      // Strained is in force, and said so (playtest 37 read "in force" under a HUD strained all game).
      cause:
        s.status === 'strained'
          ? 'The Accords reach their last year in force, but strained.'
          : inForce
            ? 'The Accords reach their last year in force.'
            : 'The Accords reach their last year suspended.',
      scores,
      grades: inForce ? grades : null,
      chain: [],
      loser: null,
    };
    for (const spec of s.timeline) {
      if (spec.year === s.year && spec.type === 'historic') {
        s.events.push({
          id: `e${s.year}-final`,
          year: s.year,
          type: 'historic',
          title: spec.title,
          text: spec.text,
          article: null,
          scripted: true,
        });
      }
    }
    return;
  }
  // The new year's changes follow the turn's in its report. Its events' entries append after the
  // turn's, and both join the ledger at once (a reader during the reveal takes the pending list
  // with the ledger: `priorsOf`).
  const next = createContext(s, ctx.owned, ctx.changes);
  next.pending = ctx.pending;
  revealEvents(next, s);
  flushLedger(next);
}
