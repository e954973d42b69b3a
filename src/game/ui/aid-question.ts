// Asked before the year ends when aid of the player's falls due short of the need (playtest 20: the
// game only warned, beside End, and Enter ended the year on it). Its sentences are end-year.ts's,
// costs read from the rules; it names only what the side at the screen owes, so in hot seat it
// tells nothing of the other's orders.
import { button } from './dom';
import { endQuestion } from './end-question';
import type { AidShort } from './end-year';

export interface AidAnswers {
  /** Open the aid order on the obligation's card (`short`: what is short of it, as asked). */
  give: (short: AidShort) => void;
  /** End the year (or hand over) as it is. */
  endAnyway: () => void;
  /** Back to the orders, nothing ended (Esc). */
  back: () => void;
}

/**
 * The question: what is short and what it costs, then "Give aid" (focused: Enter gives it, as Enter
 * takes a dialog's first button) and "End the year anyway"; Esc goes back to the orders.
 * `ending` names what ends: "the year", or in hot seat's first turn, the hand-over.
 */
export function aidQuestion(short: readonly AidShort[], ending: string, answers: AidAnswers): HTMLElement {
  const first = short[0];
  const give = button('Give aid', () => (first ? answers.give(first) : answers.back()), {
    class: 'primary',
    testid: 'aid-question-give',
  });
  return endQuestion(
    'aid-question',
    'Aid left short',
    short.map((a) => a.text),
    give,
    ending,
    answers,
  );
}

/**
 * Put in view and in focus the Give button of the aid to `obligation` of `rest` reserves (what meets
 * the need), else its first that may be given: Enter then gives it.
 */
export function focusAid(panel: HTMLElement, obligation: string, rest: number): void {
  const rows = [...panel.querySelectorAll<HTMLButtonElement>('button[data-order]')].flatMap((b) => {
    const o = aidOrder(b.dataset.order);
    return o && !b.disabled && o.target === obligation ? [{ b, amount: o.amount }] : [];
  });
  const give = (rows.find((r) => r.amount === rest) ?? rows[0])?.b;
  give?.closest('.card')?.scrollIntoView({ block: 'nearest' });
  give?.focus({ preventScroll: true });
}

/** The target and amount of the aid order a Give button carries (its `data-order`), else null. */
function aidOrder(json: string | undefined): { target: string; amount: number } | null {
  if (!json) return null;
  const o = JSON.parse(json) as { type?: string; target?: string; amount?: number };
  return o.type === 'aid' && typeof o.target === 'string' && typeof o.amount === 'number'
    ? { target: o.target, amount: o.amount }
    : null;
}
