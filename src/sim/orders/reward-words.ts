// What a reward will really add to a power's standing, for the cards that promise one. Rewards
// shrink near the top (ledger.ts `shrunk`, the rules' own function): the playtest read "+3" on cards
// that paid +2, and "+2 standing to both" on a summit that paid nothing.
import { halvedAbove } from '../context';
import { isActOfFaith, shrunk } from '../ledger';
import { lastSummitRewarded, summitRewardedWithin } from '../treaty';
import { type GameState, type Party, powerOf } from '../types';

/** The standing a reward of `amount` adds to `party` at its standing now (as ledger.ts `reward` pays it). */
export function rewardNow(s: GameState, party: Party, amount: number): number {
  if (amount <= 0) return 0;
  return shrunk(s.rules.rewards.shrinkAbove, powerOf(s, party).standing, amount);
}

const NONE = 'no standing';

/**
 * What a reward earns `you` and the other power (`other`, its name), in words that follow "it
 * earns": once when the words are the same for both ("both powers +2 standing", "neither power any
 * standing (…)"), the playtest's summit card having said the same long reason twice.
 */
export function earnsEach(mine: string, theirs: string, other: string): string {
  if (mine !== theirs) return `you ${mine}, and ${other} ${theirs}`;
  return mine.startsWith(NONE)
    ? `neither power any standing${mine.slice(NONE.length)}`
    : `both powers ${mine}`;
}

/**
 * A reward in words, as it will be paid at `party`'s standing now: "+3 standing", "+2 standing (3,
 * less near the top: a standing of 89)", or "no standing (…)" — and whether the act still counts as
 * an act of faith when it adds nothing (ledger.ts writes the act all the same). `more`: a reward on
 * top of another ("+1 standing more").
 */
export function rewardWords(s: GameState, party: Party, code: string, amount: number, more = false): string {
  // "More" reads after its reward's name: "generous aid adds no more standing" (playtest 38 read
  // "and generous aid no more standing").
  if (amount <= 0) return more ? 'adds no more standing' : NONE;
  const paid = rewardNow(s, party, amount);
  const what = more ? 'standing more' : 'standing';
  if (paid === amount) return `+${amount} ${what}`;
  const standing = powerOf(s, party).standing;
  if (paid > 0) return `+${paid} ${what} (${amount}, less near the top: a standing of ${standing})`;
  const faith = isActOfFaith(code) ? '; it still counts as an act of faith' : '';
  return `${more ? 'adds no more standing' : NONE} (at a standing of ${standing}, this near the top, a reward of ${amount} adds nothing${faith})`;
}

/**
 * What a summit held this year would add to `party`'s standing, in words: nothing when a summit
 * rewarded it within `rewards.summitEveryYears` years (treaty.ts, the rule's own check), unless the
 * Accords are suspended (a summit then always counts).
 */
export function summitWords(s: GameState, party: Party): string {
  const r = s.rules.rewards;
  if (s.status !== 'suspended' && summitRewardedWithin(s, party, r.summitEveryYears)) {
    const last = lastSummitRewarded(s, party);
    const since = last === null ? '' : ` in ${last}; the next pays from ${last + r.summitEveryYears}`;
    return `no standing (a summit was rewarded${since}: once in ${r.summitEveryYears} years)`;
  }
  return rewardWords(s, party, 'summit', r.summit);
}

/**
 * A gain of support in words, as it would be paid at `party`'s support now: "+3 support at home",
 * "+1 support at home (not 2: above 80 a gain counts half, rounded down, and support is 81)" (rules
 * version 16's high line, which playtest 25 found no card told of), "no support (support is at 100)".
 */
export function supportWords(s: GameState, party: Party, gain: number): string {
  const from = powerOf(s, party).support;
  const high = s.rules.support.highLine;
  const halved = from + gain > high ? halvedAbove(from, gain, high) : gain;
  const paid = Math.max(0, Math.min(100 - from, halved));
  if (paid === gain) return `+${gain} support at home`;
  if (from >= 100) return 'no support at home (support is at 100)';
  // Playtest 27 read "+0 support at home (1; above 80 …)" as a sum it could not follow.
  if (paid < halved) return `+${paid} support at home (not ${gain}: support stops at 100)`;
  const gained = paid > 0 ? `+${paid} support at home` : 'no support at home';
  return `${gained} (not ${gain}: above ${high} a gain counts half, rounded down, and support is ${from})`;
}
