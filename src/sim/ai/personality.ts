// The AI personalities of DESIGN.md section 13, as weights on what the end score counts.
import type { AiPersonality } from '../support';

export interface Traits {
  name: AiPersonality;
  /** Score value of one point of standing. */
  standing: number;
  /** Score value of one point of support. */
  support: number;
  /** Weight on growth (output gained). */
  output: number;
  /** Never break an article, whatever it pays. */
  neverViolate: boolean;
  /** Below this standing (after the cost), a violation counts triple. */
  buffer: number;
  /** Embassy level it aims for. */
  embassyTarget: number;
  /** Suspends the Accords when the other's standing allows it. */
  suspends: boolean;
  /** Attacks the other party once the Accords are suspended. */
  warlike: boolean;
  /** Ships it wants per system it holds, for security. */
  shipsPerSystem: number;
  /** Prefers arbitration to seizure when a claim is open. */
  arbitrates: boolean;
}

export const TRAITS: Record<AiPersonality, Traits> = {
  loyalist: {
    name: 'loyalist',
    standing: 1.6,
    support: 0.5,
    output: 1,
    neverViolate: true,
    buffer: 100,
    embassyTarget: 3,
    suspends: false,
    warlike: false,
    shipsPerSystem: 1,
    arbitrates: true,
  },
  pragmatist: {
    name: 'pragmatist',
    standing: 1,
    support: 0.6,
    output: 1.3,
    neverViolate: false,
    buffer: 45,
    embassyTarget: 2,
    suspends: false,
    warlike: false,
    shipsPerSystem: 1.3,
    arbitrates: true,
  },
  hawk: {
    name: 'hawk',
    standing: 0.35,
    support: 1.2,
    output: 2.2,
    neverViolate: false,
    buffer: 15,
    embassyTarget: 1,
    suspends: true,
    warlike: true,
    shipsPerSystem: 2.2,
    arbitrates: false,
  },
};
