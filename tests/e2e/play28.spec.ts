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

test('seed play28: the Empire against the hawk from 2323, protests, sanctions, a suspension the hawk never recovers from, spared the blame of its strain', async ({
  page,
}) => {
  // Rules version 19 replayed this seed otherwise (the hawk kept no three fleets in the zone), and
  // rules version 24 again (reparations paid settle the breaches before them; the blame of strained
  // Accords reads the standing as the year opened): the Federation's arms to the Tholians are seen in
  // 2324, the Empire protests in 2325, suspends in 2328, and the hawk never climbs back to the line.
  test.setTimeout(600_000);
  await takeOverIn2323(page, 'play28');
  await expect(page.getByTestId('hud-status')).toContainText('in force');
  const { years, ended } = await playOn(page, 'play28', { suspendIn: 2328 });
  const y = (year: number) => years.find((x) => x.year === year);
  const report = (year: number) => y(year)?.report ?? '';
  // Each protest makes the next breach of its article dearer: the shelter of 2327 is charged after one.
  expect(given(y(2325), "Protest the Federation's breach of Article III")).toContain(
    'costs it 50% more standing',
  );
  expect(given(y(2327), "Protest the Federation's breach of Article V")).toContain(
    'costs it 50% more standing',
  );
  expect(report(2327)).toMatch(
    /The Federation · Art\. V · −\d+ · The Federation shelters Lieutenant Marcus Oake past the extradition deadline\. \(after a protest\)/,
  );
  // Sanctions in answer to a breach: what the card says is taken, arrives.
  expect(given(y(2328), 'Impose sanctions')).toContain(
    'the other power loses up to 6 reserves and you gain them',
  );
  expect(report(2328)).toContain('Tariffs fill the treasury: +6');
  // The suspension, asked with its price and on record; no summit restores it: the hawk stays below 20.
  expect(report(2327)).toContain('the suspension walked back costs you 100 points of your score');
  expect(given(y(2328), 'Suspend the Accords')).toContain('you keep 50% of the score you banked');
  expect(report(2328)).toContain(
    'The Klingon Empire suspends the Accords: the breaches of the Federation are on record.',
  );
  for (const year of [2329, 2331])
    expect(report(year)).toContain(
      'The summit cannot restore the Accords: both standings must be at least 20, its own reward included.',
    );
  expect(report(2331)).toContain('The Accords have been suspended for 3 years: they collapse.');
  // Strained Accords spare a government that answered the other's breaches that year (rules version
  // 23): the Empire, which demanded reparations of the hawk in 2327 and sanctioned it in 2328.
  const spared =
    "the Federation's government is blamed; the Klingon Empire answered the Federation's breaches this year and is spared.";
  expect(years.filter((x) => x.report.includes(spared)).map((x) => x.year)).toEqual([2327, 2328]);
  expect(report(2327)).toContain(
    `The Klingon Empire · The Accords were strained this year (the Federation's standing is 1, below 40): ${spared}`,
  );
  expect(report(2327)).toContain(
    `The Federation · −2 · The Accords were strained this year (the Federation's standing is 1, below 40): ${spared}`,
  );
  expect(ended).toBe(true);
  expect(years.at(-1)?.year).toBe(2331);
});

test('seed play28d: the Empire against the hawk from 2323: a theft, reparations, relief, war aid, and strained Accords that blame the Empire only while it has a breach to answer', async ({
  page,
}) => {
  // Seed play28b under rules version 22. Under version 23 the hawk shelters two fugitives past their
  // deadline in 2329 rather than hand them over at the new price of 60 support, and declares war in
  // 2331: seed play28d plays the same decades (sanctions are seed play28's, above). Under version 25
  // one ship a year no longer quiets the hawks: the newcomer builds the four their card asks for.
  // The hawk Federation strains the Accords from 2329 (to 2345 under rules version 28; to 2337 under
  // version 29, whose battles are the strengths squared). Under version 25 the Empire, answering only
  // the breaches it saw, was blamed every year to 2344 and its government fell in 2349; under version
  // 26 it is blamed only while a breach of the hawk's seen lately asks an answer, and it governs on
  // to 2355.
  test.setTimeout(840_000);
  await takeOverIn2323(page, 'play28d');
  const { years, ended } = await playOn(page, 'play28d', { recallIn: 2336, build: 4 });
  expect(ended).toBe(false);
  expect(years.map((x) => x.year)).toEqual(Array.from({ length: 33 }, (_, i) => 2323 + i));
  const y = (year: number) => years.find((x) => x.year === year);
  expect(y(2355)?.hud).toContain('Klingon Empire · support 34');
  const report = (year: number) => y(year)?.report ?? '';
  // The theft of 2324: the reserves the card said, and, seen at once, the price it said.
  const steal = given(y(2324), 'Espionage: steal');
  expect(steal).toContain('Spies on the Federation: steals up to 10 reserves from it.');
  expect(report(2324)).toContain('Stolen reserves arrive: +10');
  expect(report(2324)).toContain(
    `The Klingon Empire · Art. I · ${previewed(steal, /standing if seen/)} · The Klingon Empire steals 10 reserves from the Federation. (Seen at once)`,
  );
  // An address, a summit, reparations paid, war aid and aid past the need: each as its card said.
  expect(report(2323)).toContain(
    `The Klingon Empire · ${previewed(given(y(2323), 'Address the council'), /support at home/)} · The Chancellor speaks before the High Council.`,
  );
  expect(report(2324)).toContain(
    `The Klingon Empire · ${previewed(given(y(2324), 'Propose a summit'), /standing/)} · A summit between the two powers.`,
  );
  expect(report(2326)).toContain(
    `The Klingon Empire · ${previewed(given(y(2326), 'Pay the reparations'), /standing/)} · The Klingon Empire pays reparations to the Federation: its breaches seen until now are settled.`,
  );
  expect(report(2348)).toContain(
    `The Klingon Empire · Art. III · ${previewed(given(y(2348), 'against the Gorn Hegemony'), /standing/)} · The Klingon Empire stands with the Federation against the Gorn Hegemony.`,
  );
  const relief = given(y(2332), 'Send 6 reserves of aid to Nimbus III');
  expect(report(2332)).toContain(
    `The Klingon Empire · Art. IV · ${previewed(relief, /standing \(/)} · The Klingon Empire delivered aid in full to the Romulan Star Empire.`,
  );
  expect(report(2332)).toContain(
    `The Klingon Empire · Art. IV · ${previewed(relief, /standing more/)} · The Klingon Empire's aid to the Romulan Star Empire was generous.`,
  );
  // Four ships a year content the hawks (rules version 25): their complaints of 2339 and 2347 cost
  // nothing, and the card says why.
  for (const year of [2339, 2347])
    expect(y(year)?.events).toContain(
      `But the hawks are content for now: in ${year - 1} 4 ships were built. Their complaint costs no support.`,
    );
  // Strained Accords spare a government that answered the other's breaches that year (rules version
  // 23): the Empire's protest and demand of 2329, and again of 2347. In 2330 the hawk's breaches of
  // 2329 ask an answer the newcomer does not give, and both governments are blamed; from 2331 none
  // seen lately asks one, and the Empire is spared, the hawk's government blamed alone (rules version
  // 26), until the hawk's standing climbs back to 40 and the Accords are in force again in 2338.
  const spared = (year: number) =>
    report(year).includes("the Klingon Empire answered the Federation's breaches this year and is spared.");
  expect(years.filter((x) => spared(x.year)).map((x) => x.year)).toEqual([2329, 2347]);
  const blamed = (year: number) =>
    /The Klingon Empire · −2 · The Accords were strained this year \(the Federation's standing is \d+, below 40\): both governments are blamed\./.test(
      report(year),
    );
  expect(years.filter((x) => blamed(x.year)).map((x) => x.year)).toEqual([2330]);
  const unwronged = (year: number) =>
    report(year).includes(
      "the Federation's government is blamed; the Klingon Empire had no breach of the Federation's seen lately to answer and is spared.",
    );
  expect(years.filter((x) => unwronged(x.year)).map((x) => x.year)).toEqual(
    Array.from({ length: 7 }, (_, i) => 2331 + i),
  );
  expect(report(2331)).toContain(
    "The Klingon Empire · The Accords were strained this year (the Federation's standing is 14, below 40): the Federation's government is blamed; the Klingon Empire had no breach of the Federation's seen lately to answer and is spared.",
  );
  expect(y(2338)?.hud).toContain('Accords in force');
  // The last straw: two fugitives handed over in 2343 (−5 each, "many call it dishonour").
  expect(report(2343)).toContain(
    'The Klingon Empire · −5 · Kurvak of the House of Veshk is handed over; many call it dishonour.',
  );
});
