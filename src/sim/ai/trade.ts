// What an embargo costs the AI in trade: the pact it ends, or the offer standing it voids (an
// embargo and an acceptance in one year sign nothing: ../articles/article-vi.ts). One price for
// the embargo as a plain breach (./plan.ts) and as sanctions (./answers.ts): the sanctions once
// counted a pact in force only, and voided the offers the same AI accepted that year.
import type { Eval } from './value';

/** Years of a pact's income the AI counts as lost to an embargo. */
const PACT_YEARS_AT_STAKE = 5;

export function embargoTradeCost(e: Eval): number {
  const v = e.v;
  if (!v.tradePact && v.pactProposal === null) return 0;
  return ((e.industry * v.rules.economy.pactPercent) / 100) * PACT_YEARS_AT_STAKE * e.rv;
}
