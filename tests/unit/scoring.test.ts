// The end (DESIGN.md section 11, and the fall of a government of section 8): the score, the grades,
// the last year's result, the collapse with its chain of violations.
import { describe, expect, it } from 'vitest';
import {
  AI_PERSONALITIES,
  cloneState,
  createGame,
  type GameState,
  gradeOf,
  industryOf,
  paradeSize,
  resolveTurn,
  type ScenarioInput,
  scoreBreakdown,
  scoreOf,
} from '../../src/sim/index';
import { addEvents, miniGame, miniScenario, type TimelineInput, turn, withRules } from './fixtures';

function setOutput(g: GameState, id: string, output: number): void {
  const sys = g.systems.find((x) => x.id === id);
  if (!sys) throw new Error(`no system ${id}`);
  sys.output = output;
}

describe('score', () => {
  it('is standing + support/2 + growth % + the never-suspended bonus', () => {
    const g = cloneState(miniGame());
    g.powers.federation.standing = 70;
    g.powers.federation.support = 61;
    expect(g.powers.federation.startIndustry).toBe(18);
    setOutput(g, 'vulcan', 9); // industry 21: growth 3/18 = 16.67% → 16
    expect(industryOf(g, 'federation')).toBe(21);
    expect(scoreOf(g, 'federation')).toBe(70 + 30 + 16 + 25);
  });

  it('is broken down by source, in the order the screens show it', () => {
    const g = cloneState(miniGame());
    g.powers.federation.standing = 70;
    g.powers.federation.support = 61;
    setOutput(g, 'vulcan', 9);
    g.everSuspended = true;
    const b = scoreBreakdown(g, 'federation');
    expect(b.lines.map((l) => [l.source, l.points])).toEqual([
      ['standing', 70],
      ['support', 30],
      ['growth', 16],
      ['never-suspended', 0],
    ]);
    expect(b.total).toBe(116);
    expect(b.lines.every((l) => l.label.length > 0)).toBe(true);
  });

  it('caps growth at growthCap', () => {
    const g = cloneState(miniGame());
    setOutput(g, 'vulcan', 30); // industry 42: 133%
    expect(scoreOf(g, 'federation')).toBe(60 + 30 + 50 + 25);
    const tight = cloneState(miniGame((s) => withRules(s, { scoring: { growthCap: 20 } })));
    setOutput(tight, 'vulcan', 30);
    expect(scoreOf(tight, 'federation')).toBe(60 + 30 + 20 + 25);
  });

  it('counts a shrinking industry as negative growth', () => {
    const g = cloneState(miniGame());
    const vulcan = g.systems.find((x) => x.id === 'vulcan');
    if (vulcan) vulcan.owner = 'klingon'; // 12 of 18: −33.3% → −33
    expect(scoreOf(g, 'federation')).toBe(60 + 30 - 33 + 25);
    expect(scoreOf(g, 'klingon')).toBe(60 + 30 + 50 + 25); // 18 of 12: +50%, at the cap
  });

  it('drops the never-suspended bonus once the Accords were ever suspended', () => {
    const g = cloneState(miniGame((s) => withRules(s, { scoring: { neverSuspendedBonus: 40 } })));
    expect(scoreOf(g, 'klingon')).toBe(60 + 30 + 0 + 40);
    g.everSuspended = true;
    expect(scoreOf(g, 'klingon')).toBe(60 + 30);
  });

  it('halves support rounding down', () => {
    const g = cloneState(miniGame());
    g.powers.klingon.support = 7;
    expect(scoreOf(g, 'klingon')).toBe(60 + 3 + 25);
  });
});

describe('grades', () => {
  const g = miniGame();
  it.each([
    [200, 'Grand Parade'],
    [150, 'Grand Parade'],
    [149, 'Honour Guard'],
    [110, 'Honour Guard'],
    [109, 'Ceremony'],
    [80, 'Ceremony'],
    [79, 'Cold Peace'],
    [0, 'Cold Peace'],
    [-20, 'Cold Peace'],
  ])('a score of %i is %s', (score, grade) => {
    expect(gradeOf(g, score)).toBe(grade);
  });

  it('follows a scenario’s own grades', () => {
    const custom = miniGame((s) => {
      s.grades = [
        { id: 'triumph', name: 'Triumph', min: 100 },
        { id: 'truce', name: 'Truce', min: 0 },
      ];
    });
    expect(gradeOf(custom, 100)).toBe('Triumph');
    expect(gradeOf(custom, 99)).toBe('Truce');
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
    // 61 standing + 30 + 0 growth + 25.
    expect(r.state.result).toEqual({
      kind: 'centennial',
      year: 2301,
      cause: expect.any(String),
      scores: { federation: 116, klingon: 116 },
      grades: { federation: 'Honour Guard', klingon: 'Honour Guard' },
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
    // No reward while suspended (60), support 60 − 2 while suspended (29), no bonus.
    expect(r.state.result?.scores?.federation).toBe(60 + 29);
  });

  it('refuses any further turn', () => {
    const r = turn(miniGame(short));
    const again = resolveTurn(r.state, {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('game/ended');
  });

  it('gives a parade that grows with both standings', () => {
    const g = cloneState(miniGame());
    expect(paradeSize(g)).toBe(2 + Math.floor((120 * 30) / 200));
    g.powers.federation.standing = 100;
    g.powers.klingon.standing = 100;
    expect(paradeSize(g)).toBe(32);
  });
});

describe('collapse', () => {
  it('ends the game with the year, the cause and the chain of violations', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 3;
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
    expect(r.state.result?.cause).toContain('standing reaches 0');
    expect(r.state.result?.chain.map((e) => [e.party, e.code])).toEqual([['federation', 'VI/embargo']]);
  });

  it('chains only violations of the last forgivenessYears years, oldest first, never rewards', () => {
    const g = miniGame((s) => {
      withRules(s, { forgivenessYears: 2 });
      s.powers.federation.standing = 27;
      s.powers.federation.fleets = [{ id: 'f1', location: 'organia', strength: 5 }];
    });
    let h = turn(g, { federation: [{ type: 'embargo' }] }).state; // 2300: 27 − 5 = 22
    h = turn(h).state; // 2301: 23
    h = turn(h, { klingon: [{ type: 'embargo' }] }).state; // 2302: 24, and a Klingon violation
    h = turn(h).state; // 2303: 25
    expect(h.powers.federation.standing).toBe(25);
    // 2304: the attack (25) takes the Federation to 0.
    const r = turn(h, { federation: [{ type: 'attack', fleet: 'f1', target: 'narendra' }] }); // 2304
    expect(r.state.result?.kind).toBe('collapse');
    expect(r.state.result?.year).toBe(2304);
    expect(r.state.result?.chain.map((e) => `${e.year} ${e.party} ${e.code}`)).toEqual([
      '2302 klingon VI/embargo',
      '2304 federation I/attack',
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
      s.powers.federation.standing = 3;
    });
    expect(g.powers.federation.support).toBe(0);
    const r = turn(g, { federation: [{ type: 'embargo' }] });
    expect(r.state.status).toBe('collapsed');
    expect(r.state.result).toMatchObject({ kind: 'collapse', year: 2300, loser: null });
    expect(r.state.result?.cause).toContain('standing reaches 0');
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
