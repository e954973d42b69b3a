// What a side has seen: its own acts and the other's detected ones. In hot seat the store shows
// each player the game through these functions, and hands over before every switch of player.
import { describe, expect, it } from 'vitest';
import {
  COVERT_ORDER_TYPES,
  candidateOrders,
  createGame,
  type GameState,
  loadBuiltinScenario,
  ORDER_TYPES,
  PARTIES,
  previewOrder,
  reportSeenBy,
  resolveTurn,
  stateSeenBy,
} from '../../src/sim/index';
import { MemoryStorage, tab } from './store-fixtures';

function start(seed: string): GameState {
  const scenario = loadBuiltinScenario('khitomer-accords');
  if (!scenario.ok) throw new Error('no campaign');
  const g = createGame(scenario.value, { seed, controllers: { federation: 'human', klingon: 'human' } });
  if (!g.ok) throw new Error(g.error.message);
  return g.value;
}

/** A year in which the Federation steals (covertly) and the Klingons establish their embassy. */
function stealYear(seed: string) {
  const before = start(seed);
  const r = resolveTurn(before, {
    federation: [{ type: 'espionage', mode: 'steal' }],
    klingon: [{ type: 'embassy', action: 'establish' }],
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A seed whose theft stays unseen, and one whose theft is seen at once. */
function seeds(): { unseen: string; seen: string } {
  let unseen: string | null = null;
  let seen: string | null = null;
  for (let i = 0; i < 60 && (!unseen || !seen); i++) {
    const out = stealYear(`vis-${i}`);
    if (out.state.covert[0]?.detected) seen ??= `vis-${i}`;
    else unseen ??= `vis-${i}`;
  }
  if (!unseen || !seen) throw new Error('no seeds found');
  return { unseen, seen };
}
const { unseen, seen } = seeds();

describe('covert orders', () => {
  it('are exactly the order types whose preview says covert', () => {
    const covert = new Set<string>();
    const open = new Set<string>();
    for (const seed of ['a', 'b']) {
      const s = start(seed);
      for (const party of PARTIES)
        for (const order of candidateOrders(s, party)) {
          const p = previewOrder(s, party, order);
          if (!p.ok) continue;
          (p.value.violations.some((v) => v.kind === 'covert') ? covert : open).add(order.type);
        }
    }
    // Every covert type the campaign's first year offers is in the list, and no open one.
    for (const t of covert) expect(COVERT_ORDER_TYPES).toContain(t);
    for (const t of open) expect(COVERT_ORDER_TYPES).not.toContain(t);
    expect(covert.has('espionage')).toBe(true);
    for (const t of COVERT_ORDER_TYPES) expect(ORDER_TYPES).toContain(t);
  });
});

describe('what a side has seen', () => {
  it('the victim of an unseen theft sees its loss, not the thief’s order nor its gain', () => {
    const out = stealYear(unseen);
    const k = reportSeenBy(out.report, 'klingon');
    expect(out.report.orders.federation.map((o) => o.type)).toEqual(['espionage']);
    expect(k.orders.federation).toEqual([]);
    expect(k.orders.klingon).toEqual(out.report.orders.klingon);
    const texts = k.changes.map((c) => c.text);
    expect(texts).toContain('Reserves go missing.');
    expect(texts).not.toContain('Stolen reserves arrive.');
    expect(k.changes.every((c) => c.cause.order?.party !== 'federation')).toBe(true);
    expect(k.changes.find((c) => c.text === 'Reserves go missing.')?.cause).toEqual({});
    // The loss is not shown as the victim's breach of Article I.
    const loss = out.report.changes.find((c) => c.text === 'Reserves go missing.');
    expect(loss?.article).toBe('I');
    expect(k.changes.find((c) => c.text === 'Reserves go missing.')?.article).toBeNull();
    // The thief's own view keeps all of it.
    const f = reportSeenBy(out.report, 'federation');
    expect(f.orders.federation.map((o) => o.type)).toEqual(['espionage']);
    // Either side's view is of the same year and state.
    expect([k.year, k.hash, f.year, f.hash]).toEqual([
      out.report.year,
      out.report.hash,
      out.report.year,
      out.report.hash,
    ]);
    expect(f.ledger).toBe(out.report.ledger);
    expect(f.changes.map((c) => c.text)).toContain('Stolen reserves arrive.');
    expect(f.changes).toHaveLength(out.report.changes.length);
    // Nor in the thief's view: the Empire's loss is the Federation's doing.
    expect(f.changes.find((c) => c.text === 'Reserves go missing.')?.article).toBeNull();
    expect(f.changes.find((c) => c.text === 'Stolen reserves arrive.')?.article).toBe('I');
    // The state: the act is the thief's secret.
    expect(out.state.covert).toHaveLength(1);
    expect(stateSeenBy(out.state, 'klingon').covert).toEqual([]);
    expect(stateSeenBy(out.state, 'federation').covert).toEqual(out.state.covert);
  });

  it('an act seen at once is seen by both, through the ledger and the covert list', () => {
    const out = stealYear(seen);
    const k = stateSeenBy(out.state, 'klingon');
    expect(k.covert).toHaveLength(1);
    expect(k.covert[0]?.detected).toBe(true);
    const report = reportSeenBy(out.report, 'klingon');
    expect(report.ledger.some((e) => e.party === 'federation' && e.article === 'I')).toBe(true);
    expect(report.changes.some((c) => c.text.includes('Seen at once'))).toBe(true);
    // The victim's line of reserves lost names the thief seen (playtest 37 read "Reserves go missing.").
    const theft = out.report.changes.findIndex((c) => c.text === 'Stolen reserves arrive.') - 1;
    expect(out.report.changes[theft]).toMatchObject({
      kind: 'reserves',
      party: 'klingon',
      text: 'Reserves go missing: agents of the Federation are seen taking them.',
    });
    expect(report.changes.map((c) => c.text)).toContain(
      'Reserves go missing: agents of the Federation are seen taking them.',
    );
  });

  it('a sabotage seen: the victim’s lost ships are not its breach; the ledger names the saboteur', () => {
    for (let i = 0; i < 60; i++) {
      const r = resolveTurn(start(`sab-${i}`), {
        federation: [{ type: 'espionage', mode: 'sabotage' }],
        klingon: [],
      });
      if (!r.ok) throw new Error(r.error.message);
      if (!r.value.state.covert[0]?.detected) continue;
      const k = reportSeenBy(r.value.report, 'klingon');
      const raw = r.value.report.changes.find(
        (c) => c.kind === 'fleet' && c.cause.order?.type === 'espionage',
      );
      const lost = k.changes.find((c) => c.kind === 'fleet' && c.text === raw?.text);
      expect(lost?.party).toBe('klingon');
      // The loss is seen, not the order that made it: the ledger names the saboteur.
      expect(lost?.cause).toEqual({});
      expect(lost?.delta).toBeLessThan(0);
      expect(lost?.article).toBeNull();
      expect(r.value.report.changes.find((c) => c.text === lost?.text)?.article).toBe('I');
      expect(k.ledger.filter((e) => e.article === 'I').map((e) => e.party)).toEqual(['federation']);
      return;
    }
    throw new Error('no seed in 60 sees the sabotage');
  });

  it('the other side’s intelligence is hidden, and the state is not changed', () => {
    const before = start('intel');
    const r = resolveTurn(before, { federation: [{ type: 'espionage', mode: 'reveal' }], klingon: [] });
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.state;
    expect(s.powers.federation.intel).not.toBeNull();
    const k = stateSeenBy(s, 'klingon');
    expect(k.powers.federation.intel).toBeNull();
    expect(s.powers.federation.intel).not.toBeNull();
    expect(stateSeenBy(s, 'federation').powers.federation.intel).toEqual(s.powers.federation.intel);
    expect(stateSeenBy(before, 'klingon')).toBe(before); // nothing hidden: the same state
  });
});

describe('hot seat in the store', () => {
  it('each player reads the report as their side saw it, after a hand-over', () => {
    // The short scenario's seed hs-2: the Federation's theft in 2293 is not seen.
    const store = tab(new MemoryStorage(), 'a');
    store.newGame({ scenario: 'centennial-eve', seed: 'hs-2', side: 'federation', opponent: 'hotseat' });
    expect(store.issue({ type: 'espionage', mode: 'steal' })).toEqual({ ok: true });
    store.endTurn();
    let st = store.store.getState();
    expect(st.screen).toBe('handover');
    expect(st.session?.active).toBe('klingon');
    expect(st.session?.queued.federation).toEqual([]); // the Federation's orders are not published
    store.handoverDone();
    store.endTurn();
    st = store.store.getState();
    expect(st.screen).toBe('report');
    expect(store.current()?.state.covert[0]?.detected).toBe(false);
    // The Klingon player reads it first: no theft, no theft's gain, no act in the state.
    expect(st.session?.active).toBe('klingon');
    expect(st.session?.lastReport?.orders.federation).toEqual([]);
    expect(JSON.stringify(st.session?.lastReport)).not.toContain('Stolen');
    expect(st.session?.state.covert).toEqual([]);
    // Then a hand-over, and the Federation reads its own report.
    store.closeReport();
    st = store.store.getState();
    expect(st.screen).toBe('handover');
    expect(st.session?.active).toBe('federation');
    store.handoverDone();
    st = store.store.getState();
    expect(st.screen).toBe('report');
    expect(st.session?.lastReport?.orders.federation.map((o) => o.type)).toEqual(['espionage']);
    expect(st.session?.state.covert).toHaveLength(1);
    store.closeReport();
    expect(store.store.getState().screen).toBe('game');
    expect(store.store.getState().session?.active).toBe('federation');
  });
});
