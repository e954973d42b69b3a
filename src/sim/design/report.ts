// The design report: the games of every job summed up into tables and the targets' figures. Games
// are taken in (job, index) order, so the report never depends on how the work was spread.
import {
  type BatchTable,
  checkBalance,
  PARTIES,
  type Pairing,
  type Party,
  type TargetCheck,
  tabulate,
} from '../index';
import { DECISION_KINDS, KINDS } from './decisions';
import { designFigures } from './figures';
import type { DesignJob } from './plan';
import type { DesignGame } from './play';
import { checkDesign, type DesignFigures } from './targets';

export interface Grade {
  id: string;
  name: string;
  min: number;
}

/** What the report needs to know of the scenarios: their grades (best first) and violation codes. */
export interface DesignContext {
  games: number;
  branches: number;
  grades: Grade[];
  eveGrades: Grade[];
  violationCodes: string[];
}

export interface PairingRow {
  id: string;
  policies: Record<Party, string>;
  table: BatchTable;
  /** Graded games (reached 2393 in force). */
  finished: number;
  /** Each power's final scores: median and the 5th–95th percentile spread. */
  score: Record<Party, { p5: number; median: number; p95: number }>;
  standingAtCap: number;
  supportAtCap: number;
  reserves: { median: number; medianYears: number } | null;
  suspended: number;
  restored: number;
}

export interface ChoiceRow {
  choice: string;
  /** Samples in which it could be given. */
  n: number;
  meanScore: number;
  /** Mean change from the game as the AI played it, in points and in % of the pairing's score spread. */
  meanEffect: number;
  meanEffectPercent: number;
  bestShare: number;
}

export interface DecisionRow {
  kind: string;
  label: string;
  samples: number;
  /** The mean 5th–95th percentile spread of the final scores of the samples' pairings and sides. */
  spread: number;
  gapPercent: number;
  choices: ChoiceRow[];
}

export interface SeatRow {
  job: string;
  subject: string;
  seat: Party;
  /** The policy of the other seat. */
  opponent: string;
  games: number;
  results: Record<string, number>;
  /** The studied power's grades (games that ended in force), and its mean final score. */
  grades: Record<string, number>;
  meanScore: number;
  reachedEnd: number;
}

export interface DesignReport {
  context: DesignContext;
  pairings: PairingRow[];
  /** DESIGN.md section 14's targets, as `npm run balance` checks them (for the record, not the exit code). */
  balance: TargetCheck[];
  decisions: DecisionRow[];
  references: SeatRow[];
  answers: SeatRow[];
  eve: SeatRow[];
  /** Each AI's order types, as shares of all its orders (every pairing, every seat), most used first. */
  orderShares: { ai: string; shares: { type: string; share: number }[] }[];
  figures: DesignFigures;
  checks: TargetCheck[];
}

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

/** The nearest-rank percentile of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at] as number;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

function pairingRow(job: DesignJob, games: DesignGame[]): PairingRow {
  const table = tabulate(games.map((g) => g.summary));
  const years = games.reduce((n, g) => n + g.years, 0) * 2 || 1;
  const sum = (f: (g: DesignGame) => number) => games.reduce((n, g) => n + f(g), 0);
  const ends = games.filter((g) => g.reachedEnd);
  const reserves = ends.flatMap((g) => PARTIES.map((p) => g.reserves[p]));
  const reserveYears = ends.flatMap((g) => PARTIES.map((p) => g.reserves[p] / Math.max(1, g.income[p])));
  const score = (p: Party) => {
    const xs = sorted(games.map((g) => g.scores[p]));
    return { p5: percentile(xs, 5), median: percentile(xs, 50), p95: percentile(xs, 95) };
  };
  return {
    id: job.id,
    policies: job.policies,
    table,
    finished: games.filter((g) => g.summary.grades !== null).length,
    score: { federation: score('federation'), klingon: score('klingon') },
    standingAtCap: round(sum((g) => g.standingAtCap.federation + g.standingAtCap.klingon) / years),
    supportAtCap: round(sum((g) => g.supportAtCap.federation + g.supportAtCap.klingon) / years),
    reserves:
      ends.length === 0
        ? null
        : {
            median: percentile(sorted(reserves), 50),
            medianYears: round(percentile(sorted(reserveYears), 50), 2),
          },
    suspended: games.filter((g) => g.suspended).length,
    restored: games.filter((g) => g.restored).length,
  };
}

function decisionRows(pairings: Map<string, PairingRow>, games: DesignGame[]): DecisionRow[] {
  return DECISION_KINDS.map((kind) => {
    const choices = KINDS[kind].choices.map((choice) => ({ choice, n: 0, score: 0, effect: 0, best: 0 }));
    let samples = 0;
    let spreads = 0;
    for (const g of games) {
      const row = pairings.get(g.job);
      if (!row) continue;
      for (const s of g.samples) {
        if (s.kind !== kind || s.outcomes.length < 2) continue;
        samples++;
        spreads += row.score[s.party].p95 - row.score[s.party].p5;
        const best = Math.max(...s.outcomes.map((o) => o.score));
        for (const o of s.outcomes) {
          const c = choices.find((x) => x.choice === o.choice);
          if (!c) continue;
          c.n++;
          c.score += o.score;
          c.effect += o.score - s.base;
          if (o.score === best) c.best++;
        }
      }
    }
    // Effects are measured against the mean spread of the samples' pairings and sides: a pairing
    // whose games all collapse has no spread of its own to measure by.
    const spread = Math.max(1, samples === 0 ? 1 : spreads / samples);
    const rows: ChoiceRow[] = choices.map((c) => ({
      choice: c.choice,
      n: c.n,
      meanScore: c.n ? round(c.score / c.n, 2) : 0,
      meanEffect: c.n ? round(c.effect / c.n, 2) : 0,
      meanEffectPercent: c.n ? round((c.effect * 100) / c.n / spread, 2) : 0,
      bestShare: c.n ? round(c.best / c.n) : 0,
    }));
    const seen = choices.filter((c) => c.n > 0).map((c) => (c.effect * 100) / c.n / spread);
    const gap = seen.length >= 2 ? round(Math.max(...seen) - Math.min(...seen), 2) : 0;
    return {
      kind,
      label: KINDS[kind].label,
      samples,
      spread: round(spread, 1),
      gapPercent: gap,
      choices: rows,
    };
  });
}

function seatRow(job: DesignJob, games: DesignGame[]): SeatRow {
  const seat = job.seat as Party;
  const results: Record<string, number> = {};
  const grades: Record<string, number> = {};
  for (const g of games) {
    results[g.summary.resultKind] = (results[g.summary.resultKind] ?? 0) + 1;
    const grade = g.summary.grades?.[seat];
    if (grade) grades[grade] = (grades[grade] ?? 0) + 1;
  }
  const n = Math.max(1, games.length);
  return {
    job: job.id,
    subject: job.subject,
    seat,
    opponent: job.policies[seat === 'federation' ? 'klingon' : 'federation'],
    games: games.length,
    results,
    grades,
    meanScore: round(games.reduce((x, g) => x + g.scores[seat], 0) / n, 2),
    reachedEnd: round(games.filter((g) => g.reachedEnd).length / n),
  };
}

/** Sums up the games (any order) of the plan's jobs into the report and checks the targets. */
export function designReport(
  context: DesignContext,
  jobs: readonly DesignJob[],
  input: readonly DesignGame[],
): DesignReport {
  const byJob = new Map<string, DesignGame[]>(jobs.map((j) => [j.id, []]));
  for (const g of [...input].sort((a, b) => (a.job < b.job ? -1 : a.job > b.job ? 1 : a.index - b.index)))
    byJob.get(g.job)?.push(g);
  const gamesOf = (j: DesignJob) => byJob.get(j.id) ?? [];
  const pairingJobs = jobs.filter((j) => j.group === 'pairing');
  const pairings = pairingJobs.map((j) => pairingRow(j, gamesOf(j)));
  const byPairing = new Map(pairings.map((p) => [p.id, p]));
  const pairingGames = pairingJobs.flatMap(gamesOf);
  const references = jobs.filter((j) => j.group === 'reference').map((j) => seatRow(j, gamesOf(j)));
  const answers = jobs.filter((j) => j.group === 'answer').map((j) => seatRow(j, gamesOf(j)));
  const eve = jobs.filter((j) => j.group === 'eve').map((j) => seatRow(j, gamesOf(j)));
  const decisions = decisionRows(byPairing, pairingGames);

  // Orders by AI, over every pairing and seat.
  const orderCounts = new Map<string, Map<string, number>>();
  for (const j of pairingJobs)
    for (const g of gamesOf(j))
      for (const p of PARTIES) {
        const ai = j.policies[p];
        const m = orderCounts.get(ai) ?? new Map<string, number>();
        orderCounts.set(ai, m);
        for (const [type, n] of Object.entries(g.summary.orders[p]))
          m.set(type, (m.get(type) ?? 0) + (n ?? 0));
      }
  const orderShares = [...orderCounts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ai, m]) => {
      const total = [...m.values()].reduce((a, b) => a + b, 0) || 1;
      const shares = [...m.entries()]
        .map(([type, n]) => ({ type, share: round(n / total) }))
        .sort((a, b) => b.share - a.share || (a.type < b.type ? -1 : 1));
      return { ai, shares };
    });

  const figures = designFigures(
    context,
    pairingJobs,
    gamesOf,
    pairings,
    decisions,
    orderShares,
    references,
    answers,
    eve,
  );
  const tables: Partial<Record<Pairing, BatchTable>> = {};
  for (const p of pairings) tables[p.id as Pairing] = p.table;
  return {
    context,
    pairings,
    balance: checkBalance(tables),
    decisions,
    references,
    answers,
    eve,
    orderShares,
    figures,
    checks: checkDesign(figures),
  };
}
