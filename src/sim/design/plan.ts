// What `npm run design` plays: the jobs, each a pair of policies on a scenario for a number of
// seeded games, and the units of work (job, game) they split into.
import { ALL_PAIRINGS, createGame, type Party, pairingOf, type Scenario } from '../index';
import type { DesignContext } from './report';

export type JobGroup = 'pairing' | 'reference' | 'answer' | 'eve';

export interface DesignJob {
  id: string;
  group: JobGroup;
  scenario: 'khitomer-accords' | 'centennial-eve';
  policies: Record<Party, string>;
  games: number;
  /** Branch the game's decisions (the AI pairings only). */
  branch: boolean;
  /** The power whose play the job studies (the reference strategy, the answering loyalist); null in a pairing. */
  seat: Party | null;
  /** What the seat plays (its policy's name), or the pairing. */
  subject: string;
}

/** The simple strategies, each played against this AI. */
export const REFERENCE_OPPONENT = 'pragmatist';
export const REFERENCE_STRATEGIES = [
  'idle',
  'develop-only',
  'talk-only',
  'never-aid',
  'covert-cheat',
  'land-grab',
  'conqueror',
] as const;
/**
 * The loyal side facing a hawk: keeping faith only (the first), then with its answers: the
 * loyalist AI's own (protest, reparations, sanctions), and single answers pressed harder.
 */
export const LOYAL_ANSWERS = [
  'keeps-faith',
  'loyalist-answers',
  'loyalist-sanctions',
  'loyalist-suspends',
  'loyalist-summits',
] as const;
/** In Centennial Eve, a power that only ends turns, against each AI. */
export const EVE_OPPONENTS = ['loyalist', 'pragmatist', 'hawk'] as const;

function seated(
  group: JobGroup,
  scenario: DesignJob['scenario'],
  subject: string,
  opponent: string,
  games: number,
): DesignJob[] {
  return (['federation', 'klingon'] as const).map((seat) => ({
    id: `${subject}@${seat}-vs-${opponent}${scenario === 'centennial-eve' ? '@eve' : ''}`,
    group,
    scenario,
    policies:
      seat === 'federation'
        ? { federation: subject, klingon: opponent }
        : { federation: opponent, klingon: subject },
    games,
    branch: false,
    seat,
    subject,
  }));
}

/**
 * The jobs for `games` seeds: every AI pairing plays them all (and is branched); the reference
 * strategies and the loyal answers play half in each seat; Centennial Eve a third of them against
 * each AI, half in each seat. The list's order is the report's.
 */
export function designPlan(games: number): DesignJob[] {
  const half = Math.max(1, Math.ceil(games / 2));
  const sixth = Math.max(1, Math.ceil(games / 6));
  const jobs: DesignJob[] = ALL_PAIRINGS.map(([federation, klingon]) => ({
    id: pairingOf(federation, klingon),
    group: 'pairing',
    scenario: 'khitomer-accords',
    policies: { federation, klingon },
    games,
    branch: true,
    seat: null,
    subject: pairingOf(federation, klingon),
  }));
  for (const r of REFERENCE_STRATEGIES)
    jobs.push(...seated('reference', 'khitomer-accords', r, REFERENCE_OPPONENT, half));
  for (const a of LOYAL_ANSWERS) jobs.push(...seated('answer', 'khitomer-accords', a, 'hawk', half));
  for (const o of EVE_OPPONENTS) jobs.push(...seated('eve', 'centennial-eve', 'idle', o, sixth));
  return jobs;
}

/** Every (job, game) of the plan, job by job: the units the workers share. */
export function designUnits(jobs: readonly DesignJob[]): [number, number][] {
  return jobs.flatMap((j, job) => Array.from({ length: j.games }, (_, i) => [job, i] as [number, number]));
}

/** What the report needs of the two scenarios: their grades and the campaign's violation codes. */
export function designContext(
  campaign: Scenario,
  eve: Scenario,
  games: number,
  branches: number,
): DesignContext {
  const grades = (s: Scenario) => {
    const g = createGame(s, { seed: 'design' });
    if (!g.ok) throw new Error(g.error.message);
    return { grades: g.value.grades, codes: Object.keys(g.value.rules.costs).sort() };
  };
  const c = grades(campaign);
  return { games, branches, grades: c.grades, eveGrades: grades(eve).grades, violationCodes: c.codes };
}
