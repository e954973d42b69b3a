// A covert act's preview says all it costs when seen: the standing, and for the Federation the
// Council's support (playtest 27 read "−15 standing if seen" and was charged −6 support as well).
import { describe, expect, it } from 'vitest';
import { breachWords } from '../../src/game/ui/orders';
import { previewOrder } from '../../src/sim/index';
import { miniGame, turn, withRules } from './fixtures';

const steal = { type: 'espionage', mode: 'steal' } as const;

describe("a covert act's price at home", () => {
  it('is previewed as the support the Federation loses when the act is seen, and charged so', () => {
    const g = miniGame((s) =>
      withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } }),
    );
    const p = previewOrder(g, 'federation', steal);
    if (!p.ok) throw new Error(p.error.message);
    const [v] = p.value.violations;
    expect(v?.exposedSupport).toBe(g.rules.support.federationExposedCovert);
    expect(v?.exposedSupport).toBeLessThan(0);
    const r = turn(g, { federation: [steal] });
    const lost = r.report.changes.filter(
      (c) => c.kind === 'support' && c.text === 'A covert operation is exposed.',
    );
    expect(lost.map((c) => [c.party, c.delta])).toEqual([['federation', v?.exposedSupport]]);
  });

  it('is none for the Empire, whose High Council does not ask', () => {
    const g = miniGame((s) =>
      withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } }),
    );
    const p = previewOrder(g, 'klingon', steal);
    if (!p.ok) throw new Error(p.error.message);
    expect(p.value.violations.map((v) => v.exposedSupport)).toEqual([0]);
    const r = turn(g, { klingon: [steal] });
    expect(r.report.changes.some((c) => c.text === 'A covert operation is exposed.')).toBe(false);
  });

  it('is in the words of the breach, if seen now and if exposed later', () => {
    const v = {
      article: 'I',
      code: 'I/covert',
      kind: 'covert',
      cost: 10,
      chance: 40,
      chanceIfEmbassyBack: null,
      exposureCost: 15,
      exposedSupport: -6,
      recurring: false,
      deadline: null,
      text: 'Espionage.',
    } as const;
    expect(breachWords(v, v.text)).toBe(
      "Breaks Article I (covert): −10 standing and −6 support at home if seen, 40% chance this year; −15 standing and −6 support at home if exposed later, at today's price. That price rises with each breach of Article I seen before then (your other secrets that come out with it among them) and each protest of one, and falls as the years forgive old breaches.",
    );
    expect(breachWords({ ...v, exposedSupport: 0 }, v.text)).toBe(
      "Breaks Article I (covert): −10 standing if seen, 40% chance this year; −15 if exposed later, at today's price. That price rises with each breach of Article I seen before then (your other secrets that come out with it among them) and each protest of one, and falls as the years forgive old breaches.",
    );
    // While the other's embassy is closed and may be built again this year (playtest 32: read 10%, seen at 40%).
    expect(breachWords({ ...v, chance: 10, chanceIfEmbassyBack: 40, exposedSupport: 0 }, v.text)).toContain(
      '−10 standing if seen, 10% chance this year (40% if the other power builds its embassy again this year, as it now may); −15 if exposed later',
    );
    expect(breachWords({ ...v, kind: 'open', recurring: true }, 'A fleet in the zone.')).toBe(
      'Breaks Article I (open): −10 standing a year. A fleet in the zone.',
    );
    // Charged at a deadline, at the price it will have then (playtest 35: −16 read in 2307, −20 paid
    // in 2308 after another breach of the article was seen).
    expect(breachWords({ ...v, article: 'V', kind: 'open', deadline: 2308 }, 'Sheltering.')).toBe(
      "Breaks Article V (open): −10 standing at the deadline in 2308, at today's price: each breach of Article V seen before then, and each protest of one, raises it. Sheltering.",
    );
  });
});
