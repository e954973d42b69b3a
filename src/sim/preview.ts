// What an order would do to the Accords, before it is given: which article it breaks, open or
// covert, what that costs if seen (with the repeat multiplier), and the chance of being seen.
import { articleOf, firstYearDetection, violationCost } from './ledger';
import { type Order, type OrderCost, type OrderError, orderCost, validateOrder } from './orders';
import type { ViolationCode } from './scenario/rules';
import {
  type Article,
  type GameState,
  otherParty,
  type Party,
  type Result,
  type ViolationKind,
} from './types';
import { findFleet, findSystem } from './world';

export interface ViolationPreview {
  article: Article;
  code: ViolationCode;
  kind: ViolationKind;
  /** Standing lost if seen this year (open: certain). */
  cost: number;
  /** Chance in % of being seen this year (100 for an open violation). */
  chance: number;
  /** For a covert act: what it costs if it comes out in a later year, with the cover-up. */
  exposureCost: number | null;
  /** For a violation that recurs: "a year". */
  recurring: boolean;
  text: string;
}

export interface OrderPreview {
  order: Order;
  cost: OrderCost;
  violations: ViolationPreview[];
}

export function previewOrder(
  s: GameState,
  party: Party,
  raw: unknown,
  queued: readonly Order[] = [],
): Result<OrderPreview, OrderError> {
  const v = validateOrder(s, party, raw, queued);
  if (!v.ok) return v;
  const order = v.value;
  const violations: ViolationPreview[] = [];
  const open = (code: ViolationCode, text: string, recurring = false) =>
    violations.push({
      article: articleOf(code),
      code,
      kind: 'open',
      cost: violationCost(s, party, code),
      chance: 100,
      exposureCost: null,
      recurring,
      text,
    });
  const covert = (code: ViolationCode, text: string) =>
    violations.push({
      article: articleOf(code),
      code,
      kind: 'covert',
      cost: violationCost(s, party, code),
      chance: firstYearDetection(s, party),
      exposureCost: violationCost(s, party, code, true),
      recurring: false,
      text,
    });
  const other = otherParty(party);
  switch (order.type) {
    case 'attack': {
      const sys = findSystem(s, order.target);
      if (sys?.owner === other)
        open('I/attack', 'An attack on the other party: the Accords are suspended at once.');
      break;
    }
    case 'attack-fleet': {
      if (findFleet(s, order.target)?.owner === other)
        open('I/attack', 'An attack on the other party’s fleet: the Accords are suspended at once.');
      break;
    }
    case 'move': {
      const sys = findSystem(s, order.to);
      const fleet = findFleet(s, order.fleet);
      if (sys?.owner === other)
        open(
          'VI/trespass',
          'A fleet in the other party’s territory without consent (unless it grants passage for the year), each year it stays.',
          true,
        );
      if (sys?.zone === 'neutral-zone' && fleet) {
        const inZone = s.fleets.filter(
          (f) => f.owner === party && f.id !== fleet.id && findSystem(s, f.location)?.zone === 'neutral-zone',
        ).length;
        const movingIn = queued.filter(
          (q) =>
            q.type === 'move' &&
            findSystem(s, q.to)?.zone === 'neutral-zone' &&
            findSystem(s, findFleet(s, q.fleet)?.location ?? '')?.zone !== 'neutral-zone',
        ).length;
        if (inZone + movingIn + 1 > s.rules.neutralZoneFleetLimit) {
          open(
            'I/neutral-zone-fleets',
            `More than ${s.rules.neutralZoneFleetLimit} fleets in the neutral zone at year end, each year.`,
            true,
          );
        }
      }
      break;
    }
    case 'espionage':
      covert('I/covert', 'Espionage against the other party.');
      break;
    case 'embassy':
      if (order.action === 'recall' || order.action === 'expel')
        open('II/recall', 'Recalling or expelling an embassy.');
      break;
    case 'covert-arms':
      covert('III/arms', 'Arms to a third power at war with the other party.');
      break;
    case 'open-support':
      open('III/open-support', 'Open support of a third power at war with the other party.');
      break;
    case 'shelter':
      open('V/shelter', 'Sheltering the fugitive is a violation once the extradition deadline passes.');
      break;
    case 'stage-escape':
      covert('V/escape', 'Staging the fugitive’s escape.');
      break;
    case 'seize': {
      const sys = findSystem(s, order.system);
      if (sys?.zone === 'neutral-zone') open('VI/occupy-neutral', 'Occupying a neutral-zone system.');
      else open('VI/seize', 'Seizing a disputed system without arbitration.');
      break;
    }
    case 'embargo':
      open('VI/embargo', 'An embargo without arbitration.');
      break;
    default:
      break;
  }
  return { ok: true, value: { order, cost: orderCost(s, party, order), violations } };
}
