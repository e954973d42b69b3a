// The end of the year, played out on the map: fleets move to where they ended, battles flare where
// they were fought, each violation seen flashes with its article. Reduced motion skips it all.
import type Phaser from 'phaser';
import type { GameState, TurnReport } from '../../sim/index';
import type { Settings } from '../../store/types';
import { PARTY_TITLES } from '../ui/names';
import { signed } from '../ui/numbers';
import { palette } from '../ui/palette';
import { STRENGTH_ABOVE } from './courses';
import type { MapView } from './map-view';

/**
 * Play the year on `map` (which still shows the year before), then call `done` once. Returns what
 * takes its flashes and rings away: the next year's playback calls it, so that years ended in quick
 * succession show the last year's violations, never a pile of every year's over one another.
 */
export function playYear(
  scene: Phaser.Scene,
  map: MapView,
  state: GameState,
  report: TurnReport,
  settings: Settings,
  done: () => void,
): () => void {
  if (settings.reducedMotion) {
    map.draw(state, settings.safePalette);
    done();
    return () => {};
  }
  const shown: Phaser.GameObjects.GameObject[] = [];
  const ms = 700 * settings.animationSpeed;
  const previous = new Map<string, { x: number; y: number }>();
  for (const [id, icon] of map.fleetIcons) previous.set(id, { x: icon.ship.x, y: icon.ship.y });
  map.draw(state, settings.safePalette);
  for (const [id, icon] of map.fleetIcons) {
    const from = previous.get(id);
    if (!from || (from.x === icon.ship.x && from.y === icon.ship.y)) continue;
    const to = { x: icon.ship.x, y: icon.ship.y };
    icon.ship.setPosition(from.x, from.y);
    icon.label.setPosition(from.x, from.y - STRENGTH_ABOVE);
    scene.tweens.add({ targets: icon.ship, x: to.x, y: to.y, duration: ms, ease: 'Sine.easeInOut' });
    scene.tweens.add({
      targets: icon.label,
      x: to.x,
      y: to.y - STRENGTH_ABOVE,
      duration: ms,
      ease: 'Sine.easeInOut',
    });
  }
  // Each battle flares where it was fought: a ring that grows and fades, red where a world fell.
  const pal = palette(settings.safePalette);
  const battles = report.changes.filter(
    (c) => c.system !== undefined && (c.kind === 'territory' || c.kind === 'fleet'),
  );
  battles.forEach((b, i) => {
    const sys = state.systems.find((x) => x.id === b.system);
    if (!sys) return;
    const ring = scene.add.graphics({ x: sys.x, y: sys.y });
    shown.push(ring);
    ring.lineStyle(4, b.kind === 'territory' ? pal.violation : 0xffffff, 1).strokeCircle(0, 0, 14);
    ring.fillStyle(0xffffff, 0.08).fillCircle(0, 0, 14);
    scene.tweens.add({
      targets: ring,
      scale: 3,
      alpha: 0,
      duration: ms,
      delay: (i * ms) / 4,
      onComplete: () => ring.destroy(),
    });
  });
  // Each violation seen flashes with its article over the map.
  const cam = map.camera;
  const violations = report.ledger.filter((e) => e.kind !== 'reward' && e.article !== null).slice(0, 6);
  violations.forEach((v, i) => {
    const t = scene.add
      .text(
        cam.midPoint.x,
        cam.midPoint.y - 120 / cam.zoom + (i * 36) / cam.zoom,
        `Article ${v.article} — ${PARTY_TITLES[v.party]} ${signed(v.delta)}`,
        {
          fontSize: `${Math.round(22 / cam.zoom)}px`,
          color: '#ff5566',
          fontStyle: 'bold',
          backgroundColor: '#1a0a10',
          padding: { x: 6, y: 3 },
        },
      )
      .setOrigin(0.5)
      .setAlpha(0);
    shown.push(t);
    scene.tweens.add({
      targets: t,
      alpha: 1,
      duration: ms / 3,
      yoyo: true,
      hold: ms,
      delay: (i * ms) / 3,
      onComplete: () => t.destroy(),
    });
  });
  scene.time.delayedCall(ms * (1.3 + violations.length / 3), done);
  return () => {
    for (const o of shown) {
      scene.tweens.killTweensOf(o);
      o.destroy();
    }
  };
}
