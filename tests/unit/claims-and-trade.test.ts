// Article VI's terms of rules version 8 (issue 16): arbiters who lean to the better standing, a
// claim that costs its holder the world's security while open and lapses unheard, a claim pressed
// by force on an undefended world, a pact with a term, an offer let pass that closes talks, and a
// tariff quarrel whose refusal breaks the article.
import { describe, expect, it } from 'vitest';
import { aiOrders } from '../../src/sim/ai/index';
import { contestedWorlds, federationWinPercent, winPercent } from '../../src/sim/articles/claims-and-trade';
import { choicePossible, KINDS } from '../../src/sim/design/decisions';
import { type GameState, type Order, orderEffect, type ScenarioInput, yearPoints } from '../../src/sim/index';
import { findSystem, holdings } from '../../src/sim/world';
import { addEvents, entries, miniGame, turn, withRules } from './fixtures';

const pact: Order = { type: 'trade-pact' };
const archanis = (g: GameState) => {
  const sys = findSystem(g, 'archanis');
  if (!sys) throw new Error('no Archanis in the mini map');
  return sys;
};

/** Archanis held by the Federation, claimed by the Empire in 2300. */
const claimed = (s: ScenarioInput) => {
  const sys = s.map.systems.find((x) => x.id === 'archanis');
  if (sys) sys.owner = 'federation';
  addEvents(s, { year: 2300, type: 'dispute', system: 'archanis', claimant: 'klingon' });
};

describe('the arbiters lean', () => {
  it('to the holder, the power that brings the case and the better standing', () => {
    const g = miniGame((s) => {
      claimed(s);
      s.powers.federation.standing = 80;
      s.powers.klingon.standing = 40;
    });
    // 50, +10 held by the Federation, ±10 brought, +20 for half the standing gap of 40.
    expect(federationWinPercent(g, archanis(g), 'federation')).toBe(90);
    expect(federationWinPercent(g, archanis(g), 'klingon')).toBe(70);
    expect(federationWinPercent(g, archanis(g), null)).toBe(80);
    expect(winPercent(g, archanis(g), 'klingon', 'klingon')).toBe(30);
  });

  it('as the arbitrate order says it: the chance if it brings the claim alone, and if both do', () => {
    const g = miniGame((s) => {
      claimed(s);
      s.powers.federation.standing = 80;
      s.powers.klingon.standing = 40;
    });
    // The Empire: 50, −10 for the Federation's hold, +10 brought, −20 for the standing gap: 30%;
    // brought by both, no lean for asking: 20% for the Empire.
    const said = orderEffect(g, 'klingon', { type: 'arbitrate', dispute: 'archanis' });
    expect(said).toContain('30% that they rule for you (20% if the Federation brings it too this year)');
    expect(orderEffect(g, 'federation', { type: 'arbitrate', dispute: 'archanis' })).toContain(
      '90% that they rule for you (80% if the Klingon Empire brings it too this year)',
    );
  });

  it('never past 5% or 95%', () => {
    const g = miniGame((s) => {
      claimed(s);
      s.powers.federation.standing = 100;
      s.powers.klingon.standing = 0;
    });
    expect(federationWinPercent(g, archanis(g), 'federation')).toBe(95);
    const h = miniGame((s) => {
      s.powers.federation.standing = 0;
      s.powers.klingon.standing = 100;
    });
    expect(federationWinPercent(h, archanis(h), 'klingon')).toBe(5);
  });

  it('when both bring the same claim, hear it once and reward the winner', () => {
    const g = miniGame(claimed);
    const a: Order = { type: 'arbitrate', dispute: 'archanis' };
    const r = turn(g, { federation: [a], klingon: [a] });
    expect(r.state.claims).toEqual([]);
    const rewarded = ['federation', 'klingon'].filter(
      (p) => entries(r.report, p as 'federation', 'VI/arbitration').length > 0,
    );
    expect(rewarded).toHaveLength(1);
  });
});

describe('a claimed world a third power took', () => {
  it('cannot be awarded by the arbiters until it is retaken (rules version 13)', () => {
    // Archanis held by the Federation and claimed by the Empire, then taken by the Tholians.
    const g = miniGame(claimed);
    const held = {
      ...g,
      systems: g.systems.map((x) => (x.id === 'archanis' ? { ...x, owner: 'tholian' } : x)),
    };
    const r = turn(held, { klingon: [{ type: 'arbitrate', dispute: 'archanis' }] });
    expect(r.report.refused.map((x) => [x.code, x.message])).toEqual([
      [
        'order/held-by-third-power',
        'The Tholian Assembly holds Archanis IV: the arbiters of the Accords cannot award it. Retake it first.',
      ],
    ]);
    expect(archanis(r.state).owner).toBe('tholian');
    expect(r.state.claims).toHaveLength(1);
  });
});

describe('an open claim', () => {
  it('banks its holder no security for the world', () => {
    const g = miniGame(claimed);
    expect(contestedWorlds(g, 'federation')).toBe(1);
    expect(contestedWorlds(g, 'klingon')).toBe(0);
    const now = holdings(g);
    const open = yearPoints(g, 'federation', now).security;
    const settled = yearPoints({ ...g, claims: [] }, 'federation', now).security;
    expect(settled - open).toBe(g.rules.scoring.securityPerWorldLost);
  });

  it('lapses after claims.lapseYears unless taken to arbitration', () => {
    let g = miniGame((s) => {
      claimed(s);
      withRules(s, { claims: { lapseYears: 2 } });
    });
    g = turn(g).state;
    g = turn(g).state;
    expect(g.claims).toHaveLength(1);
    const r = turn(g);
    expect(r.state.claims).toEqual([]);
    expect(r.report.changes.some((c) => c.text.includes('lapses'))).toBe(true);
  });
});

describe('a claim pressed by force', () => {
  const seize: Order = { type: 'seize', system: 'archanis' };

  it('takes the other’s undefended world from the year after the claim, as an open VI/seize violation', () => {
    const first = turn(miniGame(claimed), { klingon: [seize] });
    expect(first.report.refused.map((x) => [x.code, x.message])).toEqual([
      ['order/owned', expect.stringContaining('raised this year')],
    ]);
    const r = turn(first.state, { klingon: [seize] });
    expect(r.report.refused).toEqual([]);
    expect(findSystem(r.state, 'archanis')?.owner).toBe('klingon');
    expect(entries(r.report, 'klingon', 'VI/seize')).toEqual([
      expect.objectContaining({ kind: 'violation', delta: -15 }),
    ]);
    expect(r.state.claims).toEqual([]);
  });

  it('is an attack on a world defended by a fleet of its holder, or without a claim', () => {
    // (Each a year after the claim, when it could otherwise be pressed.)
    const defended = miniGame((s) => {
      claimed(s);
      s.powers.federation.fleets = [{ id: 'f1', location: 'archanis', strength: 2 }];
    });
    const r = turn(turn(defended).state, { klingon: [seize] });
    expect(r.report.refused.map((x) => [x.code, x.message])).toEqual([
      ['order/owned', expect.stringContaining('defended')],
    ]);
    const unclaimed = miniGame((s) => {
      const sys = s.map.systems.find((x) => x.id === 'archanis');
      if (sys) sys.owner = 'federation';
    });
    expect(turn(unclaimed, { klingon: [seize] }).report.refused.map((x) => x.code)).toEqual(['order/owned']);
  });
});

describe('a trade pact', () => {
  it('ends when its term is over', () => {
    let g = miniGame((s) => withRules(s, { economy: { pactYears: 2 } }));
    g = turn(g, { federation: [pact], klingon: [pact] }).state;
    expect(g.tradePact).toBe(true);
    expect(g.pactEnds).toBe(2301);
    g = turn(g).state;
    expect(g.tradePact).toBe(false);
  });

  it('offered and let pass closes talks for economy.talksClosedYears', () => {
    let g = miniGame();
    g = turn(g, { klingon: [pact] }).state;
    g = turn(g).state;
    expect(g.pactProposal).toBeNull();
    expect(g.talksClosedUntil).toBe(2301 + g.rules.economy.talksClosedYears);
    expect(turn(g, { federation: [pact] }).report.refused.map((x) => x.code)).toEqual(['order/talks-closed']);
  });

  it('says how long an offer let pass closes talks as the refusal later says it: years, or the rest of the game', () => {
    const years = miniGame().rules.economy.talksClosedYears;
    // Talks reopen in 2302 + years: the row and the refusal agree on whether the game plays that year.
    for (const [lastYear, said, refusal] of [
      [2302 + years + 1, `closes talks for ${years} years.`, `they open again in ${2302 + years}`],
      [2302 + years, 'closes talks for the rest of the game.', 'they stay closed for the rest of the game'],
    ] as const) {
      let g = { ...miniGame(), lastYear };
      expect(orderEffect(g, 'klingon', pact)).toContain(`An offer not taken up ${said}`);
      g = turn(turn(g, { klingon: [pact] }).state).state;
      expect(turn(g, { federation: [pact] }).report.refused.map((x) => x.message)).toEqual([
        `Trade talks are closed: ${refusal} (an offer was let pass or a pact lapsed).`,
      ]);
    }
    // Declined as the last year played ends: it closes no year, and the row says nothing of it.
    const late = { ...miniGame(), lastYear: 2302 };
    expect(orderEffect(late, 'klingon', pact)).not.toContain('closes talks');
    expect(orderEffect({ ...late, lastYear: 2303 }, 'klingon', pact)).toContain(
      'closes talks for the rest of the game.',
    );
  });

  it('says, when a standing is below the strained line now, that a pact signed this year lapses with the Accords', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 39;
    });
    const line = g.rules.treaty.strainedBelow;
    expect(line).toBe(40);
    expect(orderEffect(g, 'klingon', pact)).toContain(
      "Now the Federation's standing is 39, below 40: unless it rises by the year's end, the Accords are strained and a pact signed this year lapses with them.",
    );
    expect(orderEffect(miniGame(), 'klingon', pact)).not.toContain('Now ');
  });

  it('the tariff quarrel’s arbitration says the pact lapses with strained Accords, the standing due this year counted (playtest 36)', () => {
    const g = miniGame((s) => addEvents(s, { year: 2300, type: 'trade', kind: 'tariff-quarrel' }));
    g.tradePact = true;
    g.pactEnds = 2320;
    g.claims = [{ id: 'q', eventId: 'e2300-t0', kind: 'tariff', system: null, claimant: null, since: 2300 }];
    const arbitrate = { type: 'arbitrate', dispute: 'q' } as const;
    expect(orderEffect(g, 'federation', arbitrate)).not.toContain('Now ');
    // An exposure of the Empire's recorded as the year opened: −29, due at its end.
    g.ledger = g.ledger.concat([
      {
        year: 2300,
        party: 'klingon',
        article: 'I',
        kind: 'exposure',
        code: 'I/covert',
        delta: -29,
        priors: 0,
        text: 'A leak.',
      },
    ]);
    expect(g.powers.klingon.standing).toBe(60);
    expect(orderEffect(g, 'federation', arbitrate)).toContain(
      "Now the Klingon Empire's standing is 31 with the −29 due this year, below 40: unless it rises by the year's end, the Accords are strained and the pact lapses with them.",
    );
  });

  it('is not offered by an event while talks are closed, which would close them again (rules version 15)', () => {
    let g = miniGame((s) => addEvents(s, { year: 2302, type: 'trade', kind: 'pact-offer' }));
    g = turn(g, { klingon: [pact] }).state;
    g = turn(g).state;
    const closed = g.talksClosedUntil;
    expect(closed).toBe(2301 + g.rules.economy.talksClosedYears);
    expect(g.year).toBe(2302);
    expect(g.pactProposal).toBeNull();
    expect(g.events.find((e) => e.type === 'trade')?.text).toBe(
      `Merchants of both powers ask for open ports, but trade talks are closed: they open again in ${closed + 1}, and none is offered.`,
    );
    expect(turn(g).state.talksClosedUntil).toBe(closed);
  });
});

describe('a tariff quarrel', () => {
  const quarrel = (s: ScenarioInput) => addEvents(s, { year: 2301, type: 'trade', kind: 'tariff-quarrel' });
  const a: Order = { type: 'arbitrate', dispute: 'e2301-t0-tariff' };

  it('refused by one power when the other brought it breaks Article VI, and closes talks', () => {
    const g = turn(miniGame(quarrel), { federation: [pact], klingon: [pact] }).state;
    const r = turn(g, { klingon: [a] });
    expect(r.state.tradePact).toBe(false);
    expect(entries(r.report, 'federation', 'VI/embargo')).toEqual([
      expect.objectContaining({ kind: 'violation', delta: -g.rules.costs['VI/embargo'] }),
    ]);
    expect(entries(r.report, 'klingon', 'VI/embargo')).toEqual([]);
    expect(r.state.talksClosedUntil).toBe(2301 + g.rules.economy.talksClosedYears);
  });

  it('says what the pact it keeps is worth, as income pays it', () => {
    const g = turn(miniGame(quarrel), { federation: [pact], klingon: [pact] }).state;
    expect(g.tradePact).toBe(true);
    const industry = g.systems.filter((x) => x.owner === 'federation').reduce((n, x) => n + x.output, 0);
    const gain = Math.floor((industry * g.rules.economy.pactPercent) / 100);
    expect(gain).toBeGreaterThan(0);
    expect(orderEffect(g, 'federation', a)).toContain(
      `the trade pact stands (it adds ${gain} reserve${gain === 1 ? '' : 's'} a year to your income as it stands, to the end of ${g.pactEnds})`,
    );
    // The year's income, pact included, is what it said on top of the industry.
    const r = turn(g, { federation: [a], klingon: [a] });
    const income = r.report.changes.find(
      (c) => c.kind === 'reserves' && c.party === 'federation' && c.cause.rule === 'income',
    );
    expect(income?.text).toContain(`Income ${industry + gain},`);
  });

  it('left alone by both lapses the pact without a breach', () => {
    const g = turn(miniGame(quarrel), { federation: [pact], klingon: [pact] }).state;
    const r = turn(g);
    expect(r.state.tradePact).toBe(false);
    expect(r.report.ledger.filter((e) => e.code === 'VI/embargo')).toEqual([]);
  });
});

describe('the AI', () => {
  /** Archanis held by the Federation, undefended, claimed by the Empire whose fleet is a lane off. */
  const pressed = turn(miniGame(claimed)).state;

  it('a hawk presses its own claim on an undefended world by force; a loyalist never does', () => {
    expect(aiOrders('hawk', pressed, 'klingon')).toContainEqual({ type: 'seize', system: 'archanis' });
    expect(aiOrders('loyalist', pressed, 'klingon')).not.toContainEqual(
      expect.objectContaining({ type: 'seize' }),
    );
  });

  it('takes no trade pact while talks are closed', () => {
    const closed = { ...miniGame(), talksClosedUntil: 2305 };
    for (const who of ['loyalist', 'pragmatist', 'hawk'] as const)
      expect(aiOrders(who, closed, 'federation')).not.toContainEqual({ type: 'trade-pact' });
  });
});

describe('the design instrument', () => {
  it('offers the claimant, not the holder, to press a claim by force the year after it', () => {
    const g = miniGame(claimed);
    const about = { kind: 'claim' as const, year: 2300, subject: 'e2300-t0-claim', about: 'archanis' };
    expect(g.claims.map((c) => c.id)).toEqual([about.subject]);
    expect(choicePossible(g, { ...about, party: 'klingon' }, 'seize', [])).toBe(true);
    expect(choicePossible(g, { ...about, party: 'federation' }, 'seize', [])).toBe(false);
    // The first year it waits; the next it seizes.
    expect(KINDS.claim.carry(g, { ...about, party: 'klingon' }, 'seize')).toEqual([]);
    const next = turn(g).state;
    expect(KINDS.claim.carry(next, { ...about, party: 'klingon' }, 'seize')).toEqual([
      { type: 'seize', system: 'archanis' },
    ]);
  });
});
