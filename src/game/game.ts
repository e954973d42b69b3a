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
import { ViewerScene } from './scenes/viewer';
import { watch } from './watch';

const SCENE_FOR: Record<Screen, string> = {
  title: 'Title',
  'new-game': 'NewGame',
  game: 'Galaxy',
  report: 'Galaxy',
  handover: 'Handover',
  end: 'End',
  viewer: 'Viewer',
  editor: 'Editor',
};

/**
 * WebGL where the browser draws it on a GPU; the Canvas renderer where its WebGL is a software
 * rasteriser (SwiftShader, llvmpipe): there, drawing the map in WebGL held some 20 frames a second,
 * the canvas 60. `?renderer=webgl` or `?renderer=canvas` overrides the choice.
 */
export function chooseRenderer(): number {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('renderer');
  if (asked === 'webgl') return Phaser.WEBGL;
  if (asked === 'canvas') return Phaser.CANVAS;
  try {
    const probe = document.createElement('canvas');
    const gl = (probe.getContext('webgl2') ?? probe.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return Phaser.CANVAS;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}

export function startGame(store: GameStore): Phaser.Game {
  const game = new Phaser.Game({
    type: chooseRenderer(),
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
      new ViewerScene(store),
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
    if (key === 'Editor' && !game.scene.keys.Editor) {
      void loadEditor().then((ok) => {
        if (ok && current === 'Editor') game.scene.start('Editor');
      });
      return;
    }
    game.scene.start(key);
  };
  // The editor is its own download, fetched the first time it is opened: a player who never opens
  // it never pays for it (npm run bench:web measures the game's first load without it).
  const loadEditor = async (): Promise<boolean> => {
    try {
      const { EditorScene } = await import('./scenes/editor');
      if (!game.scene.keys.Editor) game.scene.add('Editor', new EditorScene(store), false);
      return true;
    } catch {
      store.notify('error', 'The scenario editor could not be loaded: check the connection and try again.');
      if (current === 'Editor') store.goTo('title');
      return false;
    }
  };
  game.events.once('khitomer-ready', () => {
    game.scene.stop('Preloader');
    current = null;
    route(store.store.getState().screen);
    watch(store.store, (s) => s.screen, route);
  });
  watch(
    store.store,
    (s) => s.settings.safePalette,
    (safe) => document.body.classList.toggle('safe-palette', safe),
  );
  document.body.classList.toggle('safe-palette', store.store.getState().settings.safePalette);
  return game;
}
