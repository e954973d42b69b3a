// The points each power banked decade by decade (DESIGN.md section 15.1: the end shows the points
// by source and by decade): when the century was won or lost, not only by what.
import { type GameState, PARTIES, scoreBreakdown } from '../../sim/index';
import { el } from './dom';
import { PARTY_TITLES, partyClass } from './names';
import { num, signed } from './numbers';

/**
 * The table of a game's decades: one column a decade (headed by its first year), one row a power,
 * then what came at the end (the parade, the bonus for Accords never suspended, a suspension walked
 * back, a collapse's cut) and the score, so that a row adds up to the score (the playtest read 57
 * banked beside a score of 112 and could not tell where the rest came from).
 */
export function decadesTable(s: GameState): HTMLElement | null {
  const rows = PARTIES.map((p) => {
    const b = scoreBreakdown(s, p);
    const banked = b.decades.reduce((n, d) => n + d, 0);
    return { p, decades: b.decades, end: b.total - banked, total: b.total };
  });
  const count = Math.max(...rows.map((r) => r.decades.length));
  if (count === 0) return null;
  const firsts = Array.from({ length: count }, (_, i) => s.firstYear + 10 * i);
  return el(
    'table',
    { class: 'score decades', testid: 'end-decades' },
    el(
      'tr',
      {},
      el('th', {}, 'From'),
      ...firsts.map((y) => el('th', { class: 'num' }, String(y))),
      el('th', { class: 'num' }, 'At the end'),
      el('th', { class: 'num' }, 'Score'),
    ),
    ...rows.map(({ p, decades, end, total }) =>
      el(
        'tr',
        {},
        el('th', { class: partyClass(p) }, PARTY_TITLES[p]),
        ...firsts.map((_, i) => el('td', { class: 'num' }, num(decades[i] ?? 0))),
        el('td', { class: 'num', testid: `end-decades-end-${p}` }, signed(end)),
        el('td', { class: 'num' }, num(total)),
      ),
    ),
  );
}
