// The store's slices: the session holds its replay as a value (a year appended as each is resolved,
// never published to the screens), the viewer steps through a replay, and the settings are parsed
// from storage as raw input.
import { describe, expect, it } from 'vitest';
import {
  createGame,
  loadBuiltinScenario,
  recordTurn,
  resolveTurn,
  type Scenario,
  startRecording,
} from '../../src/sim/index';
import { MemoryStorage, SHORT, tab } from './store-fixtures';

function scenario(): Scenario {
  const s = loadBuiltinScenario('centennial-eve');
  if (!s.ok) throw new Error('no scenario');
  return s.value;
}

describe('the replay is a value', () => {
  it('a year recorded gives a new recording; the one before keeps its years, and neither can be changed', () => {
    const sc = scenario();
    const players = { federation: 'human', klingon: 'loyalist' } as const;
    const start = startRecording(sc, 'value', players);
    const game = createGame(sc, { seed: 'value', controllers: players });
    if (!game.ok) throw new Error('no game');
    const orders = { federation: [{ type: 'embassy', action: 'establish' }], klingon: [] } as const;
    const out = resolveTurn(game.value, orders);
    if (!out.ok) throw new Error('the year did not resolve');
    const next = recordTurn(start, game.value, orders, out.value.report, out.value.state);
    expect(start.replay.turns).toEqual([]);
    expect(start.nextYear).toBe(2293);
    expect(next.nextYear).toBe(2294);
    expect(next.replay.turns).toEqual([
      {
        year: 2293,
        orders: { federation: [{ type: 'embassy', action: 'establish' }], klingon: [] },
        hash: out.value.report.hash,
      },
    ]);
    expect(next.replay.seed).toBe('value');
    expect(Object.isFrozen(next.replay)).toBe(true);
    expect(Object.isFrozen(next.replay.turns)).toBe(true);
    expect(() => (next.replay.turns as unknown[]).push({})).toThrow(TypeError);
    // A year out of turn is the caller's mistake.
    expect(() => recordTurn(next, out.value.state, orders, out.value.report, out.value.state)).toThrow(
      'the recorder expects the turn of 2294, not 2293',
    );
  });

  it('a year begun under other controllers (a take-over) records who played it', () => {
    const sc = scenario();
    const players = { federation: 'pragmatist', klingon: 'hawk' } as const;
    const start = startRecording(sc, 'taken', players);
    const game = createGame(sc, { seed: 'taken', controllers: { federation: 'human', klingon: 'hawk' } });
    if (!game.ok) throw new Error('no game');
    const out = resolveTurn(game.value, { federation: [], klingon: [] });
    if (!out.ok) throw new Error('the year did not resolve');
    const next = recordTurn(
      start,
      game.value,
      { federation: [], klingon: [] },
      out.value.report,
      out.value.state,
    );
    expect(next.replay.turns[0]?.controllers).toEqual({ federation: 'human', klingon: 'hawk' });
    expect(next.controllers).toEqual({ federation: 'human', klingon: 'hawk' });
  });

  it('the store’s replay taken earlier keeps its years as the game goes on', () => {
    const store = tab(new MemoryStorage(), 'a');
    store.newGame(SHORT);
    const opening = store.replay();
    store.issue({ type: 'embassy', action: 'establish' });
    store.endTurn();
    store.closeReport();
    const after = store.replay();
    expect(opening?.turns).toHaveLength(0);
    expect(after?.turns.map((t) => t.year)).toEqual([2293]);
    expect(after?.turns[0]?.orders.federation).toEqual([{ type: 'embassy', action: 'establish' }]);
    expect(after?.turns[0]?.hash).toBe(store.hash());
    expect(JSON.parse(store.replayText() ?? '{}').turns).toHaveLength(1);
  });

  it('the screens never get the replay: in hot seat it holds the other side’s covert orders', () => {
    const store = tab(new MemoryStorage(), 'a');
    store.newGame({ scenario: 'centennial-eve', seed: 'hs-2', side: 'federation', opponent: 'hotseat' });
    store.issue({ type: 'espionage', mode: 'steal' });
    store.endTurn();
    store.handoverDone();
    store.endTurn();
    const published = store.store.getState().session;
    expect(published?.active).toBe('klingon');
    expect(published && 'recording' in published).toBe(false);
    expect(JSON.stringify(published)).not.toContain('"turns"');
    expect(store.current()?.recording.replay.turns[0]?.orders.federation).toEqual([
      { type: 'espionage', mode: 'steal' },
    ]);
  });
});

describe('the viewer slice', () => {
  it('opens a replay at its first year, steps within its years, and plays at a bounded speed', async () => {
    const player = tab(new MemoryStorage(), 'a');
    player.newGame(SHORT);
    for (let i = 0; i < 2; i++) {
      player.endTurn();
      player.closeReport();
    }
    const store = tab(new MemoryStorage(), 'b');
    expect(await store.loadReplay(player.replay())).toMatchObject({ ok: true, years: 2, problem: null });
    const viewer = () => store.store.getState().viewer;
    expect(store.store.getState().screen).toBe('viewer');
    expect(viewer()?.index).toBe(0);
    store.viewerSeek(99);
    expect(viewer()?.index).toBe(2);
    expect(viewer()?.states.at(2)?.year).toBe(2295);
    store.viewerSeek(-5);
    expect(viewer()?.index).toBe(0);
    store.viewerPlay(true);
    expect(viewer()?.playing).toBe(true);
    store.viewerSpeed(100);
    expect(viewer()?.speed).toBe(2);
    store.viewerSpeed(8);
    expect(viewer()?.speed).toBe(8);
    store.viewerSeek(2); // the last year: playing stops there
    expect(viewer()?.playing).toBe(false);
    store.closeViewer();
    expect(store.store.getState()).toMatchObject({ viewer: null, screen: 'title' });
  });
});

describe('the settings slice', () => {
  it('kept in storage and read back; what is stored is raw input', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    // A new player sees the hints.
    expect(a.store.getState().settings).toEqual({
      animationSpeed: 1,
      reducedMotion: false,
      safePalette: false,
      hints: true,
    });
    a.setSettings({ safePalette: true, animationSpeed: 2, hints: false });
    expect(tab(storage, 'b').store.getState().settings).toEqual({
      animationSpeed: 2,
      reducedMotion: false,
      safePalette: true,
      hints: false,
    });
    storage.setItem(
      'khitomer.settings',
      JSON.stringify({ animationSpeed: 1e9, reducedMotion: 'yes', safePalette: true, hints: 'no' }),
    );
    expect(tab(storage, 'c').store.getState().settings).toEqual({
      animationSpeed: 1,
      reducedMotion: false,
      safePalette: true,
      hints: true,
    });
    // Settings saved before the hints could be hidden show them.
    storage.setItem('khitomer.settings', JSON.stringify({ animationSpeed: 2, safePalette: true }));
    expect(tab(storage, 'c2').store.getState().settings.hints).toBe(true);
    storage.setItem('khitomer.settings', '{ not json');
    expect(tab(storage, 'd').store.getState().settings.animationSpeed).toBe(1);
    storage.full = 'khitomer.settings';
    const full = tab(storage, 'e');
    full.setSettings({ reducedMotion: true });
    expect(full.store.getState().settings.reducedMotion).toBe(true);
    expect(full.store.getState().notice?.text).toMatch(/Settings could not be saved/);
  });
});
