import Phaser from 'phaser';

/** The first scene: nothing to load before the preloader can draw its bar. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Preloader');
  }
}
