// npm run bench:web [-- --json] [--port <n>] [--only inputs]: the browser game's figures, on the production build in Chromium.
//   jsGzipKB          gzipped JavaScript of the game's first load (target ≤ 350): the entry and
//                      what it imports, not the editor nor its worker, fetched only when used
//   editorGzipKB       the editor's own chunk, fetched when it is first opened
//   rulesGzipKB        the Rules panel's text, fetched when the panel first opens
//   workerGzipKB       the auto-playtest worker, fetched when an auto-playtest starts
//   laterScenariosGzipKB  the scenarios fetched only when chosen on New game (all of them)
//   titleInteractiveMs navigation to an interactive title (target ≤ 1000), median of 5 loads
//   resolveFps        frames a second while the year resolves on the map (target ≥ 55)
//   heapGrowthPct     JS heap after ten new games against after one (target ≤ 20)
//   editMedianMs/editP95Ms  an edit and its validation (and the work saved) on a map of 200
//                      systems, the editor's model in this process (target < 16)
//   autotestGamesPerSec / batchGamesPerSec / autotestVsBatchPct  auto-playtest in its Web Worker
//                      against the batch's games played here on one thread, the same games side
//                      by side in one run (target ≥ 80%)
//   replayOpenTaskMs, replayWalkTaskMs, shareBombTaskMs, refusedOrdersTaskMs  the longest task of
//                      the page while a heavy input is handled, in CPU ms (target ≤ 200; see
//                      bench-inputs.ts), each with its wall time (…WallMs)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import {
  addLane,
  addSystem,
  check,
  History,
  type Json,
  moveSystem,
  saveWork,
  systemsOf,
} from '../editor/index';
import { playSummary } from '../sim/batch';
import { BUILTIN_SCENARIOS, loadBuiltinScenario } from '../sim/index';
import { inputFigures } from './bench-inputs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    port: { type: 'string', default: '4174' },
    // `--only inputs`: the heavy inputs' figures alone; `--only game`: the others alone.
    only: { type: 'string' },
  },
});
// Another port where several checkouts measure on one machine (npm run bench:web -- --port 4185).
const port = Number(values.port);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

// What each download holds, from the build's manifest: the entry and its static imports are the
// first load; the editor is a dynamic import; the worker is an asset of the editor's chunk.
interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}
const manifest = JSON.parse(readFileSync(join('dist', '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gzKB = (files: Iterable<string>) => {
  let n = 0;
  for (const f of files) n += gzipSync(readFileSync(join('dist', f)), { level: 9 }).length;
  return Math.round(n / 1024);
};
const closure = (keys: string[]) => {
  const seen = new Set<string>();
  const walk = (k: string) => {
    if (seen.has(k) || !manifest[k]) return;
    seen.add(k);
    for (const i of manifest[k].imports ?? []) walk(i);
  };
  for (const k of keys) walk(k);
  return seen;
};
const entry = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
const firstLoad = closure(entry);
const later = [...firstLoad].flatMap((k) => manifest[k]?.dynamicImports ?? []);
// The Rules text and the scenarios fetched when chosen on New game (levels/*.json) are later
// downloads of their own, not the editor's.
const isRules = (k: string) => k.endsWith('rules-text.ts');
const scenarioChunks = later.filter((k) => k.startsWith('levels/'));
const editorChunks = [...closure(later.filter((k) => !isRules(k)))].filter(
  (k) => !firstLoad.has(k) && !scenarioChunks.includes(k),
);
const rulesChunks = [...closure(later.filter(isRules))].filter((k) => !firstLoad.has(k));
const filesOf = (keys: Iterable<string>) => [...keys].map((k) => manifest[k]?.file ?? '');
const workerFiles = editorChunks.flatMap((k) => manifest[k]?.assets ?? []).filter((f) => f.endsWith('.js'));
const allJs = readdirSync(join('dist', 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const counted = new Set([
  ...filesOf(firstLoad),
  ...filesOf(editorChunks),
  ...filesOf(rulesChunks),
  ...filesOf(scenarioChunks),
  ...workerFiles,
]);
const uncounted = allJs.filter((f) => !counted.has(f));
if (uncounted.length > 0) process.stderr.write(`not in any figure: ${uncounted.join(', ')}\n`);

const server = await preview({
  preview: { port, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const url = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx wraps functions in __name(): the functions sent to the page need it defined there too.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });

  // The game's figures (loads, frames, heap, auto-playtest), then the heavy inputs' (bench-inputs.ts).
  const gameFigures = async () => {
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(url);
      await page.waitForSelector('[data-testid="new-game"]:not([disabled])');
      loads.push(await page.evaluate(() => performance.now()));
    }

    // Frames while the year resolves: a game on the campaign map, one year ended with animations on.
    await page.evaluate(() => {
      localStorage.clear();
      window.khitomer.newGame({
        scenario: 'khitomer-accords',
        seed: 'bench-web',
        side: 'federation',
        opponent: 'pragmatist',
      });
    });
    await page.waitForSelector('[data-testid="end-turn"]');
    const fps = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let frames = 0;
          const t0 = performance.now();
          const tick = () => {
            frames++;
            if (performance.now() - t0 < 1500) requestAnimationFrame(tick);
            else resolve((frames * 1000) / (performance.now() - t0));
          };
          (document.querySelector('[data-testid="end-turn"]') as HTMLButtonElement).click();
          requestAnimationFrame(tick);
        }),
    );

    // Heap: after one new game, and after ten more, each measured after a full collection.
    const heap = async () => {
      await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
      return page.evaluate(
        () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
      );
    };
    const newGame = (i: number) =>
      page.evaluate((n) => {
        window.khitomer.newGame({
          scenario: 'khitomer-accords',
          seed: `heap-${n}`,
          side: 'federation',
          opponent: 'pragmatist',
        });
        window.khitomer.endTurn();
      }, i);
    await newGame(0);
    await page.waitForTimeout(500);
    const one = await heap();
    for (let i = 1; i <= 10; i++) await newGame(i);
    await page.waitForTimeout(500);
    const ten = await heap();

    // Auto-playtest in the browser's worker, and the same games played here on one thread.
    const autotestGames = 20;
    await page.evaluate(() => localStorage.clear());
    await page.goto(url);
    await page.getByTestId('scenario-editor').click();
    await page.getByTestId('editor-open').click();
    await page.getByTestId('open-builtin').selectOption('khitomer-accords');
    await page.getByTestId('open-copy').click();
    await page.getByTestId('editor-autotest').click();
    await page.getByTestId('autotest-games').fill(String(autotestGames));
    await page.getByTestId('autotest-pairing').selectOption('pragmatist-pragmatist');
    // The machine is shared: the batch's games are played just before and just after the worker's,
    // and their mean is the measure the worker is compared with.
    const batchBefore = batchSeconds(autotestGames);
    const began = Date.now();
    await page.getByTestId('autotest-run').click();
    await page.getByTestId('autotest-status').filter({ hasText: 'done' }).waitFor({ timeout: 600_000 });
    const workerSec = (Date.now() - began) / 1000;
    const batchAfter = batchSeconds(autotestGames);
    const batchSec = (batchBefore.wall + batchAfter.wall) / 2;

    return {
      jsGzipKB: gzKB(filesOf(firstLoad)),
      editorGzipKB: gzKB(filesOf(editorChunks)),
      rulesGzipKB: gzKB(filesOf(rulesChunks)),
      workerGzipKB: gzKB(workerFiles),
      laterScenariosGzipKB: gzKB(filesOf(scenarioChunks)),
      titleInteractiveMs: Math.round(median(loads)),
      resolveFps: Math.round(fps),
      heapGrowthPct: Math.round(((ten - one) * 100) / one),
      ...editFigures(),
      autotestGamesPerSec: Number((autotestGames / workerSec).toFixed(1)),
      batchGamesPerSec: Number((autotestGames / batchSec).toFixed(1)),
      autotestVsBatchPct: Math.round((batchSec * 100) / workerSec),
    };
  };
  const figures = {
    ...(values.only === 'inputs' ? {} : await gameFigures()),
    ...(values.only === 'game' ? {} : await inputFigures(browser, page, url)),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(20)} ${v}\n`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

/** An edit and its validation, as the editor makes them: the campaign grown to 200 systems. */
function editFigures(): { editMedianMs: number; editP95Ms: number } {
  const history = new History(structuredClone(BUILTIN_SCENARIOS['khitomer-accords']) as Json);
  const ids: string[] = [];
  while (systemsOf(history.doc).length < 200) {
    const added = addSystem(history.doc, 40 + (ids.length % 20) * 60, 40 + Math.floor(ids.length / 20) * 60);
    history.apply('add', added.changes);
    ids.push(added.id);
  }
  for (let i = 1; i < ids.length; i++)
    history.apply('lane', addLane(history.doc, ids[i - 1] ?? '', ids[i] ?? ''));
  const memory = new Map<string, string>();
  const storage = {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k),
  };
  const times: number[] = [];
  for (let i = 0; i < 120; i++) {
    const id = ids[(i * 37) % ids.length] ?? '';
    const t0 = performance.now();
    history.apply('move', moveSystem(history.doc, id, 30 + ((i * 53) % 1200), 30 + ((i * 29) % 700)));
    const checked = check(history.doc);
    saveWork(storage, history);
    times.push(performance.now() - t0);
    if (checked.problems.length < 0) throw new Error('unreachable');
  }
  const sorted = times.slice(20).sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN).toFixed(2));
  return { editMedianMs: at(0.5), editP95Ms: at(0.95) };
}

/** The same games the worker played (its seeds, its pairing), here on one thread, in seconds. */
function batchSeconds(games: number): { wall: number } {
  const s = loadBuiltinScenario('khitomer-accords');
  if (!s.ok) throw new Error('the campaign does not load');
  const t0 = performance.now();
  for (let i = 0; i < games; i++)
    playSummary(s.value, i, 'autotest-', { federation: 'pragmatist', klingon: 'pragmatist' });
  return { wall: (performance.now() - t0) / 1000 };
}
