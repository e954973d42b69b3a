// The chart: both standings across the years, the thresholds, and the violations marked.
import type { GameState } from '../../sim/index';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function renderChart(s: GameState, width = 340, height = 200): SVGSVGElement {
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'data-testid': 'chart',
  });
  const title = svg('title', {});
  title.textContent = 'Both standings across the years';
  root.append(title);
  const pad = 24;
  const years = Math.max(1, s.lastYear - s.firstYear);
  const x = (year: number) => pad + ((year - s.firstYear) / years) * (width - pad * 1.5);
  const y = (v: number) => height - pad - (v / 100) * (height - pad * 1.6);
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#0b1422' }));
  for (const [v, colour] of [
    [s.rules.treaty.strainedBelow, '#ff9d3b'],
    [s.rules.treaty.suspendBelow, '#ff5566'],
  ] as [number, string][]) {
    root.append(
      svg('line', {
        x1: pad,
        x2: width - pad / 2,
        y1: y(v),
        y2: y(v),
        stroke: colour,
        'stroke-dasharray': '4 3',
        'stroke-width': 1,
      }),
    );
  }
  root.append(svg('line', { x1: pad, x2: pad, y1: y(0), y2: y(100), stroke: '#2a3b55' }));
  root.append(svg('line', { x1: pad, x2: width - pad / 2, y1: y(0), y2: y(0), stroke: '#2a3b55' }));
  for (const [label, v] of [
    ['0', 0],
    ['50', 50],
    ['100', 100],
  ] as [string, number][]) {
    const t = svg('text', { x: 2, y: y(v) + 4, fill: '#9fb0c6', 'font-size': 10 });
    t.textContent = label;
    root.append(t);
  }
  const first = svg('text', { x: pad, y: height - 6, fill: '#9fb0c6', 'font-size': 10 });
  first.textContent = String(s.firstYear);
  const last = svg('text', { x: width - pad * 2, y: height - 6, fill: '#9fb0c6', 'font-size': 10 });
  last.textContent = String(s.lastYear);
  root.append(first, last);
  const history = s.history;
  for (const [party, colour] of [
    ['federation', 'var(--fed)'],
    ['klingon', 'var(--kli)'],
  ] as const) {
    if (history.length === 0) continue;
    const points = history.map((h) => `${x(h.year).toFixed(1)},${y(h.standing[party]).toFixed(1)}`).join(' ');
    root.append(svg('polyline', { points, fill: 'none', stroke: colour, 'stroke-width': 2 }));
    for (const h of history) {
      if (h.violations[party] > 0) {
        root.append(
          svg('circle', {
            cx: x(h.year),
            cy: y(h.standing[party]),
            r: 2 + Math.min(3, h.violations[party]),
            fill: 'none',
            stroke: colour,
            'stroke-width': 1.5,
          }),
        );
      }
    }
  }
  return root;
}
