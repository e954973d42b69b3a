// The AI personalities as policies: loyalist, pragmatist, hawk (DESIGN.md section 13).
import type { Order } from '../orders';
import { AI_PERSONALITIES, type AiPersonality } from '../support';
import type { GameState, Party } from '../types';
import { TRAITS } from './personality';
import { planOrders } from './plan';

export { TRAITS, type Traits } from './personality';
export { viewFor } from './view';

export function aiOrders(personality: AiPersonality, s: GameState, party: Party): Order[] {
  return planOrders(s, party, TRAITS[personality]);
}

export function isPersonality(name: string): name is AiPersonality {
  return (AI_PERSONALITIES as readonly string[]).includes(name);
}
