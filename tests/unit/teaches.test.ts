import { describe, expect, it } from 'vitest';
import { loadBuiltinScenario, scenarioHash } from '../../src/sim/index';

describe('what a scenario teaches', () => {
  it('is filled in for every shipped scenario and leaves the scenario hash as it was', () => {
    for (const id of ['centennial-eve', 'khitomer-accords', 'the-withdrawal']) {
      const r = loadBuiltinScenario(id);
      if (!r.ok) throw new Error(`${id} does not load`);
      expect(r.value.teaches?.length, id).toBeGreaterThan(40);
      const { teaches: _t, ...without } = r.value;
      expect(scenarioHash({ ...r.value, teaches: 'something else entirely' })).toBe(scenarioHash(without));
      // The hash still sees everything else: the story is part of it.
      expect(scenarioHash({ ...r.value, description: `${r.value.description}.` })).not.toBe(
        scenarioHash(r.value),
      );
    }
  });
});
