// The browser entry point: the store, the Phaser game, and `window.khitomer` for consoles and tests.

import { installApi } from './game/api';
import { openScenarioLink } from './game/editor/open-link';
import { startGame } from './game/game';
import { decodeShareFragment, SHARE_PREFIX } from './store/share';
import { createGameStore } from './store/store';

const store = createGameStore();
const game = startGame(store);
installApi(store, game);

// The address can open a game: a share link's replay (#replay=…), or a seeded game
// (?scenario=<id>&seed=<text>&side=<federation|klingon>&opponent=<ai|hotseat>).
game.events.once('khitomer-ready', () => {
  void openFromAddress();
  // A share link pasted into the address bar of an open game changes only the fragment.
  window.addEventListener('hashchange', () => void openFromAddress());
});

async function openFromAddress(): Promise<void> {
  if (await openScenarioLink(store, location.hash)) return;
  if (location.hash.startsWith(SHARE_PREFIX)) {
    const decoded = await decodeShareFragment(location.hash);
    if (decoded.ok) await store.loadReplay(decoded.text);
    else store.notify('error', decoded.message);
    return;
  }
  // A link's game starts once: the query is then taken off the address, so a reload does not
  // start it again (and a game saved meanwhile is offered, never replaced unasked).
  const q = new URLSearchParams(location.search);
  if (!q.has('scenario')) return;
  store.openLink(location.search);
  for (const key of ['scenario', 'seed', 'side', 'opponent']) q.delete(key);
  const rest = q.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
}
