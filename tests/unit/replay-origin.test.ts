// What a replay says of itself, the same in the command line and the browser: the scenario named as
// what it is, and how many state hashes a verification compared.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/index';
import {
  compactForLink,
  hashesCompared,
  originText,
  scenarioOrigin,
  verifyReplay,
} from '../../src/sim/replay/index';
import { builtin, miniScenario } from './fixtures';
import { record } from './replay-fixtures';

describe('the scenario a replay was played on', () => {
  const eve = builtin('centennial-eve');
  it('a built-in named by its id is the built-in, and says nothing more', () => {
    const r = record(eve, 'origin-builtin', 'loyalist', 'random');
    expect(scenarioOrigin(r)).toBe('built-in');
    expect(originText(r, eve.title)).toBeNull();
  });

  it('a scenario of its own is carried', () => {
    const r = record(miniScenario(), 'origin-mini', 'loyalist', 'random');
    expect(scenarioOrigin(r)).toBe('carried');
    expect(originText(r, 'Mini')).toBe('"Mini", a scenario the replay carries');
  });

  it('a changed copy under a built-in’s id and title is named as a copy, not the built-in', () => {
    const copy = { ...eve, powers: { ...eve.powers, klingon: { ...eve.powers.klingon, reserves: 1 } } };
    const r = record(copy as Scenario, 'origin-forged', 'loyalist', 'random');
    expect(r.scenario.id).toBe('centennial-eve');
    expect(scenarioOrigin(r)).toBe('changed-built-in');
    expect(originText(r, eve.title)).toBe(
      `"${eve.title}", carried by the replay: not the built-in "centennial-eve" but a copy changed from it`,
    );
  });
});

describe('the hashes a verification compares', () => {
  const r = record('centennial-eve', 'origin-hashes', 'loyalist', 'random');
  const years = r.turns.length;

  it('every year’s of a file, every tenth and the last of a link, as verifyReplay counts them', () => {
    expect(years).toBeGreaterThan(2);
    expect(hashesCompared(r, years)).toBe(years);
    const v = verifyReplay(r);
    expect(v.ok && v.hashesChecked).toBe(years);
    const link = compactForLink(r);
    const kept = link.turns.filter((t) => t.hash !== null).length;
    expect(kept).toBeLessThan(years);
    expect(hashesCompared(link, years)).toBe(kept);
    const w = verifyReplay(link);
    expect(w.ok && w.hashesChecked).toBe(kept);
  });

  it('only those of the years asked for, and never past the replay’s end', () => {
    expect(hashesCompared(r, 2)).toBe(2);
    expect(hashesCompared(r, 0)).toBe(0);
    expect(hashesCompared(r, years + 50)).toBe(years);
  });
});
