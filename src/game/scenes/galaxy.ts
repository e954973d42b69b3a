import Phaser from 'phaser';
import type { TurnReport } from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Session, StoreState } from '../../store/types';
import { focusAid } from '../ui/aid-question';
import { starfield } from '../ui/art';
import { mount } from '../ui/dom';
import type { AidShort } from '../ui/end-year';
import { givenIn, givenScope, hearGives, takeBack, withGiven } from '../ui/given';
import { hintNow } from '../ui/hints';
import { eachKeyOnce, mapKey, nextOwnWorld, nextWorld } from '../ui/keys';
import { rosterOf } from '../ui/names';
import { closeOverlays, overlayOpen } from '../ui/overlay';
import { renderReport } from '../ui/report';
import { queuedCourses } from '../view/courses';
import { MapView } from '../view/map-view';
import { playYear } from '../view/playback';
import {
  drawGamePanels,
  type GameView,
  gameView,
  openHowToWin,
  openRules,
  Panels,
  TAB_KEYS,
} from '../view/side-panel';
import { coalesce, watch } from '../watch';
import { YearEnd } from './galaxy-year-end';

/** The screen a game is played on: the map, the HUD, the side panel, the year played out and its report. */
export class GalaxyScene extends Phaser.Scene {
  private map!: MapView;
  private panels!: Panels;
  private view: GameView = gameView();
  /** The year is being played out on the map: the map and the panels wait for the report. */
  private playing = false;
  /** Counts the playbacks: one cut short must not show its report over the next. */
  private playback = 0;
  /** Takes the last playback's flashes away (see playYear). */
  private clearPlayback: () => void = () => {};
  private report: HTMLElement | null = null;
  /** Ending the year, and the question asked first on aid left short (galaxy-year-end.ts). */
  private yearEnd!: YearEnd;
  /** When the screen (the orders, the report) opened: keys pressed before then were meant for the screen before. */
  private openedAt = 0;
  /** The number key whose order is being given now (read when the panel's give is heard). */
  private givingKey: string | null = null;

  constructor(private readonly store: GameStore) {
    super('Galaxy');
  }

  private st(): StoreState {
    return this.store.store.getState();
  }

  create(): void {
    starfield(this, 260);
    this.view = gameView();
    this.playing = false;
    this.report = null;
    this.yearEnd = new YearEnd(this.store, (short) => this.openAid(short));
    this.clearPlayback = () => {};
    this.openedAt = performance.now();
    this.map = new MapView(this, (id) => this.select(id));
    this.panels = new Panels('Orders and events', (px) => this.map.belowHud(px));
    // A button clicked with the mouse gives the keys back to the game (Enter did nothing after a click
    // on a tab: the focused button took it); one pressed from the keyboard keeps the focus.
    const release = (e: MouseEvent): void => {
      if (e.detail === 0) return;
      setTimeout(() => {
        const a = document.activeElement;
        if (a instanceof HTMLButtonElement && (this.panels.side.contains(a) || this.panels.hud.contains(a)))
          a.blur();
      });
    };
    this.panels.side.addEventListener('click', release, true);
    this.panels.hud.addEventListener('click', release, true);
    const panels = coalesce(() => {
      if (!this.waiting()) this.drawPanels();
    });
    const store = this.store.store;
    const unwatch = [
      watch(
        store,
        (s) => s.screen,
        (screen, before) => {
          // Phaser hands a frame's keys again with each later key of it (see ui/keys.ts): one pressed
          // before a click changed the screen was meant for the screen before, and is not this one's.
          this.openedAt = performance.now();
          this.yearEnd.close();
          if (screen === 'report') {
            // The report is read alone: a reading panel still open (How to win, Rules) goes with the year.
            closeOverlays();
            // The year is played out on the whole map, and the next begins there (see frameYear).
            this.map.frameYear();
            this.playYear();
          } else if (before === 'report') this.leaveReport();
        },
      ),
      watch(
        store,
        (s) => [s.session?.state, s.session?.queued, s.session?.active, s.settings.safePalette],
        () => {
          if (!this.waiting()) this.drawMap();
        },
      ),
      watch(store, (s) => [s.session, s.notice, s.settings.safePalette, s.settings.hints], panels.request),
      // An order given or withdrawn meanwhile (a click on the panel): the question asked is stale.
      watch(
        store,
        (s) => [s.session?.queued, s.session?.active],
        () => this.yearEnd.close(),
      ),
      watch(
        store,
        (s) => [s.session?.state.year, s.screen],
        () => this.showHint(),
      ),
      hearGives(this.panels.side, store, (order, g) => {
        const tab = this.view.tab === 'events' ? 'events' : 'orders';
        this.view.given = withGiven(this.view.given, givenScope(g), { order, key: this.givingKey, tab });
      }),
    ];
    this.input.keyboard?.on(
      'keydown',
      eachKeyOnce((e) => this.onKey(e)),
    );
    this.drawMap();
    this.drawPanels();
    if (this.st().screen === 'report') this.playYear();
    this.events.once('shutdown', () => {
      for (const u of unwatch) u();
      panels.cancel();
      this.panels.remove();
      this.closeReport();
      this.yearEnd.close();
      closeOverlays();
      for (const d of document.querySelectorAll('.dialog[data-testid="settings"]')) d.remove();
    });
  }

  /** A new year or screen: the hint with it (the panel waits for a year played out; its hint goes now). */
  private showHint(): void {
    if (this.waiting()) this.panels.side.querySelector('[data-testid="hint"]')?.remove();
    else this.drawPanels();
  }

  /** The year ended and its report is not shown yet: the playback has the map. */
  private waiting(): boolean {
    return this.playing || (this.st().screen === 'report' && this.report === null);
  }

  private drawMap(): void {
    const s = this.st();
    const g = s.session;
    if (!g) return;
    // The side at the screen's queued moves and attacks (in hot seat the other's stay hidden).
    const courses = queuedCourses(g.state, g.queued[g.active], g.active);
    // Its raiders' strength as the side at the screen knows it (hot seat: the other's arms unseen).
    this.map.party = g.active;
    this.map.draw(g.state, s.settings.safePalette, rosterOf(g.scenario), courses);
  }

  private drawPanels(): void {
    const s = this.st();
    if (!s.session) return;
    drawGamePanels(
      this.panels,
      this.store,
      s.session,
      s,
      this.view,
      (tab) => {
        this.view.tab = tab;
        this.view.keyPage = 0;
        this.view.keyed = null;
        this.drawPanels();
      },
      () => this.drawPanels(),
      () => this.yearEnd.end(),
      hintNow(this.store, () => this.drawPanels()),
    );
  }

  /** The events tab, with the aid order that meets what `short` lacks in view and in focus. */
  private openAid(short: AidShort): void {
    this.view.tab = 'events';
    this.view.keyPage = 0;
    this.view.keyed = null;
    this.drawPanels();
    focusAid(this.panels.side, short.obligation, short.need - short.has);
  }

  /** Select a world (a click on the map, N and P, or a test through `window.khitomer.select`). */
  select(id: string | null): void {
    if (id !== this.view.selected) this.view.keyPage = 0;
    this.view.keyed = null;
    this.view.selected = id;
    if (id) this.view.tab = 'orders';
    this.map.selected = id;
    this.map.redraw();
    this.drawPanels();
  }

  private playYear(): void {
    const s = this.st();
    const report = s.session?.lastReport;
    if (!s.session || !report) return;
    this.playing = true;
    const n = ++this.playback;
    this.clearPlayback();
    this.clearPlayback = playYear(this, this.map, s.session.state, report, s.settings, () => {
      if (n === this.playback) this.showReport(report);
    });
  }

  /** The report was closed (by a key, a console) before or after the playback ended. */
  private leaveReport(): void {
    this.closeReport();
    if (!this.playing) return;
    this.playing = false;
    this.playback++;
    this.drawMap();
    this.drawPanels();
  }

  private showReport(report: TurnReport): void {
    this.playing = false;
    this.drawMap();
    this.drawPanels();
    if (this.st().screen !== 'report') return;
    this.closeReport();
    const session = this.st().session;
    // Hot seat: the report is read by both, so neither's secrets are on it.
    const party = session && session.opponent !== 'hotseat' ? session.side : undefined;
    const reader = session?.active;
    const choices = reader
      ? {
          reader,
          // The answer is next year's order; the report stays open on it (playtest 24: closed on an
          // answer, the Enter meant for the report ended the next year).
          suspend: () => this.store.issue({ type: 'suspend-accords' }).ok,
        }
      : undefined;
    const dialog = renderReport(report, () => this.store.closeReport(), session ?? undefined, party, choices);
    this.report = dialog;
    mount(dialog);
    // Continue focused, without scrolling (the report is read from its title down): never a choice's
    // button, which Enter would press (playtest 22: one Enter queued "Suspend the Accords").
    dialog.querySelector<HTMLElement>('[data-testid="report-continue"]')?.focus({ preventScroll: true });
  }

  private closeReport(): void {
    this.report?.remove();
    this.report = null;
  }

  /** H opens How to win, R the rules; while a reading panel is open, the other keys are the panel's (Esc closes it). */
  private readingKey(key: string, session: NonNullable<StoreState['session']>): boolean {
    if (key === 'h') {
      openHowToWin(session);
      return true;
    }
    if (key === 'r') {
      openRules();
      return true;
    }
    if (!overlayOpen()) return false;
    // Esc closes it wherever the focus is (a click inside it left the focus on the page, out of its reach).
    if (key === 'Escape') closeOverlays();
    return true;
  }

  /** The number keys give the next (or the previous) ten orders listed; the first of them is scrolled into view. */
  private turnKeyPage(step: number): void {
    this.view.keyPage += step;
    this.view.keyed = null;
    this.drawPanels();
    this.panels.side
      .querySelector('button[data-key="1"]')
      ?.closest('.card.order')
      ?.scrollIntoView({ block: 'nearest' });
  }

  /** Backspace: the order the panel gave last this year is withdrawn, and named where it was. */
  private takeBack(g: Session): void {
    const back = takeBack(g.queued[g.active], givenIn(this.view.given, givenScope(g)));
    if (!back) return;
    this.view.given = { ...back.left, takenBack: back.entry.order };
    this.store.withdraw(back.index);
  }

  /** Keys: Enter ends the year, Esc closes, 1–9 and 0 give the listed orders (] and [ turn their page), Backspace takes the last back, arrows/WASD pan, +/− zoom, F fits the whole map, N/P select (Shift: any world), T hides or shows the hints. */
  private onKey(e: KeyboardEvent): void {
    // Phaser hands a frame's keys again with each later key of it: the Enter that started the game is not for it.
    if (e.timeStamp < this.openedAt) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const onButton = target instanceof HTMLButtonElement;
    const screen = this.st().screen;
    if (screen === 'report') {
      // Enter on a button has clicked it already.
      if (!this.playing && (e.key === 'Escape' || (e.key === 'Enter' && !onButton))) this.store.closeReport();
      return;
    }
    const typing = target !== null && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
    if (screen !== 'game' || typing || document.querySelector('.dialog[data-testid="settings"]')) return;
    // The question before the year ends has the keys: Esc goes back to the orders, Enter its button.
    if (this.yearEnd.asking) {
      if (e.key === 'Escape') this.yearEnd.close();
      return;
    }
    const session = this.st().session;
    if (!session) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (this.readingKey(key, session)) return;
    switch (key) {
      case 'Enter':
        // An Enter held down on the report (the key repeating) does not end the next year too; one
        // pressed again ends it (the keyboard's way through a game; aid due and short is asked first).
        if (onButton || e.repeat) return;
        // This Enter is spent: it must not also press the question's button, focused meanwhile.
        e.preventDefault();
        this.yearEnd.end();
        return;
      case 'Escape':
        // An Esc that closed How to win or the rules is spent (the world selected stays).
        if (!e.defaultPrevented) this.select(null);
        return;
      case 'Backspace':
        // Held down, it takes back one order, not the queue.
        if (!e.repeat) this.takeBack(session);
        return;
      case 'f':
        // The whole map again, left of the panel and below the HUD (Ctrl+F is the browser's).
        if (!e.ctrlKey && !e.metaKey && !e.altKey) this.map.fit();
        return;
      case 'n':
      case 'p': {
        const dir = key === 'n' ? 1 : -1;
        // With Shift, any world: attacks, claims and aid name the other power's and third powers'.
        this.map.cycle((all, at) =>
          e.shiftKey ? nextWorld(all, at, dir) : nextOwnWorld(all, session.active, at, dir),
        );
        return;
      }
      default: {
        const tab = TAB_KEYS[key];
        const move = mapKey(key);
        if (move) {
          if ('pan' in move) this.map.pan(...move.pan);
          else this.map.zoomBy(move.zoom);
        } else if (tab) {
          this.view.tab = tab;
          this.view.keyPage = 0;
          this.view.keyed = null;
          this.drawPanels();
        } else if (key === 't') {
          this.store.setSettings({ hints: !this.st().settings.hints });
        } else if (key === ']' || key === '[') {
          this.turnKeyPage(key === ']' ? 1 : -1);
        } else if (/^[0-9]$/.test(key)) {
          const b = this.panels.side.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`);
          if (!b || b.disabled) return;
          this.givingKey = key;
          b.click();
          this.givingKey = null;
        }
      }
    }
  }
}
