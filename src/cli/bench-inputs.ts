// bench:web's heavy inputs (issue 17: "no input freezes the tab for more than 200 ms"): the longest
// task on the page's main thread while each is handled, in CPU milliseconds read from Chromium's
// trace (a task's thread time, so other work on a shared machine does not count), with its wall
// time beside it:
//   replayOpen    a 1,000-year replay (the campaign lengthened to 3293) opened by the file input,
//                 checked and shown at its first year
//   replayWalk    the same replay walked year by year to its end with →
//   shareBomb     a 2 MB share link that inflates to 1.5 GiB, put in the address of a game in
//                 progress, until it is refused (the task where the browser changes the address,
//                 sending and parsing the 2 MB address, is measured apart: addressChange)
//   refusedOrders 5,000 refused orders given in one year from the console, and what they redraw
import { constants, deflateRawSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { BUILTIN_SCENARIOS, parseScenario } from '../sim/index';
import { encodeReplay, recordGame } from '../sim/replay/index';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** A task: its wall and CPU time, in ms. */
export interface Task {
  wallMs: number;
  cpuMs: number;
  /** The task in which the address changed (the browser's part of pasting a link). */
  navigation: boolean;
}

/** The page's main-thread tasks over 1 ms while `act` runs, in the order they began. */
async function tasksDuring(browser: Browser, page: Page, act: () => Promise<void>): Promise<Task[]> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await act();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = trace.traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid);
  // Where the address changed: the browser's navigation, not the page's script.
  const navigations = onMain.filter((e) => e.name === 'FrameStartedLoading').map((e) => e.ts);
  return onMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 1000)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({
      wallMs: Math.round((e.dur ?? 0) / 1000),
      cpuMs: Math.round((e.tdur ?? 0) / 1000),
      navigation: navigations.some((t) => t >= e.ts && t < e.ts + (e.dur ?? 0)),
    }));
}

const longest = (tasks: readonly Task[]): Task =>
  tasks.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { wallMs: 0, cpuMs: 0, navigation: false });

/**
 * A 1,000-year replay: the campaign lengthened to 3293, two loyalists; the first seed
 * `millennium-N` whose game reaches the end (a rule change moves which one does).
 */
export function millenniumReplay(): string {
  const raw = structuredClone(BUILTIN_SCENARIOS['khitomer-accords']) as Record<string, unknown>;
  raw.id = 'millennium';
  raw.title = 'A Thousand Years';
  raw.lastYear = 3293;
  const scenario = parseScenario(raw);
  if (!scenario.ok) throw new Error('the lengthened campaign does not parse');
  for (let n = 1; n <= 40; n++) {
    const r = recordGame(scenario.value, {
      seed: `millennium-${n}`,
      policies: { federation: 'loyalist', klingon: 'loyalist' },
    });
    if (r.ok && r.value.replay.turns.length === 1000) return encodeReplay(r.value.replay);
  }
  throw new Error('no seed millennium-1 … millennium-40 makes a game of 1,000 years');
}

/** A share link's payload that inflates to `mebibytes` MiB of zeros (about 1 KB a MiB). */
export function bombLink(mebibytes: number): string {
  const MiB = 1 << 20;
  const block = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(block.length * mebibytes + 2);
  for (let i = 0; i < mebibytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * mebibytes);
  return Buffer.from(out).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function inputFigures(
  browser: Browser,
  page: Page,
  url: string,
): Promise<Record<string, number>> {
  const replay = millenniumReplay();
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(url);
  await page.waitForSelector('[data-testid="new-game"]:not([disabled])');
  const open = await tasksDuring(browser, page, async () => {
    await page.getByTestId('replay-file-input').setInputFiles({
      name: 'millennium.replay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(replay),
    });
    await page.getByTestId('viewer-year').filter({ hasText: '2293' }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
  });
  const walk = await tasksDuring(browser, page, async () => {
    for (let i = 0; i < 1000; i++) await page.keyboard.press('ArrowRight');
    await page.getByTestId('viewer-year').filter({ hasText: '3293' }).waitFor();
    await page.waitForTimeout(300);
  });

  await page.evaluate(() => {
    window.khitomer.newGame({
      scenario: 'khitomer-accords',
      seed: 'bench-inputs',
      side: 'federation',
      opponent: 'pragmatist',
    });
  });
  await page.getByTestId('end-turn').waitFor();
  await page.waitForTimeout(500);
  const link = bombLink(1536);
  const bomb = await tasksDuring(browser, page, async () => {
    await page.evaluate((l) => {
      location.hash = `replay=${l}`;
    }, link);
    await page.getByTestId('notice').filter({ hasText: 'too large' }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
  });

  const orders = await tasksDuring(browser, page, async () => {
    const refused = await page.evaluate(() => {
      let n = 0;
      for (let i = 0; i < 5000; i++) {
        const order =
          i % 2 ? { type: 'embassy', action: 'establish' } : { type: 'move', fleet: 'nowhere', to: 'sol' };
        if (!window.khitomer.issue(order).ok) n++;
      }
      return n;
    });
    if (refused < 4999) throw new Error(`only ${refused} of 5,000 orders were refused`);
    await page.waitForTimeout(500);
  });

  const figure = (name: string, t: Task) => ({ [`${name}TaskMs`]: t.cpuMs, [`${name}WallMs`]: t.wallMs });
  return {
    ...figure('replayOpen', longest(open)),
    ...figure('replayWalk', longest(walk)),
    ...figure('shareBomb', longest(bomb.filter((t) => !t.navigation))),
    ...figure('addressChange', longest(bomb.filter((t) => t.navigation))),
    ...figure('refusedOrders', longest(orders)),
  };
}
