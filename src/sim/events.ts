// Events (DESIGN.md section 10): the scenario's scripted timeline and its weighted random table,
// revealed at the start of each year. Every table draw uses a fixed number of numbers from the
// `events:YEAR` stream, so nothing a power orders can shift what the events draw.

import { appendLedger, type Ctx, changeReserves, changeSupport, note } from './context';
import { expose } from './ledger';
import { plural } from './orders/define';
import type { EventSpec, Scenario } from './scenario/schema';
import { announceThreat } from './threats';
import {
  type Article,
  type GameEvent,
  type GameState,
  isParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  type Party,
  type System,
  type War,
} from './types';
import { aggressionIn, findSystem, ownedBy, systemName, thirdPowerName } from './world';

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

const TRADE_TEXT = {
  'pact-offer': {
    title: 'A trade pact offered',
    text: '{party} offers a trade pact. Accepting it adds to the industry of both.',
  },
  'tariff-quarrel': {
    title: 'A tariff quarrel',
    text: 'Merchants quarrel over tariffs. Unless both powers take it to arbitration this year, the trade pact lapses.',
  },
};
const DOMESTIC_TEXT = {
  hawks: { title: 'The hawks press {party}', text: 'Hawks in {party} call the Accords a weakness.' },
  doves: {
    title: 'The doves speak for {party}',
    text: 'Voices of peace in {party} rally behind the Accords.',
  },
};

const FUGITIVES: Record<Party, readonly string[]> = {
  federation: [
    'Captain Elena Varro',
    'Commander Tobin Hale',
    'Lieutenant Sara Quill',
    'Ensign Ravi Dal',
    'Dr. Miriam Oake',
  ],
  klingon: [
    'Kurvak, son of Morj',
    'Tagh of the House of Duras',
    'Vorka the Blade',
    'Gorath, son of Kell',
    'Lady Ves’ka',
  ],
};

interface Draws {
  chance: number;
  entry: number;
  party: number;
  system: number;
  attacker: number;
  misc: number;
}

// A template split once into its text and its {names}: even places are text, odd places names.
const templateParts = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = templateParts.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
    const close = template.indexOf('}', open);
    if (close < 0) break;
    parts.push(template.slice(at, open), template.slice(open + 1, close));
    at = close + 1;
  }
  parts.push(template.slice(at));
  // Scenario texts are few, but a scenario is data: keep the memo from growing without end.
  if (templateParts.size >= 1024) templateParts.clear();
  templateParts.set(template, parts);
  return parts;
}

/** The template with each {name} replaced by its value; an unknown {name} stays as written. */
function fill(template: string, vars: Record<string, string>): string {
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    out += (value ?? `{${name}}`) + (parts[i + 1] as string);
  }
  return out;
}

function pick<T>(u: number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(u * items.length)];
}

/** `pick(u, the systems owned by owner)`, without making that list. */
function pickOwned(u: number, systems: readonly System[], owner: string): System | undefined {
  let count = 0;
  for (const x of systems) if (ownedBy(x, owner)) count++;
  if (count === 0) return undefined;
  let left = Math.floor(u * count);
  for (const x of systems) {
    if (!ownedBy(x, owner)) continue;
    if (left === 0) return x;
    left--;
  }
  return undefined;
}

function pickWeighted(u: number, weights: readonly number[], total = sum(weights)): number {
  if (total <= 0) return -1;
  let r = Math.floor(u * total);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function sum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

/** What one year draws from: the timeline's entries (with their index) and the table's eligible ones. */
interface YearDraws {
  scripted: { spec: EventSpec; index: number }[];
  eligible: EventSpec[];
  weights: number[];
  /** The weights' sum. */
  total: number;
}

// Per timeline and event table (static for a game): each year's entries, found once.
const yearCache = new WeakMap<readonly EventSpec[], WeakMap<readonly EventSpec[], Map<number, YearDraws>>>();

function yearDraws(scenario: Pick<Scenario, 'timeline' | 'eventTable'>, year: number): YearDraws {
  let byTable = yearCache.get(scenario.timeline);
  if (!byTable) {
    byTable = new WeakMap();
    yearCache.set(scenario.timeline, byTable);
  }
  let byYear = byTable.get(scenario.eventTable);
  if (!byYear) {
    byYear = new Map();
    byTable.set(scenario.eventTable, byYear);
  }
  let found = byYear.get(year);
  if (!found) {
    const scripted: YearDraws['scripted'] = [];
    scenario.timeline.forEach((spec, index) => {
      if (spec.year === year) scripted.push({ spec, index });
    });
    const eligible = scenario.eventTable.filter(
      (e) => (e.from === undefined || e.from <= year) && (e.until === undefined || e.until >= year),
    );
    const weights = eligible.map((e) => e.weight);
    found = { scripted, eligible, weights, total: sum(weights) };
    byYear.set(year, found);
  }
  return found;
}

const NEUTRAL: Draws = { chance: 0, entry: 0, party: 0, system: 0, attacker: 0, misc: 0 };

/** Reveal the events of `ctx.year`: the timeline's, then the table's draws. */
export function revealEvents(ctx: Ctx, scenario: Pick<Scenario, 'timeline' | 'eventTable'>): void {
  const s = ctx.s;
  s.events = [];
  const { scripted, eligible, weights, total } = yearDraws(scenario, ctx.year);
  for (const { spec, index } of scripted) applyEvent(ctx, spec, `e${ctx.year}-t${index}`, true, NEUTRAL);
  const rng = ctx.stream('events');
  const slots = ctx.rules.events.drawsPerYear;
  const chancePercent = ctx.rules.events.chancePercent;
  for (let slot = 0; slot < slots; slot++) {
    // Six numbers a slot, always, in this order: what a power does never shifts them.
    const chance = rng.next();
    const entry = rng.next();
    const party = rng.next();
    const system = rng.next();
    const attacker = rng.next();
    const misc = rng.next();
    if (Math.floor(chance * 100) >= chancePercent) continue;
    const index = pickWeighted(entry, weights, total);
    const spec = eligible[index];
    if (spec) {
      const draws: Draws = { chance, entry, party, system, attacker, misc };
      applyEvent(ctx, spec, `e${ctx.year}-r${slot}`, false, draws);
    }
  }
}

function drawParty(u: number): Party {
  return u < 0.5 ? 'federation' : 'klingon';
}

/** The event joins the year's events, and the report. */
function reveal(
  ctx: Ctx,
  id: string,
  type: EventType,
  title: string,
  text: string,
  article: Article | null,
  scripted: boolean,
): void {
  ctx.s.events.push({ id, year: ctx.year, type, title, text, article, scripted });
  note(ctx, { kind: 'obligation', party: null, article, cause: { event: id }, text: `${title}: ${text}` });
}

function applyEvent(ctx: Ctx, spec: EventSpec, id: string, scripted: boolean, u: Draws): void {
  const s = ctx.s;
  const base = EVENT_TEXT[spec.type];
  const vars: Record<string, string> = {};
  const cause = { event: id };
  let article = base.article;
  let title = spec.title ?? base.title;
  let text = spec.text ?? base.text;

  switch (spec.type) {
    case 'disaster': {
      const victim = spec.victim === 'any' ? drawParty(u.party) : spec.victim;
      const system = spec.system ?? pickOwned(u.system, s.systems, victim)?.id ?? null;
      vars.victim = isParty(victim) ? PARTY_NAMES[victim] : thirdPowerName(s, victim);
      vars.system = system ? systemName(s, system) : vars.victim;
      vars.need = String(spec.need);
      s.obligations.push({
        id: `${id}-aid`,
        kind: 'aid',
        article: 'IV',
        eventId: id,
        victim,
        system,
        need: spec.need,
        deadline: ctx.year + spec.deadline - 1,
        delivered: { federation: 0, klingon: 0 },
      });
      if (spec.need <= 0) s.obligations.pop(); // asks nothing: no obligation, no choice (rules v8)
      const damage = spec.damage ?? ctx.rules.economy.disasterDamage;
      if (isParty(victim) && damage > 0)
        changeReserves(
          ctx,
          victim,
          -damage,
          cause,
          `The disaster destroys ${plural(damage, 'reserve')}.`,
          'IV',
        );
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      return;
    }
    case 'incursion': {
      let attacker = spec.attacker;
      if (attacker === 'any') {
        const weights = s.thirdPowers.map((t) => aggressionIn(t, ctx.year));
        const chosen = s.thirdPowers[pickWeighted(u.attacker, weights)];
        if (!chosen) return; // no third power is aggressive in this era
        attacker = chosen.id;
      }
      const resents = s.thirdPowers.find((t) => t.id === attacker)?.resents ?? null;
      const victims: Party[] =
        spec.victim === 'both'
          ? [...PARTIES]
          : spec.victim === 'any'
            ? [drawParty(u.party)]
            : spec.victim === 'resented'
              ? [resents ?? drawParty(u.party)]
              : [spec.victim];
      vars.attacker = thirdPowerName(s, attacker);
      vars.victim = victims.map((v) => PARTY_NAMES[v]).join(' and ');
      vars.system = spec.target ? systemName(s, spec.target) : `the border of ${vars.victim}`;
      for (const victim of victims) {
        const war: War = {
          id: `${id}-${victim}`,
          eventId: id,
          thirdPower: attacker,
          victim,
          since: ctx.year,
          until: ctx.year + spec.years - 1,
          strength: spec.strength,
          target: spec.target ?? null,
          aidedBy: [],
          raiders: null,
          armedBy: [],
          supportedBy: [],
        };
        s.wars.push(war);
        const warning = announceThreat(ctx, war);
        if (warning) text = `${text} ${warning}`;
      }
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      return;
    }
    case 'renegade': {
      const origin = spec.origin === 'any' ? drawParty(u.party) : spec.origin;
      const fugitive = spec.fugitive ?? pick(u.misc, FUGITIVES[origin]) ?? 'A renegade';
      vars.fugitive = fugitive;
      vars.origin = PARTY_NAMES[origin];
      vars.victim = PARTY_NAMES[otherParty(origin)];
      s.obligations.push({
        id: `${id}-extradition`,
        kind: 'extradition',
        article: 'V',
        eventId: id,
        fugitive,
        debtor: origin,
        requested: ctx.year,
        deadline: ctx.year + spec.deadline - 1,
        decision: null,
      });
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      return;
    }
    case 'dispute': {
      // The world is drawn from the scenario's disputed worlds, not from those still in dispute, so
      // that what the powers did never changes which events come.
      const worldId = spec.system === 'any' ? pick(u.system, s.disputedWorlds) : spec.system;
      const system = worldId === undefined ? undefined : findSystem(s, worldId);
      if (!system) return;
      const drawn = spec.claimant === 'any' ? drawParty(u.party) : spec.claimant;
      // A world held by one party is claimed by the other: a ruling settles one claim, not the
      // world for good (section 15.5), so the loser of the last one may press again.
      const claimant = system.owner !== null && isParty(system.owner) ? otherParty(system.owner) : drawn;
      vars.system = system.name;
      vars.party = PARTY_NAMES[claimant];
      if (system.zone !== 'disputed') {
        title = spec.title ?? base.title;
        text = '{party} raises its old claim to {system}, but the arbiters’ ruling stands.';
      } else if (!s.claims.some((c) => c.system === system.id)) {
        s.claims.push({
          id: `${id}-claim`,
          eventId: id,
          kind: 'territory',
          system: system.id,
          claimant,
          since: ctx.year,
        });
      }
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      return;
    }
    case 'trade': {
      const words = TRADE_TEXT[spec.kind];
      title = spec.title ?? words.title;
      text = spec.text ?? words.text;
      const party = drawParty(u.party);
      vars.party = PARTY_NAMES[party];
      if (spec.kind === 'pact-offer') {
        if (!s.tradePact && s.status === 'in-force') s.pactProposal = { by: party, year: ctx.year };
      } else if (s.tradePact) {
        s.claims.push({
          id: `${id}-tariff`,
          eventId: id,
          kind: 'tariff',
          system: null,
          claimant: null,
          since: ctx.year,
        });
      }
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      return;
    }
    case 'domestic': {
      const words = DOMESTIC_TEXT[spec.faction];
      title = spec.title ?? words.title;
      text = spec.text ?? words.text;
      const party = spec.party === 'any' ? drawParty(u.party) : spec.party;
      vars.party = PARTY_NAMES[party];
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      changeSupport(ctx, party, spec.support, cause, fill(title, vars));
      return;
    }
    case 'exposure': {
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      const hidden = s.covert.filter((c) => !c.detected);
      const act = hidden[0];
      if (act) expose(ctx, act, 'An intelligence leak', cause);
      return;
    }
    case 'historic': {
      article = null;
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      for (const party of PARTIES) {
        const st = spec.standing?.[party];
        if (st) {
          appendLedger(ctx, {
            year: ctx.year,
            party,
            article: null,
            kind: st > 0 ? 'reward' : 'violation',
            code: 'event',
            delta: st,
            priors: 0,
            text: fill(title, vars),
          });
        }
        const su = spec.support?.[party];
        if (su) changeSupport(ctx, party, su, cause, fill(title, vars));
      }
      return;
    }
  }
}

export function eventsOfYear(s: GameState): readonly GameEvent[] {
  return s.events;
}
