// Exporting the game's replay: as a file, or as a link that carries it in its fragment.
import { encodeShareFragment } from '../../store/share';
import type { GameStore } from '../../store/store';

/** Download the game's replay so far. */
export function downloadReplay(store: GameStore): void {
  const may = store.mayExport();
  if (!may.ok) {
    store.notify('error', may.message);
    return;
  }
  const text = store.replayText();
  const s = store.store.getState().session?.state;
  if (!text || !s) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = `khitomer-${s.scenarioId}-${s.seed}-${s.year}.replay.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Make a share link for the game's replay, copy it when the browser lets us, and say so. */
export async function shareReplay(store: GameStore): Promise<string | null> {
  const may = store.mayExport('shared');
  if (!may.ok) {
    store.notify('error', may.message);
    return null;
  }
  const replay = store.replay();
  if (!replay) return null;
  const link = `${location.origin}${location.pathname}${await encodeShareFragment(replay)}`;
  let copied = false;
  try {
    await navigator.clipboard.writeText(link);
    copied = true;
  } catch {
    // No clipboard (an insecure page, a headless browser): the link is kept on the page instead.
  }
  document.body.dataset.shareLink = link;
  store.notify(
    'info',
    `${copied ? 'Share link copied' : 'Share link ready'} (${link.length} characters): whoever opens it watches this game.`,
  );
  return link;
}
