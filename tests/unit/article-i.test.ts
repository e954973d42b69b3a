// Article I — non-aggression (DESIGN.md section 5): an attack on the other party is open and
// suspends the Accords; sabotage and espionage are covert; more than neutralZoneFleetLimit fleets in
// the neutral zone at year end is open, every year.
import { describe, expect, it } from 'vitest';
import { type Order, previewOrder, type ScenarioInput } from '../../src/sim/index';
import { entries, miniGame, turn, withRules } from './fixtures';

const seen = (s: ScenarioInput) =>
  withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } });
const unseen = (s: ScenarioInput) =>
  withRules(s, { detection: { firstYearPercent: 0, perEmbassyLevelPercent: 0, laterPercent: 0 } });
const noGarrison = (s: ScenarioInput) => withRules(s, { battle: { garrison: 0, capitalGarrison: 0 } });

/** The Klingon k1 at Organia, one lane from Station K-7; the Federation's fleets away from K-7. */
const klingonAtOrgania = (s: ScenarioInput) => {
  s.powers.klingon.fleets = [
    { id: 'k1', location: 'organia', strength: 5 },
    { id: 'k2', location: 'qonos', strength: 4 },
  ];
  s.powers.federation.fleets = [{ id: 'f2', location: 'sol', strength: 4 }];
};
const attack = (fleet: string, target: string): Order => ({ type: 'attack', fleet, target });

describe('an attack on the other party', () => {
  it('is an open Article I violation at the I/attack cost, and suspends the Accords', () => {
    const g = miniGame(klingonAtOrgania);
    const r = turn(g, { klingon: [attack('k1', 'k7')] });
    const [e, ...rest] = entries(r.report, 'klingon', 'I/attack');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      article: 'I',
      kind: 'violation',
      delta: -g.rules.costs['I/attack'],
      priors: 0,
    });
    expect(e?.delta).toBe(-25);
    expect(r.state.powers.klingon.standing).toBe(35); // no clean year
    expect(r.state.powers.federation.standing).toBe(61);
    expect(r.state.status).toBe('suspended');
  });

  it('takes the system when won (no defence at all)', () => {
    const g = miniGame((s) => {
      klingonAtOrgania(s);
      noGarrison(s);
    });
    const r = turn(g, { klingon: [attack('k1', 'k7')] });
    expect(r.state.systems.find((x) => x.id === 'k7')?.owner).toBe('klingon');
    expect(r.state.fleets.find((f) => f.id === 'k1')?.location).toBe('k7');
    // The conquered world pays its output to its new owner at once.
    expect(r.state.powers.klingon.reserves).toBe(40 + 14 - 2);
    expect(r.state.powers.federation.reserves).toBe(40 + 16 - 1);
  });

  it('costs more when repeated, and counts as an open violation while suspended', () => {
    let g = miniGame((s) => {
      klingonAtOrgania(s);
      noGarrison(s);
      withRules(s, { treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0 } });
    });
    g = turn(g, { klingon: [attack('k1', 'k7')] }).state; // takes K-7
    expect(g.openWhileSuspended).toBe(0); // the attack came before the suspension
    const r = turn(g, { klingon: [attack('k1', 'vulcan')] });
    const e = entries(r.report, 'klingon', 'I/attack')[0];
    expect(e).toMatchObject({ priors: 1, delta: -31 }); // 25 × 1.25 = 31.25
    expect(r.state.openWhileSuspended).toBe(1);
    expect(r.state.suspendedSince).toBe(2300); // not suspended anew
  });

  it('is refused against a system of one’s own, an empty world, or one out of reach', () => {
    const g = miniGame(klingonAtOrgania);
    const r = turn(g, {
      klingon: [attack('k2', 'qonos'), attack('k1', 'organia'), attack('k2', 'k7'), attack('f2', 'sol')],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual([
      'order/own-system',
      'order/unowned-system',
      'order/not-adjacent',
      'order/not-your-fleet',
    ]);
    expect(r.state.status).toBe('in-force');
  });

  it('is previewed as open, certain, at the current cost', () => {
    const g = miniGame(klingonAtOrgania);
    const p = previewOrder(g, 'klingon', attack('k1', 'k7'));
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ article: 'I', code: 'I/attack', kind: 'open', cost: 25, chance: 100 }),
    ]);
  });
});

describe('an attack on the other party’s fleet', () => {
  const attackFleet = (fleet: string, target: string): Order => ({ type: 'attack-fleet', fleet, target });
  /** The Klingon k1 (strength 5) at Organia, the Federation's f1 (5) one lane away at K-7. */
  const faceToFace = (s: ScenarioInput) => {
    s.powers.klingon.fleets = [
      { id: 'k1', location: 'organia', strength: 5 },
      { id: 'k2', location: 'qonos', strength: 4 },
    ];
  };

  it('is an open Article I violation at the I/attack cost, suspends the Accords and takes no system', () => {
    const g = miniGame(faceToFace);
    const r = turn(g, { klingon: [attackFleet('k1', 'f1')] });
    expect(entries(r.report, 'klingon', 'I/attack')).toEqual([
      expect.objectContaining({ article: 'I', kind: 'violation', delta: -25, priors: 0 }),
    ]);
    expect(r.state.status).toBe('suspended');
    expect(r.state.systems.find((x) => x.id === 'k7')?.owner).toBe('federation');
    expect(r.state.fleets.find((f) => f.id === 'k1')?.location).toBe('organia');
    // One battle, reported where the target lay, and both fleets paid for it in ships.
    const battle = r.report.changes.filter(
      (c) => c.cause.order?.type === 'attack-fleet' && c.kind === 'fleet',
    );
    expect(battle).toHaveLength(1);
    expect(battle[0]?.system).toBe('k7');
    const ships = (id: string) => r.state.fleets.find((f) => f.id === id)?.strength ?? 0;
    expect(ships('k1') + ships('f1')).toBeLessThan(10);
  });

  it('loses ships in proportion: a far stronger fleet destroys a small one', () => {
    const g = miniGame((s) => {
      faceToFace(s);
      s.powers.klingon.fleets = [{ id: 'k1', location: 'organia', strength: 60 }];
      s.powers.federation.fleets = [{ id: 'f1', location: 'k7', strength: 1 }];
    });
    // Whatever the roll, 1 against 60 loses its ship: won, the loser loses ceil(1·60/61) = 1;
    // lost, the winner loses floor(60·1/61/2) = 0, the loser ceil(1·60/61) = 1.
    const r = turn(g, { klingon: [attackFleet('k1', 'f1')] });
    expect(r.state.fleets.some((f) => f.id === 'f1')).toBe(false);
    expect(r.state.fleets.find((f) => f.id === 'k1')?.strength).toBeGreaterThanOrEqual(59);
  });

  it('is refused against one’s own fleet, a fleet out of reach, or with a fleet not one’s own', () => {
    const g = miniGame(faceToFace);
    const r = turn(g, {
      klingon: [
        attackFleet('k1', 'k2'),
        attackFleet('k2', 'f1'),
        attackFleet('f2', 'f1'),
        attackFleet('k1', 'nowhere'),
      ],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual([
      'order/own-fleet',
      'order/not-adjacent',
      'order/not-your-fleet',
      'order/unknown-fleet',
    ]);
    expect(r.state.status).toBe('in-force');
  });

  it('finds nothing when the target has moved out of reach first (moves come before battles)', () => {
    const g = miniGame(faceToFace);
    const r = turn(g, {
      federation: [{ type: 'move', fleet: 'f1', to: 'sol' }],
      klingon: [attackFleet('k1', 'f1')],
    });
    expect(r.report.ledger.filter((e) => e.article === 'I')).toEqual([]);
    expect(r.state.status).toBe('in-force');
    expect(r.report.changes.some((c) => /finds no trace of fleet f1/.test(c.text))).toBe(true);
  });

  it('is previewed as open and certain; against a third power’s fleet it is no violation', () => {
    /** A Romulan fleet at Romulus, one lane from Narendra III. */
    const romulanFleet = (s: ScenarioInput) => {
      const romulan = s.thirdPowers?.[0];
      if (romulan) romulan.fleets = [{ id: 'r1', location: 'romulus', strength: 3 }];
    };
    const g = miniGame((s) => {
      faceToFace(s);
      romulanFleet(s);
    });
    const p = previewOrder(g, 'klingon', attackFleet('k1', 'f1'));
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ article: 'I', code: 'I/attack', kind: 'open', cost: 25, chance: 100 }),
    ]);
    const third = previewOrder(g, 'klingon', attackFleet('k2', 'r1'));
    expect(third.ok).toBe(false); // Qo'noS is two lanes from Romulus
    const g2 = miniGame(romulanFleet);
    const near = previewOrder(g2, 'klingon', attackFleet('k1', 'r1'));
    expect(near.ok && near.value.violations).toEqual([]);
    const r = turn(g2, { klingon: [attackFleet('k1', 'r1')] });
    expect(r.report.ledger.filter((e) => e.article === 'I')).toEqual([]);
    expect(r.state.status).toBe('in-force');
  });
});

describe('an attack on a third power', () => {
  it('is no violation and leaves the Accords in force', () => {
    const g = miniGame();
    const r = turn(g, { klingon: [attack('k1', 'romulus')] });
    expect(r.report.ledger.filter((e) => e.article === 'I')).toEqual([]);
    expect(entries(r.report, 'klingon', 'clean-year')).toHaveLength(1);
    expect(r.state.status).toBe('in-force');
    const p = previewOrder(g, 'klingon', attack('k1', 'romulus'));
    expect(p.ok && p.value.violations).toEqual([]);
  });
});

describe('espionage (covert)', () => {
  it('reveals the other power’s reserves and ships', () => {
    const r = turn(miniGame(unseen), { federation: [{ type: 'espionage', mode: 'reveal' }] });
    expect(r.state.powers.federation.intel).toEqual({ year: 2300, reserves: 40, fleets: 9 });
    expect(r.state.powers.klingon.intel).toBeNull();
  });

  it('is charged at I/covert when seen, and not at all when unseen', () => {
    const r = turn(miniGame(seen), { klingon: [{ type: 'espionage', mode: 'reveal' }] });
    expect(entries(r.report, 'klingon', 'I/covert')).toEqual([
      expect.objectContaining({ article: 'I', kind: 'violation', delta: -10 }),
    ]);
    expect(r.state.powers.klingon.standing).toBe(50);
    // A Klingon operation seen does not cost support (that is the Federation Council's rule).
    expect(r.state.powers.klingon.support).toBe(60);

    const hidden = turn(miniGame(unseen), { klingon: [{ type: 'espionage', mode: 'reveal' }] });
    expect(entries(hidden.report, 'klingon', 'I/covert')).toEqual([]);
    expect(hidden.state.covert).toEqual([
      expect.objectContaining({
        party: 'klingon',
        article: 'I',
        code: 'I/covert',
        year: 2300,
        detected: false,
      }),
    ]);
  });

  it('steals up to stealAmount reserves', () => {
    const r = turn(miniGame(unseen), { federation: [{ type: 'espionage', mode: 'steal' }] });
    expect(r.state.powers.federation.reserves).toBe(40 + 10 + 16);
    expect(r.state.powers.klingon.reserves).toBe(40 - 10 + 10);
    const poor = turn(
      miniGame((s) => {
        unseen(s);
        s.powers.klingon.reserves = 4;
      }),
      { federation: [{ type: 'espionage', mode: 'steal' }] },
    );
    expect(poor.state.powers.federation.reserves).toBe(40 + 4 + 16);
    expect(poor.state.powers.klingon.reserves).toBe(0 + 10);
  });

  it('sabotage destroys sabotageShips ships of the other’s strongest fleet', () => {
    const r = turn(miniGame(unseen), { federation: [{ type: 'espionage', mode: 'sabotage' }] });
    expect(r.state.fleets.find((f) => f.id === 'k1')?.strength).toBe(3);
    expect(r.state.fleets.find((f) => f.id === 'k2')?.strength).toBe(4);
    expect(r.state.covert.map((c) => c.code)).toEqual(['I/covert']);
  });

  it('sabotage disbands a fleet it empties', () => {
    const g = miniGame((s) => {
      unseen(s);
      s.powers.klingon.fleets = [{ id: 'k1', location: 'qonos', strength: 2 }];
    });
    const r = turn(g, { federation: [{ type: 'espionage', mode: 'sabotage' }] });
    expect(r.state.fleets.filter((f) => f.owner === 'klingon')).toEqual([]);
  });

  it('is one operation a year', () => {
    const r = turn(miniGame(unseen), {
      federation: [
        { type: 'espionage', mode: 'reveal' },
        { type: 'espionage', mode: 'steal' },
      ],
    });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/duplicate']);
  });
});

describe('fleets in the neutral zone', () => {
  const three = (s: ScenarioInput) => {
    s.powers.federation.fleets = [
      { id: 'f1', location: 'organia', strength: 1 },
      { id: 'f2', location: 'organia', strength: 1 },
      { id: 'f3', location: 'organia', strength: 1 },
    ];
  };

  it('cost I/neutral-zone-fleets a year beyond neutralZoneFleetLimit, with the repeat multiplier', () => {
    let g = miniGame(three);
    const r1 = turn(g);
    expect(entries(r1.report, 'federation', 'I/neutral-zone-fleets')).toEqual([
      expect.objectContaining({ article: 'I', kind: 'violation', delta: -4, priors: 0 }),
    ]);
    g = r1.state;
    const r2 = turn(g);
    expect(entries(r2.report, 'federation', 'I/neutral-zone-fleets')).toEqual([
      expect.objectContaining({ delta: -5, priors: 1 }),
    ]);
    expect(r2.state.powers.federation.standing).toBe(51);
  });

  it('cost nothing at the limit', () => {
    const g = miniGame((s) => {
      three(s);
      withRules(s, { neutralZoneFleetLimit: 3 });
    });
    const r = turn(g);
    expect(r.report.ledger.filter((e) => e.article === 'I')).toEqual([]);
    const two = turn(
      miniGame((s) => {
        three(s);
        s.powers.federation.fleets?.pop();
      }),
    );
    expect(two.report.ledger.filter((e) => e.article === 'I')).toEqual([]);
  });

  it('count each party’s fleets apart: three Klingon fleets beside two of the Federation', () => {
    const r = turn(
      miniGame((s) => {
        three(s);
        s.powers.federation.fleets?.pop();
        s.powers.klingon.fleets = [
          { id: 'k1', location: 'organia', strength: 1 },
          { id: 'k2', location: 'organia', strength: 1 },
          { id: 'k3', location: 'organia', strength: 1 },
        ];
      }),
    );
    expect(entries(r.report, 'klingon', 'I/neutral-zone-fleets')).toEqual([
      expect.objectContaining({ article: 'I', kind: 'violation', delta: -4, priors: 0 }),
    ]);
    expect(entries(r.report, 'federation', 'I/neutral-zone-fleets')).toEqual([]);
  });

  it('count at year end: a fleet that leaves during the year is not counted', () => {
    const r = turn(miniGame(three), { federation: [{ type: 'move', fleet: 'f3', to: 'k7' }] });
    expect(entries(r.report, 'federation', 'I/neutral-zone-fleets')).toEqual([]);
  });

  it('are previewed when a move would exceed the limit', () => {
    const g = miniGame((s) => {
      s.powers.federation.fleets = [
        { id: 'f1', location: 'organia', strength: 1 },
        { id: 'f2', location: 'organia', strength: 1 },
        { id: 'f3', location: 'k7', strength: 1 },
      ];
    });
    const p = previewOrder(g, 'federation', { type: 'move', fleet: 'f3', to: 'organia' });
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ code: 'I/neutral-zone-fleets', kind: 'open', cost: 4, recurring: true }),
    ]);
  });
});
