// Rules version 8, Article IV: generous aid is remembered (goodwill: output for good on the giver's
// least developed world), for the other power's disaster and a third power's alike; a disaster that
// asks nothing is no obligation and no decision.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/sim/design/index';
import type { GameState, ScenarioInput } from '../../src/sim/index';
import { addEvents, entries, miniGame, qonosDisaster, type TimelineInput, turn, withRules } from './fixtures';

const OB = 'e2300-t0-aid';
const aid = (amount: number) => ({ type: 'aid' as const, target: OB, amount });
const disaster =
  (extra: Partial<TimelineInput> = {}, rules?: (s: ScenarioInput) => void) =>
  (s: ScenarioInput) => {
    addEvents(s, qonosDisaster(extra));
    rules?.(s);
  };
const output = (s: GameState, id: string) => s.systems.find((x) => x.id === id)?.output;

describe('goodwill', () => {
  it('generous aid to the other power raises the giver’s least developed world by goodwillOutput, and says so', () => {
    const g = miniGame(disaster());
    expect(output(g, 'k7')).toBe(2); // the Federation's least developed world
    const r = turn(g, { federation: [aid(15)] });
    const gain = r.state.rules.lasting.goodwillOutput;
    expect(gain).toBeGreaterThan(0);
    expect(output(r.state, 'k7')).toBe(2 + gain);
    expect(output(r.state, 'sol')).toBe(10);
    expect(r.report.changes).toContainEqual(
      expect.objectContaining({ kind: 'industry', party: 'federation', system: 'k7', delta: gain }),
    );
    expect(r.report.changes.some((c) => c.kind === 'industry' && c.text.startsWith('Goodwill'))).toBe(true);
  });

  it('aid in full that is not generous earns no goodwill', () => {
    const r = turn(miniGame(disaster()), { federation: [aid(14)] });
    expect(entries(r.report, 'federation', 'IV/aid')).toHaveLength(1);
    expect(output(r.state, 'k7')).toBe(2);
  });

  it('generous relief of a third power’s disaster settles its refugees on the giver’s world', () => {
    const g = miniGame(disaster({ victim: 'romulan', system: 'romulus' }));
    const r = turn(g, { klingon: [aid(15)] });
    const gain = r.state.rules.lasting.goodwillOutput;
    expect(output(r.state, 'narendra')).toBe(2 + gain); // the Empire's least developed world
    expect(output(r.state, 'k7')).toBe(2);
    expect(r.report.changes.some((c) => c.kind === 'industry' && /refugees/.test(c.text))).toBe(true);
  });

  it('a scenario may turn it off', () => {
    const g = miniGame(disaster({}, (s) => withRules(s, { lasting: { goodwillOutput: 0 } })));
    const r = turn(g, { federation: [aid(15)] });
    expect(entries(r.report, 'federation', 'IV/aid-generous')).toHaveLength(1);
    expect(output(r.state, 'k7')).toBe(2);
  });
});

describe('a disaster that asks nothing', () => {
  it('is no obligation: no decision to make and no reward for nothing', () => {
    const g = miniGame(disaster({ need: 0 }));
    expect(g.events.map((e) => e.type)).toEqual(['disaster']);
    expect(g.obligations).toEqual([]);
    expect(findDecisions(g, 'federation').filter((d) => d.kind === 'disaster-aid')).toEqual([]);
    const r = turn(g);
    expect(entries(r.report, 'federation', 'IV/aid')).toEqual([]);
  });

  it('while a disaster that asks something is a decision of the other power', () => {
    const g = miniGame(disaster());
    expect(findDecisions(g, 'federation').map((d) => d.kind)).toContain('disaster-aid');
    expect(findDecisions(g, 'klingon').map((d) => d.kind)).not.toContain('disaster-aid');
  });
});
