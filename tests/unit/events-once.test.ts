import { describe, expect, it } from 'vitest';
import { miniGame, turn } from './fixtures';

// Issue 15: "Warriors at the Gate" came twice in 2295 of the campaign (seed "newcomer"), because
// every slot of the year drew from the whole table. Rules v9: an entry comes at most once a year.
describe('the event table draws an entry at most once a year', () => {
  it('gives a year two different entries when two slots bring events', () => {
    const s = miniGame((input) => {
      input.rules = { events: { drawsPerYear: 2, chancePercent: 100 } };
      input.eventTable = [
        {
          type: 'domestic',
          weight: 1000,
          party: 'klingon',
          faction: 'hawks',
          support: -5,
          title: 'Warriors',
        },
        { type: 'domestic', weight: 1, party: 'klingon', faction: 'doves', support: 2, title: 'Merchants' },
      ];
    });
    let state = s;
    for (let year = 0; year < 4; year++) {
      const titles = state.events.filter((e) => !e.scripted).map((e) => e.title);
      // With replacement, "Warriors" (weight 1000 of 1001) would fill both slots nearly every year.
      expect([...titles].sort()).toEqual(['Merchants', 'Warriors']);
      state = turn(state).state;
    }
  });

  it('brings nothing more once every eligible entry has come this year', () => {
    const s = miniGame((input) => {
      input.rules = { events: { drawsPerYear: 3, chancePercent: 100 } };
      input.eventTable = [
        { type: 'domestic', weight: 1, party: 'federation', faction: 'hawks', support: -1 },
      ];
    });
    expect(s.events.filter((e) => !e.scripted)).toHaveLength(1);
    expect(turn(s).state.events.filter((e) => !e.scripted)).toHaveLength(1);
  });
});
