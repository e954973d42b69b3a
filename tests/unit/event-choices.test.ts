// A war's card offers only choices that make sense, each once: never arms to the power attacking
// the player, never the same button on two cards.
import { describe, expect, it } from 'vitest';
import { warChoices } from '../../src/game/ui/event-words';
import {
  candidateOrders,
  createGame,
  type GameState,
  loadBuiltinScenario,
  type War,
} from '../../src/sim/index';

function atWar(
  wars: Omit<
    War,
    'eventId' | 'since' | 'until' | 'strength' | 'target' | 'aidedBy' | 'armedBy' | 'supportedBy' | 'took'
  >[],
): GameState {
  const scenario = loadBuiltinScenario('khitomer-accords');
  if (!scenario.ok) throw new Error('no campaign');
  const g = createGame(scenario.value, {
    seed: 'cards',
    controllers: { federation: 'human', klingon: 'human' },
  });
  if (!g.ok) throw new Error(g.error.message);
  const full = wars.map((w) => ({
    ...w,
    eventId: 'e',
    since: 2293,
    until: 2296,
    strength: 5,
    target: null,
    aidedBy: [],
    armedBy: [],
    supportedBy: [],
    took: [],
  }));
  return { ...g.value, wars: full };
}

describe('the choices of a war’s card', () => {
  it('the Romulans at war with both: the card of the war on the Federation offers it no arms for them', () => {
    const s = atWar([
      { id: 'w-fed', thirdPower: 'romulan', victim: 'federation' },
      { id: 'w-kli', thirdPower: 'romulan', victim: 'klingon' },
    ]);
    const choices = candidateOrders(s, 'federation');
    // The catalogue offers arms for the Romulans (they are at war with the Empire).
    expect(choices).toContainEqual({ type: 'covert-arms', thirdPower: 'romulan' });
    const shown = new Set<string>();
    const onUs = warChoices(choices, s.wars[0] as War, 'federation', shown);
    expect(onUs.map((o) => o.type)).not.toContain('covert-arms');
    expect(onUs.map((o) => o.type)).not.toContain('open-support');
    const onThem = warChoices(choices, s.wars[1] as War, 'federation', shown);
    expect(onThem.map((o) => o.type).sort()).toEqual(['aid', 'covert-arms', 'open-support']);
  });

  it('two wars of one power on the other party: the arms are offered once, each war’s aid on its card', () => {
    const s = atWar([
      { id: 'w-1', thirdPower: 'romulan', victim: 'klingon' },
      { id: 'w-2', thirdPower: 'romulan', victim: 'klingon' },
    ]);
    const choices = candidateOrders(s, 'federation');
    const shown = new Set<string>();
    const first = warChoices(choices, s.wars[0] as War, 'federation', shown);
    const second = warChoices(choices, s.wars[1] as War, 'federation', shown);
    expect(first.map((o) => o.type).sort()).toEqual(['aid', 'covert-arms', 'open-support']);
    expect(second).toEqual([{ type: 'aid', target: 'w-2', amount: s.rules.rewards.warAidMinimum }]);
  });
});
