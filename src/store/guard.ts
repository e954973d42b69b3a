// One tab plays the saved game at a time. The tab that plays it keeps a claim in storage (its id and
// when it last said it is alive); another tab that finds a fresh claim says the game is open
// elsewhere instead of loading or overwriting it. A tab that closes without a word (a crash) leaves
// a claim that goes stale after CLAIM_TTL_MS. Storage is shared by the tabs of one origin, so the
// claim needs no server and works wherever the save itself works.
import type { KeyValueStorage } from './save';

export const OWNER_KEY = 'khitomer.autosave.owner';
/** A claim older than this is of a tab that is gone (or asleep in the background for that long). */
export const CLAIM_TTL_MS = 10_000;
/** How often the playing tab renews its claim. */
export const BEAT_MS = 2_000;

interface Claim {
  tab: string;
  at: number;
}

export class TabGuard {
  private holding = false;

  constructor(
    private readonly storage: KeyValueStorage | null,
    readonly tab: string,
    private readonly now: () => number,
  ) {}

  private read(): Claim | null {
    try {
      const text = this.storage?.getItem(OWNER_KEY);
      if (!text) return null;
      const c = JSON.parse(text) as Partial<Claim>;
      return typeof c?.tab === 'string' && typeof c.at === 'number' ? { tab: c.tab, at: c.at } : null;
    } catch {
      return null;
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(OWNER_KEY, JSON.stringify({ tab: this.tab, at: this.now() }));
    } catch {
      // Storage full: the save itself will say so.
    }
  }

  /** Whether another tab plays the saved game now. */
  heldElsewhere(): boolean {
    const c = this.read();
    if (!c || c.tab === this.tab) return false;
    const age = this.now() - c.at;
    return age >= -CLAIM_TTL_MS && age < CLAIM_TTL_MS;
  }

  /** Take the saved game for this tab; false when another tab plays it. */
  claim(): boolean {
    if (this.heldElsewhere()) return false;
    this.write();
    this.holding = true;
    return true;
  }

  /** Whether this tab still plays the saved game (no other tab has taken it since). */
  holds(): boolean {
    if (!this.holding) return false;
    const c = this.read();
    if (c && c.tab !== this.tab) {
      this.holding = false;
      return false;
    }
    return true;
  }

  /** Renew the claim; false when another tab took the game meanwhile. */
  beat(): boolean {
    if (!this.holding) return true;
    if (!this.holds()) return false;
    this.write();
    return true;
  }

  release(): void {
    if (this.holding && this.read()?.tab === this.tab) {
      try {
        this.storage?.removeItem(OWNER_KEY);
      } catch {
        // nothing to release
      }
    }
    this.holding = false;
  }

  get claimed(): boolean {
    return this.holding;
  }
}
