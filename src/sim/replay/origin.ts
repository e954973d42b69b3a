// What a replay says of itself, in the same words for the command line and the browser: which
// scenario it was played on (a built-in's id does not make a carried copy the built-in), and how
// many of its years' state hashes a verification compared.
import { builtinScenarioIds } from '../builtin';
import type { Replay } from './format';

/**
 * The scenario a replay was played on: a built-in it names (its content hash checked against the
 * one shipped), a scenario it carries, or a copy it carries under a built-in's id — changed from the
 * built-in, since an unchanged one is named, not carried — that may well keep the built-in's title.
 */
export type ScenarioOrigin = 'built-in' | 'carried' | 'changed-built-in';

export function scenarioOrigin(replay: Pick<Replay, 'scenario'>): ScenarioOrigin {
  if (replay.scenario.embedded === undefined) return 'built-in';
  return builtinScenarioIds().includes(replay.scenario.id) ? 'changed-built-in' : 'carried';
}

/** The origin in a sentence, or null for a built-in the replay names. */
export function originText(replay: Pick<Replay, 'scenario'>, title: string): string | null {
  switch (scenarioOrigin(replay)) {
    case 'built-in':
      return null;
    case 'carried':
      return `"${title}", a scenario the replay carries`;
    case 'changed-built-in':
      return `"${title}", carried by the replay: not the built-in "${replay.scenario.id}" but a copy changed from it`;
  }
}

/**
 * How many state hashes a verification compared in the first `years` years: each year's that the
 * replay recorded (a file records every year's; a share link every tenth and the last).
 */
export function hashesCompared(replay: Pick<Replay, 'turns'>, years: number): number {
  let n = 0;
  const end = Math.min(years, replay.turns.length);
  for (let i = 0; i < end; i++) if (replay.turns[i]?.hash != null) n++;
  return n;
}
