// The scenarios shipped as their own files (fetched when chosen on New game): the list's titles and
// years are the files', each file passes the parser, and a failed fetch is a refusal, not a throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, LATER_SCENARIOS, loadLaterScenario } from '../../src/sim/index';

describe('scenarios fetched when chosen', () => {
  it('are the two scenarios built with the editor, listed as their files say, and no first-load built-in', () => {
    expect(LATER_SCENARIOS.map((x) => x.id)).toEqual(['klingon-civil-war', 'dominion-war']);
    for (const later of LATER_SCENARIOS) {
      const file = JSON.parse(readFileSync(`levels/${later.id}.json`, 'utf8'));
      expect({
        id: later.id,
        title: later.title,
        firstYear: later.firstYear,
        lastYear: later.lastYear,
      }).toEqual({
        id: file.id,
        title: file.title,
        firstYear: file.firstYear,
        lastYear: file.lastYear,
      });
      expect(Object.hasOwn(BUILTIN_SCENARIOS, later.id)).toBe(false);
    }
  });

  it('are parsed when fetched, the same scenario as the file', async () => {
    const r = await loadLaterScenario('dominion-war');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.title).toBe('The Dominion War');
      expect(r.value.map.systems.some((x) => x.id === 'chin-toka' && x.owner === 'dominion')).toBe(true);
    }
  });

  it('refuse an unknown id and a fetch that fails with a sentence', async () => {
    const unknown = await loadLaterScenario('the-borg-war');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error[0]?.code).toBe('scenario/unknown-id');
    const offline = LATER_SCENARIOS.map((x) => ({ ...x, fetch: () => Promise.reject(new Error('offline')) }));
    const r = await loadLaterScenario('klingon-civil-war', offline);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error[0]?.code).toBe('scenario/not-fetched');
      expect(r.error[0]?.message).toBe(
        'The Klingon Civil War could not be fetched (Error: offline); try again',
      );
    }
    const online = await loadLaterScenario('klingon-civil-war');
    expect(online.ok && online.value.firstYear).toBe(2367);
  });
});
