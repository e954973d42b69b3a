// Where the camera looks when the whole map is shown, and what of the screen it draws on: the space
// left of the side panel and below the HUD, whose height is measured (it wraps to two lines on a
// small window). The camera draws only there (its viewport), so no zoom or pan puts a world or its
// name under the panel or the HUD: at 1280×800 the map, drawn over the whole window and zoomed about
// the window's centre, ran under the panel. No Phaser here: tested in Node.

export const WORLD = 1000;
/** The HUD's height before it is measured: one band, as at 1280 px and wider. */
export const HUD_HEIGHT = 56;
const MARGIN = 40;
/** Room, in screen pixels, between the map's margin and the edges of the space it is drawn in. */
const PAD = 10;

/** A box in screen pixels. */
export interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Fit {
  zoom: number;
  /** The map point at the centre of the view. */
  x: number;
  y: number;
  /** The part of the screen the map is drawn on (the camera's viewport). */
  view: View;
}

/** The side panel's width on a screen `width` px wide (style/panel.css: min(380px, 46vw)). */
export function panelWidth(width: number): number {
  return Math.min(380, width * 0.46);
}

/**
 * The zoom and centre that show the whole map, and the view it is drawn in: left of a panel `panel`
 * px wide and below a HUD `hud` px high.
 */
export function fitMap(width: number, height: number, hud: number, panel = panelWidth(width)): Fit {
  const view = {
    x: 0,
    y: Math.round(hud),
    w: Math.max(200, Math.floor(width - panel)),
    h: Math.max(200, Math.floor(height - hud)),
  };
  const zoom = Math.min(view.w - 2 * PAD, view.h - 2 * PAD) / (WORLD + 2 * MARGIN);
  return { zoom, x: WORLD / 2, y: WORLD / 2, view };
}

/** Where a map point `x` is drawn under `fit` (screen pixels). */
export function screenX(fit: Fit, x: number): number {
  return fit.view.x + fit.view.w / 2 + (x - fit.x) * fit.zoom;
}

/** Where a map point `y` is drawn under `fit` (screen pixels). */
export function screenY(fit: Fit, y: number): number {
  return fit.view.y + fit.view.h / 2 + (y - fit.y) * fit.zoom;
}
