// The state hash: every part of the state that a turn can change, field by field, in a fixed
// order. Static parts (map, rules, events of the scenario) are folded in once as `staticHash`;
// the ledger as its running `ledgerHash`; the history is derived. A unit test mutates every field
// and checks the hash moves, so a new field cannot be forgotten here silently.
import { foldString, Hasher } from './hash';
import { type GameState, PARTIES } from './types';

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
  'openWhileSuspended',
  'powers',
  'systems',
  'fleets',
  'nextFleetId',
  'obligations',
  'wars',
  'claims',
  'covert',
  'ledgerHash',
  'tradePact',
  'pactProposal',
  'summitProposal',
  'events',
  'result',
  'staticHash',
] as const satisfies readonly (keyof GameState)[];

export const UNHASHED_FIELDS = {
  ledger: 'covered by ledgerHash',
  history: 'derived: a record of earlier years, each with its own hash',
  rules: 'static: in staticHash',
  grades: 'static: in staticHash',
  lanes: 'static: in staticHash',
  thirdPowers: 'static: in staticHash',
  timeline: 'static: in staticHash',
  eventTable: 'static: in staticHash',
  disputedWorlds: 'static: in staticHash',
} as const satisfies Partial<Record<keyof GameState, string>>;

// Most strings of one state stand where they stood in the last state hashed (the same system's
// zone, the same covert act's id): each part of the state keeps, per position, its last string and
// its code, so the common case is one comparison, not a map lookup. A code is a pure function of its
// string (`foldString`, what `Hasher.str` mixes in): what is remembered changes no hash. A miss
// folds the string afresh, which is cheaper than a lookup in a large table of strings seen once.
class Slots {
  private readonly text: (string | undefined)[] = [];
  private readonly codes: number[] = [];
  private at = 0;

  reset(): this {
    this.at = 0;
    return this;
  }

  code(s: string): number {
    const k = this.at++;
    if (this.text[k] === s) return this.codes[k] as number;
    const c = foldString(s);
    this.text[k] = s;
    this.codes[k] = c;
    return c;
  }

  /** The code `value` mixes in for a string or null. */
  codeOrNull(s: string | null): number {
    return s === null || s === undefined ? 0x4e55_4c4c : this.code(s);
  }
}

const HEAD = new Slots();
const SYSTEMS = new Slots();
const FLEETS = new Slots();
const OBLIGATIONS = new Slots();
const WARS = new Slots();
const CLAIMS = new Slots();
const COVERT = new Slots();
const EVENTS = new Slots();

const TRUE = 0x5452_5545;
const FALSE = 0x4641_4c53;

let buffer = new Int32Array(1024);

/** A buffer with room for every word of the state's hash. */
function wordsFor(s: GameState): Int32Array {
  let need = 64 + 3 * s.systems.length + 4 * s.fleets.length + 10 * s.obligations.length;
  for (const war of s.wars) need += 10 + war.aidedBy.length;
  need += 6 * s.claims.length + 6 * s.covert.length + 2 * s.events.length;
  if (need > buffer.length) buffer = new Int32Array(Math.max(need, 2 * buffer.length));
  return buffer;
}

export function hashState(s: GameState): string {
  const h = new Hasher();
  // The words are gathered in a buffer and mixed in one loop (`words`), the same as one `u32` each.
  const buf = wordsFor(s);
  let n = 0;
  const head = HEAD.reset();
  const systems = SYSTEMS.reset();
  const fleets = FLEETS.reset();
  const obligations = OBLIGATIONS.reset();
  const wars = WARS.reset();
  const claims = CLAIMS.reset();
  const covert = COVERT.reset();
  const events = EVENTS.reset();
  buf[n++] = s.rulesVersion;
  buf[n++] = head.code(s.scenarioId);
  buf[n++] = head.code(s.seed);
  buf[n++] = s.year;
  buf[n++] = head.code(s.phase);
  buf[n++] = s.firstYear;
  buf[n++] = s.lastYear;
  buf[n++] = s.signedYear;
  buf[n++] = head.code(s.status);
  h.words(buf, n);
  n = 0;
  h.value(s.suspendedSince);
  buf[n++] = s.everSuspended ? TRUE : FALSE;
  buf[n++] = s.openWhileSuspended;
  for (const party of PARTIES) {
    const p = s.powers[party];
    buf[n++] = p.standing;
    buf[n++] = p.support;
    buf[n++] = p.reserves;
    buf[n++] = p.startIndustry;
    buf[n++] = p.lastIndustry;
    buf[n++] = p.embassy;
    buf[n++] = head.code(p.controller);
    buf[n++] = p.leaders;
    if (p.intel) {
      buf[n++] = p.intel.year;
      buf[n++] = p.intel.reserves;
      buf[n++] = p.intel.fleets;
    } else {
      buf[n++] = 0xffffffff;
    }
  }
  buf[n++] = s.systems.length;
  for (const x of s.systems) {
    buf[n++] = systems.codeOrNull(x.owner);
    buf[n++] = x.output;
    buf[n++] = systems.code(x.zone);
  }
  buf[n++] = s.fleets.length;
  for (const f of s.fleets) {
    buf[n++] = fleets.code(f.id);
    buf[n++] = fleets.code(f.owner);
    buf[n++] = fleets.code(f.location);
    buf[n++] = f.strength;
  }
  buf[n++] = s.nextFleetId;
  buf[n++] = s.obligations.length;
  for (const o of s.obligations) {
    buf[n++] = obligations.code(o.id);
    buf[n++] = obligations.code(o.kind);
    buf[n++] = obligations.code(o.eventId);
    buf[n++] = o.deadline;
    if (o.kind === 'aid') {
      buf[n++] = obligations.code(o.victim);
      buf[n++] = obligations.codeOrNull(o.system);
      buf[n++] = o.need;
      buf[n++] = o.delivered.federation;
      buf[n++] = o.delivered.klingon;
    } else if (o.kind === 'extradition') {
      buf[n++] = obligations.code(o.fugitive);
      buf[n++] = obligations.code(o.debtor);
      buf[n++] = o.requested;
      buf[n++] = obligations.codeOrNull(o.decision);
    } else {
      buf[n++] = obligations.code(o.system);
      buf[n++] = obligations.code(o.winner);
      buf[n++] = obligations.code(o.debtor);
      buf[n++] = o.accepted ? TRUE : FALSE;
    }
  }
  buf[n++] = s.wars.length;
  for (const w of s.wars) {
    buf[n++] = wars.code(w.id);
    buf[n++] = wars.code(w.eventId);
    buf[n++] = wars.code(w.thirdPower);
    buf[n++] = wars.code(w.victim);
    buf[n++] = w.since;
    buf[n++] = w.until;
    buf[n++] = w.strength;
    buf[n++] = wars.codeOrNull(w.target);
    buf[n++] = w.aidedBy.length;
    for (const p of w.aidedBy) buf[n++] = wars.code(p);
  }
  buf[n++] = s.claims.length;
  for (const c of s.claims) {
    buf[n++] = claims.code(c.id);
    buf[n++] = claims.code(c.eventId);
    buf[n++] = claims.code(c.kind);
    buf[n++] = claims.codeOrNull(c.system);
    buf[n++] = claims.codeOrNull(c.claimant);
    buf[n++] = c.since;
  }
  buf[n++] = s.covert.length;
  for (const c of s.covert) {
    buf[n++] = covert.code(c.id);
    buf[n++] = covert.code(c.party);
    buf[n++] = covert.code(c.code);
    buf[n++] = c.year;
    buf[n++] = c.base;
    buf[n++] = c.detected ? TRUE : FALSE;
  }
  buf[n++] = head.code(s.ledgerHash);
  buf[n++] = s.tradePact ? TRUE : FALSE;
  h.words(buf, n);
  n = 0;
  h.value(s.pactProposal);
  h.words(buf, n);
  n = 0;
  h.value(s.summitProposal);
  buf[n++] = s.events.length;
  for (const e of s.events) {
    buf[n++] = events.code(e.id);
    buf[n++] = events.code(e.type);
  }
  h.words(buf, n);
  n = 0;
  h.value(s.result);
  buf[n++] = head.code(s.staticHash);
  h.words(buf, n);
  return h.digest();
}
