// What the powers remember of each other's conduct in a crisis (rules version 9, issue 16): a debt
// of gratitude or a grudge that lasts for years, so that aid, relief and an extradition are not
// forgotten the year after. A party's gratitude makes a breach against its benefactor weigh more
// with its government (its AI breaks faith with it less); a grudge makes one weigh less (its hawks
// strike sooner). A third power relieved in its disaster spares the giver's worlds from its wars.
import type { Cause, Ctx } from './context';
import { note } from './context';
import type { Rules } from './scenario/rules';
import {
  type Article,
  andList,
  type Debt,
  type GameState,
  isParty,
  otherParty,
  PARTY_NAMES,
  type Party,
  sentence,
  untilYear,
} from './types';
import { powerName, systemName, theThirdPower } from './world';

/**
 * `by` remembers `of`'s conduct for `years` from this year: the latest memory of one power about
 * another replaces the older (a grudge is healed by a later gratitude, and the other way round).
 */
export function remember(
  ctx: Ctx,
  by: string,
  of: Party,
  kind: Debt['kind'],
  years: number,
  eventId: string,
  percent: number,
  /**
   * The note's first sentence and its article, for a third power's grudge with a cause of its own (a
   * world taken: no article, where relief refused is Article IV's).
   */
  says?: { text: string; article: Article | null; since?: number },
): void {
  if (years <= 0) return;
  const s = ctx.s;
  // A grudge renewed keeps the year it began, so that its raids keep their rhythm (rules version 28).
  const debt: Debt = {
    by,
    of,
    kind,
    eventId,
    since: says?.since ?? ctx.year,
    until: ctx.year + years,
    percent,
  };
  // The list is replaced, never changed in place: copies of the state share it.
  const kept: Debt[] = [];
  let replaced: Debt | undefined;
  for (const d of s.debts) {
    if (d.until < ctx.year) continue;
    if (d.by === by && d.of === of) replaced = d;
    else kept.push(d);
  }
  kept.push(debt);
  s.debts = kept;
  const name = powerName(s, by);
  const who = sentence(name);
  const whom = PARTY_NAMES[of];
  // The memory it replaces, when of the other kind: playtest 35 read a grudge and, a few lines on,
  // a gratitude that "heals any grudge" in the same report, and could not tell which held.
  const healed = replaced?.kind === 'grudge' && kind === 'gratitude' ? replaced.until : null;
  // The same memory made twice in a year is told once (playtest 36 read two gratitudes of 2328, one
  // healing the grudge, the next "any grudge"); an older one of the same kind is said to be renewed.
  if (replaced?.kind === kind && replaced.until === debt.until && replaced.percent === percent) return;
  const forgotten =
    replaced?.kind === 'gratitude' && kind === 'grudge'
      ? ` It ends the gratitude ${name} held towards ${whom} (which would have lasted ${untilYear(s, replaced.until)}).`
      : replaced?.kind === kind &&
          says === undefined &&
          untilYear(s, replaced.until) !== untilYear(s, debt.until)
        ? ` It replaces the ${kind} held ${untilYear(s, replaced.until)}.`
        : '';
  note(ctx, {
    kind: 'obligation',
    party: of,
    article: says !== undefined ? says.article : isParty(by) ? null : 'IV',
    cause: { event: eventId, rule: kind === 'gratitude' ? 'debt/gratitude' : 'debt/grudge' },
    text:
      (says !== undefined
        ? says.text
        : kind === 'grudge'
          ? isParty(by)
            ? `${who} will not forget this: a grudge against ${whom} ${untilYear(s, debt.until)}${grudgeTerms(percent, name, whom)}.`
            : `${who} will not forget who left it to its ruin: a grudge against ${whom} ${untilYear(s, debt.until)}; its wars seek ${whom}'s worlds first, and later relief will not heal it.`
          : isParty(by)
            ? `${sentence(whom)} has the gratitude of ${name} ${untilYear(s, debt.until)}${gratitudeTerms(percent, name, whom, healed === null ? null : untilYear(s, healed))}.`
            : `${who} remembers ${whom}'s relief: its wars to come spare ${whom}'s worlds ${untilYear(s, debt.until)}${waging(s, by, of)}.`) +
      forgotten,
  });
}

/**
 * `party` took a world of the third power `by`: any gratitude it held for `party`'s relief ends
 * (rules version 24: playtest 37 relieved the Cardassian Union and took Cardassia Prime in the same
 * years, and the report promised that the Union's wars would spare the Empire's worlds for 25 more).
 */
export function forgetRelief(ctx: Ctx, by: string, party: Party, world: string, cause: Cause): void {
  const d = debtOf(ctx.s, by, party);
  if (d?.kind !== 'gratitude') return;
  ctx.s.debts = ctx.s.debts.filter((x) => x !== d);
  const whom = PARTY_NAMES[party];
  note(ctx, {
    kind: 'obligation',
    party,
    article: 'IV',
    cause,
    text: `${sentence(powerName(ctx.s, by))} forgets ${whom}'s relief now that ${whom} has taken ${world}: its wars no longer spare ${whom}'s worlds (they would have spared them ${untilYear(ctx.s, d.until)}).`,
  });
}

/** The wars `by` already wages on `of`, which its gratitude does not stop, after a `;` ('' for none). */
function waging(s: GameState, by: string, of: Party): string {
  const wars = warsGoingOn(s, by, of, 'them');
  return wars.length > 0 ? `; ${andList(wars)}` : '';
}

const SMALL: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four' };

/**
 * The wars `by` already wages on `of` (called `whom`), which relief does not stop (its gratitude
 * spares the worlds of wars to come), as clauses: each raid named and not yet struck by its world and
 * year, then the wars under way as one. Every one of them: playtest 42's Empire had two wars of the
 * Breen at once, and a row named only the first.
 */
export function warsGoingOn(s: GameState, by: string, of: Party, whom: string): string[] {
  const clauses: string[] = [];
  let going = 0;
  for (const war of s.wars) {
    if (war.thirdPower !== by || war.victim !== of) continue;
    if (war.target !== null && war.since > s.year)
      clauses.push(`the raid it has named on ${systemName(s, war.target)} still strikes in ${war.since}`);
    else going++;
  }
  if (going === 1) clauses.push(`the war it already wages on ${whom} goes on`);
  else if (going > 1) clauses.push(`the ${SMALL[going] ?? going} wars it already wages on ${whom} go on`);
  return clauses;
}

/** A grudge's years and strength by its cause (rules version 10: each cause has its own). */
export function grudgeFor(rules: Rules, cause: 'disaster' | 'shelter'): { years: number; percent: number } {
  const l = rules.lasting;
  return cause === 'disaster'
    ? { years: l.grudgeYears, percent: l.grudgePercent }
    : { years: l.shelterGrudgeYears, percent: l.shelterGrudgePercent };
}

/**
 * What a grudge does, as its note says it: the player sees the price of a disaster left short. It
 * binds only an AI that governs the power that holds it (`holder`): playtest 22, playing that power,
 * read "an AI at its helm" as said of itself.
 */
export function grudgeTerms(percent: number, holder: string, whom: string): string {
  if (percent >= 100)
    return `; while it lasts, an AI governing ${holder} counts no cost in breaking faith with ${whom} (a player decides for themselves)`;
  return percent > 0
    ? `; while it lasts, an AI governing ${holder} counts what breaking faith with ${whom} costs it ${percent}% lower, and so breaks faith sooner (a player decides for themselves)`
    : '';
}

/**
 * What a party's gratitude does, in words (playtest 25 read the line and could not tell), and the
 * grudge it heals (`healed`: that grudge's last year), when it replaces one.
 */
function gratitudeTerms(percent: number, holder: string, whom: string, healed: string | null): string {
  const heals =
    healed === null
      ? `any grudge ${holder} held against ${whom}`
      : `the grudge ${holder} held against ${whom} (which would have lasted ${healed})`;
  return percent > 0
    ? `; while it lasts, an AI governing ${holder} counts what breaking faith with ${whom} costs it ${percent}% higher, and so keeps faith longer (a player decides for themselves)${healed === null ? '' : `; it heals ${heals}`}`
    : `: it heals ${heals}; remembered, it binds neither government`;
}

/** What `by` remembers of `of` this year, if anything. */
export function debtOf(s: Pick<GameState, 'debts' | 'year'>, by: string, of: Party): Debt | undefined {
  for (const d of s.debts) if (d.by === by && d.of === of && d.until >= s.year) return d;
  return undefined;
}

/**
 * How much a breach against `of` weighs with `by`'s government, as a factor of its standing cost:
 * more when grateful, less when it holds a grudge.
 */
export function breachWeight(s: GameState, by: Party, of: Party): number {
  if (s.debts.length === 0) return 1;
  const d = debtOf(s, by, of);
  if (!d) return 1;
  return d.kind === 'gratitude' ? 1 + d.percent / 100 : Math.max(0, 1 - d.percent / 100);
}

/** The third power remembers `party`'s relief: its war this year leaves `party` alone. */
export function spares(s: GameState, thirdPower: string, party: Party): boolean {
  return s.debts.length > 0 && debtOf(s, thirdPower, party)?.kind === 'gratitude';
}

/** The third power holds a grudge against `party` for relief it was refused (rules version 11). */
export function resents(s: Pick<GameState, 'debts' | 'year'>, thirdPower: string, party: Party): boolean {
  return s.debts.length > 0 && debtOf(s, thirdPower, party)?.kind === 'grudge';
}

/**
 * The victims of a third power's war, once its memories are weighed: a party it remembers with
 * gratitude is spared; when the war may pick its victim (`free`: no named target, not both), it
 * falls on the other party instead, unless that one is remembered too. A free war on a party it
 * holds no grudge against falls on the other party if it holds one against that party: its wars
 * seek the one that left it to its ruin (rules version 11).
 */
export function turnedAway(
  s: GameState,
  thirdPower: string,
  drawn: readonly Party[],
  free: boolean,
): { victims: Party[]; spared: Party[]; sought: Party[] } {
  if (s.debts.length === 0) return { victims: [...drawn], spared: [], sought: [] };
  const victims: Party[] = [];
  const spared: Party[] = [];
  const sought: Party[] = [];
  const addOnce = (list: Party[], p: Party) => {
    if (!list.includes(p)) list.push(p);
  };
  for (const p of drawn) {
    const other = otherParty(p);
    if (free && !resents(s, thirdPower, p) && resents(s, thirdPower, other)) {
      if (!victims.includes(other)) victims.push(other);
      addOnce(sought, other);
      if (spares(s, thirdPower, p)) spared.push(p);
    } else if (!spares(s, thirdPower, p)) victims.push(p);
    else {
      spared.push(p);
      if (free && !spares(s, thirdPower, other) && !victims.includes(other)) victims.push(other);
    }
  }
  return { victims, spared, sought };
}

/** The sentence an incursion's card adds when its third power's grudge turns its war on `party`. */
export function soughtText(s: GameState, thirdPower: string, party: Party): string {
  const name = theThirdPower(s, thirdPower);
  return `${sentence(name)} has not forgotten who left it short of relief: its war falls on ${PARTY_NAMES[party]}.`;
}

/** The sentence an incursion's card adds when its third power spares `party`. */
export function sparedText(s: GameState, thirdPower: string, party: Party): string {
  const name = theThirdPower(s, thirdPower);
  return `${sentence(name)} remembers ${PARTY_NAMES[party]}'s relief and spares its worlds.`;
}
