// The points each power banked decade by decade (DESIGN.md section 15.1: the end shows the points
// by source and by decade): when the century was won or lost, not only by what.
import { type GameState, PARTIES, scoreBreakdown } from '../../sim/index';
import { el } from './dom';
import { PARTY_TITLES, partyClass } from './names';

/** The table of a game's decades: one column a decade (headed by its first year), one row a power. */
export function decadesTable(s: GameState): HTMLElement | null {
  const rows = PARTIES.map((p) => ({ p, decades: scoreBreakdown(s, p).decades }));
  const count = Math.max(...rows.map((r) => r.decades.length));
  if (count === 0) return null;
  const firsts = Array.from({ length: count }, (_, i) => s.firstYear + 10 * i);
  return el(
    'table',
    { class: 'score decades', testid: 'end-decades' },
    el('tr', {}, el('th', {}, 'From'), ...firsts.map((y) => el('th', { class: 'num' }, String(y)))),
    ...rows.map(({ p, decades }) =>
      el(
        'tr',
        {},
        el('th', { class: partyClass(p) }, PARTY_TITLES[p]),
        ...firsts.map((_, i) => el('td', { class: 'num' }, String(decades[i] ?? 0))),
      ),
    ),
  );
}
