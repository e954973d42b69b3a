// The browser entry point: the store, the Phaser game, and `window.khitomer` for consoles and tests.

import { installApi } from './game/api';
import { openScenarioLink } from './game/editor/open-link';
import { startGame } from './game/game';
import { decodeShareFragment, SHARE_PREFIX } from './store/share';
import { createGameStore } from './store/store';
import { OPPONENTS, type Opponent } from './store/types';

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
    if (decoded.ok) store.loadReplay(decoded.text);
    else store.notify('error', decoded.message);
    return;
  }
  const q = new URLSearchParams(location.search);
  const scenario = q.get('scenario');
  if (!scenario) return;
  const side = q.get('side') ?? undefined;
  const opponent = q.get('opponent') ?? undefined;
  if (side !== undefined && side !== 'federation' && side !== 'klingon') {
    store.notify('error', `The link's side "${side}" is neither federation nor klingon.`);
    return;
  }
  if (opponent !== undefined && !(OPPONENTS as readonly string[]).includes(opponent)) {
    store.notify('error', `The link's opponent "${opponent}" is not one of ${OPPONENTS.join(', ')}.`);
    return;
  }
  const r = store.newGame({
    scenario,
    seed: q.get('seed') ?? undefined,
    side,
    opponent: opponent as Opponent | undefined,
  });
  if (!r.ok) store.notify('error', `The link's game cannot start: ${r.message}`);
}
