// The viewer slice: a replay opened, re-simulated and checked year by year, its year shown, played
// back at a speed, and taken over as a new game.
import {
  BUILTIN_SCENARIOS,
  isParty,
  isPersonality,
  otherParty,
  PARTY_NAMES,
  type Party,
  parseReplay,
  parseReplayText,
  type Replay,
  replayStatesInSteps,
  reportSeenBy,
  type TurnReport,
  takeOver,
} from '../sim/index';
import { type Hub, OPEN_ELSEWHERE } from './hub';
import { readSave } from './save';
import { describeSaved, hotseatSecrets } from './session';
import type { Game, Opponent, Outcome, Viewer } from './types';

/**
 * How long a slice of a replay's walk may hold the page before it lets the page draw and answer
 * (issue 17: no input holds the tab over 200 ms; a 1,000-year replay's walk took 0.7 s in one go).
 */
const SLICE_MS = 40;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type ReplayOpened =
  | { ok: true; years: number; finalHash: string | null; problem: string | null }
  | { ok: false; message: string };

/**
 * The reports of the saved game as its player may watch them: in a game in progress, as `side` saw
 * them (the other side's covert orders stay its secrets, src/sim/visibility.ts, as on the game's own
 * screens); once the game has ended, whole.
 */
export function watchedReports(reports: TurnReport[], side: Party, ended: boolean): TurnReport[] {
  return ended ? reports : reports.map((x) => reportSeenBy(x, side));
}

/** `resume` continues the saved game (the session slice's continueGame). */
export function viewerActions(hub: Hub, resume: () => Outcome) {
  const { set, get } = hub;
  /** Said on the screen and returned: why the game's own replay is not shown. */
  const refuse = (message: string): ReplayOpened => {
    set({ notice: { kind: 'error', text: message } });
    return { ok: false, message };
  };
  /** The game's own replay opened, shown as `side` may watch it, closing back into the game. */
  const watchOwn = async (replay: Replay, side: Party, ended: boolean): Promise<ReplayOpened> => {
    const opened = await actions.loadReplay(replay);
    const v = get().viewer;
    if (!opened.ok || !v) return opened;
    set({ viewer: { ...v, reports: watchedReports(v.reports, side, ended), ofSaved: true } });
    return opened;
  };
  // Counts the replays being opened: one opened while another is checked ends the other's walk.
  let opening = 0;
  const actions = {
    /**
     * Open a replay in the viewer: parsed, re-simulated and checked year by year, a slice of years
     * at a time (`sliceMs` long at most, but for the year that ends it), saying how far it has got.
     * A replay that cannot be read is refused with why; one that diverges opens stopped at the year
     * it diverges.
     */
    async loadReplay(input: unknown, how: { sliceMs?: number } = {}): Promise<ReplayOpened> {
      const parsed = typeof input === 'string' ? parseReplayText(input) : parseReplay(input);
      if (!parsed.ok) {
        const message = `This replay cannot be opened: ${parsed.error.message}`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, message };
      }
      const replay = parsed.value;
      const ticket = ++opening;
      const screen = get().screen;
      const steps = replayStatesInSteps(replay);
      let slice = performance.now();
      let step = steps.next();
      while (!step.done) {
        if (performance.now() - slice >= (how.sliceMs ?? SLICE_MS)) {
          set({
            notice: {
              kind: 'info',
              text: `Checking the replay: ${step.value} of ${replay.turns.length} years…`,
            },
          });
          await nextTask();
          // Another replay opened, or the player went elsewhere: this one is not shown.
          if (ticket !== opening || get().screen !== screen) {
            const n = get().notice;
            if (n?.text.startsWith('Checking the replay')) set({ notice: null });
            return { ok: false, message: 'The replay was left before it was checked.' };
          }
          slice = performance.now();
        }
        step = steps.next();
      }
      const walked = step.value;
      const v = walked.verification;
      if (walked.states.length === 0 || !walked.scenario) {
        const message = `This replay cannot be played: ${v.ok ? 'it has no years' : v.message}`;
        set({ notice: { kind: 'error', text: message } });
        return { ok: false, message };
      }
      const problem = v.ok
        ? null
        : `${v.message[0]?.toUpperCase()}${v.message.slice(1)}${v.detail ? ` (${v.detail})` : ''}.`;
      const viewer: Viewer = {
        replay,
        // The scenario played: one the replay carries is shown as what it is, under its own title.
        scenario: walked.scenario,
        states: walked.states,
        reports: walked.reports,
        index: v.ok ? 0 : Math.max(0, walked.states.length - 1),
        playing: false,
        speed: 2,
        problem,
      };
      set({ viewer, screen: 'viewer', notice: problem ? { kind: 'error', text: problem } : null });
      return { ok: true, years: walked.reports.length, finalHash: v.ok ? v.finalHash : null, problem };
    },

    viewerSeek(index: number): void {
      const v = get().viewer;
      if (!v) return;
      const at = Math.max(0, Math.min(v.states.length - 1, Math.round(index)));
      set({ viewer: { ...v, index: at, playing: at < v.states.length - 1 ? v.playing : false } });
    },

    viewerPlay(playing: boolean): void {
      const v = get().viewer;
      if (v) set({ viewer: { ...v, playing: playing && v.index < v.states.length - 1 } });
    },

    viewerSpeed(speed: number): void {
      const v = get().viewer;
      if (v && speed > 0 && speed <= 16) set({ viewer: { ...v, speed } });
    },

    /**
     * Take over the watched game at the year shown, as `side`: a new game, its replay branched. Like
     * a new game, it does not replace a game saved and in progress unless `replace` says so.
     */
    takeOverHere(side: Party, how: { replace?: boolean } = {}): Outcome {
      if (!isParty(side)) return { ok: false, message: 'A side is federation or klingon.' };
      // Told before the question on the saved game (playtest 24 was asked to replace it, then told
      // another tab plays it).
      if (hub.guard.heldElsewhere()) {
        set({ notice: { kind: 'error', text: OPEN_ELSEWHERE } });
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      }
      const saved = how.replace || !get().viewer ? null : hub.savedInProgress();
      if (saved) {
        // Asked on the screen (Replace / Keep / Cancel), as New game asks: not a notice.
        const message = `A game is saved (${describeSaved(saved)}): taking over here would replace it.`;
        return { ok: false, code: 'game/saved', message };
      }
      if (!hub.guard.claim()) {
        set({ notice: { kind: 'error', text: OPEN_ELSEWHERE } });
        return { ok: false, code: 'game/open-elsewhere', message: OPEN_ELSEWHERE };
      }
      const v = get().viewer;
      if (!v) return { ok: false, message: 'No replay is open.' };
      const year = v.states.at(v.index)?.year;
      if (year === undefined) return { ok: false, message: 'No year is shown.' };
      const other = otherParty(side);
      const recorded = v.states.at(v.index)?.powers[other].controller ?? 'pragmatist';
      const opponent: Opponent = isPersonality(recorded) ? recorded : 'pragmatist';
      const r = takeOver(v.replay, year, side, { [other]: opponent });
      if (!r.ok) {
        set({ notice: { kind: 'error', text: r.error.message } });
        return { ok: false, message: r.error.message };
      }
      const s: Game = {
        scenario: r.value.scenario,
        scenarioRaw:
          v.replay.scenario.embedded ?? BUILTIN_SCENARIOS[v.replay.scenario.id] ?? r.value.scenario,
        side,
        opponent,
        state: r.value.state,
        queued: { federation: [], klingon: [] },
        active: side,
        lastReport: null,
        unread: [],
        reports: [],
        recording: r.value.recorder.recording,
      };
      hub.publish(s, {
        viewer: null,
        screen: 'game',
        notice: { kind: 'info', text: `You took over in ${year} as ${PARTY_NAMES[side]}.` },
      });
      hub.autosave(s);
      return { ok: true };
    },

    /**
     * Watch the saved game's replay, as played so far (playtest 24 exported it and loaded it again);
     * closing the viewer continues the game, its year's orders as they were left. A hot-seat game
     * in progress is not shown: its replay holds both sides' secrets.
     */
    async watchSaved(): Promise<ReplayOpened> {
      const r = readSave(hub.ls);
      if (!r.ok) return refuse(r.message);
      if (!r.value) return refuse('There is no saved game.');
      if (r.value.opponent === 'hotseat' && r.value.state.phase !== 'ended')
        return refuse(hotseatSecrets('watched'));
      return watchOwn(r.value.replay, r.value.side, r.value.state.phase === 'ended');
    },

    /**
     * Watch the game being played, as played so far, from its HUD (a player looking back at a year
     * without quitting to the title): as the title's Watch this game's replay, by the same rules
     * (the other side's covert orders stay secret until the game ends; a hot-seat game in progress
     * is not shown). Back to the game continues it from its save, the year's orders as left.
     */
    async watchGame(): Promise<ReplayOpened> {
      const g = hub.game();
      if (!g) return refuse('No game is in progress.');
      if (g.opponent === 'hotseat' && g.state.phase !== 'ended') return refuse(hotseatSecrets('watched'));
      // Another tab has taken the game up: this one no longer saves it, and could not come back to it.
      if (!hub.guard.holds()) return refuse(OPEN_ELSEWHERE);
      return watchOwn(g.recording.replay, g.side, g.state.phase === 'ended');
    },

    /** Close the replay: back to the title, or to the saved game it is the replay of. */
    closeViewer(): void {
      // The game continued (or, taken by another tab meanwhile, the title with its notice).
      if (get().viewer?.ofSaved === true && resume().ok) set({ viewer: null });
      else set({ viewer: null, screen: 'title' });
    },
  };
  return actions;
}
