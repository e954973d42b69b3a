// The choice a human is asked when the other power's standing falls below the line (DESIGN.md
// section 15.4): suspend the Accords or keep them, each with what follows. The answer is the
// `suspend-accords` order of the next year; keeping them is giving none.
import { type GameState, otherParty, type Party, suspendedWords, validateOrder } from '../../sim/index';
import { button, el } from './dom';
import { PARTY_NAMES, PARTY_TITLES, partyLabel } from './names';

/** Whether `party` may suspend the Accords this year: the other power's standing is below the line. */
export function maySuspend(s: GameState, party: Party): boolean {
  return validateOrder(s, party, { type: 'suspend-accords' }, []).ok;
}

/**
 * The two answers in sentences: what suspending brings (`suspend`), and what keeping the Accords
 * leaves open (`keep`). `risk` is the part of `suspend` the order's own row does not say (the
 * Events tab's card shows the row: with the whole of `suspend` beside it, playtest 26 read the
 * same 50%, summit and 100 points twice in a card of 250 words, every year for seven years).
 */
export function suspensionWords(
  s: GameState,
  party: Party,
): { why: string; suspend: string; keep: string; risk: string } {
  const t = s.rules.treaty;
  const other = otherParty(party);
  const bonus = s.rules.scoring.neverSuspendedBonus;
  const lost = s.everSuspended ? '' : `Both powers lose the ${bonus} points for Accords never suspended. `;
  // Suspended this year, they would collapse only after the last year: the game lapses first (playtest
  // 40 was asked in Centennial Eve's 2295, and no word said a suspension then leaves both no grade).
  // (The last turn is `lastYear − 1`: the game ends as `lastYear` opens.)
  const lapses = s.year + t.suspendedYearsToCollapse >= s.lastYear;
  const end = lapses
    ? `the game ends in ${s.lastYear} before ${t.suspendedYearsToCollapse} years have passed: Accords still suspended then lapse, and neither power is given a grade (the scores are kept for the record only)`
    : `after ${t.suspendedYearsToCollapse} years they collapse and the game ends for both`;
  const war = `Each year suspended brings a ${t.warRiskPercent}% chance of war (${t.warRiskPerOpenViolationPercent}% more for each open violation), either power may declare war in any year, and ${end}`;
  return {
    why: `${PARTY_TITLES[other]}'s standing is ${s.powers[other].standing}, below the line of ${t.suspendBelow}: you may suspend the Accords.`,
    // Given while its standing is below the line, the order holds at the year's end whatever the year
    // did to that standing (src/sim/treaty.ts; playtest 38 read "if its standing is still below").
    suspend: `Suspend: at the end of ${s.year} the Accords are suspended, whatever the year does to its standing. ${lost}${war}${lapses ? '. Should they collapse before then' : ''}: your case on record keeps you ${t.suspenderKeepsPercent}% of the score you banked (while your standing holds at the line), and ${PARTY_NAMES[other]} nothing. A summit both accept, with both standings at ${t.restoreMinimum} or more, restores them: then ${PARTY_NAMES[other]} has recovered, and the suspension walked back costs you ${s.rules.crisis.walkedBackPoints} points of your score.`,
    // Rules version 26: a collapse with no order on record keeps the case of the power still at the line.
    keep: `Keep: the Accords stand and nothing changes; you may still suspend them in any year its standing stays below ${t.suspendBelow} (Suspend the Accords, in the diplomacy orders). Should they collapse all the same, with its standing below ${t.suspendBelow} and yours not, you keep ${t.suspenderKeepsPercent}% of your score and it nothing, order or not.`,
    risk: `${lost}${war}. A summit restores them only with both standings at ${t.restoreMinimum} or more.`,
  };
}

/** The question's two answers. */
export type SuspensionAnswer = 'suspend' | 'keep';

/**
 * What the question says once answered, in the report it was asked in (playtest 24: Keep closed the
 * report, and the Enter meant for it ended the next year with no orders).
 */
export function answeredWords(s: GameState, party: Party, answer: SuspensionAnswer): string {
  const line = s.rules.treaty.suspendBelow;
  // Mid-sentence: 'the Klingon Empire' (playtest 26 read a capital 'The' there).
  const other = PARTY_NAMES[otherParty(party)];
  return answer === 'keep'
    ? `You keep the Accords: no suspension is ordered for ${s.year}. You may still suspend them in any year ${other}'s standing stays below ${line} (Suspend the Accords, in the diplomacy orders).`
    : `Suspend the Accords is given for ${s.year}: at its end the Accords are suspended, whatever the year does to ${other}'s standing. To keep them, withdraw it from Orders for ${s.year} before the year ends.`;
}

/**
 * The choice itself, with its two buttons, or null when `party` may not suspend. `suspend` queues
 * the order (false: refused); keeping them gives none. `askedBefore` (asked the year before too)
 * folds what each answer brings under a summary that opens it. Either answer leaves the report open, its card saying what was
 * answered, and then calls `answered` (the report puts the keys back on Continue).
 */
export function suspensionChoice(
  s: GameState,
  party: Party,
  suspend: () => boolean,
  answered: () => void,
  askedBefore = false,
): HTMLElement | null {
  if (!maySuspend(s, party)) return null;
  const w = suspensionWords(s, party);
  const title = el('h3', {}, `The Accords: suspend or keep them? (${partyLabel(party)})`);
  const card = el('div', { class: 'card choice', testid: 'suspension-choice' });
  const answer = (a: SuspensionAnswer): void => {
    // A refused order (its notice says why) leaves the question asked.
    if (a === 'suspend' && !suspend()) return;
    card.replaceChildren(title, el('p', { testid: 'suspension-answered' }, answeredWords(s, party, a)));
    answered();
  };
  card.append(
    title,
    el('p', {}, w.why),
    ...(askedBefore
      ? [
          el(
            'details',
            { testid: 'suspension-details' },
            el('summary', {}, 'What each answer brings (as last year)'),
            el('p', { class: 'dim' }, w.suspend),
            el('p', { class: 'dim' }, w.keep),
          ),
        ]
      : [el('p', { class: 'dim' }, w.suspend), el('p', { class: 'dim' }, w.keep)]),
    el(
      'div',
      { class: 'row' },
      button('Suspend the Accords', () => answer('suspend'), { testid: 'suspend-accords' }),
      button('Keep the Accords', () => answer('keep'), { testid: 'keep-accords' }),
    ),
  );
  return card;
}

/**
 * While the Accords are suspended, the Events tab's card says so, with what restores them and what
 * waiting risks: playtest 34's Accords were suspended by the other's standing reaching 0 (no
 * question asked), and the next year's tab said "Nothing is asked of you this year".
 */
export function suspendedCard(s: GameState, party: Party): HTMLElement | null {
  if (s.status !== 'suspended') return null;
  const w = suspendedWords(s, party);
  const since = s.suspendedSince === null ? '' : ` since ${s.suspendedSince}`;
  return el(
    'div',
    { class: 'card', testid: 'suspended' },
    el('div', {}, `The Accords are suspended${since}.`),
    el(
      'div',
      { class: 'dim' },
      `A summit both powers propose restores them only if ${w.need}: ${w.standings}. ${w.war}`,
    ),
  );
}
