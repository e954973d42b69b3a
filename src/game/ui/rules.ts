// The Rules screen: the rules reference (docs/RULES.md, built by rules-text.ts), fetched the first
// time the panel opens, so that the game's first load does not carry it.
import { button, el } from './dom';

/** The Rules panel: its bar at once, the text as soon as its chunk is here. */
export function rulesDialog(onClose: () => void): HTMLElement {
  const body = el(
    'div',
    { class: 'rules-text', testid: 'rules-text' },
    el('p', { class: 'dim' }, 'Loading the rules…'),
  );
  const dialog = el(
    'div',
    { class: 'dialog rules', testid: 'rules', role: 'dialog', label: 'Rules' },
    el(
      'div',
      { class: 'row rules-bar' },
      el('b', {}, 'Rules'),
      button('Close', onClose, { class: 'primary', testid: 'rules-close' }),
      el('kbd', {}, 'Esc'),
    ),
    body,
  );
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    // Spent here: the map's Esc (which clears the world selected) must not act on it too.
    e.preventDefault();
    onClose();
  });
  import('./rules-text').then(
    (m) => body.replaceChildren(...m.rulesBlocks(body)),
    () =>
      body.replaceChildren(
        el('p', { class: 'warn' }, 'The rules could not be loaded: reload the page to try again.'),
      ),
  );
  return dialog;
}
