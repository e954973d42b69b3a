// The game being played: started (checked options, never replacing a saved game unasked), opened
// from a link, continued from the save, its orders, the year's end and hot seat's hand-overs. The
// store (store.ts) gives these actions its hub: the whole game, what it publishes, the autosave.
import {
  type AiPersonality,
  aiOrders,
  BUILTIN_SCENARIOS,
  createGame,
  type GameState,
  isPersonality,
  type Order,
  otherParty,
  PARTY_NAMES,
  type Party,
  Recorder,
  resolveTurn,
  type Scenario,
  seedFromEntropy,
  validateOrder,
} from '../sim/index';
import type { TabGuard } from './guard';
import { checkNewGameOptions, linkOptions, type NewGameOptions } from './options';
import { controllersOf, type KeyValueStorage, type LoadedSave, readSave } from './save';
import type { IssueResult, Opponent, Outcome, Session, StoreState } from './types';

/**
 * The AI personality playing the opponent now: the one chosen, until its government falls; then
 * its successor, which the state records (the same rule as the core's `livePolicy`).
 */
function opponentNow(s: Session): AiPersonality {
  const p = s.state.powers[otherParty(s.side)];
  return p.leaders > 0 && isPersonality(p.controller) ? p.controller : (s.opponent as AiPersonality);
}

/** A fresh seed from the browser's (or Node's) crypto: shown to the player and recorded. */
export function freshSeed(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return seedFromEntropy([...bytes]);
}

const OPPONENT_NAMES: Record<Opponent, string> = {
  loyalist: 'the loyalist AI',
  pragmatist: 'the pragmatist AI',
  hawk: 'the hawk AI',
  hotseat: 'a second player (hot seat)',
};

/** A saved game in a sentence: "Centennial Eve, 2295, as the Federation against the hawk AI". */
export function describeSaved(g: {
  scenario: Scenario;
  side: Party;
  opponent: Opponent;
  state: GameState;
}): string {
  const when =
    g.state.phase === 'ended' ? `ended in ${g.state.result?.year ?? g.state.year}` : `${g.state.year}`;
  return `${g.scenario.title}, ${when}, as ${PARTY_NAMES[g.side]} against ${OPPONENT_NAMES[g.opponent]}`;
}

export const OPEN_ELSEWHERE =
  'The saved game is open in another tab of this browser: play it there, or close that tab and try again in a few seconds.';

/** What the game's actions share with the store. */
export interface Hub {
  set(patch: Partial<StoreState>): void;
  ls: KeyValueStorage | null;
  guard: TabGuard;
  /** The whole game (the store publishes only what the side at the screen has seen of it). */
  game(): Session | null;
  publish(g: Session | null, extra?: Partial<StoreState>): void;
  autosave(s: Session): void;
  /** A saved game still in progress (one that ended loses nothing when replaced). A bad save is reported. */
  savedInProgress(): LoadedSave | null;
  /** A link's game, waiting for the player's answer while a game is saved. */
  pendingLink: NewGameOptions | null;
}

export function gameActions(hub: Hub) {
  const self = {
    /**
     * Start a game. Its options are checked whatever they are; a game saved and still in progress is
     * not replaced unless `replace` says so (the refusal's code is `game/saved`: ask the player).
     */
    newGame(input: unknown, how: { replace?: boolean } = {}): Outcome {
      const checked = checkNewGameOptions(input);
      if (!checked.ok) return { ok: false, message: checked.error };
      const { scenario, raw, side, opponent } = checked.value;
      if (!how.replace) {
        const saved = hub.savedInProgress();
        if (saved)
          return {
            ok: false,
            code: 'game/saved',
            message: `A game is saved (${describeSaved(saved)}): a new game would replace it.`,
          };
      }
      if (!hub.guard.claim()) return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      const seed = checked.value.seed ?? freshSeed();
      const controllers = controllersOf(side, opponent);
      const created = createGame(scenario, { seed, controllers });
      if (!created.ok) return { ok: false, message: created.error.message };
      const s: Session = {
        scenario,
        scenarioRaw: raw,
        side,
        opponent,
        state: created.value,
        queued: { federation: [], klingon: [] },
        active: side,
        lastReport: null,
        unseenReport: null,
        reports: [],
        recorder: Recorder.start(scenario, seed, controllers),
      };
      hub.pendingLink = null;
      hub.publish(s, { screen: 'game', notice: null, linkOffer: null });
      hub.autosave(s);
      return { ok: true };
    },

    /**
     * Open the game a link's query asks for, once: while a game is saved and in progress, offer to
     * continue it instead (`answerLink`), and never replace it unasked.
     */
    openLink(search: string): Outcome {
      const asked = linkOptions(search);
      if (asked === null) return { ok: true };
      if (!asked.ok) {
        hub.set({ notice: { kind: 'error', text: asked.error } });
        return { ok: false, message: asked.error };
      }
      const r = self.newGame(asked.value);
      if (r.ok) return r;
      if (r.code === 'game/saved') {
        const saved = hub.savedInProgress();
        hub.pendingLink = asked.value;
        const link = checkNewGameOptions(asked.value);
        const what = link.ok
          ? `${link.value.scenario.title}${link.value.seed ? ` (seed ${link.value.seed})` : ''}`
          : 'a new game';
        hub.set({
          screen: 'title',
          linkOffer: { text: `The link opens ${what}.`, saved: saved ? describeSaved(saved) : '' },
        });
        return r;
      }
      const message = `The link's game cannot start: ${r.message}`;
      hub.set({ notice: { kind: 'error', text: message } });
      return { ok: false, message, code: r.code };
    },

    /** The player's answer to a link that came while a game was saved. */
    answerLink(choice: 'continue' | 'replace' | 'dismiss'): Outcome {
      const link = hub.pendingLink;
      hub.set({ linkOffer: null });
      hub.pendingLink = null;
      if (choice === 'continue') return self.continueGame();
      if (choice === 'replace' && link) return self.newGame(link, { replace: true });
      return { ok: true };
    },

    /** Is there a game to continue? A save that cannot be loaded is set aside and reported (notice). */
    hasSave(): boolean {
      const r = readSave(hub.ls);
      if (!r.ok) hub.set({ notice: { kind: 'error', text: r.message } });
      return r.ok && r.value !== null;
    },

    /** The saved game in a sentence, or null when none can be loaded. */
    savedGame(): string | null {
      const r = readSave(hub.ls);
      return r.ok && r.value ? describeSaved(r.value) : null;
    },

    /** Whether another tab plays the saved game now. */
    openElsewhere(): boolean {
      return hub.guard.heldElsewhere();
    },

    continueGame(): Outcome {
      if (!hub.guard.claim()) {
        hub.set({ notice: { kind: 'error', text: OPEN_ELSEWHERE } });
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      }
      const r = readSave(hub.ls);
      if (!r.ok) {
        hub.set({ notice: { kind: 'error', text: r.message } });
        return { ok: false, message: r.message };
      }
      if (!r.value) return { ok: false, message: 'There is no saved game.' };
      const { scenario, side, opponent, state, replay, recorded } = r.value;
      hub.publish(
        {
          scenario,
          scenarioRaw: replay.scenario.embedded ?? BUILTIN_SCENARIOS[scenario.id] ?? scenario,
          side,
          opponent,
          state,
          queued: { federation: [], klingon: [] },
          active: side,
          lastReport: null,
          unseenReport: null,
          reports: [],
          recorder: Recorder.resume(replay, scenario, recorded),
        },
        {
          // In hot seat the screen is handed to the first player before it shows their side.
          screen: state.phase === 'ended' ? 'end' : opponent === 'hotseat' ? 'handover' : 'game',
          notice: null,
          linkOffer: null,
        },
      );
      hub.pendingLink = null;
      return { ok: true };
    },

    /**
     * Whether the game's replay may leave the screen (a file, a share link): in hot seat it holds
     * both sides' orders, covert ones too, so not before the game has ended.
     */
    mayExport(): Outcome {
      const s = hub.game();
      if (s?.opponent === 'hotseat' && s.state.phase !== 'ended')
        return {
          ok: false,
          code: 'game/hotseat-secrets',
          message:
            'In hot seat the replay holds both sides’ orders, covert ones too: it can be exported once the game has ended.',
        };
      return { ok: true };
    },

    /** The whole game, with what the side at the screen has not seen (for the console and tests). */
    current(): Session | null {
      return hub.game();
    },

    /** Queue an order for the power giving orders now; a refusal changes nothing. */
    issue(order: unknown): IssueResult {
      const s = hub.game();
      if (!s) return { ok: false, error: { code: 'game/none', message: 'No game is in progress.' } };
      const party = s.active;
      const v = validateOrder(s.state, party, order, s.queued[party]);
      if (!v.ok) {
        hub.set({ notice: { kind: 'error', text: v.error.message } });
        return v;
      }
      hub.publish(
        { ...s, queued: { ...s.queued, [party]: [...s.queued[party], v.value] } },
        { notice: null },
      );
      return { ok: true };
    },

    withdraw(index: number): void {
      const s = hub.game();
      if (!s) return;
      const party = s.active;
      const list = s.queued[party].filter((_, i) => i !== index);
      // Later orders were checked against the budget with the withdrawn one in it: keep those still valid.
      const kept: Order[] = [];
      for (const o of list) if (validateOrder(s.state, party, o, kept).ok) kept.push(o);
      hub.publish({ ...s, queued: { ...s.queued, [party]: kept } });
    },

    /**
     * End the year for the power giving orders now. In hot seat the first player hands over; the
     * second's end resolves the year, shows that player the report as their side saw it, then hands
     * over to the first, who sees it as theirs.
     */
    endTurn(): Outcome {
      const s = hub.game();
      if (!s) return { ok: false, message: 'No game is in progress.' };
      if (s.state.phase === 'ended') return { ok: false, message: `The game ended in ${s.state.year}.` };
      const other = otherParty(s.side);
      if (s.opponent === 'hotseat' && s.active === s.side) {
        hub.publish({ ...s, active: other, unseenReport: null }, { screen: 'handover' });
        return { ok: true };
      }
      const orders: Record<Party, Order[]> = { federation: [], klingon: [] };
      orders[s.side] = s.queued[s.side];
      orders[other] = s.opponent === 'hotseat' ? s.queued[other] : aiOrders(opponentNow(s), s.state, other);
      const r = resolveTurn(s.state, orders);
      if (!r.ok) return { ok: false, message: r.error.message };
      s.recorder.add(s.state, orders, r.value);
      const hotseat = s.opponent === 'hotseat';
      const next: Session = {
        ...s,
        state: r.value.state,
        queued: { federation: [], klingon: [] },
        // In hot seat the second player is still at the screen, and reads the report first.
        active: hotseat ? other : s.side,
        unseenReport: hotseat ? s.side : null,
        lastReport: r.value.report,
        reports: [...s.reports, r.value.report],
      };
      hub.publish(next, { screen: 'report' });
      hub.autosave(next);
      return { ok: true };
    },

    closeReport(): void {
      const s = hub.game();
      if (!s) return;
      if (s.state.phase === 'ended') {
        hub.set({ screen: 'end' });
        return;
      }
      if (s.opponent === 'hotseat' && s.unseenReport !== null && s.unseenReport !== s.active) {
        hub.publish({ ...s, active: s.unseenReport }, { screen: 'handover' });
        return;
      }
      hub.publish({ ...s, unseenReport: null }, { screen: 'game' });
    },

    handoverDone(): void {
      const s = hub.game();
      if (s && s.unseenReport === s.active && s.lastReport) {
        hub.publish({ ...s, unseenReport: null }, { screen: 'report' });
        return;
      }
      hub.set({ screen: 'game' });
    },
  };
  return self;
}
