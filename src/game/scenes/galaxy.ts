import Phaser from 'phaser';
import type { Fleet, System } from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Session, Shown, StoreState } from '../../store/types';
import { shipTexture, starfield } from '../ui/art';
import { renderChart } from '../ui/chart';
import { button, clear, el, mount } from '../ui/dom';
import { renderEvents } from '../ui/events';
import { renderHud } from '../ui/hud';
import { renderLedger } from '../ui/ledger';
import { queuedList, renderOrders } from '../ui/orders';
import { ownerColour, palette } from '../ui/palette';
import { downloadReplay, shareReplay } from '../ui/replay-actions';
import { renderReport } from '../ui/report';
import { settingsDialog } from '../ui/settings';
import { renderViewer } from '../ui/viewer';

type Tab = 'orders' | 'events' | 'ledger' | 'chart';

const WORLD = 1000;
const HUD_HEIGHT = 56;

/** The galaxy map, the HUD, the orders and the year's report: the screen a game is played on. */
export class GalaxyScene extends Phaser.Scene {
  private map!: Phaser.GameObjects.Graphics;
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private fleetIcons = new Map<string, { ship: Phaser.GameObjects.Image; label: Phaser.GameObjects.Text }>();
  private selected: string | null = null;
  private tab: Tab = 'orders';
  private hud!: HTMLElement;
  private side!: HTMLElement;
  private overlay: HTMLElement | null = null;
  private tooltip!: HTMLElement;
  private unsubscribe: (() => void) | null = null;
  private cleanups: (() => void)[] = [];
  private playing = false;

  constructor(private readonly store: GameStore) {
    super('Galaxy');
  }

  private session(): Session | null {
    return this.store.store.getState().session;
  }

  /** What the map and HUD show: the game being played, or the year of the replay being watched. */
  private view(): Shown | null {
    const st = this.store.store.getState();
    if (st.screen === 'viewer') {
      const state = st.viewer?.states.at(st.viewer.index);
      return state ? { state, active: 'federation', queued: { federation: [], klingon: [] } } : null;
    }
    return st.session;
  }

  private viewing(): boolean {
    return this.store.store.getState().screen === 'viewer';
  }

  create(): void {
    starfield(this, 260);
    this.map = this.add.graphics();
    this.labels.clear();
    this.fleetIcons.clear();
    this.selected = null;
    this.playing = false;
    this.hud = el('div', {});
    this.side = el('aside', { class: 'side', testid: 'side-panel', label: 'Orders and events' });
    this.tooltip = el('div', { class: 'tooltip', testid: 'tooltip' });
    this.tooltip.style.display = 'none';
    this.cleanups = [mount(this.hud), mount(this.side), mount(this.tooltip)];
    this.fitCamera();
    this.scale.on('resize', this.fitCamera, this);
    this.setUpInput();
    this.drawMap();
    this.renderPanels();
    this.unsubscribe = this.store.store.subscribe((s, prev) => this.onStore(s, prev));
    // The viewer plays its years at its speed.
    let since = 0;
    this.time.addEvent({
      loop: true,
      delay: 50,
      callback: () => {
        const v = this.store.store.getState().viewer;
        if (!this.viewing() || !v?.playing) {
          since = 0;
          return;
        }
        since += 50;
        if (since >= 1000 / v.speed) {
          since = 0;
          this.store.viewerSeek(v.index + 1);
        }
      },
    });
    if (this.store.store.getState().screen === 'report') this.playYear();
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      this.scale.off('resize', this.fitCamera, this);
      for (const c of this.cleanups) c();
      this.overlay?.remove();
      this.overlay = null;
      window.removeEventListener('keydown', this.onKey);
    });
  }

  private onStore(s: StoreState, prev: StoreState): void {
    if (s.screen === 'viewer' || prev.screen === 'viewer') {
      if (
        s.viewer !== prev.viewer ||
        s.screen !== prev.screen ||
        s.settings !== prev.settings ||
        s.notice !== prev.notice
      ) {
        this.drawMap();
        this.renderPanels();
      }
      return;
    }
    if (!s.session) return;
    if (s.screen === 'report' && prev.screen !== 'report') {
      this.playYear();
      return;
    }
    if (s.settings !== prev.settings || s.session.state !== prev.session?.state) this.drawMap();
    this.renderPanels();
  }

  /** Fit the map (1000 × 1000) into the space left of the side panel and below the HUD. */
  private fitCamera(): void {
    const cam = this.cameras.main;
    const w = this.scale.width;
    const h = this.scale.height;
    const panel = Math.min(380, w * 0.46);
    const availW = Math.max(200, w - panel - 20);
    const availH = Math.max(200, h - HUD_HEIGHT - 20);
    cam.setZoom(Math.min(availW, availH) / (WORLD + 80));
    cam.centerOn(WORLD / 2 + panel / 2 / cam.zoom, WORLD / 2 - HUD_HEIGHT / 2 / cam.zoom);
  }

  private setUpInput(): void {
    const cam = this.cameras.main;
    let drag: { x: number; y: number; sx: number; sy: number; moved: boolean } | null = null;
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      drag = { x: p.x, y: p.y, sx: cam.scrollX, sy: cam.scrollY, moved: false };
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (drag && p.isDown) {
        const dx = p.x - drag.x;
        const dy = p.y - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
        cam.scrollX = drag.sx - dx / cam.zoom;
        cam.scrollY = drag.sy - dy / cam.zoom;
      }
      this.hover(p);
    });
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      if (drag && !drag.moved) {
        const hit = this.systemAt(p.worldX, p.worldY);
        this.select(hit?.id ?? null);
      }
      drag = null;
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      this.zoomBy(dy > 0 ? 0.9 : 1.1);
    });
    window.addEventListener('keydown', this.onKey);
  }

  private zoomBy(f: number): void {
    const cam = this.cameras.main;
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * f, 0.25, 4));
  }

  /** Keys: Enter ends the year, Esc closes, 1–9 give the listed orders, arrows/WASD pan, +/− zoom, N/P select. */
  private onKey = (e: KeyboardEvent): void => {
    if (!this.scene.isActive()) return;
    const target = e.target as HTMLElement | null;
    const typing =
      target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const screen = this.store.store.getState().screen;
    if (screen === 'report') {
      if ((e.key === 'Enter' || e.key === 'Escape') && !this.playing) {
        e.preventDefault();
        this.store.closeReport();
      }
      return;
    }
    if (typing || document.querySelector('.dialog[data-testid="settings"]')) return;
    if (screen === 'viewer') {
      const v = this.store.store.getState().viewer;
      if (!v) return;
      if (e.key === ' ') {
        e.preventDefault();
        this.store.viewerPlay(!v.playing);
      } else if (e.key === 'ArrowRight') this.store.viewerSeek(v.index + 1);
      else if (e.key === 'ArrowLeft') this.store.viewerSeek(v.index - 1);
      else if (e.key === 'Escape') this.store.closeViewer();
      return;
    }
    const cam = this.cameras.main;
    const step = 40 / cam.zoom;
    switch (e.key) {
      case 'Enter':
        if (target instanceof HTMLButtonElement) return;
        e.preventDefault();
        this.store.endTurn();
        return;
      case 'Escape':
        this.select(null);
        return;
      case 'ArrowLeft':
      case 'a':
        cam.scrollX -= step;
        return;
      case 'ArrowRight':
      case 'd':
        cam.scrollX += step;
        return;
      case 'ArrowUp':
      case 'w':
        cam.scrollY -= step;
        return;
      case 'ArrowDown':
      case 's':
        cam.scrollY += step;
        return;
      case '+':
      case '=':
        this.zoomBy(1.15);
        return;
      case '-':
        this.zoomBy(1 / 1.15);
        return;
      case 'n':
      case 'p':
        this.cycleSelection(e.key === 'n' ? 1 : -1);
        return;
      case 'o':
      case 'e':
      case 'l':
      case 'c':
        this.tab = ({ o: 'orders', e: 'events', l: 'ledger', c: 'chart' } as const)[e.key];
        this.renderPanels();
        return;
      default:
        if (/^[1-9]$/.test(e.key)) {
          const b = this.side.querySelector<HTMLButtonElement>(`button[data-key="${e.key}"]`);
          if (b && !b.disabled) b.click();
        }
    }
  };

  /** Next or previous system that holds one of the active side's fleets, or one of its worlds. */
  private cycleSelection(dir: 1 | -1): void {
    const s = this.view();
    if (!s) return;
    const mine = s.state.systems.filter(
      (x) => x.owner === s.active || s.state.fleets.some((f) => f.owner === s.active && f.location === x.id),
    );
    if (mine.length === 0) return;
    const i = mine.findIndex((x) => x.id === this.selected);
    const next = mine[(i + dir + mine.length) % mine.length];
    this.select(next?.id ?? null);
    if (next) this.cameras.main.pan(next.x, next.y, 200);
  }

  private select(id: string | null): void {
    this.selected = id;
    if (id) this.tab = 'orders';
    this.drawMap();
    this.renderPanels();
  }

  private systemAt(x: number, y: number): System | undefined {
    const s = this.view();
    if (!s) return undefined;
    let best: System | undefined;
    let bestD = 30 * 30;
    for (const sys of s.state.systems) {
      const d = (sys.x - x) ** 2 + (sys.y - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = sys;
      }
    }
    return best;
  }

  private hover(p: Phaser.Input.Pointer): void {
    const s = this.view();
    const sys = s ? this.systemAt(p.worldX, p.worldY) : undefined;
    if (!s || !sys) {
      this.tooltip.style.display = 'none';
      return;
    }
    clear(this.tooltip);
    const fleets = s.state.fleets.filter((f) => f.location === sys.id);
    this.tooltip.append(
      el('b', {}, sys.name),
      el('div', {}, `${sys.owner ?? 'unclaimed'} · output ${sys.output}`),
      el('div', {}, `${sys.zone}${sys.capital ? ', capital' : ''}${sys.shipyard ? ', shipyard' : ''}`),
      ...fleets.map((f) => el('div', {}, `fleet ${f.id}: ${f.owner}, strength ${f.strength}`)),
    );
    this.tooltip.style.left = `${p.x + 14}px`;
    this.tooltip.style.top = `${p.y + 14}px`;
    this.tooltip.style.display = 'block';
  }

  /** Draw the map from the state: lanes, zones, systems by owner, fleets with their strength. */
  private drawMap(fleetsAt?: (f: Fleet) => { x: number; y: number }): void {
    const session = this.view();
    if (!session) return;
    const s = session.state;
    const pal = palette(this.store.store.getState().settings.safePalette);
    const g = this.map;
    g.clear();
    const byId = new Map(s.systems.map((x) => [x.id, x]));
    g.lineStyle(2, pal.lane, 1);
    for (const [a, b] of s.lanes) {
      const A = byId.get(a);
      const B = byId.get(b);
      if (A && B) g.lineBetween(A.x, A.y, B.x, B.y);
    }
    for (const sys of s.systems) {
      const colour = ownerColour(pal, sys.owner);
      const r = sys.capital ? 16 : 10 + Math.min(6, sys.output / 2);
      if (sys.zone === 'neutral-zone') {
        g.lineStyle(2, pal.neutralZone, 0.9).strokeCircle(sys.x, sys.y, r + 9);
      } else if (sys.zone === 'disputed') {
        g.lineStyle(2, pal.disputed, 0.95);
        const d = r + 10;
        g.beginPath();
        g.moveTo(sys.x, sys.y - d);
        g.lineTo(sys.x + d, sys.y);
        g.lineTo(sys.x, sys.y + d);
        g.lineTo(sys.x - d, sys.y);
        g.closePath();
        g.strokePath();
      }
      g.fillStyle(colour, 1).fillCircle(sys.x, sys.y, r);
      if (sys.capital) g.lineStyle(3, 0xffffff, 0.9).strokeCircle(sys.x, sys.y, r + 4);
      if (sys.shipyard) g.fillStyle(0xffffff, 0.9).fillRect(sys.x + r - 2, sys.y - r - 4, 7, 7);
      if (sys.id === this.selected) g.lineStyle(3, 0xffffff, 1).strokeCircle(sys.x, sys.y, r + 14);
      let label = this.labels.get(sys.id);
      if (!label) {
        label = this.add
          .text(sys.x, sys.y + r + 4, sys.name, { fontSize: '15px', color: '#e8eef6' })
          .setOrigin(0.5, 0);
        this.labels.set(sys.id, label);
      }
      label.setPosition(sys.x, sys.y + r + 4);
    }
    // Fleets: a ship beside its system, with its strength.
    const seen = new Set<string>();
    const perSystem = new Map<string, number>();
    for (const f of s.fleets) {
      const sys = byId.get(f.location);
      if (!sys) continue;
      const k = perSystem.get(sys.id) ?? 0;
      perSystem.set(sys.id, k + 1);
      const at = fleetsAt ? fleetsAt(f) : { x: sys.x - 26 - k * 22, y: sys.y - 24 };
      let icon = this.fleetIcons.get(f.id);
      if (!icon) {
        icon = {
          ship: this.add.image(at.x, at.y, 'ship').setDisplaySize(18, 18),
          label: this.add.text(at.x, at.y + 10, '', { fontSize: '12px', color: '#ffffff' }).setOrigin(0.5, 0),
        };
        this.fleetIcons.set(f.id, icon);
      }
      icon.ship
        .setPosition(at.x, at.y)
        .setTexture(shipTexture(this, ownerColour(pal, f.owner)))
        .setDisplaySize(18, 18)
        .setVisible(true);
      icon.label
        .setPosition(at.x, at.y + 10)
        .setText(String(f.strength))
        .setVisible(true);
      seen.add(f.id);
    }
    for (const [id, icon] of this.fleetIcons) {
      if (!seen.has(id)) {
        icon.ship.destroy();
        icon.label.destroy();
        this.fleetIcons.delete(id);
      }
    }
  }

  private renderPanels(): void {
    if (this.viewing()) {
      this.renderViewerPanels();
      return;
    }
    const session = this.session();
    if (!session) return;
    const state = this.store.store.getState();
    clear(this.hud);
    this.hud.append(
      renderHud(session, {
        settings: () => {
          const close = mount(settingsDialog(this.store, () => close()));
        },
        menu: () => this.store.goTo('title'),
        exportReplay: () => downloadReplay(this.store),
        share: () => void shareReplay(this.store),
      }),
    );
    clear(this.side);
    const tabs = el('div', { class: 'tabs', role: 'tablist' });
    for (const [t, label, key] of [
      ['orders', 'Orders', 'O'],
      ['events', `Events (${session.state.events.length})`, 'E'],
      ['ledger', 'Ledger', 'L'],
      ['chart', 'Chart', 'C'],
    ] as [Tab, string, string][]) {
      const b = button(
        `${label}`,
        () => {
          this.tab = t;
          this.renderPanels();
        },
        { testid: `tab-${t}`, title: `${label} (${key})` },
      );
      if (t === this.tab) b.classList.add('active');
      tabs.append(b);
    }
    const body = el('div', { class: 'body' });
    if (this.tab === 'orders') body.append(renderOrders(this.store, session, this.selected));
    else if (this.tab === 'events') body.append(renderEvents(this.store, session));
    else if (this.tab === 'ledger') body.append(renderLedger(session));
    else
      body.append(
        el('h3', {}, 'Standing across the years'),
        renderChart(session.state, 340, 200, state.settings.safePalette),
        el(
          'div',
          { class: 'dim' },
          'Circles mark the years of violations seen; dashed lines the strained and suspension thresholds.',
        ),
      );
    const notice = state.notice
      ? el(
          'div',
          { class: `notice ${state.notice.kind}`, testid: 'notice', role: 'alert' },
          state.notice.text,
        )
      : null;
    const end = button(
      session.opponent === 'hotseat' && session.active === session.side
        ? 'Hand over'
        : `End ${session.state.year}`,
      () => this.store.endTurn(),
      { class: 'primary', testid: 'end-turn', title: 'End the year (Enter)' },
    );
    end.disabled = session.state.phase === 'ended';
    const foot = el('div', { class: 'foot' }, queuedList(this.store, session), end);
    this.side.append(tabs, body, foot);
    if (notice) this.side.append(notice);
    // The HUD wraps on narrow screens: the panel starts below it, whatever its height.
    const hudHeight = (this.hud.firstElementChild as HTMLElement | null)?.offsetHeight ?? HUD_HEIGHT;
    this.side.style.top = `${hudHeight}px`;
  }

  /** The viewer's panels: the HUD of the year shown, the controls, the ledger and the chart then. */
  private renderViewerPanels(): void {
    const st = this.store.store.getState();
    const v = st.viewer;
    const shown = this.view();
    if (!v || !shown) return;
    clear(this.hud);
    this.hud.append(
      renderHud(shown, {
        settings: () => mount(settingsDialog(this.store, () => this.closeSettings())),
        menu: () => this.store.closeViewer(),
      }),
    );
    clear(this.side);
    const tabs = el('div', { class: 'tabs', role: 'tablist' });
    const tab = this.tab === 'ledger' || this.tab === 'chart' ? this.tab : 'orders';
    for (const [t, label] of [
      ['orders', 'Replay'],
      ['ledger', 'Ledger'],
      ['chart', 'Chart'],
    ] as [Tab, string][]) {
      const b = button(
        label,
        () => {
          this.tab = t;
          this.renderPanels();
        },
        { testid: `tab-${t}` },
      );
      if (t === tab) b.classList.add('active');
      tabs.append(b);
    }
    const body = el('div', { class: 'body' });
    if (tab === 'orders') body.append(renderViewer(this.store, v));
    else if (tab === 'ledger') body.append(renderLedger(shown));
    else
      body.append(
        el('h3', {}, 'Standing across the years'),
        renderChart(shown.state, 340, 200, st.settings.safePalette),
      );
    this.side.append(tabs, body);
    if (st.notice)
      this.side.append(
        el('div', { class: `notice ${st.notice.kind}`, testid: 'notice', role: 'alert' }, st.notice.text),
      );
    const hudHeight = (this.hud.firstElementChild as HTMLElement | null)?.offsetHeight ?? HUD_HEIGHT;
    this.side.style.top = `${hudHeight}px`;
  }

  private closeSettings(): void {
    for (const d of document.querySelectorAll('.dialog[data-testid="settings"]')) d.remove();
  }

  /**
   * The end of the year, played out: fleets move to where they ended, violations flash with their
   * article; then the report. Reduced motion skips to the report.
   */
  private playYear(): void {
    const session = this.session();
    const report = session?.lastReport;
    if (!session || !report) return;
    const settings = this.store.store.getState().settings;
    const showReport = () => {
      this.playing = false;
      this.drawMap();
      this.renderPanels();
      this.overlay?.remove();
      const dialog = renderReport(report, () => this.store.closeReport());
      this.overlay = dialog;
      const remove = mount(dialog);
      (dialog.querySelector('button') as HTMLButtonElement | null)?.focus();
      const unsub = this.store.store.subscribe((s) => {
        if (s.screen !== 'report') {
          remove();
          unsub();
          if (this.overlay === dialog) this.overlay = null;
        }
      });
    };
    if (settings.reducedMotion) {
      showReport();
      return;
    }
    this.playing = true;
    const ms = 700 * settings.animationSpeed;
    const previous = new Map<string, { x: number; y: number }>();
    for (const [id, icon] of this.fleetIcons) previous.set(id, { x: icon.ship.x, y: icon.ship.y });
    this.drawMap();
    for (const [id, icon] of this.fleetIcons) {
      const from = previous.get(id);
      if (!from || (from.x === icon.ship.x && from.y === icon.ship.y)) continue;
      const to = { x: icon.ship.x, y: icon.ship.y };
      icon.ship.setPosition(from.x, from.y);
      icon.label.setPosition(from.x, from.y + 10);
      this.tweens.add({ targets: icon.ship, x: to.x, y: to.y, duration: ms, ease: 'Sine.easeInOut' });
      this.tweens.add({ targets: icon.label, x: to.x, y: to.y + 10, duration: ms, ease: 'Sine.easeInOut' });
    }
    // Each battle flares where it was fought: a ring that grows and fades, red where a world fell.
    const pal = palette(settings.safePalette);
    const battles = report.changes.filter(
      (c) => c.system !== undefined && (c.kind === 'territory' || c.kind === 'fleet'),
    );
    battles.forEach((b, i) => {
      const sys = session.state.systems.find((x) => x.id === b.system);
      if (!sys) return;
      const ring = this.add.graphics({ x: sys.x, y: sys.y });
      ring.lineStyle(4, b.kind === 'territory' ? pal.violation : 0xffffff, 1).strokeCircle(0, 0, 14);
      ring.fillStyle(0xffffff, 0.08).fillCircle(0, 0, 14);
      this.tweens.add({
        targets: ring,
        scale: 3,
        alpha: 0,
        duration: ms,
        delay: (i * ms) / 4,
        onComplete: () => ring.destroy(),
      });
    });
    // Each violation seen flashes with its article over the map.
    const cam = this.cameras.main;
    const violations = report.ledger.filter((e) => e.kind !== 'reward' && e.article !== null).slice(0, 6);
    violations.forEach((v, i) => {
      const t = this.add
        .text(
          cam.midPoint.x,
          cam.midPoint.y - 120 / cam.zoom + (i * 36) / cam.zoom,
          `Article ${v.article} — ${v.party === 'federation' ? 'Federation' : 'Klingon Empire'} −${-v.delta}`,
          {
            fontSize: `${Math.round(22 / cam.zoom)}px`,
            color: '#ff5566',
            fontStyle: 'bold',
            backgroundColor: '#1a0a10',
            padding: { x: 6, y: 3 },
          },
        )
        .setOrigin(0.5)
        .setAlpha(0);
      this.tweens.add({
        targets: t,
        alpha: 1,
        duration: ms / 3,
        yoyo: true,
        hold: ms,
        delay: (i * ms) / 3,
        onComplete: () => t.destroy(),
      });
    });
    this.time.delayedCall(ms * (1.3 + violations.length / 3), showReport);
  }
}
