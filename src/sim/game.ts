// A new game from a validated scenario, copying a state, and the state's stable hash.
import { Chronicle } from './chronicle';
import { copyFleet, copySystem, createContext, flushLedger } from './context';
import { Derived } from './derived';
import { revealEvents } from './events';
import { Hasher } from './hash';
import type { Scenario } from './scenario/schema';
import { LEDGER_START, ledgerDigest } from './state-hash';
import {
  type Claim,
  type Controller,
  type Fleet,
  type GameState,
  type LedgerEntry,
  type Obligation,
  PARTIES,
  PARTY_TITLES,
  type Party,
  type PowerState,
  type Result,
  type War,
  type YearRecord,
} from './types';
import { industries } from './world';

/** Bumped whenever a rule change alters outcomes (and the golden replays are renewed with it). */
export const RULES_VERSION = 32;

export const MAX_SEED_LENGTH = 200;
/** The longest controller name (as the replay format allows). */
export const MAX_CONTROLLER_LENGTH = 40;

export interface NewGameOptions {
  seed: string;
  controllers?: Partial<Record<Party, Controller>>;
}

export interface GameError {
  code: string;
  message: string;
}

export function createGame(scenario: Scenario, options: NewGameOptions): Result<GameState, GameError> {
  const seed = options.seed;
  if (typeof seed !== 'string' || seed.length === 0 || seed.length > MAX_SEED_LENGTH) {
    return {
      ok: false,
      error: { code: 'game/bad-seed', message: `A seed is a text of 1 to ${MAX_SEED_LENGTH} characters.` },
    };
  }
  for (const p of PARTIES) {
    const c = options.controllers?.[p];
    if (c !== undefined && (typeof c !== 'string' || c.length === 0 || c.length > MAX_CONTROLLER_LENGTH)) {
      return {
        ok: false,
        error: {
          code: 'game/bad-controller',
          message: `${PARTY_TITLES[p]}'s controller must be "human" or a policy's name, a text of 1 to ${MAX_CONTROLLER_LENGTH} characters.`,
        },
      };
    }
  }
  const systems = scenario.map.systems.map(copySystem);
  const industry = industries({ systems });
  const power = (p: Party): PowerState => {
    const src = scenario.powers[p];
    return {
      standing: src.standing,
      support: src.support,
      reserves: src.reserves,
      startIndustry: industry[p],
      lastIndustry: industry[p],
      embassy: src.embassy,
      controller: options.controllers?.[p] ?? 'human',
      leaders: 0,
      intel: null,
      startWorlds: systems.reduce((n, x) => n + (x.owner === p ? 1 : 0), 0),
      banked: { honour: 0, security: 0, prosperity: 0, support: 0, decades: [] },
      addressYears: [],
      passageUntil: 0,
      grievance: 0,
      embassyClosed: null,
      quietYears: 0,
    };
  };
  // The powers' fleets, then the third powers', each with its owner.
  const fleets: Fleet[] = [];
  const addFleets = (owner: string, list: readonly { id: string; location: string; strength: number }[]) => {
    for (const f of list) fleets.push({ id: f.id, owner, location: f.location, strength: f.strength });
  };
  for (const p of PARTIES) addFleets(p, scenario.powers[p].fleets);
  for (const t of scenario.thirdPowers) addFleets(t.id, t.fleets);
  const s: GameState = {
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    seed,
    year: scenario.firstYear,
    phase: 'orders',
    firstYear: scenario.firstYear,
    lastYear: scenario.lastYear,
    signedYear: scenario.signedYear ?? scenario.firstYear,
    status: scenario.status,
    suspendedSince: scenario.status === 'suspended' ? (scenario.suspendedSince ?? scenario.firstYear) : null,
    everSuspended: scenario.status === 'suspended',
    suspendedBy: null,
    openWhileSuspended: 0,
    walkedBack: [],
    powers: { federation: power('federation'), klingon: power('klingon') },
    thirdPowers: scenario.thirdPowers.map((t) => ({
      id: t.id,
      name: t.name,
      resents: t.resents,
      aggression: t.aggression.map((a) => ({ ...a })),
      homeworlds: scenario.map.systems.filter((x) => x.owner === t.id).map((x) => x.id),
    })),
    systems,
    // The scenario's own list, never changed: every game of the scenario shares it, and with it the
    // map's adjacency and shortest paths (world.ts keys them by the list).
    lanes: scenario.map.lanes,
    fleets,
    nextFleetId: 1,
    obligations: [],
    wars: [],
    claims: [],
    heroes: [],
    debts: [],
    covert: [],
    ledger: Chronicle.of([], LEDGER_START),
    protests: [],
    demands: [],
    tradePact: false,
    pactEnds: 0,
    talksClosedUntil: 0,
    pactProposal: null,
    summitProposal: null,
    events: [],
    history: Chronicle.of(),
    result: null,
    rules: scenario.rules,
    grades: scenario.grades.map((g) => ({ ...g })),
    timeline: scenario.timeline,
    eventTable: scenario.eventTable,
    disputedWorlds: systems.filter((x) => x.zone === 'disputed').map((x) => x.id),
    staticHash: '',
  };
  // Every state of the game carries it (`turnCopy` shares it).
  s.staticHash = staticHashOfScenario(scenario, s);
  if (s.year >= s.lastYear) {
    return { ok: false, error: { code: 'game/no-years', message: 'The scenario has no year to play.' } };
  }
  const ctx = createContext(s);
  revealEvents(ctx, s);
  flushLedger(ctx);
  return { ok: true, value: s };
}

// Hashing a scenario's static parts takes about as long as a third of a campaign's turns, and batch
// runs, benchmarks and replays make many games of one scenario (tests/unit/derived.test.ts).
const staticHashes = new Derived<Scenario, string, GameState>((_scenario, s) => staticHashOf(s));

function staticHashOfScenario(scenario: Scenario, s: GameState): string {
  return staticHashes.of(scenario, s);
}

function staticHashOf(s: GameState): string {
  const h = new Hasher();
  h.value({
    rules: s.rules,
    grades: s.grades,
    lanes: s.lanes,
    thirdPowers: s.thirdPowers,
    timeline: s.timeline,
    eventTable: s.eventTable,
    disputedWorlds: s.disputedWorlds,
    systems: s.systems.map((x) => ({
      id: x.id,
      name: x.name,
      x: x.x,
      y: x.y,
      capital: x.capital,
      shipyard: x.shipyard,
    })),
  });
  return h.digest();
}

/**
 * A power's record copied (its banked points too), in the one shape of every power. Its intel, its
 * address years and its closed embassy are replaced, never changed in place (./articles/article-i.ts,
 * ./support.ts): shared.
 */
export function copyPower(p: PowerState): PowerState {
  return {
    standing: p.standing,
    support: p.support,
    reserves: p.reserves,
    startIndustry: p.startIndustry,
    lastIndustry: p.lastIndustry,
    embassy: p.embassy,
    controller: p.controller,
    leaders: p.leaders,
    intel: p.intel,
    startWorlds: p.startWorlds,
    banked: {
      honour: p.banked.honour,
      security: p.banked.security,
      prosperity: p.banked.prosperity,
      support: p.banked.support,
      decades: p.banked.decades.slice(),
    },
    addressYears: p.addressYears,
    passageUntil: p.passageUntil,
    grievance: p.grievance,
    embassyClosed: p.embassyClosed,
    quietYears: p.quietYears,
  };
}

// Copies written out field by field, in the order the rules make these objects (events.ts,
// article-vi.ts): each kind keeps one shape in V8, so the code that reads them stays fast.
function copyObligation(o: Obligation): Obligation {
  switch (o.kind) {
    case 'aid':
      return {
        id: o.id,
        kind: o.kind,
        article: o.article,
        eventId: o.eventId,
        victim: o.victim,
        system: o.system,
        need: o.need,
        deadline: o.deadline,
        delivered: { federation: o.delivered.federation, klingon: o.delivered.klingon },
      };
    case 'extradition':
      return {
        id: o.id,
        kind: o.kind,
        article: o.article,
        eventId: o.eventId,
        fugitive: o.fugitive,
        debtor: o.debtor,
        requested: o.requested,
        deadline: o.deadline,
        decision: o.decision,
      };
    case 'ruling':
      return {
        id: o.id,
        kind: o.kind,
        article: o.article,
        eventId: o.eventId,
        system: o.system,
        winner: o.winner,
        debtor: o.debtor,
        deadline: o.deadline,
        accepted: o.accepted,
      };
  }
}

// A war's helpers are replaced, never changed in place (src/sim/articles/article-iii.ts): shared.
function copyWar(w: War): War {
  return {
    id: w.id,
    eventId: w.eventId,
    thirdPower: w.thirdPower,
    victim: w.victim,
    since: w.since,
    until: w.until,
    strength: w.strength,
    target: w.target,
    aidedBy: w.aidedBy,
    raiders: w.raiders ?? null,
    armedBy: w.armedBy,
    supportedBy: w.supportedBy,
    took: w.took,
  };
}

function copyClaim(c: Claim): Claim {
  return {
    id: c.id,
    eventId: c.eventId,
    kind: c.kind,
    system: c.system,
    claimant: c.claimant,
    since: c.since,
  };
}

/**
 * A state as plain data: its ledger and history as arrays (what `JSON.stringify` writes of it) and
 * the ledger's running hash beside them.
 */
export type StateData = Omit<GameState, 'ledger' | 'history'> & {
  ledger: LedgerEntry[];
  ledgerHash: string;
  history: YearRecord[];
};

/** A deep copy of `s` as plain data, for a page or a test to read: its JSON, read back. */
export function stateData(s: GameState): StateData {
  return { ...(JSON.parse(JSON.stringify(s)) as StateData), ledgerHash: ledgerDigest(s) };
}

/** The state that `data` (a `stateData` of it) stands for: its ledger and history as chronicles again. */
export function fromStateData(data: StateData): GameState {
  return sharedCopy({
    ...data,
    ledger: Chronicle.of(data.ledger, data.ledgerHash),
    history: Chronicle.of(data.history),
  });
}

/** A deep copy of everything a turn may change; the static parts are shared. */
export function cloneState(s: GameState): GameState {
  const c = turnCopy(s);
  c.systems = s.systems.map(copySystem);
  c.fleets = s.fleets.map(copyFleet);
  c.heroes = s.heroes.slice();
  c.covert = s.covert.slice();
  c.events = s.events.slice();
  return c;
}

/**
 * The copy a turn starts from: like `cloneState`, but the systems themselves are shared (most do
 * not change in a year); the turn copies one before it changes it (`ownSystem`). The fleets' and
 * the covert acts' lists are shared too, until the turn's first change to one (`ownFleet`,
 * `addFleet`, `ownCovert` copy the list then). Shared as they are, since they are replaced and never
 * changed in place: the walked-back suspensions (src/sim/suspension.ts), the debts
 * (src/sim/debts.ts), the protests and demands (src/sim/answers.ts), the heroes
 * (src/sim/articles/article-v.ts), the year's events (`revealEvents` makes a new list), the ledger
 * and the history (chronicles: a turn appends to them, ./chronicle.ts); inside the copied powers and
 * wars, a power's intel and address years and a war's helpers (`copyPower`, `copyWar`).
 */
export function turnCopy(s: GameState): GameState {
  const c = sharedCopy(s);
  c.powers = { federation: copyPower(s.powers.federation), klingon: copyPower(s.powers.klingon) };
  c.systems = s.systems.slice();
  c.obligations = s.obligations.map(copyObligation);
  c.wars = s.wars.map(copyWar);
  c.claims = s.claims.map(copyClaim);
  return c;
}

/**
 * A copy of the state that shares every part with it: replace a part before changing it. Every
 * state is made by this literal or `createGame`'s, the same fields in the same order, so V8 gives
 * them one hidden class; a copy by spread would have a class of its own (the AI's view was one), and
 * every function reading both would test two.
 */
export function sharedCopy(s: GameState): GameState {
  return {
    rulesVersion: s.rulesVersion,
    scenarioId: s.scenarioId,
    seed: s.seed,
    year: s.year,
    phase: s.phase,
    firstYear: s.firstYear,
    lastYear: s.lastYear,
    signedYear: s.signedYear,
    status: s.status,
    suspendedSince: s.suspendedSince,
    everSuspended: s.everSuspended,
    suspendedBy: s.suspendedBy,
    openWhileSuspended: s.openWhileSuspended,
    walkedBack: s.walkedBack,
    powers: s.powers,
    thirdPowers: s.thirdPowers,
    systems: s.systems,
    lanes: s.lanes,
    fleets: s.fleets,
    nextFleetId: s.nextFleetId,
    obligations: s.obligations,
    wars: s.wars,
    claims: s.claims,
    heroes: s.heroes,
    debts: s.debts,
    covert: s.covert,
    ledger: s.ledger,
    protests: s.protests,
    demands: s.demands,
    tradePact: s.tradePact,
    pactEnds: s.pactEnds,
    talksClosedUntil: s.talksClosedUntil,
    pactProposal: s.pactProposal,
    summitProposal: s.summitProposal,
    events: s.events,
    history: s.history,
    result: s.result,
    rules: s.rules,
    grades: s.grades,
    timeline: s.timeline,
    eventTable: s.eventTable,
    disputedWorlds: s.disputedWorlds,
    staticHash: s.staticHash,
  };
}

export { hashState } from './state-hash';
