// Why a violation in the ledger cost what it did: the article's price, raised for each breach of it
// seen before (the repeat), for an exposure's cover-up, and by a protest. Playtest 42 read "−24 ...
// (after a protest)" beside a "−16" for the same breach and could not tell which rule made the
// difference. Worked out from the entry and the rules alone, by the formula the ledger applies.
import { exposureBase, protestedCost, repeatCost } from './ledger';
import type { Rules, ViolationCode } from './scenario/rules';
import type { LedgerEntry } from './types';

/**
 * How a violation's or an exposure's cost was reached, step by step, each raise on what came before
 * ("16, +25% as a repeat of 1 breach of Article V seen in the last 10 years → 20, +50% after a
 * protest → 30"), or '' when it cost the article's price alone (or it is a reward, or a scenario's
 * own line).
 */
export function costWords(rules: Rules, e: LedgerEntry): string {
  if (e.kind === 'reward' || !Object.hasOwn(rules.costs, e.code)) return '';
  const s = { rules };
  const price = rules.costs[e.code as ViolationCode];
  const exposed = e.kind === 'exposure';
  const base = exposed ? exposureBase(s, price) : price;
  const repeated = repeatCost(s, base, e.priors);
  const protested = -e.delta !== repeated && -e.delta === protestedCost(s, repeated);
  if (!exposed && e.priors === 0 && !protested) return '';
  let words = `${price}`;
  if (exposed) words += `, +${rules.detection.exposurePercent - 100}% with the cover-up → ${base}`;
  if (e.priors > 0)
    words += `, +${rules.repeatPercent * e.priors}% as a repeat of ${e.priors} breach${e.priors === 1 ? '' : 'es'} of Article ${e.article} seen in the last ${rules.forgivenessYears} years → ${repeated}`;
  if (protested) words += `, +${rules.answers.protestPercent}% after a protest → ${-e.delta}`;
  return words;
}
