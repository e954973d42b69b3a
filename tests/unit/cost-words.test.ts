// The ledger tab says how a violation's cost was reached: the price, a repeat, an exposure's
// cover-up, a protest (playtest 42 could not tell which rule made a −24 of a −16).
import { describe, expect, it } from 'vitest';
import { costWords } from '../../src/sim/cost-words';
import { type LedgerEntry, simulate } from '../../src/sim/index';
import { exposureBase, protestedCost, repeatCost } from '../../src/sim/ledger';
import { builtin, miniGame } from './fixtures';

const rules = miniGame().rules;
const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  year: 2300,
  party: 'federation',
  article: 'V',
  kind: 'violation',
  code: 'V/shelter',
  delta: -16,
  priors: 0,
  text: 'The Federation shelters someone past the extradition deadline.',
  ...over,
});

describe('costWords', () => {
  it('says nothing of a price paid as it stands, or of a reward', () => {
    expect(rules.costs['V/shelter']).toBe(16);
    expect(costWords(rules, entry({}))).toBe('');
    expect(costWords(rules, entry({ kind: 'reward', code: 'extradition', delta: 3 }))).toBe('');
    expect(costWords(rules, entry({ code: 'a-scenario-line', delta: -5 }))).toBe('');
  });

  it('names the repeat and the protest that raised the price', () => {
    expect(rules.repeatPercent).toBe(25);
    expect(rules.answers.protestPercent).toBe(50);
    expect(costWords(rules, entry({ priors: 1, delta: -20 }))).toBe(
      `16, +25% as a repeat of 1 breach of Article V seen in the last ${rules.forgivenessYears} years → 20`,
    );
    // 16 × 150% = 24: the protest alone.
    expect(costWords(rules, entry({ delta: -24 }))).toBe('16, +50% after a protest → 24');
    // Each raise on what came before: 16 × 150% = 24 a repeat of two, then × 150% = 36 after a protest
    // (not 16 × 200% = 32, as added percentages would have it).
    expect(costWords(rules, entry({ priors: 2, delta: -36 }))).toBe(
      `16, +50% as a repeat of 2 breaches of Article V seen in the last ${rules.forgivenessYears} years → 24, +50% after a protest → 36`,
    );
  });

  it('names the cover-up of an exposure', () => {
    const price = rules.costs['I/covert'];
    const base = Math.floor((price * rules.detection.exposurePercent + 50) / 100);
    expect(base).toBeGreaterThan(price);
    expect(costWords(rules, entry({ kind: 'exposure', code: 'I/covert', article: 'I', delta: -base }))).toBe(
      `${price}, +${rules.detection.exposurePercent - 100}% with the cover-up → ${base}`,
    );
  });

  it('explains every violation charged in played campaigns by the formula the ledger applied', () => {
    const campaign = builtin('khitomer-accords');
    let repeats = 0;
    let protests = 0;
    let exposures = 0;
    for (const [seed, federation, klingon] of [
      ['why-1', 'hawk', 'pragmatist'],
      ['why-2', 'pragmatist', 'hawk'],
      ['why-3', 'pragmatist', 'pragmatist'],
    ] as const) {
      const r = simulate(campaign, { seed, policies: { federation, klingon } });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const s = r.value.state;
      for (let i = 0; i < s.ledger.length; i++) {
        const e = s.ledger.item(i);
        if (e.kind === 'reward' || !Object.hasOwn(s.rules.costs, e.code)) continue;
        const price = s.rules.costs[e.code as keyof typeof s.rules.costs];
        const base = e.kind === 'exposure' ? exposureBase(s, price) : price;
        const repeated = repeatCost(s, base, e.priors);
        const words = costWords(s.rules, e);
        if (-e.delta === repeated) {
          expect(words.includes('after a protest'), e.text).toBe(false);
        } else {
          // Not the repeat's price: a protest's, and said.
          expect(-e.delta, e.text).toBe(protestedCost(s, repeated));
          expect(words, e.text).toContain('after a protest');
          protests++;
        }
        if (e.priors > 0) repeats++;
        if (e.kind === 'exposure') exposures++;
        expect(words === '', e.text).toBe(e.priors === 0 && e.kind !== 'exposure' && -e.delta === price);
      }
    }
    // The campaigns charged each kind of raise, so each branch above was met.
    expect(repeats).toBeGreaterThan(0);
    expect(protests).toBeGreaterThan(0);
    expect(exposures).toBeGreaterThan(0);
  });
});
