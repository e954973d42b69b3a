// The newcomer playtest of session 32: The Khitomer Accords from 2293 as the Federation against the
// loyalist Empire (seed play32), through the screens (play32.ts), as a newcomer who breaks the Accords
// on purpose, three ways: paced (a temptation a year while its standing is 50 or more, for 25 years,
// then 11 years trying to earn forgiveness), greedy (every temptation at once) and defiant (up to two
// a year, reparations refused). Every preview acted on is checked against its report line.
// The report is /work/wt/play32-report.md; what is asserted here is what held and must keep holding.
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { afterReport, BAD, done, hudStanding, keep, type Mode, playYear, start, type Year } from './play32';
import { given, previewed } from './playtest-driver';

async function playAll(page: Page, name: string, mode: Mode, last: number): Promise<Year[]> {
  done.clear();
  await start(page, 'play32');
  const played: Year[] = [];
  let ended = false;
  for (let year = 2293; year <= last && !ended; year++) {
    const y = await playYear(page, name, year, played.at(-1), mode);
    ended = await afterReport(page, name, y);
    played.push(y);
    keep(name, played);
    for (const text of [y.hud, y.events, y.orders, y.eventsAfter, y.report, y.ledger ?? '', y.chart ?? ''])
      expect(text, `${year}`).not.toMatch(BAD);
    // The HUD shows the Federation's reserves only: the Empire's are a secret (espionage reveals them).
    expect(y.hud.match(/reserves/g)?.length, `${year}: ${y.hud}`).toBe(1);
  }
  return played;
}

/** The end screen's points, decade by decade: each row's decades and its end add up to its score. */
async function decadesAddUp(page: Page): Promise<void> {
  const rows = await page
    .getByTestId('end-decades')
    .locator('tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    );
  const numbered = rows.filter((cells) => cells.length >= 3);
  expect(numbered.length).toBe(2);
  for (const cells of numbered) expect(cells.length, cells.join(' | ')).toBe(4);
  for (const cells of numbered) {
    const values = cells.filter((c) => /^[+−-]?\d+$/.test(c)).map((c) => Number(c.replace('−', '-')));
    const score = values.pop() ?? Number.NaN;
    expect(
      values.reduce((a, b) => a + b, 0),
      cells.join(' | '),
    ).toBe(score);
  }
}

/** The year's report line of a Federation violation or reward: "The Federation · Art. N · ±n · words". */
const art = (article: string, cost: string, words: string) =>
  `The Federation · Art. ${article} · ${cost} · ${words}`;

test('play32: the Federation cheats the loyalist Empire a temptation a year, then tries the way back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const played = await playAll(page, 'play32', 'paced', 2328);
  const y = (year: number) => played.find((x) => x.year === year);
  const report = (year: number) => y(year)?.report ?? '';
  const standing = (year: number) => hudStanding(y(year)?.hud ?? '');
  // 36 years, 2293 to 2328, and the game goes on.
  expect(played.map((x) => x.year)).toEqual(Array.from({ length: 36 }, (_, i) => 2293 + i));
  await expect(page.getByTestId('hud-year')).toHaveText('2329');

  // 2293: Dr. Moreau sheltered: the defiance's support as the card said.
  const shelter = given(y(2293), 'Shelter Dr. Anselm Moreau');
  expect(shelter).toContain('+1 support at home for the defiance this year');
  expect(report(2293)).toContain('The Federation · +1 · Dr. Anselm Moreau is hailed as a hero at home.');
  // 2294: then his escape staged (covert), seen at once: the standing and support the row said.
  const staged = given(y(2294), 'Stage the escape of Dr. Anselm Moreau');
  expect(staged).toContain('40% chance this year');
  expect(report(2294)).toContain(
    art(
      'V',
      previewed(staged, /standing and/),
      'The Federation staged the escape of Dr. Anselm Moreau. (Seen at once)',
    ),
  );
  expect(report(2294)).toContain(
    `The Federation · ${previewed(staged, /support at home if seen/)} · A covert operation is exposed.`,
  );
  // 2295: the Empire's embassy expelled, at the standing said; its eyes put out, espionage's chance
  // of being seen falls to the 10% the expulsion's row said, from the next year (2296).
  const expel = given(y(2295), "Expel the Klingon Empire's embassy");
  expect(expel).toContain('its detection of your covert acts falls to 10% in the year, 4% later');
  expect(report(2295)).toContain(
    art('II', previewed(expel, /standing/), 'The Federation expels the embassy of the Klingon Empire.'),
  );
  expect(given(y(2296), 'Espionage: steal')).toContain('10% chance this year');
  expect(report(2296)).toContain('Stolen reserves arrive: +10');
  // 2298: the next fugitive's escape, seen at once at the price its row said (after a protest).
  const staged2 = given(y(2298), 'Stage the escape of Dr. Miriam Lindqvist');
  expect(report(2298)).toContain(
    art(
      'V',
      previewed(staged2, /standing and/),
      'The Federation staged the escape of Dr. Miriam Lindqvist. (Seen at once) (after a protest)',
    ),
  );
  // 2302: Dr. Achebe sheltered: charged at the deadline (2303) what the row said.
  const shelter2 = given(y(2302), 'Shelter Dr. Miriam Achebe');
  expect(report(2303)).toContain(
    art(
      'V',
      previewed(shelter2, /standing/),
      'The Federation shelters Dr. Miriam Achebe past the extradition deadline. (after a protest)',
    ),
  );
  // Every later expulsion and embargo costs what its row said; the embargo's tariffs pay 6.
  for (const year of [2303, 2309, 2315]) {
    const words = given(y(year), "Expel the Klingon Empire's embassy");
    expect(report(year)).toContain(
      art('II', previewed(words, /standing/), 'The Federation expels the embassy of the Klingon Empire.'),
    );
  }
  for (const year of [2308, 2314]) {
    const words = given(y(year), 'Impose an embargo');
    expect(words).toContain('the other power loses up to 6 reserves and you gain them');
    expect(report(year)).toContain(
      art('VI', previewed(words, /standing/), 'The Federation imposes an embargo without arbitration.'),
    );
    expect(report(year)).toContain('Tariffs fill the treasury: +6');
  }
  // 2310: espionage reveals the Empire's reserves and ships, in the report only.
  expect(report(2310)).toMatch(/The Federation · Art\. I · Agents report \d+ reserves and \d+ ships\./);
  // 2316: covert arms to the Romulans, at war with the Empire: the 8 reserves the row said.
  const arms = given(y(2316), 'Covert arms to the Romulan Star Empire');
  expect(arms).toContain('You earn 8 reserves now');
  expect(report(2316)).toContain('The Romulan Star Empire pays for arms: +8');

  // The scars: in 2318, the first year of the way back, three old acts come out at once. The first
  // costs what its row said "if exposed later" (2310's espionage, −15); each next one more, as the
  // row warned (each breach of Article I seen raises it); and each the −6 support the row said.
  const reveal = given(y(2310), 'Espionage: reveal');
  expect(report(2318)).toContain(
    art(
      'I',
      previewed(reveal, /standing and −6 support at home if exposed later/),
      'The Federation spies on the Klingon Empire. (Exposed 8 years later, with the cover-up)',
    ),
  );
  expect(report(2318)).toContain(
    art('I', '−19', 'The Federation steals 10 reserves from the Klingon Empire. (Exposed 6 years later'),
  );
  expect(report(2318)).toContain(
    art('I', '−23', 'The Federation steals 10 reserves from the Klingon Empire. (Exposed 2 years later'),
  );
  expect(report(2318)).toContain('The Federation · −18 (−6, 3 times) · A covert operation is exposed.');
  expect(standing(2319)).toBeLessThan(standing(2318) - 40);
  // 2321: one more, after the Empire's protest: 2317's espionage at −39.
  expect(report(2321)).toContain(
    art(
      'I',
      '−39',
      'The Federation spies on the Klingon Empire. (Exposed 4 years later, with the cover-up) (after a protest)',
    ),
  );
  expect(report(2321)).toContain('the Klingon Empire may suspend the Accords');

  // The way back: reparations paid and acts of faith heal the grievance, and the report says so; the
  // standing climbs from 1 (2322) and the Accords are in force again by 2327.
  expect(standing(2322)).toBe(1);
  expect(report(2324)).toMatch(
    /Reparations heal a grievance: the Federation's standing can rise to \d+ \(up from \d+\)/,
  );
  expect(report(2324)).toMatch(
    /An act of faith heals a grievance: the Federation's standing can rise to \d+ \(up from \d+\)/,
  );
  expect(report(2326)).toContain('Both standings recover: the Accords are fully in force again.');
  expect(standing(2328)).toBeGreaterThanOrEqual(40);
  expect(y(2328)?.hud).toContain('Accords in force');
});

test('play32b: the Federation takes every temptation at once', async ({ page }) => {
  test.setTimeout(90_000);
  const played = await playAll(page, 'play32b', 'greedy', 2328);
  const y = (year: number) => played.find((x) => x.year === year);
  const report = (year: number) => y(year)?.report ?? '';
  // Seven years: the Federation's standing reaches 0 in 2298, and war breaks out in 2299.
  expect(played.map((x) => x.year)).toEqual([2293, 2294, 2295, 2296, 2297, 2298, 2299]);
  await expect(page.getByTestId('end-title')).toHaveText('The Accords collapse, 2299');
  // Within one decade, no points are shown: the game is lost.
  await expect(page.getByTestId('end-decades')).toHaveCount(0);
  expect(report(2298)).toContain("The Federation's standing reaches 0: the Accords are suspended.");
  // Sherman's Planet seized, at the standing the row said.
  const seize = given(y(2293), "Seize Sherman's Planet");
  expect(report(2293)).toContain(
    art('VI', previewed(seize, /standing/), "The Federation seizes Sherman's Planet."),
  );
  // Espionage after the expulsion (2294): seen 10% of the time, as the row said; three thefts pay 10 each.
  expect(report(2294)).toContain(
    art(
      'II',
      previewed(given(y(2294), 'Expel'), /standing/),
      'The Federation expels the embassy of the Klingon Empire.',
    ),
  );
  for (const year of [2295, 2296, 2297]) {
    expect(given(y(year), 'Espionage: steal')).toContain('10% chance this year');
    expect(report(year)).toContain('Stolen reserves arrive: +10');
  }
  // The embargo after a protest: the row's price, raised by the protest.
  expect(report(2296)).toContain(
    art(
      'VI',
      previewed(given(y(2296), 'Impose an embargo'), /standing/),
      'The Federation imposes an embargo without arbitration. (after a protest)',
    ),
  );
  // 2295's theft comes out in 2298 at the price its row said for an exposure.
  expect(report(2298)).toContain(
    art(
      'I',
      previewed(given(y(2295), 'Espionage: steal'), /standing and −6 support at home if exposed later/),
      'The Federation steals 10 reserves from the Klingon Empire. (Exposed 3 years later, with the cover-up)',
    ),
  );
  // 2299: a course into Klingon space: the trespass at the price its row said.
  const trespass = given(y(2299), 'moves from Station K-7 to Narendra III');
  expect(report(2299)).toContain(
    art(
      'VI',
      previewed(trespass, /standing a year/),
      'The Republic Task Force of the Federation lies at Narendra III without consent. (after a protest)',
    ),
  );
});

test('play32c: the Federation cheats defiantly, refusing reparations', async ({ page }) => {
  test.setTimeout(90_000);
  const played = await playAll(page, 'play32c', 'defiant', 2328);
  const y = (year: number) => played.find((x) => x.year === year);
  const report = (year: number) => y(year)?.report ?? '';
  // Suspended as 2304 ends (standing 0); a summit is met in 2306 but cannot restore them (the report
  // says why: both standings must be at least 20); war in 2307.
  expect(played.at(-1)?.year).toBe(2307);
  await expect(page.getByTestId('end-title')).toHaveText('The Accords collapse, 2307');
  await expect(page.getByTestId('end-screen')).toContainText('no summit restored them before they collapsed');
  await decadesAddUp(page);
  expect(report(2304)).toContain("The Federation's standing reaches 0: the Accords are suspended.");
  expect(report(2306)).toContain(
    'The two powers meet at a summit.The summit cannot restore the Accords: both standings must be at least 20, its own reward included.',
  );
  // The summit's row says on what its restoring hangs, and what staying suspended risks.
  for (const year of [2305, 2306, 2307]) {
    const row = given(y(year), 'Propose a summit');
    expect(row).toMatch(
      /it restores the Accords only if both standings, its own reward included, are at least 20: yours stands at \d+, the Klingon Empire's at \d+\./,
    );
    expect(row).toMatch(/each year ends with a risk of war \(\d+% this year as they stand/);
    expect(row).toContain('at the end of 2307 they collapse');
  }
  // Each refusal of reparations is cheered, +3 (below 80 support).
  expect(report(2295)).toContain(
    'The Federation · +3 · The Federation refuses the reparations the Klingon Empire demands, to applause at home.',
  );
});
