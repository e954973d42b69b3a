// The game screen's end of the year (End or Enter): with orders that would bring the side's own
// government down, or aid of this side's due now and left short, a question is asked first
// (playtest 20: a warning beside End was not enough). It holds the
// question while it is open; the galaxy scene closes it when what it asks about changes.
import type { GameStore } from '../../store/store';
import { aidQuestion } from '../ui/aid-question';
import { mount } from '../ui/dom';
import { type AidShort, aidShort, ordersFall } from '../ui/end-year';
import { fallQuestion } from '../ui/fall-question';

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

  /**
   * End the year (or hand over in hot seat). Orders that would bring the side's own government down
   * are asked about first, then aid due and left short.
   */
  end(): void {
    const g = this.store.store.getState().session;
    if (!g || g.state.phase === 'ended') return;
    const fall = ordersFall(g.state, g.active, g.queued[g.active]);
    if (fall === null) {
      this.endAfterFall();
      return;
    }
    this.close();
    this.ask(
      fallQuestion(fall, this.ending(), {
        endAnyway: () => {
          this.close();
          this.endAfterFall();
        },
        back: () => this.close(),
      }),
    );
  }

  /** The year ends, unless aid of this side's is due and short: then that is asked first. */
  private endAfterFall(): void {
    const g = this.store.store.getState().session;
    if (!g || g.state.phase === 'ended') return;
    const short = aidShort(g.state, g.active, g.queued[g.active]);
    if (short.length === 0) {
      this.store.endTurn();
      return;
    }
    this.close();
    this.ask(
      aidQuestion(short, this.ending(), {
        give: (short) => {
          this.close();
          this.giveAid(short);
        },
        endAnyway: () => {
          this.close();
          this.store.endTurn();
        },
        back: () => this.close(),
      }),
    );
  }

  /** What End ends: the year, or in hot seat's first turn, the hand-over. */
  private ending(): string {
    const g = this.store.store.getState().session;
    return g?.opponent === 'hotseat' && g.active === g.side ? 'Hand over' : 'End the year';
  }

  /** Show a question, its first button in focus. */
  private ask(dialog: HTMLElement): void {
    this.question = dialog;
    mount(dialog);
    dialog.querySelector('button')?.focus({ preventScroll: true });
  }

  close(): void {
    this.question?.remove();
    this.question = null;
  }
}
