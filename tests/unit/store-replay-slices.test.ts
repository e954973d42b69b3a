import { describe, expect, it } from 'vitest';
import { recordGame } from '../../src/sim/index';
import { builtin } from './fixtures';
import { MemoryStorage, tab } from './store-fixtures';

// Issue 17: a 1,000-year replay's walk held the tab for 0.7 s in one task. The viewer checks a
// replay a slice of years at a time, lets the page run between slices, and says how far it has got.
const replay = (() => {
  const r = recordGame(builtin('centennial-eve'), {
    seed: 'slices',
    policies: { federation: 'pragmatist', klingon: 'hawk' },
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.replay;
})();

describe('opening a replay in the viewer', () => {
  it('lets the page run between slices of years, saying how far it has got, and opens the same replay', async () => {
    const store = tab(new MemoryStorage(), 'a');
    const notices: string[] = [];
    store.store.subscribe((s) => {
      if (s.notice) notices.push(s.notice.text);
    });
    let ran = 0;
    // A task queued before the walk: it runs while the walk waits, before the replay is open.
    const tick = () => {
      ran++;
      if (ran < 1000) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const opened = store.loadReplay(replay, { sliceMs: 0 });
    expect(store.store.getState().screen).toBe('title');
    const r = await opened;
    const years = replay.turns.length;
    expect(r).toMatchObject({ ok: true, years, problem: null });
    expect(ran).toBeGreaterThanOrEqual(years - 1);
    expect(notices).toContain(`Checking the replay: 1 of ${years} years…`);
    expect(store.store.getState().screen).toBe('viewer');
    expect(store.store.getState().notice).toBeNull();
    expect(store.store.getState().viewer?.states.length).toBe(years + 1);
  });

  it('leaves a replay still being checked when another is opened, and shows the other', async () => {
    const store = tab(new MemoryStorage(), 'a');
    const first = store.loadReplay(replay, { sliceMs: 0 });
    const second = store.loadReplay(replay);
    expect(await first).toEqual({ ok: false, message: 'The replay was left before it was checked.' });
    expect((await second).ok).toBe(true);
    expect(store.store.getState().screen).toBe('viewer');
  });
});
