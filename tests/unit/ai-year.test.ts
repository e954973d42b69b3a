// The year as the AI's plan reads it (src/sim/ai/value.ts `makeEval`, src/sim/ai/reach.ts): found
// once per plan in a pass over the systems and one over the fleets, and read by every candidate
// order instead of a search of the state's lists. Each field is checked against the mini map.
import { describe, expect, it } from 'vitest';
import { forcesOf, preyOf, retakeFrom } from '../../src/sim/ai/reach';
import { recentOf, wrongedUnder } from '../../src/sim/ai/recent';
import { chargedCost, exposedCost, makeEval, mayViolate, seenCost } from '../../src/sim/ai/value';
import { wrongedBy } from '../../src/sim/grievances';
import { ARTICLES, type GameState, PARTIES, simulate, TRAITS } from '../../src/sim/index';
import { priorsByArticle, violationCost } from '../../src/sim/ledger';
import { summitRewardedWithin } from '../../src/sim/treaty';
import { builtin, miniGame } from './fixtures';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const place = (g: GameState, id: string) => g.systems.findIndex((x) => x.id === id);

describe("the year as the AI's plan reads it", () => {
  it("holds the party's worlds and fleets, the zoned worlds, and its industry and its rival's", () => {
    const g = miniGame();
    const e = makeEval(g, 'federation', TRAITS.pragmatist);
    expect(ids(e.worlds)).toEqual(['sol', 'vulcan', 'k7']);
    expect(e.held).toBe(3);
    expect(ids(e.fleets)).toEqual(['f1', 'f2']);
    // Each fleet's place in the systems, read once for the plan (-1: a location that names none).
    expect(e.fleetAt).toEqual(e.fleets.map((f) => place(g, f.location)));
    g.fleets = g.fleets.map((f) => (f.id === 'f1' ? { ...f, location: 'nowhere' } : f));
    expect(makeEval(g, 'federation', TRAITS.pragmatist).fleetAt).toEqual([-1, place(g, 'sol')]);
    g.fleets = miniGame().fleets;
    expect(ids(e.zoned)).toEqual(['organia', 'archanis']);
    expect(e.industry).toBe(18);
    expect(e.rivalIndustry).toBe(12);
    const k = makeEval(g, 'klingon', TRAITS.pragmatist);
    expect(ids(k.worlds)).toEqual(['narendra', 'qonos']);
    expect(ids(k.fleets)).toEqual(['k1', 'k2']);
  });

  it("knows every system's defence and where the other party's ships lie", () => {
    const g = miniGame();
    const { garrison, capitalGarrison } = g.rules.battle;
    const e = makeEval(g, 'federation', TRAITS.pragmatist);
    // Found when first asked, once for the plan.
    expect(e.forces).toBeNull();
    const forces = forcesOf(e);
    expect(forcesOf(e)).toBe(forces);
    const at = (id: string) => forces.defence[place(g, id)];
    expect(at('sol')).toBe(capitalGarrison + 4);
    expect(at('k7')).toBe(garrison + 5);
    expect(at('vulcan')).toBe(garrison);
    expect(at('organia')).toBe(0);
    expect(at('narendra')).toBe(garrison + 5);
    expect(at('qonos')).toBe(capitalGarrison + 4);
    expect(at('romulus')).toBe(garrison);
    const shipsAt = g.systems.filter((_, i) => forces.otherShipsAt[i]).map((x) => x.id);
    expect(shipsAt).toEqual(['narendra', 'qonos']);
    // A fleet at a world of another owner adds nothing to that world's defence.
    g.fleets = g.fleets.map((f) => (f.id === 'k1' ? { ...f, location: 'k7' } : f));
    const moved = forcesOf(makeEval(g, 'federation', TRAITS.pragmatist));
    expect(moved.defence[place(g, 'k7')]).toBe(garrison + 5);
    expect(moved.defence[place(g, 'narendra')]).toBe(garrison);
    expect(g.systems.filter((_, i) => moved.otherShipsAt[i]).map((x) => x.id)).toEqual(['k7', 'qonos']);
  });

  it('finds the chances a covert act is seen once, and a loyal copy shares them', () => {
    const g = miniGame();
    const d = g.rules.detection;
    const e = makeEval(g, 'federation', TRAITS.loyalist);
    const embassy = g.powers.klingon.embassy;
    expect(e.seenAtOnce).toBeCloseTo(
      Math.min(100, d.firstYearPercent + d.perEmbassyLevelPercent * embassy) / 100,
      12,
    );
    const years = Math.min(d.laterYears, g.lastYear - g.year);
    expect(e.seenLater).toBeCloseTo(1 - (1 - d.laterPercent / 100) ** years, 12);
    const bold = mayViolate(e);
    expect(bold.t.neverViolate).toBe(false);
    expect([bold.seenAtOnce, bold.seenLater, bold.fleets]).toEqual([e.seenAtOnce, e.seenLater, e.fleets]);
    // Blinded (its embassy expelled), the other sees less.
    g.powers.klingon = { ...g.powers.klingon, embassy: 0, embassyClosed: { how: 'expelled', year: g.year } };
    const blind = makeEval(g, 'federation', TRAITS.pragmatist);
    expect(blind.seenAtOnce).toBeCloseTo(d.blindPercent / 100, 12);
    expect(blind.seenLater).toBeCloseTo(1 - (1 - d.blindLaterPercent / 100) ** years, 12);
  });

  it("names a third power's world beside ours as prey, and where a strong fleet gathers to retake it", () => {
    const g = miniGame();
    // Tholia lies beside Vulcan (the Federation's); Romulus beside Narendra (the Klingons').
    const fed = preyOf(makeEval(g, 'federation', TRAITS.pragmatist));
    expect(fed.places).toEqual([place(g, 'tholia')]);
    // Where a fleet may gather for it: each world of ours beside it.
    expect(fed.stands.map((x) => [x.prey, x.world.id])).toEqual([[place(g, 'tholia'), 'vulcan']]);
    expect(preyOf(makeEval(g, 'klingon', TRAITS.pragmatist)).places).toEqual([place(g, 'romulus')]);
    // The other party's ships at Romulus keep it from being prey (the attack could break Article I).
    g.fleets = g.fleets.map((f) => (f.id === 'f1' ? { ...f, location: 'romulus' } : f));
    expect(preyOf(makeEval(g, 'klingon', TRAITS.pragmatist)).places).toEqual([]);

    const h = miniGame();
    h.fleets = h.fleets.map((f) => ({ ...f, strength: f.id === 'f2' ? 40 : f.id === 'f1' ? 2 : f.strength }));
    const e = makeEval(h, 'federation', TRAITS.pragmatist);
    const prey = preyOf(e);
    const fleet = (id: string) => e.fleets.find((f) => f.id === id) ?? h.fleets[0];
    const f2 = fleet('f2');
    if (!f2) throw new Error('no f2');
    // From Sol, the strong fleet gathers at Vulcan, beside Tholia; the weak one (2) does not go.
    expect(retakeFrom(e, f2, h.rules.movement.maxLanes, prey)).toBe('vulcan');
    const f1 = fleet('f1');
    if (!f1) throw new Error('no f1');
    const tholia = forcesOf(e).defence[place(h, 'tholia')] as number;
    expect(f1.strength < 1.5 * tholia).toBe(true);
    expect(retakeFrom(e, f1, h.rules.movement.maxLanes, prey)).toBeUndefined();
    // Already beside it, it stays.
    const there = { ...f2, location: 'vulcan' };
    expect(retakeFrom(e, there, h.rules.movement.maxLanes, prey)).toBeUndefined();
  });

  it('prices a violation from the priors it counts once, as the ledger charges it', () => {
    const g = miniGame();
    const r = g.rules;
    const price = (code: 'I/covert' | 'II/recall' | 'III/arms', exposure = false) =>
      chargedCost(makeEval(g, 'klingon', TRAITS.hawk), code, exposure);
    expect(price('I/covert')).toBe(r.costs['I/covert']);
    // Two violations of Article I seen this year (the Accords were signed in it): the repeat rate, twice, rounded half up.
    const seen = (code: string, party: 'klingon' | 'federation') => ({
      year: g.year,
      party,
      article: 'I' as const,
      kind: 'violation' as const,
      code,
      delta: -5,
      priors: 0,
      text: 'A violation.',
    });
    g.ledger = g.ledger.concat([
      seen('I/covert', 'klingon'),
      seen('I/attack', 'klingon'),
      seen('I/covert', 'federation'),
    ]);
    const twice = Math.floor((r.costs['I/covert'] * (100 + 2 * r.repeatPercent) + 50) / 100);
    expect(price('I/covert')).toBe(twice);
    expect(price('III/arms')).toBe(r.costs['III/arms']);
    // A protest standing against Article I raises it again; the exposure adds the cover-up first.
    g.protests = [{ by: 'federation', article: 'I', year: g.year }];
    expect(price('I/covert')).toBeGreaterThan(twice);
    for (const code of ['I/covert', 'II/recall', 'III/arms'] as const)
      for (const exposure of [false, true])
        expect(price(code, exposure)).toBe(violationCost(g, 'klingon', code, exposure));
    // Found once for the plan, and the same when asked again.
    const e = makeEval(g, 'klingon', TRAITS.hawk);
    for (const code of ['I/covert', 'III/arms'] as const)
      for (let twice = 0; twice < 2; twice++) {
        expect(seenCost(e, code)).toBe(violationCost(g, 'klingon', code));
        expect(exposedCost(e, code)).toBe(violationCost(g, 'klingon', code, true));
      }
  });

  it("reads the recent ledger in one walk as the rules' own questions answer it", () => {
    // Hawks and pragmatists break the articles, protest, and hold summits: every answer is met both ways.
    const states: GameState[] = [];
    for (const [federation, klingon] of [
      ['hawk', 'pragmatist'],
      ['pragmatist', 'hawk'],
      ['hawk', 'hawk'],
    ] as const)
      for (const id of ['khitomer-accords', 'the-withdrawal'])
        simulate(builtin(id), {
          seed: `recent-${federation}-${klingon}`,
          policies: { federation, klingon },
          onTurn: (_r, s) => states.push(s),
        });
    const met = { priors: 0, wronged: 0, unwronged: 0, summit: 0, noSummit: 0 };
    for (const s of states)
      for (const party of PARTIES) {
        const recent = recentOf(s, party);
        expect(recent.priors).toEqual(priorsByArticle(s, party, s.year));
        expect(recent.wronged !== 0).toBe(wrongedBy(s, party));
        ARTICLES.forEach((article, i) => {
          expect(wrongedUnder(recent, i)).toBe(wrongedBy(s, party, article));
        });
        expect(recent.summitRewarded).toBe(summitRewardedWithin(s, party, s.rules.rewards.summitEveryYears));
        if (recent.priors.some((k) => k > 0)) met.priors++;
        if (recent.wronged !== 0) met.wronged++;
        else met.unwronged++;
        if (recent.summitRewarded) met.summit++;
        else met.noSummit++;
      }
    for (const [what, n] of Object.entries(met)) expect([what, n > 0]).toEqual([what, true]);
  });
});
