// The words of a line of the year's report. No DOM here: the lines are tested in Node.
import { type Change, type GameEvent, type GameState, PARTIES, type Party } from '../../sim/index';
import { PARTY_TITLES, sentence } from './names';
import { signed } from './numbers';

/**
 * A change in words. A change of support that an event caused names the event, when it comes, the
 * support before and after, and the event's own words for why (the playtest read "Warriors at the
 * Gate" alone, with no number and no cause). `events` are those the report may name: the year's,
 * and the next year's, revealed as the year ends (their support moves in this report).
 */
export function changeWords(c: Change, events: readonly GameEvent[], say: (text: string) => string): string {
  if (c.kind === 'support' && c.cause.rule === 'support-drift' && c.party) return driftWords(c.party, c.text);
  const id = c.cause.event;
  const event = id === undefined ? undefined : events.find((e) => e.id === id);
  if (c.kind !== 'support' || !event || typeof c.from !== 'number' || typeof c.to !== 'number')
    return say(c.text);
  const when = `the news of ${event.year}`;
  return `${sentence(say(event.title))}, ${when}: support at home ${c.from} → ${c.to}. ${sentence(say(event.text))}`;
}

/**
 * A grievance set or healed: a change of the ceiling on a power's standing, not of its standing. The
 * playtest read "−15 · … can rise no higher than 85" under the year's −15 of standing as a second −15
 * (the HUD moved 15). Its words say the ceiling before and after; no number stands where standing's do.
 */
export function isCeiling(c: Change): boolean {
  const rule = c.cause.rule;
  return (
    c.kind === 'obligation' &&
    (rule === 'grievance' || rule === 'reparations') &&
    typeof c.from === 'number' &&
    typeof c.to === 'number'
  );
}

/**
 * A line's colour by its change: a loss red, a gain green, and a change of nothing ("±0 · … It
 * moves no one", playtest 28 read it green as a gain) or a line with no number neither.
 */
export function toneOf(delta: number | undefined): '' | 'bad' | 'good' {
  return delta === undefined || delta === 0 ? '' : delta < 0 ? 'bad' : 'good';
}

/**
 * A ceiling's change in words, with the ceiling it was: "… can rise no higher than 85 (down from
 * 100)." (playtest 32 read "can rise to 94 (it could rise to 84)" as two ceilings at odds).
 */
export function ceilingWords(c: Change, say: (text: string) => string): string {
  const way = typeof c.to === 'number' && typeof c.from === 'number' && c.to > c.from ? 'up' : 'down';
  return `${say(c.text).replace(/\.$/, '')} (${way} from ${c.from}).`;
}

/**
 * The year's changes apart from the news of the year that opens as it ends: a change an event dated
 * after `year` caused (its reveal, and what it moved at once) is the coming year's, told under a
 * heading of its own (the playtest read the next year's events under "Embassies, obligations, trade"
 * as this year's diplomacy). `events` are those the report may name (see `changeWords`).
 */
export function splitComing(
  changes: readonly Change[],
  events: readonly GameEvent[],
  year: number,
): { year: Change[]; coming: Change[] } {
  const later = new Set(events.filter((e) => e.year > year).map((e) => e.id));
  const split: { year: Change[]; coming: Change[] } = { year: [], coming: [] };
  for (const c of changes) {
    const id = c.cause.event;
    (id !== undefined && later.has(id) ? split.coming : split.year).push(c);
  }
  return split;
}

/**
 * `reader`'s reserves over the year in one line, each cause once with what it came to: "Reserves
 * 7 → 54 (+47): Income 43, upkeep 3: +40; Aid arrives from the Federation: +9; 1 ship built at
 * Qo'noS: −2." Null when they did not change. The playtest's reserves went 7 → 54 with no line.
 */
export function reservesLine(
  changes: readonly Change[],
  reader: Party,
  say: (text: string) => string,
): { delta: number; text: string } | null {
  const mine = changes.filter(
    (c) => c.kind === 'reserves' && c.party === reader && typeof c.delta === 'number',
  );
  const first = mine[0];
  const last = mine.at(-1);
  if (!first || !last) return null;
  const causes = new Map<string, number[]>();
  for (const c of mine) {
    const why = sentence(say(c.text)).replace(/\.$/, '');
    causes.set(why, [...(causes.get(why) ?? []), c.delta ?? 0]);
  }
  const delta = mine.reduce((n, c) => n + (c.delta ?? 0), 0);
  const parts = [...causes].map(([why, deltas]) => causeWords(why, deltas));
  return { delta, text: `Reserves ${first.from} → ${last.to} (${signed(delta)}): ${parts.join('; ')}.` };
}

/**
 * One cause of the reserves line with what it came to. A cause that came more than once says so, as
 * the fleet's line folds ("+4 (+2, 2 times)"): two orders to build 2 ships read "2 ships built at
 * Qo'noS: −16" in playtest 25, which looked like a mistake (2 ships cost 8). Now "2 ships built at
 * Qo'noS: −16 (−8, 2 times)"; causes of different sums, "Aid arrives from the Federation (2 times): +9".
 */
function causeWords(why: string, deltas: readonly number[]): string {
  const sum = deltas.reduce((n, d) => n + d, 0);
  const [first] = deltas;
  if (deltas.length < 2 || first === undefined) return `${why}: ${signed(sum)}`;
  if (deltas.every((d) => d === first))
    return `${why}: ${signed(sum)} (${signed(first)}, ${deltas.length} times)`;
  return `${why} (${deltas.length} times): ${signed(sum)}`;
}

/**
 * The year's ebb of support in words that say what the rule weighs (src/sim/support.ts
 * `gotWhatTheyWant`, RULES.md section 13): support gained for any cause but an address. The core's
 * "The government has nothing to show this year" beside "+3 · The Chancellor speaks…", in the year
 * Sherman's Planet was awarded to the Empire, read as a contradiction (an address does not count, and
 * a world the arbiters award brings no support, so it does not either).
 */
export function driftWords(party: Party, text: string): string {
  const rest = /toward (\d+)/.exec(text)?.[1] ?? 'its rest level';
  // What would have counted, said as such (playtest 42 read the list as what had happened).
  const cheers =
    party === 'klingon'
      ? 'The High Council had nothing to cheer this year (it cheers a battle won, a world seized or conquered, defiance; not an address, nor a world the arbiters award)'
      : 'The Federation Council had nothing to cheer this year (it cheers growth ahead of the Empire, aid given, defiance; not an address)';
  return `${cheers}: support ebbs toward ${rest}.`;
}

/** The words the core adds to a change of support that its bound swallows (src/sim/context.ts changeSupport). */
const AT_BOUND = / \(support is already at \d+: it moves no further\)$/;

/** A change of support that its bound (0 or 100) swallowed whole. */
export function atBound(c: Change): boolean {
  return c.kind === 'support' && c.delta === 0 && AT_BOUND.test(c.text);
}

/**
 * The changes of support each power's bound swallowed, in one line a power, each cause once:
 * playtest 23 read a column of "(support is already at 100: it moves no further)", one a cause.
 */
export function boundedLines(changes: readonly Change[], say: (text: string) => string = (t) => t): string[] {
  return PARTIES.flatMap((party) => {
    const mine = changes.filter((c) => c.party === party && atBound(c));
    if (mine.length === 0) return [];
    const causes = [...new Set(mine.map((c) => say(c.text.replace(AT_BOUND, '').replace(/\.$/, ''))))];
    return [
      // "Was … when these came": the year's other changes may move it after (playtest 40 read "stays
      // at 100" in a year that ended at 97).
      `${PARTY_TITLES[party]} · support was at ${mine[0]?.from} when these came, and they moved it no further: ${causes.join('; ')}.`,
    ];
  });
}

/** A line of one of the report's lists before folding: who and which article (`head`), its number, its words. */
export interface ReportLine {
  tone: string;
  head: string;
  delta?: number | undefined;
  words: string;
}

/**
 * Each line once, where it first came (eight gifts of aid read eight times "The Council approves of
 * the aid." in an earlier playtest). One that came again says its sum first, then each and how many
 * times: "+6 (+3, 2 times)" (playtest 24 read "+3 … (2 times)" as the whole).
 */
export function foldLines(lines: readonly ReportLine[]): { tone: string; text: string }[] {
  const seen = new Map<string, { line: ReportLine; times: number }>();
  for (const l of lines) {
    const key = `${l.tone}|${l.head}|${l.delta ?? ''}|${l.words}`;
    const first = seen.get(key);
    if (first) first.times += 1;
    else seen.set(key, { line: l, times: 1 });
  }
  return [...seen.values()].map(({ line: { tone, head, delta, words }, times }) => {
    if (times === 1)
      return { tone, text: `${head}${delta === undefined ? '' : `${signed(delta)} · `}${words}` };
    if (delta === undefined) return { tone, text: `${head}${words} (${times} times)` };
    return { tone, text: `${head}${signed(delta * times)} (${signed(delta)}, ${times} times) · ${words}` };
  });
}

/**
 * The line atop the report of the year that ended the game: its lines still name deadlines, demands
 * and debts of years that will not come (playtest 28's last report, of a war declared, said "to be
 * paid or refused by 2329" and "the gratitude of the Klingon Empire until 2343"). Null for any
 * other year's report.
 */
export function endedLine(report: { year: number }, state: Pick<GameState, 'result'>): string | null {
  const r = state.result;
  if (!r) return null;
  // A collapse or a fall ends the game in the report's year; the centennial is the year after it.
  const last = r.kind === 'centennial' || r.kind === 'lapsed' ? r.year - 1 : r.year;
  if (report.year !== last) return null;
  return `The game ends with this year (the end screen follows): what these lines set for later years, their deadlines, demands and debts, will not come.`;
}
