// Influence in words: the budget of diplomacy, what makes this year's, and what it buys. The
// playtest found it on the HUD and in every cost, and explained nowhere.
import { type GameState, influenceOf, type Party } from '../../sim/index';
import { el } from './dom';
import { signed } from './numbers';

/** What influence is, in one sentence (the HUD's tooltip and the orders' heading say it). */
export const INFLUENCE_IS =
  'Influence is your government’s diplomatic attention: a budget renewed every year, spent on diplomacy and lost if unspent.';

/** Where this year's influence of `party` comes from, term by term. */
export function influenceSources(s: GameState, party: Party): string[] {
  const r = s.rules.influence;
  const p = s.powers[party];
  const out = [`${r.base} a year`];
  if (p.embassy >= r.embassyBonusLevel) out.push(`${signed(1)} for your embassy at level ${p.embassy}`);
  if (p.support < r.lowSupportBelow)
    out.push(`${signed(-1)} while your support is below ${r.lowSupportBelow}`);
  if (s.status !== 'in-force' && p.standing < s.rules.treaty.strainedBelow)
    out.push(
      `${signed(-1)} while your standing is below ${s.rules.treaty.strainedBelow} and the Accords are not in force`,
    );
  return out;
}

/** How influence is earned and lost, by the rules of this game. */
export function influenceEarned(s: GameState): string {
  const r = s.rules.influence;
  return `An embassy at level ${r.embassyBonusLevel} or more on the other capital adds 1; support at home below ${r.lowSupportBelow} takes 1 away, and so does a standing below ${s.rules.treaty.strainedBelow} while the Accords are not in force.`;
}

/** What influence buys, by the rules of this game. */
export function influenceBuys(s: GameState): string {
  const r = s.rules.influence;
  return `It buys: a summit for ${r.summit}; an embassy built, raised or recalled for ${r.embassy}; most other diplomacy (espionage, an embargo, arbitration, a trade pact, passage, an address to the council, a demand for reparations, arms or support to a third power) for ${r.diplomacy} each. A protest, an answer to a demand and a suspension are free; fleets, development and aid cost reserves, not influence.`;
}

/** The How to win panel's section on influence, with `party`'s sum for this year. */
export function influenceSection(s: GameState, party: Party): HTMLElement {
  return el(
    'div',
    { testid: 'influence-explained' },
    el('h3', {}, 'Influence: the budget of diplomacy'),
    el('p', {}, INFLUENCE_IS),
    el(
      'p',
      {},
      `This year you have ${influenceOf(s, party)}: ${influenceSources(s, party).join(', ')}. ${influenceEarned(s)}`,
    ),
    el('p', {}, influenceBuys(s)),
  );
}
