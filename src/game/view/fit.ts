// Where the camera looks when the whole map is shown: the map (WORLD × WORLD, with a margin) in the
// space left of the side panel and below the HUD, whose height is measured (it wraps to two lines
// on a small window). No Phaser here: tested in Node.

export const WORLD = 1000;
/** The HUD's height before it is measured: one band, as at 1280 px and wider. */
export const HUD_HEIGHT = 56;
const MARGIN = 40;

export interface Fit {
  zoom: number;
  /** The map point at the centre of the screen. */
  x: number;
  y: number;
}

/** The side panel's width on a screen `width` px wide. */
export function panelWidth(width: number): number {
  return Math.min(380, width * 0.46);
}

/** The zoom and centre that show the whole map left of the panel and below a HUD `hud` px high. */
export function fitMap(width: number, height: number, hud: number): Fit {
  const panel = panelWidth(width);
  const availW = Math.max(200, width - panel - 20);
  const availH = Math.max(200, height - hud - 20);
  const zoom = Math.min(availW, availH) / (WORLD + 2 * MARGIN);
  return { zoom, x: WORLD / 2 + panel / 2 / zoom, y: WORLD / 2 - hud / 2 / zoom };
}

/** Where a map point `y` is drawn on a screen `height` px high under `fit` (screen pixels). */
export function screenY(fit: Fit, height: number, y: number): number {
  return height / 2 + (y - fit.y) * fit.zoom;
}
