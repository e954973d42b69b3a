// The end (DESIGN.md section 11): scores and grades at the last year, or the collapse.
import { type GameState, type LedgerEntry, PARTIES, type Party, powerOf } from './types';
import { industryOf } from './world';

export function growthPercent(s: GameState, party: Party): number {
  const start = powerOf(s, party).startIndustry;
  if (start <= 0) return 0;
  const now = industryOf(s, party);
  return Math.min(s.rules.scoring.growthCap, Math.trunc(((now - start) * 100) / start));
}

/** One source of a power's score, in the words the screens show. */
export interface ScoreLine {
  source: 'standing' | 'support' | 'growth' | 'never-suspended';
  label: string;
  points: number;
}

/** Where a power's score comes from: the screens (How to win, the end) show these lines. */
export interface ScoreBreakdown {
  total: number;
  lines: ScoreLine[];
}

export function scoreBreakdown(s: GameState, party: Party): ScoreBreakdown {
  const p = powerOf(s, party);
  const lines: ScoreLine[] = [
    { source: 'standing', label: 'Standing', points: p.standing },
    { source: 'support', label: 'Half of support', points: Math.floor(p.support / 2) },
    { source: 'growth', label: 'Growth of industry (%)', points: growthPercent(s, party) },
    {
      source: 'never-suspended',
      label: 'Accords never suspended',
      points: s.everSuspended ? 0 : s.rules.scoring.neverSuspendedBonus,
    },
  ];
  return { total: lines.reduce((n, l) => n + l.points, 0), lines };
}

export function scoreOf(s: GameState, party: Party): number {
  return scoreBreakdown(s, party).total;
}

export function gradeOf(s: GameState, score: number): string {
  for (const g of s.grades) if (score >= g.min) return g.name;
  return s.grades[s.grades.length - 1]?.name ?? '';
}

export function finalScores(s: GameState): { scores: Record<Party, number>; grades: Record<Party, string> } {
  const scores = { federation: scoreOf(s, 'federation'), klingon: scoreOf(s, 'klingon') };
  return {
    scores,
    grades: { federation: gradeOf(s, scores.federation), klingon: gradeOf(s, scores.klingon) },
  };
}

/** The violations that led to a collapse: those of the last ten years, oldest first. */
export function collapseChain(s: GameState): LedgerEntry[] {
  const since = s.year - s.rules.forgivenessYears;
  return s.ledger.filter((e) => e.kind !== 'reward' && e.article !== null && e.year >= since);
}

/** Ships in the centennial parade: grows with both standings. */
export function paradeSize(s: GameState): number {
  return 2 + Math.floor((PARTIES.reduce((n, p) => n + powerOf(s, p).standing, 0) * 30) / 200);
}
