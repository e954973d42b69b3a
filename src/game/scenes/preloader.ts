import Phaser from 'phaser';
import { drawTexture, TEXTURES } from '../ui/art';

/** Prepares the art (drawn in code) with a progress bar, then hands over to the title. */
export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    const { width, height } = this.scale;
    const barWidth = Math.min(420, width * 0.6);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add
      .text(width / 2, y - 40, 'KHITOMER', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '28px',
        color: '#e8eef6',
      })
      .setOrigin(0.5);
    this.add.rectangle(x, y, barWidth, 14).setOrigin(0, 0.5).setStrokeStyle(1, 0x4d86c7);
    const fill = this.add.rectangle(x + 2, y, 0, 10, 0x4da3ff).setOrigin(0, 0.5);
    const label = this.add
      .text(width / 2, y + 24, 'Preparing the map…', { fontSize: '14px', color: '#9fb0c6' })
      .setOrigin(0.5);
    let done = 0;
    const step = () => {
      const key = TEXTURES[done];
      if (key) drawTexture(this, key);
      done++;
      fill.width = ((barWidth - 4) * done) / TEXTURES.length;
      label.setText(`Preparing the map… ${Math.round((done * 100) / TEXTURES.length)}%`);
      if (done < TEXTURES.length) {
        this.time.delayedCall(16, step);
      } else {
        this.game.events.emit('khitomer-ready');
      }
    };
    step();
  }
}
