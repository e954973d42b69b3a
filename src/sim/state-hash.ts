// The state hash: every part of the state that a turn can change, field by field, in a fixed
// order. Static parts (map, rules, events of the scenario) are folded in once as `staticHash`;
// the ledger as its running digest (`ledgerDigest`); the history is derived. A unit test mutates
// every field and checks the hash moves, so a new field cannot be forgotten here silently.
import { Derived } from './derived';
import { FALSE, Hasher, NULL, TRUE } from './hash';
import type { Rules } from './scenario/rules';
import {
  type Claim,
  type CovertAct,
  type Debt,
  type Demand,
  type Fleet,
  type GameState,
  type Hero,
  type Obligation,
  PARTIES,
  type PowerState,
  type Proposal,
  type Protest,
  powerOf,
  type System,
  type War,
} from './types';

/** Top-level fields the hash covers, and the ones it leaves out (with why). */
export const HASHED_FIELDS = [
  'rulesVersion',
  'scenarioId',
  'seed',
  'year',
  'phase',
  'firstYear',
  'lastYear',
  'signedYear',
  'status',
  'suspendedSince',
  'everSuspended',
  'suspendedBy',
  'openWhileSuspended',
  'walkedBack',
  'powers',
  'systems',
  'fleets',
  'nextFleetId',
  'obligations',
  'wars',
  'claims',
  'heroes',
  'debts',
  'covert',
  'protests',
  'demands',
  'tradePact',
  'pactEnds',
  'talksClosedUntil',
  'pactProposal',
  'summitProposal',
  'events',
  'result',
  'staticHash',
] as const satisfies readonly (keyof GameState)[];

export const UNHASHED_FIELDS = {
  ledger: 'covered by its running digest, one fold per turn (ledgerDigest)',
  history: 'derived: a record of earlier years (each year’s hash is its report’s)',
  rules: 'static: in staticHash',
  grades: 'static: in staticHash',
  lanes: 'static: in staticHash',
  thirdPowers: 'static: in staticHash',
  timeline: 'static: in staticHash',
  eventTable: 'static: in staticHash',
  disputedWorlds: 'static: in staticHash',
} as const satisfies Partial<Record<keyof GameState, string>>;

/**
 * A game's hashers: one for its states, one for its ledger's running hash (`foldLedgerHash`). Each
 * remembers the codes of the strings it hashed last (`Hasher`), so hashing year after year of one
 * game finds most of them where they stood the year before.
 */
export interface GameHashers {
  readonly state: Hasher;
  readonly ledger: Hasher;
}

// Kept with the game's rules, which every state of the game shares (and the games of one scenario).
// What a hasher remembers changes no hash: `hashState(s)` with a new hasher gives the same.
// The state hasher reads the ledger hasher's last digest, the state's `ledgerDigest`, without parsing it.
const hashers = new Derived<Rules, GameHashers>(() => {
  const ledger = new Hasher();
  return { state: new Hasher(ledger), ledger };
});

/** The hashers of the game `s` belongs to. */
export function hashersOf(s: GameState): GameHashers {
  return hashers.of(s.rules);
}

/** The running hash of a new game's empty ledger. */
export const LEDGER_START = '0000000000000000';

/**
 * The running hash of the ledger, so the state hash need not walk the whole ledger: each turn's
 * entries (one append) folded into the hash before them, worked out when a state hash is first
 * asked for (`Chronicle.runningDigest`). Their text is presentation, left out.
 */
export function ledgerDigest(s: GameState): string {
  const hasher = hashersOf(s).ledger;
  return s.ledger.runningDigest((digest, ledger, from, to) => {
    const h = hasher.restart();
    h.digestText(digest);
    for (let i = from; i < to; i++) {
      const e = ledger.item(i);
      h.u32(e.year);
      h.str(e.party);
      h.strOrNull(e.article);
      h.str(e.kind);
      h.str(e.code);
      h.u32(e.delta);
      h.u32(e.priors);
    }
    return h.digest();
  });
}

// The parts of the walk whose strings count their places from their own start (`Hasher.places`):
// each list's, and what follows one, so a list that grew or shrank shifts no other part's places.
const WALKED_BACK = 1;
const POWERS = 2;
const OBLIGATIONS = 3;
const WARS = 4;
const CLAIMS = 5;
const HEROES = 6;
const DEBTS = 7;
const ANSWERS = 8;
const DEMANDS = 9;
const PROPOSALS = 10;
const EVENTS = 11;
const RESULT = 12;
// The fleets' and covert acts' lists: parts of the walk too, for their words (`Hasher.sharedList`).
const FLEETS_LIST = 13;
const COVERT_LIST = 14;

// The walk goes part by part, one function each: small functions, so the engine inlines the
// hasher's steps into each (in one large function it stopped inlining them: twice the time).
/** The state's hash, by `hasher` (a new one unless given: a game's own, `hashersOf`, is faster). */
export function hashState(s: GameState, hasher: Hasher = new Hasher()): string {
  const h = hasher.restart();
  h.u32(s.rulesVersion);
  h.str(s.scenarioId);
  h.str(s.seed);
  h.u32(s.year);
  h.str(s.phase);
  h.u32(s.firstYear);
  h.u32(s.lastYear);
  h.u32(s.signedYear);
  h.str(s.status);
  h.intOrNull(s.suspendedSince);
  h.bool(s.everSuspended);
  h.strOrNull(s.suspendedBy);
  h.u32(s.openWhileSuspended);
  h.sharedList(WALKED_BACK, s.walkedBack, walkedBack);
  h.places(POWERS);
  for (const party of PARTIES) power(h, powerOf(s, party));
  systems(h, s.systems);
  h.sharedList(FLEETS_LIST, s.fleets, fleets);
  h.u32(s.nextFleetId);
  obligations(h, s.obligations);
  wars(h, s.wars);
  claims(h, s.claims);
  h.sharedList(HEROES, s.heroes, heroes);
  h.sharedList(DEBTS, s.debts, debts);
  h.sharedList(COVERT_LIST, s.covert, covert);
  h.digestText(ledgerDigest(s));
  h.sharedList(ANSWERS, s.protests, protests);
  h.sharedList(DEMANDS, s.demands, demands);
  h.bool(s.tradePact);
  h.u32(s.pactEnds);
  h.u32(s.talksClosedUntil);
  h.places(PROPOSALS);
  proposal(h, s.pactProposal);
  proposal(h, s.summitProposal);
  h.u32(s.events.length);
  h.places(EVENTS);
  for (const e of s.events) {
    h.str(e.id);
    h.str(e.type);
  }
  h.places(RESULT);
  h.value(s.result);
  h.str(s.staticHash);
  return h.digest();
}

function power(h: Hasher, p: PowerState): void {
  h.u32(p.standing);
  h.u32(p.support);
  h.u32(p.reserves);
  h.u32(p.startIndustry);
  h.u32(p.lastIndustry);
  h.u32(p.embassy);
  h.str(p.controller);
  h.u32(p.leaders);
  if (p.intel) {
    h.u32(p.intel.year);
    h.u32(p.intel.reserves);
    h.u32(p.intel.fleets);
  } else {
    h.u32(-1);
  }
  // Rules version 6: the score banked every year (DESIGN.md section 15.1).
  const b = p.banked;
  h.u32(p.startWorlds);
  h.u32(b.honour);
  h.u32(b.security);
  h.u32(b.prosperity);
  h.u32(b.support);
  h.u32(b.decades.length);
  for (const d of b.decades) h.u32(d);
  h.u32(p.addressYears.length);
  for (const y of p.addressYears) h.u32(y);
  // Rules version 7: passage held through a named threat (DESIGN.md section 15.2).
  h.u32(p.passageUntil);
  // Rules version 7: grievances and closed embassies (DESIGN.md sections 15.3–15.5).
  h.u32(p.grievance);
  if (p.embassyClosed) {
    h.u32(p.embassyClosed.year);
    h.str(p.embassyClosed.how);
  } else {
    h.u32(-1);
  }
  // Rules version 30: the lull that makes the next year's events likelier.
  h.u32(p.quietYears);
}

// The lists states share until a turn replaces one: each one's words are made here once, and
// mixed in again while the list is the same object (`Hasher.sharedList`).
function walkedBack(h: Hasher, list: readonly string[], out: number[]): void {
  out.push(list.length);
  for (const p of list) out.push(h.code(p));
}

/** Protests and demands for reparations (rules version 7). */
function protests(h: Hasher, list: readonly Protest[], out: number[]): void {
  out.push(list.length);
  for (const p of list) out.push(h.code(p.by), h.code(p.article), p.year);
}

function demands(h: Hasher, list: readonly Demand[], out: number[]): void {
  out.push(list.length);
  for (const d of list) out.push(h.code(d.by), h.code(d.debtor), d.year, d.amount);
}

// The systems, the fleets and the covert acts are most of the state: each is hashed as one word, a
// mix of its fields (rules version 4).
/** One 32-bit word for a few: each input moves about half the bits of the result. */
function mix(h: number, v: number): number {
  const x = Math.imul(h ^ v, 0x85eb_ca6b);
  return Math.imul(x ^ (x >>> 15), 0xc2b2_ae35);
}

// Each of the three lists' items is remembered by the hasher by its place (`Hasher.itemWord`).
const SYSTEMS = 0;
const FLEETS = 1;
const COVERT = 2;

function systems(h: Hasher, list: readonly System[]): void {
  h.u32(list.length);
  h.mixItems(SYSTEMS, list, systemWord);
}

function systemWord(h: Hasher, x: System): number {
  const owner = x.owner === null ? NULL : h.codeOf(x.owner);
  return mix(mix(mix(0x5359_5300, owner), x.output), h.codeOf(x.zone));
}

function fleets(h: Hasher, list: readonly Fleet[], out: number[]): void {
  out.push(list.length);
  h.items(FLEETS);
  for (const f of list) out.push(h.itemWord(f, fleetWord));
}

function fleetWord(h: Hasher, f: Fleet): number {
  return mix(mix(mix(mix(0x464c_5400, h.codeOf(f.id)), h.codeOf(f.owner)), h.codeOf(f.location)), f.strength);
}

function obligations(h: Hasher, list: readonly Obligation[]): void {
  h.u32(list.length);
  h.places(OBLIGATIONS);
  for (const o of list) {
    h.str(o.id);
    h.str(o.kind);
    h.str(o.eventId);
    h.u32(o.deadline);
    if (o.kind === 'aid') {
      h.str(o.victim);
      h.strOrNull(o.system);
      h.u32(o.need);
      h.u32(o.delivered.federation);
      h.u32(o.delivered.klingon);
    } else if (o.kind === 'extradition') {
      h.str(o.fugitive);
      h.str(o.debtor);
      h.u32(o.requested);
      h.strOrNull(o.decision);
    } else {
      h.str(o.system);
      h.str(o.winner);
      h.str(o.debtor);
      h.bool(o.accepted);
    }
  }
}

function debts(h: Hasher, list: readonly Debt[], out: number[]): void {
  out.push(list.length);
  for (const d of list)
    out.push(h.code(d.by), h.code(d.of), h.code(d.kind), h.code(d.eventId), d.since, d.until, d.percent);
}

function wars(h: Hasher, list: readonly War[]): void {
  h.u32(list.length);
  h.places(WARS);
  for (const w of list) {
    h.str(w.id);
    h.str(w.eventId);
    h.str(w.thirdPower);
    h.str(w.victim);
    h.u32(w.since);
    h.u32(w.until);
    h.u32(w.strength);
    h.strOrNull(w.target);
    h.u32(w.aidedBy.length);
    for (const p of w.aidedBy) h.str(p);
    h.strOrNull(w.raiders);
    // Rules version 7: arms and open support are paid every year of the war.
    h.u32(w.armedBy.length);
    for (const p of w.armedBy) h.str(p);
    h.u32(w.supportedBy.length);
    for (const p of w.supportedBy) h.str(p);
    h.u32(w.took.length);
    for (const x of w.took) h.str(x);
  }
}

function heroes(h: Hasher, list: readonly Hero[], out: number[]): void {
  out.push(list.length);
  for (const x of list) {
    out.push(h.code(x.party), h.code(x.fugitive), h.code(x.obligation), h.code(x.eventId), x.since, x.until);
  }
}

function claims(h: Hasher, list: readonly Claim[]): void {
  h.u32(list.length);
  h.places(CLAIMS);
  for (const c of list) {
    h.str(c.id);
    h.str(c.eventId);
    h.str(c.kind);
    h.strOrNull(c.system);
    h.strOrNull(c.claimant);
    h.u32(c.since);
  }
}

function covert(h: Hasher, list: readonly CovertAct[], out: number[]): void {
  out.push(list.length);
  h.items(COVERT);
  for (const c of list) out.push(h.itemWord(c, covertWord));
}

function covertWord(h: Hasher, c: CovertAct): number {
  const w = mix(
    mix(mix(mix(mix(0x434f_5600, h.codeOf(c.id)), h.codeOf(c.party)), h.codeOf(c.code)), c.year),
    c.base,
  );
  return mix(mix(w, c.detected ? TRUE : FALSE), c.war === null ? NULL : h.codeOf(c.war));
}

/** A proposal: its year and who made it, or a mark for none (years are never negative). */
function proposal(h: Hasher, p: Proposal | null): void {
  if (p === null) {
    h.u32(-1);
  } else {
    h.u32(p.year);
    h.str(p.by);
  }
}
