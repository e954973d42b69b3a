// Covert acts (DESIGN.md section 6): recorded when committed, rolled for detection in step f (at
// once, then each later year for a while), and charged to the ledger when they come to light. The
// victim's embassy sharpens its eyes; an embassy expelled or recalled blinds them.
import { type Cause, type Ctx, changeSupport, note, ownCovert } from './context';
import { articleOf, chargeViolation } from './ledger';
import type { Rules, ViolationCode } from './scenario/rules';
import { type CovertAct, type GameState, otherParty, PARTIES, type Party, powerOf } from './types';

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
