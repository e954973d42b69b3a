// The end screen's verdict: who did better, each power's points by source side by side, the gap
// between them named by its sources, the grades with both places on them, and the game to play next.
import {
  type GameState,
  loadBuiltinScenario,
  PARTIES,
  type Party,
  type ScoreLine,
  scoreBreakdown,
} from '../../sim/index';
import { el } from './dom';
import { gradeLadder, standing } from './how-to-win';
import { PARTY_NAMES, PARTY_TITLES, partyClass } from './names';
import { num } from './numbers';

/**
 * Who did better, in a sentence: a power's name starts it with a capital, and mid-sentence has none
 * ("119 points to 116 for the Federation": playtest 25 read "for The Federation").
 */
export function verdictLead(scores: Record<Party, number>, side: Party, hotseat: boolean): string {
  const other: Party = side === 'federation' ? 'klingon' : 'federation';
  const mine = scores[side];
  const theirs = scores[other];
  const [top, low] = mine >= theirs ? [side, other] : [other, side];
  // Two people at one screen: neither is "you".
  if (hotseat)
    return mine === theirs
      ? `Both powers finish level, ${mine} points each.`
      : `${PARTY_TITLES[top]} did better: ${scores[top]} points to ${scores[low]}.`;
  if (mine === theirs) return `You and ${PARTY_NAMES[other]} finish level, ${mine} points each.`;
  return mine > theirs
    ? `You did better: ${mine} points to ${theirs} for ${PARTY_NAMES[other]}.`
    : `${PARTY_TITLES[other]} did better: ${theirs} points to your ${mine}.`;
}

/**
 * Why a game ended with no grade, as its result has it: by war before its last year (playtest 34 read
 * "Cold Peace; 965 more points would have made Ceremony" after six years, in a game the hawk had
 * ended), or at its last year with the Accords suspended (playtest 42 read "collapsed in 2298, 0
 * years before 2298" under the title "The Accords end suspended"). A fallen government's game has
 * no scores, and no verdict to give them.
 */
export function noGrade(state: GameState): string {
  const years = state.lastYear - state.year;
  const before = `${years} year${years === 1 ? '' : 's'} before ${state.lastYear}`;
  if (state.result?.kind === 'lapsed')
    return `No grade: ${state.lastYear} came with the Accords suspended, and a game that ends without them in force is scored for the record only.`;
  return `No grade: the Accords collapsed in ${state.year}, ${before}, and the score is what was banked, cut as the table says.`;
}

/**
 * The end screen's verdict: who did better, each power's points by source side by side, and the
 * grades with both places on them. The scores are the result's (what the game ended with).
 */
export function endVerdict(
  state: GameState,
  scores: Record<Party, number>,
  side: Party,
  hotseat: boolean,
): HTMLElement {
  const mine = scores[side];
  const lead = verdictLead(scores, side, hotseat);
  const rows = sideBySide(state);
  const table = el(
    'table',
    { class: 'score', testid: 'end-score-sources' },
    el(
      'tr',
      {},
      el('th', {}, 'Points from'),
      ...PARTIES.map((p) => el('th', { class: `num ${partyClass(p)}` }, PARTY_TITLES[p])),
    ),
  );
  for (const row of rows)
    table.append(
      el(
        'tr',
        {},
        el('td', {}, row.label),
        ...PARTIES.map((p) => el('td', { class: 'num' }, num(row.points[p]))),
      ),
    );
  table.append(
    el(
      'tr',
      { class: 'total' },
      el('th', {}, 'Score'),
      ...PARTIES.map((p) => el('th', { class: 'num' }, num(scores[p]))),
    ),
  );
  const gap = gapLine(rows, scores, side, hotseat);
  return el(
    'div',
    { class: 'verdict', testid: 'end-verdict' },
    el(
      'p',
      { testid: 'end-who' },
      el('b', {}, lead),
      hotseat
        ? null
        : ` ${state.result?.grades === null ? noGrade(state) : standing(state, side, mine, true)}`,
    ),
    gap ? el('p', { testid: 'end-gap' }, gap) : null,
    // A game ended by war gives no grade: no ladder to place the scores on.
    el(
      'div',
      { class: 'verdict-cols' },
      table,
      state.result?.grades === null ? null : gradeLadder(state, scores, 'end-ladder'),
    ),
  );
}

/** One source of the score with both powers' points: a line only one power has counts 0 for the other. */
export interface SourceRow {
  source: ScoreLine['source'];
  label: string;
  points: Record<Party, number>;
}

/**
 * Both powers' score lines side by side, by source, in the order they come: the end's table once
 * lined them up by place, and a suspension walked back by the Empire alone (a line the Federation
 * lacks) was left out of its column.
 */
export function sideBySide(state: GameState): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const p of PARTIES)
    for (const line of scoreBreakdown(state, p).lines) {
      let row = rows.find((r) => r.source === line.source);
      if (!row) {
        row = { source: line.source, label: line.label, points: { federation: 0, klingon: 0 } };
        rows.push(row);
      }
      row.points[p] = line.points;
    }
  return rows;
}

/** The most sources the gap's sentence names (Centennial Eve's gap was 5 points from each of three). */
const GAINS_NAMED = 3;

/** A source's name inside a sentence. */
const SOURCE_WORDS: Record<ScoreLine['source'], string> = {
  honour: 'honour',
  security: 'security',
  prosperity: 'prosperity',
  support: 'support at home',
  parade: 'the parade',
  'never-suspended': 'the bonus for Accords never suspended',
  'walked-back': 'suspensions walked back',
  war: 'what the war or the collapse took',
};

/**
 * Where the gap between the scores came from, in a sentence: the (at most three) sources the leader
 * gained most by, and the one source the other led in, if any (playtest 27's end screen did not say
 * why the other power won: its lead was all prosperity). Null when the scores are level.
 */
export function gapLine(
  rows: readonly SourceRow[],
  scores: Record<Party, number>,
  side: Party,
  hotseat: boolean,
): string | null {
  if (scores.federation === scores.klingon) return null;
  const top: Party = scores.federation > scores.klingon ? 'federation' : 'klingon';
  const low: Party = top === 'federation' ? 'klingon' : 'federation';
  const by = (r: SourceRow) => r.points[top] - r.points[low];
  const gains = rows.filter((r) => by(r) > 0).sort((a, b) => by(b) - by(a));
  if (gains.length === 0) return null;
  const named = gains
    .slice(0, GAINS_NAMED)
    .map((r) => `${SOURCE_WORDS[r.source]} (${num(r.points[top])} to ${num(r.points[low])})`);
  const list =
    named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  const losses = rows.filter((r) => by(r) < 0).sort((a, b) => by(a) - by(b));
  const owner = (p: Party) => (!hotseat && p === side ? 'Your' : `${PARTY_TITLES[p]}’s`);
  const who = (p: Party) => (!hotseat && p === side ? 'you' : PARTY_NAMES[p]);
  const against = losses[0];
  const led = against
    ? `; ${who(low)} led in ${SOURCE_WORDS[against.source]} (${num(against.points[low])} to ${num(against.points[top])})`
    : '';
  return `${owner(top)} lead came from ${list}${led}.`;
}

/**
 * Whether the end shows the points banked decade by decade: only for a game of more than one
 * decade. In Centennial Eve's five years the table had one column, headed "2293", that playtest 25
 * could not read (the verdict's table already says the points by source).
 */
export function decadesShown(state: GameState): boolean {
  return PARTIES.some((p) => scoreBreakdown(state, p).decades.length > 1);
}

/** The opening lesson, and the game it leads to. */
const LESSON = 'centennial-eve';
const CAMPAIGN = 'khitomer-accords';

/**
 * What to play next, said at the end of the opening lesson (playtest 25's end screen did not say):
 * the campaign, by its title and years. Null after any other game.
 */
export function nextGameLine(scenarioId: string): string | null {
  if (scenarioId !== LESSON) return null;
  const next = loadBuiltinScenario(CAMPAIGN);
  if (!next.ok) return null;
  const { title, firstYear, lastYear } = next.value;
  return `Next, try the campaign: ${title}, the whole century from ${firstYear} to ${lastYear}. Choose it under New game.`;
}
