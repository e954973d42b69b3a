// What a year's events draw from: the timeline's entries of the year, the table's eligible ones with
// their weights (a pure function of the scenario's lists, found once per year), and the picks that
// turn the year's numbers into a party, a world or an entry.
import { Derived } from './derived';
import { type EventWords, TYPE_WORDS, template } from './event-texts';
import type { EventSpec, TableEntry, TimelineEntry } from './scenario/schema';
import type { Party, System } from './types';
import { ownedBy } from './world';

/** The six numbers a table slot draws (a scripted event uses none: `NEUTRAL`). */
export interface Draws {
  chance: number;
  entry: number;
  party: number;
  system: number;
  attacker: number;
  misc: number;
}

export const NEUTRAL: Draws = { chance: 0, entry: 0, party: 0, system: 0, attacker: 0, misc: 0 };

/** What one year draws from: the timeline's entries (with their index) and the table's eligible ones. */
export interface YearDraws {
  /** The timeline's entries of the year, with their index and their event's id. */
  scripted: { spec: EventSpec; index: number; words: EventWords; id: string }[];
  eligible: TableEntry[];
  /** The eligible entries' words, by the same index. */
  words: EventWords[];
  weights: number[];
  /** The weights' sum. */
  total: number;
  /** The id of the event a table slot draws, by slot (written once per year and slot: `slotId`). */
  slotIds: string[];
}

/** The id of the event drawn in `slot` of the year: the same string every game of the scenario. */
export function slotId(draws: YearDraws, year: number, slot: number): string {
  let id = draws.slotIds[slot];
  if (id === undefined) {
    id = `e${year}-r${slot}`;
    draws.slotIds[slot] = id;
  }
  return id;
}

/** A scenario's events by year: its timeline and table looked through once per year, its texts split once. */
class Calendar {
  private readonly years = new Map<number, YearDraws>();
  private readonly specWords = new Map<EventSpec, EventWords>();

  constructor(
    private readonly timeline: readonly TimelineEntry[],
    private readonly table: readonly TableEntry[],
  ) {}

  of(year: number): YearDraws {
    let found = this.years.get(year);
    if (!found) {
      const scripted: YearDraws['scripted'] = [];
      this.timeline.forEach((spec, index) => {
        if (spec.year === year)
          scripted.push({ spec, index, words: this.wordsOf(spec), id: `e${year}-t${index}` });
      });
      const eligible = this.table.filter(
        (e) => (e.from === undefined || e.from <= year) && (e.until === undefined || e.until >= year),
      );
      const weights = eligible.map((e) => e.weight);
      found = {
        scripted,
        eligible,
        words: eligible.map((e) => this.wordsOf(e)),
        weights,
        total: sum(weights),
        slotIds: [],
      };
      this.years.set(year, found);
    }
    return found;
  }

  private wordsOf(spec: EventSpec): EventWords {
    let words = this.specWords.get(spec);
    if (!words) {
      const base =
        spec.type === 'trade'
          ? TYPE_WORDS[spec.kind]
          : spec.type === 'domestic'
            ? TYPE_WORDS[spec.faction]
            : TYPE_WORDS[spec.type];
      words = {
        title: spec.title === undefined ? base.title : template(spec.title),
        text: spec.text === undefined ? base.text : template(spec.text),
      };
      this.specWords.set(spec, words);
    }
    return words;
  }
}

// Per event table, per timeline: both are the scenario's own lists, shared by every state of its
// games, and a game looks up each of its years once a turn (tests/unit/derived.test.ts).
const calendars = new Derived<readonly TableEntry[], Derived<readonly TimelineEntry[], Calendar>>(
  (table) => new Derived((timeline) => new Calendar(timeline, table)),
);

export function yearDraws(
  timeline: readonly TimelineEntry[],
  table: readonly TableEntry[],
  year: number,
): YearDraws {
  return calendars.of(table).of(timeline).of(year);
}

export function pick<T>(u: number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(u * items.length)];
}

/** `pick(u, the systems owned by owner)`, without making that list. */
export function pickOwned(u: number, systems: readonly System[], owner: string): System | undefined {
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

export function pickWeighted(u: number, weights: readonly number[], total = sum(weights)): number {
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

export function drawParty(u: number): Party {
  return u < 0.5 ? 'federation' : 'klingon';
}
