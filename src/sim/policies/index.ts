// The policies that can play a power without a person. The AI personalities join this list.

import { aiOrders } from '../ai/index';
import type { Order } from '../orders';
import type { GameState, Party } from '../types';
import { randomOrders } from './random';
import { REFERENCE_POLICIES } from './reference';

export type Policy = (state: GameState, party: Party) => Order[];

export const POLICIES: Record<string, Policy> = {
  random: (s, party) => randomOrders(s, party),
  loyalist: (s, party) => aiOrders('loyalist', s, party),
  pragmatist: (s, party) => aiOrders('pragmatist', s, party),
  hawk: (s, party) => aiOrders('hawk', s, party),
  // The yardsticks of `npm run design`.
  ...REFERENCE_POLICIES,
};

export function policyNames(): string[] {
  return Object.keys(POLICIES).sort();
}
