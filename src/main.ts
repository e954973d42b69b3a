// The browser entry point: the store, the Phaser game, and `window.khitomer` for consoles and tests.

import { installApi } from './game/api';
import { startGame } from './game/game';
import { createGameStore } from './store/store';

const store = createGameStore();
const game = startGame(store);
installApi(store, game);
