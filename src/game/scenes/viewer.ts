import Phaser from 'phaser';
import type { GameState } from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Shown, StoreState, Viewer } from '../../store/types';
import { starfield } from '../ui/art';
import { el, mount } from '../ui/dom';
import { renderHud } from '../ui/hud';
import { eachKeyOnce, mapKey } from '../ui/keys';
import { ledgerView, renderLedger } from '../ui/ledger';
import { rosterOf } from '../ui/names';
import { settingsDialog } from '../ui/settings';
import { renderViewer } from '../ui/viewer';
import { viewerSide } from '../ui/viewer-words';
import { MapView } from '../view/map-view';
import { chartOf, noticeOf, Panels, tabBar } from '../view/side-panel';
import { coalesce, watch } from '../watch';

type ViewerTab = 'orders' | 'ledger' | 'chart';

/** The year of the replay shown. */
function shownState(v: Viewer): GameState | undefined {
  return v.states.at(v.index);
}

/**
 * The replay viewer: the map, HUD, orders, events, ledger and chart of the year shown, driven by
 * the store's viewer (its year, playing or not, its speed). A scene of its own, so whatever the
 * screen before it drew (another map's names, a year's playback) is gone when it opens.
 */
export class ViewerScene extends Phaser.Scene {
  private map!: MapView;
  private panels!: Panels;
  private tab: ViewerTab = 'orders';
  private ledger = ledgerView();
  private next: Phaser.Time.TimerEvent | null = null;
  private openedAt = 0;

  constructor(private readonly store: GameStore) {
    super('Viewer');
  }

  private st(): StoreState {
    return this.store.store.getState();
  }

  create(): void {
    starfield(this, 260);
    this.tab = 'orders';
    this.ledger = ledgerView();
    this.next = null;
    this.openedAt = performance.now();
    this.map = new MapView(this, (id) => {
      this.map.selected = id;
      this.map.redraw();
    });
    this.panels = new Panels('The replay', (px) => this.map.belowHud(px));
    const panels = coalesce(() => this.drawPanels());
    const store = this.store.store;
    const unwatch = [
      watch(
        store,
        (s) => [s.viewer?.states, s.viewer?.index, s.settings.safePalette],
        () => this.drawMap(),
      ),
      watch(store, (s) => [s.viewer, s.notice, s.settings.safePalette], panels.request),
      // Playing: the next year comes after 1/speed seconds, and every year shown asks for the next.
      watch(
        store,
        (s) => [s.viewer?.playing, s.viewer?.index, s.viewer?.speed],
        () => this.schedule(),
      ),
    ];
    this.input.keyboard?.on(
      'keydown',
      eachKeyOnce((e) => this.onKey(e)),
    );
    this.drawMap();
    this.drawPanels();
    this.schedule();
    this.events.once('shutdown', () => {
      for (const u of unwatch) u();
      panels.cancel();
      this.panels.remove();
      for (const d of document.querySelectorAll(
        '.dialog[data-testid="settings"], .dialog[data-testid="replace-dialog"]',
      ))
        d.remove();
    });
  }

  private schedule(): void {
    this.next?.remove();
    this.next = null;
    const v = this.st().viewer;
    if (!v?.playing) return;
    const at = v.index;
    this.next = this.time.delayedCall(1000 / v.speed, () => this.store.viewerSeek(at + 1));
  }

  private shown(): Shown | null {
    const v = this.st().viewer;
    const state = v ? shownState(v) : undefined;
    return v && state
      ? // The HUD shows the purse of the side a person played (viewer-words.ts), not always the Federation's.
        {
          state,
          active: viewerSide(v.replay).side,
          queued: { federation: [], klingon: [] },
          scenario: v.scenario,
        }
      : null;
  }

  private drawMap(): void {
    const shown = this.shown();
    if (shown) this.map.draw(shown.state, this.st().settings.safePalette, rosterOf(shown.scenario));
  }

  private drawPanels(): void {
    const st = this.st();
    const v = st.viewer;
    const shown = this.shown();
    if (!v || !shown) return;
    const hud = renderHud(shown, {
      settings: () => mount(settingsDialog(this.store, () => this.closeSettings())),
      menu: () => this.store.closeViewer(),
    });
    const tabs = tabBar<ViewerTab>(
      [
        ['orders', 'Replay'],
        ['ledger', 'Ledger'],
        ['chart', 'Chart'],
      ],
      this.tab,
      (t) => {
        this.tab = t;
        this.drawPanels();
      },
    );
    const body = el('div', { class: 'body' });
    // The notice in the panel's flow, under Take over (on the other tabs, at their head): never over a button.
    const notice = noticeOf(st.notice);
    notice?.classList.add('in-flow');
    if (this.tab === 'orders') body.append(renderViewer(this.store, v, notice));
    else if (this.tab === 'ledger') body.append(renderLedger(shown, this.ledger, () => this.drawPanels()));
    else body.append(chartOf({ state: shown.state, scenario: v.scenario }, st.settings.safePalette, null));
    this.panels.show(hud, [tabs, this.tab === 'orders' ? null : notice, body]);
  }

  private closeSettings(): void {
    for (const d of document.querySelectorAll('.dialog[data-testid="settings"]')) d.remove();
  }

  /**
   * Space plays or pauses, ← and → step a year, Esc closes the replay; the map's keys as in the game,
   * but for the arrows (they step the years here): WASD pan, + and − zoom, F fits the whole map.
   */
  private onKey(e: KeyboardEvent): void {
    if (e.timeStamp < this.openedAt) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    // A focused control answers its own keys (Space on a button clicks it, arrows move a scrubber).
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (target?.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
    if (document.querySelector('.dialog[data-testid="settings"], .dialog[data-testid="replace-dialog"]'))
      return;
    const v = this.st().viewer;
    if (!v) return;
    if (e.key === ' ') this.store.viewerPlay(!v.playing);
    else if (e.key === 'ArrowRight') this.store.viewerSeek(v.index + 1);
    else if (e.key === 'ArrowLeft') this.store.viewerSeek(v.index - 1);
    else if (e.key === 'Escape') this.store.closeViewer();
    else if (e.ctrlKey || e.metaKey || e.altKey) return;
    else if (e.key.toLowerCase() === 'f') this.map.fit();
    else if (e.key.length === 1) {
      const move = mapKey(e.key.toLowerCase());
      if (move && 'pan' in move) this.map.pan(...move.pan);
      else if (move) this.map.zoomBy(move.zoom);
    }
  }
}
