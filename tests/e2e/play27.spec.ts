// The newcomer playtest of session 27 (play27.ts): The Khitomer Accords recorded pragmatist against
// pragmatist (seed play27) by the game's own replay tool, opened with Load replay on the title,
// taken over in 2355 as the Federation from the viewer, and played to the centennial through the
// screens. The report is /work/wt/play27-report.md; what is asserted here is what held and must
// keep holding: the years are reached, nothing unreadable is shown, every number a card previewed
// for an act of the year is the number its report line says, and the end screen explains the score.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, screenshot, test } from './helpers';
import { federation, keep, playYear, type Year } from './play27';
import { scoreAddsUp } from './playtest-driver';

const FIRST = 2355;
const LAST = 2392;
/** Words no player should read: a NaN, an undefined, an error, a card's {placeholder}. */
const UNREADABLE = /NaN|undefined|\[object|Error|\{[a-z]+\}/;

/** The first signed number (or ±0) after `after` in `words`. */
function number(words: string, after: RegExp): string | null {
  const m = new RegExp(`${after.source}[^+−±]*?([+−]\\d+|±0)`).exec(words);
  return m?.[1] ?? null;
}

/** One preview set against its report: the line the report must hold. */
interface Check {
  year: number;
  what: string;
  line: string;
  held: boolean;
}

/** Every act of the year whose card previews a number, against the report of the year. */
function checks(years: Map<number, Year>): Check[] {
  const out: Check[] = [];
  const add = (y: Year, what: string, line: string | null) => {
    if (line) out.push({ year: y.year, what, line, held: y.report.includes(line) });
  };
  for (const y of years.values()) {
    for (const g of y.given) {
      // Extraditions: "The fugitive is handed over: Article V is kept, +3 standing."
      const ex = /Extradite (.+?)The fugitive is handed over: Article V is kept, ([+−]\d+) standing/.exec(g);
      if (ex)
        add(
          y,
          'extradition',
          `The Federation · Art. V · ${ex[2]} · The Federation extradites ${ex[1]} to the Klingon Empire.`,
        );
      // Reparations paid: "An act of faith: +6 standing".
      const rep = /Pay the reparations .*?An act of faith: ([+−]\d+) standing/.exec(g);
      if (rep)
        add(
          y,
          'reparations',
          `The Federation · ${rep[1]} · The Federation pays reparations to the Klingon Empire: its breaches seen until now are settled.`,
        );
      // War aid, once a war: "You stand with the Klingon Empire against the Dominion: +2 standing".
      const war = /You stand with the Klingon Empire against the (.+?): ([+−]\d+) standing/.exec(g);
      if (war)
        add(
          y,
          'war aid',
          `The Federation · Art. III · ${war[2]} · The Federation stands with the Klingon Empire against the ${war[1]}.`,
        );
      // An address: "+1 support at home".
      if (/^Address council/.test(g)) {
        const n = number(g, /Your council hears you:/);
        if (n && n !== '+0')
          add(y, 'address', `The Federation · ${n} · The President addresses the Council.`);
      }
      // A summit, when the two powers meet: "Held this year, it earns both powers +2 standing"
      // or "it earns you +1 standing", or "it earns you no standing" (±0).
      if (/^Summit/.test(g) && y.report.includes('The two powers meet at a summit.')) {
        const n = /it earns you no standing/.test(g)
          ? '±0'
          : number(g, /Held this year, it earns (?:both powers|you)/);
        add(y, 'summit', n && `The Federation · ${n} · A summit between the two powers.`);
      }
      // Covert arms: reserves now, and the standing if seen.
      const arms = /Covert arms to the (.+?)You earn (\d+) reserves now/.exec(g);
      if (arms) {
        add(y, 'arms paid', `The ${arms[1]} pays for arms: +${arms[2]}`);
        if (/\(Seen at once\)/.test(y.report) && y.report.includes('The Federation sells arms'))
          add(
            y,
            'arms seen',
            `The Federation · Art. III · ${number(g, /covert\):/)} · The Federation sells arms to the ${arms[1]}`,
          );
      }
      // A theft: the reserves arrive.
      if (/Espionage: stealSpies on [^:]+: steals up to (\d+) reserves/.test(g))
        add(y, 'theft', 'Stolen reserves arrive: +10');
    }
    // Aid judged this year, given in full by the card's row: "(8 of 8: the need in full). At the deadline it earns +3 standing".
    for (const c of y.cards) {
      if (!c.words.includes(`by the end of ${y.year}`)) continue;
      const row = c.rows.find(
        (r) =>
          y.given.includes(r.words) &&
          /the need in full\)\. At the deadline it earns [+−]\d+ standing/.test(r.words),
      );
      const n =
        row && /the need in full\)\. At the deadline it earns ([+−]\d+) standing/.exec(row.words)?.[1];
      if (n) add(y, 'aid in full', `The Federation · Art. IV · ${n} · The Federation delivered aid in full`);
    }
  }
  return out;
}

test('the late century as the Federation, taken over in 2355 from a replay and played to the centennial', async ({
  page,
}) => {
  // About two minutes on a quiet machine.
  test.setTimeout(600_000);
  // The campaign, recorded by the game's own replay tool (the screens start a game against one AI only).
  mkdirSync('test-results/play27', { recursive: true });
  const file = 'test-results/play27/campaign.replay.json';
  execFileSync(
    'node',
    [
      ...['--import', 'tsx', 'src/cli/replay.ts', 'record', '--scenario', 'khitomer-accords'],
      ...['--seed', 'play27', '--federation', 'pragmatist', '--klingon', 'pragmatist', '--out', file],
    ],
    { encoding: 'utf8' },
  );
  // Load replay on the title; the viewer to 2355; Take over as the Federation.
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('replay-file-input').setInputFiles({
    name: 'campaign.replay.json',
    mimeType: 'application/json',
    buffer: readFileSync(file),
  });
  await expect(page.getByTestId('viewer-panel')).toBeVisible();
  await expect(page.getByTestId('viewer-verified')).toContainText('100 years re-simulated', {
    timeout: 30_000,
  });
  await page.getByTestId('viewer-scrubber').fill(String(FIRST - 2293));
  await expect(page.getByTestId('viewer-year')).toHaveText(String(FIRST));
  await expect(page.getByTestId('take-over-federation')).toBeVisible();
  await screenshot(page, 'play27-viewer-2355');
  await page.getByTestId('take-over-federation').click();
  await expect(page.getByTestId('hud-year')).toHaveText(String(FIRST));
  await expect(page.getByTestId('hud-power')).toContainText('Federation');
  const hint = page.getByTestId('hint-dismiss').first();
  if (await hint.isVisible()) await hint.click();
  await screenshot(page, 'play27-2355');

  const years = new Map<number, Year>();
  let pactSeen = false;
  for (let year = FIRST; year <= LAST; year++) {
    const last = years.get(year - 1)?.report ?? '';
    if (last.includes('The Klingon Empire proposes a trade pact.') && !pactSeen) {
      // The other party's offer, the year after it was made: the Events tab, then the Orders tab's pact.
      pactSeen = true;
      await page.keyboard.press('e');
      await screenshot(page, `play27-pact-events-${year}`);
      await page.keyboard.press('o');
      await page
        .getByTestId('orders-panel')
        .locator('[data-testid="order-trade-pact"]')
        .scrollIntoViewIfNeeded();
      await screenshot(page, `play27-pact-orders-${year}`);
    }
    const y = await playYear(
      page,
      year,
      federation,
      async () => {
        if ([2359, 2365, 2373, 2374, 2387, 2390].includes(year))
          await screenshot(page, `play27-events-${year}`);
      },
      last,
    );
    years.set(year, y);
    keep('years', [...years.values()]);
    if ([2355, 2358, 2365, 2374, 2375, 2376, 2384, 2385, 2392].includes(year))
      await screenshot(page, `play27-report-${year}`);
    for (const text of [y.hud, y.events, y.eventsAfter, y.report, ...y.orderRows.map((r) => r.words)])
      expect(text, `${year}`).not.toMatch(UNREADABLE);
    await page.getByTestId('report-continue').click();
    if (year === LAST) break;
    await expect(page.getByTestId('hud-year')).toHaveText(String(year + 1));
    if (year === 2361 || year === 2380) {
      // Orders tab of a quiet year, with the diplomacy shown.
      await page.keyboard.press('o');
      await screenshot(page, `play27-orders-${year + 1}`);
    }
    if (year === 2370 || year === 2390) {
      await page.keyboard.press('c');
      await screenshot(page, `play27-chart-${year + 1}`);
      await page.keyboard.press('h');
      await expect(page.getByTestId('how-to-win')).toContainText(/The game is scored in 239\d/);
      await screenshot(page, `play27-how-to-win-${year + 1}`);
      await page.keyboard.press('Escape');
    }
  }
  expect(years.size).toBe(LAST - FIRST + 1);
  // For the report: the years whose Events tab asked nothing, decade by decade.
  const quiet = [...years.values()]
    .filter((y) => y.cards.every((c) => c.rows.length === 0))
    .map((y) => y.year);
  keep('quiet', quiet);

  // The end screen: who did better, the grade, where the points came from, decade by decade.
  const verdict = page.getByTestId('end-verdict');
  await expect(verdict).toBeVisible({ timeout: 15_000 });
  await expect(verdict).toContainText('Your grade:');
  await expect(page.getByTestId('end-decades')).toBeVisible();
  await scoreAddsUp(page);
  const end = (await page.locator('body').textContent()) ?? '';
  expect(end).toContain('The Khitomer Centennial, 2393');
  expect(end).not.toMatch(UNREADABLE);
  keep('end', end);
  await screenshot(page, 'play27-end');

  // Every preview checked against its report line; the two temptations among them.
  const all = checks(years);
  keep('checks', all);
  expect(all.filter((c) => !c.held)).toEqual([]);
  const kinds = new Set(all.map((c) => c.what));
  for (const k of [
    'extradition',
    'reparations',
    'war aid',
    'address',
    'summit',
    'aid in full',
    'arms paid',
    'theft',
  ])
    expect(kinds, k).toContain(k);
  expect(all.length).toBeGreaterThanOrEqual(20);

  // A secret kept and told later by a leak is charged at the price the leak's news said.
  const leak = [...years.values()].flatMap((y) =>
    [
      ...y.report.matchAll(
        /An intelligence leak: The Federation steals (\d+) reserves from the Klingon Empire\. (−\d+) standing/g,
      ),
    ].map((m) => ({ year: y.year, price: m[2] })),
  );
  for (const l of leak)
    expect(years.get(l.year + 1)?.report).toContain(
      `The Federation · Art. I · ${l.price} · The Federation steals 10 reserves from the Klingon Empire. (An intelligence leak, with the cover-up)`,
    );
});
