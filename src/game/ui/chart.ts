// The charts: both standings across the years, the thresholds, and the violations marked; both
// powers' support at home, and the level it ebbs to. Drawn on a 2D canvas (a picture, not a table;
// SVG layered over the WebGL canvas composited badly).
import type { GameState, Party, Scenario } from '../../sim/index';
import { hex, palette } from './palette';

/** What a chart follows: a power's standing or its support at home, both 0 to 100. */
export type Measure = 'standing' | 'support';

/** The standings (or support) a scenario opens with: where the chart's lines start. */
export function openingStandings(scenario: Scenario, measure: Measure = 'standing'): Record<Party, number> {
  return {
    federation: scenario.powers.federation[measure],
    klingon: scenario.powers.klingon[measure],
  };
}

/**
 * A year's record holds the standings at its close, which are the next year's at its start: a line
 * drawn from `opening` (the scenario's standings, at the first year) through each record at the
 * year after it reaches the year shown, and at the end the last tick (it stopped a year short).
 */
export function renderChart(
  s: GameState,
  opening: Record<Party, number> | null,
  width = 340,
  height = 200,
  safe = false,
  measure: Measure = 'standing',
): HTMLCanvasElement {
  const pal = palette(safe);
  const canvas = document.createElement('canvas');
  const ratio = Math.max(1, Math.min(2, globalThis.devicePixelRatio || 1));
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.dataset.testid = measure === 'standing' ? 'chart' : 'support-chart';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    `Both ${measure === 'standing' ? 'standings' : 'powers’ support at home'} from ${s.firstYear} to ${s.year}`,
  );
  const g = canvas.getContext('2d');
  if (!g) return canvas;
  g.scale(ratio, ratio);
  const pad = 26;
  // A game in play is drawn to its year (ten at least), an ended one to its last: twelve years of a
  // century-wide axis filled its first tenth, and the playtest could not read them.
  const end = s.phase === 'ended' ? s.lastYear : Math.min(s.lastYear, Math.max(s.year, s.firstYear + 10));
  const years = Math.max(1, end - s.firstYear);
  const x = (year: number) => pad + ((year - s.firstYear) / years) * (width - pad * 1.5);
  const y = (v: number) => height - pad - (v / 100) * (height - pad * 1.6);
  g.fillStyle = '#0b1422';
  g.fillRect(0, 0, width, height);
  g.strokeStyle = '#2a3b55';
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(pad, y(100));
  g.lineTo(pad, y(0));
  g.lineTo(width - pad / 2, y(0));
  g.stroke();
  g.setLineDash([4, 3]);
  // Standing: the strained and suspension lines. Support: the level it ebbs to in a year that gave
  // its government nothing it wants (at 0 the government falls: the axis).
  const lines: [number, string][] =
    measure === 'standing'
      ? [
          [s.rules.treaty.strainedBelow, hex(pal.disputed)],
          [s.rules.treaty.suspendBelow, hex(pal.violation)],
        ]
      : [[s.rules.support.restLevel, hex(pal.disputed)]];
  for (const [v, colour] of lines) {
    g.strokeStyle = colour;
    g.beginPath();
    g.moveTo(pad, y(v));
    g.lineTo(width - pad / 2, y(v));
    g.stroke();
  }
  g.setLineDash([]);
  g.fillStyle = '#9fb0c6';
  g.font = '10px system-ui, sans-serif';
  for (const v of [0, 50, 100]) g.fillText(String(v), 2, y(v) + 4);
  g.fillText(String(s.firstYear), pad, height - 6);
  g.fillText(String(end), width - pad * 2, height - 6);
  for (const [party, colour] of [
    ['federation', hex(pal.federation)],
    ['klingon', hex(pal.klingon)],
  ] as const) {
    const points = [
      ...(opening ? [{ year: s.firstYear, standing: opening[party] }] : []),
      // A game that ended in the year (a collapse) never reached the next: its close is drawn there.
      ...s.history
        .toArray()
        .map((h) => ({ year: Math.min(h.year + 1, s.year), standing: h[measure][party] })),
    ];
    if (points.length === 0) continue;
    g.strokeStyle = colour;
    g.lineWidth = 2;
    g.beginPath();
    points.forEach((p, i) => {
      if (i === 0) g.moveTo(x(p.year), y(p.standing));
      else g.lineTo(x(p.year), y(p.standing));
    });
    g.stroke();
    g.lineWidth = 1.5;
    // A year's violations are marked where they left the standing: at its close.
    if (measure !== 'standing') continue;
    for (const h of s.history) {
      if (h.violations[party] === 0) continue;
      g.beginPath();
      g.arc(
        x(Math.min(h.year + 1, s.year)),
        y(h.standing[party]),
        2 + Math.min(3, h.violations[party]),
        0,
        Math.PI * 2,
      );
      g.stroke();
    }
  }
  return canvas;
}
