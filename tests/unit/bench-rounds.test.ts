import { describe, expect, it } from 'vitest';
import { compareRounds, type TreeRates } from '../../src/cli/bench-rounds';

const rates = (replay: number, ai: number, aiTurns: number, replayOrders = 400): TreeRates => ({
  replay,
  ai,
  replayTurns: 100,
  replayOrders,
  aiTurns,
});

describe('bench:compare sums up its rounds', () => {
  it('gives each measure as the median of the rounds’ ratios, per campaign, per turn and per order', () => {
    const result = compareRounds([
      { this: rates(90, 80, 90, 480), base: rates(100, 100, 80) },
      { this: rates(95, 85, 90, 480), base: rates(100, 100, 80) },
      { this: rates(50, 40, 90, 480), base: rates(100, 100, 80) },
    ]);
    const row = (m: string) => result.rows.find((r) => r.measure === m);
    // Campaigns: the middle ratio of 0.9, 0.95 and 0.5.
    expect(row('replayed campaigns/s')?.change).toBeCloseTo(-0.1, 12);
    expect(row('replayed campaigns/s')?.rounds.map((x) => Number(x.toFixed(3)))).toEqual([-0.1, -0.05, -0.5]);
    // The AI's campaigns are 90 turns long here against 80: 0.8 a campaign is 0.9 a turn.
    expect(row('AI campaigns/s')?.change).toBeCloseTo(-0.2, 12);
    expect(row('AI turns/s')?.change).toBeCloseTo(0.8 * (90 / 80) - 1, 12);
    // 480 orders a replayed campaign against 400: 0.9 a campaign is 1.08 an order.
    expect(row('replayed orders/s')?.change).toBeCloseTo(0.9 * 1.2 - 1, 12);
    expect(row('replayed turns/s')?.this).toBe(9000);
    expect(result.aiTurns).toEqual({ this: 90, base: 80 });
    expect(result.replayOrders).toEqual({ this: 480, base: 400 });
  });

  it('refuses to sum up no rounds', () => {
    expect(() => compareRounds([])).toThrow('no rounds');
  });
});
