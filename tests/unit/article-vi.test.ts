// Article VI — conflict resolution, territory and trade (DESIGN.md section 5): arbitration and its
// rulings, seizing a disputed world or occupying the neutral zone, trespass, embargoes, trade pacts.
import { describe, expect, it } from 'vitest';
import { type Order, orderEffect, type Party, previewOrder, type ScenarioInput } from '../../src/sim/index';
import { hawksContent } from '../../src/sim/support';
import { addEvents, entries, miniGame, rulingOnArchanis, turn } from './fixtures';

const seize = (system: string): Order => ({ type: 'seize', system });
const pact: Order = { type: 'trade-pact' };
const embargo: Order = { type: 'embargo' };

describe('seizing a disputed world', () => {
  it('takes it, as an open VI/seize violation', () => {
    const r = turn(miniGame(), { federation: [seize('archanis')] });
    expect(r.state.systems.find((x) => x.id === 'archanis')?.owner).toBe('federation');
    expect(entries(r.report, 'federation', 'VI/seize')).toEqual([
      expect.objectContaining({ article: 'VI', kind: 'violation', delta: -15 }),
    ]);
    expect(r.state.powers.federation.standing).toBe(45);
    // Its output counts at once: 18 + 4.
    expect(r.state.powers.federation.reserves).toBe(40 + 22 - 2);
  });

  it('settles the claim on it', () => {
    const g = miniGame((s) =>
      addEvents(s, { year: 2300, type: 'dispute', system: 'archanis', claimant: 'klingon' }),
    );
    expect(g.claims).toEqual([expect.objectContaining({ kind: 'territory', system: 'archanis' })]);
    const r = turn(g, { klingon: [seize('archanis')] });
    expect(r.state.claims).toEqual([]);
  });

  it('needs a fleet at the world or one lane from it, and an unowned world in dispute or the zone', () => {
    const g = miniGame((s) => {
      s.powers.federation.fleets = [{ id: 'f2', location: 'sol', strength: 4 }];
    });
    const r = turn(g, {
      federation: [seize('archanis')],
      klingon: [seize('qonos'), seize('k7'), seize('romulus')],
    });
    expect(r.report.refused.map((x) => [x.party, x.code])).toEqual([
      ['federation', 'order/no-fleet-near'],
      ['klingon', 'order/not-seizable'],
      ['klingon', 'order/not-seizable'],
      ['klingon', 'order/not-seizable'],
    ]);
  });

  it('is refused once the world is taken', () => {
    let g = miniGame();
    g = turn(g, { federation: [seize('archanis')] }).state;
    const r = turn(g, { federation: [seize('archanis')], klingon: [seize('archanis')] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/own-system', 'order/owned']);
  });

  it('the same year by both: the first in order takes it, the second finds it owned', () => {
    const r = turn(miniGame(), { federation: [seize('archanis')], klingon: [seize('archanis')] });
    expect(r.state.systems.find((x) => x.id === 'archanis')?.owner).toBe('federation');
    expect(entries(r.report, 'klingon', 'VI/seize')).toEqual([]);
  });
});

describe('occupying the neutral zone', () => {
  it('is an open VI/occupy-neutral violation', () => {
    const r = turn(miniGame(), { federation: [seize('organia')] });
    expect(r.state.systems.find((x) => x.id === 'organia')?.owner).toBe('federation');
    expect(entries(r.report, 'federation', 'VI/occupy-neutral')).toEqual([
      expect.objectContaining({ article: 'VI', kind: 'violation', delta: -12 }),
    ]);
    const p = previewOrder(miniGame(), 'klingon', seize('organia'));
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ code: 'VI/occupy-neutral', kind: 'open', cost: 12 }),
    ]);
  });
});

describe('trespass', () => {
  it('is an open VI/trespass for each fleet in the other party’s territory at year end', () => {
    const r = turn(miniGame(), { federation: [{ type: 'move', fleet: 'f1', to: 'narendra' }] });
    expect(entries(r.report, 'federation', 'VI/trespass')).toEqual([
      expect.objectContaining({ article: 'VI', kind: 'violation', delta: -3 }),
    ]);
    // The neutral zone and one's own worlds are no trespass.
    const ok = turn(miniGame(), { federation: [{ type: 'move', fleet: 'f1', to: 'organia' }] });
    expect(ok.report.ledger.filter((e) => e.article === 'VI')).toEqual([]);
  });

  it('recurs every year the fleet stays', () => {
    let g = miniGame();
    g = turn(g, { klingon: [{ type: 'move', fleet: 'k1', to: 'k7' }] }).state;
    const r = turn(g);
    expect(entries(r.report, 'klingon', 'VI/trespass')).toEqual([expect.objectContaining({ delta: -4 })]);
    const p = previewOrder(miniGame(), 'klingon', { type: 'move', fleet: 'k1', to: 'k7' });
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ code: 'VI/trespass', kind: 'open', cost: 3, recurring: true }),
    ]);
  });
});

describe('a trespass row', () => {
  it('counts a ruling left unaccepted at this year’s deadline, charged at step g before it (playtest 37)', () => {
    const g = miniGame();
    g.obligations = [rulingOnArchanis(g.year)];
    const move = { type: 'move', fleet: 'k1', to: 'k7' } as const;
    const priced = (queued: Order[] = []) => {
      const p = previewOrder(g, 'klingon', move, queued);
      return p.ok ? p.value.violations.find((v) => v.code === 'VI/trespass')?.cost : undefined;
    };
    const r = turn(g, { klingon: [move] });
    // The ruling ignored first, then the trespass at its price: what the row said.
    expect(r.report.ledger.filter((e) => e.party === 'klingon').map((e) => e.code)).toEqual([
      'VI/ruling-ignored',
      'VI/trespass',
    ]);
    expect(priced()).toBe(-(entries(r.report, 'klingon', 'VI/trespass')[0]?.delta ?? 0));
    expect(priced()).toBeGreaterThan(3); // dearer than the first breach of the article (above)
    // Accepted this year, the ruling breaks nothing: the trespass is the first breach again.
    const accept: Order = { type: 'accept-ruling', obligation: 'r1' };
    expect(priced([accept])).toBe(3);
    expect(entries(turn(g, { klingon: [accept, move] }).report, 'klingon', 'VI/trespass')).toEqual([
      expect.objectContaining({ delta: -3 }),
    ]);
  });
});

describe('passage granted (consent for a year)', () => {
  it('spares the other party’s fleets the trespass charge that year, and only that year', () => {
    let g = miniGame();
    g = turn(g, { klingon: [{ type: 'move', fleet: 'k1', to: 'k7' }] }).state;
    const granted = turn(g, { federation: [{ type: 'grant-passage' }] });
    expect(entries(granted.report, 'klingon', 'VI/trespass')).toEqual([]);
    expect(granted.report.changes.some((c) => c.cause.order?.type === 'grant-passage')).toBe(true);
    // It costs the granting power its diplomatic influence, and the fleet stays where it was.
    expect(granted.state.fleets.find((f) => f.id === 'k1')?.location).toBe('k7');
    const next = turn(granted.state);
    expect(entries(next.report, 'klingon', 'VI/trespass')).toHaveLength(1);
  });

  it('says when a grant already stands as far as a new one would reach, and the year then adds nothing (playtest 38)', () => {
    const g = miniGame();
    const grant: Order = { type: 'grant-passage' };
    expect(orderEffect(g, 'federation', grant)).not.toContain('already');
    g.powers.federation.passageUntil = g.year;
    expect(orderEffect(g, 'federation', grant)).toContain(
      `Your passage granted stands until ${g.year} already: given again, it changes nothing.`,
    );
    const r = turn(g, { federation: [grant] });
    expect(r.report.changes.filter((c) => c.cause.order?.type === 'grant-passage')).toEqual([]);
    expect(r.state.powers.federation.passageUntil).toBe(g.year);
  });

  it('is given by the territory’s owner: the trespasser cannot grant it to itself', () => {
    let g = miniGame();
    g = turn(g, { klingon: [{ type: 'move', fleet: 'k1', to: 'k7' }] }).state;
    const r = turn(g, { klingon: [{ type: 'grant-passage' }] });
    expect(entries(r.report, 'klingon', 'VI/trespass')).toHaveLength(1);
  });

  it('is one order a year, costs diplomatic influence and breaks no article', () => {
    const g = miniGame();
    const twice = turn(g, { federation: [{ type: 'grant-passage' }, { type: 'grant-passage' }] });
    expect(twice.report.refused.map((x) => x.code)).toEqual(['order/duplicate']);
    const p = previewOrder(g, 'federation', { type: 'grant-passage' });
    expect(p.ok && p.value.cost.influence).toBe(g.rules.influence.diplomacy);
    expect(p.ok && p.value.violations).toEqual([]);
  });
});

describe('embargoes', () => {
  it('are an open VI/embargo violation, and end a trade pact', () => {
    let g = miniGame();
    g = turn(g, { federation: [pact], klingon: [pact] }).state;
    expect(g.tradePact).toBe(true);
    const r = turn(g, { klingon: [embargo] });
    expect(entries(r.report, 'klingon', 'VI/embargo')).toEqual([
      expect.objectContaining({ article: 'VI', kind: 'violation', delta: -5 }),
    ]);
    expect(r.state.tradePact).toBe(false);
    // No pact bonus this year; the embargo takes 6 from the Federation.
    expect(r.state.powers.klingon.reserves).toBe(g.powers.klingon.reserves + 10 + 6);
    expect(r.state.powers.federation.reserves).toBe(g.powers.federation.reserves + 16 - 6);
  });

  it('stop a pact being signed the same year', () => {
    const r = turn(miniGame(), { federation: [pact, embargo], klingon: [pact] });
    expect(r.state.tradePact).toBe(false);
    expect(r.state.pactProposal).toBeNull();
  });
});

describe('trade pacts', () => {
  it('are signed when both propose the same year', () => {
    const r = turn(miniGame(), { federation: [pact], klingon: [pact] });
    expect(r.state.tradePact).toBe(true);
    expect(r.report.ledger.filter((e) => e.article === 'VI')).toEqual([]);
  });

  it('are signed when one accepts the other’s proposal of the year before', () => {
    let g = miniGame();
    g = turn(g, { klingon: [pact] }).state;
    expect(g.tradePact).toBe(false);
    expect(g.pactProposal).toEqual({ by: 'klingon', year: 2300 });
    const r = turn(g, { federation: [pact] });
    expect(r.state.tradePact).toBe(true);
    expect(r.state.pactProposal).toBeNull();
  });

  it('are not signed on a proposal two years old', () => {
    let g = miniGame();
    g = turn(g, { klingon: [pact] }).state;
    g = turn(g).state;
    expect(g.pactProposal).toBeNull();
    expect(turn(g, { federation: [pact] }).state.tradePact).toBe(false);
  });

  it('are signed on a pact offer event', () => {
    const g = miniGame((s) => addEvents(s, { year: 2300, type: 'trade', kind: 'pact-offer' }));
    const by = g.pactProposal?.by;
    expect(by).toBeDefined();
    const other: Party = by === 'federation' ? 'klingon' : 'federation';
    expect(turn(g, { [other]: [pact] }).state.tradePact).toBe(true);
  });

  it('are refused unless the Accords are in force, or when one already holds', () => {
    const strained = miniGame((s) => {
      s.status = 'strained';
      s.powers.federation.standing = 30;
    });
    expect(turn(strained, { federation: [pact] }).report.refused.map((x) => x.code)).toEqual([
      'order/not-in-force',
    ]);
    const signed = turn(miniGame(), { federation: [pact], klingon: [pact] }).state;
    expect(turn(signed, { federation: [pact] }).report.refused.map((x) => x.code)).toEqual([
      'order/pact-exists',
    ]);
  });
});

describe('tariff quarrels', () => {
  const quarrel = (s: ScenarioInput) => addEvents(s, { year: 2301, type: 'trade', kind: 'tariff-quarrel' });
  const pactYear = () => turn(miniGame(quarrel), { federation: [pact], klingon: [pact] }).state;

  it('end the trade pact unless taken to arbitration the same year', () => {
    const g = pactYear();
    expect(g.claims).toEqual([expect.objectContaining({ kind: 'tariff', id: 'e2301-t0-tariff' })]);
    const r = turn(g);
    expect(r.state.tradePact).toBe(false);
    expect(r.state.claims).toEqual([]);
  });

  it('taken to arbitration by both keep the pact and earn both the arbitration reward', () => {
    const g = pactYear();
    const a: Order = { type: 'arbitrate', dispute: 'e2301-t0-tariff' };
    const r = turn(g, { federation: [a], klingon: [a] });
    expect(r.state.tradePact).toBe(true);
    expect(entries(r.report, 'klingon', 'VI/arbitration')).toEqual([
      expect.objectContaining({ article: 'VI', kind: 'reward', delta: 3 }),
    ]);
    // By one power alone, the pact lapses (rules version 7: either may let it go).
    const alone = turn(g, { klingon: [a] });
    expect(alone.state.tradePact).toBe(false);
    expect(entries(alone.report, 'klingon', 'VI/arbitration')).toEqual([]);
  });

  it('say in their words what settles a quarrel, not what settles a world (playtest 18)', () => {
    const g = pactYear();
    const tariff = orderEffect(g, 'federation', { type: 'arbitrate', dispute: 'e2301-t0-tariff' });
    expect(tariff).toMatch(
      /the trade pact stands \(it adds \d+ reserves? a year to your income as it stands, to the end of \d+\) and it earns both powers \+3 standing/,
    );
    expect(tariff).not.toContain('world');
    const world = orderEffect(g, 'federation', { type: 'arbitrate', dispute: 'archanis' });
    expect(world).toContain('A loser that holds the world has a year');
  });

  it('do not arise without a pact', () => {
    let g = miniGame(quarrel);
    g = turn(g).state;
    expect(g.claims).toEqual([]);
  });
});

describe('arbitration of a disputed world', () => {
  // The arbiters' verdict is a seeded draw: the tests check what follows from either verdict.
  for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
    it(`awards an empty world to one party at once, rewards the one that took it there and won (seed ${seed})`, () => {
      const g = miniGame(undefined, seed);
      const r = turn(g, { federation: [{ type: 'arbitrate', dispute: 'archanis' }] });
      const archanis = r.state.systems.find((x) => x.id === 'archanis');
      const winner = archanis?.owner as Party;
      expect(['federation', 'klingon']).toContain(winner);
      // The ruling settles the claim at hand, not the world for good (rules version 7).
      expect(archanis?.zone).toBe('disputed');
      // The loser held nothing: there is nothing to hand over, so no ruling to accept.
      expect(r.state.obligations).toEqual([]);
      expect(entries(r.report, 'federation', 'VI/arbitration')).toHaveLength(winner === 'federation' ? 1 : 0);
      expect(r.report.ledger.filter((e) => e.kind !== 'reward')).toEqual([]);
      // Held now, it goes back to the arbiters only on a new claim.
      const again = turn(r.state, { federation: [{ type: 'arbitrate', dispute: 'archanis' }] });
      expect(again.report.refused.map((x) => x.code)).toEqual(['order/no-dispute']);
    });
  }

  it('confirms a world to the party that holds it, and that gains it nothing (playtest 39)', () => {
    let confirmed = 0;
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const g = miniGame((s) => {
        const archanis = s.map.systems.find((x) => x.id === 'archanis');
        if (archanis) archanis.owner = 'klingon';
        addEvents(s, { year: 2300, type: 'dispute', system: 'archanis', claimant: 'federation' });
      }, seed);
      const r = turn(g, { klingon: [{ type: 'arbitrate', dispute: 'e2300-t0-claim' }] });
      const awarded = r.report.changes.filter((c) => c.kind === 'territory');
      if (r.state.obligations.some((o) => o.kind === 'ruling')) {
        expect(awarded).toEqual([]);
        continue;
      }
      confirmed++;
      expect(awarded.map((c) => [c.from, c.to, c.text])).toEqual([
        ['klingon', 'klingon', "Arbitration confirms Archanis IV as the Klingon Empire's."],
      ]);
      // Its hawks are not told a world was gained.
      expect(hawksContent(r.report.changes, 'klingon', 4)).toBeNull();
    }
    expect(confirmed).toBeGreaterThan(0);
  });

  it('says on a development’s row that a ruling gives the world away (playtest 39)', () => {
    const g = miniGame((s) => {
      const archanis = s.map.systems.find((x) => x.id === 'archanis');
      if (archanis) archanis.owner = 'klingon';
    });
    g.obligations = [rulingOnArchanis(g.year)];
    const develop: Order = { type: 'develop', system: 'archanis' };
    expect(orderEffect(g, 'klingon', develop)).toContain(
      "The arbiters' ruling gives it to the Federation: accepted by 2300, it goes to them developed; only ignored (an open breach of Article VI) does it stay yours.",
    );
    expect(orderEffect(g, 'federation', { type: 'develop', system: 'vulcan' })).not.toContain('ruling');
    // Developed and handed over in one year: the Federation holds it, its output one higher.
    const before = g.systems.find((x) => x.id === 'archanis')?.output ?? 0;
    const r = turn(g, { klingon: [develop, { type: 'accept-ruling', obligation: 'r1' }] });
    const after = r.state.systems.find((x) => x.id === 'archanis');
    expect([after?.owner, after?.output]).toEqual(['federation', before + 1]);
  });

  it('can be ordered by a claim’s id, and settles the claim', () => {
    const g = miniGame((s) =>
      addEvents(s, { year: 2300, type: 'dispute', system: 'archanis', claimant: 'federation' }),
    );
    const r = turn(g, { klingon: [{ type: 'arbitrate', dispute: 'e2300-t0-claim' }] });
    expect(r.report.refused).toEqual([]);
    expect(r.state.claims).toEqual([]);
    expect(r.state.systems.find((x) => x.id === 'archanis')?.zone).toBe('disputed');
  });

  it('is refused for a world not in dispute, and while the Accords are suspended', () => {
    const r = turn(miniGame(), { federation: [{ type: 'arbitrate', dispute: 'organia' }] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/no-dispute']);
    const suspended = miniGame((s) => {
      s.status = 'suspended';
      s.suspendedSince = 2300;
    });
    const r2 = turn(suspended, { federation: [{ type: 'arbitrate', dispute: 'archanis' }] });
    expect(r2.report.refused.map((x) => x.code)).toEqual(['order/suspended']);
  });
});
