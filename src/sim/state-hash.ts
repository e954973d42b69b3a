// The state hash: every part of the state that a turn can change, field by field, in a fixed
// order. Static parts (map, rules, events of the scenario) are folded in once as `staticHash`;
// the ledger as its running `ledgerHash`; the history is derived. A unit test mutates every field
// and checks the hash moves, so a new field cannot be forgotten here silently.
import { ledgerHashCode } from './context';
import { EVENT_TYPES } from './events';
import { foldString, Hasher, stringCode, Words } from './hash';
import {
  type CovertAct,
  type Fleet,
  type GameState,
  PARTIES,
  type Proposal,
  powerOf,
  type System,
} from './types';
import { sameOwner } from './world';

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
    const known = this.text[k];
    // A new position holds undefined: tested apart, so the comparison only ever sees strings.
    if (known !== undefined && known === s) return this.codes[k] as number;
    const c = foldString(s);
    this.text[k] = s;
    this.codes[k] = c;
    return c;
  }

  /** The code `value` mixes in for a string or null. */
  codeOrNull(s: string | null): number {
    return s === null || s === undefined ? NULL : this.code(s);
  }
}

// The words `Hasher.value` mixes in for null, true and false.
const NULL = 0x4e55_4c4c;
const TRUE = 0x5452_5545;
const FALSE = 0x4641_4c53;

/** One 32-bit word for a few: each input moves about half the bits of the result. */
function mix(h: number, v: number): number {
  const x = Math.imul(h ^ v, 0x85eb_ca6b);
  return Math.imul(x ^ (x >>> 15), 0xc2b2_ae35);
}

// The systems, the fleets and the covert acts are most of the state's words, and from one year to
// the next most of them are as they were. Each is hashed as one word, its code: a mix of its fields
// (rules version 4). Per position, the fields last hashed there, their codes and the element's code
// are kept, so an element as it was costs a few comparisons and no string folding. Like the slots,
// a pure memo: what it remembers changes no hash, and changing an element in place is noticed (its
// fields are compared, not its identity). A new slot starts with whole numbers (never compared:
// it is filled at once), so the engine keeps those fields as small integers, not boxed doubles.
// Each list's loop mixes its codes into the hasher's lanes held in locals: the step of
// `Hasher.u32`, written out (as in `Hasher.words`). Measured: through `u32` the lanes go to memory
// and back for every element; through a shared helper, or a buffer and `words`, it costs more (the
// state hash is one large optimised function, and a helper inside it is not inlined).
/** What was hashed at one position of the systems: the fields, their codes, and the system's code. */
interface SystemSlot {
  owner: string | null;
  ownerCode: number;
  output: number;
  zone: string;
  zoneCode: number;
  code: number;
}

class SystemCodes {
  private readonly slots: SystemSlot[] = [];

  /** The systems' codes, mixed into `h` one word each, as `h.u32` would (lanes in locals). */
  fill(h: Hasher, systems: readonly System[]): void {
    const slots = this.slots;
    let h1 = h.h1;
    let h2 = h.h2;
    for (let i = 0; i < systems.length; i++) {
      const x = systems[i] as System;
      const slot = slots[i];
      const v =
        slot !== undefined &&
        sameOwner(slot.owner, x.owner) &&
        slot.output === x.output &&
        slot.zone === x.zone
          ? slot.code
          : this.refold(i, x);
      let a = Math.imul(h1 ^ v, 0x9e37_79b1);
      a = (a << 13) | (a >>> 19);
      let b = Math.imul(h2 ^ v, 0x85eb_ca77);
      b = (b << 17) | (b >>> 15);
      h1 = a;
      h2 = (b + a) | 0;
    }
    h.h1 = h1;
    h.h2 = h2;
  }

  /** A system not as it was at its position: its slot is filled again (only changed fields folded). */
  private refold(i: number, x: System): number {
    let slot = this.slots[i];
    if (slot === undefined) {
      // A new slot: its fields are never compared before they are filled below.
      slot = {
        owner: null,
        ownerCode: NULL,
        output: -1,
        zone: '',
        zoneCode: foldString(''),
        code: 0,
      };
      this.slots[i] = slot;
    }
    if (!sameOwner(slot.owner, x.owner)) {
      slot.owner = x.owner;
      slot.ownerCode = x.owner === null ? NULL : stringCode(x.owner);
    }
    if (slot.zone !== x.zone) {
      slot.zone = x.zone;
      slot.zoneCode = stringCode(x.zone);
    }
    slot.output = x.output;
    slot.code = mix(mix(mix(0x5359_5300, slot.ownerCode), x.output), slot.zoneCode);
    return slot.code;
  }
}

/** What was hashed at one position of the fleets. */
interface FleetSlot {
  id: string;
  idCode: number;
  owner: string;
  ownerCode: number;
  location: string;
  locationCode: number;
  strength: number;
  code: number;
}

class FleetCodes {
  private readonly slots: FleetSlot[] = [];

  /** The fleets' codes, mixed into `h` one word each, as `h.u32` would (lanes in locals). */
  fill(h: Hasher, fleets: readonly Fleet[]): void {
    const slots = this.slots;
    let h1 = h.h1;
    let h2 = h.h2;
    for (let i = 0; i < fleets.length; i++) {
      const f = fleets[i] as Fleet;
      const slot = slots[i];
      const v =
        slot !== undefined &&
        slot.location === f.location &&
        slot.strength === f.strength &&
        slot.id === f.id &&
        slot.owner === f.owner
          ? slot.code
          : this.refold(i, f);
      let a = Math.imul(h1 ^ v, 0x9e37_79b1);
      a = (a << 13) | (a >>> 19);
      let b = Math.imul(h2 ^ v, 0x85eb_ca77);
      b = (b << 17) | (b >>> 15);
      h1 = a;
      h2 = (b + a) | 0;
    }
    h.h1 = h1;
    h.h2 = h2;
  }

  private refold(i: number, f: Fleet): number {
    let slot = this.slots[i];
    if (slot === undefined) {
      const none = foldString('');
      slot = {
        id: '',
        idCode: none,
        owner: '',
        ownerCode: none,
        location: '',
        locationCode: none,
        strength: -1,
        code: 0,
      };
      this.slots[i] = slot;
    }
    if (slot.id !== f.id) {
      slot.id = f.id;
      slot.idCode = stringCode(f.id);
    }
    if (slot.owner !== f.owner) {
      slot.owner = f.owner;
      slot.ownerCode = stringCode(f.owner);
    }
    if (slot.location !== f.location) {
      slot.location = f.location;
      slot.locationCode = stringCode(f.location);
    }
    slot.strength = f.strength;
    slot.code = mix(mix(mix(mix(0x464c_5400, slot.idCode), slot.ownerCode), slot.locationCode), f.strength);
    return slot.code;
  }
}

/** What was hashed at one position of the covert acts (they only grow, and are replaced when seen). */
interface CovertSlot {
  id: string;
  party: string;
  code: string;
  year: number;
  base: number;
  detected: boolean;
  word: number;
}

class CovertCodes {
  private readonly slots: CovertSlot[] = [];

  /** The covert acts' codes, mixed into `h` one word each, as `h.u32` would (lanes in locals). */
  fill(h: Hasher, covert: readonly CovertAct[]): void {
    const slots = this.slots;
    let h1 = h.h1;
    let h2 = h.h2;
    for (let i = 0; i < covert.length; i++) {
      const c = covert[i] as CovertAct;
      const slot = slots[i];
      const v =
        slot !== undefined &&
        slot.id === c.id &&
        slot.detected === c.detected &&
        slot.code === c.code &&
        slot.party === c.party &&
        slot.year === c.year &&
        slot.base === c.base
          ? slot.word
          : this.refold(i, c);
      let a = Math.imul(h1 ^ v, 0x9e37_79b1);
      a = (a << 13) | (a >>> 19);
      let b = Math.imul(h2 ^ v, 0x85eb_ca77);
      b = (b << 17) | (b >>> 15);
      h1 = a;
      h2 = (b + a) | 0;
    }
    h.h1 = h1;
    h.h2 = h2;
  }

  private refold(i: number, c: CovertAct): number {
    let slot = this.slots[i];
    if (slot === undefined) {
      slot = { id: '', party: '', code: '', year: 0, base: 0, detected: false, word: 0 };
      this.slots[i] = slot;
    }
    slot.id = c.id;
    slot.party = c.party;
    slot.code = c.code;
    slot.year = c.year;
    slot.base = c.base;
    slot.detected = c.detected;
    let w = mix(mix(0x434f_5600, stringCode(c.id)), stringCode(c.party));
    w = mix(mix(mix(w, stringCode(c.code)), c.year), c.base);
    slot.word = mix(w, c.detected ? TRUE : FALSE);
    return slot.word;
  }
}

// The words of the lists' enumerated fields: a few known words, found by a comparison or two
// (`Words`), where a slot of the list would often miss (the events of each year differ).
const OBLIGATION_KINDS = new Words(['aid', 'extradition', 'ruling']);
const DECISIONS = new Words(['extradited', 'sheltered', 'escaped']);
const CLAIM_KINDS = new Words(['territory', 'tariff']);
const EVENT_TYPES_WORDS = new Words(EVENT_TYPES);
// Parties, mostly; a third power's id falls back to the memo of every string.
const OWNERS = new Words(PARTIES);

const HEAD = new Slots();
const SYSTEMS = new SystemCodes();
const FLEETS = new FleetCodes();
const OBLIGATIONS = new Slots();
const WARS = new Slots();
const CLAIMS = new Slots();
const COVERT = new CovertCodes();
const EVENTS = new Slots();

let buffer = new Int32Array(1024);

/** A buffer with room for the words of the state's hash between two mixes (the lists' codes apart). */
function wordsFor(s: GameState): Int32Array {
  let need = 64 + 10 * s.obligations.length;
  for (const war of s.wars) need += 10 + war.aidedBy.length;
  need += 6 * s.claims.length + 2 * s.events.length;
  // Rules version 6: each power's banked score (six words and its decades).
  for (const p of PARTIES)
    need += 7 + powerOf(s, p).banked.decades.length + powerOf(s, p).addressYears.length;
  if (need > buffer.length) buffer = new Int32Array(Math.max(need, 2 * buffer.length));
  return buffer;
}

/** A proposal's words: its year and who made it, or a mark for none (years are never negative). */
function proposal(buf: Int32Array, at: number, p: Proposal | null, slots: Slots): number {
  let n = at;
  if (p === null) {
    buf[n++] = -1;
  } else {
    buf[n++] = p.year;
    buf[n++] = slots.code(p.by);
  }
  return n;
}

export function hashState(s: GameState): string {
  const h = new Hasher();
  // The words are gathered in a buffer and mixed in one loop (`words`), the same as one `u32` each;
  // the systems, fleets and covert acts mix their codes in as they make them (measured cheaper:
  // their loops are small methods, where `u32` is inlined and the lanes stay at hand).
  const buf = wordsFor(s);
  let n = 0;
  const head = HEAD.reset();
  const obligations = OBLIGATIONS.reset();
  const wars = WARS.reset();
  const claims = CLAIMS.reset();
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
  buf[n++] = s.suspendedSince === null ? NULL : s.suspendedSince;
  buf[n++] = s.everSuspended ? TRUE : FALSE;
  buf[n++] = s.openWhileSuspended;
  for (const party of PARTIES) {
    const p = powerOf(s, party);
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
    // Rules version 6: the score banked every year (DESIGN.md section 15.1).
    const b = p.banked;
    buf[n++] = p.startWorlds;
    buf[n++] = b.honour;
    buf[n++] = b.security;
    buf[n++] = b.prosperity;
    buf[n++] = b.support;
    buf[n++] = b.decades.length;
    for (const d of b.decades) buf[n++] = d;
    buf[n++] = p.addressYears.length;
    for (const y of p.addressYears) buf[n++] = y;
  }
  const systems = s.systems;
  buf[n++] = systems.length;
  h.words(buf, n);
  n = 0;
  SYSTEMS.fill(h, systems);
  const fleets = s.fleets;
  h.u32(fleets.length);
  FLEETS.fill(h, fleets);
  buf[n++] = s.nextFleetId;
  buf[n++] = s.obligations.length;
  for (const o of s.obligations) {
    buf[n++] = obligations.code(o.id);
    buf[n++] = OBLIGATION_KINDS.code(o.kind);
    buf[n++] = obligations.code(o.eventId);
    buf[n++] = o.deadline;
    if (o.kind === 'aid') {
      buf[n++] = OWNERS.code(o.victim);
      buf[n++] = obligations.codeOrNull(o.system);
      buf[n++] = o.need;
      buf[n++] = o.delivered.federation;
      buf[n++] = o.delivered.klingon;
    } else if (o.kind === 'extradition') {
      buf[n++] = obligations.code(o.fugitive);
      buf[n++] = OWNERS.code(o.debtor);
      buf[n++] = o.requested;
      buf[n++] = o.decision === null ? NULL : DECISIONS.code(o.decision);
    } else {
      buf[n++] = obligations.code(o.system);
      buf[n++] = OWNERS.code(o.winner);
      buf[n++] = OWNERS.code(o.debtor);
      buf[n++] = o.accepted ? TRUE : FALSE;
    }
  }
  buf[n++] = s.wars.length;
  for (const w of s.wars) {
    buf[n++] = wars.code(w.id);
    buf[n++] = wars.code(w.eventId);
    buf[n++] = wars.code(w.thirdPower);
    buf[n++] = OWNERS.code(w.victim);
    buf[n++] = w.since;
    buf[n++] = w.until;
    buf[n++] = w.strength;
    buf[n++] = wars.codeOrNull(w.target);
    buf[n++] = w.aidedBy.length;
    for (const p of w.aidedBy) buf[n++] = OWNERS.code(p);
  }
  buf[n++] = s.claims.length;
  for (const c of s.claims) {
    buf[n++] = claims.code(c.id);
    buf[n++] = claims.code(c.eventId);
    buf[n++] = CLAIM_KINDS.code(c.kind);
    buf[n++] = claims.codeOrNull(c.system);
    buf[n++] = c.claimant === null ? NULL : OWNERS.code(c.claimant);
    buf[n++] = c.since;
  }
  const covert = s.covert;
  buf[n++] = covert.length;
  h.words(buf, n);
  n = 0;
  COVERT.fill(h, covert);
  buf[n++] = ledgerHashCode(s.ledgerHash);
  buf[n++] = s.tradePact ? TRUE : FALSE;
  n = proposal(buf, n, s.pactProposal, head);
  n = proposal(buf, n, s.summitProposal, head);
  buf[n++] = s.events.length;
  for (const e of s.events) {
    buf[n++] = events.code(e.id);
    buf[n++] = EVENT_TYPES_WORDS.code(e.type);
  }
  h.words(buf, n);
  n = 0;
  h.value(s.result);
  buf[n++] = head.code(s.staticHash);
  h.words(buf, n);
  return h.digest();
}
