// The design report as Markdown (levels/DESIGN-REPORT.md): the same figures, in a fixed order, with
// nothing that depends on the time or the machine.
import { ARTICLES, PARTIES } from '../index';
import { KINDS } from './decisions';
import { EVE_OPPONENTS, REFERENCE_OPPONENT } from './plan';
import { DESIGN_SEED_PREFIX, LATE_YEAR } from './play';
import type { DesignReport, SeatRow } from './report';
import { MIN_DECISION_SAMPLES, MIN_FINISHED } from './targets';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const list = (r: Record<string, number>) =>
  Object.entries(r)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || '—';

function seatTable(out: string[], rows: SeatRow[], gradeNames: string[]): void {
  out.push(
    `| strategy | seat | against | games | reach the end | mean score | ${gradeNames.join(' | ')} | results |`,
  );
  out.push(`|---|---|---|---|---|---|${gradeNames.map(() => '---').join('|')}|---|`);
  for (const r of rows) {
    const grades = gradeNames.map((g) => pct((r.grades[g] ?? 0) / Math.max(1, r.games)));
    out.push(
      `| ${r.subject} | ${r.seat} | ${r.opponent} | ${r.games} | ${pct(r.reachedEnd)} | ${r.meanScore} | ${grades.join(' | ')} | ${list(r.results)} |`,
    );
  }
}

export function designMarkdown(r: DesignReport): string {
  const c = r.context;
  const gradeNames = c.grades.map((g) => g.name);
  const out: string[] = [];
  const failed = r.checks.filter((x) => !x.ok).length;
  out.push('# Design report of the campaign');
  out.push('');
  out.push('The targets of issue 16 ("A century of real decisions"), measured on `khitomer-accords` (and');
  out.push(
    `Centennial Eve for its one target) with ${c.games} seeds per AI pairing (\`${DESIGN_SEED_PREFIX}0\` … \`${DESIGN_SEED_PREFIX}${c.games - 1}\`). Produced by:`,
  );
  out.push('');
  out.push('```sh');
  out.push(
    `npm run design -- --games ${c.games}${c.branches === 1 ? '' : ` --branches ${c.branches}`} --write`,
  );
  out.push('```');
  out.push('');
  out.push('The same command writes the same file, byte for byte: every game is seeded, and the report is');
  out.push(
    'summed up in a fixed order, whatever the number of worker threads. It exits 1 while a target fails.',
  );
  out.push('');
  out.push('How it is measured:');
  out.push('- A power’s **final score** is the game’s score for it; a game that ends without scores (a');
  out.push(
    '  collapse) scores 0 for both. The **spread** of a pairing’s side is its 5th to 95th percentile.',
  );
  out.push(
    `- **Decisions**: in every AI pairing, ${c.branches} decision${c.branches === 1 ? '' : 's'} of different kinds per game, the kinds and then the decision picked by a hash of the seed (so a rare kind is as likely to be picked as a common one when it occurs). The game is branched at the start of that year, once per choice: the choice is forced (the AI’s own answer to that decision is taken out, in that year and later), and both AIs play on. The effect of a choice is its final score minus the game as the AI played it, in points and in % of the spread (the mean spread of the samples' pairings and sides: a pairing whose games all collapse has none of its own). A choice is **best** in a sample when no other choice scores more (ties count for each); a choice that cannot be given (its order is refused) is left out of that sample.`,
  );
  out.push(
    `- **Simple strategies** play against the ${REFERENCE_OPPONENT}, half the seeds in each seat; the loyal side facing a hawk likewise; Centennial Eve's power that only ends turns plays a sixth of the seeds in each seat against each AI (${EVE_OPPONENTS.join(', ')}). A side **survives** when the game reaches its last year.`,
  );
  out.push(
    '- **Caps** count every power-year of the AI pairings (a year’s record of each power); **reserves** are those of the powers of games that reached 2393, in years of income (reserves ÷ the last year’s industry).',
  );
  out.push('');
  out.push(`## Targets (${r.checks.length - failed} of ${r.checks.length} met)`);
  out.push('');
  out.push('| target | measured | met |');
  out.push('|---|---|---|');
  for (const x of r.checks) out.push(`| ${x.target} | ${x.measured} | ${x.ok ? 'yes' : '**no**'} |`);
  out.push('');

  out.push('## The AI pairings');
  out.push('');
  out.push('Federation first. What `npm run balance` reports, and the grades, caps and reserves.');
  out.push('');
  out.push('| pairing | in force | results | mean end | standing F / K | support F / K | industry F / K |');
  out.push('|---|---|---|---|---|---|---|');
  for (const p of r.pairings) {
    const t = p.table;
    out.push(
      `| ${p.id} | ${pct(t.reachedInForceShare)} | ${list(t.results)} | ${t.meanEndYear} | ${t.mean.standing.federation} / ${t.mean.standing.klingon} | ${t.mean.support.federation} / ${t.mean.support.klingon} | ${t.mean.industry.federation} / ${t.mean.industry.klingon} |`,
    );
  }
  out.push('');
  out.push(
    `### Grades (of the games that reached 2393 in force; the spread target counts from ${MIN_FINISHED})`,
  );
  out.push('');
  out.push(`| pairing | seat | finished | ${gradeNames.join(' | ')} | score p5 / median / p95 |`);
  out.push(`|---|---|---|${gradeNames.map(() => '---').join('|')}|---|`);
  for (const p of r.pairings)
    for (const seat of PARTIES) {
      const g = gradeNames.map((n) => pct((p.table.grades[seat][n] ?? 0) / Math.max(1, p.finished)));
      const s = p.score[seat];
      out.push(`| ${p.id} | ${seat} | ${p.finished} | ${g.join(' | ')} | ${s.p5} / ${s.median} / ${s.p95} |`);
    }
  out.push('');
  out.push('### Caps, reserves, suspensions');
  out.push('');
  out.push(
    '| pairing | standing at 100 | support at 100 | median reserves at the end | in years of income | suspended | restored |',
  );
  out.push('|---|---|---|---|---|---|---|');
  for (const p of r.pairings)
    out.push(
      `| ${p.id} | ${pct(p.standingAtCap)} | ${pct(p.supportAtCap)} | ${p.reserves?.median ?? '—'} | ${p.reserves?.medianYears ?? '—'} | ${p.suspended} | ${p.restored} |`,
    );
  out.push('');
  out.push('### Violations seen per game, by article (F / K)');
  out.push('');
  out.push(`| pairing | ${ARTICLES.map((a) => `Art. ${a}`).join(' | ')} |`);
  out.push(`|---|${ARTICLES.map(() => '---').join('|')}|`);
  for (const p of r.pairings)
    out.push(
      `| ${p.id} | ${ARTICLES.map((a) => `${p.table.violationsPerGame.federation[a]} / ${p.table.violationsPerGame.klingon[a]}`).join(' | ')} |`,
    );
  out.push('');
  out.push('### DESIGN.md section 14 (what `npm run balance` checks; for the record)');
  out.push('');
  out.push('| target | measured | met |');
  out.push('|---|---|---|');
  for (const x of r.balance) out.push(`| ${x.target} | ${x.measured} | ${x.ok ? 'yes' : 'no'} |`);
  out.push('');

  out.push('## Decisions');
  out.push('');
  out.push(
    `Per kind: the samples branched (the decision target weighs kinds with at least ${MIN_DECISION_SAMPLES}), the gap between the best and worst choice's mean effect, and each choice.`,
  );
  out.push('');
  for (const d of r.decisions) {
    out.push(`### ${d.kind}: ${KINDS[d.kind as keyof typeof KINDS]?.label ?? d.label}`);
    out.push('');
    out.push(
      `${d.samples} samples; their mean score spread ${d.spread} points; best minus worst: ${d.gapPercent}% of it.`,
    );
    out.push('');
    out.push('| choice | samples | mean score | mean effect | in % of the spread | best in |');
    out.push('|---|---|---|---|---|---|');
    for (const ch of d.choices)
      out.push(
        `| ${ch.choice} | ${ch.n} | ${ch.meanScore} | ${ch.meanEffect} | ${ch.meanEffectPercent}% | ${pct(ch.bestShare)} |`,
      );
    out.push('');
  }

  out.push('## Liveliness');
  out.push('');
  const f = r.figures;
  out.push('Violation types: the largest share of a pairing’s games in which each was seen.');
  out.push('');
  out.push('| violation | share | pairing |');
  out.push('|---|---|---|');
  for (const v of f.violationTypes) out.push(`| ${v.code} | ${pct(v.share)} | ${v.pairing || '—'} |`);
  out.push('');
  out.push('Order types: who uses them, and each AI’s share of its orders (every pairing, every seat).');
  out.push('');
  const ais = r.orderShares.map((o) => o.ai);
  out.push(`| order | ${ais.join(' | ')} |`);
  out.push(`|---|${ais.map(() => '---').join('|')}|`);
  for (const o of f.orderTypes) {
    const cells = r.orderShares.map((a) => {
      const s = a.shares.find((x) => x.type === o.type);
      return s ? pct(s.share) : '—';
    });
    out.push(`| ${o.type} | ${cells.join(' | ')} |`);
  }
  out.push('');
  out.push(
    `The loyalist gives at least one order in ${f.loyalistLate === null ? 'n/a' : pct(f.loyalistLate)} of its years after ${LATE_YEAR}.`,
  );
  out.push('');
  // Rules version 30's lull: how often the year's new events ask the loyalist something.
  out.push(
    `A new event asks the loyalist something in ${f.loyalistAsked === null ? 'n/a' : pct(f.loyalistAsked)} of its years; its longest run of years in a row with nothing new asked, in a game: ${f.loyalistQuiet === null ? 'n/a' : `${f.loyalistQuiet.median} at the median, ${f.loyalistQuiet.max} at most`}.`,
  );
  out.push('');

  out.push(`## Simple strategies (against the ${REFERENCE_OPPONENT})`);
  out.push('');
  out.push(
    'The strategies: `idle` only ends its years; `develop-only` develops its poorest worlds; `talk-only` gives only the diplomatic orders (council, summits, embassy, pacts, arbitration); `never-aid` is the loyalist that never gives aid; `covert-cheat` is the pragmatist with every covert act open to it every year; `land-grab` is the pragmatist that seizes every unclaimed world it can and sends its fleets towards the others; `conqueror` is the pragmatist that attacks every third-power world (not a capital, nor one beside the other party’s) its fleets in reach outnumber two to one, and gathers its free fleets beside them (rules version 28). Grades are the strategy’s own, as a share of all its games.',
  );
  out.push('');
  seatTable(out, r.references, gradeNames);
  out.push('');
  out.push('## A loyal side facing a hawk');
  out.push('');
  out.push(
    'The answers: `keeps-faith` is the loyalist that never answers (the yardstick); `loyalist-answers` is the loyalist AI with its own answers (protests, demands for reparations, sanctions when wronged); `loyalist-sanctions` embargoes and recalls its embassy when the hawk’s violation was seen the year before; `loyalist-suspends` suspends as soon as it may; `loyalist-summits` calls a summit when wronged or with the Accords in trouble.',
  );
  out.push('');
  seatTable(out, r.answers, gradeNames);
  out.push('');
  out.push('## Centennial Eve: ending turns alone');
  out.push('');
  seatTable(
    out,
    r.eve,
    c.eveGrades.map((g) => g.name),
  );
  out.push('');
  return `${out.join('\n')}\n`;
}
