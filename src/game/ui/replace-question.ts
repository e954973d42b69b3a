// The question put when a game would replace one saved and in progress: New game and Take over (the
// replay viewer) ask it alike, inside the page. A native confirm was dismissed under automation and
// left only a notice with no button (playtest 23).
import { button, clear, el, keysLine, mount } from './dom';

export interface ReplaceAnswers {
  replace: () => void;
  /** Continue the saved game instead. */
  keep: () => void;
  /** Neither: the question goes (Esc). */
  cancel: () => void;
}

/**
 * The box the question is put in, hidden until asked. It keeps to the foot of the dialog it is in
 * while the rest scrolls (style/screens.css .replace-ask): at the foot of New game's long form, in a
 * short window, its keys line needed a scroll.
 */
export function replaceBox(): HTMLElement {
  const box = el('div', { class: 'card replace-ask', testid: 'replace-confirm', role: 'alertdialog' });
  box.hidden = true;
  // Esc answers Cancel here, and goes no further (New game's Esc, the viewer's Esc, close their screen).
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || box.hidden) return;
    e.stopPropagation();
    box.querySelector<HTMLButtonElement>('[data-testid="replace-cancel"]')?.click();
  });
  return box;
}

/**
 * Ask in `box`: `message` (what is saved, and what would replace it), then Replace / Keep it and
 * continue it (in focus: Enter keeps, as the safe answer) / Cancel. Its dialog is scrolled to its
 * foot, the question just below what asked it (New game's Start).
 */
export function askReplace(box: HTMLElement, message: string, answers: ReplaceAnswers): void {
  clear(box);
  const keep = button('Keep it and continue it', answers.keep, { testid: 'replace-keep' });
  const keys = keysLine('the button in focus', 'cancel', 'div');
  keys.dataset.testid = 'replace-keys';
  box.append(
    el('div', {}, message),
    el(
      'div',
      { class: 'row' },
      button('Replace the saved game', answers.replace, { testid: 'replace-yes' }),
      keep,
      button('Cancel', answers.cancel, { testid: 'replace-cancel' }),
    ),
    keys,
  );
  box.hidden = false;
  keep.focus({ preventScroll: true });
  box.parentElement?.scrollTo({ top: box.parentElement.scrollHeight });
}

/** The question as a dialog of its own, over a screen that has no place for it (the viewer). */
export function replaceDialog(title: string, message: string, answers: ReplaceAnswers): () => void {
  const box = replaceBox();
  const dialog = el(
    'div',
    { class: 'dialog question', testid: 'replace-dialog', role: 'dialog', label: title },
    el('h2', {}, title),
    box,
  );
  const remove = mount(dialog);
  const then = (answer: () => void) => () => {
    remove();
    answer();
  };
  askReplace(box, message, {
    replace: then(answers.replace),
    keep: then(answers.keep),
    cancel: then(answers.cancel),
  });
  return remove;
}
