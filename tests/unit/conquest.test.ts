// Rules version 28 (issue 16; playtest 40 doubled its security by taking its neighbours' worlds): a
// world a third power held when the game began, taken, earns that power's grudge — a raid at once and
// every few years, wars that seek the taker first — renewed while the world is held; and the world,
// occupied, banks no security while the grudge lasts, not even for holding it against a raid.
import { describe, expect, it } from 'vitest';
import { conquestCost } from '../../src/sim/ai/debts';
import { TRAITS } from '../../src/sim/ai/personality';
import { preyOf } from '../../src/sim/ai/reach';
import { makeEval } from '../../src/sim/ai/value';
import { debtOf } from '../../src/sim/debts';
import {
  aiOrders,
  type Debt,
  type GameState,
  loadBuiltinScenario,
  type ScenarioInput,
  simulate,
} from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
import { conqueror } from '../../src/sim/policies/reference';
import { isOccupied, occupiedWorlds, securityPoints } from '../../src/sim/scoring';
import { miniGame, turn, withRules } from './fixtures';

const take = { type: 'attack', fleet: 'k1', target: 'romulus' } as const;

/** The mini map without garrisons (a battle against no defence is won), the Romulans at peace. */
function game(lasting: Record<string, number> = {}, edit?: (s: ScenarioInput) => void): GameState {
  return miniGame((s) => {
    withRules(s, { battle: { garrison: 0, capitalGarrison: 0 }, threats: { warningYears: 1 }, lasting });
    edit?.(s);
  });
}

/** The security a year `party` banks as the state stands, by the scoring's own rule. */
function securityNow(s: GameState, party: 'federation' | 'klingon'): number {
  const held = s.systems.filter((x) => x.owner === party).length;
  return securityPoints(s.rules, held, s.powers[party].startWorlds, occupiedWorlds(s, party));
}

describe('a third power’s own world taken (rules version 28)', () => {
  it('earns its grudge for conquestGrudgeYears and a raid on the world taken, named a year ahead', () => {
    const r = turn(game(), { klingon: [take] });
    expect(r.state.systems.find((x) => x.id === 'romulus')?.owner).toBe('klingon');
    expect(r.state.rules.lasting.conquestGrudgeYears).toBe(20);
    expect(debtOf(r.state, 'romulan', 'klingon')).toMatchObject({ kind: 'grudge', since: 2300, until: 2320 });
    expect(r.state.wars.find((w) => w.victim === 'klingon')).toMatchObject({
      thirdPower: 'romulan',
      strength: 22,
      since: 2301,
      target: 'romulus',
    });
    const texts = r.report.changes.map((c) => c.text);
    expect(texts).toContainEqual(
      "The Romulan Star Empire will not forget that the Klingon Empire took Romulus: a grudge against the Klingon Empire until 2320; its wars seek the Klingon Empire's worlds first, and relief will not heal it.",
    );
    expect(
      texts.some((t) =>
        t.startsWith('The Romulan Star Empire sends raiders against the Klingon Empire, which took Romulus.'),
      ),
    ).toBe(true);
    // A world taken breaks no article: the grudge and its raiders are filed under none (relief refused
    // is Article IV's).
    const grudgeLines = r.report.changes.filter((c) => c.cause.rule === 'debt/grudge');
    expect(grudgeLines).toHaveLength(2);
    for (const c of grudgeLines) expect(c.article).toBeNull();
  });

  it('the attack’s row says so before it is given', () => {
    const g = game();
    expect(definitionOf(take).effect(g, 'klingon', take as never)).toContain(
      ' Taken, the Romulan Star Empire holds a grudge against you until 2320, and for as long as you hold a world of its own; a raid of 22 comes to take it back the next year, and another every 8 years while the grudge lasts; its wars seek your worlds first; and the world, occupied, banks you no security while the grudge lasts, not even for holding it.',
    );
  });

  it('promises no raid the game will not play: the next raid only before the end, and none in its last year', () => {
    const words = (year: number) => {
      const g = game();
      g.year = year;
      return definitionOf(take).effect(g, 'klingon', take as never);
    };
    const end = game().lastYear;
    // Taken nine years before the end, the second raid would be named in the last year played and
    // strike after it.
    expect(words(end - 10)).toContain(
      'a raid of 22 comes to take it back the next year, and another every 8 years while the grudge lasts;',
    );
    expect(words(end - 9)).toContain('a raid of 22 comes to take it back the next year;');
    expect(words(end - 2)).toContain('a raid of 22 comes to take it back the next year;');
    // Taken in the last year played, the raid would strike the year after the end.
    expect(words(end - 1)).not.toContain('raid');
    expect(words(end - 1)).toContain(
      'holds a grudge against you for the rest of the game; its wars seek your worlds first;',
    );
  });

  it('banks no security while the grudge lasts; with the rule off, it is a world gained', () => {
    const on = turn(game(), { klingon: [take] }).state;
    expect(occupiedWorlds(on, 'klingon')).toBe(1);
    expect(securityNow(on, 'klingon')).toBe(on.rules.scoring.securityBase);
    const off = turn(game({ conquestGrudgeYears: 0 }), { klingon: [take] }).state;
    expect(off.systems.find((x) => x.id === 'romulus')?.owner).toBe('klingon');
    expect(debtOf(off, 'romulan', 'klingon')).toBeUndefined();
    expect(off.wars).toEqual([]);
    expect(occupiedWorlds(off, 'klingon')).toBe(0);
    expect(securityNow(off, 'klingon')).toBe(
      off.rules.scoring.securityBase + off.rules.scoring.securityPerWorldGained,
    );
    // What was banked at the year's end says the same.
    expect(off.powers.klingon.banked.security - on.powers.klingon.banked.security).toBe(
      off.rules.scoring.securityPerWorldGained,
    );
  });

  it('held against its own power’s raid, banks nothing for the defence', () => {
    let s = turn(
      game({}, (sc) => withRules(sc, { threats: { securityDefended: 5 } })),
      { klingon: [take] },
    ).state;
    // The raid of 22 strikes Romulus in 2301; 60 ships there hold it.
    s = { ...s, fleets: s.fleets.map((f) => (f.id === 'k1' ? { ...f, strength: 60 } : f)) };
    const before = s.powers.klingon.banked.security;
    const r = turn(s);
    expect(r.state.systems.find((x) => x.id === 'romulus')?.owner).toBe('klingon');
    expect(r.report.changes.some((c) => c.text.includes('Romulus holds against'))).toBe(false);
    expect(r.state.powers.klingon.banked.security - before).toBe(r.state.rules.scoring.securityBase);
  });

  it('is renewed in its last year while the world is held, and ends when it is not', () => {
    const s = turn(game({ conquestGrudgeYears: 2, reliefGrudgeRaidEvery: 0 }), { klingon: [take] }).state;
    expect(debtOf(s, 'romulan', 'klingon')?.until).toBe(2302);
    const held = turn(turn({ ...s, wars: [] }).state);
    expect(debtOf(held.state, 'romulan', 'klingon')).toMatchObject({
      kind: 'grudge',
      // Renewed, it keeps the year it began: its raids keep their rhythm.
      since: 2300,
      until: 2304,
    });
    expect(held.report.changes.map((c) => c.text)).toContainEqual(
      "The Romulan Star Empire has not forgotten: the Klingon Empire still holds Romulus, and its grudge against the Klingon Empire lasts until 2304; its wars seek the Klingon Empire's worlds first.",
    );
    // Given back to the Romulans before the grudge's last year, it is not renewed.
    const back = {
      ...s,
      wars: [],
      systems: s.systems.map((x) => (x.id === 'romulus' ? { ...x, owner: 'romulan' } : x)),
    };
    const lastYear = turn(back).state;
    expect(lastYear.year).toBe(2302);
    expect(debtOf(lastYear, 'romulan', 'klingon')?.until).toBe(2302);
    const after = turn(lastYear);
    expect(debtOf(after.state, 'romulan', 'klingon')).toBeUndefined();
    expect(after.report.changes.some((c) => c.text.includes('has not forgotten'))).toBe(false);
  });

  it('with warning years, names the year the raid strikes, and promises none that strikes after the end', () => {
    const warned = () =>
      miniGame((s) =>
        withRules(s, { battle: { garrison: 0, capitalGarrison: 0 }, threats: { warningYears: 3 } }),
      );
    const g = warned();
    expect(definitionOf(take).effect(g, 'klingon', take as never)).toContain(
      `a raid of 22 comes to take it back in ${g.year + 3}, and another every 8 years while the grudge lasts;`,
    );
    // The raid the row names is the one the turn sends.
    expect(turn(g, { klingon: [take] }).state.wars.find((w) => w.victim === 'klingon')?.since).toBe(
      g.year + 3,
    );
    // Three years before the end, it would strike in the year the game ends, which is not played.
    const late = warned();
    late.year = late.lastYear - 3;
    const words = definitionOf(take).effect(late, 'klingon', take as never);
    expect(words).not.toContain('raid');
    const raid = turn(late, { klingon: [take] }).report.changes.find((c) =>
      c.text.includes('ships gather near'),
    );
    expect(raid?.text).toContain(`they would strike in ${late.lastYear}, a year the game does not play.`);
  });

  it('counts the next raid of a longer grudge it keeps from that grudge’s start', () => {
    const g = game();
    const end = g.lastYear;
    g.year = end - 3;
    // A new grudge's next raid would be named 8 years on, after the end; the kept one's in end - 2.
    expect(definitionOf(take).effect(g, 'klingon', take as never)).toContain(
      'a raid of 22 comes to take it back the next year; its wars',
    );
    g.debts = [
      {
        by: 'romulan',
        of: 'klingon',
        kind: 'grudge',
        eventId: 'e-old',
        since: end - 10,
        until: end + 20,
        percent: 0,
      },
    ];
    const kept = definitionOf(take).effect(g, 'klingon', take as never);
    expect(kept).toContain(
      'a raid of 22 comes to take it back the next year, and another every 8 years while the grudge lasts;',
    );
    // The grudge is kept as it is, not renewed: a grudge for relief refused is not renewed while the
    // world is held (only a world taken's is).
    expect(kept).toContain(
      " Taken, the Romulan Star Empire's grudge against you holds already (for the rest of the game); a raid",
    );
    expect(kept).not.toContain('renews');
    // And it comes: named in end - 2, it strikes in end - 1, the last year played.
    const r = turn(turn(g, { klingon: [take] }).state);
    expect(r.state.wars.some((w) => w.victim === 'klingon' && w.since === end - 1)).toBe(true);
  });

  it('does not shorten a longer grudge it holds already, and renews only a grudge for a world taken', () => {
    const g = game();
    g.debts = [
      {
        by: 'romulan',
        of: 'klingon',
        kind: 'grudge',
        eventId: 'e2299-r0',
        since: 2299,
        until: 2329,
        percent: 0,
      },
    ];
    const r = turn(g, { klingon: [take] });
    expect(debtOf(r.state, 'romulan', 'klingon')).toMatchObject({ eventId: 'e2299-r0', until: 2329 });
    // The raid comes all the same.
    expect(r.state.wars.find((w) => w.victim === 'klingon')?.target).toBe('romulus');
    // A relief grudge ending while Romulus is held is not renewed: only a world taken's is.
    const ending = { ...r.state, wars: [], year: 2329, debts: [{ ...(r.state.debts[0] as Debt) }] };
    expect(debtOf(turn(ending).state, 'romulan', 'klingon')).toBeUndefined();
  });

  it('taken to make good a world lost, earns no grudge and banks security as any world', () => {
    // The Empire has lost Narendra III (to no one): Romulus taken leaves it with the worlds of its start.
    const start = game();
    const g = {
      ...start,
      systems: start.systems.map((x) => (x.id === 'narendra' ? { ...x, owner: null } : x)),
    };
    expect(securityNow(g, 'klingon')).toBe(
      g.rules.scoring.securityBase - g.rules.scoring.securityPerWorldLost,
    );
    const r = turn(g, { klingon: [take] });
    expect(r.state.systems.find((x) => x.id === 'romulus')?.owner).toBe('klingon');
    expect(debtOf(r.state, 'romulan', 'klingon')).toBeUndefined();
    expect(r.state.wars).toEqual([]);
    expect(securityNow(r.state, 'klingon')).toBe(r.state.rules.scoring.securityBase);
    expect(definitionOf(take).effect(g, 'klingon', take as never)).toContain(
      ' Taken while you hold fewer worlds than at the start, it makes good a world you lost: it earns no grudge (counted as it falls, after the year’s seizures and your earlier conquests).',
    );
  });

  it('a world the third power took, not its own, earns no grudge when retaken', () => {
    // The Romulans took Narendra III from the Empire during the game.
    const start = game({}, (sc) => {
      sc.powers.klingon.fleets = [{ id: 'k1', location: 'qonos', strength: 5 }];
    });
    const g = {
      ...start,
      systems: start.systems.map((x) => (x.id === 'narendra' ? { ...x, owner: 'romulan' } : x)),
    };
    const r = turn(g, { klingon: [{ type: 'attack', fleet: 'k1', target: 'narendra' }] });
    expect(r.state.systems.find((x) => x.id === 'narendra')?.owner).toBe('klingon');
    expect(debtOf(r.state, 'romulan', 'klingon')).toBeUndefined();
    expect(r.state.wars).toEqual([]);
  });
});

describe('the neutral zone occupied (rules version 28)', () => {
  const seize = { type: 'seize', system: 'organia' } as const;

  it('makes good a world lost, but banks no security beyond the worlds of the start', () => {
    const s = turn(game(), { klingon: [seize] }).state;
    expect(s.systems.find((x) => x.id === 'organia')?.owner).toBe('klingon');
    expect(occupiedWorlds(s, 'klingon')).toBe(1);
    expect(securityNow(s, 'klingon')).toBe(s.rules.scoring.securityBase);
    expect(s.powers.klingon.banked.security).toBe(s.rules.scoring.securityBase);
    // Short of Narendra III, Organia fills its place: no world is lost.
    const short = { ...s, systems: s.systems.map((x) => (x.id === 'narendra' ? { ...x, owner: null } : x)) };
    expect(securityNow(short, 'klingon')).toBe(s.rules.scoring.securityBase);
    // A disputed world seized is a world gained.
    const archanis = turn(game(), { klingon: [{ type: 'seize', system: 'archanis' }] }).state;
    expect(archanis.systems.find((x) => x.id === 'archanis')?.owner).toBe('klingon');
    expect(securityNow(archanis, 'klingon')).toBe(
      s.rules.scoring.securityBase + s.rules.scoring.securityPerWorldGained,
    );
  });

  it('the seize row says so', () => {
    const g = game();
    expect(definitionOf(seize).effect(g, 'klingon', seize as never)).toContain(
      'In the neutral zone it is occupied, not secure: it makes good a world you have lost, but banks no security beyond the worlds you held at the start.',
    );
    const other = { type: 'seize', system: 'archanis' } as const;
    expect(definitionOf(other).effect(g, 'klingon', other as never)).not.toContain('occupied');
  });
});

describe('the AI and a third power’s own worlds (rules version 28)', () => {
  it('counts the grudge as a cost, unless the power holds one already', () => {
    const g = game();
    const e = makeEval(g, 'klingon', TRAITS.pragmatist);
    expect(conquestCost(e, 'romulan', 'romulus')).toBeGreaterThan(5);
    const taken = turn(g, { klingon: [take] }).state;
    expect(conquestCost(makeEval(taken, 'klingon', TRAITS.pragmatist), 'romulan', 'romulus')).toBe(0);
    const off = game({ conquestGrudgeYears: 0 });
    expect(conquestCost(makeEval(off, 'klingon', TRAITS.pragmatist), 'romulan', 'romulus')).toBe(0);
  });

  it('may still take one to make good a world lost: the cost is counted only beyond the start', () => {
    const romulus = (s: GameState) => s.systems.findIndex((x) => x.id === 'romulus');
    const g = game();
    expect(preyOf(makeEval(g, 'klingon', TRAITS.pragmatist)).at[romulus(g)]).toBe(true);
    // An Empire that held three worlds at the start holds two: Romulus would make good the third.
    const short = { ...g, powers: { ...g.powers, klingon: { ...g.powers.klingon, startWorlds: 3 } } };
    expect(conquestCost(makeEval(short, 'klingon', TRAITS.pragmatist), 'romulan', 'romulus')).toBe(0);
  });
});

describe('a loyal AI and a third power in a disaster (playtest 42)', () => {
  /** The Empire one world short of its start, a strong fleet a lane from Romulus; `stricken`: a disaster there. */
  function short(stricken: boolean): GameState {
    const g = game({}, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 30 }];
    });
    const obligations: GameState['obligations'] = stricken
      ? [
          {
            id: 'o1',
            kind: 'aid',
            article: 'IV',
            eventId: 'e1',
            victim: 'romulan',
            system: 'romulus',
            need: 20,
            deadline: g.year + 1,
            delivered: { federation: 0, klingon: 0 },
          },
        ]
      : [];
    return { ...g, obligations, powers: { ...g.powers, klingon: { ...g.powers.klingon, startWorlds: 4 } } };
  }
  const attacks = (s: GameState) => aiOrders('loyalist', s, 'klingon').filter((o) => o.type === 'attack');

  it('takes a third power’s world to make good its own lost, but not while that people suffers a disaster', () => {
    expect(attacks(short(false))).toEqual([take]);
    expect(attacks(short(true))).toEqual([]);
    // The hawk, warlike, strikes all the same.
    expect(aiOrders('hawk', short(true), 'klingon').filter((o) => o.type === 'attack')).toContainEqual(take);
  });
});

describe('the conqueror, the yardstick of conquest', () => {
  it('attacks a third power’s world its fleets in reach outnumber two to one, all of them as one', () => {
    // Romulus: a garrison of 2 against the Empire's 5 at Narendra III, a lane away.
    const g = miniGame((s) => {
      s.powers.klingon.fleets = [
        { id: 'k1', location: 'narendra', strength: 3 },
        { id: 'k3', location: 'narendra', strength: 2 },
        { id: 'k2', location: 'qonos', strength: 4 },
      ];
    });
    const attacks = conqueror(g, 'klingon').filter((o) => o.type === 'attack');
    expect(attacks).toEqual([
      { type: 'attack', fleet: 'k1', target: 'romulus' },
      { type: 'attack', fleet: 'k3', target: 'romulus' },
    ]);
    // Three ships alone (against 2: less than two to one) do not go.
    const weak = miniGame((s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 3 }];
    });
    expect(conqueror(weak, 'klingon').filter((o) => o.type === 'attack')).toEqual([]);
  });

  it('gathers a free fleet beside the nearest world it may take', () => {
    const g = miniGame((s) => {
      s.powers.klingon.fleets = [{ id: 'k2', location: 'qonos', strength: 4 }];
    });
    expect(conqueror(g, 'klingon')).toContainEqual({ type: 'move', fleet: 'k2', to: 'narendra' });
  });
});

describe('occupiedWorlds, counted by grudge', () => {
  it('counts the worlds isOccupied names, year by year, in conquering campaigns', () => {
    const campaign = loadBuiltinScenario('khitomer-accords');
    if (!campaign.ok) throw new Error('the campaign does not load');
    let occupiedYears = 0;
    for (const seed of ['occupied-1', 'occupied-2', 'occupied-3']) {
      simulate(campaign.value, {
        seed,
        policies: { federation: 'conqueror', klingon: 'conqueror' },
        onTurn: (_r, s) => {
          for (const party of ['federation', 'klingon'] as const) {
            const byWorld = s.systems.filter((x) => x.owner === party && isOccupied(s, x)).length;
            expect(occupiedWorlds(s, party)).toBe(byWorld);
            if (byWorld > 0) occupiedYears++;
          }
        },
      });
    }
    // The comparison is worth something only where worlds are occupied.
    expect(occupiedYears).toBeGreaterThan(20);
  });
});
