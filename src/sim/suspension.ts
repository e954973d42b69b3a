// Who a collapse is blamed on (DESIGN.md section 15.4, rules version 8), and what a suspension
// walked back costs (rules version 10). A power that suspends the Accords in answer to the other's
// breaches puts its case on record: should the suspended Accords collapse (war, or too many years),
// it keeps part of what it banked, and the power whose breaches brought them down keeps nothing.
// Should a summit restore them instead, the other recovered and the case was not borne out: the
// suspender pays a price of its score. Keeping faith while a violator drags the Accords to the edge
// banks a century for both to lose; suspending protects what was built, at the price of the
// never-suspended bonus and of a crisis that collapses unless a summit walks it back. Suspending is
// the right call when the other will not recover, and the wrong one when it will.
import { bankedTotal, warScores } from './answers';
import { type Ctx, note } from './context';
import { type GameState, otherParty, PARTY_NAMES, PARTY_TITLES, type Party, powerOf } from './types';

/**
 * The power whose case is on record and still holds: it suspended the Accords by its order, and its
 * own standing has stayed at or above the suspension line (a suspender that broke the articles
 * itself until it fell below the line has no case left). With no such order (rules version 26), the
 * one power whose standing is at or above the line while the other's is below it: the Council sees
 * whose fall it was (playtest 39's Federation kept faith all century, the Empire fell from 82 to 0
 * in one year and suspended them, no order of the Federation's could be given, and a collapse left
 * both nothing); both at the line, the one that vouched for the other (`caseOf`). Null otherwise.
 */
export function blameless(s: GameState): Party | null {
  const why = caseOf(s);
  return why === null ? null : why.party;
}

/**
 * Whose case is on record, and why: its order suspended the Accords (`order`), its standing alone held
 * at the line (`held`), or, both standings at the line as they fall, it alone vouched for the other's
 * return in this suspension (`vouched`, rules version 27: playtest 32c's loyal Empire vouched for a
 * Federation that cheated on, whose standing the year's rewards then took to the line in the
 * collapse's year, and the Empire's case was lost with it). Null: no case.
 */
export function caseOf(s: GameState): { party: Party; why: 'order' | 'held' | 'vouched' } | null {
  if (s.status !== 'collapsed' && s.status !== 'suspended') return null;
  const line = s.rules.treaty.suspendBelow;
  const by = s.suspendedBy;
  if (by !== null) return powerOf(s, by).standing >= line ? { party: by, why: 'order' } : null;
  const f = powerOf(s, 'federation').standing >= line;
  const k = powerOf(s, 'klingon').standing >= line;
  if (f !== k) return { party: f ? 'federation' : 'klingon', why: 'held' };
  if (!f) return null;
  const fv = stoodBy(s, 'federation');
  const kv = stoodBy(s, 'klingon');
  return fv === kv ? null : { party: fv ? 'federation' : 'klingon', why: 'vouched' };
}

/**
 * `party` vouched for the other in this suspension and, in its last year, still offered a summit (it
 * proposed one, or attended one held): a power that vouched and then refused every summit has no case.
 */
function stoodBy(s: GameState, party: Party): boolean {
  if (vouchedIn(s, party) === null) return false;
  const year = s.result?.year ?? s.year;
  const p = s.summitProposal;
  if (p !== null && p.by === party && p.year === year) return true;
  for (let i = s.ledger.length - 1; i >= 0; i--) {
    const e = s.ledger.item(i);
    if (e.year < year) break;
    if (e.year === year && e.party === party && e.code === 'summit') return true;
  }
  return false;
}

/**
 * The year `party` vouched for the other during the present suspension (or the one that collapsed),
 * or null: a power gives its word once in a suspension (rules version 27), so that when to give it
 * is a choice.
 */
export function vouchedIn(s: GameState, party: Party): number | null {
  // Collapsed Accords keep the year they were suspended (treaty.ts `setStatus`): their case is read then.
  if ((s.status !== 'suspended' && s.status !== 'collapsed') || s.suspendedSince === null) return null;
  for (let i = s.ledger.length - 1; i >= 0; i--) {
    const e = s.ledger.item(i);
    if (e.year < s.suspendedSince) break;
    // Suspended at step j of their year, Accords a vouch of that year (step a) restored belong to an
    // earlier suspension, unless the game began suspended in that year.
    if (e.year === s.suspendedSince && e.year !== s.firstYear) break;
    if (e.party === party && e.code === 'vouch' && e.delta < 0) return e.year;
  }
  return null;
}

/** What a power whose suspension is on record keeps of its banked score should the Accords collapse. */
export function keptOnRecord(s: GameState, party: Party): number {
  return Math.floor((bankedTotal(s, party) * s.rules.treaty.suspenderKeepsPercent) / 100);
}

/**
 * The scores of a game the Accords' collapse ended: a declared war's (./answers.ts) when `declarer`
 * declared it; else, if a suspension is on record, the suspender keeps what it banked and the other
 * nothing; else null (both lose everything).
 */
export function collapseScores(s: GameState, declarer: Party | null): Record<Party, number> | null {
  if (declarer !== null) return warScores(s, declarer);
  const keeper = blameless(s);
  if (keeper === null) return null;
  const out = { federation: 0, klingon: 0 };
  out[keeper] = keptOnRecord(s, keeper);
  out[otherParty(keeper)] = 0;
  return out;
}

/**
 * A summit restores suspended Accords (rules version 10): a suspension on record is walked back, and
 * its case against the other was not borne out. The suspender pays `crisis.walkedBackPoints` of its
 * score, once for each suspension walked back: suspending a power that recovers is the wrong call.
 */
export function walkBack(ctx: Ctx): void {
  const s = ctx.s;
  const by = s.suspendedBy;
  if (by === null) return;
  s.walkedBack = [...s.walkedBack, by];
  const points = ctx.rules.crisis.walkedBackPoints;
  if (points <= 0) return;
  note(ctx, {
    kind: 'treaty',
    party: by,
    article: null,
    cause: { rule: 'walked-back' },
    text: `${PARTY_TITLES[by]}'s suspension is walked back: ${PARTY_NAMES[otherParty(by)]} recovered, and the crisis ${PARTY_NAMES[by]} began costs it ${points} points of its score.`,
  });
}

/** What the suspensions a power had walked back cost its score (a negative number, or 0). */
export function walkedBackCost(s: GameState, party: Party): number {
  let n = 0;
  for (const p of s.walkedBack) if (p === party) n++;
  return n === 0 ? 0 : -n * s.rules.crisis.walkedBackPoints;
}
