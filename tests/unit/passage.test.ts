// A course through the other party's space (Article VI, rules version 8): a trespass once, in the
// year it is sailed, unless passage is granted; a fleet keeps out when another course allows. And an
// attack on a world that changed hands earlier in the step is called off (no Article I breach).
import { describe, expect, it } from 'vitest';
import { type Order, previewOrder, type ScenarioInput } from '../../src/sim/index';
import { courseOf, crossingOf } from '../../src/sim/passage';
import { entries, miniGame, turn } from './fixtures';

/** The Federation's first fleet at Archanis IV: Romulus lies two lanes away, through Narendra III. */
const atArchanis = (s: ScenarioInput) => {
  const f1 = s.powers.federation.fleets?.[0];
  if (f1) f1.location = 'archanis';
};
const toRomulus: Order = { type: 'move', fleet: 'f1', to: 'romulus' };

describe('a course through the other party’s territory', () => {
  it('is an open VI/trespass once, in the year it is sailed, naming the world crossed', () => {
    const r = turn(miniGame(atArchanis), { federation: [toRomulus] });
    expect(r.state.fleets.find((f) => f.id === 'f1')?.location).toBe('romulus');
    expect(entries(r.report, 'federation', 'VI/trespass')).toEqual([
      expect.objectContaining({ article: 'VI', kind: 'violation', delta: -3 }),
    ]);
    expect(entries(r.report, 'federation', 'VI/trespass')[0]?.text).toContain('crosses Narendra III');
    // Beyond it the fleet lies in no one's territory of the two: the next year is clean.
    expect(entries(turn(r.state).report, 'federation', 'VI/trespass')).toEqual([]);
  });

  it('is previewed as a trespass that does not recur', () => {
    const p = previewOrder(miniGame(atArchanis), 'federation', toRomulus);
    expect(p.ok && p.value.violations).toEqual([
      expect.objectContaining({ code: 'VI/trespass', kind: 'open', cost: 3, recurring: false }),
    ]);
  });

  it('into the other’s own world is previewed as no trespass while its passage holds, and none is charged (rules version 20)', () => {
    const toNarendra: Order = { type: 'move', fleet: 'f1', to: 'narendra' };
    const g = miniGame(atArchanis);
    expect(g.systems.find((x) => x.id === 'narendra')?.owner).toBe('klingon');
    const codes = (s: typeof g) => {
      const p = previewOrder(s, 'federation', toNarendra);
      return p.ok ? p.value.violations.map((v) => v.code) : null;
    };
    expect(codes(g)).toEqual(['VI/trespass']);
    // Passage granted until a named raid strikes next year: consent this year too.
    g.powers.klingon.passageUntil = g.year + 1;
    expect(codes(g)).toEqual([]);
    const r = turn(g, { federation: [toNarendra] });
    expect(r.state.fleets.find((f) => f.id === 'f1')?.location).toBe('narendra');
    expect(entries(r.report, 'federation', 'VI/trespass')).toEqual([]);
  });

  it('is no trespass when the territory’s owner grants passage that year', () => {
    const r = turn(miniGame(atArchanis), {
      federation: [toRomulus],
      klingon: [{ type: 'grant-passage' }],
    });
    expect(r.state.fleets.find((f) => f.id === 'f1')?.location).toBe('romulus');
    expect(entries(r.report, 'federation', 'VI/trespass')).toEqual([]);
    const g = miniGame(atArchanis);
    expect(crossingOf(g, 'federation', 'archanis', 'romulus')).toBe('narendra');
    expect(crossingOf(g, 'federation', 'archanis', 'romulus', true)).toBeNull();
  });

  it('is charged once for a fleet that also ends the year in that territory', () => {
    const r = turn(miniGame(atArchanis), { federation: [{ type: 'move', fleet: 'f1', to: 'qonos' }] });
    expect(entries(r.report, 'federation', 'VI/trespass')).toHaveLength(1);
    expect(entries(r.report, 'federation', 'VI/trespass')[0]?.text).toContain("lies at Qo'noS");
  });

  it('is avoided when a course as short keeps out of it', () => {
    // From Organia, Archanis IV is two lanes through K-7 (the Federation's) or Narendra III (its own).
    const g = miniGame((s) => {
      const k1 = s.powers.klingon.fleets?.[0];
      if (k1) k1.location = 'organia';
    });
    expect(courseOf(g, 'klingon', 'organia', 'archanis', 2)).toEqual(['organia', 'narendra', 'archanis']);
    const r = turn(g, { klingon: [{ type: 'move', fleet: 'k1', to: 'archanis' }] });
    expect(r.state.fleets.find((f) => f.id === 'k1')?.location).toBe('archanis');
    expect(r.report.ledger.filter((e) => e.code === 'VI/trespass')).toEqual([]);
    const p = previewOrder(g, 'klingon', { type: 'move', fleet: 'k1', to: 'archanis' });
    expect(p.ok && p.value.violations).toEqual([]);
  });
});

describe('an attack on a world that changed hands in the step', () => {
  it('is called off: no Article I breach, and the Accords stay in force', () => {
    const g = miniGame((s) => {
      const f1 = s.powers.federation.fleets?.[0];
      if (f1) {
        f1.location = 'narendra';
        f1.strength = 60;
      }
    });
    const r = turn(g, {
      federation: [{ type: 'attack', fleet: 'f1', target: 'romulus' }],
      klingon: [{ type: 'attack', fleet: 'k1', target: 'romulus' }],
    });
    // The Federation's fleet, ordered first, takes Romulus; the Klingon attack finds it taken.
    expect(r.state.systems.find((x) => x.id === 'romulus')?.owner).toBe('federation');
    expect(entries(r.report, 'klingon', 'I/attack')).toEqual([]);
    expect(r.state.status).not.toBe('suspended');
    expect(r.report.changes.some((c) => c.text.includes('the attack is called off'))).toBe(true);
  });
});
