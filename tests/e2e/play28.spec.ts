// The newcomer playtest of session 28: the middle decades of The Khitomer Accords (2323 to 2355) as
// the Klingon Empire against the hawk, seed play28, through the screens (play28.ts). The years
// 2293–2322 are recorded headless (the Empire played by the loyalist AI, as the README's replays are)
// and taken over in 2323 from the replay viewer, as a player takes over a recorded game.
// The report is /work/wt/play28-report.md.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { RULES_VERSION } from '../../src/sim/game';
import type { Order } from '../../src/sim/orders';
import { canonicalOrder, REPLAY_FORMAT, REPLAY_VERSION, scenarioHash } from '../../src/sim/replay/format';
import { parseScenarioText } from '../../src/sim/scenario/parse';
import { simulate } from '../../src/sim/simulate';
import { expect, screenshot, test } from './helpers';
import { keep, playYear, type Tries, type Year } from './play28';
import { given, previewed } from './playtest-driver';

async function takeOverIn2323(page: Page, seed: string): Promise<void> {
  const scenario = parseScenarioText(readFileSync('levels/khitomer-accords.json', 'utf8'));
  if (!scenario.ok) throw new Error('khitomer-accords did not load');
  // The years 2293–2322 as the loyalist plays them, recorded as the game records a replay (orders
  // the rules accepted, the hash after each year).
  const turns: { year: number; orders: Record<'federation' | 'klingon', Order[]>; hash: string }[] = [];
  const played = simulate(scenario.value, {
    seed,
    policies: { federation: 'hawk', klingon: 'loyalist' },
    maxTurns: 30,
    onTurn: (report, _after, orders) => {
      const kept = (party: 'federation' | 'klingon') => {
        const refused = new Set(report.refused.filter((r) => r.party === party).map((r) => r.index));
        return orders[party].filter((_, i) => !refused.has(i)).map((o) => canonicalOrder(o));
      };
      turns.push({
        year: report.year,
        orders: { federation: kept('federation'), klingon: kept('klingon') },
        hash: report.hash,
      });
    },
  });
  expect(played.ok).toBe(true);
  expect(turns.length).toBe(30);
  const replay = {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    rulesVersion: RULES_VERSION,
    scenario: { id: scenario.value.id, hash: scenarioHash(scenario.value) },
    seed,
    players: { federation: 'hawk', klingon: 'loyalist' },
    branch: null,
    turns,
    result: null,
  };

  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const opened = await page.evaluate((r) => window.khitomer.loadReplay(r), replay);
  expect(opened.ok, JSON.stringify(opened)).toBe(true);
  await expect(page.getByTestId('viewer-verified')).toContainText('30 years re-simulated', {
    timeout: 30_000,
  });
  for (let i = 0; i < 40; i++) {
    if ((await page.getByTestId('viewer-year').textContent()) === '2323') break;
    await page.getByTestId('viewer-forward').click();
  }
  await expect(page.getByTestId('viewer-year')).toHaveText('2323');
  await screenshot(page, `${seed}-viewer-2323`);
  await page.getByTestId('take-over-klingon').click();
  const replace = page.getByTestId('replace-yes');
  await expect(page.getByTestId('hud-year').or(replace)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(page.getByTestId('hud-year')).toHaveText('2323');
  await expect(page.getByTestId('hud-power')).toContainText('Klingon Empire');
  const hint = page.getByTestId('hint-dismiss').first();
  if (await hint.isVisible()) await hint.click();
  await screenshot(page, `${seed}-2323`);
}

/** Play from 2323 through the screens until 2355 is played or the game ends; the years, and whether it ended. */
async function playOn(page: Page, name: string, tries: Tries): Promise<{ years: Year[]; ended: boolean }> {
  const years: Year[] = [];
  let ended = false;
  for (let year = 2323; year <= 2355 && !ended; year++) {
    const y = await playYear(page, year, years.at(-1), tries, async () => {
      await screenshot(page, `${name}-events-${year}`);
    });
    await screenshot(page, `${name}-report-${year}`);
    for (const text of [y.hud, y.events, y.orders, y.eventsAfter, y.report])
      expect(text, `${year}`).not.toMatch(/NaN|undefined|\[object|Error|\{[a-z]+\}/);
    await page.getByTestId('report-continue').click();
    const verdict = page.getByTestId('end-screen');
    await expect(page.getByTestId('hud-year').or(verdict)).toBeVisible({ timeout: 15_000 });
    if (await verdict.isVisible()) {
      ended = true;
      await screenshot(page, `${name}-end`);
      y.ledger = ((await page.getByTestId('end-screen').textContent()) ?? '').trim();
    } else {
      await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
      await page.keyboard.press('l');
      y.ledger = ((await page.getByTestId('ledger-panel').textContent()) ?? '').trim();
      if (year % 5 === 0) await screenshot(page, `${name}-ledger-${year + 1}`);
      await page.keyboard.press('c');
      y.chart = ((await page.getByTestId('chart-panel').textContent()) ?? '').trim();
      if (year % 5 === 0) await screenshot(page, `${name}-chart-${year + 1}`);
    }
    years.push(y);
    keep(name, years);
  }
  return { years, ended };
}

test('seed play28: the Empire against the hawk from 2323 to 2355: protests, the hawk’s arms and an ignored ruling, a suspension offered and kept, strained Accords that spare the Empire', async ({
  page,
}) => {
  // Under rules version 31's events this seed plays the decades seed play28d played before: the game
  // goes on to 2355. (Until then, the Federation's arms to the Tholians were seen in 2324, the Empire
  // protested in 2325, suspended in 2328, and the hawk never climbed back: seed play28d's story now.)
  test.setTimeout(840_000);
  await takeOverIn2323(page, 'play28');
  await expect(page.getByTestId('hud-status')).toContainText('in force');
  const { years, ended } = await playOn(page, 'play28', {});
  expect(ended).toBe(false);
  expect(years.map((x) => x.year)).toEqual(Array.from({ length: 33 }, (_, i) => 2323 + i));
  const y = (year: number) => years.find((x) => x.year === year);
  const report = (year: number) => y(year)?.report ?? '';
  // Each protest says what it does: the next breach of its article, within 5 years, costs 50% more.
  for (const [year, article] of [
    [2325, 'V'],
    [2330, 'I'],
    [2337, 'III'],
  ] as const)
    expect(given(y(year), `Protest the Federation's breach of Article ${article}`)).toContain(
      `next violation of Article ${article} charged within 5 years costs it 50% more standing`,
    );
  // 2336: the hawk sells arms to the Tholians at war with the Empire, seen at once, and ignores the
  // ruling that gave Archanis IV to the Empire: an ignored ruling is a violation.
  expect(report(2336)).toContain(
    'The Federation · Art. III · −15 · The Federation sells arms to the Tholian Assembly, at war with the Klingon Empire. (Seen at once)',
  );
  expect(report(2336)).toContain(
    'The Federation · Art. VI · −25 · The Federation ignores the ruling that Archanis IV goes to the Klingon Empire.',
  );
  // Its standing below 20 in 2337, the Empire may suspend: the card says what each answer brings, and
  // the newcomer keeps the Accords, which are never suspended.
  expect(report(2337)).toContain(
    'Keep: the Accords stand and nothing changes; you may still suspend them in any year its standing stays below 20',
  );
  for (const x of years) expect(x.hud, `${x.year}`).not.toContain('Accords suspended');
  // Strained Accords spare a government that answered the other's breaches that year (rules version
  // 23: the protests and demands of 2330, 2337, 2347 and 2349), and since rules version 26 one with
  // no breach of the other's seen lately to answer (2339–2342). In 2338 the hawk's breaches of 2337
  // ask an answer the newcomer does not give, and both governments are blamed.
  const answered = "the Klingon Empire answered the Federation's breaches this year and is spared.";
  expect(years.filter((x) => x.report.includes(answered)).map((x) => x.year)).toEqual([
    2330, 2337, 2347, 2349,
  ]);
  expect(report(2337)).toContain(
    `The Klingon Empire · The Accords were strained this year (the Federation's standing is 19, below 40): the Federation's government is blamed; ${answered}`,
  );
  const unwronged =
    "the Federation's government is blamed; the Klingon Empire had no breach of the Federation's seen lately to answer and is spared.";
  expect(years.filter((x) => x.report.includes(unwronged)).map((x) => x.year)).toEqual([
    2339, 2340, 2341, 2342,
  ]);
  expect(
    years
      .filter((x) => x.report.includes('The Klingon Empire · −2 · The Accords were strained'))
      .map((x) => x.year),
  ).toEqual([2338]);
  expect(report(2338)).toContain(
    "The Klingon Empire · −2 · The Accords were strained this year (the Federation's standing is 30, below 40): both governments are blamed.",
  );
  expect(y(2355)?.hud).toContain('Accords in force');
});

test('seed play28d: the Empire against the hawk from 2323: a theft, reparations, fugitives sheltered after a protest, and a suspension the hawk never recovers from', async ({
  page,
}) => {
  // Seed play28b under rules version 22, play28d from version 23. Under rules version 31's events the
  // hawk shelters a fugitive past its deadline after the Empire's protest and an old sabotage of its
  // comes out: its standing reaches 0 in 2329, the Accords are suspended, no summit can restore them,
  // and the hawk declares war in 2331. (Until then this seed played on to 2355: seed play28's story now.) Under version 25
  // one ship a year no longer quiets the hawks: the newcomer builds the four their card asks for.
  test.setTimeout(840_000);
  await takeOverIn2323(page, 'play28d');
  const { years, ended } = await playOn(page, 'play28d', { recallIn: 2336, build: 4 });
  expect(ended).toBe(true);
  expect(years.map((x) => x.year)).toEqual(Array.from({ length: 9 }, (_, i) => 2323 + i));
  const y = (year: number) => years.find((x) => x.year === year);
  const report = (year: number) => y(year)?.report ?? '';
  // The theft of 2324: the reserves the card said, and, seen at once, the price it said.
  const steal = given(y(2324), 'Espionage: steal');
  expect(steal).toContain('Spies on the Federation: steals up to 10 reserves from it.');
  expect(report(2324)).toContain('Stolen reserves arrive: +10');
  expect(report(2324)).toContain(
    `The Klingon Empire · Art. I · ${previewed(steal, /standing if seen/)} · The Klingon Empire steals 10 reserves from the Federation. (Seen at once)`,
  );
  // An address, a summit near the top, reparations paid: each as its card said.
  expect(report(2323)).toContain(
    `The Klingon Empire · ${previewed(given(y(2323), 'Address the council'), /support at home/)} · The Chancellor speaks before the High Council.`,
  );
  expect(given(y(2324), 'Propose a summit')).toContain('it earns you no standing (at a standing of 94');
  expect(report(2324)).toContain('The Klingon Empire · ±0 · A summit between the two powers.');
  expect(report(2326)).toContain(
    `The Klingon Empire · ${previewed(given(y(2326), 'Pay the reparations'), /standing/)} · The Klingon Empire pays reparations to the Federation: its breaches seen until now are settled.`,
  );
  // 2329: protested the same year, the hawk's shelter past the deadline costs 50% more, as the
  // protest's row said; with an old sabotage come out, its standing reaches 0 and the Accords are
  // suspended. The Empire, which answered, is spared the blame of the strain.
  expect(given(y(2329), "Protest the Federation's breach of Article V")).toContain(
    'costs it 50% more standing',
  );
  expect(report(2329)).toContain(
    'The Federation · Art. V · −30 · The Federation shelters Captain Ilse Marden past the extradition deadline. (after a protest)',
  );
  expect(report(2329)).toContain(
    'The Federation · Art. I · −15 · The Federation sabotages a fleet of the Klingon Empire. (Exposed 4 years later, with the cover-up)',
  );
  expect(report(2329)).toContain("The Federation's standing reaches 0: the Accords are suspended.");
  expect(report(2329)).toContain(
    "The Klingon Empire · The Accords were strained this year (the Federation's standing is 0, below 40): the Federation's government is blamed; the Klingon Empire answered the Federation's breaches this year and is spared.",
  );
  // No summit restores them: the hawk stays below 20; the suspension blames both governments; the
  // hawk declares war.
  for (const year of [2330, 2331]) {
    expect(report(year)).toContain(
      'The summit cannot restore the Accords: both standings must be at least 20, its own reward included.',
    );
    expect(report(year)).toContain(
      'The Klingon Empire · −2 · The Accords were suspended this year: both governments are blamed.',
    );
  }
  expect(report(2331)).toContain('The Federation declares war on the Klingon Empire: the Accords are over.');
  expect(y(2331)?.ledger).toContain(
    "The Accords were suspended in 2329, and no summit restored them before they collapsed. The Klingon Empire's standing held at 20 or more and the Federation's did not: its case is on record.",
  );
});
