// The hot-seat playtest of session 29: two newcomers share one browser for an evening of The Khitomer
// Accords (seed play29), through the screens (play29.ts). Each plays real orders, covert ones too
// (espionage, arms to a third power, an escape staged), and at every hand-over everything the next
// player can reach (the hand-over, the HUD, every tab, How to win, the map's words and tips, the
// report) is searched for what they must not know: the other's unseen covert acts, its queued orders,
// its secrets and its reserves. The careless player's ways to lose a game are tried on the way: a
// reload with orders queued, Menu and Continue, Backspace at the start of a turn, keys pressed fast
// through the year's playback; and, on a short game, a second tab, a full storage, export and share.
// The report is /work/wt/play29-report.md.
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import {
  type Act,
  acts,
  actWords,
  answerCards,
  endOrders,
  giveOrder,
  HUD_NAME,
  keep,
  keptYear,
  offered,
  other,
  pageText,
  queueLines,
  reserves,
  type Side,
  saved,
  shot,
  startHotSeat,
  sweep,
  TITLE,
  worlds,
} from './play29';

/** What a side did in a year, for the report. */
interface Turn {
  year: number;
  side: Side;
  given: string[];
  refused: string[];
  queue: string[];
  asked: string | null;
  offers: string[];
}

/** The words the change lines of a covert order of this kind say on its doer's report alone. */
const DOER_WORDS: Record<string, RegExp> = {
  steal: /Stolen reserves arrive/,
  arms: /pays for arms/,
  reveal: /Agents report/,
};

/** What `viewer` must not find: the other side's unseen covert acts, in the words the game tells them. */
async function forbidden(page: Page, viewer: Side): Promise<{ acts: Act[]; words: string[] }> {
  const all = await acts(page);
  const theirs = all.filter((a) => a.party === other(viewer) && !a.detected);
  // A sentence an act seen already says too (two thefts of 10 reserves) may be on the screen for that one.
  const told = new Set(all.filter((a) => a.detected).map(actWords));
  // An escape staged unseen: the fugitive's slipping away is the stager's news alone.
  const fled = theirs.flatMap((a) => {
    const who = /staged the escape of (.+?)\.?$/.exec(a.text)?.[1];
    return who ? [`${who} escapes custody`, `${who} slips away`] : [];
  });
  return { acts: theirs, words: [...theirs.map(actWords).filter((w) => !told.has(w)), ...fled] };
}

/** Assert that `text` holds none of `words`; `where` names the screen for the failure. */
function holdsNone(text: string, words: readonly string[], where: string): void {
  for (const w of words) expect(text.includes(w), `${where}: "${w}" is shown`).toBe(false);
}

/** The side's orders for a year: what a newcomer tries, covert acts included. */
function plan(side: Side, year: number): { words: RegExp; sys?: 'capital' | 'develop' | 'contested' }[] {
  const o: { words: RegExp; sys?: 'capital' | 'develop' | 'contested' }[] = [];
  const fed = side === 'federation';
  if (year === 2293) o.push({ words: /^Establish the embassy/ });
  // Covert: espionage in turns, and arms to a third power at war with the other whenever it can be sold.
  if (fed && [2293, 2296, 2300, 2304].includes(year)) o.push({ words: /^Espionage: steal/ });
  if (!fed && [2294, 2299, 2305].includes(year)) o.push({ words: /^Espionage: steal/ });
  if (!fed && year === 2297) o.push({ words: /^Espionage: sabotage/ });
  if (fed && year === 2302) o.push({ words: /^Espionage: sabotage/ });
  if (year % 4 === (fed ? 1 : 3)) o.push({ words: /^Propose a summit/ });
  // A seizure of a disputed world, once each, when a fleet can reach one.
  if (year === (fed ? 2298 : 2301)) o.push({ words: /^Seize/, sys: 'contested' });
  o.push({ words: /^Develop/, sys: 'develop' });
  if (year % 3 === 0) o.push({ words: /^Build \d+ ships?/, sys: 'capital' });
  return o;
}

/** Play a side's orders through the screens. */
async function playSide(page: Page, side: Side, year: number): Promise<Turn> {
  const given = await answerCards(page, { escape: true, arms: year % 2 === (side === 'federation' ? 0 : 1) });
  const refused: string[] = [];
  const w = await worlds(page, side);
  for (const o of plan(side, year)) {
    let label: string | null = null;
    if (o.sys === 'contested') {
      for (const sys of w.contested) {
        label = await giveOrder(page, o.words, sys);
        if (label) break;
      }
    } else if (o.sys === 'develop') {
      const mine = w.mine.filter((x) => x !== w.capital);
      label = await giveOrder(page, o.words, mine[year % Math.max(1, mine.length)] ?? w.capital);
    } else label = await giveOrder(page, o.words, o.sys === 'capital' ? w.capital : null);
    if (label) given.push(label);
    else refused.push(String(o.words));
  }
  const queue = await queueLines(page);
  const offers = year <= 2294 ? await offered(page) : [];
  return { year, side, given, refused, queue, asked: null, offers };
}

/** The hand-over screen to `to`: it names them, and shows nothing of the side that just played. */
async function handOver(page: Page, to: Side, words: readonly string[], where: string): Promise<void> {
  const screen = page.getByTestId('handover');
  await expect(screen).toBeVisible({ timeout: 15_000 });
  await expect(screen).toContainText(`hand over to ${TITLE[to]}`);
  holdsNone(await pageText(page), words, `${where}: the hand-over`);
  // The hand-over covers the game: none of the side panel's or the HUD's words are on the page.
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  await page.getByTestId('handover-ready').click();
}

/** The player at the screen, `viewer`, at the start of their turn: every screen searched. */
async function lookAround(page: Page, viewer: Side, theirQueue: readonly string[], where: string) {
  await expect(page.getByTestId('hud-power')).toContainText(HUD_NAME[viewer]);
  // Nothing of the other's queue: the queue is empty, and no line of theirs is anywhere.
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  const { acts: hidden, words } = await forbidden(page, viewer);
  const w = await worlds(page, viewer);
  const theirs = await worlds(page, other(viewer));
  const text = await sweep(page, [w.names[w.capital ?? ''] ?? '', theirs.names[theirs.capital ?? ''] ?? '']);
  holdsNone(text, [...words, ...theirQueue], where);
  // Their secrets: the ledger lists the viewer's own covert acts only, and counts only those.
  const mine = (await acts(page)).filter((a) => a.party === viewer);
  await page.getByTestId('tab-ledger').click();
  await expect(page.getByTestId('secret')).toHaveCount(mine.length);
  await page.getByTestId('tab-orders').click();
  // Their reserves: the HUD's are the viewer's own.
  const r = await reserves(page);
  await expect(page.getByTestId('hud')).toContainText(`reserves ${r[viewer]}/${r[viewer]}`);
  return { hidden, text };
}

test('seed play29: a hot-seat evening, fifteen years, each side’s secrets kept from the other', async ({
  page,
  errors,
}) => {
  test.setTimeout(480_000);
  await startHotSeat(page, 'play29');
  await shot(page, 'start');
  const turns: Turn[] = [];
  const reports: { year: number; reader: Side; text: string }[] = [];
  const checks: string[] = [];
  let ended = false;
  let endYear = 0;
  for (let year = 2293; year <= 2307 && !ended; year++) {
    // The Federation's turn: its screen is shown (after it read the last report).
    await expect(page.getByTestId('hud-year')).toHaveText(String(year));
    await lookAround(page, 'federation', [], `${year}, the Federation's screens`);
    const fed = await playSide(page, 'federation', year);
    if (year === 2293) await shot(page, 'fed-orders-2293');
    fed.asked = await endOrders(page);
    turns.push(fed);
    const fedSecrets = (await forbidden(page, 'klingon')).words;
    await handOver(page, 'klingon', [...fedSecrets, ...fed.queue], `${year} to the Empire`);
    if (year === 2293) await shot(page, 'handover-2293');

    // The Klingon Empire's turn.
    const { hidden } = await lookAround(page, 'klingon', fed.queue, `${year}, the Empire's screens`);
    checks.push(
      `${year} Empire: ${hidden.length} Federation acts unseen, ${fed.queue.length} queued, none shown`,
    );
    if (year === 2295) {
      // A careless Backspace at the start of the turn: it takes back nothing of the Federation's.
      const before = (await keptYear(page))?.queued?.federation?.length;
      await page.keyboard.press('Backspace');
      expect((await keptYear(page))?.queued?.federation?.length).toBe(before);
    }
    const kl = await playSide(page, 'klingon', year);
    if (year % 5 === 3) await shot(page, `klingon-orders-${year}`);
    if (year === 2296) {
      // The page goes with both sides' orders queued: Continue hands over to the Empire again, and
      // both queues are as they were.
      const kept = await keptYear(page);
      await page.reload();
      await page.getByTestId('continue').click();
      await handOver(page, 'klingon', fedSecrets, `${year} after a reload`);
      expect(await queueLines(page)).toEqual(kl.queue);
      expect((await keptYear(page))?.queued).toEqual(kept?.queued);
      await shot(page, 'reload-2296');
    }
    if (year === 2300) {
      // Menu, then Continue from the title: the same.
      await page.getByTestId('to-title').click();
      await expect(page.getByTestId('saved-game')).toContainText(String(year));
      await page.getByTestId('continue').click();
      await handOver(page, 'klingon', fedSecrets, `${year} after Menu and Continue`);
      expect(await queueLines(page)).toEqual(kl.queue);
    }
    if (year === 2298) {
      // Keys pressed fast as the year plays out (order keys, Backspace, N): nothing is given or taken
      // back for the year to come. (Enter pressed twice passes the hand-over: see the report.)
      await page.getByTestId('end-turn').click();
      const anyway = page.getByTestId('aid-question-end');
      if (await anyway.isVisible({ timeout: 500 }).catch(() => false)) await anyway.click();
      expect(await page.evaluate(() => window.khitomer.screen())).toBe('report');
      for (const k of ['1', '2', 'Backspace', '3', 'n', '1', ']', '4']) await page.keyboard.press(k);
      await shot(page, 'keys-fast-2298');
    } else kl.asked = await endOrders(page);
    turns.push(kl);

    // The Empire reads the year's report first, then the Federation, each after a hand-over.
    const report = page.getByTestId('report');
    await expect(report).toBeVisible({ timeout: 15_000 });
    if (year === 2298) expect((await keptYear(page))?.queued).toEqual({ federation: [], klingon: [] });
    {
      const kText = ((await report.textContent()) ?? '').trim();
      reports.push({ year, reader: 'klingon', text: kText });
      const { words } = await forbidden(page, 'klingon');
      holdsNone(kText, words, `${year}, the Empire's report`);
      for (const [kind, re] of Object.entries(DOER_WORDS)) {
        const fedDid = fed.given.some((g) => g.toLowerCase().includes(kind));
        const klDid = kl.given.some((g) => g.toLowerCase().includes(kind));
        if (fedDid && !klDid)
          expect(kText, `${year}, the Empire's report: the Federation's ${kind}`).not.toMatch(re);
      }
      if (year % 5 === 3) await shot(page, `klingon-report-${year}`);
      await page.getByTestId('report-continue').click();
    }
    const klSecrets = (await forbidden(page, 'federation')).words;
    // Every year's report is read by both, the last year's too, each after a hand-over.
    await handOver(page, 'federation', [...klSecrets, ...kl.queue], `${year} back to the Federation`);
    await expect(report).toBeVisible({ timeout: 15_000 });
    const fText = ((await report.textContent()) ?? '').trim();
    reports.push({ year, reader: 'federation', text: fText });
    holdsNone(fText, klSecrets, `${year}, the Federation's report`);
    if (year % 5 === 3) await shot(page, `fed-report-${year}`);
    await page.getByTestId('report-continue').click();
    const verdict = page.getByTestId('end-screen');
    await expect(verdict.or(page.getByTestId('hud'))).toBeVisible({ timeout: 15_000 });
    if (await verdict.isVisible()) {
      // The game ended with the year: the end screen, once both have read their report of it.
      ended = true;
      endYear = year;
      expect(fText).toContain('The game ends with this year');
      await shot(page, `end-${year}`);
    } else {
      await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
      if (year === 2298) {
        // After the keys: the next year opens on the Federation's screen with nothing queued.
        await expect(page.getByTestId('queued-order')).toHaveCount(0);
        expect((await keptYear(page))?.queued).toEqual({ federation: [], klingon: [] });
      }
    }
    keep('evening', { turns, reports, checks, acts: await acts(page) });
  }
  // The evening gave covert orders on both sides, and some stayed unseen.
  const all = await acts(page);
  expect(all.filter((a) => a.party === 'federation').length).toBeGreaterThan(1);
  expect(all.filter((a) => a.party === 'klingon').length).toBeGreaterThan(1);
  // Fifteen years: the Accords collapse as 2307 ends (the Federation suspended them in 2304, after
  // breaches seen on both sides), and the end screen tells it.
  expect(endYear).toBe(2307);
  await expect(page.getByTestId('end-screen')).toContainText('The Accords collapse, 2307');
  // The game is kept: the save holds every year played.
  const s = await saved(page);
  expect(s?.seed).toBe('play29');
  expect(s?.years).toBe(turns.length / 2);
  keep('evening', { turns, reports, checks, acts: all });
  expect(errors).toEqual([]);
});

/** Fill the browser's storage with one key of junk, as another site's or an old game's data would, until it refuses. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let chunk = 'x'.repeat(size);
    let n = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`junk-${n}`, chunk);
        n++;
      } catch {
        size >>= 1;
        chunk = chunk.slice(0, size);
      }
    }
    return n;
  });
}
const freeStorage = (page: Page) =>
  page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('junk-')) localStorage.removeItem(k);
  });

test('seed play29: the careless player: export, share, take back, a second tab, a full storage, a link', async ({
  page,
  context,
  browser,
  errors,
}) => {
  test.setTimeout(240_000);
  const seen: Record<string, unknown> = {};
  await startHotSeat(page, 'play29');
  // 2293: the Federation steals and proposes a summit, and hands over.
  expect(await giveOrder(page, /^Espionage: steal/)).toBe('Espionage: steal');
  expect(await giveOrder(page, /^Propose a summit/)).toBe('Propose a summit');
  const fedQueue = await queueLines(page);
  await endOrders(page);
  await handOver(page, 'klingon', fedQueue, '2293 to the Empire');

  // Export and share in hot seat: refused, with the reason; nothing leaves the page.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-replay').click();
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('In hot seat the replay holds both sides’ orders');
  seen.exportNotice = await notice.textContent();
  await expect(notice).toContainText('it can be exported once the game has ended');
  await page.getByTestId('share-link').click();
  await expect(notice).toContainText('In hot seat the replay holds both sides’ orders');
  // In the words of what was asked (the notice once said "exported" for a link).
  await expect(notice).toContainText('it can be shared once the game has ended');
  seen.shareNotice = await notice.textContent();
  expect(await page.evaluate(() => document.body.dataset.shareLink ?? '')).toBe('');
  expect(downloads).toBe(0);
  await shot(page, 'careless-export');

  // Take back: the Empire gives sabotage, thinks again, Backspace; the Federation's orders are untouched.
  expect(await giveOrder(page, /^Espionage: sabotage/)).toBe('Espionage: sabotage');
  await expect(page.getByTestId('queued-order')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('queued-order')).toHaveCount(0);
  seen.takenBack = await page.getByTestId('taken-back').textContent();
  expect((await keptYear(page))?.queued?.federation).toHaveLength(2);
  expect(await giveOrder(page, /^Espionage: steal/)).toBe('Espionage: steal');
  const klQueue = await queueLines(page);

  // A second tab: it is told the game is open here, and shows none of it.
  const second = await context.newPage();
  await second.goto('/');
  await second.getByTestId('continue').click();
  await expect(second.getByTestId('notice')).toContainText('open in another tab');
  seen.secondTab = await second.getByTestId('notice').textContent();
  const secondText = await second.evaluate(() => document.body.textContent ?? '');
  holdsNone(secondText, [...fedQueue, ...klQueue, 'Espionage'], 'the second tab');
  await shot(second, 'careless-second-tab');
  await second.close();

  // The storage fills (another site, an old game): the Empire's orders are queued, the page reloads.
  seen.junkKeys = await fillStorage(page);
  expect(await giveOrder(page, /^Address the council/)).toBe('Address the council');
  // Said at once: the order is not kept, and a reload would lose it (it said nothing before).
  await expect(page.getByTestId('notice')).toContainText(
    'The browser’s storage is full: the orders given now are not kept, and a reload or a closed tab would lose them.',
  );
  await expect(page.getByTestId('notice')).toContainText('delete scenarios you no longer need');
  seen.orderNotKept = await page.getByTestId('notice').textContent();
  await shot(page, 'careless-order-not-kept');
  await page.reload();
  await page.getByTestId('continue').click();
  await handOver(page, 'klingon', fedQueue, '2293 after a reload with the storage full');
  seen.queueAfterFullReload = await queueLines(page);
  // The orders queued before the storage filled are kept.
  expect((await queueLines(page)).slice(0, klQueue.length)).toEqual(klQueue);
  // The year ends with the storage full: the game says the year was not saved.
  await endOrders(page);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  seen.fullNotice = await page
    .getByTestId('notice')
    .textContent({ timeout: 2_000 })
    .catch(() => null);
  await shot(page, 'careless-storage-full');
  expect(await saved(page)).toEqual({ seed: 'play29', years: 0 });
  await page.getByTestId('report-continue').click();
  await handOver(page, 'federation', klQueue, '2293 back to the Federation');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  // Space is freed: the next save keeps the game (the year before it too, from the replay).
  await freeStorage(page);
  await endOrders(page);
  await handOver(page, 'klingon', [], '2294 to the Empire');
  await endOrders(page);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  expect(await saved(page)).toEqual({ seed: 'play29', years: 2 });
  await page.getByTestId('report-continue').click();
  await handOver(page, 'federation', [], '2294 back to the Federation');
  await page.getByTestId('report-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2295');

  // A share link of another game opened in this browser: it asks, and the hot-seat game is kept.
  const other = await browser.newPage();
  await other.goto('/?scenario=centennial-eve&seed=play29-link&side=klingon&opponent=hawk');
  await expect(other.getByTestId('hud-year')).toHaveText('2293');
  await other.getByTestId('share-link').click();
  const link = await other.evaluate(() => document.body.dataset.shareLink ?? '');
  expect(link).toContain('#replay=');
  await other.close();
  await page.goto(link);
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await shot(page, 'careless-share-link');
  await page.getByTestId('viewer-close').click();
  await expect(page.getByTestId('saved-game')).toContainText('2295');
  // Nor can the title's Watch this game's replay show the hot-seat game in progress.
  await page.getByTestId('watch-saved').click();
  await expect(page.getByTestId('notice')).toContainText('hot seat');
  await expect(page.getByTestId('notice')).toContainText('it can be watched once the game has ended');
  await expect(page.getByTestId('viewer-panel')).toHaveCount(0);
  seen.watchSaved = await page.getByTestId('notice').textContent();
  seen.savedGame = await page.getByTestId('saved-game').textContent();
  expect(await saved(page)).toEqual({ seed: 'play29', years: 2 });
  await page.getByTestId('continue').click();
  await handOver(page, 'federation', klQueue, '2295 after the link');
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  keep('careless', seen);
  expect(errors).toEqual([]);
});
