// Asked before the year ends when the side's own orders would bring its government down, and so end
// the game (end-year.ts `ordersFall`): a playtest handed a sheltered hero over in its tenth year, the
// price said only in the row's small print, and lost its game on End. Back to the orders is the
// answer in focus (Enter); ending anyway is a second, deliberate choice.
import { button, el, keysLine } from './dom';

export interface FallAnswers {
  /** End the year (or hand over) as it is: the government falls. */
  endAnyway: () => void;
  /** Back to the orders, nothing ended (its button, Enter, or Esc). */
  back: () => void;
}

/** The question: what would bring the government down; "Back to the orders" (focused) or end anyway. */
export function fallQuestion(sentence: string, ending: string, answers: FallAnswers): HTMLElement {
  const dialog = el(
    'div',
    {
      class: 'dialog question',
      testid: 'fall-question',
      role: 'alertdialog',
      label: 'Your government would fall',
    },
    el('h2', {}, 'Your government would fall'),
    el('p', { testid: 'fall-question-line' }, sentence),
    el(
      'div',
      { class: 'row actions' },
      button('Back to the orders', answers.back, { class: 'primary', testid: 'fall-question-back' }),
      button(`${ending} anyway`, answers.endAnyway, { testid: 'fall-question-end' }),
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
