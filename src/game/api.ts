// `window.khitomer`: drive the game from a console or a test, through the same store the screens use.
// Whatever a call is given, it answers with a value: a refusal says why, nothing throws.
import Phaser from 'phaser';
import { type OrderError, type Party, type Replay, type StateData, stateData } from '../sim/index';
import type { GameStore, Outcome } from '../store/store';
import type { GalaxyScene } from './scenes/galaxy';

export interface KhitomerApi {
  /**
   * Start a game: `{ scenario: 'centennial-eve', seed: 'abc', side: 'federation', opponent: 'pragmatist' }`.
   * From the console it replaces a saved game (the screens ask first); never one open in another tab.
   */
  newGame(options: unknown): Outcome;
  /** The game's state (a copy). */
  state(): StateData | null;
  /** Queue an order for the side giving orders now; returns the refusal when refused. */
  issue(order: unknown): { ok: true } | { ok: false; error: OrderError };
  /** End the year (and close its report); in hot seat, hand over first. */
  endTurn(): Outcome;
  /** The state's 64-bit hash. */
  hash(): string | null;
  /** Select a world of the game's map as a click on it does (N and P reach your own, Shift+N and Shift+P any): whether it was. */
  select(system: string | null): boolean;
  /** The side giving orders now. */
  active(): Party | null;
  /** Which screen is showing. */
  screen(): string;
  /** Frames drawn so far (for tests and the web benchmark). */
  frames(): number;
  /**
   * Where the map showing (the game's, the replay viewer's, the editor's) is looked at (for tests): the map point at the centre of its view, in map
   * units, and the zoom; `view`, the part of the window the map is drawn on (left of the side panel,
   * below the HUD), in page pixels. A map point p is on the page at view.x + view.w / 2 + (p.x − x) × zoom.
   */
  camera(): {
    x: number;
    y: number;
    zoom: number;
    view: { x: number; y: number; w: number; h: number };
  } | null;
  /**
   * What the scenes showing draw on the canvas: each text (the map's names, the parade's flagships)
   * and each image (a ship), with its box in screen pixels: for tests that nothing runs into a name.
   */
  drawn(): Drawn[];
  /** The current game's replay (a JSON object), at any point of the game. */
  replay(): Replay | null;
  /**
   * Open a replay (object or text) in the viewer, verified year by year, a slice of years at a time
   * (the page answers meanwhile): a promise of what was opened, or why it was refused.
   */
  loadReplay(replay: unknown): ReturnType<GameStore['loadReplay']>;
}

/** A text or an image on the canvas, and its box in screen pixels. */
export interface Drawn {
  kind: 'text' | 'image';
  /** A text's words; an image's texture. */
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

declare global {
  interface Window {
    khitomer: KhitomerApi;
  }
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A call that answers whatever happens: its value, or `fallback(error)`. */
function guarded<A extends unknown[], R>(call: (...a: A) => R, fallback: (e: unknown) => R): (...a: A) => R {
  return (...a) => {
    try {
      return call(...a);
    } catch (e) {
      return fallback(e);
    }
  };
}

const refused = (e: unknown): { ok: false; message: string } => ({
  ok: false,
  message: `The call was refused: ${why(e)}`,
});

export function installApi(store: GameStore, game: Phaser.Game): void {
  const screen = () => store.store.getState().screen;
  window.khitomer = {
    newGame: guarded((options: unknown) => store.newGame(options, { replace: true }), refused),
    state: guarded(
      () => {
        const s = store.current()?.state;
        return s ? stateData(s) : null;
      },
      () => null,
    ),
    issue: guarded(
      (order: unknown) => store.issue(order),
      (e) => ({
        ok: false as const,
        error: { code: 'order/malformed', message: `The order was refused: ${why(e)}` },
      }),
    ),
    endTurn: guarded(() => {
      const r = store.endTurn();
      if (r.ok && screen() === 'report') store.closeReport();
      return r;
    }, refused),
    hash: guarded(
      () => store.hash(),
      () => null,
    ),
    select: guarded(
      (system: string | null) => {
        const scene = game.scene.getScene('Galaxy') as GalaxyScene | null;
        const known = system === null || store.current()?.state.systems.some((x) => x.id === system);
        if (!scene?.sys.isActive() || !known) return false;
        scene.select(system);
        return true;
      },
      () => false,
    ),
    active: guarded(
      () => store.current()?.active ?? null,
      () => null,
    ),
    screen: guarded(screen, () => 'unknown'),
    frames: guarded(
      () => game.loop.frame,
      () => 0,
    ),
    camera: guarded(
      () => {
        // The map showing: the game's, the replay viewer's or the editor's.
        const scene = ['Galaxy', 'Viewer', 'Editor']
          .map((key) => game.scene.getScene(key))
          .find((sc) => sc?.sys.isActive());
        if (!scene) return null;
        const cam = scene.cameras.main;
        return {
          x: cam.midPoint.x,
          y: cam.midPoint.y,
          zoom: cam.zoom,
          view: { x: cam.x, y: cam.y, w: cam.width, h: cam.height },
        };
      },
      () => null,
    ),
    drawn: guarded(
      () =>
        game.scene.getScenes(true).flatMap((scene) => {
          const cam = scene.cameras.main;
          const view = cam.worldView;
          return scene.children.list.flatMap((o): Drawn[] => {
            const text = o instanceof Phaser.GameObjects.Text && o.text !== '' ? o : null;
            const image = o instanceof Phaser.GameObjects.Image ? o : null;
            const shown = text ?? image;
            if (!shown?.visible) return [];
            const b = shown.getBounds();
            return [
              {
                kind: text ? 'text' : 'image',
                text: text ? text.text : (image?.texture.key ?? ''),
                x: cam.x + (b.x - view.x) * cam.zoom,
                y: cam.y + (b.y - view.y) * cam.zoom,
                w: b.width * cam.zoom,
                h: b.height * cam.zoom,
              },
            ];
          });
        }),
      () => [],
    ),
    replay: guarded(
      () => {
        const r = store.replay();
        return r ? structuredClone(r) : null;
      },
      () => null,
    ),
    // A promise that never rejects: whatever went wrong inside is a refusal.
    loadReplay: guarded(
      (replay: unknown) => store.loadReplay(replay).catch(refused),
      async (e) => refused(e),
    ),
  };
}
