// The powers' names on the screen come from the core's one declaration (PARTY_NAMES, PARTY_TITLES).
import { type GameState, isParty, PARTY_NAMES, PARTY_TITLES, type Party, sentence } from '../../sim/index';

// A sentence's capital is the core's too (its event texts and reports put names first).
export { PARTY_NAMES, PARTY_TITLES, sentence };

/** The name as a label, without its article: "Klingon Empire standing". */
export function partyLabel(party: Party): string {
  return PARTY_TITLES[party].replace(/^The /, '');
}

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
 * A fleet's name comes from its id alone (see `fleetNames`), never from where it lies, so a fleet
 * that moves keeps it ("the Hood Task Force moves from Sol to Vulcan").
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

/**
 * Every fleet of the state with its name. Each owner's fleets, taken in the order of their ids,
 * take the word their id hashes to, or the next one free; past the list's end, a number follows.
 */
export function fleetNames(state: Pick<GameState, 'fleets' | 'thirdPowers'>): Map<string, string> {
  const out = new Map<string, string>();
  const byOwner = new Map<string, string[]>();
  for (const f of state.fleets) byOwner.set(f.owner, [...(byOwner.get(f.owner) ?? []), f.id]);
  for (const [owner, ids] of byOwner) {
    const words = isParty(owner) ? FLEET_WORDS[owner] : LETTERS;
    const shape = (word: string, round: number) => {
      const w = round > 0 ? `${word} ${round + 1}` : word;
      if (owner === 'federation') return `the ${w} Task Force`;
      if (owner === 'klingon') return `the ${w} Squadron`;
      return `the ${ownerName(state, owner)} fleet ${w}`;
    };
    const taken = new Set<string>();
    for (const id of [...ids].sort()) {
      const start = hashOf(id) % words.length;
      for (let k = 0; ; k++) {
        const name = shape(words[(start + k) % words.length] ?? 'Reserve', Math.floor(k / words.length));
        if (taken.has(name)) continue;
        taken.add(name);
        out.set(id, name);
        break;
      }
    }
  }
  return out;
}

/** A fleet by its name, capitalised as a sentence's subject ("The Hood Task Force"). */
export function fleetName(state: Pick<GameState, 'fleets' | 'thirdPowers'>, id: string): string {
  const name = fleetNames(state).get(id);
  return name ? sentence(name) : 'A fleet';
}

const namings = new WeakMap<GameState, Map<string, string>>();
/**
 * Names seen before, for ids that have left the state since (an obligation met last year, a fleet
 * sunk): the report and the ledger still speak of them.
 */
const remembered = new Map<string, string>();
/** The ids of fleets among them: "fleet <id>" reads as the fleet's name alone. */
const fleetIds = new Set<string>();

/** Every id a player could meet, with the name the screen uses for it. */
function namesOf(state: GameState): Map<string, string> {
  const known = namings.get(state);
  if (known) return known;
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
    else names.set(o.id, `aid for ${world(o.system) ?? ownerName(state, o.victim)}`);
  }
  for (const w of state.wars) names.set(w.id, `the war of ${ownerName(state, w.thirdPower)}`);
  for (const c of state.claims)
    names.set(c.id, c.system ? `the claim on ${names.get(c.system) ?? 'a world'}` : 'the tariff quarrel');
  for (const [id, name] of fleetNames(state)) {
    names.set(id, name);
    fleetIds.add(id);
  }
  for (const [id, name] of names) remembered.set(id, name);
  namings.set(state, names);
  return names;
}

/**
 * A text of the core with every id in it read as its name: "Fleet fed-k7 withdraws" becomes
 * "Federation fleet at Sol withdraws". Texts that enter the ledger are hashed, so the names are put
 * in here, on the way to the screen, and the core's words stay as they were.
 */
export function named(state: GameState, text: string): string {
  const names = namesOf(state);
  return readNames(names, text).replace(OWNER_TWICE, '$1');
}

/** "the Romulan Star Empire fleet Eta (Romulan Star Empire)": a third power's fleet names its owner once. */
const OWNER_TWICE = /\b(the ([A-Z][\w' ]+?) fleet [A-Z][a-z]+(?: \d+)?) \(\2\)/g;

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
