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
  /**
   * Suspends the Accords when the other's standing allows it and its own is at least this high
   * (it is the injured party); null: never.
   */
  suspendsFrom: number | null;
  /** Attacks the other party once the Accords are suspended. */
  warlike: boolean;
  /** Worlds it develops at most in a year. */
  developPerYear: number;
  /** Ships it wants per system it holds, for security. */
  shipsPerSystem: number;
  /** Prefers arbitration to seizure when a claim is open. */
  arbitrates: boolean;
  /**
   * How much of the later risk of a covert act it sees (0–1): the chance of exposure in later years
   * and its cover-up cost. At 0 it weighs only the chance of being seen this year (DESIGN.md
   * section 13: gain − chance of being seen × cost).
   */
  foresight: number;
  /**
   * How much of its own unseen covert acts' expected exposure it counts off its standing before it
   * plans (0–1): a hawk near the line must not walk into a loss it could see coming (rules version 7).
   */
  exposureDebt: number;
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
    suspendsFrom: null,
    warlike: false,
    developPerYear: 1,
    shipsPerSystem: 1,
    arbitrates: true,
    foresight: 1,
    exposureDebt: 0,
  },
  pragmatist: {
    name: 'pragmatist',
    standing: 0.8,
    support: 0.6,
    output: 1.3,
    neverViolate: false,
    buffer: 45,
    embassyTarget: 2,
    suspendsFrom: 65,
    warlike: false,
    developPerYear: 1,
    shipsPerSystem: 1.3,
    arbitrates: true,
    foresight: 0.7,
    exposureDebt: 0,
  },
  hawk: {
    name: 'hawk',
    standing: 0.35,
    support: 1.2,
    output: 2.2,
    neverViolate: false,
    buffer: 15,
    embassyTarget: 1,
    suspendsFrom: 0,
    warlike: true,
    developPerYear: 2,
    shipsPerSystem: 2.2,
    arbitrates: false,
    foresight: 0,
    exposureDebt: 1,
  },
};

/**
 * A personality's traits copied, to change in part: made with `TRAITS`' fields in their order, so
 * every `Traits` has one hidden class in V8 (a spread copy would have one of its own).
 */
export function copyTraits(t: Traits): Traits {
  return {
    name: t.name,
    standing: t.standing,
    support: t.support,
    output: t.output,
    neverViolate: t.neverViolate,
    buffer: t.buffer,
    embassyTarget: t.embassyTarget,
    suspendsFrom: t.suspendsFrom,
    warlike: t.warlike,
    developPerYear: t.developPerYear,
    shipsPerSystem: t.shipsPerSystem,
    arbitrates: t.arbitrates,
    foresight: t.foresight,
    exposureDebt: t.exposureDebt,
  };
}
