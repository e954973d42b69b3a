// Asked before the year ends when the side's own orders would bring its government down, and so end
// the game (end-year.ts `ordersFall`): a playtest handed a sheltered hero over in its tenth year, the
// price said only in the row's small print, and lost its game on End. Back to the orders is the
// answer in focus (Enter); ending anyway is a second, deliberate choice. The question's shape is the
// one every question before End has (`endQuestion`).
import { button, el, keysLine } from './dom';

export interface EndAnswers {
  /** End the year (or hand over) as it is: the government falls. */
  endAnyway: () => void;
  /** Back to the orders, nothing ended (its button, Enter, or Esc). */
  back: () => void;
}

/**
 * A question asked before the year ends (`id`: its test id, and its lines' and End button's after
 * it): its title, its lines, the answer in focus first, then "`ending` anyway"; Esc goes back.
 */
export function endQuestion(
  id: string,
  title: string,
  lines: readonly string[],
  first: HTMLElement,
  ending: string,
  answers: EndAnswers,
): HTMLElement {
  const dialog = el(
    'div',
    { class: 'dialog question', testid: id, role: 'alertdialog', label: title },
    el('h2', {}, title),
    ...lines.map((line) => el('p', { testid: `${id}-line` }, line)),
    el(
      'div',
      { class: 'row actions' },
      first,
      button(`${ending} anyway`, answers.endAnyway, { testid: `${id}-end` }),
      keysLine('the button in focus', 'back to the orders'),
    ),
  );
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    answers.back();
  });
  return dialog;
}

/** The question: what would bring the government down; "Back to the orders" (focused) or end anyway. */
export function fallQuestion(sentence: string, ending: string, answers: EndAnswers): HTMLElement {
  const back = button('Back to the orders', answers.back, { class: 'primary', testid: 'fall-question-back' });
  return endQuestion('fall-question', 'Your government would fall', [sentence], back, ending, answers);
}
