// The shape every question asked before the year ends has (aid left short, aid-question.ts; orders
// that may bring the government down, fall-question.ts): a title, its lines, the answer in focus
// first, then "… anyway"; Esc goes back to the orders.
import { button, el, keysLine } from './dom';

export interface EndAnswers {
  /** End the year (or hand over) as it is, at the cost the question said. */
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
