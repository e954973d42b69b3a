// The game's own replay, watched from its HUD (store/viewer.ts watchGame): by the title's rules, and
// Back to the game continues it with the year's orders as they were left.
import { describe, expect, it } from 'vitest';
import { CLAIM_TTL_MS } from '../../src/store/guard';
import { watchedReports } from '../../src/store/viewer';
import { type Clock, MemoryStorage, SHORT, tab } from './store-fixtures';

/** A game against the hawk two years in, a summit queued for its third. */
function twoYearsIn(storage: MemoryStorage, clock?: Clock) {
  const store = tab(storage, 'a', clock);
  expect(store.newGame({ ...SHORT, opponent: 'hawk' })).toEqual({ ok: true });
  for (let i = 0; i < 2; i++) {
    expect(store.endTurn().ok).toBe(true);
    store.closeReport();
  }
  expect(store.issue({ type: 'summit' })).toEqual({ ok: true });
  return store;
}

describe('the game’s replay, watched from the game', () => {
  it('opens the years played so far as the player saw them, and Back to the game keeps the queued order', async () => {
    const store = twoYearsIn(new MemoryStorage());
    const queued = store.current()?.queued.federation;
    expect(queued).toHaveLength(1);
    const opened = await store.watchGame();
    expect(opened.ok && opened.years).toBe(2);
    const st = store.store.getState();
    expect(st.screen).toBe('viewer');
    expect(st.viewer?.ofSaved).toBe(true);
    expect(st.viewer?.reports).toHaveLength(2);
    // A year looked back at, then back to the game.
    store.viewerSeek(1);
    expect(store.store.getState().viewer?.index).toBe(1);
    store.closeViewer();
    expect(store.store.getState().screen).toBe('game');
    expect(store.store.getState().viewer).toBeNull();
    expect(store.current()?.state.year).toBe(2295);
    expect(store.current()?.queued.federation).toEqual(queued);
  });

  it('shows the reports as the player’s side saw them, not whole', async () => {
    const store = twoYearsIn(new MemoryStorage());
    const replay = store.replay();
    await store.watchGame();
    const watched = store.store.getState().viewer?.reports;
    store.closeViewer();
    // The same replay opened as a file (as a stranger would): its reports whole.
    store.goTo('title');
    await store.loadReplay(replay);
    const whole = store.store.getState().viewer?.reports ?? [];
    expect(watched).toEqual(watchedReports(whole, 'federation', false));
    // The hawk's espionage of 2293, covert and not found out, is in the whole replay only.
    const kinds = (rs: typeof whole | undefined) => rs?.[0]?.orders.klingon.map((o) => o.type);
    expect(kinds(whole)).toContain('espionage');
    expect(kinds(watched)).not.toContain('espionage');
  });

  it('a hot-seat game in progress is not shown, and says why; the game stays on screen', async () => {
    const store = tab(new MemoryStorage(), 'a');
    store.newGame({ ...SHORT, opponent: 'hotseat' });
    const screen = store.store.getState().screen;
    const r = await store.watchGame();
    expect(r.ok).toBe(false);
    expect(store.store.getState().notice?.text).toMatch(
      /both sides’ orders, covert ones too: it can be watched once/,
    );
    expect(store.store.getState().screen).toBe(screen);
    expect(store.store.getState().viewer).toBeNull();
  });

  it('a game another tab has taken up is not opened (this tab could not come back to it)', async () => {
    const storage = new MemoryStorage();
    const clock = { t: 1_000_000 };
    const a = twoYearsIn(storage, clock);
    clock.t += CLAIM_TTL_MS + 1;
    const b = tab(storage, 'b', clock);
    expect(b.continueGame().ok).toBe(true);
    const r = await a.watchGame();
    expect(r.ok).toBe(false);
    expect(a.store.getState().notice?.text).toMatch(/open in another tab/);
    expect(a.store.getState().screen).toBe('game');
  });

  it('without a game, says so', async () => {
    const store = tab(new MemoryStorage(), 'a');
    expect(await store.watchGame()).toEqual({ ok: false, message: 'No game is in progress.' });
  });
});
