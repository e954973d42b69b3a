import Phaser from 'phaser';
import { MAX_REPLAY_CHARS } from '../../sim/index';
import type { GameStore } from '../../store/store';
import { playtesting } from '../editor/bar';
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
    // A replay: picked, or dropped anywhere on the title.
    const replayInput = el('input', { testid: 'replay-file-input', label: 'Replay file' });
    replayInput.type = 'file';
    replayInput.accept = '.json,application/json';
    replayInput.style.display = 'none';
    const openReplay = async (file: File) => {
      if (file.size > MAX_REPLAY_CHARS * 4) {
        this.store.notify('error', `${file.name} is ${file.size} bytes: too large for a replay.`);
        return;
      }
      this.store.loadReplay(await file.text());
    };
    replayInput.addEventListener('change', () => {
      const f = replayInput.files?.[0];
      if (f) void openReplay(f);
    });
    const loadReplay = button('Load replay…', () => replayInput.click(), {
      testid: 'load-replay',
      title: 'Watch, verify or take over a recorded game (or drop its file here)',
    });
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      const f = e.dataTransfer?.files[0];
      if (f) void openReplay(f);
    };
    const onDragOver = (e: DragEvent) => e.preventDefault();
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragover', onDragOver);
    // After a playtest, the way back to the editor comes first, with the history as it was left.
    const back = playtesting();
    const editor = button(
      back ? 'Back to the scenario editor' : 'Scenario editor',
      () => this.store.goTo('editor'),
      {
        testid: 'scenario-editor',
        class: back ? 'primary' : '',
        title: 'Build a scenario of your own: a map, the powers, the events, the rules',
      },
    );
    const settings = button(
      'Settings',
      () => {
        const close = mount(settingsDialog(this.store, () => close()));
        (document.getElementById('setting-speed') as HTMLElement | null)?.focus();
      },
      { testid: 'settings' },
    );
    menu.append(
      ...(back ? [editor, newGame] : [newGame]),
      cont,
      loadReplay,
      file,
      ...(back ? [] : [editor]),
      settings,
      replayInput,
    );
    if (notice)
      menu.append(
        el('div', { class: `notice ${notice.kind}`, testid: 'notice', role: 'alert' }, notice.text),
      );
    const remove = mount(menu);
    newGame.focus();
    // A notice that arrives while the title shows (a replay refused, a share link damaged).
    const unsubscribe = this.store.store.subscribe((st, prev) => {
      if (st.notice === prev.notice || st.screen !== 'title') return;
      menu.querySelector('[data-testid="notice"]')?.remove();
      if (st.notice)
        menu.append(
          el('div', { class: `notice ${st.notice.kind}`, testid: 'notice', role: 'alert' }, st.notice.text),
        );
    });
    this.events.once('shutdown', () => {
      unsubscribe();
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragover', onDragOver);
      remove();
      for (const d of document.querySelectorAll('[data-testid="settings"].dialog')) d.remove();
    });
  }
}
