// The game's vocabulary, declared once. Every other module of the core builds on these.
import type { Chronicle } from './chronicle';
import type { Rules } from './scenario/rules';
import type { Grade, TableEntry, TimelineEntry } from './scenario/schema';

export const PARTIES = ['federation', 'klingon'] as const;
export type Party = (typeof PARTIES)[number];

export const ARTICLES = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;
export type Article = (typeof ARTICLES)[number];

export const ZONES = ['core', 'border', 'neutral-zone', 'disputed'] as const;
export type Zone = (typeof ZONES)[number];

export const TREATY_STATUSES = ['in-force', 'strained', 'suspended', 'collapsed'] as const;
export type TreatyStatus = (typeof TREATY_STATUSES)[number];

// The powers' names and the words of time every report uses (./words.ts), with the vocabulary.
export * from './words';

export function otherParty(party: Party): Party {
  return party === 'federation' ? 'klingon' : 'federation';
}

/**
 * A power's state, `s.powers[party]` by name: the two powers' records share one shape, so each
 * read is a plain field load (a lookup by a variable key is a slow generic one in V8).
 */
export function powerOf<P>(s: { readonly powers: Readonly<Record<Party, P>> }, party: Party): P {
  return ofParty(s.powers, party);
}

/** `r[party]`, read as a field (see `powerOf`): every `{ federation, klingon }` record has one shape. */
export function ofParty<T>(r: Readonly<Record<Party, T>>, party: Party): T {
  return party === 'federation' ? r.federation : r.klingon;
}

/** A value for each party, made once (the words of a yearly entry, say, not spelled out every year). */
export function eachParty<T>(make: (party: Party) => T): Record<Party, T> {
  return { federation: make('federation'), klingon: make('klingon') };
}

export function isParty(value: string): value is Party {
  return value === 'federation' || value === 'klingon';
}

/** Who gives a power its orders. `human` is a person; every other value names an AI policy. */
export type Controller = string;

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export interface System {
  id: string;
  name: string;
  x: number;
  y: number;
  /** A party, a third power's id, or null for an unclaimed world. */
  owner: string | null;
  output: number;
  zone: Zone;
  capital: boolean;
  shipyard: boolean;
}

export interface Fleet {
  id: string;
  /** A party or a third power's id. */
  owner: string;
  location: string;
  strength: number;
}

export interface PowerState {
  standing: number;
  support: number;
  reserves: number;
  /** Industry of the first year, for the growth score. */
  startIndustry: number;
  /** Industry of the last income step, for the Federation's "year of growth". */
  lastIndustry: number;
  /** Level of its embassy on the other party's capital world (Article II). */
  embassy: number;
  controller: Controller;
  /** Number of governments that fell (an AI gets a new leader each time). */
  leaders: number;
  /** Intelligence gathered by espionage on the other party: what it saw, and when. */
  intel: Readonly<{ year: number; reserves: number; fleets: number }> | null;
  /** Worlds it owned at the start: security is banked against them (DESIGN.md section 15.1). */
  startWorlds: number;
  /** The points banked so far, by source and by decade of the game. */
  banked: Banked;
  /** Years it addressed its council, the last ten kept: each address gives less (section 15.2). */
  addressYears: readonly number[];
  /** The last year its grant of passage holds (0: none); under a named threat, until the blow. */
  passageUntil: number;
  /**
   * Grievance the other power holds against it (DESIGN.md section 15.3): part of every seen
   * violation's cost, healed only by acts of faith. Its standing never rises above 100 minus this.
   */
  grievance: number;
  /** Its embassy was closed, expelled by the other or recalled in protest, and not yet rebuilt. */
  embassyClosed: EmbassyClosed | null;
  /**
   * Years in a row whose events asked nothing new of it (rules version 30): the longer one power
   * goes unasked, the likelier the next year's events (`events.lullPercent`, src/sim/events.ts).
   */
  quietYears: number;
}

export interface EmbassyClosed {
  year: number;
  how: 'expelled' | 'recalled';
}

/** A protest (section 15.4): the next violation of `article` by the other power costs more. */
export interface Protest {
  by: Party;
  article: Article;
  year: number;
}

/** A demand for reparations: the debtor pays or refuses by the year after. */
export interface Demand {
  by: Party;
  debtor: Party;
  year: number;
  amount: number;
}

/** A power's score banked year by year: the four sources, and their sum by decade (from `firstYear`). */
export interface Banked {
  honour: number;
  security: number;
  prosperity: number;
  support: number;
  decades: number[];
}

export interface ThirdPower {
  id: string;
  name: string;
  resents: Party | null;
  /** Aggression level (0–100) by era; the entry with the latest `from` ≤ year applies. */
  aggression: { from: number; level: number }[];
  /**
   * The worlds it held when the game began (the scenario's map): a war of its strikes first to take
   * back one of them from its victim (rules version 22, src/sim/articles/article-iii.ts `targetIn`).
   */
  homeworlds: readonly string[];
}

/** A duty a party owes by a deadline; past it, an unmet obligation becomes an omission (step g). */
export type Obligation = AidObligation | ExtraditionObligation | RulingObligation;

export interface AidObligation {
  id: string;
  kind: 'aid';
  article: 'IV';
  eventId: string;
  /** The world struck by the disaster: a party, or a third power (no duty, but aid is rewarded). */
  victim: string;
  system: string | null;
  need: number;
  deadline: number;
  delivered: Record<Party, number>;
}

export interface ExtraditionObligation {
  id: string;
  kind: 'extradition';
  article: 'V';
  eventId: string;
  fugitive: string;
  /** The party whose citizen struck, and who must extradite. */
  debtor: Party;
  requested: number;
  deadline: number;
  /** What the debtor decided; `null` while undecided. */
  decision: 'extradited' | 'sheltered' | 'escaped' | null;
}

export interface RulingObligation {
  id: string;
  kind: 'ruling';
  article: 'VI';
  eventId: string;
  system: string;
  winner: Party;
  /** The party the ruling went against, who must respect it. */
  debtor: Party;
  deadline: number;
  accepted: boolean;
}

/** A third power at war with a party (Article III). */
export interface War {
  id: string;
  eventId: string;
  thirdPower: string;
  victim: Party;
  since: number;
  until: number;
  strength: number;
  target: string | null;
  /**
   * Who aided the victim against this war (a reward once per giver). This list and those below are
   * replaced, never changed in place: a turn's copy of the war shares them (`turnCopy`).
   */
  aidedBy: readonly Party[];
  /** The raiders' fleet, gathered beside the named world while the threat is announced (none: no fleet). */
  raiders?: string | null;
  /** Who sells its enemy arms in secret, and who supports it openly: paid every year it lasts. */
  armedBy: readonly Party[];
  supportedBy: readonly Party[];
  /** The worlds its blows took (rules version 19): its end names those it still holds. */
  took: readonly string[];
}

/** A fugitive sheltered from extradition (Article V): a hero at home, year after year (section 15.3). */
export interface Hero {
  party: Party;
  fugitive: string;
  /** The extradition demand it was sheltered from. */
  obligation: string;
  eventId: string;
  since: number;
  /** The last year it gives support at home. */
  until: number;
}

/**
 * What a power remembers of another's conduct (rules version 9): aid in full or an extradition earns
 * its gratitude, a disaster left short or a sheltered fugitive its grudge; a third power relieved in
 * its disaster spares the giver's worlds. `by` remembers (a party or a third power's id), `of` is the
 * party remembered.
 */
export interface Debt {
  by: string;
  of: Party;
  kind: 'gratitude' | 'grudge';
  eventId: string;
  /** The year it began (rules version 28: a grudge's raids are counted from it, whatever its length). */
  since: number;
  /** The last year it is remembered. */
  until: number;
  /**
   * How much less (a grudge) or more (gratitude) a breach against `of` weighs with `by`, in %, as
   * the rules set it for its cause (rules version 10: a disaster left short is resented more than a
   * sheltered fugitive).
   */
  percent: number;
}

/** A dispute awaiting arbitration (Article VI): a claim on a disputed system, or a tariff quarrel. */
export interface Claim {
  id: string;
  eventId: string;
  kind: 'territory' | 'tariff';
  /** The disputed system; null for a tariff quarrel. */
  system: string | null;
  claimant: Party | null;
  since: number;
}

export type ViolationKind = 'open' | 'covert' | 'omission';

/** A covert act, seen or not yet seen. Hidden from the other power until detected. */
export interface CovertAct {
  id: string;
  party: Party;
  article: Article;
  code: string;
  year: number;
  base: number;
  detected: boolean;
  text: string;
  /** The war an arms sale feeds (III/arms, rules version 19; visibility.ts `strikeStrength`), or null. */
  war: string | null;
}

export interface LedgerEntry {
  year: number;
  party: Party;
  article: Article | null;
  kind: 'violation' | 'reward' | 'exposure';
  code: string;
  /** Standing change (negative for a cost). */
  delta: number;
  /** Prior detected violations of the same article within the forgiveness window (the k of the multiplier). */
  priors: number;
  text: string;
}

export interface Proposal {
  by: Party;
  year: number;
}

export interface YearRecord {
  year: number;
  standing: Record<Party, number>;
  support: Record<Party, number>;
  industry: Record<Party, number>;
  status: TreatyStatus;
  violations: Record<Party, number>;
}

export interface GameEvent {
  id: string;
  year: number;
  type: string;
  title: string;
  text: string;
  article: Article | null;
  scripted: boolean;
}

export interface GameResult {
  /** centennial: the last year with the Accords in force; lapsed: reached suspended. */
  kind: 'centennial' | 'lapsed' | 'collapse' | 'government-fell';
  year: number;
  cause: string;
  scores: Record<Party, number> | null;
  grades: Record<Party, string> | null;
  /** For a collapse: the violations that led there, oldest first. */
  chain: LedgerEntry[];
  loser: Party | null;
}

export interface GameState {
  rulesVersion: number;
  scenarioId: string;
  seed: string;
  year: number;
  phase: 'orders' | 'ended';
  firstYear: number;
  lastYear: number;
  signedYear: number;
  status: TreatyStatus;
  /** Year the Accords were last suspended, or null. */
  suspendedSince: number | null;
  everSuspended: boolean;
  /**
   * The power whose `suspend-accords` order suspended the Accords (its answer on record, rules
   * version 8), or null when they were suspended otherwise or are not suspended.
   */
  suspendedBy: Party | null;
  /** Open violations committed while suspended (they raise the war risk). */
  openWhileSuspended: number;
  /**
   * The suspender of every suspension on record that a summit walked back, once each time (rules
   * version 10, src/sim/suspension.ts): each costs it `crisis.walkedBackPoints` of its score.
   */
  walkedBack: Party[];
  powers: Record<Party, PowerState>;
  thirdPowers: ThirdPower[];
  systems: System[];
  lanes: [string, string][];
  fleets: Fleet[];
  nextFleetId: number;
  obligations: Obligation[];
  wars: War[];
  claims: Claim[];
  /** Fugitives sheltered as heroes (rules version 7). */
  heroes: Hero[];
  /** Gratitude and grudges that last (rules version 9, src/sim/debts.ts). */
  debts: Debt[];
  covert: CovertAct[];
  /** Hashed by its running digest, one fold per turn's append (src/sim/state-hash.ts `ledgerDigest`). */
  ledger: Chronicle<LedgerEntry>;
  /** Protests standing (section 15.4), oldest first. */
  protests: Protest[];
  /** Demands for reparations awaiting the debtor's answer. */
  demands: Demand[];
  tradePact: boolean;
  /** The last year of the trade pact's term (rules version 8; 0 before any pact). */
  pactEnds: number;
  /** Trade talks are closed to new pacts up to this year (an offer let pass, a pact lapsed unsettled). */
  talksClosedUntil: number;
  pactProposal: Proposal | null;
  summitProposal: Proposal | null;
  /** This year's events, revealed in the events phase. */
  events: GameEvent[];
  history: Chronicle<YearRecord>;
  result: GameResult | null;
  rules: Rules;
  grades: Grade[];
  /** The scenario's scripted and random events, carried so a saved game is self-contained. */
  timeline: TimelineEntry[];
  eventTable: TableEntry[];
  /** The worlds the scenario starts with in dispute: a claim event draws from these, whatever became of them. */
  disputedWorlds: string[];
  /** Hash of everything that never changes in a game (map, rules, grades, events, third powers). */
  staticHash: string;
}
