// The last year's parade line and the end screen's reasons (playtest 18): unspent reserves said
// while they can still buy ships, and a fallen government shown what drained its support.
import { describe, expect, it } from 'vitest';
import { collapseLine, largestLosses, supportCourse } from '../../src/game/ui/fall';
import { paradeLine, paradeRoom, unspentLine } from '../../src/game/ui/parade';
import type { GameState, TurnReport } from '../../src/sim/index';
import { miniGame, turn } from './fixtures';

function lastYear(reserves: number): GameState {
  const g = miniGame();
  return {
    ...g,
    // The last year orders are given: the game ends as lastYear begins.
    year: g.lastYear - 1,
    powers: { ...g.powers, federation: { ...g.powers.federation, reserves } },
  };
}

describe('the parade in the last year', () => {
  it('says what the reserves left could still build, and the points, at the yards that have room', () => {
    const s = lastYear(96);
    const e = s.rules.economy;
    const yards = s.systems.filter((x) => x.owner === 'federation' && x.shipyard).length;
    const ships = Math.min(yards * e.maxBuildPerYard, Math.floor(96 / e.shipCost));
    const room = paradeRoom(s, 'federation', []);
    expect(room?.ships).toBe(ships);
    expect(room?.points).toBeGreaterThan(0);
    expect(paradeLine(s, 'federation', [])).toContain(`Your 96 reserves could still build ${ships} ship`);
    // The parade is named by no place (playtest 31 read "at Khitomer" with Khitomer in rebel hands).
    expect(paradeLine(s, 'federation', [])).toContain(
      `ships kept to the end count in the parade (${s.rules.scoring.paradeShipsPerPoint} ships a point)`,
    );
    // A build queued takes its reserves and its yard's room.
    const after = paradeRoom(s, 'federation', [{ type: 'build', system: 'sol', ships: 1 }]);
    expect(after?.reserves).toBe(96 - e.shipCost);
  });
  it('says nothing before the last year, nor with no reserves', () => {
    expect(paradeLine(miniGame(), 'federation', [])).toBeNull();
    expect(paradeLine(lastYear(0), 'federation', [])).toBeNull();
  });
  it("the end's line names each power's reserves left, and whose parade was full already", () => {
    const s = lastYear(96);
    const sc = s.rules.scoring;
    expect(unspentLine(s, ['federation', 'klingon'], (p) => p)).toBe(
      `Reserves left unspent at the end, which earn nothing (ships built in the last year would have paraded, ${sc.paradeShipsPerPoint} a point, up to ${sc.paradeMax} points): federation 96, klingon ${s.powers.klingon.reserves}.`,
    );
    // The Federation's fleets enough for the most the parade gives: more ships would add nothing.
    const full = {
      ...s,
      fleets: s.fleets.map((f) =>
        f.owner === 'federation' ? { ...f, strength: sc.paradeMax * sc.paradeShipsPerPoint } : f,
      ),
    };
    expect(unspentLine(full, ['federation', 'klingon'], (p) => p)).toContain(
      `federation 96 (its parade was full already), klingon ${s.powers.klingon.reserves}.`,
    );
  });
});

describe("the end's unspent reserves and the last year's income", () => {
  it('says how many of them came in after the orders, as the last report paid them (playtest 35)', () => {
    const r = turn(lastYear(1));
    expect(r.state.phase).toBe('ended');
    const income = r.report.changes
      .filter((c) => c.party === 'federation' && c.cause.rule === 'income')
      .reduce((n, c) => n + (c.delta ?? 0), 0);
    expect(income).toBeGreaterThan(0);
    expect(r.state.powers.federation.reserves).toBe(1 + income);
    expect(unspentLine(r.state, ['federation'], (p) => p, r.report)).toContain(
      `federation ${1 + income} (${income} of them the last year's income, paid after the orders).`,
    );
    // Without the report, the line says only what is left.
    expect(unspentLine(r.state, ['federation'], (p) => p)).toContain(`federation ${1 + income}.`);
  });
});

describe('why a game ended', () => {
  it('a fallen government: support over the years from the history, and the largest losses, largest first', () => {
    let s = miniGame();
    for (let i = 0; i < 3; i++) s = turn(s).state;
    const course = supportCourse(s, 'federation');
    expect(course).toMatch(/^Support of the Federation over the years: 2300 \d+ → 2301 \d+ → 2302 \d+\.$/);
    const report = (year: number, deltas: number[]): TurnReport =>
      ({
        year,
        changes: deltas.map((delta) => ({
          kind: 'support',
          party: 'federation',
          delta,
          article: null,
          cause: {},
          text: `loss of ${-delta}`,
        })),
      }) as unknown as TurnReport;
    const losses = largestLosses(s, [report(2300, [-2, 3]), report(2301, [-8, -1])], 'federation', [], 2);
    expect(losses).toEqual(['2301 · −8 · loss of 8', '2300 · −2 · loss of 2']);
  });
  it('a collapse: who suspended, and when', () => {
    const s = miniGame();
    expect(collapseLine(s)).toBeNull();
    expect(collapseLine({ ...s, suspendedSince: 2305, suspendedBy: 'klingon' })).toBe(
      "The Accords were suspended in 2305 by the Klingon Empire's order, and no summit restored them before they collapsed.",
    );
  });
});
