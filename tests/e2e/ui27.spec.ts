// Small screen defects from playtest 25: the title's default with a game saved; fleet strengths
// drawn on the rings of the worlds beside them; the editor's strip below its bar and its cut power
// list; the replay viewer's map keys.
import type { Page } from '@playwright/test';
import type { Drawn } from '../../src/game/api';
import { screenAt } from './editor-view';
import { expect, screenshot, test } from './helpers';

test('the title focuses Continue when a game is saved, New game when none is', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('continue')).toBeDisabled();
  await expect(page.getByTestId('new-game')).toBeFocused();
  // A game played a year, then the page reloaded: the title again, with the game saved.
  await page.goto('/?scenario=centennial-eve&seed=ui27-title&side=federation&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await page.reload();
  await expect(page.getByTestId('saved-game')).toContainText('2294');
  await expect(page.getByTestId('continue')).toBeFocused();
  await expect(page.getByTestId('continue')).toHaveClass(/primary/);
  await expect(page.getByTestId('new-game')).not.toHaveClass(/primary/);
  await screenshot(page, 'ui27-title-saved');
  // Enter takes the default: the saved game, not the question whether to replace it.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hud-year')).toHaveText('2294');
  await expect(page.getByTestId('replace-yes')).toHaveCount(0);
});

interface Disc {
  name: string;
  x: number;
  y: number;
  r: number;
}

/**
 * Each world's disc with its rings (a capital's, a zone's, a named world's red one), in page pixels,
 * as the map draws them; and the boxes of the fleets' strengths and of the worlds' names.
 */
async function mapParts(page: Page): Promise<{ discs: Disc[]; strengths: Drawn[]; names: Drawn[] }> {
  const { discs, names } = await page.evaluate(() => {
    const s = window.khitomer.state();
    const cam = window.khitomer.camera();
    if (!s || !cam) throw new Error('no game map');
    const named = new Set(
      s.wars.filter((w) => w.target !== null && w.raiders && w.strength > 0).map((w) => w.target),
    );
    const discs = s.systems.map((w) => {
      const r = w.capital ? 16 : 10 + Math.min(6, w.output / 2);
      // The outer edge of what is drawn round it: line widths included.
      let ring = w.capital ? r + 5.5 : r;
      if (w.zone === 'neutral-zone' || w.zone === 'disputed') ring = Math.max(ring, r + 10);
      if (named.has(w.id)) ring = Math.max(ring, r + 19.5);
      return {
        name: w.name,
        x: (w.x - cam.x) * cam.zoom + cam.view.x + cam.view.w / 2,
        y: (w.y - cam.y) * cam.zoom + cam.view.y + cam.view.h / 2,
        r: ring * cam.zoom,
      };
    });
    return { discs, names: s.systems.map((w) => w.name) };
  });
  const drawn = (await page.evaluate(() => window.khitomer.drawn())).filter((d) => d.kind === 'text');
  return {
    discs,
    strengths: drawn.filter((d) => /^\d+$/.test(d.text)),
    names: drawn.filter((d) => names.includes(d.text)),
  };
}

/** Whether a box and a circle share any point (the box's nearest point to the centre is inside). */
function cuts(b: Drawn, c: Disc): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.w));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
  return Math.hypot(nx - c.x, ny - c.y) < c.r;
}

const meets = (a: Drawn, b: Drawn) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('on the campaign at 1280×800 no fleet’s strength lies on a world, its rings or a name', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?scenario=khitomer-accords&seed=play25&side=klingon&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const check = async (year: string) => {
    await expect(page.getByTestId('hud-year')).toHaveText(year);
    // The year's playback (its fleets moving) over.
    await page.waitForTimeout(1500);
    const { discs, strengths, names } = await mapParts(page);
    expect(strengths.length, `${year}: the fleets' strengths drawn`).toBeGreaterThan(5);
    const onWorlds = strengths.flatMap((s) =>
      discs
        .filter((d) => cuts(s, d))
        .map((d) => `${year}: "${s.text}" at ${Math.round(s.x)},${Math.round(s.y)} on ${d.name}`),
    );
    const onNames = strengths.flatMap((s) =>
      names.filter((n) => meets(s, n)).map((n) => `${year}: "${s.text}" on the name ${n.text}`),
    );
    return [...onWorlds, ...onNames];
  };
  const found = await check('2293');
  await screenshot(page, 'ui27-fleets-2293');
  // Years on, with fleets gathered and worlds named by raiders: the same.
  let namedSeen = false;
  let year = 2293;
  while (year < 2300) {
    await page.evaluate(() => window.khitomer.endTurn());
    if ((await page.evaluate(() => window.khitomer.screen())) !== 'game') break;
    year++;
    found.push(...(await check(String(year))));
    await screenshot(page, 'ui27-fleets-later');
    namedSeen ||= await page.evaluate(() =>
      (window.khitomer.state()?.wars ?? []).some((w) => w.target !== null && w.raiders && w.strength > 0),
    );
  }
  expect(year, 'years played').toBeGreaterThan(2296);
  expect(namedSeen, 'a world named by raiders on the way (its red ring)').toBe(true);
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});

// At 1024×640 the map is drawn small and the strengths at their least readable size, wider than the
// ships' step: two ships' strengths beside one world read "810" (8 and 10 at Romulus).
test('at 1024×640 no two fleets’ strengths meet, nor lie on a world or a name', async ({ page, errors }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.goto('/?scenario=the-withdrawal&seed=map-fit&side=federation&opponent=pragmatist');
  await expect(page.getByTestId('hud-year')).toBeVisible();
  await page.waitForTimeout(500);
  const { discs, strengths, names } = await mapParts(page);
  expect(strengths.length).toBeGreaterThan(10);
  const found = strengths.flatMap((s, i) => [
    ...strengths
      .slice(i + 1)
      .filter((t) => meets(s, t))
      .map((t) => `"${s.text}" meets "${t.text}"`),
    ...discs.filter((d) => cuts(s, d)).map((d) => `"${s.text}" on ${d.name}`),
    ...names.filter((n) => meets(s, n)).map((n) => `"${s.text}" on the name ${n.text}`),
  ]);
  await screenshot(page, 'ui27-fleets-1024');
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});

test('the editor’s map and panel start at its bar’s foot, and the power list shows its longest name whole', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByTestId('scenario-editor').click();
  const bar = page.getByTestId('editor-bar');
  await expect(bar).toBeVisible();
  await page.getByTestId('editor-open').click();
  await page.getByTestId('open-builtin').selectOption('centennial-eve');
  await page.getByTestId('open-copy').click();
  await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
  await screenAt(page, 500, 500); // the camera settled
  const barBox = await bar.boundingBox();
  const sideBox = await page.getByTestId('editor-side').boundingBox();
  const cam = await page.evaluate(() => window.khitomer.camera());
  if (!barBox || !sideBox || !cam) throw new Error('no bar, panel or map');
  const foot = barBox.y + barBox.height;
  expect(foot).toBeLessThan(50);
  expect(Math.abs(sideBox.y - foot), 'the panel starts at the bar’s foot').toBeLessThanOrEqual(1);
  expect(Math.abs(cam.view.y - foot), 'the map is drawn from the bar’s foot').toBeLessThanOrEqual(1);
  // The power list is as wide as its longest name ("Romulan Star Empire" read "Romulan St").
  const power = page.getByTestId('tool-power');
  await power.selectOption({ label: 'Romulan Star Empire' });
  const room = await power.evaluate((sel) => {
    const s = sel as HTMLSelectElement;
    const style = getComputedStyle(s);
    const span = document.createElement('span');
    span.style.font = style.font;
    span.style.whiteSpace = 'nowrap';
    span.style.position = 'absolute';
    document.body.append(span);
    const widths = [...s.options].map((o) => {
      span.textContent = o.text;
      return span.getBoundingClientRect().width;
    });
    span.remove();
    return {
      longest: Math.max(...widths),
      inside: s.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight),
    };
  });
  // The text and the list's arrow (at least 12 px) fit inside.
  expect(room.inside).toBeGreaterThanOrEqual(room.longest + 12);
  // The bar is still one row at 1280 px, wholly in view.
  expect(await bar.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
  await screenshot(page, 'ui27-editor');
  expect(errors).toEqual([]);
});

test('the replay viewer’s map pans with WASD, zooms with + and −, and F fits it whole again', async ({
  page,
  errors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.waitForFunction(() => window.khitomer !== undefined);
  const opened = await page.evaluate(async () => {
    window.khitomer.newGame({
      scenario: 'centennial-eve',
      seed: 'ui27-viewer',
      side: 'federation',
      opponent: 'pragmatist',
    });
    for (let i = 0; i < 3; i++) window.khitomer.endTurn();
    return window.khitomer.loadReplay(window.khitomer.replay());
  });
  expect(opened.ok).toBe(true);
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await expect(page.getByTestId('viewer-year')).toHaveText('2293');
  const camera = async () => {
    await page.waitForTimeout(150);
    const c = await page.evaluate(() => window.khitomer.camera());
    if (!c) throw new Error('no viewer map');
    return c;
  };
  // The map is clicked first: the keys are the map's, not a button's.
  const fitted = await camera();
  await page.mouse.click(fitted.view.x + 30, fitted.view.y + fitted.view.h - 30);
  await page.keyboard.press('d');
  await page.keyboard.press('s');
  const panned = await camera();
  expect(panned.x).toBeGreaterThan(fitted.x);
  expect(panned.y).toBeGreaterThan(fitted.y);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const zoomed = await camera();
  expect(zoomed.zoom).toBeGreaterThan(fitted.zoom * 1.2);
  await screenshot(page, 'ui27-viewer-zoomed');
  await page.keyboard.press('-');
  expect((await camera()).zoom).toBeLessThan(zoomed.zoom);
  // The arrows still step the years, and leave the map where it is.
  const before = await camera();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('viewer-year')).toHaveText('2294');
  expect(await camera()).toEqual(before);
  await page.keyboard.press('f');
  const again = await camera();
  expect(again.zoom).toBeCloseTo(fitted.zoom, 5);
  expect(again.x).toBeCloseTo(fitted.x, 3);
  expect(again.y).toBeCloseTo(fitted.y, 3);
  await screenshot(page, 'ui27-viewer-fitted');
  expect(errors).toEqual([]);
});
