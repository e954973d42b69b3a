// How a game is won, on the screen: the score by source and the grades' ladder with a power's
// place on it. The How to win panel shows it during play; the end screen shows it for both powers.
import {
  blameless,
  type GameState,
  type Grade,
  gradeMin,
  gradeOf,
  industryOf,
  otherParty,
  type Party,
  prosperityPoints,
  type ScoreLine,
  scoreBreakdown,
  validateOrder,
} from '../../sim/index';
import { button, el } from './dom';
import { influenceSection } from './influence';
import { keysTable } from './keys';
import { PARTY_NAMES, PARTY_TITLES, partyClass } from './names';
import { num } from './numbers';
import { paceLine } from './pace';
import { supportDanger, supportSection } from './support-words';

/** A power's score by source, one row a source, and the total. */
export function scoreTable(state: GameState, party: Party, testid: string): HTMLElement {
  const b = scoreBreakdown(state, party);
  const table = el('table', { class: 'score', testid });
  for (const line of b.lines)
    table.append(
      el('tr', {}, el('td', {}, lineLabel(state, party, line)), el('td', { class: 'num' }, num(line.points))),
    );
  table.append(el('tr', { class: 'total' }, el('th', {}, 'Score'), el('th', { class: 'num' }, num(b.total))));
  return table;
}

/**
 * A line's label, the parade's with its measure and its cap: playtest 33 built 6 ships a year for a
 * parade that had stood at its most, 60, for years, and nothing said it could not grow.
 */
function lineLabel(state: GameState, party: Party, line: ScoreLine): string {
  if (line.source === 'prosperity' && !state.result) return `${line.label}: ${prosperityNow(state, party)}`;
  if (line.source !== 'parade') return line.label;
  const sc = state.rules.scoring;
  return line.points >= sc.paradeMax
    ? `${line.label}: full, at its most of ${sc.paradeMax}; more ships add nothing`
    : `${line.label}: ${sc.paradeShipsPerPoint} ships a point, at most ${sc.paradeMax}`;
}

/**
 * What prosperity banks a year as the powers' industries stand, and its cap: playtest 37 developed
 * worlds for decades with prosperity at its most, and nothing said more growth added nothing.
 */
export function prosperityNow(state: GameState, party: Party): string {
  const sc = state.rules.scoring;
  const gained = (p: Party) => industryOf(state, p) - state.powers[p].startIndustry;
  const now = prosperityPoints(state.rules, gained(party), gained(otherParty(party)));
  const most = 2 * sc.prosperityBase;
  return now >= most
    ? `${now} a year now, at its most; more growth adds nothing while yours leads the rival's by ${sc.prosperityBase * sc.prosperityPer} output or more`
    : `${now} a year now, at most ${most}; each ${sc.prosperityPer} output your growth gains on the rival's adds one`;
}

/** The points from one grade to the next: what a score needs to climb, or has to spare. */
export function standing(state: GameState, party: Party, score: number, final = false): string {
  const grade = gradeOf(state, party, score);
  const i = state.grades.findIndex((g) => g.name === grade);
  const above = i > 0 ? state.grades[i - 1] : undefined;
  const needs = above ? gradeMin(above, party) - score : 0;
  const more = `${needs} more point${needs === 1 ? '' : 's'}`;
  if (final)
    return above
      ? `Your grade: ${grade}; ${more} would have made ${above.name}.`
      : `Your grade: ${grade}, the highest.`;
  return above ? `${grade} now; ${more} for ${above.name}.` : `${grade} now: the highest grade.`;
}

/**
 * A grade's least score, in words, for the powers on the ladder: one figure when they share it, each
 * power's when the scenario asks more of one side (`minFor`).
 */
function leastScore(g: Grade, parties: readonly Party[]): string {
  const mins = parties.map((p) => gradeMin(g, p));
  if (mins.every((m) => m === mins[0])) return `${mins[0] ?? gradeMin(g, 'federation')} points or more`;
  return `${mins[0]} points or more for ${PARTY_NAMES[parties[0] as Party]}, ${mins[1]} for ${PARTY_NAMES[parties[1] as Party]}`;
}

/** The grades, highest first, with the scores' places marked on them. */
export function gradeLadder(
  state: GameState,
  scores: Partial<Record<Party, number>>,
  testid: string,
): HTMLElement {
  const list = el('ol', { class: 'ladder', testid });
  const placed = Object.entries(scores) as [Party, number][];
  const parties = placed.map(([p]) => p);
  state.grades.forEach((g, i) => {
    const here = placed.filter(([p, n]) => gradeOf(state, p, n) === g.name);
    const li = el(
      'li',
      {},
      el('b', {}, g.name),
      ` — ${i === state.grades.length - 1 ? 'any lower score' : leastScore(g, parties)}`,
      ...here.map(([p, n]) => el('span', { class: `here ${partyClass(p)}` }, ` ◀ ${PARTY_TITLES[p]}, ${n}`)),
    );
    if (here.length) li.classList.add('reached');
    list.append(li);
  });
  return list;
}

/**
 * The other power's least scores, when the scenario grades it on a ladder of its own (`minFor`): a
 * player comparing the two scores at the end should not be surprised by it.
 */
function otherLadder(state: GameState, party: Party): HTMLElement | null {
  const other = otherParty(party);
  const climb = state.grades.slice(0, -1);
  if (climb.every((g) => gradeMin(g, other) === gradeMin(g, party))) return null;
  const mins = climb.map((g) => `${g.name} ${gradeMin(g, other)}`).join(', ');
  return el(
    'p',
    { class: 'dim', testid: 'how-to-win-other-ladder' },
    `This scenario grades each power on a ladder of its own. ${PARTY_TITLES[other]}’s: ${mins}.`,
  );
}

/**
 * Suspended Accords: the grades count only if a summit restores them in time, and what a collapse
 * would leave each power as the standings stand (playtest 39 read "about 1123 by 2393: Ceremony"
 * beside a suspension no summit could walk back).
 */
function crisisParagraph(state: GameState, party: Party): HTMLElement | null {
  if (state.status !== 'suspended' || state.suspendedSince === null) return null;
  const t = state.rules.treaty;
  const end = state.suspendedSince + t.suspendedYearsToCollapse;
  const other = otherParty(party);
  const keeper = blameless(state);
  const kept =
    keeper === null
      ? 'both powers would lose all they banked'
      : keeper === party
        ? `you would keep ${t.suspenderKeepsPercent}% of what you banked, ${PARTY_NAMES[other]} nothing`
        : `${PARTY_NAMES[other]} would keep ${t.suspenderKeepsPercent}% of what it banked, you nothing`;
  // What this side may still do for a restoration (rules version 27: the other fell below the line).
  const vouch = validateOrder(state, party, { type: 'vouch' }, []).ok
    ? ` You may vouch for ${PARTY_NAMES[other]} (the Orders tab, or the Events tab's card): ${state.rules.crisis.vouchStanding} of your standing to theirs, once in this suspension.`
    : '';
  return el(
    'p',
    { testid: 'how-to-win-crisis' },
    end >= state.lastYear
      ? `The Accords are suspended since ${state.suspendedSince}: the grades count only if a summit restores them by ${state.lastYear - 1}, both standings at ${t.restoreMinimum} or more with its reward. Otherwise the game lapses as ${state.lastYear} opens (a war may end it sooner), and no grade is given.${vouch}`
      : `The Accords are suspended since ${state.suspendedSince}: the grades count only if a summit restores them by ${end}, both standings at ${t.restoreMinimum} or more with its reward. Otherwise they collapse at the end of ${end} (a war may end them sooner), no grade is given, and as the standings are now ${kept}.${vouch}`,
  );
}

function dangerParagraph(state: GameState, party: Party): HTMLElement | null {
  const words = supportDanger(state, party);
  return words
    ? el(
        'p',
        { class: 'bad', testid: 'how-to-win-danger' },
        `${words} Support at home, below, says what raises it.`,
      )
    : null;
}

function paceParagraph(state: GameState, party: Party): HTMLElement | null {
  const line = paceLine(state, party);
  return line ? el('p', { testid: 'how-to-win-pace' }, line) : null;
}

/** The How to win panel: how the score is made, the grades, and where `party` stands now. */
export function howToWinDialog(state: GameState, party: Party, onClose: () => void): HTMLElement {
  const total = scoreBreakdown(state, party).total;
  const dialog = el(
    'div',
    { class: 'dialog how-to-win', testid: 'how-to-win', role: 'dialog', label: 'How to win' },
    el('h2', {}, 'How to win'),
    el(
      'p',
      {},
      `The game is scored in ${state.lastYear}. Each power’s score is the sum of the lines below; its grade is the highest it reaches. Keep the Accords: every violation seen costs standing, and a suspension costs the bonus for good.`,
    ),
    el('h3', {}, `${PARTY_TITLES[party]}, if the game ended now`),
    scoreTable(state, party, 'how-to-win-score'),
    el('p', { testid: 'how-to-win-standing' }, standing(state, party, total)),
    crisisParagraph(state, party),
    dangerParagraph(state, party),
    paceParagraph(state, party),
    el('h3', {}, 'The grades'),
    gradeLadder(state, { [party]: total }, 'how-to-win-grades'),
    otherLadder(state, party),
    influenceSection(state, party),
    supportSection(state, party),
    // The panel a newcomer is told to open (the first hint): the keys are said here too.
    el('h3', {}, 'Keys'),
    keysTable(),
    el(
      'div',
      { class: 'row' },
      button('Close', onClose, { class: 'primary', testid: 'how-to-win-close' }),
      el('kbd', {}, 'Esc'),
    ),
  );
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    // Spent here: the map's Esc (which clears the world selected) must not act on it too.
    e.preventDefault();
    onClose();
  });
  return dialog;
}
