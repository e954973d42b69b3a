// Support at home (DESIGN.md section 8, step i), and the fall of a government.
import { type Change, type Ctx, changeSupport, note } from './context';
import { wrongedAsTheYearOpened } from './grievances';
import type { OrderType } from './orders/index';
import { type GameState, ofParty, otherParty, PARTIES, PARTY_NAMES, type Party, powerOf } from './types';
import { industries } from './world';

/** The AI personalities a fallen government's successor is drawn from. */
export const AI_PERSONALITIES = ['loyalist', 'pragmatist', 'hawk'] as const;
export type AiPersonality = (typeof AI_PERSONALITIES)[number];

/**
 * What in the year just ended (`changes`) contents the hawks of `party`, in words, or null when
 * nothing did (rules version 16): a world gained, or at least `ships` ships built (rules version 25:
 * one ship a year, bought for 4 reserves, kept them quiet for good). Their complaint then costs no
 * support. (The doves' voices are heard whatever the year did: quieting them too, a loyal
 * Federation that builds nothing was never blamed, and the decisions of Article V ceased to
 * matter: 4.5% of the spread, 1,000 seeds.)
 */
export function hawksContent(changes: readonly Change[], party: Party, ships: number): string | null {
  let built = 0;
  for (const c of changes) {
    // A ruling that confirms a world already held gains nothing (playtest 39 read "a world was gained").
    if (c.kind === 'territory' && c.to === party && c.from !== party) return 'a world was gained';
    if (c.kind === 'fleet' && c.party === party && c.cause.order?.type === 'build') built += c.delta ?? 0;
  }
  if (built <= 0 || built < ships) return null;
  return built === 1 ? 'a ship was built' : `${built} ships were built`;
}

/** Years an address to the council is remembered: each one of them makes the next give less. */
const ADDRESS_MEMORY = 10;

/** Support an address to the council would give this year: less for each of the last ten years'. */
export function addressGain(
  s: Pick<GameState, 'rules' | 'powers' | 'year'>,
  party: Party,
  /** An address of this year counted too (what one now would leave the next year's). */
  also: number | null = null,
): number {
  const sup = s.rules.support;
  let recent = also !== null && also > s.year - ADDRESS_MEMORY ? 1 : 0;
  for (const y of powerOf(s, party).addressYears) if (y > s.year - ADDRESS_MEMORY) recent++;
  return Math.max(0, sup.address - sup.addressLessEach * recent);
}

/** Step a: a power addresses its council (once a year counts). */
export function addressCouncil(ctx: Ctx, party: Party, index: number, type: OrderType): void {
  const p = powerOf(ctx.s, party);
  if (p.addressYears.includes(ctx.year)) return;
  const gain = addressGain(ctx.s, party);
  p.addressYears = [...p.addressYears.filter((y) => y > ctx.year - ADDRESS_MEMORY), ctx.year];
  const words =
    party === 'federation'
      ? 'The President addresses the Council.'
      : 'The Chancellor speaks before the High Council.';
  const cause = { order: { party, index, type } };
  if (gain > 0) changeSupport(ctx, party, gain, cause, words);
  else {
    // Told all the same: an order given and never mentioned reads as lost.
    const from = p.support;
    note(ctx, {
      kind: 'support',
      party,
      delta: 0,
      from,
      to: from,
      article: null,
      cause,
      text: `${words} It moves no one: the council has heard too many in the last ${ADDRESS_MEMORY} years.`,
    });
  }
}

/**
 * What a government wants (DESIGN.md section 15.2) shows as support it gained this year for a
 * cause other than an address: battles, worlds, defiance for the High Council; growth and aid for
 * the Federation Council. A year without any lets support above the rest level drift down.
 */
function gotWhatTheyWant(ctx: Ctx): Record<Party, boolean> {
  const got = { federation: false, klingon: false };
  for (const c of ctx.changes) {
    if (c.kind !== 'support') continue;
    if (c.cause.order?.type === 'address-council') continue;
    // A gain the top swallowed counts too: at 100, or halved to nothing above the high line (only a
    // loss at 0 moves nothing from anywhere else).
    if ((c.delta ?? 0) > 0 || (c.delta === 0 && c.from !== 0)) {
      if (c.party === 'federation') got.federation = true;
      else if (c.party === 'klingon') got.klingon = true;
    }
  }
  return got;
}

/** The Council's blame in a year the Accords were suspended or collapsed (strained: `troubleWords`). */
const CRISIS: Readonly<Record<'suspended' | 'collapsed', string>> = {
  suspended: 'The Accords were suspended this year: both governments are blamed.',
  collapsed: 'The Accords collapsed this year: both governments are blamed.',
};

/** Why a power is spared the blame of strained Accords: it answered, or had nothing to answer. */
type Spared = { party: Party; why: 'answered' | 'unwronged' };

/**
 * The powers spared the blame of strained Accords this year (rules version 23): a power whose own
 * standing does not strain them and that answered the other's breaches this year (a demand for
 * reparations, sanctions) or keeps its embassy recalled in protest. Its people see whose the fault
 * is; a loyal power that keeps silent while a hawk strains the Accords is blamed with it (playtest
 * 34 saw a loyal Federation's support fall from 76 to 31, blamed for a hawk's standing). Suspended
 * or collapsed Accords are both governments' failure. Its standing is read as the year opened and
 * at its end (rules version 24): a power that strained them as the year opened is not spared for
 * rising above the line by step i (playtest 36 saw the Empire, below the line in January, spared
 * for answering while the Federation, never below it, was blamed). Silence is blamed only where
 * there was something to answer (rules version 26): a power with no breach of the other's seen
 * lately as the year opened is spared, its own breaches charged in standing as any are (seed
 * play28d saw the Empire blamed fifteen years running, and its government fall, for a hawk's
 * standing with no breach of the hawk's left to answer).
 */
function sparedOf(ctx: Ctx): Spared[] {
  const s = ctx.s;
  const spared: Spared[] = [];
  for (const p of PARTIES) {
    if (!mayBeSpared(s, p) || openingStanding(ctx, p) < s.rules.treaty.strainedBelow) continue;
    if (ctx.answering.includes(p) || powerOf(s, p).embassyClosed?.how === 'recalled')
      spared.push({ party: p, why: 'answered' });
    else if (!wrongedAsTheYearOpened(s, p)) spared.push({ party: p, why: 'unwronged' });
  }
  return spared;
}

/** `party`'s standing as the year opened: where its first move this year started (step h), or as it stands. */
function openingStanding(ctx: Ctx, party: Party): number {
  for (const c of ctx.changes)
    if (c.kind === 'standing' && c.party === party && typeof c.from === 'number') return c.from;
  return powerOf(ctx.s, party).standing;
}

/** Strained Accords, and `party`'s own standing does not strain them: an answer may spare it. */
function mayBeSpared(s: GameState, party: Party): boolean {
  return s.status === 'strained' && powerOf(s, party).standing >= s.rules.treaty.strainedBelow;
}

/**
 * Whether an answer to the other's breaches this year would spare `party` the blame of strained
 * Accords, as the year stands (the answers' rows and the AIs read it before the year; step i judges
 * at the end): not when its embassy stays recalled in protest, which spares it already, nor when no
 * breach of the other's seen lately asks an answer (rules version 26: it is spared already).
 */
export function answerSpares(s: GameState, party: Party): boolean {
  return (
    mayBeSpared(s, party) &&
    powerOf(s, party).embassyClosed?.how !== 'recalled' &&
    wrongedAsTheYearOpened(s, party)
  );
}

/** Why `spared` is spared, in words. */
function sparedWhy({ party, why }: Spared): string {
  return why === 'answered'
    ? `${PARTY_NAMES[party]} answered ${PARTY_NAMES[otherParty(party)]}'s breaches this year`
    : `${PARTY_NAMES[party]} had no breach of ${PARTY_NAMES[otherParty(party)]}'s seen lately to answer`;
}

/** Who the Council blames, after the reason: both governments, or the one that was not spared. */
function blameWords(spared: readonly Spared[]): string {
  const [first, second] = spared;
  if (!first) return 'both governments are blamed.';
  if (second) {
    if (first.why === 'answered' && second.why === 'answered')
      return 'both governments answered the other’s breaches, and neither is blamed.';
    return `neither government is blamed: ${sparedWhy(first)}, and ${sparedWhy(second)}.`;
  }
  return `${PARTY_NAMES[otherParty(first.party)]}'s government is blamed; ${sparedWhy(first)} and is spared.`;
}
/**
 * The Council's blame in words; strained Accords say whose standing strains them, as it stands (a
 * loyal Federation blamed for the Empire's standing saw no link between the two: playtest 24). In
 * the year a summit restored them they are said to be strained still (playtest 26 read "were
 * strained this year" as blame for the rescue).
 */
function troubleWords(ctx: Ctx, spared: readonly Spared[]): string {
  const s = ctx.s;
  if (s.status === 'suspended' || s.status === 'collapsed') return CRISIS[s.status];
  const line = s.rules.treaty.strainedBelow;
  const low = PARTIES.filter((p) => powerOf(s, p).standing < line);
  const blame = blameWords(spared);
  // Both standings back at the line: the blame names why it came all the same (playtest 34 read a
  // blame with no reason in the year the Accords came back in force).
  if (low.length === 0)
    return `The Accords were strained this year, until both standings rose to ${line} or more: ${blame}`;
  const who = low.map((p) => `${PARTY_NAMES[p]}'s standing is ${powerOf(s, p).standing}`).join(' and ');
  const restored = ctx.changes.some(
    (c) => c.kind === 'treaty' && c.from === 'suspended' && c.to === 'strained',
  );
  return restored
    ? `The Accords, restored this year, are strained still (${who}, below ${line}): ${blame}`
    : `The Accords were strained this year (${who}, below ${line}): ${blame}`;
}

/** Step i. `industryNow` is both powers' industry as it stands (`industries`), when the caller has it. */
export function resolveSupport(ctx: Ctx, industryNow: Record<Party, number> = industries(ctx.s)): void {
  const s = ctx.s;
  const sup = ctx.rules.support;
  if (s.status !== 'in-force') {
    const spared = sparedOf(ctx);
    // Said of the year past: the status may recover at step j, after (playtest 22 read "the
    // Accords are in trouble" beside "fully in force again" in one report).
    const words = troubleWords(ctx, spared);
    for (const party of PARTIES) {
      if (spared.some((x) => x.party === party))
        note(ctx, { kind: 'support', party, article: null, cause: { rule: 'strained' }, text: words });
      else changeSupport(ctx, party, sup.strainedPerYear, { rule: 'strained' }, words);
    }
  }
  // Growth is a race (DESIGN.md section 15.1): the Council rewards a year in which the Federation
  // grew more than the Empire did, not every year that something was built.
  const grown = (p: Party) => ofParty(industryNow, p) - powerOf(s, p).lastIndustry;
  if (grown('federation') > 0 && grown('federation') > grown('klingon')) {
    changeSupport(
      ctx,
      'federation',
      sup.federationGrowth,
      { rule: 'growth' },
      'A year of growth ahead of the Empire.',
    );
  }
  // Read once for both powers: one's drift is no support the other gained.
  let got: Record<Party, boolean> | null = null;
  for (const party of PARTIES) {
    const p = powerOf(s, party);
    if (p.support <= sup.restLevel) continue;
    got ??= gotWhatTheyWant(ctx);
    if (ofParty(got, party)) continue;
    const drop = Math.min(sup.drift, p.support - sup.restLevel);
    changeSupport(
      ctx,
      party,
      -drop,
      { rule: 'support-drift' },
      `The government has nothing to show this year: its support ebbs toward ${sup.restLevel}.`,
    );
  }
}

/** A government at 0 support falls: a human loses; an AI gets a new leader. Returns the loser, if any. */
export function checkGovernments(ctx: Ctx): (typeof PARTIES)[number] | null {
  const s = ctx.s;
  for (const party of PARTIES) {
    const p = powerOf(s, party);
    if (p.support > 0) continue;
    if (p.controller === 'human') return party;
    const from = p.controller;
    if ((AI_PERSONALITIES as readonly string[]).includes(p.controller)) {
      // A new leader, of another personality than the one who fell.
      const others = AI_PERSONALITIES.filter((x) => x !== p.controller);
      const leader = others[ctx.stream(`leader:${party}`).int(others.length)] as AiPersonality;
      p.controller = leader;
    }
    p.leaders += 1;
    p.support = ctx.rules.support.newLeader;
    note(ctx, {
      kind: 'leader',
      party,
      from,
      to: p.controller,
      article: null,
      cause: { rule: 'government-fell' },
      text: `The government of ${PARTY_NAMES[party]} falls; a new leader (${p.controller}) takes over with support ${p.support}.`,
    });
  }
  return null;
}
