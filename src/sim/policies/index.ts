// The policies that can play a power without a person. The AI personalities join this list.
import type { Order } from '../orders';
import type { GameState, Party } from '../types';
import { randomOrders } from './random';

export type Policy = (state: GameState, party: Party) => Order[];

export const POLICIES: Record<string, Policy> = {
  random: (s, party) => randomOrders(s, party),
  'random-faithful': (s, party) => randomOrders(s, party, 4, 0),
};

export function policyNames(): string[] {
  return Object.keys(POLICIES).sort();
}
