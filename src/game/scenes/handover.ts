import Phaser from 'phaser';
import type { GameStore } from '../../store/store';
import { button, el, mount } from '../ui/dom';

/** Hot seat: a screen between the two players' orders that hides the other side's. */
export class HandoverScene extends Phaser.Scene {
  constructor(private readonly store: GameStore) {
    super('Handover');
  }

  create(): void {
    const s = this.store.store.getState().session;
    if (!s) return;
    const who = s.active === 'federation' ? 'the Federation' : 'the Klingon Empire';
    // After the year's report, the next player reads it (as their side saw it) before their orders.
    const next = s.unread[0] === s.active ? `the report of ${s.state.year - 1}` : 'my orders';
    const go = button(`I play ${who}: show ${next}`, () => this.store.handoverDone(), {
      class: 'primary',
      testid: 'handover-ready',
    });
    const screen = el(
      'div',
      { class: 'handover', testid: 'handover', role: 'dialog', label: 'Hand over' },
      el('h2', {}, `${s.state.year}: hand over to ${who}`),
      el('div', { class: 'dim' }, 'The other player’s orders are hidden. Pass the screen, then continue.'),
      go,
    );
    const remove = mount(screen);
    go.focus();
    this.events.once('shutdown', remove);
  }
}
