import type { Order } from './orders';
import type { Party } from './types';

/** An accepted order with who gave it and its place in that power's list. */
export interface OrderRef {
  party: Party;
  index: number;
  order: Order;
}
