// A world's many fleets on the map (playtest 33): six Klingon fleets at Boreth, drawn in one row to
// its left, ran across Ty'Gokor's disc. They stand in rows of three now, each row above the last.
import { readFileSync } from 'node:fs';
import type { Drawn } from '../../src/game/api';
import { expect, screenshot, test } from './helpers';

const campaign = JSON.parse(readFileSync('levels/khitomer-accords.json', 'utf8'));

/** Whether two boxes of the page overlap. */
function overlap(a: Drawn, b: Drawn): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

test('six fleets at one world stand in two rows of three, clear of the next world and its name', async ({
  page,
  errors,
}) => {
  const scenario = structuredClone(campaign);
  // Six fleets of 12 at Boreth, as the playtest's Empire built them for its parade.
  for (let i = 0; i < 6; i++)
    scenario.powers.klingon.fleets.push({ id: `parade-${i}`, location: 'boreth', strength: 12 });
  await page.goto('/');
  const started = await page.evaluate(
    (sc) => window.khitomer.newGame({ scenario: sc, seed: 'rows', side: 'klingon', opponent: 'loyalist' }),
    scenario,
  );
  expect(started).toEqual({ ok: true });
  await expect(page.getByTestId('hud-year')).toHaveText('2293');
  const cam = await page.evaluate(() => window.khitomer.camera());
  if (!cam) throw new Error('no map showing');
  const onPage = (x: number, y: number) => ({
    x: cam.view.x + cam.view.w / 2 + (x - cam.x) * cam.zoom,
    y: cam.view.y + cam.view.h / 2 + (y - cam.y) * cam.zoom,
  });
  const boreth = onPage(945, 610);
  const tygokor = onPage(820, 585);
  const drawn: Drawn[] = await page.evaluate(() => window.khitomer.drawn());
  // Boreth's ships: the images up and to its left, within three rows' reach.
  const ships = drawn.filter(
    (d) =>
      d.kind === 'image' &&
      d.text.startsWith('ship-') &&
      d.x + d.w / 2 < boreth.x &&
      d.y + d.h / 2 < boreth.y &&
      Math.hypot(d.x + d.w / 2 - boreth.x, d.y + d.h / 2 - boreth.y) < 140 * cam.zoom,
  );
  expect(ships).toHaveLength(6);
  // Two rows of three.
  const rows = [...new Set(ships.map((d) => Math.round(d.y)))].sort((a, b) => a - b);
  expect(rows).toHaveLength(2);
  for (const y of rows) expect(ships.filter((d) => Math.round(d.y) === y)).toHaveLength(3);
  // None reaches Ty'Gokor's disc (radius 10 + 5 / 2 for an output of 5) or its name.
  const disc = 12.5 * cam.zoom;
  for (const d of ships) {
    const nearX = Math.max(d.x, Math.min(tygokor.x, d.x + d.w));
    const nearY = Math.max(d.y, Math.min(tygokor.y, d.y + d.h));
    expect(Math.hypot(nearX - tygokor.x, nearY - tygokor.y)).toBeGreaterThan(disc);
  }
  const name = drawn.find((d) => d.kind === 'text' && d.text === "Ty'Gokor");
  if (!name) throw new Error("Ty'Gokor's name is not drawn");
  const strengths = drawn.filter((d) => d.kind === 'text' && d.text === '12');
  expect(strengths).toHaveLength(6);
  for (const d of [...ships, ...strengths]) expect(overlap(d, name), `${d.text} over Ty'Gokor`).toBe(false);
  // A row's strengths sit between it and the row above, over no ship.
  for (const t of strengths)
    for (const d of ships) expect(overlap(t, d), 'a strength over a ship').toBe(false);
  await screenshot(page, 'fleet-rows-boreth');
  expect(errors).toEqual([]);
});
