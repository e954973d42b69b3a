// Two display loose ends (task ui32). A war's raiders on the map: arms, open support and war aid
// change the war's strength, not its raiders' fleet, and the raiders fight with their war's (rules
// version 19); the map's label, its tip and the side panel's fleet list read the fleet's older number
// beside the raid card's.
import type { Page } from '@playwright/test';
import type { Drawn } from '../../src/game/api';
import { openItem, openSection, put } from './editor-view';
import { expect, screenshot, test } from './helpers';

/** A map point where the page draws it (api.ts `camera`). */
async function onPage(page: Page, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const cam = await page.evaluate(() => window.khitomer.camera());
  if (!cam) throw new Error('no map showing');
  return {
    x: cam.view.x + cam.view.w / 2 + (at.x - cam.x) * cam.zoom,
    y: cam.view.y + cam.view.h / 2 + (at.y - cam.y) * cam.zoom,
  };
}

/** The strengths drawn within `r` page pixels of a point: the numbers over the fleets lying there. */
async function strengthsNear(page: Page, at: { x: number; y: number }, r: number): Promise<string[]> {
  const drawn: Drawn[] = await page.evaluate(() => window.khitomer.drawn());
  return drawn
    .filter((d) => d.kind === 'text' && /^\d+$/.test(d.text))
    .filter((d) => Math.hypot(d.x + d.w / 2 - at.x, d.y + d.h / 2 - at.y) < r)
    .map((d) => d.text)
    .sort();
}

test("a war's raiders show their war's strength on the map, in its tip and in the side panel", async ({
  page,
  errors,
}) => {
  // Seed play-ce-26 against the loyalist: the Romulans name Khitomer in 2294, to strike it in 2296;
  // their raiders gather at Romulus with strength 5.
  await page.goto('/?scenario=centennial-eve&seed=play-ce-26&side=federation&opponent=loyalist');
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  await page.evaluate(() => {
    window.khitomer.endTurn();
    window.khitomer.endTurn();
  });
  await expect(page.getByTestId('hud-year')).toHaveText('2295');
  const named = await page.evaluate(() => window.khitomer.state()?.wars[0]);
  expect(named).toMatchObject({ thirdPower: 'romulan', target: 'khitomer', since: 2296, strength: 5 });
  // The Federation's war aid to the Klingons blunts the war (15 reserves: 3 off its strength).
  expect(
    await page.evaluate((war) => window.khitomer.issue({ type: 'aid', target: war, amount: 15 }), named?.id),
  ).toEqual({ ok: true });
  await page.evaluate(() => window.khitomer.endTurn());
  await expect(page.getByTestId('hud-year')).toHaveText('2296');

  const s = await page.evaluate(() => window.khitomer.state());
  const war = s?.wars.find((w) => w.id === named?.id);
  const raiders = s?.fleets.find((f) => f.id === war?.raiders);
  const romulus = s?.systems.find((x) => x.id === 'romulus');
  if (!s || !war || !raiders || !romulus) throw new Error('no war, raiders or Romulus');
  // The fleet still reads the 5 it gathered with; the war is at 2, and no supply is paid to it.
  expect(raiders).toMatchObject({ location: 'romulus', strength: 5 });
  expect(war).toMatchObject({ strength: 2, armedBy: [], supportedBy: [] });
  const others = s.fleets.filter((f) => f.location === 'romulus' && f.id !== raiders.id);

  // The map: the numbers over the ships at Romulus are the others' and the war's, not the fleet's 5.
  const at = await onPage(page, romulus);
  const want = [...others.map((f) => String(f.strength)), '2'].sort();
  await expect.poll(() => strengthsNear(page, at, 70)).toEqual(want);
  await screenshot(page, 'ui32-raiders-label');

  // The tip over Romulus says the same number for the raiders; the one over Khitomer, the raid's.
  await page.mouse.move(at.x, at.y);
  const tooltip = page.getByTestId('tooltip');
  await expect(tooltip).toBeVisible();
  // Named as raiders (their raid's card says "sends raiders"), their owner said once.
  const raidersLine = tooltip
    .locator('div')
    .filter({ hasText: /^The Romulan Star Empire raiders [A-Z][a-z]+, strength 2$/ });
  await expect(raidersLine).toHaveCount(1);
  await expect(tooltip).not.toContainText('(Romulan Star Empire)');
  await expect(tooltip).not.toContainText('strength 5');
  await screenshot(page, 'ui32-raiders-tip');
  const khitomer = s.systems.find((x) => x.id === 'khitomer');
  if (!khitomer) throw new Error('no Khitomer');
  const k = await onPage(page, khitomer);
  await page.mouse.move(k.x, k.y);
  await expect(tooltip).toContainText('Named by Romulan Star Empire: strength 2 now, strikes in 2296');
  await page.mouse.move(5, 790);

  // The side panel's fleet list at Romulus.
  expect(await page.evaluate(() => window.khitomer.select('romulus'))).toBe(true);
  await page.getByTestId('tab-orders').click();
  const panel = page.getByTestId('orders-panel');
  const fleets = panel.locator('div').filter({ hasText: /^Fleets: / });
  await expect(fleets).toHaveCount(1);
  await expect(fleets).toContainText(/The Romulan Star Empire raiders [A-Z][a-z]+, strength 2(;|$)/);
  await expect(fleets).not.toContainText('(Romulan Star Empire)');
  await expect(fleets).not.toContainText('strength 5');
  expect(errors).toEqual([]);
});

// The editor's folded item read "Remove" before its title to a screen reader: the floated Remove came
// first in its summary. The title comes first now; Remove is drawn where it was, at the right of the
// summary's first line, clear of the title and of an open item's box.

/** The page boxes of a timeline item's summary, its title's lines, its Remove, and its open box. */
async function itemBoxes(page: Page) {
  return page.locator('fieldset[data-path="timeline"] > details.item').evaluateAll((items) =>
    items.map((item) => {
      const box = (r: DOMRect) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom });
      const summary = item.querySelector(':scope > summary');
      const remove = summary?.querySelector('button');
      // The summary's words in the order they are read, and the title's lines: its text outside Remove.
      const texts: Text[] = [];
      if (summary) {
        const walk = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode())
          if (n.textContent?.trim()) texts.push(n as Text);
      }
      const range = document.createRange();
      const lines: ReturnType<typeof box>[] = [];
      for (const n of texts) {
        if (remove?.contains(n)) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) lines.push(box(r));
      }
      return {
        path: (item as HTMLElement).dataset.path ?? '',
        text: summary?.textContent ?? '',
        buttonFirst: texts.length > 0 && remove?.contains(texts[0] ?? null) === true,
        summary: summary ? box(summary.getBoundingClientRect()) : null,
        remove: remove ? box(remove.getBoundingClientRect()) : null,
        lines,
        fields: (item as HTMLDetailsElement).open
          ? box((item.querySelector(':scope > fieldset') ?? item).getBoundingClientRect())
          : null,
      };
    }),
  );
}

/** Each item's title first, its Remove on the summary's first line at its right, clear of the title. */
async function expectTitleFirst(page: Page, long: string): Promise<void> {
  const items = await itemBoxes(page);
  expect(items.length).toBeGreaterThan(3);
  let wrapped = 0;
  for (const it of items) {
    const { summary, remove, fields, lines } = it;
    if (!summary || !remove) throw new Error(`${it.path}: no summary or no Remove`);
    // Read in order: the title ("Timeline #2: historic · 2294 · …"), then Remove.
    expect(it.buttonFirst, `${it.path}: Remove first in its summary`).toBe(false);
    expect(it.text, `${it.path}: the summary's text`).toMatch(/^Timeline #\d+: .+Remove$/);
    // On the summary's first line, within it, at its right.
    expect(remove.y - summary.y, `${it.path}: Remove on the first line`).toBeGreaterThanOrEqual(-0.5);
    expect(remove.y - summary.y, `${it.path}: Remove on the first line`).toBeLessThan(6);
    expect(remove.bottom, `${it.path}: Remove inside its summary`).toBeLessThanOrEqual(summary.bottom + 0.5);
    expect(Math.abs(remove.right - summary.right), `${it.path}: Remove at the right`).toBeLessThan(1);
    // The title's first line beside it, and no line of the title under it.
    expect(lines[0]?.y ?? Number.NaN, `${it.path}: title's first line`).toBeLessThan(remove.bottom);
    for (const l of lines)
      if (l.bottom > remove.y && l.y < remove.bottom)
        expect(l.right, `${it.path}: title clear of Remove`).toBeLessThanOrEqual(remove.x + 0.5);
    if (fields) expect(remove.bottom, `${it.path}: above its box`).toBeLessThanOrEqual(fields.y + 0.5);
    if (it.text.includes(long)) {
      wrapped++;
      expect(
        new Set(lines.map((l) => Math.round(l.y))).size,
        `${it.path}: the long title wraps`,
      ).toBeGreaterThan(1);
    }
  }
  expect(wrapped).toBe(1);
}

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const)
  test(`at ${width}×${height} an editor item's summary reads its title first, Remove still at its first line's right`, async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByTestId('scenario-editor').click();
    await page.getByTestId('editor-open').click();
    await page.getByTestId('open-builtin').selectOption('centennial-eve');
    await page.getByTestId('open-copy').click();
    await expect(page.getByTestId('editor-errors')).toHaveText('0 errors');
    await page.getByTestId('editor-tab-scenario').click();
    await openSection(page, 'timeline');
    const long = 'A Parcel of Land on Each Capital for the Other Power’s Embassy, Granted by Both Councils';
    await openItem(page, 'timeline[1]');
    await put(page, 'timeline[1].title', long);
    const summary = page.locator('details.item[data-path="timeline[1]"] > summary');
    await summary.click({ position: { x: 6, y: 6 } });
    await expect(page.locator('details.item[data-path="timeline[1]"]')).not.toHaveAttribute('open');
    await page.locator('details.item[data-path="timeline[0]"]').scrollIntoViewIfNeeded();
    await screenshot(page, `ui32-editor-folded-${width}`);
    // What a screen reader reads of the folded item: its title, then Remove.
    await expect(summary).toHaveText(new RegExp(`^Timeline #2: .*${long.slice(0, 20)}.*Remove$`));
    await expectTitleFirst(page, long);
    // One open: its Remove on its line, clear of its box's border.
    await openItem(page, 'timeline[2]');
    await page.locator('details.item[data-path="timeline[2]"]').scrollIntoViewIfNeeded();
    await screenshot(page, `ui32-editor-open-${width}`);
    await expectTitleFirst(page, long);
    // Remove removes that event, and folds or unfolds nothing.
    await page.getByTestId('remove-timeline[1]').click();
    await expect(summary).not.toContainText('Parcel');
    expect(errors).toEqual([]);
  });
