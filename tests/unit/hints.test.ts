import { describe, expect, it } from 'vitest';
import { dismissedHints, dismissHint, HINTS_KEY, type HintStorage } from '../../src/store/hints';

function memory(initial?: string): HintStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(HINTS_KEY, initial);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
  };
}

describe('the dismissed hints', () => {
  it('are remembered one by one, each once', () => {
    const s = memory();
    expect([...dismissedHints(s)]).toEqual([]);
    dismissHint('map-and-fleets', s);
    dismissHint('the-ledger', s);
    dismissHint('map-and-fleets', s);
    expect([...dismissedHints(s)]).toEqual(['map-and-fleets', 'the-ledger']);
    expect(JSON.parse(s.data.get(HINTS_KEY) ?? '')).toEqual(['map-and-fleets', 'the-ledger']);
  });

  it('read anything but a list of names as none, and keep the names of a mixed list', () => {
    for (const bad of ['{', '"x"', '{"a":1}', 'null', '42'])
      expect([...dismissedHints(memory(bad))], bad).toEqual([]);
    expect([...dismissedHints(memory('["a", 3, null, "b"]'))]).toEqual(['a', 'b']);
  });

  it('go for the page when the storage refuses to keep them', () => {
    const full: HintStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => dismissHint('covert-acts', full)).not.toThrow();
    expect(() => dismissHint('covert-acts', null)).not.toThrow();
  });
});
