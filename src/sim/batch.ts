// Batch runs: play many seeded games and sum them up in one table. The per-game summary is pure
// data, so games can be played in any order (or on any worker) and the table is the same.

import type { GameError } from './game';
import type { OrderType } from './orders';
import type { Scenario } from './scenario/schema';
import { simulate } from './simulate';
import { ARTICLES, type Article, PARTIES, type Party, type Result } from './types';
import { industryOf } from './world';

export interface GameSummary {
  index: number;
  seed: string;
  resultKind: string;
  endYear: number;
  /** The game reached its last year with the Accords in force (or strained). */
  reachedInForce: boolean;
  standing: Record<Party, number>;
  support: Record<Party, number>;
  industry: Record<Party, number>;
  grades: Record<Party, string> | null;
  /** Each power's final score; null for a game that ended without scores. */
  scores: Record<Party, number> | null;
  violations: Record<Party, Partial<Record<Article, number>>>;
  orders: Record<Party, Partial<Record<OrderType, number>>>;
}

export function batchSeed(prefix: string, index: number): string {
  return `${prefix}${index}`;
}

export function playSummary(
  scenario: Scenario,
  index: number,
  seedPrefix: string,
  policies: Record<Party, string>,
): Result<GameSummary, GameError> {
  const seed = batchSeed(seedPrefix, index);
  const orders: GameSummary['orders'] = { federation: {}, klingon: {} };
  const out = simulate(scenario, {
    seed,
    policies,
    onTurn: (_report, _state, given) => {
      for (const party of PARTIES) {
        for (const o of given[party]) orders[party][o.type] = (orders[party][o.type] ?? 0) + 1;
      }
    },
  });
  if (!out.ok) return out;
  const s = out.value.state;
  const violations: GameSummary['violations'] = { federation: {}, klingon: {} };
  for (const e of s.ledger) {
    if (e.kind === 'reward' || e.article === null) continue;
    violations[e.party][e.article] = (violations[e.party][e.article] ?? 0) + 1;
  }
  const per = <T>(f: (p: Party) => T): Record<Party, T> => ({
    federation: f('federation'),
    klingon: f('klingon'),
  });
  return {
    ok: true,
    value: {
      index,
      seed,
      resultKind: s.result?.kind ?? 'unfinished',
      endYear: s.year,
      reachedInForce: s.result?.kind === 'centennial',
      standing: per((p) => s.powers[p].standing),
      support: per((p) => s.powers[p].support),
      industry: per((p) => industryOf(s, p)),
      grades: s.result?.grades ?? null,
      scores: s.result?.scores ?? null,
      violations,
      orders,
    },
  };
}

export interface BatchTable {
  games: number;
  reachedInForce: number;
  reachedInForceShare: number;
  results: Record<string, number>;
  meanEndYear: number;
  mean: Record<'standing' | 'support' | 'industry', Record<Party, number>>;
  /** Violations seen per game, by article. */
  violationsPerGame: Record<Party, Record<Article, number>>;
  grades: Record<Party, Record<string, number>>;
  /** Each power's order types, as shares of all its orders, most used first. */
  orderShares: Record<Party, { type: OrderType; share: number }[]>;
}

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

/** Sum up summaries (in index order, so the table never depends on the order games finished). */
export function tabulate(input: readonly GameSummary[]): BatchTable {
  const games = [...input].sort((a, b) => a.index - b.index);
  const n = Math.max(1, games.length);
  const results: Record<string, number> = {};
  const grades: BatchTable['grades'] = { federation: {}, klingon: {} };
  const sums = {
    standing: { federation: 0, klingon: 0 },
    support: { federation: 0, klingon: 0 },
    industry: { federation: 0, klingon: 0 },
  };
  const viol: BatchTable['violationsPerGame'] = {
    federation: Object.fromEntries(ARTICLES.map((a) => [a, 0])) as Record<Article, number>,
    klingon: Object.fromEntries(ARTICLES.map((a) => [a, 0])) as Record<Article, number>,
  };
  const orderCounts: Record<Party, Map<OrderType, number>> = { federation: new Map(), klingon: new Map() };
  let reached = 0;
  let years = 0;
  for (const g of games) {
    results[g.resultKind] = (results[g.resultKind] ?? 0) + 1;
    if (g.reachedInForce) reached++;
    years += g.endYear;
    for (const p of PARTIES) {
      sums.standing[p] += g.standing[p];
      sums.support[p] += g.support[p];
      sums.industry[p] += g.industry[p];
      if (g.grades) grades[p][g.grades[p]] = (grades[p][g.grades[p]] ?? 0) + 1;
      for (const a of ARTICLES) viol[p][a] += g.violations[p][a] ?? 0;
      for (const [type, count] of Object.entries(g.orders[p]) as [OrderType, number][]) {
        orderCounts[p].set(type, (orderCounts[p].get(type) ?? 0) + count);
      }
    }
  }
  const mean = (rec: Record<Party, number>) => ({
    federation: round(rec.federation / n, 1),
    klingon: round(rec.klingon / n, 1),
  });
  const shares = (m: Map<OrderType, number>) => {
    const total = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    return [...m.entries()]
      .map(([type, c]) => ({ type, share: round(c / total, 3) }))
      .sort((a, b) => b.share - a.share || (a.type < b.type ? -1 : 1));
  };
  for (const p of PARTIES) for (const a of ARTICLES) viol[p][a] = round(viol[p][a] / n, 2);
  return {
    games: games.length,
    reachedInForce: reached,
    reachedInForceShare: round(reached / n, 3),
    results,
    meanEndYear: round(years / n, 1),
    mean: { standing: mean(sums.standing), support: mean(sums.support), industry: mean(sums.industry) },
    violationsPerGame: viol,
    grades,
    orderShares: { federation: shares(orderCounts.federation), klingon: shares(orderCounts.klingon) },
  };
}
