// The recent ledger as the AI's plan reads it, found in one walk back from its end: the plan once
// walked it for each question it asked (its priors for every code priced, what the other broke for
// every article it might protest, its last summit rewarded), each time over the same years.
// Each answer is the rules' own (src/sim/ledger.ts `priorsByArticle`, src/sim/grievances.ts
// `wrongedBy`, src/sim/treaty.ts `summitRewardedWithin`): tests/unit/ai-year.test.ts holds them equal.
import { SETTLES } from '../grievances';
import { ARTICLES, type GameState, otherParty, type Party } from '../types';

export interface Recent {
  /** The party's priors this year by the article's place in `ARTICLES` (`priorsByArticle`). */
  priors: readonly number[];
  /**
   * The articles the other party broke in sight lately, a bit by place in `ARTICLES`: the party is
   * `wrongedBy` it (under any article when not 0).
   */
  wronged: number;
  /** A summit of the party was rewarded within `rewards.summitEveryYears` (`summitRewardedWithin`). */
  summitRewarded: boolean;
}

export function recentOf(v: GameState, party: Party): Recent {
  const other = otherParty(party);
  const year = v.year;
  const r = v.rules;
  const priorsSince = Math.max(v.signedYear, year - r.forgivenessYears);
  const wrongedSince = year - r.answers.answerYears;
  const summitAfter = year - r.rewards.summitEveryYears;
  const since = Math.min(priorsSince, wrongedSince, summitAfter + 1);
  const priors = ARTICLES.map(() => 0);
  let wronged = 0;
  let summitRewarded = false;
  // Reparations the other paid settle its breaches seen before them (`lastWrongSeen`).
  let settled = false;
  const ledger = v.ledger;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger.item(i);
    if (e.year < since) break;
    if (e.party === party) {
      if (e.kind !== 'reward' && e.article !== null && e.year >= priorsSince) {
        const at = ARTICLES.indexOf(e.article);
        priors[at] = (priors[at] as number) + 1;
      }
      if (e.year > summitAfter && e.code === 'summit') summitRewarded = true;
    } else if (e.party === other && e.year >= wrongedSince && !settled) {
      if (e.kind === 'reward') settled = e.code === SETTLES;
      else if (e.article !== null) wronged |= 1 << ARTICLES.indexOf(e.article);
    }
  }
  return { priors, wronged, summitRewarded };
}

/** Whether the other broke `article` in sight lately (`wrongedBy`), from its bit in `wronged`. */
export function wrongedUnder(recent: Recent, article: number): boolean {
  return (recent.wronged & (1 << article)) !== 0;
}
