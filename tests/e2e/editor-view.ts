// Where a world point of the editor's map is on the page, for the editor's browser tests.
import { expect, type Page } from '@playwright/test';

type View = [x: number, y: number, zoom: number];

/** The camera as last drawn: the editor publishes it after each frame it renders (never before). */
async function drawnView(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        // Two frames: the attribute read is one the renderer has drawn and the pointer will use.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.querySelector('[data-testid="editor-bar"]')?.getAttribute('data-view') ?? ''),
          ),
        );
      }),
  );
}

/**
 * The page position of a world point of the map. It waits for the camera to have settled: a view
 * that is published and the same two frames apart (a point computed from the view before the
 * first frame, or before a resize refits the map, lands elsewhere: the CI once read x 328 for 500).
 */
export async function screenAt(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  let seen = '';
  await expect
    .poll(
      async () => {
        const before = seen;
        seen = await drawnView(page);
        return seen !== '' && seen === before;
      },
      { message: 'the editor’s camera settles', intervals: [0] },
    )
    .toBe(true);
  const [vx, vy, zoom] = seen.split(',').map(Number) as View;
  // To the nearest pixel: the mouse is put on whole pixels (429.99 went to 429, a world unit and a half off).
  return { x: Math.round((x - vx) * zoom), y: Math.round((y - vy) * zoom) };
}
