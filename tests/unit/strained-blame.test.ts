// Rules version 23: strained Accords blame a government that keeps silent, not one that answered the
// other's breaches that year (a demand for reparations, sanctions) or keeps its embassy recalled in
// protest while its own standing does not strain them. Playtest 34's loyal Federation lost support
// from 76 to 31, blamed every year for a hawk's standing, with nothing it could do about it. Since
// rules version 24 the standing is read as the year opened and at its end (playtest 36).
import { describe, expect, it } from 'vitest';
import type { GameState, Order, Party, TurnReport } from '../../src/sim/index';
import { definitionOf } from '../../src/sim/orders/index';
import { miniGame, turn } from './fixtures';

const STRAINED = "The Accords were strained this year (the Klingon Empire's standing is";

/** The mini game under strained Accords: the Klingon Empire's embargo seen, its standing below 40. */
function strainedByTheEmpire(edit?: Parameters<typeof miniGame>[0]): GameState {
  const g = miniGame((s) => {
    s.powers.klingon.standing = 34;
    edit?.(s);
  });
  // An embargo seen (VI/embargo, open): a breach the Federation can answer, and strained Accords.
  const seen = turn(g, { klingon: [{ type: 'embargo' }] }).state;
  seen.status = 'strained';
  return seen;
}

/** Each party's strained-year line: its delta (undefined when spared) and its words. */
function strainLines(report: TurnReport): [Party | null, number | undefined, string][] {
  return report.changes
    .filter((c) => c.cause.rule === 'strained')
    .map((c) => [c.party, c.delta, c.text] as [Party | null, number | undefined, string]);
}

describe('the blame of strained Accords', () => {
  it('falls on both governments when neither answered', () => {
    const g = strainedByTheEmpire();
    const r = turn(g);
    const lines = strainLines(r.report);
    expect(lines.map(([p, d]) => [p, d])).toEqual([
      ['federation', g.rules.support.strainedPerYear],
      ['klingon', g.rules.support.strainedPerYear],
    ]);
    for (const [, , text] of lines) expect(text).toMatch(/: both governments are blamed\.$/);
  });

  const answers: [string, Order[], NonNullable<Parameters<typeof miniGame>[0]>][] = [
    ['a demand for reparations', [{ type: 'demand-reparations' }], () => {}],
    ['sanctions', [{ type: 'embargo' }], () => {}],
    [
      'its embassy recalled in protest',
      [{ type: 'embassy', action: 'recall' }],
      (s) => {
        s.powers.federation.embassy = 1;
      },
    ],
  ];
  for (const [name, orders, edit] of answers) {
    it(`spares the government that answered with ${name}, and says whose the blame is`, () => {
      const g = strainedByTheEmpire(edit);
      const before = g.powers.federation.support;
      const r = turn(g, { federation: orders });
      const words = `${STRAINED} ${r.state.powers.klingon.standing}, below 40): the Klingon Empire's government is blamed; the Federation answered the Klingon Empire's breaches this year and is spared.`;
      expect(strainLines(r.report)).toEqual([
        ['federation', undefined, words],
        ['klingon', g.rules.support.strainedPerYear, words],
      ]);
      // No strain in its support: what else the year did is all that moved it.
      const others = r.report.changes
        .filter((c) => c.kind === 'support' && c.party === 'federation' && c.cause.rule !== 'strained')
        .reduce((n, c) => n + (c.delta ?? 0), 0);
      expect(r.state.powers.federation.support).toBe(before + others);
    });
  }

  it('still blames a power that answered while its own standing strains the Accords', () => {
    const g = strainedByTheEmpire((s) => {
      s.powers.federation.standing = 35;
    });
    const r = turn(g, { federation: [{ type: 'demand-reparations' }] });
    expect(r.state.powers.federation.standing).toBeLessThan(40);
    expect(strainLines(r.report).map(([p, d]) => [p, d])).toEqual([
      ['federation', g.rules.support.strainedPerYear],
      ['klingon', g.rules.support.strainedPerYear],
    ]);
  });

  it('blames a power whose standing strained the Accords as the year opened, though it rose to the line by its end (rules version 24)', () => {
    const g = strainedByTheEmpire((s) => {
      s.powers.federation.standing = 38;
    });
    expect(g.powers.federation.standing).toBeLessThan(40);
    const r = turn(g, { federation: [{ type: 'demand-reparations' }] });
    // Its clean year lifts it to the line before step i: read at the end alone, it would be spared.
    expect(r.state.powers.federation.standing).toBeGreaterThanOrEqual(40);
    const lines = strainLines(r.report);
    expect(lines.map(([p, d]) => [p, d])).toEqual([
      ['federation', g.rules.support.strainedPerYear],
      ['klingon', g.rules.support.strainedPerYear],
    ]);
    for (const [, , text] of lines) expect(text).toMatch(/: both governments are blamed\.$/);
  });

  it('still blames both while the Accords are suspended: a crisis is both governments’ failure', () => {
    const g = strainedByTheEmpire();
    g.status = 'suspended';
    g.everSuspended = true;
    const r = turn(g, { federation: [{ type: 'demand-reparations' }] });
    expect(strainLines(r.report)).toEqual([
      [
        'federation',
        g.rules.support.strainedPerYear,
        'The Accords were suspended this year: both governments are blamed.',
      ],
      [
        'klingon',
        g.rules.support.strainedPerYear,
        'The Accords were suspended this year: both governments are blamed.',
      ],
    ]);
  });

  it('spares a government with no breach of the other seen lately to answer (rules version 26)', () => {
    // The Empire's standing strains the Accords; no breach of it was seen before this year.
    const g = miniGame((s) => {
      s.status = 'strained';
      s.powers.klingon.standing = 30;
    });
    const r = turn(g);
    const words = `${STRAINED} ${r.state.powers.klingon.standing}, below 40): the Klingon Empire's government is blamed; the Federation had no breach of the Klingon Empire's seen lately to answer and is spared.`;
    expect(strainLines(r.report)).toEqual([
      ['federation', undefined, words],
      ['klingon', g.rules.support.strainedPerYear, words],
    ]);
    // A breach seen this year asks its answer next year: it spares this year still.
    const seenNow = turn(g, { klingon: [{ type: 'embargo' }] });
    expect(strainLines(seenNow.report).map(([p, d]) => [p, d])).toEqual([
      ['federation', undefined],
      ['klingon', g.rules.support.strainedPerYear],
    ]);
    // The next year it has one to answer, and silence is blamed.
    expect(strainLines(turn(seenNow.state).report).map(([p, d]) => [p, d])).toEqual([
      ['federation', g.rules.support.strainedPerYear],
      ['klingon', g.rules.support.strainedPerYear],
    ]);
    // Reparations paid settle it: nothing is left to answer, and the blame is the Empire's alone.
    const settled = turn(seenNow.state, { federation: [{ type: 'demand-reparations' }] });
    const paid = turn(settled.state, { klingon: [{ type: 'reparations', answer: 'pay' }] });
    const next = turn(paid.state);
    expect(next.state.status).toBe('strained');
    expect(strainLines(next.report).map(([p, d]) => [p, d])).toEqual([
      ['federation', undefined],
      ['klingon', g.rules.support.strainedPerYear],
    ]);
  });

  it('an unprovoked embargo is a breach, not an answer: a power with nothing to answer is spared for that alone', () => {
    const g = miniGame((s) => {
      s.status = 'strained';
      s.powers.klingon.standing = 30;
    });
    const r = turn(g, { federation: [{ type: 'embargo' }] });
    // Charged as a breach in standing, and spared as a power with nothing to answer, not as an answer.
    expect(r.report.changes.some((c) => c.party === 'federation' && c.cause.rule === 'VI/embargo')).toBe(
      true,
    );
    expect(strainLines(r.report).map(([p, d, text]) => [p, d, text.split(': ').at(-1)])).toEqual([
      [
        'federation',
        undefined,
        "the Klingon Empire's government is blamed; the Federation had no breach of the Klingon Empire's seen lately to answer and is spared.",
      ],
      [
        'klingon',
        g.rules.support.strainedPerYear,
        "the Klingon Empire's government is blamed; the Federation had no breach of the Klingon Empire's seen lately to answer and is spared.",
      ],
    ]);
  });
});

describe('the answers’ rows under strained Accords', () => {
  const effect = (s: GameState, order: Order) => definitionOf(order).effect(s, 'federation', order as never);
  const SPARED =
    " The Accords are strained: an answer this year spares your government the Council's blame (−2 support), if your standing is still 40 or more at the year's end.";

  it('say what an answer spares, on the demand, the sanctions and the recall in protest', () => {
    const g = strainedByTheEmpire((s) => {
      s.powers.federation.embassy = 1;
    });
    expect(effect(g, { type: 'demand-reparations' })).toContain(
      `or refuse (and be cheered at home for it).${SPARED}`,
    );
    expect(effect(g, { type: 'embargo' })).toContain(
      `Sanctions answering a breach seen lately: no violation.${SPARED}`,
    );
    expect(effect(g, { type: 'embassy', action: 'recall' })).toContain(
      `In protest at a breach seen lately: no violation.${SPARED}`,
    );
  });

  it('say nothing of it when the answer would spare nothing', () => {
    const inForce = strainedByTheEmpire();
    inForce.status = 'in-force';
    const low = strainedByTheEmpire();
    low.powers.federation.standing = 39;
    const recalled = strainedByTheEmpire();
    recalled.powers.federation.embassyClosed = { how: 'recalled', year: recalled.year - 1 };
    for (const s of [inForce, low, recalled])
      expect(effect(s, { type: 'demand-reparations' })).not.toContain('spares your government');
    // An unprovoked embargo is no answer.
    expect(effect(strainedByTheEmpire(), { type: 'embargo' })).toContain('spares your government');
    const unprovoked = miniGame((s) => {
      s.status = 'strained';
    });
    expect(effect(unprovoked, { type: 'embargo' })).not.toContain('spares your government');
  });
});
