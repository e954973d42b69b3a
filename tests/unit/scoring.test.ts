// The end (DESIGN.md section 11, and the fall of a government of section 8): the score, the grades,
// the last year's result, the collapse with its chain of violations.
import { describe, expect, it } from 'vitest';
import {
  AI_PERSONALITIES,
  cloneState,
  createGame,
  gradeOf,
  honourPoints,
  paradePoints,
  prosperityPoints,
  resolveTurn,
  type ScenarioInput,
  scoreBreakdown,
  scoreOf,
  securityPoints,
  supportPoints,
} from '../../src/sim/index';
import { holdings } from '../../src/sim/world';
import { addEvents, miniGame, miniScenario, type TimelineInput, turn, withRules } from './fixtures';

describe('score', () => {
  it('banks honour by standing, more slowly above the knee', () => {
    const r = miniGame().rules;
    expect(honourPoints(r, 0)).toBe(0);
    expect(honourPoints(r, 39)).toBe(1);
    expect(honourPoints(r, 60)).toBe(3);
    expect(honourPoints(r, 99)).toBe(3); // 39 above the knee: less than one further point
    expect(honourPoints(r, 100)).toBe(4);
    const steep = miniGame((s) => withRules(s, { scoring: { honourPerAboveKnee: 10 } })).rules;
    expect(honourPoints(steep, 100)).toBe(7);
  });

  it('counts what each power holds in one pass: industry and worlds, neither neutral nor third powers', () => {
    const g = miniGame();
    const at = (id: string, owner: string | null, output: number) => ({
      ...(g.systems[0] as (typeof g.systems)[number]),
      id,
      owner,
      output,
    });
    const held = holdings({
      systems: [
        at('a', 'federation', 3),
        at('b', null, 5),
        at('c', 'klingon', 2),
        at('d', 'romulan', 7),
        at('e', 'federation', 4),
        at('f', 'klingon', 0),
      ],
    });
    expect(held.industry).toEqual({ federation: 7, klingon: 2 });
    expect(held.worlds).toEqual({ federation: 2, klingon: 2 });
  });

  it('banks security against the worlds of the start: a lost world costs, a gained one pays', () => {
    const r = miniGame().rules;
    expect(securityPoints(r, 3, 3)).toBe(3);
    expect(securityPoints(r, 5, 3)).toBe(5);
    // A world short costs 2 a year (rules version 7): more than one gained pays.
    expect(securityPoints(r, 1, 3)).toBe(-1);
    expect(securityPoints(r, 0, 8)).toBe(-13);
  });

  it('banks prosperity as a race against the rival’s growth, kept from 0 to twice the base', () => {
    const r = miniGame().rules;
    expect(prosperityPoints(r, 10, 10)).toBe(3);
    expect(prosperityPoints(r, 14, 10)).toBe(3); // 4 ahead: not yet a point
    expect(prosperityPoints(r, 15, 10)).toBe(4);
    expect(prosperityPoints(r, 0, 12)).toBe(1); // 12 behind: towards 0, two points less
    expect(prosperityPoints(r, 100, 0)).toBe(6);
    expect(prosperityPoints(r, 0, 100)).toBe(0);
  });

  it('banks support by whole quarters', () => {
    const r = miniGame().rules;
    expect([supportPoints(r, 24), supportPoints(r, 25), supportPoints(r, 100)]).toEqual([0, 1, 4]);
  });

  it('is what was banked, the parade and the never-suspended bonus, by source in the screens’ order', () => {
    const g = cloneState(miniGame());
    g.powers.federation.banked = { honour: 40, security: 30, prosperity: 20, support: 10, decades: [70, 30] };
    g.everSuspended = true;
    const b = scoreBreakdown(g, 'federation');
    expect(b.lines.map((l) => [l.source, l.points])).toEqual([
      ['honour', 40],
      ['security', 30],
      ['prosperity', 20],
      ['support', 10],
      ['parade', 4], // 9 ships, 2 a point
      ['never-suspended', 0],
    ]);
    expect(b.total).toBe(104);
    expect(b.decades).toEqual([70, 30]);
    expect(b.lines.every((l) => l.label.length > 0)).toBe(true);
    g.everSuspended = false;
    expect(scoreOf(g, 'federation')).toBe(104 + 50);
  });

  it('counts the parade by the ships of the last year, up to its most', () => {
    const g = cloneState(miniGame((s) => withRules(s, { scoring: { paradeMax: 10 } })));
    expect(paradePoints(g, 'klingon')).toBe(4);
    for (const f of g.fleets) if (f.owner === 'klingon') f.strength = 50;
    expect(paradePoints(g, 'klingon')).toBe(10);
  });

  it('banks every year, by source and by decade', () => {
    let g = miniGame((s) => {
      s.lastYear = 2330;
      withRules(s, { embassyGraceYears: 100 });
    });
    for (let i = 0; i < 12; i++) g = turn(g).state;
    const b = g.powers.federation.banked;
    expect(b.decades).toHaveLength(2);
    expect(b.decades[0]! + b.decades[1]!).toBe(b.honour + b.security + b.prosperity + b.support);
    // Twelve years at a standing of 60 (3), the worlds of the start (3), level with the rival (3).
    expect(b.honour).toBe(36);
    expect(b.security).toBe(36);
    expect(b.prosperity).toBe(36);
  });
});

describe('grades', () => {
  const g = miniGame();
  it.each([
    [1600, 'Grand Parade'],
    [1275, 'Grand Parade'],
    [1274, 'Honour Guard'],
    [1115, 'Honour Guard'],
    [1114, 'Ceremony'],
    [990, 'Ceremony'],
    [989, 'Cold Peace'],
    [0, 'Cold Peace'],
    [-20, 'Cold Peace'],
  ])('a score of %i is %s', (score, grade) => {
    expect(gradeOf(g, 'federation', score)).toBe(grade);
    expect(gradeOf(g, 'klingon', score)).toBe(grade);
  });

  it('follows a scenario’s own grades', () => {
    const custom = miniGame((s) => {
      s.grades = [
        { id: 'triumph', name: 'Triumph', min: 100 },
        { id: 'truce', name: 'Truce', min: 0 },
      ];
    });
    expect(gradeOf(custom, 'federation', 100)).toBe('Triumph');
    expect(gradeOf(custom, 'federation', 99)).toBe('Truce');
  });

  it('gives each power its own least score where the scenario sets one (minFor)', () => {
    const custom = miniGame((s) => {
      s.grades = [
        { id: 'triumph', name: 'Triumph', min: 100, minFor: { klingon: 80 } },
        { id: 'truce', name: 'Truce', min: 0 },
      ];
    });
    expect(gradeOf(custom, 'federation', 99)).toBe('Truce');
    expect(gradeOf(custom, 'klingon', 99)).toBe('Triumph');
    expect(gradeOf(custom, 'klingon', 80)).toBe('Triumph');
    expect(gradeOf(custom, 'klingon', 79)).toBe('Truce');
  });

  it('grades a game that reaches its last year by each power’s own least scores', () => {
    const g = miniGame((s) => {
      s.lastYear = 2301;
      s.grades = [
        { id: 'high', name: 'High', min: 100000, minFor: { klingon: 0 } },
        { id: 'low', name: 'Low', min: 0 },
      ];
    });
    const r = turn(g);
    expect(r.state.result?.grades).toEqual({ federation: 'Low', klingon: 'High' });
  });
});

describe('the last year', () => {
  const short = (s: ScenarioInput) => {
    s.lastYear = 2301;
  };

  it('ends with the centennial, scores and grades when the Accords are in force', () => {
    const r = turn(miniGame(short));
    expect(r.state.phase).toBe('ended');
    expect(r.state.year).toBe(2301);
    // One year banked: honour 3 (60), security 3, prosperity 3 (level), support 2 (60, drifting to
    // 58); the parade of 9 ships (4) and the never-suspended bonus (50). The default grades are the
    // campaign's: one year is far from any but the last.
    expect(r.state.result).toEqual({
      kind: 'centennial',
      year: 2301,
      cause: expect.any(String),
      scores: { federation: 65, klingon: 65 },
      grades: { federation: 'Cold Peace', klingon: 'Cold Peace' },
      chain: [],
      loser: null,
    });
    expect(r.state.result?.scores?.federation).toBe(scoreOf(r.state, 'federation'));
  });

  it('plays every year from the first to the one before the last', () => {
    let g = miniGame((s) => {
      s.lastYear = 2304;
    });
    const years: number[] = [];
    while (g.phase !== 'ended') {
      const r = turn(g);
      years.push(r.report.year);
      g = r.state;
    }
    expect(years).toEqual([2300, 2301, 2302, 2303]);
    expect(g.result?.year).toBe(2304);
  });

  it('is still a centennial when the Accords are only strained', () => {
    const r = turn(
      miniGame((s) => {
        short(s);
        s.powers.federation.standing = 30;
      }),
    );
    expect(r.state.status).toBe('strained');
    expect(r.state.result?.kind).toBe('centennial');
  });

  it('has lapsed when the Accords are suspended, without the never-suspended bonus', () => {
    const r = turn(
      miniGame((s) => {
        short(s);
        s.status = 'suspended';
        s.suspendedSince = 2300;
      }),
    );
    expect(r.state.result?.kind).toBe('lapsed');
    // One year banked: honour 3 (60), security 3, prosperity 3, support 2 (60 − 2 while suspended,
    // with no drift below the rest level), the parade of 9 ships (4), no bonus.
    expect(r.state.result?.scores?.federation).toBe(3 + 3 + 3 + 2 + 4);
  });

  it('refuses any further turn', () => {
    const r = turn(miniGame(short));
    const again = resolveTurn(r.state, {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('game/ended');
  });
});

describe('collapse', () => {
  it('ends the game with the year, the cause and the chain of violations', () => {
    // Suspended since 2299, with a certain war: the war roll of 2300 collapses the Accords.
    const g = miniGame((s) => {
      s.status = 'suspended';
      s.suspendedSince = 2299;
      withRules(s, { treaty: { warRiskPercent: 100 } });
    });
    const r = turn(g, { federation: [{ type: 'embargo' }] });
    expect(r.state.phase).toBe('ended');
    expect(r.state.year).toBe(2300); // the year does not advance
    expect(r.state.result).toMatchObject({
      kind: 'collapse',
      year: 2300,
      scores: null,
      grades: null,
      loser: null,
    });
    expect(r.state.result?.cause).toContain('War breaks out');
    expect(r.state.result?.chain.map((e) => [e.party, e.code])).toEqual([['federation', 'VI/embargo']]);
  });

  it('chains only violations of the last forgivenessYears years, oldest first, never rewards', () => {
    const g = miniGame((s) => {
      withRules(s, { forgivenessYears: 2, treaty: { warRiskPercent: 100 } });
      s.powers.federation.standing = 27;
      s.powers.federation.fleets = [{ id: 'f1', location: 'organia', strength: 5 }];
    });
    let h = turn(g, { federation: [{ type: 'embargo' }] }).state; // 2300: 27 − 5 = 22
    h = turn(h).state; // 2301: 23
    h = turn(h, { klingon: [{ type: 'embargo' }] }).state; // 2302: 24, and a Klingon violation
    h = turn(h).state; // 2303: 25
    expect(h.powers.federation.standing).toBe(25);
    // 2304: the attack (25) takes the Federation to 0 and suspends the Accords; the Klingons
    // embargo again; 2305: the war roll (100%) collapses them.
    h = turn(h, {
      federation: [{ type: 'attack', fleet: 'f1', target: 'narendra' }],
      klingon: [{ type: 'embargo' }],
    }).state;
    expect(h.status).toBe('suspended');
    const r = turn(h); // 2305
    expect(r.state.result?.kind).toBe('collapse');
    expect(r.state.result?.year).toBe(2305);
    // From 2303 on, in the ledger's order (the embargo of step a before the attack of step d): the
    // Klingon embargo of 2302 is forgiven; the missing embassies of 2305 count.
    expect(r.state.result?.chain.map((e) => `${e.year} ${e.party} ${e.code}`)).toEqual([
      '2304 klingon VI/embargo',
      '2304 federation I/attack',
      '2305 federation II/no-embassy',
      '2305 klingon II/no-embassy',
    ]);
  });

  it('after a war while suspended names the suspension’s cause in the chain', () => {
    let g = miniGame((s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'organia', strength: 5 }];
      withRules(s, { treaty: { warRiskPercent: 100 } });
    });
    g = turn(g, { klingon: [{ type: 'attack', fleet: 'k1', target: 'k7' }] }).state;
    const r = turn(g);
    expect(r.state.result?.kind).toBe('collapse');
    expect(r.state.result?.chain.map((e) => e.code)).toEqual(['I/attack']);
  });
});

describe('the fall of a government', () => {
  /** Both powers start at support 40; the hawks' event moves one of them at once. */
  const hawks = (party: 'federation' | 'klingon', support: number) => (s: ScenarioInput) => {
    s.powers.federation.support = 40;
    s.powers.klingon.support = 40;
    addEvents(s, event(party, support));
  };
  const event = (party: 'federation' | 'klingon', support: number): TimelineInput => ({
    year: 2300,
    type: 'domestic',
    party,
    faction: 'hawks',
    support,
  });

  it('ends the game when a human player’s support reaches 0: that player loses', () => {
    const g = miniGame(hawks('federation', -40));
    expect(g.powers.federation.support).toBe(0);
    const r = turn(g);
    expect(r.state.phase).toBe('ended');
    expect(r.state.result).toMatchObject({
      kind: 'government-fell',
      year: 2300,
      loser: 'federation',
      scores: null,
      grades: null,
    });
  });

  it('gives way to a collapse the same year: the result is the collapse, its cause names the fall', () => {
    // Found by the property test: the state said collapsed while the result said a government fell.
    const g = miniGame((s) => {
      hawks('federation', -40)(s);
      s.status = 'suspended';
      s.suspendedSince = 2299;
      withRules(s, { treaty: { warRiskPercent: 100 } });
    });
    expect(g.powers.federation.support).toBe(0);
    const r = turn(g, { federation: [{ type: 'embargo' }] });
    expect(r.state.status).toBe('collapsed');
    expect(r.state.result).toMatchObject({ kind: 'collapse', year: 2300, loser: null });
    expect(r.state.result?.cause).toContain('War breaks out');
    expect(r.state.result?.cause).toContain('The government of the Federation falls');
  });

  it('does not fall at support 1', () => {
    const r = turn(miniGame(hawks('klingon', -39)));
    expect(r.state.powers.klingon.support).toBe(1);
    expect(r.state.result).toBeNull();
  });

  it('gives an AI power a new leader with newLeader support, and the game goes on', () => {
    const scenario = miniScenario(hawks('klingon', -40));
    const created = createGame(scenario, {
      seed: 'test',
      controllers: { federation: 'human', klingon: 'hawk' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const r = turn(created.value);
    const k = r.state.powers.klingon;
    expect(r.state.result).toBeNull();
    expect(r.state.phase).toBe('orders');
    expect(r.state.year).toBe(2301);
    expect(k.support).toBe(40);
    expect(k.leaders).toBe(1);
    expect(AI_PERSONALITIES).toContain(k.controller);
    expect(r.report.changes).toContainEqual(
      expect.objectContaining({ kind: 'leader', party: 'klingon', from: 'hawk', to: k.controller }),
    );
  });

  it('reads the new leader’s support from the rules', () => {
    const scenario = miniScenario((s) => {
      hawks('federation', -40)(s);
      withRules(s, { support: { newLeader: 55 } });
    });
    const created = createGame(scenario, {
      seed: 'test',
      controllers: { federation: 'loyalist', klingon: 'human' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const r = turn(created.value);
    expect(r.state.powers.federation.support).toBe(55);
    expect(r.state.result).toBeNull();
  });
});
