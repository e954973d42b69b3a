import Phaser from 'phaser';
import type { GameStore } from '../../store/store';
import { starfield } from '../ui/art';
import { button, el, mount } from '../ui/dom';
import { settingsDialog } from '../ui/settings';

/** The title: New game, Continue, a scenario file, Settings. */
export class TitleScene extends Phaser.Scene {
  constructor(private readonly store: GameStore) {
    super('Title');
  }

  create(): void {
    const { width, height } = this.scale;
    starfield(this);
    const size = Math.min(110, height * 0.16);
    this.add.image(width / 2 - size * 0.75, height * 0.2, 'emblem-federation').setDisplaySize(size, size);
    this.add.image(width / 2 + size * 0.75, height * 0.2, 'emblem-klingon').setDisplaySize(size, size);
    this.add
      .text(width / 2, height * 0.2 + size * 0.75, 'KHITOMER', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: `${Math.round(size * 0.42)}px`,
        color: '#e8eef6',
        fontStyle: 'bold',
      })
      .setOrigin(0.5, 0);
    this.add
      .text(width / 2, height * 0.2 + size * 1.3, 'The Accords, 2293–2393', {
        fontSize: '16px',
        color: '#9fb0c6',
      })
      .setOrigin(0.5, 0);

    const hasSave = this.store.hasSave();
    const notice = this.store.store.getState().notice;
    const menu = el('nav', { class: 'menu', testid: 'title-menu', label: 'Title menu' });
    const newGame = button('New game', () => this.store.goTo('new-game'), {
      class: 'primary',
      testid: 'new-game',
    });
    const cont = button('Continue', () => this.store.continueGame(), { testid: 'continue' });
    cont.disabled = !hasSave;
    if (!hasSave) cont.title = 'No saved game yet';
    const file = button('Scenario file…', () => this.store.goTo('new-game', { openFile: true }), {
      testid: 'scenario-file',
    });
    const settings = button(
      'Settings',
      () => {
        const close = mount(settingsDialog(this.store, () => close()));
        (document.getElementById('setting-speed') as HTMLElement | null)?.focus();
      },
      { testid: 'settings' },
    );
    menu.append(newGame, cont, file, settings);
    if (notice)
      menu.append(
        el('div', { class: `notice ${notice.kind}`, testid: 'notice', role: 'alert' }, notice.text),
      );
    const remove = mount(menu);
    newGame.focus();
    this.events.once('shutdown', () => {
      remove();
      for (const d of document.querySelectorAll('[data-testid="settings"].dialog')) d.remove();
    });
  }
}
