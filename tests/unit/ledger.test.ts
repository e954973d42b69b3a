// The ledger (DESIGN.md section 5): the repeat multiplier, Article V's forgiveness window, the
// signing as a hard line, detection of covert acts (with the victim's embassy as eyes), and the
// cover-up cost of an exposure in a later year.

import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/sim/chronicle';
import { laterWords } from '../../src/sim/covert';
import {
  ARTICLES,
  articleOf,
  firstYearDetection,
  type GameState,
  type LedgerEntry,
  previewOrder,
  priorsOf,
  repeatCost,
  type ScenarioInput,
  violationCost,
} from '../../src/sim/index';
import { priorsByArticle } from '../../src/sim/ledger';
import type { Article, Party } from '../../src/sim/types';
import { addEvents, entries, miniGame, turn, withRules } from './fixtures';

function only<T>(list: T[]): T {
  expect(list).toHaveLength(1);
  return list[0] as T;
}

/** Detection that never happens in the first year and, unless told, never later either. */
function unseen(s: ScenarioInput, later: { laterPercent?: number; laterYears?: number } = {}): void {
  withRules(s, {
    detection: {
      firstYearPercent: 0,
      perEmbassyLevelPercent: 0,
      laterPercent: later.laterPercent ?? 0,
      laterYears: later.laterYears ?? 10,
    },
  });
}

const spy = { type: 'espionage', mode: 'reveal' } as const;
const embargo = { type: 'embargo' } as const;

describe('repeat multiplier', () => {
  it('is base × (1 + repeat% × k), rounded half up, with repeatPercent from the rules', () => {
    const g = miniGame();
    expect(g.rules.repeatPercent).toBe(25);
    expect(repeatCost(g, 10, 0)).toBe(10);
    expect(repeatCost(g, 10, 2)).toBe(15); // 10 × 1.5
    expect(repeatCost(g, 25, 1)).toBe(31); // 31.25
    expect(repeatCost(g, 2, 1)).toBe(3); // 2.5 rounds half up
    expect(repeatCost(g, 3, 3)).toBe(5); // 5.25
    expect(repeatCost(g, 3, 2)).toBe(5); // 4.5 rounds half up

    const steep = miniGame((s) => withRules(s, { repeatPercent: 100 }));
    expect(repeatCost(steep, 10, 2)).toBe(30);
    const flat = miniGame((s) => withRules(s, { repeatPercent: 0 }));
    expect(repeatCost(flat, 10, 5)).toBe(10);
  });

  it('charges a trespass more each year it recurs, k being the priors of the article', () => {
    let g = miniGame((s) => {
      s.powers.federation.fleets = [{ id: 'f1', location: 'narendra', strength: 5 }];
    });
    const base = g.rules.costs['VI/trespass'];
    const seen: { priors: number; delta: number }[] = [];
    for (let year = 0; year < 4; year++) {
      const r = turn(g);
      const e = only(entries(r.report, 'federation', 'VI/trespass'));
      seen.push({ priors: e.priors, delta: e.delta });
      g = r.state;
    }
    expect(seen).toEqual([
      { priors: 0, delta: -base },
      { priors: 1, delta: -Math.floor((base * 125 + 50) / 100) },
      { priors: 2, delta: -Math.floor((base * 150 + 50) / 100) },
      { priors: 3, delta: -Math.floor((base * 175 + 50) / 100) },
    ]);
    expect(seen.map((x) => x.delta)).toEqual([-3, -4, -5, -5]);
    // Standing: 60 − 3 − 4 − 5 − 5, no clean year in any of them.
    expect(g.powers.federation.standing).toBe(43);
  });

  it('counts every code of the same article (an embargo is a prior of a later trespass)', () => {
    let g = miniGame();
    g = turn(g, { federation: [embargo] }).state;
    g = turn(g, { federation: [{ type: 'move', fleet: 'f1', to: 'narendra' }] }).state;
    const e = only(g.ledger.filter((x) => x.code === 'VI/trespass'));
    expect(e.priors).toBe(1);
    expect(e.delta).toBe(-repeatCost(g, g.rules.costs['VI/trespass'], 1));
  });

  it('does not count violations of another article, or of the other power', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 1;
    });
    // Federation: an Article II recall; Klingon: an Article VI embargo; the same year (a year later,
    // the Federation's embargo would answer the Klingon one: sanctions, no violation).
    const r = turn(g, { federation: [{ type: 'embassy', action: 'recall' }, embargo], klingon: [embargo] });
    const e = only(entries(r.report, 'federation', 'VI/embargo'));
    expect(e.priors).toBe(0);
    expect(e.delta).toBe(-g.rules.costs['VI/embargo']);
  });

  it('counts earlier violations of the same year as priors', () => {
    const g = miniGame((s) => {
      s.powers.federation.fleets = [
        { id: 'f1', location: 'narendra', strength: 2 },
        { id: 'f2', location: 'qonos', strength: 2 },
      ];
    });
    const r = turn(g);
    const list = entries(r.report, 'federation', 'VI/trespass');
    expect(list.map((e) => [e.priors, e.delta])).toEqual([
      [0, -3],
      [1, -4],
    ]);
  });
});

describe('forgiveness window (Article V: former grievances are forgotten)', () => {
  const twoYears = (s: ScenarioInput) => withRules(s, { forgivenessYears: 2 });

  it('counts a violation exactly forgivenessYears old', () => {
    let g = miniGame(twoYears);
    g = turn(g, { federation: [embargo] }).state; // 2300
    g = turn(g).state; // 2301
    const r = turn(g, { federation: [embargo] }); // 2302: 2300 is 2 years old
    const e = only(entries(r.report, 'federation', 'VI/embargo'));
    expect(e.priors).toBe(1);
    expect(e.delta).toBe(-6); // 5 × 1.25 = 6.25
  });

  it('forgives one that is older', () => {
    let g = miniGame(twoYears);
    g = turn(g, { federation: [embargo] }).state; // 2300
    g = turn(g).state; // 2301
    g = turn(g).state; // 2302
    const r = turn(g, { federation: [embargo] }); // 2303: 2300 is 3 years old
    const e = only(entries(r.report, 'federation', 'VI/embargo'));
    expect(e.priors).toBe(0);
    expect(e.delta).toBe(-5);
    expect(priorsOf(r.state, 'federation', 'VI', 2303)).toBe(1); // only the 2303 one itself
  });
});

describe('grievances from before the signing never count', () => {
  function withOldGrievances(g: GameState): GameState {
    const old = (year: number): LedgerEntry => ({
      year,
      party: 'federation',
      article: 'VI',
      kind: 'violation',
      code: 'VI/embargo',
      delta: -5,
      priors: 0,
      text: 'An old quarrel.',
    });
    // Older than the first year, so they stand at the head of the ledger.
    g.ledger = Chronicle.of([old(2298), old(2299), ...g.ledger]);
    return g;
  }

  it('ignores violations dated before the signed year, even inside the forgiveness window', () => {
    const g = withOldGrievances(miniGame()); // signed in 2300, the first year
    expect(g.signedYear).toBe(2300);
    expect(priorsOf(g, 'federation', 'VI', 2300)).toBe(0);
    const e = only(entries(turn(g, { federation: [embargo] }).report, 'federation', 'VI/embargo'));
    expect(e.priors).toBe(0);
    expect(e.delta).toBe(-5);
  });

  it('counts the same violations when they come after an earlier signing', () => {
    const g = withOldGrievances(
      miniGame((s) => {
        s.signedYear = 2295;
      }),
    );
    expect(priorsOf(g, 'federation', 'VI', 2300)).toBe(2);
    const e = only(entries(turn(g, { federation: [embargo] }).report, 'federation', 'VI/embargo'));
    expect(e.priors).toBe(2);
    expect(e.delta).toBe(-8); // 5 × 1.5 = 7.5, rounded half up
  });
});

describe('priors of every article at once', () => {
  it("counts each article's violations by the party within the forgiveness window, by the place in ARTICLES", () => {
    const g = miniGame((s) => {
      s.signedYear = 2280;
    });
    const window = g.rules.forgivenessYears;
    const entry = (
      year: number,
      party: Party,
      article: Article | null,
      kind: LedgerEntry['kind'],
    ): LedgerEntry => ({
      year,
      party,
      article,
      kind,
      code: article === null ? 'reward/clean-year' : `${article}/test`,
      delta: -1,
      priors: 0,
      text: 'A test entry.',
    });
    g.ledger = g.ledger.concat([
      entry(2300 - window - 1, 'federation', 'I', 'violation'), // forgiven
      entry(2300 - window, 'federation', 'I', 'violation'),
      entry(2296, 'federation', 'IV', 'exposure'),
      entry(2297, 'klingon', 'IV', 'violation'), // the other party's
      entry(2298, 'federation', 'I', 'reward'), // a reward counts for nothing
      entry(2299, 'federation', null, 'reward'),
      entry(2299, 'federation', 'VI', 'violation'),
      entry(2300, 'federation', 'I', 'violation'),
    ]);
    expect(priorsByArticle(g, 'federation', 2300)).toEqual([2, 0, 0, 1, 0, 1]);
    expect(priorsByArticle(g, 'klingon', 2300)).toEqual([0, 0, 0, 1, 0, 0]);
    // A year later the oldest of them is forgiven too.
    expect(priorsByArticle(g, 'federation', 2301)).toEqual([1, 0, 0, 1, 0, 1]);
  });
});

describe('detection of covert acts', () => {
  it('is firstYearPercent plus perEmbassyLevelPercent for each level of the victim’s embassy', () => {
    const chances = [0, 1, 2, 3].map((level) =>
      firstYearDetection(
        miniGame((s) => {
          s.powers.klingon.embassy = level;
        }),
        'federation',
      ),
    );
    expect(chances).toEqual([30, 40, 50, 60]);
  });

  it('looks at the victim’s embassy, not the spy’s own', () => {
    const g = miniGame((s) => {
      s.powers.federation.embassy = 3;
      s.powers.klingon.embassy = 1;
    });
    expect(firstYearDetection(g, 'federation')).toBe(40); // the Klingon embassy watches the Federation
    expect(firstYearDetection(g, 'klingon')).toBe(60);
  });

  it('never exceeds 100%', () => {
    const g = miniGame((s) => {
      withRules(s, { detection: { firstYearPercent: 80, perEmbassyLevelPercent: 10 } });
      s.powers.klingon.embassy = 3;
    });
    expect(firstYearDetection(g, 'federation')).toBe(100);
  });

  it('at 100% charges the act in its own year at the base cost, and costs the clean-year reward', () => {
    const g = miniGame((s) =>
      withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } }),
    );
    const r = turn(g, { federation: [spy] });
    const e = only(entries(r.report, 'federation', 'I/covert'));
    expect(e).toMatchObject({ year: 2300, article: 'I', kind: 'violation', delta: -10, priors: 0 });
    expect(entries(r.report, 'federation', 'clean-year')).toHaveLength(0);
    expect(r.state.powers.federation.standing).toBe(50);
    expect(r.state.covert.map((c) => c.detected)).toEqual([true]);
  });

  it('at 0% leaves the act hidden: no cost, and the year counts as clean', () => {
    const g = miniGame((s) => unseen(s));
    const r = turn(g, { federation: [spy] });
    expect(entries(r.report, 'federation', 'I/covert')).toHaveLength(0);
    expect(entries(r.report, 'federation', 'clean-year')).toHaveLength(1);
    expect(r.state.powers.federation.standing).toBe(61);
    expect(r.state.covert).toHaveLength(1);
    expect(r.state.covert[0]).toMatchObject({ party: 'federation', code: 'I/covert', detected: false });
  });

  it('makes the victim’s embassy the eyes that see: certain with an embassy, never without', () => {
    const rules = (s: ScenarioInput) =>
      withRules(s, { detection: { firstYearPercent: 0, perEmbassyLevelPercent: 100, laterPercent: 0 } });
    const watched = miniGame((s) => {
      rules(s);
      s.powers.klingon.embassy = 1;
    });
    const blind = miniGame((s) => {
      rules(s);
      s.powers.federation.embassy = 3; // the spy's own embassy does not matter
    });
    expect(entries(turn(watched, { federation: [spy] }).report, 'federation', 'I/covert')).toHaveLength(1);
    expect(entries(turn(blind, { federation: [spy] }).report, 'federation', 'I/covert')).toHaveLength(0);
  });

  it('costs the Federation support when its covert operation is seen', () => {
    const g = miniGame((s) =>
      withRules(s, { detection: { firstYearPercent: 100, perEmbassyLevelPercent: 0 } }),
    );
    const r = turn(g, { federation: [spy], klingon: [spy] });
    expect(r.state.powers.federation.support).toBe(60 + g.rules.support.federationExposedCovert);
    expect(r.state.powers.federation.support).toBe(54);
    expect(r.state.powers.klingon.support).toBe(60);
  });
});

describe('exposure in a later year (the cover-up)', () => {
  it('costs the base × exposurePercent, as an exposure, the next year', () => {
    let g = miniGame((s) => unseen(s, { laterPercent: 100 }));
    g = turn(g, { federation: [spy] }).state;
    expect(g.powers.federation.standing).toBe(61);
    const r = turn(g);
    const e = only(entries(r.report, 'federation', 'I/covert'));
    expect(e).toMatchObject({ year: 2301, article: 'I', kind: 'exposure', priors: 0 });
    expect(e.delta).toBe(-Math.floor((10 * g.rules.detection.exposurePercent + 50) / 100));
    expect(e.delta).toBe(-15);
    expect(r.state.powers.federation.standing).toBe(46); // 61 − 15, no clean year
    expect(r.state.powers.federation.support).toBe(54); // the Council's −6
    expect(r.state.covert[0]?.detected).toBe(true);
  });

  it('rounds the cover-up half up and reads exposurePercent from the rules', () => {
    // Covert arms cost 15: × 1.5 = 22.5 → 23. Here an escape (12) with exposurePercent 200 → 24.
    const g = miniGame((s) => {
      unseen(s, { laterPercent: 100 });
      withRules(s, { detection: { ...s.rules?.detection, exposurePercent: 200 } });
    });
    expect(violationCost(g, 'klingon', 'V/escape', true)).toBe(24);
    expect(violationCost(g, 'federation', 'III/arms', true)).toBe(30);
    const plain = miniGame();
    expect(violationCost(plain, 'federation', 'III/arms', true)).toBe(23);
  });

  it('multiplies the cover-up by the repeat multiplier too', () => {
    let g = miniGame((s) => unseen(s, { laterPercent: 100 }));
    g = turn(g, { federation: [spy] }).state; // 2300: unseen
    const r1 = turn(g, { federation: [spy] }); // 2301: the 2300 act comes out; a second unseen act
    expect(only(entries(r1.report, 'federation', 'I/covert'))).toMatchObject({ priors: 0, delta: -15 });
    const r2 = turn(r1.state); // 2302: the 2301 act comes out, one prior
    expect(only(entries(r2.report, 'federation', 'I/covert'))).toMatchObject({
      kind: 'exposure',
      priors: 1,
      delta: -19, // 15 × 1.25 = 18.75
    });
  });

  it('is rolled only for laterYears years after the act', () => {
    let g = miniGame((s) => unseen(s, { laterPercent: 100, laterYears: 0 }));
    g = turn(g, { federation: [spy] }).state;
    for (let i = 0; i < 3; i++) {
      const r = turn(g);
      expect(entries(r.report, 'federation', 'I/covert')).toHaveLength(0);
      g = r.state;
    }
    expect(g.covert[0]?.detected).toBe(false);

    let h = miniGame((s) => unseen(s, { laterPercent: 100, laterYears: 1 }));
    h = turn(h, { federation: [spy] }).state;
    expect(entries(turn(h).report, 'federation', 'I/covert')).toHaveLength(1);
  });

  it('never comes at laterPercent 0', () => {
    let g = miniGame((s) => unseen(s, { laterPercent: 0 }));
    g = turn(g, { federation: [spy] }).state;
    for (let i = 0; i < 4; i++) g = turn(g).state;
    expect(g.ledger.filter((e) => e.code === 'I/covert')).toHaveLength(0);
    expect(g.powers.federation.standing).toBe(65);
  });

  it('comes with an intelligence leak even past the yearly window', () => {
    let g = miniGame((s) => {
      unseen(s, { laterPercent: 0, laterYears: 1 });
      addEvents(s, { year: 2303, type: 'exposure' });
    });
    g = turn(g, { federation: [spy] }).state; // 2300
    g = turn(g).state; // 2301
    g = turn(g).state; // 2302: the leak is revealed as 2303 opens
    expect(g.year).toBe(2303);
    expect(g.powers.federation.support).toBe(54); // the Council hears of it at once
    const r = turn(g);
    const e = only(entries(r.report, 'federation', 'I/covert'));
    expect(e).toMatchObject({ year: 2303, kind: 'exposure', delta: -15 });
    // 60 + 3 clean years, then the exposure.
    expect(r.state.powers.federation.standing).toBe(48);
  });

  // Playtest 15 read "Exposed years later" twice in one report: the standing line and a note of the
  // detection that said it again (the screen then dropped the note by a regex). Said once, by the sim.
  it('is told once in the year’s report: its standing line, with how it was seen and the cover-up', () => {
    const told = (r: ReturnType<typeof turn>) => r.report.changes.filter((c) => c.text.includes('steals'));
    const theft = { type: 'espionage', mode: 'steal' } as const;
    let g = miniGame((s) => unseen(s, { laterPercent: 100 }));
    g = turn(g, { federation: [theft] }).state;
    const later = only(told(turn(g)));
    expect(later).toMatchObject({ kind: 'standing', party: 'federation', delta: -15 });
    expect(later.text).toMatch(/\(Exposed a year later, with the cover-up\)$/);
    // Playtest 25 read "years later" of an act exposed the year after: the years are counted.
    expect(laterWords(3)).toBe('3 years later');
    const seen = miniGame((s) => withRules(s, { detection: { firstYearPercent: 100 } }));
    const once = told(turn(seen, { federation: [theft] })).filter((c) => c.text.includes('(Seen at once)'));
    expect(once).toEqual([expect.objectContaining({ kind: 'standing', delta: -10 })]);
  });

  it('counts as a prior of the same article afterwards', () => {
    let g = miniGame((s) => unseen(s, { laterPercent: 100 }));
    g = turn(g, { federation: [spy] }).state;
    g = turn(g).state; // exposed in 2301
    expect(priorsOf(g, 'federation', 'I', g.year)).toBe(1);
    expect(violationCost(g, 'federation', 'I/covert')).toBe(13); // 10 × 1.25 = 12.5
  });
});

describe('previews show the ledger’s price', () => {
  it('gives a covert order its cost, its chance of being seen and its cover-up cost', () => {
    const g = miniGame((s) => {
      s.powers.klingon.embassy = 2;
    });
    const p = previewOrder(g, 'federation', spy);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.violations).toEqual([
      expect.objectContaining({
        article: 'I',
        code: 'I/covert',
        kind: 'covert',
        cost: 10,
        chance: 50,
        exposureCost: 15,
      }),
    ]);
    expect(p.value.cost.influence).toBe(g.rules.influence.diplomacy);
  });

  it('prices an open violation with the current priors', () => {
    let g = miniGame();
    g = turn(g, { federation: [embargo] }).state;
    const p = previewOrder(g, 'federation', embargo);
    expect(p.ok && p.value.violations[0]).toMatchObject({
      code: 'VI/embargo',
      kind: 'open',
      cost: 6,
      chance: 100,
    });
    const r = turn(g, { federation: [embargo] });
    expect(only(entries(r.report, 'federation', 'VI/embargo')).delta).toBe(-6);
  });
});

describe('standing stays within 0–100', () => {
  it('does not rise above 100', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 100;
      s.powers.federation.embassy = 2;
    });
    const r = turn(g);
    expect(r.state.powers.federation.standing).toBe(100);
  });

  it('does not fall below 0 (and the Accords collapse there)', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 3;
    });
    const r = turn(g, { federation: [embargo] });
    expect(r.state.powers.federation.standing).toBe(0);
    const change = r.report.changes.find((c) => c.kind === 'standing' && c.party === 'federation');
    // The report carries the charge itself; the standing stops at 0.
    expect(change).toMatchObject({ from: 3, to: 0, delta: -g.rules.costs['VI/embargo'] });
  });
});

describe('articleOf', () => {
  it('gives every violation code its article, as the shared literal of ARTICLES', () => {
    const codes = Object.keys(miniGame().rules.costs) as (keyof GameState['rules']['costs'])[];
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      const article = articleOf(code);
      expect(article, code).toBe(code.slice(0, code.indexOf('/')));
      expect(ARTICLES).toContain(article);
    }
    // Every article has codes, so each branch of the numeral's reading is taken.
    expect(new Set(codes.map(articleOf))).toEqual(new Set(ARTICLES));
  });
});
