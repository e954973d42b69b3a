import type { Order } from './orders/index';
import type { Party } from './types';

/** An accepted order with who gave it and its place in that power's list. */
export interface OrderRef {
  party: Party;
  index: number;
  order: Order;
}

/**
 * The steps of the year that take orders, in the order `resolveTurn` runs them (DESIGN.md section
 * 8). Each order type names its step in its definition (src/sim/orders/); types that resolve
 * together share one.
 */
export const STEPS = [
  'vouch',
  'summit',
  'embassy',
  'openSupport',
  'tradeAndDisputes',
  'addressCouncil',
  'suspend',
  'answers',
  'grantPassage',
  'builds',
  'aid',
  'moves',
  'attacks',
  'fugitiveDecisions',
  'espionage',
  'covertArms',
] as const;
export type Step = (typeof STEPS)[number];
