// Article III — when a third power attacks one party, the other must not support that power
// (covert arms, open support) and may aid the party attacked (DESIGN.md section 5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { warTarget } from '../../src/sim/articles/article-iii';
import { createContext } from '../../src/sim/context';
import { cloneState } from '../../src/sim/game';
import {
  createGame,
  type GameState,
  loadBuiltinScenario,
  previewOrder,
  type ScenarioInput,
  type War,
} from '../../src/sim/index';
import { addEvents, entries, miniGame, type TimelineInput, tholianWar, turn, withRules } from './fixtures';

const WAR = 'e2300-t0-klingon';

const seen = (s: ScenarioInput) =>
  withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } });
const unseen = (s: ScenarioInput) =>
  withRules(s, { detection: { firstYearPercent: 0, perEmbassyLevelPercent: 0, laterPercent: 0 } });
const noGarrison = (s: ScenarioInput) => withRules(s, { battle: { garrison: 0, capitalGarrison: 0 } });

describe('an incursion', () => {
  it('opens a war of the third power on the victim, for its years', () => {
    let g = miniGame(tholianWar(2));
    expect(g.wars).toEqual([
      expect.objectContaining({
        id: WAR,
        thirdPower: 'tholian',
        victim: 'klingon',
        since: 2300,
        until: 2301,
        strength: 10,
      }),
    ]);
    g = turn(g).state;
    expect(g.wars.map((w) => w.id)).toEqual([WAR]);
    g = turn(g).state;
    expect(g.wars).toEqual([]);
  });

  it('takes an undefended Klingon world: the Klingons lose support', () => {
    const g = miniGame((s) => {
      noGarrison(s);
      s.powers.klingon.fleets = [{ id: 'k2', location: 'qonos', strength: 4 }];
      addEvents(s, {
        year: 2300,
        type: 'incursion',
        attacker: 'romulan',
        victim: 'klingon',
        target: 'narendra',
        strength: 6,
      });
    });
    const r = turn(g);
    expect(r.state.systems.find((x) => x.id === 'narendra')?.owner).toBe('romulan');
    expect(r.state.powers.klingon.support).toBe(60 + g.rules.support.klingonSystemLost);
    expect(r.state.powers.klingon.support).toBe(56);
  });

  it('costs the Federation support when it strikes a Federation world unanswered', () => {
    const war: TimelineInput = {
      year: 2300,
      type: 'incursion',
      attacker: 'tholian',
      victim: 'federation',
      target: 'vulcan',
      strength: 6,
    };
    const unanswered = miniGame((s) => {
      noGarrison(s);
      addEvents(s, war);
    });
    const r = turn(unanswered);
    expect(r.state.systems.find((x) => x.id === 'vulcan')?.owner).toBe('tholian');
    expect(r.state.powers.federation.support).toBe(56);

    // The Federation strikes Tholia the same year (its fleet at Vulcan wins: Tholia is undefended).
    const answered = miniGame((s) => {
      noGarrison(s);
      s.powers.federation.fleets = [{ id: 'f2', location: 'vulcan', strength: 4 }];
      addEvents(s, war);
    });
    const r2 = turn(answered, { federation: [{ type: 'attack', fleet: 'f2', target: 'tholia' }] });
    expect(r2.state.systems.find((x) => x.id === 'tholia')?.owner).toBe('federation');
    expect(r2.state.powers.federation.support).toBe(60);

    // A Klingon strike on Tholia is no answer of the Federation's.
    const byKlingons = miniGame((s) => {
      noGarrison(s);
      s.powers.klingon.fleets = [{ id: 'k1', location: 'vulcan', strength: 4 }];
      addEvents(s, war);
    });
    const r3 = turn(byKlingons, { klingon: [{ type: 'attack', fleet: 'k1', target: 'tholia' }] });
    expect(r3.state.systems.find((x) => x.id === 'tholia')?.owner).toBe('klingon');
    expect(r3.state.powers.federation.support).toBe(56);

    // A world held is an answer: its defenders stood, and the Council does not blame them.
    const held = miniGame((s) => {
      noGarrison(s);
      s.powers.federation.fleets = [{ id: 'f2', location: 'vulcan', strength: 40 }];
      addEvents(s, war);
    });
    const r4 = turn(held);
    expect(r4.state.systems.find((x) => x.id === 'vulcan')?.owner).toBe('federation');
    expect(r4.state.powers.federation.support).toBe(60);

    // So is a world lost with its defenders beaten (rules version 14): they fought, and the report
    // does not say the Federation did not answer.
    const beaten = miniGame((s) => {
      noGarrison(s);
      s.powers.federation.fleets = [{ id: 'f2', location: 'vulcan', strength: 1 }];
      addEvents(s, war);
    });
    const r5 = turn(beaten);
    expect(r5.state.systems.find((x) => x.id === 'vulcan')?.owner).toBe('tholian');
    expect(r5.state.powers.federation.support).toBe(60);
    expect(JSON.stringify(r5.report.changes)).not.toContain('does not answer');
    expect(JSON.stringify(r.report.changes)).toContain(
      'Vulcan is attacked and the Federation does not answer.',
    );
  });
});

describe('the front of a war without a target', () => {
  // The definition, read plainly: the victim's worlds that are not its capital and lie one lane from
  // a world of the third power; the first of them by id.
  function front(s: GameState, thirdPower: string, victim: string): string | null {
    const owner = new Map(s.systems.map((x) => [x.id, x.owner]));
    const ids = s.systems
      .filter((x) => x.owner === victim && !x.capital)
      .filter((x) =>
        s.lanes.some(
          ([a, b]) =>
            (a === x.id && owner.get(b) === thirdPower) || (b === x.id && owner.get(a) === thirdPower),
        ),
      )
      .map((x) => x.id)
      .sort();
    return ids[0] ?? null;
  }

  /** The worlds the campaign gives each of the two third powers drawn below (its map, as written). */
  const HOMEWORLDS: Record<string, string[]> = { romulan: ['nimbus-iii', 'romulus'], tholian: ['tholia'] };

  it('is the first by id of the attacker’s own worlds the victim holds, else of the victim’s worlds (its capital apart) one lane from the attacker’s', () => {
    const loaded = loadBuiltinScenario('khitomer-accords');
    if (!loaded.ok) throw new Error('the campaign does not load');
    const game = createGame(loaded.value, { seed: 'front' });
    if (!game.ok) throw new Error(game.error.message);
    const owners = ['federation', 'klingon', 'romulan', 'tholian', null];
    let found = 0;
    let retaking = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...owners), {
          minLength: game.value.systems.length,
          maxLength: game.value.systems.length,
        }),
        fc.constantFrom('romulan', 'tholian'),
        fc.constantFrom('federation', 'klingon'),
        (drawn, thirdPower, victim) => {
          const s = cloneState(game.value);
          s.systems.forEach((x, i) => {
            x.owner = drawn[i] ?? null;
          });
          const war: War = {
            id: 'w',
            eventId: 'e',
            thirdPower,
            victim,
            since: s.year,
            until: s.year,
            strength: 5,
            target: null,
            aidedBy: [],
            armedBy: [],
            supportedBy: [],
            took: [],
          };
          const taken = (HOMEWORLDS[thirdPower] ?? []).filter(
            (id) => drawn[s.systems.findIndex((x) => x.id === id)] === victim,
          );
          const expected = taken[0] ?? front(s, thirdPower, victim);
          if (expected !== null) found++;
          if (taken.length > 0) retaking++;
          expect(warTarget(createContext(s), war)).toBe(expected);
        },
      ),
      { numRuns: 300, seed: 2293 },
    );
    // Most draws have a front, so the comparison is not only of nulls, and many a world to take back.
    expect(found).toBeGreaterThan(150);
    expect(retaking).toBeGreaterThan(50);
  });
});

describe('covert arms to the power at war with the other party', () => {
  it('pays armsSaleGain reserves and strengthens the war by armsStrength', () => {
    const r = turn(
      miniGame((s) => {
        tholianWar()(s);
        unseen(s);
      }),
      {
        federation: [{ type: 'covert-arms', thirdPower: 'tholian' }],
      },
    );
    expect(r.state.powers.federation.reserves).toBe(40 + 8 + 16);
    expect(r.state.wars.find((w) => w.id === WAR)?.strength).toBe(12);
    expect(r.state.covert).toEqual([
      expect.objectContaining({ party: 'federation', article: 'III', code: 'III/arms', detected: false }),
    ]);
    expect(r.state.powers.federation.standing).toBe(61);
  });

  it('costs III/arms when seen in the year', () => {
    const r = turn(
      miniGame((s) => {
        tholianWar()(s);
        seen(s);
      }),
      {
        federation: [{ type: 'covert-arms', thirdPower: 'tholian' }],
      },
    );
    expect(entries(r.report, 'federation', 'III/arms')).toEqual([
      expect.objectContaining({ article: 'III', kind: 'violation', delta: -15 }),
    ]);
    expect(r.state.powers.federation.standing).toBe(45);
  });

  it('costs III/arms × 1.5 when it comes out a later year', () => {
    let g = miniGame((s) => {
      tholianWar()(s);
      withRules(s, { detection: { firstYearPercent: 0, perEmbassyLevelPercent: 0, laterPercent: 100 } });
    });
    g = turn(g, { federation: [{ type: 'covert-arms', thirdPower: 'tholian' }] }).state;
    const r = turn(g);
    expect(entries(r.report, 'federation', 'III/arms')).toEqual([
      expect.objectContaining({ kind: 'exposure', delta: -23 }), // 22.5 rounded half up
    ]);
  });

  it('is refused for a third power not at war with the other party', () => {
    const r = turn(miniGame(tholianWar()), {
      federation: [{ type: 'covert-arms', thirdPower: 'romulan' }],
      klingon: [{ type: 'covert-arms', thirdPower: 'tholian' }], // at war with the Klingons themselves
    });
    expect(r.report.refused.map((x) => [x.party, x.code])).toEqual([
      ['federation', 'order/not-at-war'],
      ['klingon', 'order/not-at-war'],
    ]);
  });

  it('is previewed as covert with its chance and cover-up cost', () => {
    const g = miniGame((s) => {
      tholianWar()(s);
      s.powers.klingon.embassy = 1;
    });
    const p = previewOrder(g, 'federation', { type: 'covert-arms', thirdPower: 'tholian' });
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ code: 'III/arms', kind: 'covert', cost: 15, chance: 40, exposureCost: 23 }),
    ]);
  });
});

describe('open support of the power at war with the other party', () => {
  it('is an open III/open-support violation that pays openSupportGain and adds 2 × armsStrength', () => {
    const r = turn(miniGame(tholianWar()), { federation: [{ type: 'open-support', thirdPower: 'tholian' }] });
    expect(entries(r.report, 'federation', 'III/open-support')).toEqual([
      expect.objectContaining({ article: 'III', kind: 'violation', delta: -30 }),
    ]);
    expect(r.state.powers.federation.standing).toBe(30);
    expect(r.state.powers.federation.reserves).toBe(40 + 12 + 16);
    expect(r.state.wars.find((w) => w.id === WAR)?.strength).toBe(14);
  });
});

describe('aid to the other party against a third power', () => {
  const aid = (amount: number) => ({ type: 'aid' as const, target: WAR, amount });

  it('earns warAid once per war, moves the reserves, and pleases the Federation Council', () => {
    let g = miniGame(tholianWar());
    const r = turn(g, { federation: [aid(5)] });
    expect(entries(r.report, 'federation', 'III/war-aid')).toEqual([
      expect.objectContaining({ article: 'III', kind: 'reward', delta: 4 }),
    ]);
    expect(r.state.powers.federation.standing).toBe(65); // + clean year
    expect(r.state.powers.federation.reserves).toBe(40 - 5 + 16);
    expect(r.state.powers.klingon.reserves).toBe(40 + 5 + 10);
    expect(r.state.powers.federation.support).toBe(62);
    g = r.state;
    const again = turn(g, { federation: [aid(5)] });
    expect(entries(again.report, 'federation', 'III/war-aid')).toEqual([]);
    expect(again.state.powers.federation.support).toBe(64); // the Council still approves
  });

  it('below warAidMinimum earns no standing', () => {
    const r = turn(miniGame(tholianWar()), { federation: [aid(4)] });
    expect(entries(r.report, 'federation', 'III/war-aid')).toEqual([]);
    expect(r.state.powers.klingon.reserves).toBe(40 + 4 + 10);
  });

  it('is refused to one’s own war', () => {
    const r = turn(miniGame(tholianWar()), { klingon: [aid(5)] });
    expect(r.report.refused.map((x) => x.code)).toEqual(['order/own-war']);
  });
});

describe('the lists of a war’s helpers', () => {
  // A turn's copy of a war shares these lists with the state before it (`turnCopy`): a turn that adds
  // a helper must give the war a new list, and leave the one the state before it holds as it was.
  it('grow in the new state only: covert arms, open support and aid', () => {
    const before = miniGame((s) => {
      tholianWar()(s);
      unseen(s);
    });
    const armed = turn(before, {
      federation: [
        { type: 'covert-arms', thirdPower: 'tholian' },
        { type: 'open-support', thirdPower: 'tholian' },
      ],
    }).state;
    const aided = turn(before, { federation: [{ type: 'aid', target: WAR, amount: 5 }] }).state;
    const war = (s: GameState) => s.wars.find((w) => w.id === WAR);
    expect(war(armed)).toMatchObject({ armedBy: ['federation'], supportedBy: ['federation'], aidedBy: [] });
    expect(war(aided)).toMatchObject({ armedBy: [], supportedBy: [], aidedBy: ['federation'] });
    expect(war(before)).toMatchObject({ armedBy: [], supportedBy: [], aidedBy: [] });
    // A later turn with no helper shares the lists it found.
    const later = turn(armed).state;
    expect(war(later)?.armedBy).toBe(war(armed)?.armedBy);
  });
});
