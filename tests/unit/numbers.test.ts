// One way to write a number below zero on the screens (src/game/ui/numbers.ts): the minus sign,
// U+2212. The ledger and the report wrote "-15" with a hyphen, the HUD and the support words "−15".
import { describe, expect, it } from 'vitest';
import { influenceSources } from '../../src/game/ui/influence';
import { momentLine } from '../../src/game/ui/ledger-moment';
import { MINUS, num, signed } from '../../src/game/ui/numbers';
import { reservesLine } from '../../src/game/ui/report-lines';
import { supportCosts, supportWants } from '../../src/game/ui/support-words';
import type { Change, GameState } from '../../src/sim/index';
import { miniGame } from './fixtures';

/** A hyphen-minus standing for a minus: before a digit, after a space, a bracket, a dot or the start. */
const HYPHEN_NUMBER = /(^|[\s(·:,;])-\d/;

describe('a number on the screens', () => {
  it('is written with the minus sign below zero, never a hyphen, and never as minus zero', () => {
    expect(MINUS).toBe('\u2212');
    expect([num(-15), num(3), num(0), num(-0)]).toEqual(['\u221215', '3', '0', '0']);
    expect(num(-15)).not.toContain('-');
  });

  it('as a change carries its sign: −15, +3, ±0', () => {
    expect([signed(-15), signed(3), signed(0), signed(-0)]).toEqual(['\u221215', '+3', '±0', '±0']);
  });

  it('tells a hyphen-minus meant as a minus from ids, seeds, dates and hyphenated words', () => {
    for (const bad of ['-15', 'standing -15', '(-3)', '· -15 ·', 'Reserves: -2.'])
      expect(HYPHEN_NUMBER.test(bad), bad).toBe(true);
    for (const fine of [
      '−15',
      'centennial-eve',
      'seed e2e-seed',
      'small-1024',
      '2293–2302',
      'long-range',
      'x-1',
    ])
      expect(HYPHEN_NUMBER.test(fine), fine).toBe(false);
  });
});

describe('the screens’ lines with numbers below zero', () => {
  const change = (delta: number, text: string): Change =>
    ({ kind: 'reserves', party: 'federation', delta, from: 10, to: 10 + delta, text, cause: {} }) as Change;

  it('the report’s reserves line', () => {
    const line = reservesLine([change(-7, 'Two ships built'), change(2, 'Income')], 'federation', (t) => t);
    expect(line?.text).toBe('Reserves 10 → 12 (\u22125): Two ships built: \u22127; Income: +2.');
    expect(line?.text).not.toMatch(HYPHEN_NUMBER);
  });

  it('the ledger’s moment, the support and influence words', () => {
    const s = miniGame();
    const opened: GameState = {
      ...s,
      // A support low enough, and a standing strained, for the influence's −1s.
      powers: { ...s.powers, federation: { ...s.powers.federation, support: 1, standing: 1 } },
      status: 'strained',
    };
    const words = [
      momentLine(opened, (p) => p),
      ...supportWants(opened, 'federation'),
      ...supportCosts(opened, 'federation'),
      ...supportWants(opened, 'klingon'),
      ...supportCosts(opened, 'klingon'),
      ...influenceSources(opened, 'federation'),
    ];
    expect(words.filter((w) => w.includes(MINUS)).length).toBeGreaterThan(2);
    for (const w of words) expect(w).not.toMatch(HYPHEN_NUMBER);
  });
});
