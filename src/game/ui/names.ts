// The powers' names on the screen come from the core's one declaration (PARTY_NAMES, PARTY_TITLES).
import {
  type GameState,
  isParty,
  isRaiders,
  PARTY_NAMES,
  PARTY_TITLES,
  type Party,
  partyLabel,
  powerName,
  type Scenario,
  sentence,
} from '../../sim/index';

// A sentence's capital is the core's too (its event texts and reports put names first).
export { PARTY_NAMES, PARTY_TITLES, partyLabel, sentence };

/** A zone as the screens say it (the map's tip, a world's panel): never its id. */
export const ZONE_WORDS: Readonly<Record<string, string>> = {
  core: 'core world',
  border: 'border world',
  'neutral-zone': 'neutral zone',
  disputed: 'disputed world',
};

/** What the screens say of a world beyond the borders (rules version 28: sim `isOccupied`). */
export const OCCUPIED_WORDS = 'Occupied, not secure: no security beyond the worlds of the start';

/** The class that colours a power's name. */
export function partyClass(party: Party): 'fed' | 'kli' {
  return party === 'federation' ? 'fed' : 'kli';
}

/** Who holds a world or a fleet, by name: a power, a third power, or no one. */
export function ownerName(state: Pick<GameState, 'thirdPowers'>, owner: string | null): string {
  if (owner === null) return 'unclaimed';
  if (isParty(owner)) return partyLabel(owner);
  return state.thirdPowers.find((t) => t.id === owner)?.name ?? owner;
}

/**
 * The names fleets sail under: a power's are named for ships of its line, a third power's by letter.
 * A fleet's name comes from its id and its game's roster alone (see `fleetNames`), never from where
 * it lies or which other fleets are afloat, so it keeps it all its life ("the Hood Task Force moves
 * from Sol to Vulcan", and still after a fleet beside it is lost).
 */
const FLEET_WORDS: Record<Party, readonly string[]> = {
  federation: [
    'Excelsior',
    'Hood',
    'Lexington',
    'Yorktown',
    'Potemkin',
    'Constellation',
    'Farragut',
    'Intrepid',
    'Exeter',
    'Republic',
    'Hathaway',
    'Saratoga',
    'Repulse',
    'Valiant',
    'Bozeman',
    'Ahwahnee',
  ],
  klingon: [
    "Ch'Tang",
    "Gr'oth",
    "Hegh'ta",
    'Bortas',
    "Vor'cha",
    'Amar',
    'Klothos',
    "T'Ong",
    'Rotarran',
    'Pagh',
    "Negh'Var",
    "B'Moth",
    "Toh'Kaht",
    "Hor'Cha",
    'Vorn',
    "Ki'Tang",
  ],
};
const LETTERS = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'];

/** A small stable hash of an id (FNV-1a): the same id, the same first choice of name. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The fleets a game began with, each with its owner (its scenario's): their names are settled among them once. */
export type Roster = readonly { readonly id: string; readonly owner: string }[];

const rosters = new WeakMap<object, Roster>();
/** A scenario's roster, the same value for the same scenario (so the names found for a state are kept). */
export function rosterOf(scenario: Pick<Scenario, 'powers' | 'thirdPowers'>): Roster {
  const known = rosters.get(scenario);
  if (known) return known;
  const roster = [
    ...(['federation', 'klingon'] as const).flatMap((p) =>
      scenario.powers[p].fleets.map((f) => ({ id: f.id, owner: p })),
    ),
    ...scenario.thirdPowers.flatMap((t) => t.fleets.map((f) => ({ id: f.id, owner: t.id }))),
  ];
  rosters.set(scenario, roster);
  return roster;
}

/** Fleets taken as a game's first (a scenario being edited, a test's opening state). */
export function rosterOfFleets(fleets: readonly { id: string; owner: string }[]): Roster {
  return fleets.map((f) => ({ id: f.id, owner: f.owner }));
}

/**
 * Every fleet of the state with its name. An owner's names are a sequence: its words, then its
 * words again numbered ("Hood 2"). Its fleets of the roster, taken in the order of their ids, take
 * the word their id hashes to or the next one free; a fleet built later (`klingon-7`) takes the
 * seventh name the roster left free, a raider the one its id hashes to among them. So two fleets
 * alive together never share a name, and no fleet's name depends on which others are afloat (but
 * two raiders of one power alive together whose ids hash alike: the later takes the next free).
 */
export function fleetNames(
  state: Pick<GameState, 'fleets' | 'thirdPowers'>,
  roster: Roster,
): Map<string, string> {
  const out = new Map<string, string>();
  const declared = new Set(roster.map((f) => f.id));
  const owners = new Set([...roster.map((f) => f.owner), ...state.fleets.map((f) => f.owner)]);
  for (const owner of owners) {
    const words = isParty(owner) ? FLEET_WORDS[owner] : LETTERS;
    const shape = (k: number, id: string) => {
      const word = words[k % words.length] ?? 'Reserve';
      const round = Math.floor(k / words.length);
      const w = round > 0 ? `${word} ${round + 1}` : word;
      if (owner === 'federation') return `the ${w} Task Force`;
      if (owner === 'klingon') return `the ${w} Squadron`;
      // A scenario may name its power with the article ("the Romulan Star Empire"): said once. Its
      // raiders are named so, as the card that names their raid says ("sends raiders against…"):
      // called its "fleet Gamma" on the map, they read as another force (session 27).
      return `the ${ownerName(state, owner).replace(/^the /i, '')} ${isRaiders(id) ? 'raiders' : 'fleet'} ${w}`;
    };
    const taken = new Set<number>();
    const settle = (id: string, first: number) => {
      let k = first;
      while (taken.has(k)) k++;
      taken.add(k);
      out.set(id, shape(k, id));
    };
    const mine = roster.filter((f) => f.owner === owner).map((f) => f.id);
    for (const id of [...mine].sort()) settle(id, hashOf(id) % words.length);
    // The names the roster left free, in order: a later fleet's number picks one.
    const ofRoster = new Set(taken);
    const free: number[] = [];
    const freeAt = (i: number) => {
      for (let k = (free.at(-1) ?? -1) + 1; free.length <= i; k++) if (!ofRoster.has(k)) free.push(k);
      return free[i] ?? 0;
    };
    const later = state.fleets.filter((f) => f.owner === owner && !declared.has(f.id)).map((f) => f.id);
    const numbered = later
      .map((id) => ({ id, n: Number(/-(\d+)$/.exec(id)?.[1] ?? Number.NaN) }))
      .sort((x, y) => x.n - y.n);
    const rest: string[] = [];
    for (const { id, n } of numbered) {
      // Only a power builds fleets numbered in order (`klingon-7`); a third power's raiders end in
      // a year (`raiders-e2305-…-klingon-2305`), which read as "fleet Beta 289" (playtest 23).
      if (isParty(owner) && Number.isInteger(n) && n > 0 && n < 10000 && !taken.has(freeAt(n - 1)))
        settle(id, freeAt(n - 1));
      else rest.push(id);
    }
    for (const id of rest.sort()) settle(id, freeAt(hashOf(id) % Math.max(1, words.length - mine.length)));
  }
  return out;
}

/** A fleet by its name, capitalised as a sentence's subject ("The Hood Task Force"). */
export function fleetName(
  state: Pick<GameState, 'fleets' | 'thirdPowers'>,
  id: string,
  roster: Roster,
): string {
  const name = fleetNames(state, roster).get(id);
  return name ? sentence(name) : 'A fleet';
}

/**
 * A fleet as a list of the map shows it: its name and, for a power's, whose it is ("The Hood Task
 * Force (Federation)"); a third power's name says its owner already, and said it twice in the tip.
 */
export function fleetTitle(
  state: Pick<GameState, 'fleets' | 'thirdPowers'>,
  fleet: { id: string; owner: string },
  roster: Roster,
): string {
  const name = fleetName(state, fleet.id, roster);
  return isParty(fleet.owner) ? `${name} (${ownerName(state, fleet.owner)})` : name;
}

const namings = new WeakMap<GameState, { roster: Roster; names: Map<string, string> }>();
/**
 * Names seen before, for ids that have left the state since (an obligation met last year, a fleet
 * sunk): the report and the ledger still speak of them.
 */
const remembered = new Map<string, string>();
/** The ids of fleets among them: "fleet <id>" reads as the fleet's name alone. */
const fleetIds = new Set<string>();

/** Every id a player could meet, with the name the screen uses for it. */
function namesOf(state: GameState, roster: Roster): Map<string, string> {
  const known = namings.get(state);
  if (known?.roster === roster) return known.names;
  const names = new Map<string, string>();
  for (const s of state.systems) names.set(s.id, s.name);
  for (const t of state.thirdPowers) names.set(t.id, t.name);
  for (const p of ['federation', 'klingon'] as const) names.set(p, partyLabel(p));
  for (const e of state.events) names.set(e.id, `“${sentence(e.title)}”`);
  const world = (id: string | null) => state.systems.find((x) => x.id === id)?.name;
  for (const o of state.obligations) {
    // What the obligation is about, as its card says it: the world struck, the fugitive, the ruling.
    if (o.kind === 'extradition') names.set(o.id, o.fugitive);
    else if (o.kind === 'ruling') names.set(o.id, `the ruling on ${world(o.system) ?? 'a world'}`);
    // A power named as a sentence names it (playtest 33 read "aid for Romulan Star Empire").
    else names.set(o.id, `aid for ${world(o.system) ?? powerName(state, o.victim)}`);
  }
  for (const w of state.wars) names.set(w.id, `the war of ${powerName(state, w.thirdPower)}`);
  for (const c of state.claims)
    names.set(c.id, c.system ? `the claim on ${names.get(c.system) ?? 'a world'}` : 'the tariff quarrel');
  for (const [id, name] of fleetNames(state, roster)) {
    names.set(id, name);
    fleetIds.add(id);
  }
  for (const [id, name] of names) remembered.set(id, name);
  namings.set(state, { roster, names });
  return names;
}

/**
 * A text of the core with every id in it read as its name: "Fleet fed-k7 withdraws" becomes
 * "Federation fleet at Sol withdraws". Texts that enter the ledger are hashed, so the names are put
 * in here, on the way to the screen, and the core's words stay as they were.
 */
export function named(state: GameState, text: string, roster: Roster): string {
  const names = namesOf(state, roster);
  return readNames(names, text).replace(OWNER_TWICE, '$1').replace(SENTENCE_START, capital);
}

/**
 * A sentence that opens with a name the core fills in lower case ("the Federation"), as an author's
 * text may ("…of Andor. {party} asks…": playtest 30 read "Andor. the Federation asks").
 */
const SENTENCE_START = /([.!?]\s+)([a-z])/g;
const capital = (_: string, stop: string, letter: string) => stop + letter.toUpperCase();

/**
 * "the Romulan Star Empire fleet Eta (the Romulan Star Empire)": a third power's fleet (or raiders)
 * names its owner once (the core names it with its article, or without when its name has none).
 */
const OWNER_TWICE = /\b(the ([A-Z][\w' ]+?) (?:fleet|raiders) [A-Z][a-z]+(?: \d+)?) \((?:the )?\2\)/g;

function readNames(names: Map<string, string>, text: string): string {
  return text.replace(/(\b[Ff]leet\s+)?\b([a-z0-9][a-z0-9-]*[a-z0-9])\b/g, (whole, fleetWord, id) => {
    const name = names.get(id) ?? remembered.get(id) ?? obligationWords(id);
    // A fleet no longer on the map (sunk, or merged) is still not shown by its id.
    if (name === undefined)
      return fleetWord && /[-\d]/.test(id) ? `${fleetWord[0] === 'F' ? 'A' : 'a'} lost fleet` : whole;
    // "Fleet fed-k7" reads "The Hood Task Force": the name says it is a fleet.
    if (fleetWord && fleetIds.has(id)) return fleetWord[0] === 'F' ? sentence(name) : name;
    return `${fleetWord ?? ''}${name}`;
  });
}

/** An obligation no longer in the state (met, or past), by the kind its id ends with. */
function obligationWords(id: string): string | undefined {
  if (!/\d/.test(id)) return undefined;
  const kind = /-(aid|extradition|claim|tariff)$/.exec(id)?.[1];
  if (kind === 'aid') return 'the call for aid';
  if (kind === 'extradition') return 'the extradition demand';
  if (kind === 'claim') return 'the claim';
  if (kind === 'tariff') return 'the tariff quarrel';
  return undefined;
}
