// A scripted claim reads right whichever side claims (issue 16's playtest): a world one party holds
// is claimed by the other, whatever party the entry names, so the words name the claimant by {party}
// (Centennial Eve's Sherman's Planet said "The Empire claims" of every claim), and an author's words
// that do not are told in the dispute's own words when the other party claims (rules version 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, type GameState, parseScenario, type ScenarioInput } from '../../src/sim/index';
import { addEvents, miniGame, ROOT, turn } from './fixtures';

/** Centennial Eve as it opens 2296, the year of its claim on Sherman's Planet, held by `holder`. */
function centennialEve(holder: 'klingon' | null): GameState {
  const input = JSON.parse(
    readFileSync(join(ROOT, 'levels', 'centennial-eve.json'), 'utf8'),
  ) as ScenarioInput;
  const planet = input.map.systems.find((x) => x.id === 'shermans-planet');
  if (!planet) throw new Error('Centennial Eve has no Sherman’s Planet');
  planet.owner = holder;
  const scenario = parseScenario(input);
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.error));
  const g = createGame(scenario.value, {
    seed: 'claim',
    controllers: { federation: 'human', klingon: 'human' },
  });
  if (!g.ok) throw new Error(g.error.message);
  let s = g.value;
  while (s.year < 2296) s = turn(s).state;
  return s;
}

const claimText = (s: GameState) => s.events.find((e) => e.title === 'Sherman’s Planet')?.text;

describe('a scripted claim in words', () => {
  it('Centennial Eve names the claimant, the Empire or the Federation', () => {
    expect(claimText(centennialEve(null))).toBe(
      "Both powers have long coveted Sherman's Planet, the grain world; now the Klingon Empire claims it. Article VI: either power may take it to arbitration and respect the ruling; the Klingon Empire may instead seize it and pay the price in standing.",
    );
    // Held by the Empire, the world is the Federation's to claim.
    const held = centennialEve('klingon');
    expect(held.claims).toContainEqual(expect.objectContaining({ claimant: 'federation' }));
    expect(claimText(held)).toContain('now the Federation claims it');
    expect(claimText(held)).toContain('the Federation may instead seize it');
  });

  it('words written for the named claimant give way to the dispute’s own when the other claims', () => {
    const script = (s: ScenarioInput) =>
      addEvents(s, {
        year: 2300,
        type: 'dispute',
        system: 'archanis',
        claimant: 'klingon',
        text: 'The Empire revives its claim to {system}.',
      });
    expect(miniGame(script).events[0]?.text).toBe('The Empire revives its claim to Archanis IV.');
    const held = miniGame((s) => {
      script(s);
      s.map.systems = s.map.systems.map((x) => (x.id === 'archanis' ? { ...x, owner: 'klingon' } : x));
    });
    expect(held.events[0]?.text).toBe(
      'the Federation presses its claim to Archanis IV. Article VI offers arbitration; seizing it would break the Accords.',
    );
  });
});
