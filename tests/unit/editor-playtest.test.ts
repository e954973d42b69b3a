// Playtest from a year of the timeline: the years before are played by the AIs, then the author's
// side is taken over there, as the replay viewer's "Take over" does.
import { describe, expect, it } from 'vitest';
import { playtestYears, startPlaytest } from '../../src/game/editor/playtest';
import { loadBuiltinScenario, type Scenario } from '../../src/sim/index';
import { MemoryStorage, tab } from './store-fixtures';

function builtin(id: string): Scenario {
  const s = loadBuiltinScenario(id);
  if (!s.ok) throw new Error(`${id} does not load`);
  return s.value;
}

describe('playtest from a year of the timeline', () => {
  it('offers the first year and every later year of the timeline, before the last', () => {
    const campaign = builtin('khitomer-accords');
    const years = playtestYears(campaign);
    expect(years[0]).toBe(2293);
    expect(years).toContain(2311);
    expect(years).toContain(2373);
    expect(years).not.toContain(2393);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(years).size).toBe(years.length);
  });

  it('starts in the year chosen, its replay branched there, the opponent the one chosen', async () => {
    const store = tab(new MemoryStorage(), 'a');
    const campaign = builtin('khitomer-accords');
    const r = await startPlaytest(store, campaign, {
      side: 'klingon',
      opponent: 'hawk',
      seed: 'playtest-unit',
      year: 2311,
      before: 'loyalist',
    });
    expect(r).toEqual({ ok: true });
    const s = store.store.getState();
    expect(s.screen).toBe('game');
    expect(s.session?.state.year).toBe(2311);
    expect(s.session?.side).toBe('klingon');
    expect(s.session?.opponent).toBe('hawk');
    const replay = store.replay();
    expect(replay?.branch?.fromYear).toBe(2311);
    expect(replay?.turns).toHaveLength(18);
    expect(s.notice?.text).toContain('Playtest from 2311');
  });

  it('refuses hot seat from a later year, and changes nothing', async () => {
    const store = tab(new MemoryStorage(), 'a');
    const r = await startPlaytest(store, builtin('khitomer-accords'), {
      side: 'federation',
      opponent: 'hotseat',
      seed: 'x',
      year: 2311,
      before: 'pragmatist',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Hot seat plays from the first year');
    expect(store.store.getState().screen).toBe('title');
    expect(store.store.getState().session).toBeNull();
  });
});
