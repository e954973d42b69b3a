// The settings dialog: animation speed, reduced motion, a palette safe for colour-blind players, the
// first game's hints.
import type { GameStore } from '../../store/store';
import { button, el } from './dom';

export function settingsDialog(store: GameStore, onClose: () => void): HTMLElement {
  const s = store.store.getState().settings;
  const speed = el('select', { id: 'setting-speed', label: 'Animation speed' });
  for (const [value, text] of [
    ['0.5', 'Fast'],
    ['1', 'Normal'],
    ['2', 'Slow'],
  ] as const) {
    const o = el('option', {}, text);
    o.value = value;
    o.selected = Number(value) === s.animationSpeed;
    speed.append(o);
  }
  const reduced = el('input', { id: 'setting-reduced' });
  reduced.type = 'checkbox';
  reduced.checked = s.reducedMotion;
  const safe = el('input', { id: 'setting-palette' });
  safe.type = 'checkbox';
  safe.checked = s.safePalette;
  const hints = el('input', { id: 'setting-hints', testid: 'setting-hints', label: 'Show hints' });
  hints.type = 'checkbox';
  hints.checked = s.hints;
  const save = () => {
    store.setSettings({
      animationSpeed: Number(speed.value),
      reducedMotion: reduced.checked,
      safePalette: safe.checked,
      hints: hints.checked,
    });
  };
  speed.addEventListener('change', save);
  reduced.addEventListener('change', save);
  safe.addEventListener('change', save);
  hints.addEventListener('change', save);
  const dialog = el(
    'div',
    { class: 'dialog', testid: 'settings', role: 'dialog', label: 'Settings' },
    el('h2', {}, 'Settings'),
    el('div', { class: 'row' }, el('label', {}, 'Animations'), speed),
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Reduced motion'),
      reduced,
      el('span', { class: 'dim' }, 'No moving fleets or flashes; changes appear at once.'),
    ),
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Safe palette'),
      safe,
      el('span', { class: 'dim' }, 'Colours that stay apart for colour-blind players.'),
    ),
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Hints'),
      hints,
      el('span', { class: 'dim' }, 'One idea a year in a first game (T hides or shows them).'),
    ),
    el(
      'div',
      { class: 'row' },
      button('Close', onClose, { class: 'primary', testid: 'settings-close' }),
      el('kbd', {}, 'Esc'),
    ),
  );
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onClose();
  });
  return dialog;
}
