// npm run bench:web [-- --json]: the browser game's figures, on the production build in Chromium.
//   jsGzipKB          gzipped JavaScript in all (target ≤ 350)
//   titleInteractiveMs navigation to an interactive title (target ≤ 1000), median of 5 loads
//   resolveFps        frames a second while the year resolves on the map (target ≥ 55)
//   heapGrowthPct     JS heap after ten new games against after one (target ≤ 20)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const assets = join('dist', 'assets');
let gz = 0;
for (const f of readdirSync(assets))
  if (f.endsWith('.js')) gz += gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;

const server = await preview({
  preview: { port: 4174, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const url = 'http://127.0.0.1:4174/';
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx wraps functions in __name(): the functions sent to the page need it defined there too.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });

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

  const figures = {
    jsGzipKB: Math.round(gz / 1024),
    titleInteractiveMs: Math.round(median(loads)),
    resolveFps: Math.round(fps),
    heapGrowthPct: Math.round(((ten - one) * 100) / one),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(20)} ${v}\n`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
