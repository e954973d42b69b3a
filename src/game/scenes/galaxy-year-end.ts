// The game screen's end of the year (End or Enter): with aid of this side's due now and left short,
// a question is asked first (playtest 20: a warning beside End was not enough). It holds the
// question while it is open; the galaxy scene closes it when what it asks about changes.
import type { GameStore } from '../../store/store';
import { aidQuestion } from '../ui/aid-question';
import { mount } from '../ui/dom';
import { type AidShort, aidShort } from '../ui/end-year';

export class YearEnd {
  private question: HTMLElement | null = null;

  /** `giveAid`: show the aid order that meets what `short` lacks (the question's first answer). */
  constructor(
    private readonly store: GameStore,
    private readonly giveAid: (short: AidShort) => void,
  ) {}

  /** The question is open: it has the keys (Esc closes it, Enter takes its focused button). */
  get asking(): boolean {
    return this.question !== null;
  }

  /** End the year (or hand over in hot seat); with aid due and short, ask first. */
  end(): void {
    const g = this.store.store.getState().session;
    if (!g || g.state.phase === 'ended') return;
    const short = aidShort(g.state, g.active, g.queued[g.active]);
    if (short.length === 0) {
      this.store.endTurn();
      return;
    }
    this.close();
    const handOver = g.opponent === 'hotseat' && g.active === g.side;
    const dialog = aidQuestion(short, handOver ? 'Hand over' : 'End the year', {
      give: (short) => {
        this.close();
        this.giveAid(short);
      },
      endAnyway: () => {
        this.close();
        this.store.endTurn();
      },
      back: () => this.close(),
    });
    this.question = dialog;
    mount(dialog);
    dialog.querySelector('button')?.focus({ preventScroll: true });
  }

  close(): void {
    this.question?.remove();
    this.question = null;
  }
}
