import Phaser from 'phaser';
import type { GameStore } from '../../store/store';
import { button, el, mount } from '../ui/dom';
import { PARTY_NAMES } from '../ui/names';

/** Hot seat: a screen between the two players' orders that hides the other side's. */
export class HandoverScene extends Phaser.Scene {
  constructor(private readonly store: GameStore) {
    super('Handover');
  }

  create(): void {
    const s = this.store.store.getState().session;
    if (!s) return;
    const who = PARTY_NAMES[s.active];
    // After the year's report, the next player reads it (as their side saw it) before their orders.
    const report = s.lastReport?.year ?? s.state.year - 1;
    const next = s.unread[0] === s.active ? `the report of ${report}` : 'my orders';
    const go = button(`I play ${who}: show ${next}`, () => this.store.handoverDone(), {
      class: 'primary',
      testid: 'handover-ready',
    });
    const screen = el(
      'div',
      { class: 'handover', testid: 'handover', role: 'dialog', label: 'Hand over' },
      el('h2', {}, `${s.state.year}: hand over to ${who}`),
      el(
        'div',
        { class: 'dim' },
        'The other player’s orders are hidden. Pass the screen, then continue: click the button, or Tab to it and press Enter.',
      ),
      go,
    );
    const remove = mount(screen);
    // The screen holds the focus, not its button: Enter ends a year and closes a report, and the
    // player who just did so pressed it again out of habit (playtest 29: two Enters showed the
    // Empire's player the Federation's report, three ended the Empire's year unseen).
    screen.tabIndex = -1;
    screen.focus({ preventScroll: true });
    this.events.once('shutdown', remove);
  }
}
