// What one year's resolution carries from step to step, and the report it leaves behind.
import type { OrderType } from './orders';
import { type Stream, stream } from './rng';
import type { Rules } from './scenario/rules';
import {
  type Article,
  type CovertAct,
  type Fleet,
  type GameEvent,
  type GameState,
  type LedgerEntry,
  type Party,
  powerOf,
  type System,
} from './types';
import { adjacency } from './world';

/** Why something changed: the order, the event or the rule behind it. */
export interface Cause {
  order?: { party: Party; index: number; type: OrderType };
  event?: string;
  rule?: string;
}

export const CHANGE_KINDS = [
  'standing',
  'support',
  'reserves',
  'territory',
  'fleet',
  'treaty',
  'embassy',
  'obligation',
  'pact',
  'intel',
  'war',
  'industry',
  'leader',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  party: Party | null;
  /** Numeric changes: the amount and the values before and after. */
  delta?: number;
  from?: number | string | null;
  to?: number | string | null;
  article: Article | null;
  cause: Cause;
  text: string;
  /** The system where it happened, for a battle (so a screen can show it there). */
  system?: string;
}

export interface Refusal {
  party: Party;
  index: number;
  order: unknown;
  code: string;
  message: string;
}

export interface TurnReport {
  year: number;
  /** The events of the year resolved. */
  events: GameEvent[];
  orders: Record<Party, { type: OrderType; text: string }[]>;
  refused: Refusal[];
  changes: Change[];
  /** The year's ledger entries (violations seen, rewards earned). */
  ledger: LedgerEntry[];
  /** Hash of the state after this turn (worked out when first read). */
  readonly hash: string;
}

export interface Ctx {
  s: GameState;
  year: number;
  rules: Rules;
  changes: Change[];
  /** Parties that attacked the other party this year (Article I: suspends the Accords). */
  attackers: Party[];
  /** Parties that ordered the Accords suspended this year. */
  suspenders: Party[];
  /** Parties that granted the other's fleets passage through their territory this year (Article VI). */
  granting: Party[];
  /** Fleets whose course crossed the other party's territory this year (src/sim/passage.ts). */
  crossings: { party: Party; fleet: string; system: string }[];
  /** Covert acts committed this year, rolled for detection in step f. */
  newCovert: CovertAct[];
  /**
   * Ledger entries made since the turn began, in order: the state's ledger is the one the turn
   * started from (shared with it) until `flushLedger` appends them at once.
   */
  pending: LedgerEntry[];
  /** Third powers the Federation struck at this year (an attack on it is then answered). */
  answered: string[];
  /**
   * Parties that answered the other's breaches this year with a demand for reparations or with
   * sanctions: spared the blame of strained Accords at step i (src/sim/support.ts).
   */
  answering: Party[];
  /** The year's stream for a purpose, made on first use. */
  stream(purpose: string): Stream;
  /**
   * The systems and fleets this turn has copied or made, and the lists it has copied (see
   * `ownSystem`, `ownFleet`, `ownCovert`). The others are shared with the state the turn started
   * from and must not be changed in place.
   */
  owned: Set<object>;
}

/** The context of one turn (or of the events revealed at a year's start). */
class TurnContext implements Ctx {
  readonly year: number;
  readonly rules: Rules;
  readonly attackers: Party[] = [];
  readonly suspenders: Party[] = [];
  readonly granting: Party[] = [];
  readonly crossings: { party: Party; fleet: string; system: string }[] = [];
  readonly newCovert: CovertAct[] = [];
  pending: LedgerEntry[] = [];
  readonly answered: string[] = [];
  readonly answering: Party[] = [];
  // Most turns draw from one to three streams: a short list, searched by name.
  private readonly streams: Stream[] = [];
  private readonly purposes: string[] = [];

  constructor(
    readonly s: GameState,
    readonly owned: Set<object>,
    readonly changes: Change[],
  ) {
    this.year = s.year;
    this.rules = s.rules;
  }

  stream(purpose: string): Stream {
    const i = this.purposes.indexOf(purpose);
    if (i >= 0) return this.streams[i] as Stream;
    const st = stream(this.s.seed, purpose, this.s.year);
    this.purposes.push(purpose);
    this.streams.push(st);
    return st;
  }
}

/**
 * A turn's context; the events revealed at a year's start take the turn's `owned` set and its
 * `changes` (they join the turn's report), and a fresh one of each otherwise.
 */
export function createContext(s: GameState, owned: Set<object> = new Set(), changes: Change[] = []): Ctx {
  return new TurnContext(s, owned, changes);
}

/**
 * The system to change in place: a turn starts with the systems of the state before it (the list is
 * copied, its systems are not), so a system is copied on its first change of the turn. Pass the
 * system as found; use the returned one from then on.
 */
export function ownSystem(ctx: Ctx, system: System): System {
  const systems = ctx.s.systems;
  const i = adjacency(ctx.s).index.get(system.id);
  if (i === undefined) throw new RangeError(`no system ${system.id}`);
  const current = systems[i] as System;
  if (ctx.owned.has(current)) return current;
  const copy = copySystem(current);
  systems[i] = copy;
  ctx.owned.add(copy);
  return copy;
}

/**
 * The fleet to change in place, as `ownSystem` for systems: pass the fleet as found in the state's
 * fleets this turn; use the returned one from then on (the one passed may be the shared original).
 */
export function ownFleet(ctx: Ctx, fleet: Fleet): Fleet {
  if (ctx.owned.has(fleet)) return fleet;
  const fleets = ownFleets(ctx);
  const i = fleets.indexOf(fleet);
  if (i < 0) throw new RangeError(`fleet ${fleet.id} is not in the state (a stale copy?)`);
  const copy = copyFleet(fleet);
  fleets[i] = copy;
  ctx.owned.add(copy);
  return copy;
}

/** A fleet made this turn: the turn owns it (see `ownFleet`). */
export function addFleet(ctx: Ctx, fleet: Fleet): void {
  ownFleets(ctx).push(fleet);
  ctx.owned.add(fleet);
}

// A turn shares the fleets' list with the state before it until it changes the list: in half the
// years no fleet changes, and an unchanged list is hashed by one comparison (`Hasher.sharedList`).
function ownFleets(ctx: Ctx): Fleet[] {
  const list = ctx.s.fleets;
  if (ctx.owned.has(list)) return list;
  const copy = list.slice();
  ctx.s.fleets = copy;
  ctx.owned.add(copy);
  return copy;
}

/**
 * The covert acts, for the turn to add to or replace one of: copied on the turn's first change, as
 * the fleets' list (most years no act is committed or exposed).
 */
export function ownCovert(ctx: Ctx): CovertAct[] {
  const list = ctx.s.covert;
  if (ctx.owned.has(list)) return list;
  const copy = list.slice();
  ctx.s.covert = copy;
  ctx.owned.add(copy);
  return copy;
}

export function copyFleet(f: Fleet): Fleet {
  return { id: f.id, owner: f.owner, location: f.location, strength: f.strength };
}

/** A copy with one fixed shape, so the engine's objects stay monomorphic (and fast to copy). */
export function copySystem(x: System): System {
  return {
    id: x.id,
    name: x.name,
    x: x.x,
    y: x.y,
    owner: x.owner,
    output: x.output,
    zone: x.zone,
    capital: x.capital,
    shipyard: x.shipyard,
  };
}

/** Add `item` to one of the context's small sets (kept as lists); false when it was there. */
export function addOnce<T>(list: T[], item: T): boolean {
  if (list.includes(item)) return false;
  list.push(item);
  return true;
}

/** `list` with `item` once, for a list shared between states: itself if `item` is in it, else a new list. */
export function withOnce<T>(list: readonly T[], item: T): readonly T[] {
  return list.includes(item) ? list : [...list, item];
}

export function note(ctx: Ctx, change: Change): void {
  ctx.changes.push(change);
}

/**
 * Append to the ledger: the entry waits in the turn's `pending` list until `flushLedger`, which
 * appends the turn's entries at once (the ledger's running hash folds each append: state-hash.ts).
 */
export function appendLedger(ctx: Ctx, entry: LedgerEntry): void {
  ctx.pending.push(entry);
}

/** The entries appended this turn join the state's ledger (the state before it still sees its own). */
export function flushLedger(ctx: Ctx): void {
  if (ctx.pending.length === 0) return;
  ctx.s.ledger = ctx.s.ledger.concat(ctx.pending);
  ctx.pending = [];
}

/** The ledger entries of `year`: they stand at the end of the ledger. */
export function entriesOfYear(s: GameState, year: number): LedgerEntry[] {
  return s.ledger.slice(firstOfYear(s, year));
}

/**
 * Each power's sum of the ledger's lines of the year in progress (a leak, an exposure as it opened):
 * recorded already, counted in its standing only when the year ends (step h). The HUD shows it as
 * "due"; the pact's and the quarrel's rows count it before warning of strained Accords.
 */
export function dueStanding(s: GameState): Record<Party, number> {
  const due: Record<Party, number> = { federation: 0, klingon: 0 };
  if (s.phase === 'ended') return due;
  // The year's lines are the ledger's last: walk back to the first of an earlier year.
  for (let i = s.ledger.length - 1; i >= 0; i--) {
    const e = s.ledger.item(i);
    if (e.year < s.year) break;
    due[e.party] += e.delta;
  }
  return due;
}

/** Where the ledger entries of `year` start (the ledger's length when there are none). */
export function firstOfYear(s: GameState, year: number): number {
  let first = s.ledger.length;
  while (first > 0 && s.ledger.item(first - 1).year === year) first--;
  return first;
}

/** The ledger entries of the turn's year so far, those still pending included. */
export function entriesThisYear(ctx: Ctx): LedgerEntry[] {
  const before = entriesOfYear(ctx.s, ctx.year);
  for (const e of ctx.pending) before.push(e);
  return before;
}

/** Change a power's support, clamped to 0–100, and report it. */
export function changeSupport(ctx: Ctx, party: Party, delta: number, cause: Cause, text: string): void {
  if (delta === 0) return;
  const p = powerOf(ctx.s, party);
  const from = p.support;
  // Rules version 16: above the high line a gain counts half (DESIGN.md 15.2, rewards shrink near the top).
  const high = ctx.rules.support.highLine;
  const gain = delta > 0 && from + delta > high ? halvedAbove(from, delta, high) : delta;
  p.support = Math.max(0, Math.min(100, from + gain));
  // A change the bound swallows is still told, and why it moves nothing (a hero cheered at 100).
  const bound =
    p.support === from && (from === 0 || from === 100)
      ? ` (support is already at ${from}: it moves no further)`
      : gain < delta
        ? ` (above ${high} a gain counts half: ${gain} of ${delta}${p.support - from < gain ? ', and support stops at 100' : ''})`
        : '';
  note(ctx, {
    kind: 'support',
    party,
    delta: p.support - from,
    from,
    to: p.support,
    article: null,
    cause,
    text: text + bound,
  });
}

/** A gain of support from `from` with the part above `high` halved (rounded down). */
export function halvedAbove(from: number, delta: number, high: number): number {
  const below = Math.max(0, high - from);
  return below + Math.floor((delta - below) / 2);
}

/** Change a power's reserves (never below 0) and report it; returns the actual change. */
export function changeReserves(
  ctx: Ctx,
  party: Party,
  delta: number,
  cause: Cause,
  text: string,
  article: Article | null = null,
): number {
  const p = powerOf(ctx.s, party);
  const from = p.reserves;
  p.reserves = Math.max(0, from + delta);
  const actual = p.reserves - from;
  if (actual !== 0) {
    note(ctx, { kind: 'reserves', party, delta: actual, from, to: p.reserves, article, cause, text });
  }
  return actual;
}
