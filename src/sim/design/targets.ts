// The targets of issue 16 ("A century of real decisions"), checked against a report's figures.
// Pure: the figures are plain numbers, so a test can hand it passing or failing ones.
import type { Party, TargetCheck } from '../index';

/** What the targets read, already summed up from the games. Shares are 0–1; null: nothing to measure. */
export interface DesignFigures {
  /** Per AI pairing (`loyalist-hawk`): share of games reaching the last year in force, and collapsing. */
  reach: Record<string, number>;
  collapse: Record<string, number>;
  /** Per pairing and seat: the games that reached the end with a grade, and the commonest grade's share. */
  gradeSpread: { pairing: string; seat: Party; finished: number; grade: string; share: number }[];
  /** The scenario's grades, best first, and those some AI pairing's power reached. */
  gradeNames: string[];
  gradesSeen: string[];
  /** Loyalist vs loyalist: share of the graded powers that reached Grand Parade. */
  loyalistGrandParade: number | null;
  standingAtCap: number;
  supportAtCap: number;
  /** Median over the powers of games that reached the last year: reserves ÷ a year's income. */
  reserveYears: number | null;
  /** Pragmatist vs loyalist, each seating: share of seeds the pragmatist out-scores the loyalist. */
  temptation: { pairing: string; share: number }[];
  /** Per kind of decision: samples, best minus worst choice in % of the score spread, the most often best choice's share. */
  decisions: { kind: string; samples: number; gapPercent: number; topChoice: string; topBestShare: number }[];
  /** Pragmatist vs pragmatist: games with a suspension, and the share of those restored. */
  suspendedGames: number;
  restoredShare: number | null;
  /** A loyal side facing a hawk: survival keeping faith only, and with its best answer. */
  survivalPlain: number;
  survivalBest: number;
  bestAnswer: string;
  /** Each violation type (every code of the rules' costs): its largest share of games in a pairing. */
  violationTypes: { code: string; share: number; pairing: string }[];
  /** Each order type: the AIs that used it. */
  orderTypes: { type: string; usedBy: string[] }[];
  /** Each AI's most used order type and its share of that AI's orders. */
  topOrders: { ai: string; type: string; share: number }[];
  /** The loyalist's years after 2373 with at least one order, as a share. */
  loyalistLate: number | null;
  /** The loyalist's years in which a new event asked it something, as a share (no target: a measure). */
  loyalistAsked: number | null;
  /** The loyalist's longest run of years a game with nothing new asked: the median and the most. */
  loyalistQuiet: { median: number; max: number } | null;
  /** Each simple strategy: share of its games that reached one of the top two grades. */
  simple: { strategy: string; share: number }[];
  /** Centennial Eve, a power that only ends turns: its best grade, and whether it is Ceremony or below. */
  eveBest: string;
  eveWithinCeremony: boolean;
}

const pct = (x: number | null) => (x === null || Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/** Decisions that count toward the decision target: enough samples to say anything. */
export const MIN_DECISION_SAMPLES = 20;
/** A pairing's grades count toward the spread target from this many finished games. */
export const MIN_FINISHED = 50;
/** The simple strategies held to the top-two-grades target. */
export const PASSIVE_STRATEGIES = ['idle', 'develop-only', 'talk-only'] as const;

export function checkDesign(f: DesignFigures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, ok: boolean) => checks.push({ target, measured, ok });
  const share = (r: Record<string, number>, k: string) => r[k] ?? Number.NaN;

  const ll = share(f.reach, 'loyalist-loyalist');
  add('loyalist vs loyalist reaches 2393 in force in ≥ 90% of games', pct(ll), ll >= 0.9);
  const hh = share(f.collapse, 'hawk-hawk');
  add('hawk vs hawk collapses in ≥ 70% of games', pct(hh), hh >= 0.7);
  const pp = share(f.reach, 'pragmatist-pragmatist');
  add('pragmatist vs pragmatist reaches 2393 in force in 40–80% of games', pct(pp), pp >= 0.4 && pp <= 0.8);

  const spread = f.gradeSpread.filter((g) => g.finished >= MIN_FINISHED);
  const worst = spread.reduce<(typeof spread)[number] | null>(
    (w, g) => (!w || g.share > w.share ? g : w),
    null,
  );
  add(
    `grades: no pairing (seat by seat) with ≥ ${MIN_FINISHED} finished games ends in one grade in more than 60% of them`,
    worst
      ? `the most: ${worst.grade} ${pct(worst.share)} (${worst.pairing}, ${worst.seat})`
      : 'no pairing finished enough games',
    spread.length > 0 && spread.every((g) => g.share <= 0.6),
  );
  const missing = f.gradeNames.filter((g) => !f.gradesSeen.includes(g));
  add(
    'grades: every grade occurs (AI pairings)',
    missing.length === 0 ? `all ${f.gradeNames.length} occur` : `never: ${missing.join(', ')}`,
    missing.length === 0 && f.gradeNames.length > 0,
  );
  add(
    'grades: loyalist vs loyalist ends in Grand Parade in at most 40%',
    pct(f.loyalistGrandParade),
    f.loyalistGrandParade !== null && f.loyalistGrandParade <= 0.4,
  );

  add('caps: standing at 100 in ≤ 10% of power-years', pct(f.standingAtCap), f.standingAtCap <= 0.1);
  add('caps: support at 100 in ≤ 10% of power-years', pct(f.supportAtCap), f.supportAtCap <= 0.1);
  add(
    'caps: median unspent reserves at the end ≤ 3 years of income',
    f.reserveYears === null ? 'no game reached the end' : `${f.reserveYears.toFixed(2)} years`,
    f.reserveYears !== null && f.reserveYears <= 3,
  );

  add(
    'temptation: pragmatist vs loyalist (both seatings), the pragmatist out-scores the loyalist in 30–70% of seeds',
    f.temptation.map((t) => `${t.pairing} ${pct(t.share)}`).join('; ') || 'not played',
    f.temptation.length === 2 && f.temptation.every((t) => t.share >= 0.3 && t.share <= 0.7),
  );

  const weighed = f.decisions.filter((d) => d.samples >= MIN_DECISION_SAMPLES);
  const good = weighed.filter((d) => d.gapPercent >= 5 && d.topBestShare <= 0.8);
  add(
    'decisions: for ≥ 6 kinds, best and worst choice differ by ≥ 5% of the score spread and no choice is best in > 80% of seeds',
    `${good.length} kinds (${good.map((d) => d.kind).join(', ') || 'none'}) of ${weighed.length} with ≥ ${MIN_DECISION_SAMPLES} samples`,
    good.length >= 6,
  );

  add(
    'crises: in pragmatist vs pragmatist, ≥ 20% of the games that see a suspension restore the Accords',
    `${pct(f.restoredShare)} of ${f.suspendedGames} games`,
    f.restoredShare !== null && f.restoredShare >= 0.2,
  );
  add(
    'crises: a loyal side facing a hawk survives at least twice as often with its best answers (the loyalist AI’s protests, reparations and sanctions, or one answer pressed: sanctions, suspension, summits) as when it only keeps faith',
    `${pct(f.survivalBest)} (${f.bestAnswer}) against ${pct(f.survivalPlain)}`,
    f.survivalBest >= 2 * f.survivalPlain && f.survivalBest > 0,
  );

  const rare = f.violationTypes.filter((v) => v.share < 0.01);
  add(
    'liveliness: every violation type occurs in ≥ 1% of the games of some pairing',
    rare.length === 0 ? `all ${f.violationTypes.length} do` : `not: ${rare.map((v) => v.code).join(', ')}`,
    rare.length === 0 && f.violationTypes.length > 0,
  );
  const unused = f.orderTypes.filter((o) => o.usedBy.length === 0);
  add(
    'liveliness: every order type is used by some AI',
    unused.length === 0 ? `all ${f.orderTypes.length} are` : `never: ${unused.map((o) => o.type).join(', ')}`,
    unused.length === 0 && f.orderTypes.length > 0,
  );
  const top = f.topOrders.reduce<(typeof f.topOrders)[number] | null>(
    (w, o) => (!w || o.share > w.share ? o : w),
    null,
  );
  add(
    'liveliness: no order type is over 40% of any AI’s orders',
    top ? `the most: ${top.type} ${pct(top.share)} of the ${top.ai}’s` : 'no orders',
    f.topOrders.every((o) => o.share <= 0.4),
  );
  add(
    'liveliness: the loyalist gives at least one order in ≥ 80% of its years after 2373',
    pct(f.loyalistLate),
    f.loyalistLate !== null && f.loyalistLate >= 0.8,
  );

  const passive = f.simple.filter((s) => (PASSIVE_STRATEGIES as readonly string[]).includes(s.strategy));
  add(
    'simple strategies: do nothing, develop only and talk only reach the top two grades in ≤ 5% of seeds',
    passive.map((s) => `${s.strategy} ${pct(s.share)}`).join('; ') || 'not played',
    passive.length === PASSIVE_STRATEGIES.length && passive.every((s) => s.share <= 0.05),
  );
  add(
    'simple strategies: in Centennial Eve, ending turns alone earns no more than Ceremony',
    `the best: ${f.eveBest || 'no grade'}`,
    f.eveWithinCeremony,
  );
  return checks;
}
