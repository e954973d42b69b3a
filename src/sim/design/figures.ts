// The targets' figures, read off the report's rows and the games of the AI pairings.
import { ORDER_TYPES, PARTIES, type Party } from '../index';
import { type DesignJob, LOYAL_ANSWERS, REFERENCE_STRATEGIES } from './plan';
import type { DesignGame } from './play';
import {
  type ChoiceRow,
  type DecisionRow,
  type DesignContext,
  type DesignReport,
  type PairingRow,
  percentile,
  type SeatRow,
} from './report';
import type { DesignFigures } from './targets';

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

export function designFigures(
  context: DesignContext,
  pairingJobs: DesignJob[],
  gamesOf: (j: DesignJob) => DesignGame[],
  pairings: PairingRow[],
  decisions: DecisionRow[],
  orderShares: DesignReport['orderShares'],
  references: SeatRow[],
  answers: SeatRow[],
  eve: SeatRow[],
): DesignFigures {
  const reach: Record<string, number> = {};
  const collapse: Record<string, number> = {};
  const gradeSpread: DesignFigures['gradeSpread'] = [];
  const seen = new Set<string>();
  for (const p of pairings) {
    const n = Math.max(1, p.table.games);
    reach[p.id] = round(p.table.reachedInForce / n);
    collapse[p.id] = round((p.table.results.collapse ?? 0) / n);
    for (const seat of PARTIES) {
      const counts = Object.entries(p.table.grades[seat]).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      for (const [g] of counts) seen.add(g);
      const top = counts[0];
      gradeSpread.push({
        pairing: p.id,
        seat,
        finished: p.finished,
        grade: top?.[0] ?? '',
        share: top ? round(top[1] / Math.max(1, p.finished)) : 0,
      });
    }
  }
  const ll = pairings.find((p) => p.id === 'loyalist-loyalist');
  const top = context.grades[0]?.name ?? '';
  const llGraded = ll ? ll.finished * 2 : 0;
  const llTop = ll ? (ll.table.grades.federation[top] ?? 0) + (ll.table.grades.klingon[top] ?? 0) : 0;

  const all = pairingJobs.flatMap(gamesOf);
  const powerYears = all.reduce((n, g) => n + g.years, 0) * 2 || 1;
  const capShare = (f: (g: DesignGame) => Record<Party, number>) =>
    round(all.reduce((n, g) => n + f(g).federation + f(g).klingon, 0) / powerYears);
  const reserveYears = sorted(
    all
      .filter((g) => g.reachedEnd)
      .flatMap((g) => PARTIES.map((p) => g.reserves[p] / Math.max(1, g.income[p]))),
  );

  const temptation = pairingJobs
    .filter((j) => j.subject === 'pragmatist-loyalist' || j.subject === 'loyalist-pragmatist')
    .map((j) => {
      const prag: Party = j.policies.federation === 'pragmatist' ? 'federation' : 'klingon';
      const loyal: Party = prag === 'federation' ? 'klingon' : 'federation';
      const games = gamesOf(j);
      return {
        pairing: j.id,
        share: round(
          games.filter((g) => g.scores[prag] > g.scores[loyal]).length / Math.max(1, games.length),
        ),
      };
    });

  const pp = pairings.find((p) => p.id === 'pragmatist-pragmatist');
  const survival = (name: string) => {
    const rows = answers.filter((a) => a.subject === name);
    const games = rows.reduce((n, r) => n + r.games, 0);
    return games === 0 ? 0 : round(rows.reduce((n, r) => n + r.reachedEnd * r.games, 0) / games);
  };
  // The first of the loyal answers keeps faith only; the others answer.
  const plain = LOYAL_ANSWERS[0];
  const answered = LOYAL_ANSWERS.filter((a) => a !== plain).map((a) => ({ a, s: survival(a) }));
  const best = answered.reduce((b, x) => (x.s > b.s ? x : b), answered[0] ?? { a: '', s: 0 });

  const violationTypes = context.violationCodes.map((code) => {
    let bestShare = 0;
    let where = '';
    for (const j of pairingJobs) {
      const games = gamesOf(j);
      const share = round(
        games.filter((g) => g.violationCodes.includes(code)).length / Math.max(1, games.length),
      );
      if (share > bestShare) {
        bestShare = share;
        where = j.id;
      }
    }
    return { code, share: bestShare, pairing: where };
  });
  const orderTypes = ORDER_TYPES.map((type) => ({
    type,
    usedBy: orderShares.filter((o) => o.shares.some((s) => s.type === type)).map((o) => o.ai),
  }));
  let lateYears = 0;
  let lateWith = 0;
  let loyalYears = 0;
  let asked = 0;
  const quietRuns: number[] = [];
  for (const j of pairingJobs)
    for (const p of PARTIES) {
      if (j.policies[p] !== 'loyalist') continue;
      for (const g of gamesOf(j)) {
        lateYears += g.lateYears[p];
        lateWith += g.lateYearsWithOrders[p];
        loyalYears += g.years;
        asked += g.askedYears[p];
        quietRuns.push(g.longestQuiet[p]);
      }
    }
  const runs = sorted(quietRuns);

  const topTwo = context.grades.slice(0, 2).map((g) => g.name);
  const simple = REFERENCE_STRATEGIES.map((strategy) => {
    const rows = references.filter((r) => r.subject === strategy);
    const games = rows.reduce((n, r) => n + r.games, 0);
    const hits = rows.reduce((n, r) => n + topTwo.reduce((m, g) => m + (r.grades[g] ?? 0), 0), 0);
    return { strategy, share: games === 0 ? 0 : round(hits / games) };
  });
  const rank = (name: string) => context.eveGrades.findIndex((g) => g.name === name);
  const ceremony = context.eveGrades.findIndex((g) => g.id === 'ceremony');
  const eveGrades = eve.flatMap((r) => Object.keys(r.grades)).filter((g) => rank(g) >= 0);
  const eveBest = eveGrades.reduce<string>((b, g) => (b === '' || rank(g) < rank(b) ? g : b), '');

  return {
    reach,
    collapse,
    gradeSpread,
    gradeNames: context.grades.map((g) => g.name),
    gradesSeen: context.grades.map((g) => g.name).filter((g) => seen.has(g)),
    loyalistGrandParade: llGraded === 0 ? null : round(llTop / llGraded),
    standingAtCap: capShare((g) => g.standingAtCap),
    supportAtCap: capShare((g) => g.supportAtCap),
    reserveYears: reserveYears.length === 0 ? null : round(percentile(reserveYears, 50), 2),
    temptation,
    decisions: decisions.map((d) => {
      const topChoice = d.choices.reduce(
        (b, c) => (c.bestShare > b.bestShare ? c : b),
        d.choices[0] as ChoiceRow,
      );
      return {
        kind: d.kind,
        samples: d.samples,
        gapPercent: d.gapPercent,
        topChoice: topChoice.choice,
        topBestShare: topChoice.bestShare,
      };
    }),
    suspendedGames: pp?.suspended ?? 0,
    restoredShare: pp && pp.suspended > 0 ? round(pp.restored / pp.suspended) : null,
    survivalPlain: survival(plain),
    survivalBest: best.s,
    bestAnswer: best.a,
    violationTypes,
    orderTypes,
    topOrders: orderShares.map((o) => ({
      ai: o.ai,
      type: o.shares[0]?.type ?? '',
      share: o.shares[0]?.share ?? 0,
    })),
    loyalistLate: lateYears === 0 ? null : round(lateWith / lateYears),
    loyalistAsked: loyalYears === 0 ? null : round(asked / loyalYears),
    loyalistQuiet:
      runs.length === 0 ? null : { median: percentile(runs, 50), max: runs[runs.length - 1] ?? 0 },
    simple,
    eveBest,
    eveWithinCeremony: ceremony >= 0 && eveGrades.every((g) => rank(g) >= ceremony),
  };
}
