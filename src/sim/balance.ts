// The balance targets of DESIGN.md section 14, checked against batch tables of AI pairings.
import type { BatchTable } from './batch';
import { AI_PERSONALITIES, type AiPersonality } from './support';
import { PARTIES } from './types';

export type Pairing = `${AiPersonality}-${AiPersonality}`;

export function pairingOf(federation: AiPersonality, klingon: AiPersonality): Pairing {
  return `${federation}-${klingon}`;
}

export const ALL_PAIRINGS: [AiPersonality, AiPersonality][] = AI_PERSONALITIES.flatMap((f) =>
  AI_PERSONALITIES.map((k) => [f, k] as [AiPersonality, AiPersonality]),
);

export interface TargetCheck {
  target: string;
  measured: string;
  ok: boolean;
}

export interface Tolerance {
  /** Slack on each share target (0 for the real targets; a quick run of few seeds gets some). */
  share: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The mean of a quantity over every seat a personality held, side by side, across the pairings
 * (only those against `facing`, when given).
 */
function seatMean(
  tables: Partial<Record<Pairing, BatchTable>>,
  who: AiPersonality,
  key: 'standing' | 'industry',
  facing?: AiPersonality,
) {
  let sum = 0;
  let seats = 0;
  for (const [f, k] of ALL_PAIRINGS) {
    const t = tables[pairingOf(f, k)];
    if (!t) continue;
    for (const side of PARTIES) {
      if ((side === 'federation' ? f : k) !== who) continue;
      if (facing !== undefined && (side === 'federation' ? k : f) !== facing) continue;
      sum += t.mean[key][side] * t.games;
      seats += t.games;
    }
  }
  return seats === 0 ? Number.NaN : sum / seats;
}

export function checkBalance(
  tables: Partial<Record<Pairing, BatchTable>>,
  tol: Tolerance = { share: 0 },
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const share = (p: Pairing, kind: 'reach' | 'collapse') => {
    const t = tables[p];
    if (!t) return Number.NaN;
    return kind === 'reach' ? t.reachedInForceShare : (t.results.collapse ?? 0) / Math.max(1, t.games);
  };
  const ll = share('loyalist-loyalist', 'reach');
  checks.push({
    target: 'loyalist vs loyalist: the Accords reach the last year in ≥ 90% of games',
    measured: pct(ll),
    ok: ll >= 0.9 - tol.share,
  });
  const hh = share('hawk-hawk', 'collapse');
  checks.push({
    target: 'hawk vs hawk: the Accords collapse in ≥ 70% of games',
    measured: pct(hh),
    ok: hh >= 0.7 - tol.share,
  });
  const pp = share('pragmatist-pragmatist', 'reach');
  checks.push({
    target: 'pragmatist vs pragmatist: the Accords reach the last year in 40–80% of games',
    measured: pct(pp),
    ok: pp >= 0.4 - tol.share && pp <= 0.8 + tol.share,
  });
  const ls = seatMean(tables, 'loyalist', 'standing');
  const ps = seatMean(tables, 'pragmatist', 'standing');
  checks.push({
    target: 'a loyalist ends with more standing than a pragmatist, on average',
    measured: `${ls.toFixed(1)} against ${ps.toFixed(1)}`,
    ok: ls > ps,
  });
  // Head to head: industry grows all century (rules version 7), so a mean over pairings whose games
  // last different lengths would measure how long they last, not what breaking faith pays.
  const li = seatMean(tables, 'loyalist', 'industry', 'pragmatist');
  const pi = seatMean(tables, 'pragmatist', 'industry', 'loyalist');
  checks.push({
    target: 'a pragmatist ends with more industry than a loyalist, on average',
    measured: `${pi.toFixed(1)} against ${li.toFixed(1)}`,
    ok: pi > li,
  });
  // "No single order type is more than 40% of the orders of the best AI": checked for every AI.
  let worst = { who: '', type: '', share: 0 };
  for (const [f, k] of ALL_PAIRINGS) {
    const t = tables[pairingOf(f, k)];
    if (!t) continue;
    for (const side of PARTIES) {
      const top = t.orderShares[side][0];
      if (top && top.share > worst.share)
        worst = {
          who: `${side === 'federation' ? f : k} (${f} vs ${k}, ${side})`,
          type: top.type,
          share: top.share,
        };
    }
  }
  checks.push({
    target: 'no order type is more than 40% of any AI’s orders',
    measured: `the most: ${worst.type} ${pct(worst.share)} for the ${worst.who}`,
    ok: worst.share <= 0.4,
  });
  return checks;
}
