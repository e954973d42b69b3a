// The session slice: the game being played. Started (checked options, never replacing a saved game
// unasked), opened from a link, continued from the save, its orders, the year's end and hot seat's
// hand-overs, and its replay: a value the session holds, a year appended as each is resolved.
import {
  type AiPersonality,
  aiOrders,
  BUILTIN_SCENARIOS,
  createGame,
  encodeReplay,
  type GameState,
  hashState,
  isPersonality,
  type Order,
  otherParty,
  PARTY_NAMES,
  type Party,
  type Replay,
  recordTurn,
  resolveTurn,
  resumeRecording,
  type Scenario,
  seedFromEntropy,
  startRecording,
  validateOrder,
} from '../sim/index';
import { type Hub, OPEN_ELSEWHERE } from './hub';
import { checkNewGameOptions, linkOptions } from './options';
import { clearSave, controllersOf, readSave, readYear } from './save';
import type { Game, IssueResult, Opponent, Outcome, Session } from './types';

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

/** What is done with a game's replay: exported as a file, shared as a link, or watched. */
export type ReplayUse = 'exported' | 'shared' | 'watched';

/**
 * Why a hot-seat game's replay is not shown or given before the game ends, in the words of what was
 * asked (playtest 29 pressed Share link and Watch, and read that it "can be exported").
 */
export function hotseatSecrets(use: ReplayUse): string {
  return `In hot seat the replay holds both sides’ orders, covert ones too: it can be ${use} once the game has ended.`;
}

export function sessionActions(hub: Hub) {
  const self = {
    /**
     * Start a game. Its options are checked whatever they are; a game saved and still in progress is
     * not replaced unless `replace` says so (the refusal's code is `game/saved`: ask the player).
     */
    newGame(input: unknown, how: { replace?: boolean } = {}): Outcome {
      const checked = checkNewGameOptions(input);
      if (!checked.ok) return { ok: false, message: checked.error };
      const { scenario, raw, side, opponent } = checked.value;
      // Told before the question on the saved game: asked to replace it, the player then heard it
      // could not be done (playtest 24).
      if (hub.guard.heldElsewhere())
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
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
      const s: Game = {
        scenario,
        scenarioRaw: raw,
        side,
        opponent,
        state: created.value,
        queued: { federation: [], klingon: [] },
        active: side,
        lastReport: null,
        unread: [],
        reports: [],
        recording: startRecording(scenario, seed, controllers),
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
      const { scenario, side, opponent, state, replay, recorded, reports } = r.value;
      // The year as it was left: its orders (checked again), who is at the screen, who has yet to read the report.
      const year = readYear(hub.ls, r.value);
      const screen =
        state.phase === 'ended'
          ? 'end'
          : // In hot seat the screen is handed to the player at it before it shows their side.
            opponent === 'hotseat'
            ? 'handover'
            : year.unread.length > 0
              ? 'report'
              : 'game';
      hub.publish(
        {
          scenario,
          scenarioRaw: replay.scenario.embedded ?? BUILTIN_SCENARIOS[scenario.id] ?? scenario,
          side,
          opponent,
          state,
          queued: year.queued,
          active: year.active,
          lastReport: reports.at(-1) ?? null,
          unread: year.unread,
          reports,
          recording: resumeRecording(replay, scenario, recorded),
        },
        {
          screen,
          notice: year.dropped ? { kind: 'error', text: year.dropped } : null,
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
    mayExport(use: Exclude<ReplayUse, 'watched'> = 'exported'): Outcome {
      const s = hub.game();
      if (s?.opponent === 'hotseat' && s.state.phase !== 'ended')
        return {
          ok: false,
          code: 'game/hotseat-secrets',
          message: hotseatSecrets(use),
        };
      return { ok: true };
    },

    /** The current game's replay (at any point of it, and at its end): a value later years leave as it is. */
    replay(): Replay | null {
      return hub.game()?.recording.replay ?? null;
    },

    replayText(): string | null {
      const r = hub.game()?.recording.replay;
      return r ? encodeReplay(r) : null;
    },

    hash(): string | null {
      const s = hub.game();
      return s ? hashState(s.state) : null;
    },

    /** Leave the game for good: the save goes, and the title shows. */
    abandon(): void {
      clearSave(hub.ls);
      hub.guard.release();
      hub.publish(null, { screen: 'title' });
    },

    /** The whole game, with what the side at the screen has not seen (for the console and tests). */
    current(): Game | null {
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
        hub.publish({ ...s, active: other, unread: [] }, { screen: 'handover' });
        return { ok: true };
      }
      const orders: Record<Party, Order[]> = { federation: [], klingon: [] };
      orders[s.side] = s.queued[s.side];
      orders[other] = s.opponent === 'hotseat' ? s.queued[other] : aiOrders(opponentNow(s), s.state, other);
      const r = resolveTurn(s.state, orders);
      if (!r.ok) return { ok: false, message: r.error.message };
      const hotseat = s.opponent === 'hotseat';
      const next: Game = {
        ...s,
        recording: recordTurn(s.recording, s.state, orders, r.value.report, r.value.state),
        state: r.value.state,
        queued: { federation: [], klingon: [] },
        // In hot seat the second player is still at the screen, and reads the report first.
        active: hotseat ? other : s.side,
        unread: hotseat ? [other, s.side] : [s.side],
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
      const unread = s.unread.filter((p) => p !== s.active);
      const next = unread[0];
      // In hot seat the other player reads the year's report as their side saw it, the last year's
      // too (playtest 29: the game's end skipped the Federation's report of 2307).
      if (s.opponent === 'hotseat' && next !== undefined) {
        hub.publish({ ...s, active: next, unread }, { screen: 'handover' });
        return;
      }
      if (s.state.phase === 'ended') {
        hub.set({ screen: 'end' });
        return;
      }
      hub.publish({ ...s, unread: [] }, { screen: 'game' });
    },

    handoverDone(): void {
      const s = hub.game();
      // The player handed the screen reads the year's report first, when they have yet to.
      if (s && s.unread[0] === s.active && s.lastReport) {
        hub.set({ screen: 'report' });
        return;
      }
      hub.set({ screen: 'game' });
    },
  };
  return self;
}
