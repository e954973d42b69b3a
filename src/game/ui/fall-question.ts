// Asked before the year ends when the side's own orders may bring its government down, and so end
// the game (end-year.ts `ordersFall`): a playtest handed a sheltered hero over in its tenth year, the
// price said only in the row's small print, and lost its game on End. Back to the orders is the
// answer in focus (Enter); ending anyway is a second, deliberate choice (end-question.ts's shape).
import { button } from './dom';
import { type EndAnswers, endQuestion } from './end-question';

/** The question: what may bring the government down; "Back to the orders" (focused) or end anyway. */
export function fallQuestion(sentence: string, ending: string, answers: EndAnswers): HTMLElement {
  const back = button('Back to the orders', answers.back, { class: 'primary', testid: 'fall-question-back' });
  return endQuestion('fall-question', 'Your government may fall', [sentence], back, ending, answers);
}
