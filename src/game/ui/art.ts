// The game's art, drawn in code: the two emblems, a ship, a star. Original shapes, no files.
import type Phaser from 'phaser';

export const TEXTURES = ['emblem-federation', 'emblem-klingon', 'ship', 'star', 'spark'] as const;

/** Draw one texture into the scene's texture manager. */
export function drawTexture(scene: Phaser.Scene, key: (typeof TEXTURES)[number]): void {
  if (scene.textures.exists(key)) return;
  const g = scene.add.graphics();
  switch (key) {
    case 'emblem-federation': {
      // A field of stars within a ring, crossed by two laurel-like arcs.
      g.fillStyle(0x0d2a52, 1).fillCircle(64, 64, 62);
      g.lineStyle(5, 0x4da3ff, 1).strokeCircle(64, 64, 58);
      g.lineStyle(4, 0xcfe3ff, 1);
      g.beginPath();
      g.arc(64, 64, 44, Phaser_DEG(200), Phaser_DEG(340), false);
      g.strokePath();
      g.beginPath();
      g.arc(64, 64, 44, Phaser_DEG(20), Phaser_DEG(160), false);
      g.strokePath();
      g.fillStyle(0xffffff, 1);
      for (const [x, y, r] of [
        [64, 64, 7],
        [48, 52, 3],
        [82, 50, 3],
        [52, 80, 2.5],
        [78, 78, 2.5],
      ]) {
        g.fillCircle(x as number, y as number, r as number);
      }
      g.generateTexture(key, 128, 128);
      break;
    }
    case 'emblem-klingon': {
      // Three blades around a hub, on a dark disc.
      g.fillStyle(0x2a0c0c, 1).fillCircle(64, 64, 62);
      g.lineStyle(5, 0xe0443e, 1).strokeCircle(64, 64, 58);
      g.fillStyle(0xe0443e, 1);
      for (let i = 0; i < 3; i++) {
        const a = Phaser_DEG(-90 + i * 120);
        const tip = { x: 64 + Math.cos(a) * 52, y: 64 + Math.sin(a) * 52 };
        const l = { x: 64 + Math.cos(a - 0.5) * 16, y: 64 + Math.sin(a - 0.5) * 16 };
        const r = { x: 64 + Math.cos(a + 0.5) * 16, y: 64 + Math.sin(a + 0.5) * 16 };
        g.fillTriangle(tip.x, tip.y, l.x, l.y, r.x, r.y);
      }
      g.fillStyle(0x1a0606, 1).fillCircle(64, 64, 12);
      g.lineStyle(3, 0xffb0a8, 1).strokeCircle(64, 64, 12);
      g.generateTexture(key, 128, 128);
      break;
    }
    case 'ship': {
      g.fillStyle(0xffffff, 1);
      g.fillTriangle(16, 2, 30, 28, 2, 28);
      g.fillStyle(0x000000, 0.35).fillTriangle(16, 10, 24, 26, 8, 26);
      g.generateTexture(key, 32, 32);
      break;
    }
    case 'star': {
      g.fillStyle(0xffffff, 1).fillCircle(4, 4, 2);
      g.fillStyle(0xffffff, 0.3).fillCircle(4, 4, 4);
      g.generateTexture(key, 8, 8);
      break;
    }
    case 'spark': {
      g.fillStyle(0xffffff, 1).fillCircle(8, 8, 8);
      g.generateTexture(key, 16, 16);
      break;
    }
  }
  g.destroy();
}

function Phaser_DEG(d: number): number {
  return (d * Math.PI) / 180;
}

/** A starfield behind a scene, the same every time (no chance in what is only decoration either). */
export function starfield(scene: Phaser.Scene, count = 220): void {
  const w = scene.scale.width;
  const h = scene.scale.height;
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    scene.add
      .image(next() * w, next() * h, 'star')
      .setAlpha(0.2 + next() * 0.7)
      .setScale(0.4 + next() * 0.8)
      .setScrollFactor(0);
  }
}

/** A ship in a colour (drawn once per colour: tints are not drawn by every renderer). */
export function shipTexture(scene: Phaser.Scene, colour: number): string {
  const key = `ship-${colour.toString(16).padStart(6, '0')}`;
  if (scene.textures.exists(key)) return key;
  const g = scene.add.graphics();
  g.fillStyle(colour, 1).fillTriangle(16, 2, 30, 28, 2, 28);
  g.fillStyle(0x000000, 0.35).fillTriangle(16, 10, 24, 26, 8, 26);
  g.lineStyle(1, 0xffffff, 0.6).strokeTriangle(16, 2, 30, 28, 2, 28);
  g.generateTexture(key, 32, 32);
  g.destroy();
  return key;
}
