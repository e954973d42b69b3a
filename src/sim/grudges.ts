// A third power's grudge and its raids (rules versions 11 and 28): relief refused, or a world of its
// own taken, is answered by a raid named ahead like any incursion (./threats.ts `announceThreat`),
// again every few years while the grudge lasts; a grudge for a world taken is renewed while it is held.
import { heldHomeworld, warTarget } from './articles/article-iii';
import { type Ctx, note } from './context';
import { debtOf, remember } from './debts';
import { announceThreat } from './threats';
import {
  type Article,
  type Debt,
  type GameState,
  isParty,
  PARTY_NAMES,
  type Party,
  powerOf,
  type System,
  sentence,
  untilYear,
  type War,
} from './types';
import { findSystem, isHomeworld, theThirdPower } from './world';

/**
 * A third power left short of relief in its disaster answers the party that failed it (rules
 * version 11): a raid of `lasting.reliefGrudgeStrength`, named a year ahead like any other, so that
 * refusing relief is a price paid in worlds, not only a chance forgone. Returns the raid's war, if
 * one is sent (none: the rule is off, or the third power has no world within reach of the party's).
 */
export function avenge(
  ctx: Ctx,
  thirdPower: string,
  party: Party,
  eventId: string,
  why = 'which left it short of relief',
  /** The article the report files it under: Article IV's relief refused, or none (a world taken). */
  article: Article | null = 'IV',
): War | null {
  const strength = ctx.rules.lasting.reliefGrudgeStrength;
  if (strength <= 0) return null;
  const s = ctx.s;
  const id = `${eventId}-refused-${party}-${ctx.year}`;
  if (s.wars.some((w) => w.id === id)) return null;
  const war: War = {
    id,
    eventId,
    thirdPower,
    victim: party,
    since: ctx.year + 1,
    until: ctx.year + 1,
    strength,
    target: null,
    aidedBy: [],
    raiders: null,
    armedBy: [],
    supportedBy: [],
    took: [],
  };
  if (warTarget(ctx, war) === null) return null;
  s.wars.push(war);
  // Named now, it strikes after the warning years (the year after, without a warning).
  let named: string | null = null;
  if (ctx.rules.threats.warningYears > 0) {
    war.since -= 1;
    war.until -= 1;
    named = announceThreat(ctx, war);
  }
  note(ctx, {
    kind: 'war',
    party,
    article,
    cause: { event: eventId, rule: 'debt/grudge' },
    text: `${sentence(theThirdPower(s, thirdPower))} sends raiders against ${PARTY_NAMES[party]}, ${why}.${named ? ` ${sentence(named)}` : ''}`,
  });
  return war;
}

/**
 * Step g: a grudge for relief refused flares again every `lasting.reliefGrudgeRaidEvery` years while
 * it lasts (rules version 11): a border war that keeps returning, not one blow to weather.
 */
export function grudgeRaids(ctx: Ctx): void {
  const s = ctx.s;
  const l = ctx.rules.lasting;
  if (s.debts.length === 0) return;
  renewOccupations(ctx);
  if (l.reliefGrudgeRaidEvery <= 0) return;
  for (const d of s.debts) {
    if (d.kind !== 'grudge' || isParty(d.by) || d.until <= ctx.year) continue;
    const since = ctx.year - d.since;
    if (since <= 0 || since % l.reliefGrudgeRaidEvery !== 0) continue;
    if (isConquestGrudge(d))
      avenge(
        ctx,
        d.by,
        d.of,
        d.eventId,
        `against which it holds a grudge ${untilYear(ctx.s, d.until)}`,
        null,
      );
    else avenge(ctx, d.by, d.of, d.eventId);
  }
}

/**
 * The year a raid a grudge names in `named` strikes: `avenge` names it the warning years ahead
 * (`announceThreat`), or the year after without a warning.
 */
export function raidStrikes(s: GameState, named: number): number {
  return named + Math.max(1, s.rules.threats.warningYears);
}

/**
 * Whether a raid a grudge names in `named` strikes within the game: the last year is not played. A
 * card that promised a raid after the end read as a threat that never came (Centennial Eve's
 * conquest promised "another every 8 years" in a five-year game).
 */
export function raidInGame(s: GameState, named: number): boolean {
  return raidStrikes(s, named) < s.lastYear;
}

/**
 * The first year after `after` in which a grudge that began in `since` names its next raid
 * (`grudgeRaids`: every `lasting.reliefGrudgeRaidEvery` years from its start), or null with none.
 */
export function nextGrudgeRaid(s: GameState, since: number, after: number): number | null {
  const every = s.rules.lasting.reliefGrudgeRaidEvery;
  if (every <= 0) return null;
  const k = Math.max(1, Math.floor((after - since) / every) + 1);
  return since + k * every;
}

/** The cause a grudge for a world taken names (`conquest-<world>-<year>`): no event, no article. */
const CONQUEST = 'conquest-';

/** Whether a debt is a third power's grudge for a world taken (renewed while the world is held). */
export function isConquestGrudge(d: Debt): boolean {
  return d.kind === 'grudge' && d.eventId.startsWith(CONQUEST);
}

/**
 * Whether taking `system` from `thirdPower` earns its grudge (rules version 28): a world of its own,
 * with the rule on, that leaves `party` holding more worlds than it held at the start (`taken`: the
 * world is `party`'s already). The quadrant's powers accept a signatory making good its losses, not
 * one growing beyond its borders of the Accords.
 */
export function earnsGrudge(
  s: GameState,
  thirdPower: string,
  party: Party,
  system: string,
  taken: boolean,
): boolean {
  if (s.rules.lasting.conquestGrudgeYears <= 0 || !isHomeworld(s, thirdPower, system)) return false;
  let held = taken ? 0 : 1;
  for (const x of s.systems) if (x.owner === party) held++;
  return held > powerOf(s, party).startWorlds;
}

/**
 * A third power's grudge that ends this year is renewed while the party it is held against still holds
 * a world of its own (rules version 28): it does not forget while its world is occupied.
 */
function renewOccupations(ctx: Ctx): void {
  const years = ctx.rules.lasting.conquestGrudgeYears;
  if (years <= 0) return;
  const s = ctx.s;
  for (const d of s.debts) {
    if (!isConquestGrudge(d) || d.until !== ctx.year) continue;
    // The world its raids come for first (articles/article-iii.ts `lostWorld`).
    const id = heldHomeworld(s, d.by, d.of);
    const held = id === null ? undefined : findSystem(s, id);
    if (!held) continue;
    const who = PARTY_NAMES[d.of];
    const says = `${sentence(theThirdPower(s, d.by))} has not forgotten: ${who} still holds ${held.name}, and its grudge against ${who} lasts ${untilYear(s, ctx.year + years)}; its wars seek ${who}'s worlds first.`;
    remember(ctx, d.by, d.of, 'grudge', years, `${CONQUEST}${held.id}-${ctx.year}`, 0, {
      text: says,
      article: null,
      since: d.since,
    });
  }
}

/**
 * A party took a world the third power held when the game began, and holds more worlds than at the
 * start (rules version 28: `earnsGrudge`): that power holds the grudge of relief refused against it
 * for `lasting.conquestGrudgeYears` years — a raid at once (named a year ahead; its wars strike their
 * own worlds first, so it comes for the world taken), again every `lasting.reliefGrudgeRaidEvery`
 * years while it lasts, and its wars that may choose their victim seek the taker's worlds first. It
 * is renewed while the world is held (`renewOccupations`), and the world, occupied, banks no security
 * beyond the start while it lasts (./scoring.ts `isOccupied`). Any gratitude for relief it held ends
 * with it. Why: playtest 40's Empire took five worlds of its neighbours, broke no article, and doubled
 * its security and its prosperity: the strongest play of the game was a conquest that cost nothing
 * after the battle.
 */
export function conquestGrudge(ctx: Ctx, thirdPower: string, party: Party, system: System): void {
  if (!earnsGrudge(ctx.s, thirdPower, party, system.id, true)) return;
  const years = ctx.rules.lasting.conquestGrudgeYears;
  const eventId = `${CONQUEST}${system.id}-${ctx.year}`;
  const who = PARTY_NAMES[party];
  const says = `${sentence(theThirdPower(ctx.s, thirdPower))} will not forget that ${who} took ${system.name}: a grudge against ${who} ${untilYear(ctx.s, ctx.year + years)}; its wars seek ${who}'s worlds first, and relief will not heal it.`;
  // A grudge it holds already that lasts longer is not shortened by a new one (the raid still comes).
  const before = debtOf(ctx.s, thirdPower, party);
  if (before?.kind !== 'grudge' || before.until < ctx.year + years)
    remember(ctx, thirdPower, party, 'grudge', years, eventId, 0, { text: says, article: null });
  avenge(ctx, thirdPower, party, eventId, `which took ${system.name}`, null);
}
