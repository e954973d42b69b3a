// Playtest 23's screen defects, through the pure functions behind them: the queue's prices, the
// replay viewer's side and its verification words, and a third power's fleet names.
import { describe, expect, it } from 'vitest';
import { fleetNames, rosterOf } from '../../src/game/ui/names';
import { notNow } from '../../src/game/ui/not-now';
import { priceWords, queuePrices, reservesLeft } from '../../src/game/ui/purse';
import { verifiedWords, viewerSide } from '../../src/game/ui/viewer-words';
import {
  compactForLink,
  createGame,
  type GameState,
  type Order,
  orderCost,
  resolveTurn,
} from '../../src/sim/index';
import { recordGame } from '../../src/sim/replay/index';
import { builtin, miniGame, miniScenario, withRules } from './fixtures';

/** The mini game with developing priced as the rules' defaults (12, and 20 more a level) and a full purse. */
function pricedGame(): GameState {
  return miniGame((s) => {
    withRules(s, { economy: { developCostPerLevel: 20 } });
    s.powers.federation.reserves = 500;
  });
}

describe('the queue shows what each order will be charged', () => {
  const twice: Order[] = [
    { type: 'develop', system: 'k7' },
    { type: 'develop', system: 'k7' },
  ];

  it('a world developed twice: the second is priced at the level it is built at', () => {
    const s = pricedGame();
    // Station K-7 yields 2: 12 + 2 × 20, then 12 + 3 × 20.
    expect(queuePrices(s, 'federation', twice).map((c) => c.reserves)).toEqual([52, 72]);
    expect(queuePrices(s, 'federation', twice).map(priceWords)).toEqual(['52 reserves', '72 reserves']);
    // The order's own cost is the first level's alone: that is what the playtest saw (12, then paid 44).
    expect(orderCost(s, 'federation', { type: 'develop', system: 'k7' }).reserves).toBe(52);
    expect(orderCost(s, 'federation', { type: 'develop', system: 'k7' }, twice.slice(0, 1)).reserves).toBe(
      72,
    );
    expect(reservesLeft(s, 'federation', twice)).toBe(500 - 52 - 72);
  });

  it('the prices are what the year charges', () => {
    const s = pricedGame();
    const orders: Order[] = [
      ...twice,
      { type: 'develop', system: 'vulcan' },
      { type: 'develop', system: 'k7' },
    ];
    const r = resolveTurn(s, { federation: orders });
    if (!r.ok) throw new Error(r.error.message);
    const charged = r.value.report.changes
      .filter((c) => c.party === 'federation' && c.kind === 'reserves' && c.text.endsWith('is developed.'))
      .map((c) => -(c.delta ?? 0))
      .sort((a, b) => a - b);
    const priced = queuePrices(s, 'federation', orders)
      .map((c) => c.reserves)
      .sort((a, b) => a - b);
    expect(charged).toEqual(priced);
    expect(priced).toEqual([52, 72, 92, 132]);
  });

  it('a world that cannot be developed now names the price it would be built at', () => {
    const s = miniGame((x) => {
      withRules(x, { economy: { developCostPerLevel: 20 } });
      x.powers.federation.reserves = 60;
    });
    // 60 reserves: the first (52) is queued, the second would cost 72, not 52.
    expect(notNow(s, 'federation', twice.slice(0, 1), 'k7')).toEqual(['Develop: 72 reserves (you have 8).']);
  });
});

describe('the replay viewer shows the side a person played', () => {
  const players = (federation: string, klingon: string) => ({
    players: { federation, klingon },
    branch: null,
  });

  it('the human side, else the Federation with a word why', () => {
    expect(viewerSide(players('pragmatist', 'human'))).toEqual({ side: 'klingon', note: null });
    expect(viewerSide(players('human', 'hawk'))).toEqual({ side: 'federation', note: null });
    expect(viewerSide(players('human', 'human'))).toEqual({
      side: 'federation',
      note: 'Played by people on both sides (hot seat): the HUD shows the Federation’s purse.',
    });
    expect(viewerSide(players('hawk', 'loyalist')).note).toBe(
      'Played by the computer on both sides: the HUD shows the Federation’s purse.',
    );
  });

  it('a take-over: the side taken over', () => {
    const branch = { fromSeed: 's', fromYear: 2300, fromHash: 'x', side: 'klingon' as const };
    expect(viewerSide({ players: { federation: 'hawk', klingon: 'hawk' }, branch }).side).toBe('klingon');
  });
});

describe('the verification words of a file and of a share link', () => {
  // Thirty years of a century: a link keeps three of their hashes (compactForLink).
  const played = recordGame(builtin('khitomer-accords'), {
    seed: 'words-23',
    policies: { federation: 'loyalist', klingon: 'loyalist' },
    maxTurns: 30,
  });
  if (!played.ok) throw new Error(played.error.message);
  const replay = played.value.replay;
  const years = replay.turns.length;

  it('a file: every year hashed, no word more', () => {
    expect(years).toBe(30);
    expect(verifiedWords(replay, years, false)).toBe(
      `Verified: ${years} years re-simulated, ${years} state hashes checked.`,
    );
  });

  it('a link: fewer hashes, and why', () => {
    const link = compactForLink(replay);
    const kept = link.turns.filter((t) => t.hash != null).length;
    expect(kept).toBeLessThan(years);
    expect(verifiedWords(link, years, false)).toBe(
      `Verified: ${years} years re-simulated, ${kept} state hashes checked (a share link carries the hash of every tenth year and the last, to stay short; the replay file, every year’s).`,
    );
    expect(verifiedWords(link, years, true)).toBe(
      `${years} years played as recorded (${kept} state hashes checked; a share link carries the hash of every tenth year and the last, to stay short; the replay file, every year’s) before it diverges.`,
    );
  });

  it('hashes left out otherwise: no word of a link', () => {
    const odd = { ...replay, turns: replay.turns.map((t, i) => (i === 0 ? { ...t, hash: null } : t)) };
    expect(verifiedWords(odd, years, false)).toBe(
      `Verified: ${years} years re-simulated, ${years - 1} state hashes checked.`,
    );
  });
});

describe('a third power’s fleets read as names', () => {
  it('raiders whose id ends in a year are not numbered by it', () => {
    const scenario = miniScenario();
    const created = createGame(scenario, { seed: 'names-23' });
    if (!created.ok) throw new Error(created.error.message);
    const s = created.value;
    // A refused raid's raiders carry the year in their id (threats.ts): playtest 23 read "fleet Beta 289".
    const raiders = {
      id: 'raiders-e2305-r0-refused-klingon-2305',
      owner: 'romulan',
      location: 'romulus',
      strength: 18,
    };
    const names = fleetNames({ ...s, fleets: [...s.fleets, raiders] }, rosterOf(scenario));
    // Named raiders, as their raid's card says (session 27 read "fleet Gamma" as another force).
    expect(names.get(raiders.id)).toMatch(/^the Romulan Star Empire raiders [A-Z][a-z]+$/);
    // A power's fleet built later is still numbered by its id (the seventh name left free).
    const built = { id: 'klingon-7', owner: 'klingon', location: 'qonos', strength: 1 };
    expect(fleetNames({ ...s, fleets: [...s.fleets, built] }, rosterOf(scenario)).get(built.id)).toMatch(
      /^the [\w']+ Squadron$/,
    );
  });

  it('no third power’s fleet of a built-in game carries a number', () => {
    const scenario = builtin('khitomer-accords');
    const created = createGame(scenario, { seed: 'names-23' });
    if (!created.ok) throw new Error(created.error.message);
    const s = created.value;
    const third = s.fleets.filter((f) => f.owner !== 'federation' && f.owner !== 'klingon');
    const extra = ['raiders-e2300-r0-federation', 'raiders-e2305-r0-refused-klingon-2305'].map((id) => ({
      id,
      owner: third[0]?.owner ?? 'gorn',
      location: third[0]?.location ?? '',
      strength: 8,
    }));
    const names = fleetNames({ ...s, fleets: [...s.fleets, ...extra] }, rosterOf(scenario));
    for (const f of [...third, ...extra]) expect(names.get(f.id)).not.toMatch(/\d/);
  });
});
