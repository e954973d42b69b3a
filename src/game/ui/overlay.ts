// The reading panels laid over a screen (How to win, Rules): one of each at most, opened and closed
// by the same key or button, gone with the screen that opened them.
import { mount } from './dom';

const OVERLAYS = ['how-to-win', 'rules'] as const;
export type Overlay = (typeof OVERLAYS)[number];

function open(id: Overlay): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.dialog[data-testid="${id}"]`);
}

/** Opens the panel, or closes it when it is open; the focus goes to its first button. */
export function toggleOverlay(id: Overlay, make: (close: () => void) => HTMLElement): void {
  const shown = open(id);
  if (shown) {
    shown.remove();
    return;
  }
  for (const other of OVERLAYS) open(other)?.remove();
  let remove = () => {};
  const dialog = make(() => remove());
  remove = mount(dialog);
  dialog.querySelector('button')?.focus({ preventScroll: true });
}

/** An overlay is open: the screen's own keys wait. */
export function overlayOpen(): boolean {
  return OVERLAYS.some((id) => open(id) !== null);
}

export function closeOverlays(): void {
  for (const id of OVERLAYS) open(id)?.remove();
}
