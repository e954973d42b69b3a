// Each third power is drawn in its own colour, chosen by its place in the scenario's list: the
// editor's map and the game's state list the third powers in the same order, so the colours agree.
import { describe, expect, it } from 'vitest';
import { type Json, mapOf } from '../../src/editor/index';
import { NORMAL, ownerColour, SAFE } from '../../src/game/ui/palette';
import { createGame } from '../../src/sim/game';
import { BUILTIN_SCENARIOS, loadBuiltinScenario } from '../../src/sim/index';

describe('third powers’ colours', () => {
  it('differ from one another and from the parties’, unowned worlds’ and the zones’, in both palettes', () => {
    for (const pal of [NORMAL, SAFE]) {
      const thirds = [0, 1, 2, 3, 4, 5].map((i) => ownerColour(pal, `power-${i}`, i));
      expect(new Set(thirds).size).toBe(6);
      for (const other of [pal.federation, pal.klingon, pal.unowned, pal.neutralZone, pal.disputed])
        expect(thirds).not.toContain(other);
      // Far enough from either party's colour to be told from it at a glance (a cyan 53 from the
      // Federation's blue was not; the closest now is the colour-blind palette's bluish green, 77
      // from its blue, both Okabe–Ito colours): distance in RGB.
      const rgb = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
      const apart = (a: number, b: number) => Math.hypot(...rgb(a).map((x, i) => x - (rgb(b)[i] ?? 0)));
      for (const c of pal.thirds) {
        expect(apart(c, pal.federation)).toBeGreaterThan(75);
        expect(apart(c, pal.klingon)).toBeGreaterThan(75);
      }
      // Past the last colour they cycle: never undefined.
      expect(ownerColour(pal, 'power-x', pal.thirds.length)).toBe(thirds[0]);
      expect(ownerColour(pal, 'federation', 3)).toBe(pal.federation);
      expect(ownerColour(pal, null, 3)).toBe(pal.unowned);
    }
  });

  it('follow the same order in the editor and in the game, for every built-in scenario', () => {
    for (const id of Object.keys(BUILTIN_SCENARIOS)) {
      const loaded = loadBuiltinScenario(id);
      if (!loaded.ok) throw new Error(id);
      const game = createGame(loaded.value, { seed: 'colours' });
      if (!game.ok) throw new Error(id);
      const edited = mapOf(structuredClone(BUILTIN_SCENARIOS[id]) as Json);
      expect(edited.thirdPowers.map((t) => t.id)).toEqual(game.value.thirdPowers.map((t) => t.id));
      expect(edited.thirdPowers.length).toBeGreaterThan(0);
    }
  });
});
