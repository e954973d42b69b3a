// Support at home (DESIGN.md section 8, step i), and the fall of a government.
import { type Ctx, changeSupport, note } from './context';
import { PARTIES, PARTY_NAMES, type Party, powerOf } from './types';
import { industries } from './world';

/** The AI personalities a fallen government's successor is drawn from. */
export const AI_PERSONALITIES = ['loyalist', 'pragmatist', 'hawk'] as const;
export type AiPersonality = (typeof AI_PERSONALITIES)[number];

/** Step i. `industryNow` is both powers' industry as it stands (`industries`), when the caller has it. */
export function resolveSupport(ctx: Ctx, industryNow: Record<Party, number> = industries(ctx.s)): void {
  const s = ctx.s;
  const sup = ctx.rules.support;
  for (const party of PARTIES) {
    if (s.status !== 'in-force') {
      changeSupport(
        ctx,
        party,
        sup.strainedPerYear,
        { rule: 'strained' },
        'The Accords are in trouble: the government is blamed.',
      );
    }
  }
  if (industryNow.federation > s.powers.federation.lastIndustry) {
    changeSupport(ctx, 'federation', sup.federationGrowth, { rule: 'growth' }, 'A year of growth.');
  }
}

/** A government at 0 support falls: a human loses; an AI gets a new leader. Returns the loser, if any. */
export function checkGovernments(ctx: Ctx): (typeof PARTIES)[number] | null {
  const s = ctx.s;
  for (const party of PARTIES) {
    const p = powerOf(s, party);
    if (p.support > 0) continue;
    if (p.controller === 'human') return party;
    const from = p.controller;
    if ((AI_PERSONALITIES as readonly string[]).includes(p.controller)) {
      // A new leader, of another personality than the one who fell.
      const others = AI_PERSONALITIES.filter((x) => x !== p.controller);
      const leader = others[ctx.stream(`leader:${party}`).int(others.length)] as AiPersonality;
      p.controller = leader;
    }
    p.leaders += 1;
    p.support = ctx.rules.support.newLeader;
    note(ctx, {
      kind: 'leader',
      party,
      from,
      to: p.controller,
      article: null,
      cause: { rule: 'government-fell' },
      text: `The government of ${PARTY_NAMES[party]} falls; a new leader (${p.controller}) takes over with support ${p.support}.`,
    });
  }
  return null;
}
