// The Phaser game: its configuration, its scenes, and the router that shows the scene for the
// store's screen.
import Phaser from 'phaser';
import type { GameStore } from '../store/store';
import type { Screen } from '../store/types';
import { BootScene } from './scenes/boot';
import { EndScene } from './scenes/end';
import { GalaxyScene } from './scenes/galaxy';
import { HandoverScene } from './scenes/handover';
import { NewGameScene } from './scenes/new-game';
import { PreloaderScene } from './scenes/preloader';
import { TitleScene } from './scenes/title';

const SCENE_FOR: Record<Screen, string> = {
  title: 'Title',
  'new-game': 'NewGame',
  game: 'Galaxy',
  report: 'Galaxy',
  handover: 'Handover',
  end: 'End',
};

export function startGame(store: GameStore): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    backgroundColor: '#070b14',
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    scene: [
      new BootScene(),
      new PreloaderScene(),
      new TitleScene(store),
      new NewGameScene(store),
      new GalaxyScene(store),
      new HandoverScene(store),
      new EndScene(store),
    ],
    banner: false,
  });
  // Show the scene of the store's screen; the preloader hands over to the first one.
  let current: string | null = null;
  const route = (screen: Screen) => {
    const key = SCENE_FOR[screen];
    if (key === current) return;
    if (current) game.scene.stop(current);
    current = key;
    game.scene.start(key);
  };
  game.events.once('khitomer-ready', () => {
    game.scene.stop('Preloader');
    current = null;
    route(store.store.getState().screen);
    store.store.subscribe((s, prev) => {
      if (s.screen !== prev.screen) route(s.screen);
      document.body.classList.toggle('safe-palette', s.settings.safePalette);
    });
  });
  document.body.classList.toggle('safe-palette', store.store.getState().settings.safePalette);
  return game;
}
