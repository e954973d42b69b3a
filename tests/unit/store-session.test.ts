// The store's games: none replaced without asking, a link that starts its game once, two tabs that
// never overwrite each other's save, and hot seat showing each player only what their side has seen.
import { describe, expect, it } from 'vitest';
import type { TurnReport } from '../../src/sim/index';
import { CLAIM_TTL_MS, OWNER_KEY } from '../../src/store/guard';
import { SAVE_KEY, YEAR_KEY } from '../../src/store/save';
import { watchedReports } from '../../src/store/viewer';
import { MemoryStorage, SHORT, tab } from './store-fixtures';

describe('a saved game is never replaced without asking', () => {
  it('a new game over a game in progress is refused with game/saved until replace says so', () => {
    const storage = new MemoryStorage();
    const store = tab(storage, 'a');
    expect(store.newGame(SHORT)).toEqual({ ok: true });
    store.endTurn();
    store.closeReport();
    const saved = storage.getItem(SAVE_KEY);
    const r = store.newGame({ ...SHORT, seed: 'another' });
    expect(r).toEqual({
      ok: false,
      code: 'game/saved',
      message:
        'A game is saved (Centennial Eve: The First Years, 2294, as the Federation against the loyalist AI): a new game would replace it.',
    });
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    expect(store.current()?.state.year).toBe(2294);
    expect(store.newGame({ ...SHORT, seed: 'another' }, { replace: true })).toEqual({ ok: true });
    expect(store.current()?.state.seed).toBe('another');
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').replay.seed).toBe('another');
  });

  it('a game that has ended is replaced without a question (it loses nothing)', () => {
    const storage = new MemoryStorage();
    const store = tab(storage, 'a');
    store.newGame(SHORT);
    for (let i = 0; i < 10 && store.current()?.state.phase !== 'ended'; i++) {
      store.endTurn();
      store.closeReport();
    }
    expect(store.current()?.state.phase).toBe('ended');
    expect(store.newGame({ ...SHORT, seed: 'next' })).toEqual({ ok: true });
  });

  it('a take-over in the viewer asks too', async () => {
    const storage = new MemoryStorage();
    const store = tab(storage, 'a');
    store.newGame(SHORT);
    store.endTurn();
    store.closeReport();
    const replay = store.replay();
    store.newGame({ ...SHORT, seed: 'kept' }, { replace: true });
    await store.loadReplay(replay);
    const r = store.takeOverHere('klingon');
    expect(r.ok || r.code).toBe('game/saved');
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').replay.seed).toBe('kept');
    expect(store.takeOverHere('klingon', { replace: true })).toEqual({ ok: true });
  });
});

describe('a link starts its game once', () => {
  const LINK = '?scenario=centennial-eve&seed=from-a-link&side=klingon&opponent=hawk';

  it('with no game saved it starts; opened again (or reloaded) it offers the saved game', () => {
    const storage = new MemoryStorage();
    const first = tab(storage, 'a');
    expect(first.openLink(LINK)).toEqual({ ok: true });
    expect(first.current()?.side).toBe('klingon');
    first.endTurn();
    first.closeReport();
    const saved = storage.getItem(SAVE_KEY);
    first.goTo('title'); // the page goes (reload): its claim goes with it
    const reloaded = tab(storage, 'b');
    const r = reloaded.openLink(LINK);
    expect(r.ok || r.code).toBe('game/saved');
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    expect(reloaded.store.getState().screen).toBe('title');
    expect(reloaded.store.getState().linkOffer).toEqual({
      text: 'The link opens Centennial Eve: The First Years (seed from-a-link).',
      saved: 'Centennial Eve: The First Years, 2294, as the Klingon Empire against the hawk AI',
    });
    expect(reloaded.answerLink('continue')).toEqual({ ok: true });
    expect(reloaded.current()?.state.year).toBe(2294);
    expect(reloaded.store.getState().linkOffer).toBeNull();
  });

  it('the player may choose the link’s game, and a bad link says why', () => {
    const storage = new MemoryStorage();
    const store = tab(storage, 'a');
    store.newGame(SHORT);
    store.endTurn();
    store.closeReport();
    store.openLink(LINK);
    expect(store.answerLink('replace')).toEqual({ ok: true });
    expect(store.current()?.state.seed).toBe('from-a-link');
    expect(store.current()?.state.year).toBe(2293);
    const bad = tab(new MemoryStorage(), 'c');
    expect(bad.openLink('?scenario=centennial-eve&opponent=banana')).toEqual({
      ok: false,
      message: `The link's opponent "banana" is not one of loyalist, pragmatist, hawk, hotseat.`,
    });
    expect(bad.openLink('?scenario=__proto__').ok).toBe(false);
    expect(bad.store.getState().notice?.text).toMatch(/"__proto__" is not a built-in scenario/);
  });
});

describe('two tabs never overwrite each other’s save', () => {
  /** Tabs a and b on one storage and clock; a has played a year of a game, saved as `saved`. */
  const twoTabs = () => {
    const storage = new MemoryStorage();
    const clock = { t: 5_000_000 };
    const a = tab(storage, 'a', clock);
    const b = tab(storage, 'b', clock);
    expect(a.newGame(SHORT)).toEqual({ ok: true });
    a.endTurn();
    a.closeReport();
    return { storage, a, b, saved: storage.getItem(SAVE_KEY) };
  };

  it('the second tab is told the game is open elsewhere, and saves nothing', () => {
    const { storage, a, b, saved } = twoTabs();
    expect(b.openElsewhere()).toBe(true);
    const cont = b.continueGame();
    expect(cont.ok || cont.code).toBe('game/open-elsewhere');
    expect(b.store.getState().notice?.text).toMatch(/open in another tab/);
    const fresh = b.newGame({ ...SHORT, seed: 'b' }, { replace: true });
    expect(fresh.ok || fresh.code).toBe('game/open-elsewhere');
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    // The first tab leaves its game for the title: the second may take it up.
    a.goTo('title');
    expect(b.continueGame()).toEqual({ ok: true });
    expect(b.current()?.state.year).toBe(2294);
  });

  it('the second tab is told of the first before it is asked to replace the saved game (playtest 24)', async () => {
    const { storage, a, b, saved } = twoTabs();
    // New game: not "a new game would replace it", which Replace then could not do.
    const fresh = b.newGame({ ...SHORT, seed: 'b' });
    expect(fresh.ok || fresh.code).toBe('game/open-elsewhere');
    // Take over in the viewer, the same.
    await b.loadReplay(a.replay());
    const taken = b.takeOverHere('klingon');
    expect(taken.ok || taken.code).toBe('game/open-elsewhere');
    expect(b.store.getState().notice?.text).toMatch(/open in another tab/);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    // The first tab leaves for the title: now the question is asked.
    a.goTo('title');
    const asked = b.takeOverHere('klingon');
    expect(asked.ok || asked.code).toBe('game/saved');
  });

  it('a tab whose claim went stale finds the game taken and stops saving, with a notice', () => {
    const storage = new MemoryStorage();
    const clock = { t: 5_000_000 };
    const a = tab(storage, 'a', clock);
    const b = tab(storage, 'b', clock);
    a.newGame(SHORT);
    clock.t += CLAIM_TTL_MS + 1; // the first tab slept (or crashed) past its claim
    expect(b.continueGame()).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(OWNER_KEY) ?? '{}').tab).toBe('b');
    b.endTurn();
    b.closeReport();
    const saved = storage.getItem(SAVE_KEY);
    a.endTurn();
    expect(a.store.getState().notice?.text).toMatch(/opened in another tab: this tab no longer saves it/);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
  });
});

describe('a hot-seat game continued', () => {
  it('opens on the hand-over to the first player, not on their side of the game', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame({ scenario: 'centennial-eve', seed: 'hs-continue', side: 'klingon', opponent: 'hotseat' });
    a.goTo('title');
    const b = tab(storage, 'b');
    expect(b.continueGame()).toEqual({ ok: true });
    expect(b.store.getState().screen).toBe('handover');
    expect(b.store.getState().session?.active).toBe('klingon');
    b.handoverDone();
    expect(b.store.getState().screen).toBe('game');
    // Its replay holds both sides' orders: not exported before the end.
    const may = b.mayExport();
    expect(may.ok || may.code).toBe('game/hotseat-secrets');
    // Said in the words of what was asked (playtest 29 pressed Share link and read "exported").
    expect(may.ok || may.message).toMatch(/it can be exported once the game has ended\.$/);
    const share = b.mayExport('shared');
    expect(share.ok || share.message).toMatch(/it can be shared once the game has ended\.$/);
    const ai = tab(new MemoryStorage(), 'c');
    ai.newGame(SHORT);
    expect(ai.mayExport()).toEqual({ ok: true });
  });
});

describe('a hot-seat game’s last year', () => {
  it('is read by both players, each after a hand-over, before the end screen', () => {
    // Playtest 29: the game's end skipped the first player's report of its last year.
    const store = tab(new MemoryStorage(), 'a');
    store.newGame({ scenario: 'centennial-eve', seed: 'hs-last', side: 'federation', opponent: 'hotseat' });
    let guard = 0;
    while (store.current()?.state.phase !== 'ended' && guard++ < 20) {
      store.endTurn(); // the Federation hands over
      store.handoverDone();
      store.endTurn(); // the Empire's end resolves the year; it reads the report first
      if (store.current()?.state.phase === 'ended') break;
      store.closeReport();
      store.handoverDone();
      store.closeReport();
    }
    expect(store.current()?.state.phase).toBe('ended');
    expect(store.store.getState().screen).toBe('report');
    expect(store.current()?.active).toBe('klingon');
    store.closeReport();
    expect(store.store.getState().screen).toBe('handover');
    expect(store.current()?.active).toBe('federation');
    store.handoverDone();
    expect(store.store.getState().screen).toBe('report');
    store.closeReport();
    expect(store.store.getState().screen).toBe('end');
  });
});

describe('a new game’s options are raw input', () => {
  const refusals: [unknown, RegExp][] = [
    [undefined, /needs its options/],
    [null, /needs its options/],
    [42, /needs its options/],
    [{ scenario: 'centennial-eve', seed: 42 }, /^The seed must be text, not "42"\.$/],
    [{ scenario: 'centennial-eve', seed: 'x'.repeat(10_000) }, /a seed is at most/],
    [{ scenario: { id: 'x', title: 'unchecked' } }, /^The scenario is not valid: /],
    [{ scenario: 7 }, /must be a built-in scenario's id or a scenario/],
    [{ scenario: '__proto__' }, /"__proto__" is not a built-in scenario/],
    [{ scenario: 'constructor' }, /"constructor" is not a built-in scenario/],
    [{ scenario: 'centennial-eve', side: 'romulan' }, /side "romulan" is neither/],
    [{ scenario: 'centennial-eve', opponent: '__proto__' }, /opponent "__proto__" is not one of/],
    [{ scenario: 'centennial-eve', opponent: { toString: null } }, /opponent .* is not one of/],
  ];
  for (const [input, reason] of refusals) {
    it(`refuses ${JSON.stringify(input)?.slice(0, 60) ?? String(input)} with the reason`, () => {
      const store = tab(new MemoryStorage(), 'a');
      const r = store.newGame(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(reason);
      expect(store.current()).toBeNull();
    });
  }

  it('a scenario object is checked, and a valid one plays', async () => {
    const { loadBuiltinScenario, BUILTIN_SCENARIOS } = await import('../../src/sim/index');
    const store = tab(new MemoryStorage(), 'a');
    const parsed = loadBuiltinScenario('centennial-eve');
    if (!parsed.ok) throw new Error('no scenario');
    expect(store.newGame({ scenario: parsed.value, seed: 's' })).toEqual({ ok: true });
    const raw = structuredClone(BUILTIN_SCENARIOS['centennial-eve']) as Record<string, unknown>;
    expect(store.newGame({ scenario: { ...raw, firstYear: 'soon' } }, { replace: true }).ok).toBe(false);
    expect(store.current()?.state.seed).toBe('s');
  });
});

describe('a game continued goes on with the year as it was left', () => {
  const EMBASSY = { type: 'embassy', action: 'establish' };
  /** The page is left (its claim goes with it) and the game continued in a fresh one. */
  const reload = (storage: MemoryStorage, left: ReturnType<typeof tab>, id: string) => {
    left.goTo('title');
    const next = tab(storage, id);
    expect(next.continueGame()).toEqual({ ok: true });
    return next;
  };

  it('the orders queued and not sent come back, checked again', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame(SHORT);
    expect(a.issue(EMBASSY)).toEqual({ ok: true });
    const b = reload(storage, a, 'b');
    expect(b.store.getState().screen).toBe('game');
    expect(b.current()?.queued.federation).toEqual([EMBASSY]);
    expect(b.store.getState().session?.queued.federation).toEqual([EMBASSY]);
    expect(b.store.getState().notice).toBeNull();
    // Withdrawn, it stays withdrawn.
    b.withdraw(0);
    const c = reload(storage, b, 'c');
    expect(c.current()?.queued.federation).toEqual([]);
  });

  it('an order that no longer passes is dropped with a notice; the others are kept', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame(SHORT);
    a.issue(EMBASSY);
    const kept = JSON.parse(storage.getItem(YEAR_KEY) ?? '{}');
    kept.queued.federation.push({ type: 'embassy', action: 'establish' }, { type: 'banana' });
    storage.setItem(YEAR_KEY, JSON.stringify(kept));
    const b = reload(storage, a, 'b');
    expect(b.current()?.queued.federation).toEqual([EMBASSY]);
    expect(b.store.getState().notice?.text).toMatch(
      /^2 orders queued before the game was left no longer pass the rules, and were dropped \(.+\)\.$/,
    );
  });

  it('a year kept for another state (its save failed) is not taken up, nor one that is not JSON', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame(SHORT);
    a.issue(EMBASSY);
    const kept = JSON.parse(storage.getItem(YEAR_KEY) ?? '{}');
    storage.setItem(YEAR_KEY, JSON.stringify({ ...kept, hash: '0000000000000000' }));
    const b = reload(storage, a, 'b');
    expect(b.current()?.queued.federation).toEqual([]);
    storage.setItem(YEAR_KEY, '{ "hash": ');
    const c = reload(storage, b, 'c');
    expect(c.current()?.queued.federation).toEqual([]);
    expect(c.store.getState().notice?.text).toMatch(/could not be read, and were dropped/);
  });

  it('a report not yet closed is shown again; a closed one is not', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame(SHORT);
    a.endTurn();
    const b = reload(storage, a, 'b');
    expect(b.store.getState().screen).toBe('report');
    expect(b.store.getState().session?.lastReport?.year).toBe(2293);
    expect(b.current()?.reports.map((r) => r.year)).toEqual([2293]);
    b.closeReport();
    expect(b.store.getState().screen).toBe('game');
    const c = reload(storage, b, 'c');
    expect(c.store.getState().screen).toBe('game');
    expect(c.current()?.state.year).toBe(2294);
  });

  const hotseat = (seed: string) => ({
    scenario: 'centennial-eve',
    seed,
    side: 'federation',
    opponent: 'hotseat',
  });
  /**
   * A seed whose Federation theft of 2293 is not seen that year, found by playing it (a change of
   * the rules' draws moves it: the test looks for one rather than trusting a number).
   */
  const unseenTheft = (() => {
    for (let i = 0; i < 60; i++) {
      const s = tab(new MemoryStorage(), 'probe');
      s.newGame(hotseat(`hs-${i}`));
      s.issue({ type: 'espionage', mode: 'steal' });
      s.endTurn();
      s.handoverDone();
      s.endTurn();
      if (s.current()?.state.covert[0]?.detected === false) return `hs-${i}`;
    }
    throw new Error('no seed of 60 leaves the theft unseen');
  })();
  const HOTSEAT = hotseat(unseenTheft);
  /** What the screens show of the published game: its state, the report's orders and lines, the orders queued. */
  const seen = (store: ReturnType<typeof tab>) => {
    const s = store.store.getState().session;
    return JSON.stringify([
      s?.state,
      s?.lastReport?.orders,
      s?.lastReport?.changes.map((c) => c.text),
      s?.queued,
    ]);
  };

  it('hot seat saved while the second player reads the report: each reads it, after a hand-over, as their side saw it', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame(HOTSEAT);
    expect(a.issue({ type: 'espionage', mode: 'steal' })).toEqual({ ok: true });
    a.endTurn();
    a.handoverDone();
    a.endTurn(); // the year resolves; the Klingon player reads the report
    expect(a.current()?.state.covert[0]?.detected).toBe(false);
    const b = reload(storage, a, 'b');
    let st = b.store.getState();
    expect(st.screen).toBe('handover');
    expect(st.session?.active).toBe('klingon');
    expect(seen(b)).not.toMatch(/espionage|Stolen/);
    b.handoverDone();
    st = b.store.getState();
    expect(st.screen).toBe('report');
    expect(st.session?.lastReport?.year).toBe(2293);
    expect(st.session?.lastReport?.orders.federation).toEqual([]);
    expect(seen(b)).not.toMatch(/espionage|Stolen/);
    b.closeReport();
    // Saved again before the Federation has read it: the hand-over to the Federation, then its report.
    const c = reload(storage, b, 'c');
    st = c.store.getState();
    expect(st.screen).toBe('handover');
    expect(st.session?.active).toBe('federation');
    c.handoverDone();
    st = c.store.getState();
    expect(st.screen).toBe('report');
    expect(st.session?.lastReport?.orders.federation.map((o) => o.type)).toEqual(['espionage']);
    c.closeReport();
    st = c.store.getState();
    expect(st.screen).toBe('game');
    expect(st.session?.active).toBe('federation');
    expect(st.session?.state.year).toBe(2294);
  });

  it('hot seat saved after the first player handed over: the second gets the screen, the first’s orders kept and hidden', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'a');
    a.newGame(HOTSEAT);
    a.issue({ type: 'espionage', mode: 'steal' });
    a.endTurn();
    const b = reload(storage, a, 'b');
    expect(b.store.getState().screen).toBe('handover');
    expect(b.store.getState().session?.active).toBe('klingon');
    expect(b.store.getState().session?.queued.federation).toEqual([]);
    expect(b.current()?.queued.federation.map((o) => o.type)).toEqual(['espionage']);
    b.handoverDone();
    b.endTurn();
    // The Federation's theft was played: its own report shows it.
    expect(b.current()?.lastReport?.orders.federation.map((o) => o.type)).toEqual(['espionage']);
  });
});

describe('the saved game’s replay, watched from the title', () => {
  it('opens the years played so far, and closing it continues the game with its orders (playtest 24)', async () => {
    const storage = new MemoryStorage();
    const store = tab(storage, 'a');
    store.newGame(SHORT);
    store.endTurn();
    store.closeReport();
    store.endTurn();
    store.closeReport();
    expect(store.issue({ type: 'summit' })).toEqual({ ok: true });
    const queued = store.current()?.queued.federation;
    store.goTo('title');
    const opened = await store.watchSaved();
    expect(opened.ok && opened.years).toBe(2);
    expect(store.store.getState().screen).toBe('viewer');
    expect(store.store.getState().viewer?.ofSaved).toBe(true);
    store.closeViewer();
    expect(store.store.getState().screen).toBe('game');
    expect(store.store.getState().viewer).toBeNull();
    expect(store.current()?.state.year).toBe(2295);
    expect(store.current()?.queued.federation).toEqual(queued);
    // A replay loaded from a file still closes to the title.
    store.goTo('title');
    await store.loadReplay(store.replay());
    store.closeViewer();
    expect(store.store.getState().screen).toBe('title');
  });

  it('a hot-seat game in progress is not shown: its replay holds both sides’ secrets', async () => {
    const store = tab(new MemoryStorage(), 'a');
    store.newGame({ ...SHORT, opponent: 'hotseat' });
    store.goTo('title');
    const r = await store.watchSaved();
    expect(r.ok).toBe(false);
    expect(store.store.getState().notice?.text).toMatch(/both sides’ orders/);
    expect(store.store.getState().screen).toBe('title');
  });

  it('in progress, keeps the other side’s covert orders secret; ended, shows them', () => {
    const report = {
      year: 2293,
      events: [],
      orders: {
        federation: [{ type: 'summit', text: 'Propose a summit' }],
        klingon: [
          { type: 'espionage', text: 'Espionage: steal' },
          { type: 'summit', text: 'Propose a summit' },
        ],
      },
      refused: [],
      changes: [],
      ledger: [],
      hash: 'h',
    } as unknown as TurnReport;
    const kinds = (rs: TurnReport[]) => rs.map((r) => r.orders.klingon.map((o) => o.type));
    expect(kinds(watchedReports([report], 'federation', false))).toEqual([['summit']]);
    expect(kinds(watchedReports([report], 'federation', true))).toEqual([['espionage', 'summit']]);
    // Its own covert orders the player saw: the Klingon player watching keeps them.
    expect(kinds(watchedReports([report], 'klingon', false))).toEqual([['espionage', 'summit']]);
  });
});
