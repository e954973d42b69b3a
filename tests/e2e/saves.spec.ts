// Nothing lost: New game over a saved game asks; a link starts its game once and never replaces a
// saved one unasked (reload, or the link opened again); two tabs never overwrite each other's save;
// every kind of bad save is set aside with its reason while the title keeps working.
import type { Page } from '@playwright/test';
import { endTurnAnyway, expect, screenshot, startShortGame, test } from './helpers';

const SAVE_KEY = 'khitomer.autosave';
// biome-ignore lint/suspicious/noExplicitAny: the tests break the save at arbitrary paths on purpose.
type Loose = Record<string, any>;
const LINK = '/?scenario=centennial-eve&seed=from-a-link&side=klingon&opponent=hawk';

async function endYear(page: Page): Promise<void> {
  await endTurnAnyway(page);
  await page.getByTestId('report-continue').click({ timeout: 15_000 });
}

const savedYear = (page: Page) =>
  page.evaluate((key) => {
    const save = JSON.parse(localStorage.getItem(key) ?? 'null');
    return save ? { seed: save.replay.seed as string, years: save.replay.turns.length as number } : null;
  }, SAVE_KEY);

test('New game over a game in progress asks before it replaces it', async ({ page }) => {
  await startShortGame(page, 'loyalist', 'kept');
  await endYear(page);
  await page.getByTestId('to-title').click();
  await expect(page.getByTestId('saved-game')).toContainText('2294');
  await page.getByTestId('new-game').click();
  await page.getByTestId('seed').fill('replacing');
  await page.getByTestId('start').click();
  const ask = page.getByTestId('replace-confirm');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('A game is saved');
  await expect(ask).toContainText('2294');
  await screenshot(page, 'replace-confirm');
  expect(await savedYear(page)).toEqual({ seed: 'kept', years: 1 });
  // Keep it: the saved game goes on where it was.
  await page.getByTestId('replace-keep').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  // Asked again, and this time replaced.
  await page.getByTestId('to-title').click();
  await page.getByTestId('new-game').click();
  await page.getByTestId('seed').fill('replacing');
  await page.getByTestId('start').click();
  await page.getByTestId('replace-yes').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  expect(await savedYear(page)).toEqual({ seed: 'replacing', years: 0 });
});

test('a link starts its game once; a reload or the link opened again keeps the saved game', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  expect(new URL(page.url()).search).toBe(''); // taken off the address: a reload does not start it again
  await endYear(page);
  await endYear(page);
  expect(await savedYear(page)).toEqual({ seed: 'from-a-link', years: 2 });
  await page.reload();
  await expect(page.getByTestId('continue')).toBeEnabled();
  await expect(page.getByTestId('saved-game')).toContainText('2295');
  expect(await savedYear(page)).toEqual({ seed: 'from-a-link', years: 2 });
  // The link opened again: it offers the saved game and replaces nothing.
  await page.goto(LINK);
  const offer = page.getByTestId('link-offer');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('The link opens Centennial Eve');
  await expect(offer).toContainText('2295');
  await screenshot(page, 'link-offer');
  expect(await savedYear(page)).toEqual({ seed: 'from-a-link', years: 2 });
  await page.getByTestId('link-continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
});

test('two tabs: the second is told the game is open in the first, and overwrites nothing', async ({
  page,
  context,
}) => {
  await startShortGame(page, 'loyalist', 'first-tab');
  await endYear(page);
  const second = await context.newPage();
  const errors: string[] = [];
  second.on('pageerror', (e) => errors.push(String(e)));
  await second.goto('/');
  await second.getByTestId('continue').click();
  await expect(second.getByTestId('notice')).toContainText('open in another tab');
  // Over none of the menu's buttons (at the foot it covered Settings).
  const menu = await second.getByTestId('title-menu').boundingBox();
  const told = await second.getByTestId('notice').boundingBox();
  expect((told?.y ?? 0) + (told?.height ?? 0)).toBeLessThan(menu?.y ?? 0);
  await screenshot(second, 'second-tab');
  await second.getByTestId('new-game').click();
  await second.getByTestId('seed').fill('second-tab');
  await second.getByTestId('start').click();
  // Told at once, never first asked to replace a game it could not replace (playtest 24).
  await expect(second.getByTestId('scenario-problems')).toContainText('open in another tab');
  await expect(second.getByTestId('replace-confirm')).toBeHidden();
  expect(await savedYear(page)).toEqual({ seed: 'first-tab', years: 1 });
  // Take over in the viewer, the same; and the notice lies under Take over, over no button (it
  // covered "Close the replay").
  await second.getByTestId('back').click();
  await second.evaluate(
    (r) => window.khitomer.loadReplay(r),
    await page.evaluate(() => window.khitomer.replay()),
  );
  await second.getByTestId('take-over-klingon').click();
  const notice = second.getByTestId('notice');
  await expect(notice).toContainText('open in another tab');
  await expect(second.getByTestId('replace-dialog')).toHaveCount(0);
  const covered = await notice.evaluate((n) => {
    const b = n.getBoundingClientRect();
    return [...document.querySelectorAll('button, select, input')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
      })
      .map((c) => c.textContent);
  });
  expect(covered).toEqual([]);
  await notice.scrollIntoViewIfNeeded();
  await screenshot(second, 'second-tab-take-over');
  expect(await savedYear(page)).toEqual({ seed: 'first-tab', years: 1 });
  await second.getByTestId('viewer-close').click();
  // The first tab plays on and saves.
  await endYear(page);
  expect(await savedYear(page)).toEqual({ seed: 'first-tab', years: 2 });
  // It leaves the game for the title: now the second tab may take it up.
  await page.getByTestId('to-title').click();
  await second.getByTestId('continue').click();
  await expect(second.getByTestId('hud-year')).toHaveText('2295');
  expect(errors).toEqual([]);
});

/** A good save of two years, as JSON, made through the console. */
async function goodSave(page: Page): Promise<Record<string, unknown>> {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  return page.evaluate((key) => {
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: 'bad-saves',
      side: 'federation',
      opponent: 'loyalist',
    });
    window.khitomer.endTurn();
    window.khitomer.endTurn();
    return JSON.parse(localStorage.getItem(key) ?? '{}');
  }, SAVE_KEY);
}

test('every kind of bad save is set aside with its reason, and the title keeps working', async ({
  page,
  errors,
}) => {
  const good = await goodSave(page);
  const replay = good.replay as { turns: { orders: unknown }[]; result: unknown };
  const state = await page.evaluate(() => window.khitomer.state());
  // Version 1 saves kept the state itself: the adversary edits it, and the replay must rebuild it.
  const v1 = (edit: (s: Loose) => void) => {
    const s = structuredClone(state) as Loose;
    edit(s);
    return { ...good, version: 1, hash: undefined, state: s };
  };
  const cases: [string, unknown, RegExp][] = [
    ['negative reserves', v1((s) => (s.powers.federation.reserves = -50)), /not the game its replay plays/],
    [
      'a fleet at a system that does not exist',
      v1((s) => (s.fleets[0].location = 'nowhere')),
      /not the game its replay plays/,
    ],
    ['standing 1e9', v1((s) => (s.powers.klingon.standing = 1e9)), /not the game its replay plays/],
    ['a year past the end', v1((s) => (s.year = 2400)), /not the game its replay plays/],
    [
      'a state without powers',
      v1((s) => delete s.powers),
      /game state is damaged|not the game its replay plays/,
    ],
    [
      'a result with standing 1e7',
      v1(
        (s) =>
          (s.result = {
            kind: 'centennial',
            year: 2297,
            cause: '',
            scores: { federation: 1e7, klingon: 0 },
            grades: null,
            chain: [],
            loser: null,
          }),
      ),
      /not the game its replay plays/,
    ],
    ['an unknown opponent', { ...good, opponent: 'banana' }, /opponent "banana" is not one of/],
    [
      'a __proto__ opponent',
      JSON.parse(JSON.stringify(good).replace('"opponent":"loyalist"', '"opponent":"__proto__"')),
      /opponent "__proto__" is not one of/,
    ],
    ['a missing replay', { ...good, replay: undefined }, /holds no replay/],
    ['a damaged replay', { ...good, replay: { ...replay, turns: 'lost' } }, /replay is damaged/],
    [
      'a replay whose orders were changed',
      {
        ...good,
        replay: {
          ...replay,
          turns: replay.turns.map((t, i) =>
            i === 0 ? { ...t, orders: { federation: [{ type: 'embargo' }], klingon: [] } } : t,
          ),
        },
      },
      /replay does not play out: the replay diverges in 2293/,
    ],
    ['another rules version', { ...good, rulesVersion: 999 }, /rules version "999"/],
    ['missing fields', { format: 'khitomer-save', version: 2 }, /it names no rules version/],
    ['not JSON', '{ "format": "khitomer-save", ', /not valid JSON/],
  ];
  for (const [what, save, reason] of cases) {
    const text = typeof save === 'string' ? save : JSON.stringify(save);
    await page.evaluate(([key, t]) => localStorage.setItem(key, t), [SAVE_KEY, text] as const);
    await page.reload();
    const notice = page.getByTestId('notice');
    await expect(notice, what).toContainText('set aside');
    await expect(notice, what).toContainText(reason);
    await expect(page.getByTestId('continue'), what).toBeDisabled();
    const kept = await page.evaluate(() => [
      localStorage.getItem('khitomer.autosave'),
      localStorage.getItem('khitomer.autosave.set-aside'),
    ]);
    expect(kept, what).toEqual([null, text]);
    if (what === 'a __proto__ opponent') await screenshot(page, 'bad-save');
  }
  // The title still starts a game, without asking (nothing is saved any more).
  await startShortGame(page, 'loyalist', 'after-bad-saves');
  expect(errors).toEqual([]);
});

test('window.khitomer answers every call, whatever it is given, and never throws', async ({
  page,
  errors,
}) => {
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const answers = await page.evaluate(() => {
    const k = window.khitomer as unknown as Record<string, (...a: unknown[]) => unknown>;
    const bad: unknown[] = [
      undefined,
      null,
      42,
      'centennial-eve',
      { scenario: 'centennial-eve', seed: 42 },
      { scenario: { id: 'x', title: 'unchecked' } },
      { scenario: '__proto__' },
      { scenario: 'centennial-eve', opponent: '__proto__' },
      { scenario: 'centennial-eve', side: 'romulan' },
      Object.create(null),
    ];
    const out: { call: string; threw: string | null; value: unknown }[] = [];
    for (const name of ['newGame', 'issue', 'loadReplay', 'endTurn', 'state', 'hash', 'replay', 'active']) {
      for (const arg of bad) {
        try {
          out.push({ call: name, threw: null, value: JSON.parse(JSON.stringify(k[name]?.(arg) ?? null)) });
        } catch (e) {
          out.push({ call: name, threw: String(e), value: null });
        }
      }
    }
    return out;
  });
  expect(answers.filter((a) => a.threw !== null)).toEqual([]);
  const newGames = answers
    .filter((a) => a.call === 'newGame')
    .map((a) => a.value as { ok: boolean; message?: string });
  expect(newGames.every((v) => v.ok === false && typeof v.message === 'string')).toBe(true);
  expect(newGames[4]?.message).toBe('The seed must be text, not "42".');
  expect(newGames[5]?.message).toMatch(/^The scenario is not valid: /);
  expect(await page.evaluate(() => window.khitomer.screen())).toBe('title');
  expect(errors).toEqual([]);
});

test('Take over from the viewer asks before it replaces a game in progress', async ({ page }) => {
  await page.goto(LINK);
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await endYear(page);
  // The game so far, opened in the viewer: taking it over would start a new game.
  await page.evaluate(() => window.khitomer.loadReplay(window.khitomer.replay()));
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  // Asked inside the page, as New game asks (playtest 23: a native confirm was dismissed unseen).
  await page.getByTestId('take-over-federation').click();
  const ask = page.getByTestId('replace-dialog');
  await expect(ask).toContainText('A game is saved');
  await expect(ask).toContainText('taking over here would replace it');
  // Keep it: the saved game goes on where it was.
  await page.getByTestId('replace-keep').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  expect(await savedYear(page)).toEqual({ seed: 'from-a-link', years: 1 });
  await page.evaluate(() => window.khitomer.loadReplay(window.khitomer.replay()));
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await page.getByTestId('take-over-federation').click();
  await page.getByTestId('replace-yes').click();
  await expect(page.getByTestId('hud-power')).toContainText('Federation');
  const save = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), SAVE_KEY);
  expect(save.replay.branch.side).toBe('federation');
});

test('Continue puts back the orders queued and not sent; one that no longer passes is dropped with a notice', async ({
  page,
  errors,
}) => {
  await startShortGame(page, 'loyalist', 'queued-kept');
  await page.getByTestId('give-order').first().click();
  const queued = page.getByTestId('queued-order');
  await expect(queued).toHaveCount(1);
  const given = await queued.first().textContent();
  await page.reload();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await expect(queued).toHaveCount(1);
  await expect(queued.first()).toHaveText(given ?? '');
  await screenshot(page, 'continue-queued');
  // The kept year edited to hold an order the rules refuse: it is dropped, and the player told.
  await page.evaluate(() => {
    const kept = JSON.parse(localStorage.getItem('khitomer.autosave.year') ?? '{}');
    kept.queued.federation.push({ type: 'move', fleet: 'no-such-fleet', to: 'nowhere' });
    localStorage.setItem('khitomer.autosave.year', JSON.stringify(kept));
  });
  await page.getByTestId('to-title').click();
  await page.getByTestId('continue').click();
  await expect(page.getByTestId('notice')).toContainText(
    'An order queued before the game was left no longer passes the rules, and was dropped',
  );
  // In the panel's flow, between its scrolled list and the queue: over neither (floating at the
  // panel's foot, playtest 24's "You took over in 2300…" covered "Orders for 2301").
  const [list, notice, foot] = await page.getByTestId('notice').evaluate((n) => {
    const panel = n.parentElement;
    const box = (e: Element | null | undefined) => {
      const r = e?.getBoundingClientRect();
      return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom) } : null;
    };
    return [box(panel?.querySelector(':scope > .body')), box(n), box(panel?.querySelector(':scope > .foot'))];
  });
  expect(list && notice && foot).toBeTruthy();
  expect(notice?.top).toBeGreaterThanOrEqual(list?.bottom ?? Number.POSITIVE_INFINITY);
  expect(notice?.bottom).toBeLessThanOrEqual(foot?.top ?? Number.NEGATIVE_INFINITY);
  await screenshot(page, 'continue-notice');
  await expect(queued).toHaveCount(1);
  await expect(queued.first()).toHaveText(given ?? '');
  // The year played: its report is the year's, and the order went with it.
  await endTurnAnyway(page);
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 15_000 });
  const save = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), SAVE_KEY);
  expect(save.replay.turns[0].orders.federation).toHaveLength(1);
  expect(errors).toEqual([]);
});
