// What the AI counts of a debt of gratitude or a grudge it earns (rules version 10, src/sim/debts.ts):
// the other party's government weighs its breaches against a benefactor more and against the object
// of its grudge less (not at all, for a disaster left short), and a third power relieved in its
// disaster spares its worlds from its wars for years.
import { grudgeFor, resents } from '../debts';
import { earnsGrudge } from '../grudges';
import { PARTIES, type Party } from '../types';
import { aggressionIn } from '../world';
import type { Eval } from './value';

/** Years ahead the AI counts a memory: what is further off it discounts to nothing. */
const HORIZON = 15;

/**
 * Points a year of the other's gratitude is worth, against a grudge: fewer of its breaches to
 * suffer. Worth something only against a power that has broken faith lately (its record shows
 * it): a grudge does not make a power that keeps faith break it.
 */
function yearOfRegard(e: Eval): number {
  if (e.recent.wronged === 0) return 0.1;
  return e.v.powers[e.other].standing < e.v.rules.treaty.strainedBelow ? 0.8 : 0.5;
}

/**
 * What earning the other party's gratitude rather than its grudge is worth, for a disaster left
 * short or a sheltered fugitive (rules version 10: each cause has its own grudge).
 */
export function regardValue(e: Eval, cause: 'disaster' | 'shelter'): number {
  const l = e.v.rules.lasting;
  const grudge = grudgeFor(e.v.rules, cause);
  const years = Math.max(0, Math.min(e.yearsLeft, HORIZON, Math.max(l.gratitudeYears, grudge.years)));
  // Counted as far as the other's government weighs it (none when a scenario turns both off).
  const weight = Math.min(1, (l.gratitudePercent + grudge.percent) / 100);
  return years * yearOfRegard(e) * weight;
}

/**
 * What relieving a third power is worth: the years its wars would spare this party's worlds, as
 * likely as its aggression makes them (a power that resents this party strikes it most).
 */
export function reliefValue(e: Eval, thirdPower: string): number {
  const v = e.v;
  const t = v.thirdPowers.find((x) => x.id === thirdPower);
  if (!t || PARTIES.includes(thirdPower as Party)) return 0;
  const years = Math.max(0, Math.min(e.yearsLeft, HORIZON, v.rules.lasting.reliefYears));
  const threat = aggressionIn(t, v.year) / 100;
  const resented = t.resents === e.party ? 1 : 0.3;
  // A war that takes a world costs its security every year after, and its output.
  const perYear = threat * resented * 0.25 * (v.rules.scoring.securityPerWorldLost + 1);
  // Relief refused (rules version 11): a raid at once, and wars that seek this party for years.
  const l = v.rules.lasting;
  const grudgeYears = Math.max(0, Math.min(e.yearsLeft, HORIZON, l.reliefGrudgeYears));
  const raid =
    l.reliefGrudgeStrength > 0 ? 0.5 * grudgeYears * (v.rules.scoring.securityPerWorldLost + 1) * 0.5 : 0;
  return years * perYear + grudgeYears * threat * 0.25 * (v.rules.scoring.securityPerWorldLost + 1) + raid;
}

/**
 * What taking `world` from `thirdPower` costs in its grudge, if it earns one (rules version 28:
 * src/sim/grudges.ts `conquestGrudge`): its raids and its wars that seek this party, as relief refused
 * costs them; none when it holds one already (taking another only renews it).
 */
export function conquestCost(e: Eval, thirdPower: string, world: string): number {
  const v = e.v;
  const l = v.rules.lasting;
  if (!earnsGrudge(v, thirdPower, e.party, world, false) || resents(v, thirdPower, e.party)) return 0;
  const t = v.thirdPowers.find((x) => x.id === thirdPower);
  if (!t) return 0;
  const years = Math.max(0, Math.min(e.yearsLeft, HORIZON, l.conquestGrudgeYears));
  const threat = aggressionIn(t, v.year) / 100;
  const perLost = v.rules.scoring.securityPerWorldLost + 1;
  const raid = l.reliefGrudgeStrength > 0 ? 0.5 * years * perLost * 0.5 : 0;
  return years * threat * 0.25 * perLost + raid;
}
