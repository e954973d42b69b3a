// Treaty status (DESIGN.md section 6): in force ⇄ strained, suspension by an Article I attack or by
// order, the war risk while suspended, collapse, and summits that restore the Accords.
import { describe, expect, it } from 'vitest';
import { type GameState, influenceOf, type Order, type ScenarioInput } from '../../src/sim/index';
import { addEvents, miniGame, qonosDisaster, type RulesInput, turn, withRules } from './fixtures';

/** Accords suspended since the first year; `treaty` overrides the suspension rules. */
function suspended(s: ScenarioInput, treaty: NonNullable<RulesInput['treaty']> = {}): void {
  s.status = 'suspended';
  s.suspendedSince = 2300;
  withRules(s, { treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0, ...treaty } });
}

function treatyChanges(r: ReturnType<typeof turn>) {
  return r.report.changes.filter((c) => c.kind === 'treaty' && c.from !== undefined);
}

const summit: Order = { type: 'summit' };
const suspend: Order = { type: 'suspend-accords' };
/** The Klingon fleet k1 waits at Organia, one lane from the Federation's Station K-7. */
const klingonAtOrgania = (s: ScenarioInput) => {
  s.powers.klingon.fleets = [
    { id: 'k1', location: 'organia', strength: 5 },
    { id: 'k2', location: 'qonos', strength: 4 },
  ];
};
const attackK7: Order = { type: 'attack', fleet: 'k1', target: 'k7' };

describe('in force and strained', () => {
  it('strains when a standing falls below strainedBelow, and recovers when both are back', () => {
    let g = miniGame((s) => {
      s.powers.federation.standing = 38;
    });
    expect(g.rules.treaty.strainedBelow).toBe(40);
    let r = turn(g); // 38 + 1 = 39 < 40
    expect(r.state.powers.federation.standing).toBe(39);
    expect(r.state.status).toBe('strained');
    expect(treatyChanges(r)).toEqual([expect.objectContaining({ from: 'in-force', to: 'strained' })]);
    g = r.state;
    r = turn(g); // 39 + 1 = 40: not below
    expect(r.state.powers.federation.standing).toBe(40);
    expect(r.state.status).toBe('in-force');
    expect(treatyChanges(r)).toEqual([expect.objectContaining({ from: 'strained', to: 'in-force' })]);
  });

  it('stays in force at exactly strainedBelow', () => {
    const r = turn(
      miniGame((s) => {
        s.powers.klingon.standing = 39;
      }),
    );
    expect(r.state.powers.klingon.standing).toBe(40);
    expect(r.state.status).toBe('in-force');
  });

  it('reads the threshold from the rules', () => {
    const r = turn(
      miniGame((s) => {
        withRules(s, { treaty: { strainedBelow: 70 } });
      }),
    );
    expect(r.state.status).toBe('strained'); // 61 < 70
  });

  it('lapses the trade pact and takes one influence from the power below only', () => {
    // The pact is signed in step a; a neutral-zone excess (−4) takes the Klingons from 41 to 37,
    // and the strain of step j ends the pact (an embargo would end it by itself).
    const g = miniGame((s) => {
      s.powers.klingon.standing = 41;
      s.powers.klingon.fleets = [
        { id: 'k1', location: 'organia', strength: 1 },
        { id: 'k2', location: 'organia', strength: 1 },
        { id: 'k3', location: 'organia', strength: 1 },
      ];
    });
    const r = turn(g, { federation: [{ type: 'trade-pact' }], klingon: [{ type: 'trade-pact' }] });
    expect(
      r.report.changes.some((c) => c.kind === 'pact' && c.text.startsWith('A trade pact is signed')),
    ).toBe(true);
    expect(r.state.powers.klingon.standing).toBe(37);
    expect(r.state.status).toBe('strained');
    expect(r.state.tradePact).toBe(false);
    // Said why (playtest 22 read the bare line, never warned).
    expect(r.report.changes.filter((c) => c.kind === 'pact').map((c) => c.text)).toContain(
      `The trade pact lapses: a pact holds only while the Accords are in force, and a standing below ${r.state.rules.treaty.strainedBelow} strains them.`,
    );
    expect(influenceOf(r.state, 'klingon')).toBe(r.state.rules.influence.base - 1);
    expect(influenceOf(r.state, 'federation')).toBe(r.state.rules.influence.base);
  });
});

describe('suspension by an Article I attack', () => {
  it('suspends the Accords in the year of the attack, whatever the battle’s outcome', () => {
    const g = miniGame(klingonAtOrgania);
    const r = turn(g, { klingon: [attackK7] });
    expect(r.state.status).toBe('suspended');
    expect(r.state.suspendedSince).toBe(2300);
    expect(r.state.everSuspended).toBe(true);
    expect(treatyChanges(r)).toEqual([
      expect.objectContaining({ from: 'in-force', to: 'suspended', cause: { rule: 'I/attack' } }),
    ]);
  });

  it('suspends from strained as well', () => {
    const g = miniGame((s) => {
      klingonAtOrgania(s);
      s.status = 'strained';
      s.powers.federation.standing = 30;
    });
    expect(turn(g, { klingon: [attackK7] }).state.status).toBe('suspended');
  });
});

describe('suspension by order', () => {
  it('is given when the other power’s standing is below suspendBelow, and takes effect at year end', () => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 15;
    });
    const r = turn(g, { federation: [suspend] });
    expect(r.report.refused).toEqual([]);
    expect(r.state.status).toBe('suspended');
    expect(r.state.suspendedSince).toBe(2300);
    expect(treatyChanges(r)).toEqual([
      expect.objectContaining({ from: 'in-force', to: 'suspended', cause: { rule: 'suspend-accords' } }),
    ]);
  });

  it('holds at the year’s end though the year took the other’s standing back to the line (playtest 38’s words)', () => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 19;
    });
    const r = turn(g, { federation: [suspend] });
    // A clean year's reward takes the Empire to the line; the order, given below it, holds.
    expect(r.state.powers.klingon.standing).toBeGreaterThanOrEqual(g.rules.treaty.suspendBelow);
    expect(r.state.status).toBe('suspended');
  });

  it('is refused when the other power’s standing is not below suspendBelow', () => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 20;
    });
    const r = turn(g, { federation: [suspend] });
    expect(r.report.refused).toEqual([
      expect.objectContaining({ party: 'federation', index: 0, code: 'order/cannot-suspend' }),
    ]);
    expect(r.state.status).toBe('strained'); // 21 < 40, but not suspended
  });

  it('is refused against one’s own low standing (it is the other power’s standing that counts)', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 10;
    });
    const r = turn(g, { federation: [suspend] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/cannot-suspend']);
    expect(r.state.status).not.toBe('suspended');
  });

  it('suspends even if the other power’s standing recovered to suspendBelow by year end (rules version 8: the answer given holds)', () => {
    const g = miniGame((s) => {
      s.powers.klingon.standing = 19;
    });
    const r = turn(g, { federation: [suspend] }); // accepted: 19 < 20; then +1 clean year
    expect(r.report.refused).toEqual([]);
    expect(r.state.powers.klingon.standing).toBe(20);
    expect(r.state.status).toBe('suspended');
    expect(r.state.suspendedBy).toBe('federation');
  });

  it('is refused while the Accords are already suspended', () => {
    const g = miniGame((s) => {
      suspended(s);
      s.powers.klingon.standing = 10;
    });
    const r = turn(g, { federation: [suspend] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/already-suspended']);
  });
});

describe('while suspended', () => {
  it('does not roll the war risk in the year the suspension began', () => {
    const g = miniGame((s) => suspended(s, { warRiskPercent: 100 }));
    const r = turn(g); // 2300 = suspendedSince
    expect(r.state.status).toBe('suspended');
    expect(r.state.result).toBeNull();
  });

  it('rolls the war risk every later year: at 100% war breaks out and the Accords collapse', () => {
    let g = miniGame((s) => suspended(s, { warRiskPercent: 100 }));
    g = turn(g).state;
    const r = turn(g); // 2301
    expect(r.state.status).toBe('collapsed');
    expect(r.state.phase).toBe('ended');
    expect(r.state.result).toMatchObject({ kind: 'collapse', year: 2301, loser: null, scores: null });
    expect(r.state.result?.cause).toContain('War breaks out');
    expect(treatyChanges(r)).toEqual([
      expect.objectContaining({ from: 'suspended', to: 'collapsed', cause: { rule: 'war' } }),
    ]);
  });

  it('raises the war risk by warRiskPerOpenViolationPercent for each open violation while suspended', () => {
    const rules = { warRiskPercent: 0, warRiskPerOpenViolationPercent: 100 };
    let quiet = miniGame((s) => suspended(s, rules));
    quiet = turn(quiet).state;
    quiet = turn(quiet).state; // 2301: 0% risk
    expect(quiet.status).toBe('suspended');
    expect(quiet.openWhileSuspended).toBe(0);

    let loud = miniGame((s) => suspended(s, rules));
    loud = turn(loud, { federation: [{ type: 'embargo' }] }).state; // an open violation in 2300
    expect(loud.openWhileSuspended).toBe(1);
    expect(loud.status).toBe('suspended'); // not rolled in the first year
    const r = turn(loud); // 2301: 0 + 100 × 1
    expect(r.state.status).toBe('collapsed');
    expect(r.state.result?.cause).toContain('100%');
  });

  it('counts only open violations (a covert act seen does not raise the risk)', () => {
    const g = miniGame((s) => {
      suspended(s, { warRiskPercent: 0, warRiskPerOpenViolationPercent: 100 });
      withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } });
    });
    const r = turn(g, { federation: [{ type: 'espionage', mode: 'reveal' }] });
    expect(r.report.ledger.some((e) => e.code === 'I/covert')).toBe(true);
    expect(r.state.openWhileSuspended).toBe(0);
    expect(turn(r.state).state.status).toBe('suspended');
  });

  it('collapses after suspendedYearsToCollapse years suspended', () => {
    let g = miniGame((s) => suspended(s));
    expect(g.rules.treaty.suspendedYearsToCollapse).toBe(3);
    const statuses: string[] = [];
    let last: ReturnType<typeof turn> | null = null;
    while (g.phase !== 'ended') {
      last = turn(g);
      statuses.push(`${last.report.year}:${last.state.status}`);
      g = last.state;
    }
    expect(statuses).toEqual(['2300:suspended', '2301:suspended', '2302:suspended', '2303:collapsed']);
    expect(g.result).toMatchObject({ kind: 'collapse', year: 2303 });
    expect(last && treatyChanges(last)).toEqual([
      expect.objectContaining({ to: 'collapsed', cause: { rule: 'suspended-too-long' } }),
    ]);
  });

  it('counts the years from the suspension’s own year (suspendedYearsToCollapse 1)', () => {
    let g = miniGame((s) => suspended(s, { suspendedYearsToCollapse: 1 }));
    g = turn(g).state;
    expect(g.status).toBe('suspended');
    expect(turn(g).state.result).toMatchObject({ kind: 'collapse', year: 2301 });
  });

  it('a suspension by attack starts its own count', () => {
    let g = miniGame((s) => {
      klingonAtOrgania(s);
      withRules(s, { treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0 } });
    });
    g = turn(g, { klingon: [attackK7] }).state; // 2300: suspended
    g = turn(g).state; // 2301
    g = turn(g).state; // 2302
    expect(g.status).toBe('suspended');
    const r = turn(g); // 2303
    expect(r.state.result).toMatchObject({ kind: 'collapse', year: 2303 });
  });
});

describe('suspension at standing 0 (rules version 6)', () => {
  it('suspends the Accords the year a standing reaches 0, even from in force', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 3;
    });
    const r = turn(g, { federation: [{ type: 'embargo' }] });
    expect(r.state.powers.federation.standing).toBe(0);
    expect(r.state.status).toBe('suspended');
    expect(r.state.result).toBeNull();
    expect(r.state.suspendedSince).toBe(2300);
    expect(treatyChanges(r)).toEqual([
      expect.objectContaining({ from: 'in-force', to: 'suspended', cause: { rule: 'standing-zero' } }),
    ]);
  });

  it('suspends, once, when the attacker’s standing reaches 0', () => {
    const g = miniGame((s) => {
      klingonAtOrgania(s);
      s.powers.klingon.standing = 20;
    });
    const r = turn(g, { klingon: [attackK7] });
    expect(r.state.powers.klingon.standing).toBe(0);
    expect(r.state.status).toBe('suspended');
    expect(treatyChanges(r).filter((c) => c.to === 'suspended')).toHaveLength(1);
  });

  it('does not collapse at standing 1', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 6;
    });
    const r = turn(g, { federation: [{ type: 'embargo' }] });
    expect(r.state.powers.federation.standing).toBe(1);
    expect(r.state.status).toBe('strained');
    expect(r.state.result).toBeNull();
  });
});

describe('summits', () => {
  function summitWhileSuspended(fed: number, kli: number): ReturnType<typeof turn> {
    const g = miniGame((s) => {
      suspended(s);
      s.powers.federation.standing = fed;
      s.powers.klingon.standing = kli;
    });
    return turn(g, { federation: [summit], klingon: [summit] });
  }

  it('restores suspended Accords when both standings are at least restoreMinimum', () => {
    // 18 + the summit's own 2 reaches 20: a power that made amends can return.
    const r = summitWhileSuspended(18, 18);
    expect(r.state.status).toBe('strained'); // 18 + 2 is still below 40
    expect(r.state.suspendedSince).toBeNull();
    expect(r.state.everSuspended).toBe(true);
    expect(treatyChanges(r)).toEqual([
      expect.objectContaining({ from: 'suspended', to: 'strained', cause: { rule: 'summit' } }),
    ]);
    // Summit +2, and the year's clean-year reward.
    expect(r.state.powers.federation.standing).toBe(21);
    expect(r.state.powers.klingon.standing).toBe(21);
  });

  it('restores them fully in force when both standings are high', () => {
    const r = summitWhileSuspended(50, 45);
    expect(r.state.status).toBe('in-force');
  });

  it('does not restore them while a standing is far below restoreMinimum', () => {
    const r = summitWhileSuspended(17, 40); // 17 + 2 is below 20
    expect(r.state.status).toBe('suspended');
    expect(r.state.suspendedSince).toBe(2300);
    expect(
      r.report.changes.some((c) => c.kind === 'treaty' && c.text.includes('cannot restore the Accords')),
    ).toBe(true);
  });

  it('reads restoreMinimum from the rules', () => {
    const g = miniGame((s) => {
      suspended(s, { restoreMinimum: 60 });
      s.powers.federation.standing = 50;
      s.powers.klingon.standing = 50;
    });
    const r = turn(g, { federation: [summit], klingon: [summit] });
    expect(r.state.status).toBe('suspended');
  });

  it('needs both powers: one alone only proposes', () => {
    const g = miniGame((s) => {
      suspended(s);
      s.powers.federation.standing = 40;
      s.powers.klingon.standing = 40;
    });
    const r = turn(g, { federation: [summit] });
    expect(r.state.status).toBe('suspended');
    expect(r.state.summitProposal).toEqual({ by: 'federation', year: 2300 });
    expect(r.state.powers.federation.standing).toBe(41); // no summit; the clean year is paid
    // Accepted the next year by the other power.
    const r2 = turn(r.state, { klingon: [summit] });
    expect(r2.state.status).toBe('in-force');
    expect(r2.state.summitProposal).toBeNull();
  });

  it('gives both powers summit standing when held while in force, and costs summit influence', () => {
    const g = miniGame();
    expect(g.rules.influence.summit).toBe(2);
    const r = turn(g, { federation: [summit, { type: 'embargo' }, { type: 'address-council' }] });
    // 3 influence: the summit (2) and the embargo (1) fit, the address does not.
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/no-influence']);
    const both = turn(g, { federation: [summit], klingon: [summit] });
    expect(both.state.powers.federation.standing).toBe(63); // 60 + 2 + 1
    expect(both.state.powers.klingon.standing).toBe(63);
  });
});

describe('no rewards while suspended', () => {
  function faithfulYear(edit: (s: ScenarioInput) => void): { state: GameState; rewards: string[] } {
    const g = miniGame((s) => {
      edit(s);
      s.powers.federation.embassy = 2;
      s.powers.klingon.embassy = 2;
      addEvents(s, qonosDisaster(), {
        year: 2300,
        type: 'renegade',
        origin: 'klingon',
        fugitive: 'Vorka',
        deadline: 1,
      });
    });
    const r = turn(g, {
      federation: [{ type: 'aid', target: 'e2300-t0-aid', amount: 15 }],
      klingon: [{ type: 'extradite', obligation: 'e2300-t1-extradition' }],
    });
    return { state: r.state, rewards: r.report.ledger.filter((e) => e.kind === 'reward').map((e) => e.code) };
  }

  it('pays clean-year, embassy, aid and extradition rewards while in force', () => {
    const { state, rewards } = faithfulYear(() => {});
    expect(rewards.sort()).toEqual(
      [
        'II/embassy',
        'II/embassy',
        'IV/aid',
        'IV/aid-generous',
        'V/extradition',
        'clean-year',
        'clean-year',
      ].sort(),
    );
    expect(state.powers.federation.standing).toBe(60 + 1 + 3 + 2 + 1);
    expect(state.powers.klingon.standing).toBe(60 + 1 + 3 + 1);
  });

  it('pays them while suspended too: amends count (rules version 6)', () => {
    const { state, rewards } = faithfulYear((s) => suspended(s));
    expect(rewards).toContain('IV/aid');
    expect(rewards).toContain('V/extradition');
    expect(rewards).toContain('clean-year');
    expect(state.powers.federation.standing).toBe(60 + 1 + 3 + 2 + 1);
    expect(state.powers.klingon.standing).toBe(60 + 1 + 3 + 1);
  });

  it('still charges violations while suspended', () => {
    const g = miniGame((s) => {
      suspended(s);
      addEvents(s, qonosDisaster());
    });
    const r = turn(g);
    expect(r.state.powers.federation.standing).toBe(54); // IV/aid-short, no clean year
  });
});
