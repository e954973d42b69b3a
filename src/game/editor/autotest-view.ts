// Auto-playtest on screen: N seeded AI games of the scenario in a Web Worker, with a progress bar,
// a cancel button and the figures `npm run balance` reports, with each side's final scores.
import type { AutotestMessage, AutotestRequest, Json, PairingScores, ScoreFigures } from '../../editor/index';
import {
  type AiPersonality,
  ALL_PAIRINGS,
  ARTICLES,
  type BatchTable,
  type PARTIES,
  type Pairing,
} from '../../sim/index';
import { button, clear, el } from '../ui/dom';
import { num } from '../ui/numbers';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function autotestPanel(doc: Json): { root: HTMLElement; stop: () => void } {
  const games = el('input', { testid: 'autotest-games', label: 'Games per pairing' });
  games.type = 'number';
  games.min = '1';
  games.max = '1000';
  games.value = '20';
  const pairing = el('select', { testid: 'autotest-pairing', label: 'Pairing' });
  const all = el('option', {}, 'all nine pairings');
  all.value = 'all';
  pairing.append(all);
  for (const [f, k] of ALL_PAIRINGS) {
    const o = el('option', {}, `${f} (Federation) vs ${k} (Klingon)`);
    o.value = `${f}-${k}`;
    o.selected = f === 'pragmatist' && k === 'pragmatist';
    pairing.append(o);
  }
  const progress = el('progress', { testid: 'autotest-progress', label: 'Games played' });
  progress.max = 1;
  progress.value = 0;
  const status = el('div', { testid: 'autotest-status', role: 'status' });
  const out = el('div', { testid: 'autotest-report' });
  // The worker is started when the panel opens, so that its download and start are done before
  // Run is pressed, and again after each run: the games begin at once (issue 18's speed target).
  const spawn = () => new Worker(new URL('./autotest-worker.ts', import.meta.url), { type: 'module' });
  let ready: Worker | null = spawn();
  let worker: Worker | null = null;
  const stop = () => {
    worker?.terminate();
    worker = null;
    ready ??= spawn();
    start.disabled = false;
    cancel.disabled = true;
  };
  const close = () => {
    stop();
    ready?.terminate();
    ready = null;
  };
  const start = button(
    'Run',
    () => {
      stop();
      clear(out);
      const pairings = (
        pairing.value === 'all' ? ALL_PAIRINGS : [pairing.value.split('-') as [AiPersonality, AiPersonality]]
      ) as [AiPersonality, AiPersonality][];
      const req: AutotestRequest = {
        doc,
        games: Number(games.value) || 1,
        pairings,
        seedPrefix: 'autotest-',
      };
      worker = ready ?? spawn();
      ready = null;
      const began = performance.now();
      worker.onmessage = (e: MessageEvent<AutotestMessage>) => {
        const m = e.data;
        if (m.kind === 'progress') {
          progress.max = m.total;
          progress.value = m.done;
          const rate = m.done / ((performance.now() - began) / 1000);
          status.textContent = `${m.done} of ${m.total} games (${rate.toFixed(1)} a second)`;
        } else if (m.kind === 'failed') {
          status.textContent = `Stopped: ${m.message}`;
          stop();
        } else {
          status.textContent = `${status.textContent ?? ''}: done.`;
          out.append(report(m.tables, m.scores, m.checks));
          stop();
        }
      };
      worker.onerror = () => {
        status.textContent = 'The games stopped: the worker failed.';
        stop();
      };
      worker.postMessage(req);
      start.disabled = true;
      cancel.disabled = false;
      status.textContent = 'Starting…';
    },
    { class: 'primary', testid: 'autotest-run' },
  );
  const cancel = button(
    'Cancel',
    () => {
      stop();
      status.textContent = `Cancelled after ${progress.value} games.`;
    },
    { testid: 'autotest-cancel' },
  );
  cancel.disabled = true;
  const root = el(
    'div',
    {},
    el(
      'p',
      { class: 'dim' },
      'Seeded games of this scenario between the computer’s players, each pairing of personalities, summed up: how the games end, the grades each side earns and its scores (set the grades’ least scores from these).',
    ),
    el('div', { class: 'row' }, el('label', {}, 'Games'), games, pairing),
    el('div', { class: 'row' }, start, cancel),
    progress,
    status,
    out,
  );
  return { root, stop: close };
}

/**
 * How a game ended, in words: a scenario's last year is its "centennial" in the rules' terms, which
 * playtest 30 read as the year 2393 of a game that ended in 2300.
 */
const RESULT_WORDS: Record<string, string> = {
  centennial: 'last year in force',
  lapsed: 'last year suspended',
  collapse: 'collapse',
  'government-fell': 'a government fell',
};

/** A side's final scores as the grades are set from them: the mean, and the spread p10–median–p90. */
const scoreText = (f: ScoreFigures | null | undefined) =>
  f ? `${num(f.mean)} (${num(f.p10)}–${num(f.median)}–${num(f.p90)}, ${f.games} scored)` : '— (none scored)';

function report(
  tables: Partial<Record<Pairing, BatchTable>>,
  scores: Partial<Record<Pairing, PairingScores>>,
  checks: { target: string; measured: string; ok: boolean }[],
): HTMLElement {
  const box = el('div', {});
  const table = el('table', { class: 'autotest' });
  table.append(
    el(
      'tr',
      {},
      ...[
        'pairing',
        'in force',
        'results',
        'mean end',
        'standing F / K',
        'grades F',
        'grades K',
        'score F: mean (p10–median–p90)',
        'score K',
      ].map((h) => el('th', {}, h)),
    ),
  );
  const grades = (t: BatchTable, p: (typeof PARTIES)[number]) =>
    Object.entries(t.grades[p])
      .map(([g, n]) => `${g} ${n}`)
      .join(', ') || '—';
  for (const [pairing, t] of Object.entries(tables) as [Pairing, BatchTable][]) {
    const results = Object.entries(t.results)
      .map(([r, n]) => `${RESULT_WORDS[r] ?? r} ${n}`)
      .join(', ');
    const row = el(
      'tr',
      { testid: `autotest-row-${pairing}` },
      el('td', {}, pairing),
      el('td', {}, pct(t.reachedInForceShare)),
      el('td', {}, results),
      el('td', {}, String(t.meanEndYear)),
      el('td', {}, `${t.mean.standing.federation} / ${t.mean.standing.klingon}`),
      el('td', {}, grades(t, 'federation')),
      el('td', {}, grades(t, 'klingon')),
      el('td', { testid: `autotest-score-federation-${pairing}` }, scoreText(scores[pairing]?.federation)),
      el('td', { testid: `autotest-score-klingon-${pairing}` }, scoreText(scores[pairing]?.klingon)),
    );
    table.append(row);
  }
  box.append(table, el('h3', {}, 'Violations seen per game, by article (F / K)'));
  const viol = el('table', { class: 'autotest' });
  viol.append(el('tr', {}, el('th', {}, 'pairing'), ...ARTICLES.map((a) => el('th', {}, `Art. ${a}`))));
  for (const [pairing, t] of Object.entries(tables) as [Pairing, BatchTable][]) {
    viol.append(
      el(
        'tr',
        {},
        el('td', {}, pairing),
        ...ARTICLES.map((a) =>
          el('td', {}, `${t.violationsPerGame.federation[a]} / ${t.violationsPerGame.klingon[a]}`),
        ),
      ),
    );
  }
  box.append(viol);
  if (checks.length > 0) {
    box.append(el('h3', {}, 'Targets'));
    for (const c of checks) box.append(el('div', {}, `${c.ok ? '✓' : '✗'} ${c.target}: ${c.measured}`));
  }
  return box;
}
