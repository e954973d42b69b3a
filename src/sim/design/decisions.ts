// The decisions an event asks of a power, found in a game's states, and a policy that forces one
// choice on a decision and lets an AI play everything else. Branching a game at a decision, one
// branch per choice, shows what the choice is worth (issue 16, "no choice matters").
import {
  type GameState,
  type Order,
  otherParty,
  type Party,
  type Policy,
  powerOf,
  validateOrder,
  validateOrders,
} from '../index';
import { findSystem } from '../world';

export const DECISION_KINDS = [
  'disaster-aid',
  'relief',
  'extradition',
  'war',
  'claim',
  'ruling',
  'tariff',
  'trade-pact',
  'suspension',
  'vouch',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** A decision one power faces, from the year it first faces it. */
export interface Decision {
  kind: DecisionKind;
  party: Party;
  year: number;
  /** What it is about: an obligation, war or claim id, or a name made for it. */
  subject: string;
  /** A third power (war) or a system (claim), when the choice's orders need it. */
  about: string | null;
}

interface KindSpec {
  label: string;
  choices: readonly string[];
  /** The decisions of this kind `party` faces in `s` (open ones, first year or not). */
  find(s: GameState, party: Party): { subject: string; about: string | null }[];
  /** The decision is still to be made (or its choice still being carried out). */
  open(s: GameState, d: Decision): boolean;
  /** The order is part of answering this decision (the AI's own answer, taken out when forced). */
  touches(o: Order, d: Decision): boolean;
  /** The orders that carry out `choice` this year (none once it is carried out). */
  carry(s: GameState, d: Decision, choice: string): Order[];
}

const AID_PERCENT: Record<string, number> = { none: 0, half: 50, full: 100, generous: 150 };

function aidFor(s: GameState, d: Decision, choice: string): Order[] {
  const ob = s.obligations.find((o) => o.id === d.subject);
  if (ob?.kind !== 'aid' || s.year !== d.year) return [];
  const amount = Math.ceil((ob.need * (AID_PERCENT[choice] ?? 0)) / 100) - ob.delivered[d.party];
  return amount > 0 ? [{ type: 'aid', target: ob.id, amount }] : [];
}

function aidKind(label: string, toTheOther: boolean): KindSpec {
  return {
    label,
    choices: ['none', 'half', 'full', 'generous'],
    find: (s, party) =>
      s.obligations.flatMap((ob) =>
        ob.kind === 'aid' &&
        ob.need > 0 &&
        ob.victim !== party &&
        (ob.victim === otherParty(party)) === toTheOther
          ? [{ subject: ob.id, about: ob.system }]
          : [],
      ),
    open: (s, d) => s.obligations.some((o) => o.id === d.subject),
    touches: (o, d) => o.type === 'aid' && o.target === d.subject,
    carry: aidFor,
  };
}

const isSuspendable = (s: GameState, party: Party) =>
  s.status !== 'suspended' &&
  s.status !== 'collapsed' &&
  powerOf(s, otherParty(party)).standing < s.rules.treaty.suspendBelow;

const once = (s: GameState, d: Decision, orders: Order[]) => (s.year === d.year ? orders : []);

/** The power may vouch for the other's return to suspended Accords (rules version 27). */
const mayVouch = (s: GameState, party: Party) => validateOrder(s, party, { type: 'vouch' }).ok;

export const KINDS: Record<DecisionKind, KindSpec> = {
  'disaster-aid': aidKind('aid for a disaster of the other power (Article IV)', true),
  relief: aidKind(
    'relief for a third power’s disaster (Hobus, its refugees, and the third powers’ disasters of the century)',
    false,
  ),
  extradition: {
    label: 'a fugitive of its own (Article V)',
    choices: ['extradite', 'shelter', 'escape', 'shelter-then-extradite'],
    find: (s, party) =>
      s.obligations.flatMap((ob) =>
        ob.kind === 'extradition' && ob.debtor === party && ob.decision === null
          ? [{ subject: ob.id, about: null }]
          : [],
      ),
    open: (s, d) => s.obligations.some((o) => o.id === d.subject),
    touches: (o, d) =>
      (o.type === 'extradite' || o.type === 'shelter' || o.type === 'stage-escape') &&
      o.obligation === d.subject,
    carry: (s, d, choice) => {
      const ob = s.obligations.find((o) => o.id === d.subject);
      if (ob?.kind !== 'extradition') return [];
      const obligation = ob.id;
      if (s.year === d.year) {
        if (choice === 'shelter-then-extradite')
          return ob.deadline > s.year ? [{ type: 'shelter', obligation }] : [];
        const type = choice === 'escape' ? 'stage-escape' : choice === 'shelter' ? 'shelter' : 'extradite';
        return [{ type, obligation }];
      }
      return choice === 'shelter-then-extradite' && s.year === ob.deadline && ob.decision === 'sheltered'
        ? [{ type: 'extradite', obligation }]
        : [];
    },
  },
  war: {
    label: 'a third power at war with the other power (Article III)',
    choices: ['aside', 'war-aid', 'covert-arms', 'open-support'],
    find: (s, party) =>
      s.wars.flatMap((w) => (w.victim === otherParty(party) ? [{ subject: w.id, about: w.thirdPower }] : [])),
    open: (s, d) => s.wars.some((w) => w.id === d.subject),
    touches: (o, d) =>
      (o.type === 'aid' && o.target === d.subject) ||
      ((o.type === 'covert-arms' || o.type === 'open-support') && o.thirdPower === d.about),
    carry: (s, d, choice) => {
      const tp = d.about ?? '';
      if (choice === 'war-aid')
        return once(s, d, [{ type: 'aid', target: d.subject, amount: s.rules.rewards.warAidMinimum }]);
      if (choice === 'covert-arms') return once(s, d, [{ type: 'covert-arms', thirdPower: tp }]);
      if (choice === 'open-support') return once(s, d, [{ type: 'open-support', thirdPower: tp }]);
      return [];
    },
  },
  claim: {
    label: 'a claim on a disputed world (Article VI)',
    choices: ['arbitrate', 'seize', 'wait'],
    find: (s) =>
      s.claims.flatMap((c) => (c.kind === 'territory' ? [{ subject: c.id, about: c.system }] : [])),
    open: (s, d) => s.claims.some((c) => c.id === d.subject),
    touches: (o, d) =>
      (o.type === 'arbitrate' && (o.dispute === d.subject || o.dispute === d.about)) ||
      (o.type === 'seize' && o.system === d.about),
    carry: (s, d, choice) => {
      if (choice === 'arbitrate') return once(s, d, [{ type: 'arbitrate', dispute: d.subject }]);
      if (choice !== 'seize') return [];
      const seize: Order[] = [{ type: 'seize', system: d.about ?? '' }];
      // An empty world is seized at once; the other's world is pressed by force the year after the
      // claim (rules version 8), if still undefended then.
      return findSystem(s, d.about ?? '')?.owner === null
        ? once(s, d, seize)
        : s.year === d.year + 1
          ? seize
          : [];
    },
  },
  ruling: {
    label: 'a ruling that went against it (Article VI)',
    choices: ['accept', 'ignore'],
    find: (s, party) =>
      s.obligations.flatMap((ob) =>
        ob.kind === 'ruling' && ob.debtor === party && !ob.accepted
          ? [{ subject: ob.id, about: ob.system }]
          : [],
      ),
    open: (s, d) => s.obligations.some((o) => o.id === d.subject),
    touches: (o, d) => o.type === 'accept-ruling' && o.obligation === d.subject,
    carry: (s, d, choice) =>
      choice === 'accept' ? once(s, d, [{ type: 'accept-ruling', obligation: d.subject }]) : [],
  },
  tariff: {
    label: 'a tariff quarrel under a trade pact (Article VI)',
    // Retaliating is the shipping houses' answer: an embargo (Article VI/embargo) ends the pact.
    choices: ['arbitrate', 'let-lapse', 'retaliate'],
    find: (s) => s.claims.flatMap((c) => (c.kind === 'tariff' ? [{ subject: c.id, about: null }] : [])),
    open: (s, d) => s.claims.some((c) => c.id === d.subject),
    touches: (o, d) => (o.type === 'arbitrate' && o.dispute === d.subject) || o.type === 'embargo',
    carry: (s, d, choice) =>
      choice === 'arbitrate'
        ? once(s, d, [{ type: 'arbitrate', dispute: d.subject }])
        : choice === 'retaliate'
          ? once(s, d, [{ type: 'embargo' }])
          : [],
  },
  'trade-pact': {
    label: 'a trade pact the other power offers',
    choices: ['accept', 'decline'],
    find: (s, party) =>
      s.pactProposal && s.pactProposal.by === otherParty(party) && !s.tradePact
        ? [{ subject: `pact-${s.pactProposal.year}`, about: null }]
        : [],
    open: (s, d) => !s.tradePact && s.pactProposal !== null && `pact-${s.pactProposal.year}` === d.subject,
    touches: (o) => o.type === 'trade-pact',
    carry: (s, d, choice) => (choice === 'accept' ? once(s, d, [{ type: 'trade-pact' }]) : []),
  },
  suspension: {
    label: 'suspending the Accords, the other’s standing below the line',
    choices: ['suspend', 'keep'],
    find: (s, party) => (isSuspendable(s, party) ? [{ subject: 'suspension', about: null }] : []),
    open: (s, d) => isSuspendable(s, d.party),
    touches: (o) => o.type === 'suspend-accords',
    carry: (s, d, choice) => (choice === 'suspend' ? once(s, d, [{ type: 'suspend-accords' }]) : []),
  },
  vouch: {
    label: 'vouching for the other’s return to suspended Accords, its standing below the line',
    // Vouching is given with a summit, which the restoration needs; holding back gives no word at all.
    choices: ['vouch', 'hold'],
    find: (s, party) => (mayVouch(s, party) ? [{ subject: `vouch-${s.suspendedSince}`, about: null }] : []),
    open: (s, d) => s.status === 'suspended' && `vouch-${s.suspendedSince}` === d.subject,
    touches: (o) => o.type === 'vouch',
    carry: (s, d, choice) => (choice === 'vouch' ? once(s, d, [{ type: 'vouch' }, { type: 'summit' }]) : []),
  },
};

/** A decision's key within a game: the same decision, year after year, has one key. */
export function decisionKey(d: Pick<Decision, 'kind' | 'party' | 'subject'>): string {
  return `${d.kind}/${d.party}/${d.subject}`;
}

/**
 * The decisions `party` faces at the start of this year, new or still open. A suspension is one
 * decision for as long as the other's standing stays below the line.
 */
export function findDecisions(s: GameState, party: Party): Decision[] {
  if (s.phase !== 'orders') return [];
  const out: Decision[] = [];
  for (const kind of DECISION_KINDS) {
    for (const f of KINDS[kind].find(s, party)) out.push({ kind, party, year: s.year, ...f });
  }
  return out;
}

/**
 * This year's orders for the power facing `d` under the forced `choice`: the choice's orders
 * first, then the AI's own orders that do not answer the same decision, within the year's budgets.
 * Null when the choice cannot be given (its orders are refused).
 */
export function forcedOrders(
  s: GameState,
  d: Decision,
  choice: string,
  ai: readonly Order[],
): Order[] | null {
  const spec = KINDS[d.kind];
  if (!spec.open(s, d)) return [...ai];
  const forced = spec.carry(s, d, choice);
  const rest = ai.filter((o) => !spec.touches(o, d));
  const v = validateOrders(s, d.party, [...forced, ...rest]);
  if (v.refused.some((r) => r.index < forced.length)) return null;
  return v.accepted;
}

/**
 * The AI's policy for the power facing `d`, with `choice` forced on that decision. Should a later
 * step of the choice be refused, the AI still gives no answer of its own to that decision.
 */
export function forcedPolicy(ai: Policy, d: Decision, choice: string): Policy {
  return (s, party) => {
    const orders = ai(s, party);
    if (party !== d.party) return orders;
    return (
      forcedOrders(s, d, choice, orders) ??
      validateOrders(
        s,
        party,
        orders.filter((o) => !KINDS[d.kind].touches(o, d)),
      ).accepted
    );
  };
}

/** The choice can be given in the decision's year. */
export function choicePossible(s: GameState, d: Decision, choice: string, ai: readonly Order[]): boolean {
  if (forcedOrders(s, d, choice, ai) === null) return false;
  // Pressing a claim by force, a year on: only the claimant, on a world the other holds.
  if (d.kind === 'claim' && choice === 'seize' && KINDS.claim.carry(s, d, choice).length === 0) {
    const claim = s.claims.find((c) => c.id === d.subject);
    const owner = findSystem(s, d.about ?? '')?.owner;
    return claim?.claimant === d.party && owner === otherParty(d.party);
  }
  // A choice of two steps needs a later year to take the second.
  return !(
    d.kind === 'extradition' &&
    choice === 'shelter-then-extradite' &&
    KINDS[d.kind].carry(s, d, choice).length === 0
  );
}
