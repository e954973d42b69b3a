// The year's ledger entries, tallied once for the steps that read them: step h's clean year, drift and
// grievances, and the year's record. Each of them walked all the year's entries again, per power.
import { type Ctx, firstOfYear } from './context';
import { isActOfFaith } from './ledger';
import type { LedgerEntry, Party } from './types';

/** What a power's entries of the year add up to. */
export interface PartyTally {
  /** Violations seen (rewards and events are not). */
  seen: number;
  /** An act of faith is on record (`isActOfFaith`). */
  faith: boolean;
  /** The entries' deltas, summed. */
  delta: number;
  /** The grievance the violations leave: each one's cost, in `answers.grievancePercent`, rounded down. */
  grievance: number;
}

function empty(): PartyTally {
  return { seen: 0, faith: false, delta: 0, grievance: 0 };
}

/**
 * The entries of the turn's year, where they stand (the ledger's tail, then the pending ones),
 * tallied by power. `update` takes in the entries made since it last looked: a step that adds
 * entries and one that reads the tally after it see the same sums as a walk of all of them. Read
 * it before the year advances: the ledger then takes the pending entries in, and the next year's.
 */
export class YearTally {
  readonly federation = empty();
  readonly klingon = empty();
  private next: number;

  constructor(private readonly ctx: Ctx) {
    this.next = firstOfYear(ctx.s, ctx.year);
  }

  /** The tally of `party`, with every entry made so far. */
  of(party: Party): PartyTally {
    this.update();
    return party === 'federation' ? this.federation : this.klingon;
  }

  /** Both powers' violations seen this year so far (the year's record). */
  seen(): Record<Party, number> {
    this.update();
    return { federation: this.federation.seen, klingon: this.klingon.seen };
  }

  private update(): void {
    const ledger = this.ctx.s.ledger;
    const pending = this.ctx.pending;
    const end = ledger.length + pending.length;
    const percent = this.ctx.rules.answers.grievancePercent;
    for (let i = this.next; i < end; i++) {
      const e = i < ledger.length ? ledger.item(i) : (pending[i - ledger.length] as LedgerEntry);
      const t = e.party === 'federation' ? this.federation : this.klingon;
      t.delta += e.delta;
      if (e.kind !== 'reward' && e.article !== null) {
        t.seen++;
        t.grievance += Math.floor((-e.delta * percent) / 100);
      }
      if (!t.faith && isActOfFaith(e.code)) t.faith = true;
    }
    this.next = end;
  }
}
