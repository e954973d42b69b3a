import Phaser from 'phaser';
import { MAX_REPLAY_CHARS } from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { StoreState } from '../../store/types';
import { playtesting, workKept } from '../editor/light';
import { starfield } from '../ui/art';
import { button, el, mount } from '../ui/dom';
import { closeOverlays, overlayOpen } from '../ui/overlay';
import { settingsDialog } from '../ui/settings';
import { openRules } from '../view/side-panel';
import { watch } from '../watch';

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
    const saved = hasSave ? this.store.savedGame() : null;
    // With a game saved, Continue is the default and is marked so; New game is the default otherwise.
    const cont = button('Continue', () => this.store.continueGame(), {
      testid: 'continue',
      class: saved && !playtesting() ? 'primary' : '',
    });
    if (saved && !playtesting()) newGame.classList.remove('primary');
    cont.disabled = !hasSave;
    if (!hasSave) cont.title = 'No saved game yet';
    if (saved) cont.title = saved;
    const savedLine = el('div', { class: 'dim', testid: 'saved-game' }, saved ? `Saved: ${saved}` : '');
    savedLine.hidden = !saved;
    // The saved game as played so far, without exporting and loading it (playtest 24); closing the
    // replay continues the game.
    const watchSaved = button('Watch this game’s replay', () => void this.store.watchSaved(), {
      testid: 'watch-saved',
      title: 'The saved game’s years so far, in the replay viewer; closing it continues the game',
    });
    watchSaved.hidden = !saved;
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
    // After a playtest, the way back to the editor comes first, with the history as it was left;
    // with work kept (a reload, another day), it says so too (playtest 30 read a plain "Scenario
    // editor" after a reload, and did not know its work was there).
    const back = playtesting();
    const editor = button(
      back || workKept() ? 'Back to the scenario editor' : 'Scenario editor',
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
    const rules = button('Rules', openRules, { testid: 'open-rules', title: 'The rules of the game (R)' });
    menu.append(
      ...(back ? [editor, newGame] : [newGame]),
      cont,
      savedLine,
      watchSaved,
      loadReplay,
      file,
      ...(back ? [] : [editor]),
      rules,
      settings,
      replayInput,
    );
    // R opens the rules, unless a field has the keys.
    const onKey = (e: KeyboardEvent) => {
      const t = e.target;
      if (t instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName)) return;
      if (
        e.key.toLowerCase() === 'r' &&
        !e.ctrlKey &&
        !e.metaKey &&
        (overlayOpen() || !document.querySelector('.dialog'))
      )
        openRules();
    };
    window.addEventListener('keydown', onKey);
    // A link that asked for a new game while a game is saved: the player chooses, in a dialog.
    let removeOffer: (() => void) | null = null;
    const drawOffer = () => {
      removeOffer?.();
      removeOffer = null;
      const offer = this.store.store.getState().linkOffer;
      if (!offer) return;
      const keep = button('Continue the saved game', () => this.store.answerLink('continue'), {
        class: 'primary',
        testid: 'link-continue',
      });
      const box = el(
        'div',
        { class: 'dialog', testid: 'link-offer', role: 'alertdialog', label: 'A link and a saved game' },
        el('h2', {}, 'A game is saved'),
        el('p', {}, offer.text),
        el('p', {}, `The saved game: ${offer.saved}. Starting the link’s game would replace it.`),
        el(
          'div',
          { class: 'row' },
          keep,
          button('Start the link’s game (replaces the saved one)', () => this.store.answerLink('replace'), {
            testid: 'link-replace',
          }),
          button('Not now', () => this.store.answerLink('dismiss'), { testid: 'link-dismiss' }),
        ),
      );
      removeOffer = mount(box);
      keep.focus();
    };
    // Notices sit at the head of the screen, above the emblems, clear of the menu's buttons (at its
    // foot one covered Settings once a saved game lengthened the menu).
    let removeNotice: (() => void) | null = null;
    const showNotice = (n: StoreState['notice']) => {
      removeNotice?.();
      removeNotice = n
        ? mount(el('div', { class: `notice at-top ${n.kind}`, testid: 'notice', role: 'alert' }, n.text))
        : null;
    };
    const remove = mount(menu);
    // Below the title's words, and lifted when it would run past the window's foot (a saved game
    // adds its line and Watch this game's replay: Settings fell below 800 pixels).
    const below = height * 0.2 + size * 1.3 + 32;
    menu.style.top = `${Math.max(below, Math.min(height * 0.52, height - menu.offsetHeight - 16))}px`;
    showNotice(notice);
    drawOffer();
    // The default action has the focus, so Enter takes it: with a game saved, Continue (on New game,
    // Enter offered to replace the saved game: playtest 25); without one, New game.
    if (!this.store.store.getState().linkOffer) (saved ? cont : newGame).focus();
    // A notice or a link's question that arrives while the title shows.
    const atTitle = () => this.store.store.getState().screen === 'title';
    const unwatch = [
      watch(
        this.store.store,
        (st) => st.linkOffer,
        () => atTitle() && drawOffer(),
      ),
      watch(
        this.store.store,
        (st) => st.notice,
        (n) => atTitle() && showNotice(n),
      ),
    ];
    this.events.once('shutdown', () => {
      for (const u of unwatch) u();
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('keydown', onKey);
      closeOverlays();
      remove();
      removeOffer?.();
      removeNotice?.();
      for (const d of document.querySelectorAll('[data-testid="settings"].dialog')) d.remove();
    });
  }
}
