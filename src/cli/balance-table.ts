// The table levels/README.md gives for each later scenario: one row a pairing, Federation first.
import { ALL_PAIRINGS, ARTICLES, type BatchTable, PARTIES, type Pairing, pairingOf } from '../sim/index';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const round = (x: number) => Math.round(x * 100) / 100;

/** "Ceremony 146, Honour Guard 128": most reached first, ties by name. */
function gradeList(grades: Record<string, number>): string {
  return (
    Object.entries(grades)
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
      .map(([g, n]) => `${g} ${n}`)
      .join(', ') || 'none reached the end'
  );
}

/** `npm run balance -- --scenario <id>`'s table, in Markdown. */
export function pairingsTable(tables: Partial<Record<Pairing, BatchTable>>): string {
  const out = [
    '| pairing | in force | results | standing F / K | support F / K | grades F | grades K | violations seen per game F / K |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [f, k] of ALL_PAIRINGS) {
    const t = tables[pairingOf(f, k)];
    if (!t) continue;
    const results = Object.entries(t.results)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
    const seen = PARTIES.map((p) => round(ARTICLES.reduce((n, a) => n + t.violationsPerGame[p][a], 0)));
    out.push(
      `| ${f} vs ${k} | ${pct(t.reachedInForceShare)} | ${results} | ${t.mean.standing.federation} / ${t.mean.standing.klingon} | ${t.mean.support.federation} / ${t.mean.support.klingon} | ${gradeList(t.grades.federation)} | ${gradeList(t.grades.klingon)} | ${seen.join(' / ')} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
