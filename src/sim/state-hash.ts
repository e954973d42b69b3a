// The state hash: every part of the state that a turn can change, field by field, in a fixed
// order. Static parts (map, rules, events of the scenario) are folded in once as `staticHash`;
// the ledger as its running `ledgerHash`; the history is derived. A unit test mutates every field
// and checks the hash moves, so a new field cannot be forgotten here silently.
import { Hasher } from './hash';
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

export function hashState(s: GameState): string {
  const h = new Hasher();
  h.u32(s.rulesVersion);
  h.str(s.scenarioId);
  h.str(s.seed);
  h.u32(s.year);
  h.str(s.phase);
  h.u32(s.firstYear);
  h.u32(s.lastYear);
  h.u32(s.signedYear);
  h.str(s.status);
  h.value(s.suspendedSince);
  h.value(s.everSuspended);
  h.u32(s.openWhileSuspended);
  for (const party of PARTIES) {
    const p = s.powers[party];
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
      h.u32(0xffffffff);
    }
  }
  h.u32(s.systems.length);
  for (const x of s.systems) {
    h.value(x.owner);
    h.u32(x.output);
    h.str(x.zone);
  }
  h.u32(s.fleets.length);
  for (const f of s.fleets) {
    h.str(f.id);
    h.str(f.owner);
    h.str(f.location);
    h.u32(f.strength);
  }
  h.u32(s.nextFleetId);
  h.u32(s.obligations.length);
  for (const o of s.obligations) {
    h.str(o.id);
    h.str(o.kind);
    h.str(o.eventId);
    h.u32(o.deadline);
    if (o.kind === 'aid') {
      h.str(o.victim);
      h.value(o.system);
      h.u32(o.need);
      h.u32(o.delivered.federation);
      h.u32(o.delivered.klingon);
    } else if (o.kind === 'extradition') {
      h.str(o.fugitive);
      h.str(o.debtor);
      h.u32(o.requested);
      h.value(o.decision);
    } else {
      h.str(o.system);
      h.str(o.winner);
      h.str(o.debtor);
      h.value(o.accepted);
    }
  }
  h.u32(s.wars.length);
  for (const w of s.wars) {
    h.str(w.id);
    h.str(w.eventId);
    h.str(w.thirdPower);
    h.str(w.victim);
    h.u32(w.since);
    h.u32(w.until);
    h.u32(w.strength);
    h.value(w.target);
    h.u32(w.aidedBy.length);
    for (const p of w.aidedBy) h.str(p);
  }
  h.u32(s.claims.length);
  for (const c of s.claims) {
    h.str(c.id);
    h.str(c.eventId);
    h.str(c.kind);
    h.value(c.system);
    h.value(c.claimant);
    h.u32(c.since);
  }
  h.u32(s.covert.length);
  for (const c of s.covert) {
    h.str(c.id);
    h.str(c.party);
    h.str(c.code);
    h.u32(c.year);
    h.u32(c.base);
    h.value(c.detected);
  }
  h.str(s.ledgerHash);
  h.value(s.tradePact);
  h.value(s.pactProposal);
  h.value(s.summitProposal);
  h.u32(s.events.length);
  for (const e of s.events) {
    h.str(e.id);
    h.str(e.type);
  }
  h.value(s.result);
  h.str(s.staticHash);
  return h.digest();
}
