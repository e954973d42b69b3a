// The words of the events: each type's title and text when the scenario gives none, the fugitives'
// names, and the templates they are written in ("{system}" is filled in when the event is revealed).
import { type Article, type Party, talksReopen, untilYear } from './types';

export const EVENT_TYPES = [
  'disaster',
  'incursion',
  'renegade',
  'dispute',
  'trade',
  'domestic',
  'exposure',
  'historic',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Each event type's article and the words a player reads when the scenario gives none. */
export const EVENT_TEXT: Record<EventType, { article: Article | null; title: string; text: string }> = {
  disaster: {
    article: 'IV',
    title: 'Disaster on {system}',
    text: 'Catastrophe strikes {system}, a world of {victim}. Relief of {need} reserves is needed in time.',
  },
  incursion: {
    article: 'III',
    title: '{attacker} strikes',
    text: '{attacker} attacks {victim}. Article III: the other party must not aid the aggressor, and may stand with the party attacked.',
  },
  renegade: {
    article: 'V',
    title: 'A renegade: {fugitive}',
    text: '{fugitive}, of {origin}, has taken revenge on {victim}. Article V: {victim} demands extradition.',
  },
  dispute: {
    article: 'VI',
    title: 'The claim on {system}',
    text: '{party} presses its claim to {system}. Article VI offers arbitration; seizing it would break the Accords.',
  },
  trade: {
    article: 'VI',
    title: 'Trade',
    text: 'Merchants of both powers press for a decision on trade.',
  },
  domestic: {
    article: null,
    title: 'Voices at home',
    text: 'Factions press the government of {party}.',
  },
  exposure: {
    article: null,
    title: 'An intelligence leak',
    text: 'Files leak from a station archive. Old secrets may come to light.',
  },
  historic: { article: null, title: 'History', text: '' },
};

export const TRADE_TEXT = {
  'pact-offer': {
    title: 'A trade pact offered',
    text: '{party} offers a trade pact. Accepting it adds to the industry of both.',
  },
  'tariff-quarrel': {
    title: 'A tariff quarrel',
    text: 'Merchants quarrel over tariffs. Unless both powers take it to arbitration this year, the trade pact lapses.',
  },
};
/**
 * A trade event's words when it would offer what cannot be (rules version 12): a pact while one
 * holds or while the Accords are not in force, a tariff quarrel with no pact for it to end. Null:
 * the event offers what it says.
 */
export function mootTrade(
  s: {
    tradePact: boolean;
    pactEnds: number;
    status: string;
    talksClosedUntil: number;
    year: number;
    lastYear: number;
  },
  kind: 'pact-offer' | 'tariff-quarrel',
): Template | null {
  if (kind === 'pact-offer') {
    if (s.tradePact)
      return template(`${TRADE_MOOT.held}, ${untilYear(s, s.pactEnds)}: no new pact is offered.`);
    // The status by name: the HUD says "strained", and "not in force" read as another state.
    if (s.status !== 'in-force') return template(`${TRADE_MOOT.closed} ${s.status}: none is offered.`);
    // Talks closed (rules version 15): an offer nobody may accept would lapse and close them again.
    return s.talksClosedUntil >= s.year
      ? template(`${TRADE_MOOT.talks} ${talksReopen(s, s.talksClosedUntil)}, and none is offered.`)
      : null;
  }
  return s.tradePact ? null : TRADE_MOOT_WORDS.quarrel;
}

const TRADE_MOOT = {
  held: 'Merchants of both powers ask for open ports, but the trade pact in force already gives them',
  closed:
    'Merchants of both powers ask for open ports, but no trade pact can be signed while the Accords are',
  // One way to say when talks open, here, in the orders and in the report: "until 2325" read as a
  // year sooner than "closed until 2326" beside it (playtest 24).
  talks: 'Merchants of both powers ask for open ports, but trade talks are closed:',
  quarrel:
    'Merchants quarrel over tariffs, but no trade pact holds for the quarrel to end: nothing is asked of either power.',
};

export const DOMESTIC_TEXT = {
  hawks: { title: 'The hawks press {party}', text: 'Hawks in {party} call the Accords a weakness.' },
  doves: {
    title: 'The doves speak for {party}',
    text: 'Voices of peace in {party} rally behind the Accords.',
  },
};

/**
 * The fugitives renegade events name: four hundred a side, none named twice in a century
 * (`fugitiveName`), so a fugitive extradited to stand trial does not flee home again years later.
 * A name is a first part and a second, the second with its own joining space or comma.
 */
const FUGITIVE_PARTS: Record<Party, { first: readonly string[]; second: readonly string[] }> = {
  federation: {
    first: [
      'Captain Elena',
      'Commander Tobin',
      'Lieutenant Sara',
      'Ensign Ravi',
      'Dr. Miriam',
      'Captain Idris',
      'Commander Lena',
      'Lieutenant Marcus',
      'Ensign Talia',
      'Dr. Owen',
      'Captain Noor',
      'Commander Piet',
      'Lieutenant Ada',
      'Ensign Kofi',
      'Dr. Ines',
      'Captain Rurik',
      'Commander Yara',
      'Lieutenant Joss',
      'Ensign Mei',
      'Dr. Anselm',
    ],
    second: [
      ' Varro',
      ' Hale',
      ' Quill',
      ' Dal',
      ' Oake',
      ' Brandt',
      ' Moreau',
      ' Castell',
      ' Iyer',
      ' Sorensen',
      ' Achebe',
      ' Lindqvist',
      ' Okafor',
      ' Reyes',
      ' Tamm',
      ' Vance',
      ' Whitlow',
      ' Zhao',
      ' Maddox',
      ' Ferrante',
    ],
  },
  klingon: {
    first: [
      'Kurvak',
      'Tagh',
      'Vorka',
      'Gorath',
      'Kesh',
      'Marrog',
      'Tovek',
      'Drogan',
      'Krell',
      'Vagh',
      'Korum',
      'Brakh',
      'Ghelt',
      'Larrk',
      'Moqta',
      'Neskar',
      'Qovar',
      'Rekh',
      'Torlak',
      'Zhorg',
    ],
    second: [
      ', son of Morj',
      ' of the House of Duras',
      ' the Blade',
      ', son of Kell',
      ' of the House of Torg',
      ', son of Qarn',
      ' the Unbowed',
      ', son of Gath',
      ' of the House of Mekk',
      ', son of Rohl',
      ' of the House of Veshk',
      ', son of Dagh',
      ' the Red-Handed',
      ', son of Brokh',
      ' of the House of Qeth',
      ', son of Valk',
      ' the Restless',
      ', son of Kortan',
      ' of the House of Ghorm',
      ', son of Tevak',
    ],
  },
};

/**
 * The name of the fugitive a renegade event names in `slot` of its year, `yearsIn` after the
 * first: each of the first four slots of each year of a century has its own of the 400 (a year's
 * place times four, plus the slot, spread by 139, which is prime to 400). The first part turns with
 * the second (rules version 32): playtest 42 met "Drogan" four times, as a slot's first part came
 * back every five years; now it comes back after nineteen at the soonest.
 */
export function fugitiveName(origin: Party, yearsIn: number, slot: number): string {
  const parts = FUGITIVE_PARTS[origin];
  const n = ((((yearsIn * 4 + (slot % 4)) * 139) % 400) + 400) % 400;
  const second = Math.floor(n / 20);
  return `${parts.first[(n + 7 * second) % 20]}${parts.second[second]}`;
}

// The dispute's words when the world is no longer disputed (an arbiters' ruling settled it).
export const RULING_STANDS = '{party} raises its old claim to {system}, but the arbiters’ ruling stands.';

/** A template split into its text and its {names}: even places are text, odd places names. */
export type Template = readonly string[];

export function template(text: string): Template {
  const parts: string[] = [];
  let at = 0;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', at)) {
    const close = text.indexOf('}', open);
    if (close < 0) break;
    parts.push(text.slice(at, open), text.slice(open + 1, close));
    at = close + 1;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Whether the template has a {name} (at its odd places). */
export function names(t: Template, name: string): boolean {
  for (let i = 1; i < t.length; i += 2) if (t[i] === name) return true;
  return false;
}

/** The template with each {name} replaced by its value; an unknown {name} stays as written. */
export function fill(t: Template, vars: Record<string, string>): string {
  let out = t[0] as string;
  for (let i = 1; i < t.length; i += 2) {
    const name = t[i] as string;
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    out += (value ?? `{${name}}`) + (t[i + 1] as string);
  }
  return out;
}

/** An event's title and text as templates: the scenario's own words, or its type's. */
export interface EventWords {
  title: Template;
  text: Template;
}

function wordsOf(w: { title: string; text: string }): EventWords {
  return { title: template(w.title), text: template(w.text) };
}

// Split once, as the module loads: the words are constants.
export const TYPE_WORDS = {
  disaster: wordsOf(EVENT_TEXT.disaster),
  incursion: wordsOf(EVENT_TEXT.incursion),
  renegade: wordsOf(EVENT_TEXT.renegade),
  dispute: wordsOf(EVENT_TEXT.dispute),
  trade: wordsOf(EVENT_TEXT.trade),
  domestic: wordsOf(EVENT_TEXT.domestic),
  exposure: wordsOf(EVENT_TEXT.exposure),
  historic: wordsOf(EVENT_TEXT.historic),
  'pact-offer': wordsOf(TRADE_TEXT['pact-offer']),
  'tariff-quarrel': wordsOf(TRADE_TEXT['tariff-quarrel']),
  hawks: wordsOf(DOMESTIC_TEXT.hawks),
  doves: wordsOf(DOMESTIC_TEXT.doves),
} as const;

export const RULING_STANDS_WORDS: Template = template(RULING_STANDS);

const TRADE_MOOT_WORDS = {
  quarrel: template(TRADE_MOOT.quarrel),
};
