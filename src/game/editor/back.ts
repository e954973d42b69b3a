// The browser's Back inside the editor returns to the title screen, the work kept; Forward (or the
// title's "Back to the scenario editor") brings the editor back (playtest 30: the editor added no
// history entry, and Back left the game altogether). The editor's entry has the same address as the
// one before it (a share link's fragment stays as it is, and no `hashchange` fires): only its state
// marks it, with this page load's stamp, so that an entry left by an earlier load (a reload) is
// told apart from the one this page made.
import type { GameStore } from '../../store/store';
import { watch } from '../watch';

const KEY = 'khitomerEditor';
/** This page load: an entry stamped with another was made before a reload. */
const PAGE = performance.timeOrigin;

type Mark = { page: number; screen: 'editor' | 'title' };

function markOf(state: unknown): Mark | null {
  if (state === null || typeof state !== 'object') return null;
  const m = (state as Record<string, unknown>)[KEY];
  return m !== null && typeof m === 'object' ? (m as Mark) : null;
}

/** The entry's state with the mark: whatever else a state holds is kept. */
function marked(screen: Mark['screen']): Record<string, unknown> {
  const state = history.state !== null && typeof history.state === 'object' ? history.state : {};
  return { ...(state as Record<string, unknown>), [KEY]: { page: PAGE, screen } satisfies Mark };
}

const onEditorEntry = () => {
  const m = markOf(history.state);
  return m !== null && m.screen === 'editor';
};

let installedFor: GameStore | null = null;
/** A Back of our own is under way (leaving by the Menu): an entry is pushed only once it is done. */
let backing = false;
let pushWhenBack = false;

function push(): void {
  // The entry the editor was opened from is the title's.
  history.replaceState(marked('title'), '');
  history.pushState(marked('editor'), '');
}

/**
 * Called as the editor opens: it gets an entry of its own, unless it was opened on its entry
 * (Forward, or the title's button after a reload in the editor: that entry is made this page's, so
 * that no second title entry is left for a Back that would do nothing).
 */
export function editorHistory(store: GameStore): void {
  install(store);
  // Our own Back is under way (`history.back()` moves later): the entry comes once it is done.
  if (backing) {
    pushWhenBack = true;
    return;
  }
  const m = markOf(history.state);
  if (m?.screen === 'editor') {
    if (m.page !== PAGE) history.replaceState(marked('editor'), '');
    return;
  }
  push();
}

function install(store: GameStore): void {
  if (installedFor === store) return;
  installedFor = store;
  window.addEventListener('popstate', () => {
    if (backing) {
      backing = false;
      if (pushWhenBack) push();
      pushWhenBack = false;
      return;
    }
    const screen = store.store.getState().screen;
    if (onEditorEntry()) {
      if (screen !== 'title') return;
      // Forward to the editor: the entry is this page's now (it may be one an earlier load made).
      history.replaceState(marked('editor'), '');
      store.goTo('editor');
    } else if (screen === 'editor') store.goTo('title');
  });
  // Left for the title by the Menu (not by Back): its entry is stepped back over, so that Back is
  // not a press that does nothing, and Forward brings the editor back.
  watch(
    store.store,
    (s) => s.screen,
    (screen, was) => {
      if (was !== 'editor' || screen !== 'title' || !onEditorEntry()) return;
      backing = true;
      history.back();
    },
  );
}
