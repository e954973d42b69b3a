// The Events tab's line when no card asks anything: what the year still holds for the power — the
// ebb of a high standing and the acts of faith open, the answers to the other's breaches, and the
// Council's blame while the Accords are strained.
import {
  ACTS_OF_FAITH_WORDS,
  type AidObligation,
  answerableUntil,
  type GameState,
  type Order,
  otherParty,
  type Party,
  powerName,
  summitRewardedWithin,
  untilYear,
  wrongedAsTheYearOpened,
} from '../../sim/index';
import { worldName } from './event-words';
import { PARTY_NAMES, PARTY_TITLES } from './names';
import { num } from './numbers';

/**
 * A year that asks nothing of the side, in words, and what a high standing still asks (playtest 26
 * read "Nothing is asked of you this year", then "−1 · No act of faith this year" in the report),
 * with the acts of faith `choices` (the orders it may give) hold this year: playtest 33 read the whole
 * list four years running with none of them on offer.
 */
export function nothingAsked(s: GameState, party: Party, choices: readonly Order[]): string {
  return `${asked(s, party, choices)}${answersOpen(s, party, choices)}${blameAhead(s, party, choices)}`;
}

/**
 * The Council's blame the year's end brings while the Accords are strained, and whether an answer
 * open now would spare this side's government (playtest 38 read "Nothing is asked of you this year"
 * and then "−2 · both governments are blamed" in seven reports). Step i judges it as the year stands
 * (src/sim/support.ts): strained now, they are strained at step i.
 */
function blameAhead(s: GameState, party: Party, choices: readonly Order[]): string {
  const cost = s.rules.support.strainedPerYear;
  if (s.status !== 'strained' || cost >= 0) return '';
  const line = s.rules.treaty.strainedBelow;
  const other = otherParty(party);
  const own = s.powers[party].standing;
  const blamed = `the Council blames your government at the year's end (${num(cost)} support)`;
  if (own < line)
    return ` The Accords are strained, your own standing (${own}) below ${line}: ${blamed}, whatever you answer.`;
  if (s.powers[party].embassyClosed?.how === 'recalled')
    return ` The Accords are strained: your embassy, recalled in protest, spares your government the Council's blame.`;
  const why = `The Accords are strained (${PARTY_NAMES[other]}'s standing is ${s.powers[other].standing}, below ${line})`;
  // Rules version 26: silence is blamed only where a breach of the other's asked an answer.
  if (!wrongedAsTheYearOpened(s, party))
    return ` ${why}: no breach of ${PARTY_NAMES[other]}'s seen lately asks an answer of you, and the Council blames only its government, while your standing holds at ${line} or more.`;
  const answers = choices.some((o) => o.type === 'demand-reparations' || o.type === 'embargo');
  if (answers)
    return ` The Accords are strained: ${blamed} unless you answer ${PARTY_NAMES[other]}'s breaches seen lately this year with a demand for reparations or sanctions.`;
  return ` ${why}: ${blamed}: ${PARTY_NAMES[other]}'s breaches seen lately go unanswered, and no answer to them is open to you this year.`;
}

/**
 * The answers the Orders tab holds to the other's breaches seen lately (playtest 37 read "Nothing is
 * asked of you this year" while the Orders tab offered them), and until when.
 */
function answersOpen(s: GameState, party: Party, choices: readonly Order[]): string {
  const until = answerableUntil(s, otherParty(party));
  if (until === null) return '';
  const ways: string[] = [];
  if (choices.some((o) => o.type === 'protest')) ways.push('a protest');
  if (choices.some((o) => o.type === 'demand-reparations')) ways.push('a demand for reparations');
  if (choices.some((o) => o.type === 'embargo')) ways.push('sanctions');
  if (choices.some((o) => o.type === 'embassy' && o.action === 'recall')) ways.push('a recall in protest');
  if (ways.length === 0) return '';
  return ` ${PARTY_TITLES[otherParty(party)]}'s breaches seen lately may be answered ${untilYear(s, until)}: the Orders tab holds ${ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways.at(-1)}` : ways[0]}.`;
}

function asked(s: GameState, party: Party, choices: readonly Order[]): string {
  const r = s.rules.rewards;
  const standing = s.powers[party].standing;
  if (standing <= r.driftAbove || r.drift <= 0) return 'Nothing is asked of you this year.';
  // Aid given in full before, judged at this year's end, is the year's act of faith (playtest 36 read
  // "none is open to you this year: it will ebb" beside Cardassia's aid, the need met, and no ebb came).
  const judged = s.obligations.find(
    (o): o is AidObligation =>
      o.kind === 'aid' && o.deadline === s.year && o.need > 0 && o.delivered[party] >= o.need,
  );
  if (judged)
    return `Nothing is asked of you this year. Your aid for ${powerName(s, judged.victim)}, given in full, is judged at the year's end: an act of faith, so your standing of ${standing} does not ebb.`;
  const ebb = `Nothing is asked of you this year. But your standing of ${standing} is above ${r.driftAbove}: it ebbs by ${Math.min(r.drift, standing - r.driftAbove)} at the year's end unless you make an act of faith`;
  const open = actsOfFaithOpen(s, party, choices);
  return open.length > 0
    ? `${ebb}. This year you may ${open.join(', or ')}.`
    : `${ebb} (${ACTS_OF_FAITH_WORDS}), and none is open to you this year: it will ebb.`;
}

/** The acts of faith among `choices` when no card asks anything: arbitration, and a rewarded summit. */
function actsOfFaithOpen(s: GameState, party: Party, choices: readonly Order[]): string[] {
  const out: string[] = [];
  for (const o of choices)
    if (o.type === 'arbitrate') out.push(`take ${worldName(s, o.dispute)} to arbitration`);
  const other = PARTY_NAMES[otherParty(party)];
  if (
    choices.some((o) => o.type === 'summit') &&
    !summitRewardedWithin(s, party, s.rules.rewards.summitEveryYears)
  )
    out.push(`propose a summit (it counts if ${other} proposes one too)`);
  return out;
}
