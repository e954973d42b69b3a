// A small window (1024×640) and 1280×720: the HUD shows every item whole, in one band at 1280 px
// and in two tidy lines at 1024 px (it wrapped to a third, its buttons in two rows), and the map is
// fitted below the HUD's real height (it was fitted below a band of 56 px, and ran under the HUD).
// New game's question before a saved game is replaced keeps its buttons and keys line in sight.
import type { Page } from '@playwright/test';
import { expect, screenshot, startShortGame, test } from './helpers';
import { playTo, start } from './play20';

/** What of the map (a world's name, a fleet's ship or strength) runs into the HUD's box. */
async function underHud(page: Page): Promise<string[]> {
  const hud = await page.getByTestId('hud').boundingBox();
  if (!hud) throw new Error('no HUD');
  const drawn = await page.evaluate(() => window.khitomer.drawn());
  return drawn
    .filter((d) => d.text !== 'star')
    .filter((d) => d.y < hud.y + hud.height && d.y + d.h > hud.y)
    .map((d) => `${d.kind} ${d.text} at y ${Math.round(d.y)}`);
}

for (const [width, height, tallest] of [
  [1024, 640, 90],
  [1280, 720, 62],
  // Narrower still, the cells wrap to three lines: the map is fitted below them all the same.
  [900, 640, 130],
] as const) {
  test(`at ${width}×${height} the HUD shows every item whole, at most ${tallest} px high, and nothing of the map lies under it`, async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width, height });
    // The campaign (Romulus, at the map's top edge) in 2296, a leak's −15 due beside the standing.
    await start(page);
    await playTo(page, 2295);
    await expect(page.getByTestId('hud-year')).toHaveText('2296');
    const hud = page.getByTestId('hud');
    const box = await hud.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(tallest);
    for (const id of [
      'hud-year',
      'hud-standings',
      'hud-due-klingon',
      'hud-status',
      'hud-support',
      'hud-score',
      'hud-influence',
      'hud-seed',
      'copy-seed',
      'open-how-to-win',
      'open-rules',
      'open-settings',
      'to-title',
      'export-replay',
      'share-link',
    ])
      await expect(hud.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    await expect(hud.getByTestId('hud-due-klingon')).toHaveText(' −15 due');
    await expect(hud.getByText(/^reserves \d+\/\d+ · industry \d+ ·/)).toBeInViewport({ ratio: 1 });
    // Nothing cut off: no cell (the seed's aside, cut with an ellipsis when long) holds more than it shows.
    const cut = await hud.evaluate((h) =>
      [h, ...h.querySelectorAll<HTMLElement>('*')]
        .filter((e) => !e.closest('.hud-seed') && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
        .map((e) => e.dataset.testid ?? e.className),
    );
    expect(cut).toEqual([]);
    // The map is fitted below the HUD (once measured: the fit follows its height): the top edge of its
    // margin (40 map units above the topmost world's row) is drawn below the HUD's bottom.
    const bottom = (box?.y ?? 0) + (box?.height ?? 0);
    const mapTop = () =>
      page.evaluate(() => {
        const c = window.khitomer.camera();
        return c ? c.view.y + c.view.h / 2 + (-40 - c.y) * c.zoom : -1;
      });
    await expect.poll(mapTop).toBeGreaterThanOrEqual(bottom);
    await expect.poll(() => underHud(page)).toEqual([]);
    await screenshot(page, `small-window-${width}x${height}`);
    expect(errors).toEqual([]);
  });
}

for (const [width, height] of [
  [1024, 600],
  [800, 600],
] as const)
  test(`at ${width}×${height} New game's question over a saved game shows its buttons and keys line, however the form is scrolled`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await startShortGame(page, 'loyalist', 'kept');
    await page.getByTestId('to-title').click();
    await page.getByTestId('new-game').click();
    // The campaign, the longest story above the question.
    await page.getByTestId('scenario-khitomer-accords').check();
    await page.getByTestId('start').click();
    const ask = page.getByTestId('replace-confirm');
    await expect(ask).toContainText('A game is saved');
    const inSight = ['replace-yes', 'replace-keep', 'replace-cancel', 'replace-keys'];
    const allInSight = async (when: string) => {
      for (const id of inSight)
        await expect(page.getByTestId(id), `${id}, ${when}`).toBeInViewport({ ratio: 1 });
    };
    // Asked: the question just below Start, which asked it; Keep in focus (Enter keeps).
    await allInSight('asked');
    await expect(page.getByTestId('start')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('replace-keep')).toBeFocused();
    await expect(page.getByTestId('replace-keys')).toHaveText('Enter the button in focus · Esc cancel');
    await screenshot(page, `replace-question-${width}x${height}`);
    // The form scrolled back up to read the scenario again: the question stays at the dialog's foot.
    const dialog = page.getByTestId('new-game-dialog');
    await dialog.evaluate((d) => d.scrollTo({ top: 0 }));
    await expect(page.getByTestId('scenario-list')).toBeInViewport();
    await allInSight('the form scrolled to its top');
    await screenshot(page, `replace-question-${width}x${height}-scrolled`);
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(dialog).toBeVisible();
  });
