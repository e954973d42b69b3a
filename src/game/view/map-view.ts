// The map: lanes, zones, systems in their owner's colour, fleets with their strength; dragged to
// pan, scrolled to zoom, hovered for details, clicked to select. Used by the game and the viewer.
import Phaser from 'phaser';
import type { GameState, Party, System } from '../../sim/index';
import { shipTexture } from '../ui/art';
import type { Roster } from '../ui/names';
import { ownerColour, type Palette, palette } from '../ui/palette';
import { shownStrength } from '../ui/raiders-strength';
import { type Course, discRadius, drawCourse, fleetSpots, ROW_RISE, SHIP, STRENGTH_ABOVE } from './courses';
import { fitMap, HUD_HEIGHT, panelWidth } from './fit';
import { type Box, lanesOf, placeLabels } from './label-place';
import { MapTip, namedThreats } from './map-tip';

/** The smallest size, in screen pixels, a name or a strength is drawn at, however far out the zoom. */
const LABEL_PX = 12;
const STRENGTH_PX = 11;
const FONT = 'system-ui, sans-serif';

/** What the map draws: a game's state, or a scenario being edited (which is not a game yet). */
export type MapShape = Pick<GameState, 'systems' | 'lanes' | 'fleets' | 'thirdPowers'> &
  Partial<Pick<GameState, 'wars' | 'year' | 'lastYear' | 'rules' | 'covert' | 'debts'>>;

/**
 * The scenario editor's hold on the pointer (world coordinates). `press` says whether it takes the
 * drag; a drag it does not take pans the map, and a click on empty space goes to `clickEmpty`.
 */
export interface MapEditing {
  press(x: number, y: number): boolean;
  drag(x: number, y: number): void;
  release(x: number, y: number): void;
  clickEmpty(x: number, y: number): void;
}

export interface FleetIcon {
  ship: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text;
}

export class MapView {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly labels = new Map<string, Phaser.GameObjects.Text>();
  /** Each named world's centre and disc, where its name is placed from. */
  private readonly discs = new Map<string, { x: number; y: number; r: number }>();
  readonly fleetIcons = new Map<string, FleetIcon>();
  private readonly tip = new MapTip();
  private state: MapShape | null = null;
  editing: MapEditing | null = null;
  private safe = false;
  /** The game's roster the fleets are named by (a scenario being edited: its own fleets). */
  private roster: Roster | null = null;
  /** The queued orders' courses drawn now (kept when the map is drawn again for a selection). */
  private courses: readonly Course[] = [];
  selected: string | null = null;
  /** The side the map is drawn for: its raiders' strength as that side knows it (ui/raiders-strength.ts). */
  party: Party | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onSelect: (id: string | null) => void,
    /** The width of the panel at the right on a screen so wide (the editor's is wider than the game's). */
    private readonly panel: (width: number) => number = panelWidth,
  ) {
    this.graphics = scene.add.graphics();
    this.fit();
    scene.scale.on('resize', this.fit, this);
    this.setUpPointer();
    scene.events.once('shutdown', () => {
      scene.scale.off('resize', this.fit, this);
      this.tip.unmount();
    });
  }

  get camera(): Phaser.Cameras.Scene2D.Camera {
    return this.scene.cameras.main;
  }

  /**
   * The camera was panned or zoomed by the player (keys, wheel, a drag): a framing chosen on
   * purpose, which a new year keeps. N and P move it only to show a selection, and do not count.
   */
  private byHand = false;

  /**
   * The view at a year's end: the whole map, where the year's battles and next year's threats are
   * all in sight, unless the player framed it by hand (then it is theirs to keep).
   */
  frameYear(): void {
    if (!this.byHand) this.fit();
  }

  /** The HUD's height in pixels as the panels last measured it (it wraps on a small window). */
  private hud = HUD_HEIGHT;
  /** The HUD is `px` high now: the map is fitted below it, unless the player framed it by hand. */
  belowHud(px: number): void {
    if (px === this.hud) return;
    this.hud = px;
    this.frameYear();
  }

  /**
   * Fit the map (1000 × 1000) into the space left of the side panel and below the HUD: the camera
   * draws there only, so a zoom or a pan (N, a drag) never puts a world or its name under either.
   */
  fit(): void {
    const cam = this.camera;
    // A pan begun by N would carry on past the fit and undo it.
    cam.panEffect.reset();
    this.byHand = false;
    const { width, height } = this.scene.scale;
    const { zoom, x, y, view } = fitMap(width, height, this.hud, this.panel(width));
    cam.setViewport(view.x, view.y, view.w, view.h);
    cam.setZoom(zoom).centerOn(x, y);
    this.sizeLabels();
  }

  zoomBy(f: number): void {
    this.byHand = true;
    this.camera.setZoom(Phaser.Math.Clamp(this.camera.zoom * f, 0.25, 4));
    this.sizeLabels();
  }

  pan(dx: number, dy: number): void {
    this.byHand = true;
    const step = 40 / this.camera.zoom;
    this.camera.scrollX += dx * step;
    this.camera.scrollY += dy * step;
  }

  /** A strength's size in map units: at least STRENGTH_PX on the screen. */
  private strengthSize(): string {
    return `${Math.round(Math.max(12, STRENGTH_PX / this.camera.zoom))}px`;
  }

  /** From one ship of a world's row to the next: wider than the widest strength, so two never meet. */
  private stepOfStrengths(): number {
    let widest = 0;
    for (const f of this.fleetIcons.values()) widest = Math.max(widest, f.label.width);
    return Math.max(22, Math.ceil(widest) + 4);
  }

  /** From one row of a world's ships to the next above: higher than the tallest strength. */
  private riseOfStrengths(): number {
    let tallest = 0;
    for (const f of this.fleetIcons.values()) tallest = Math.max(tallest, f.label.height);
    return Math.max(ROW_RISE, Math.ceil(SHIP / 2 + STRENGTH_ABOVE + tallest + 2));
  }

  /** The row's step the fleets were last placed with. */
  private fleetStep = 22;

  /** Names and strengths keep a readable size on a small screen, where the map is drawn small. */
  private sizeLabels(): void {
    const zoom = this.camera.zoom;
    const name = `${Math.round(Math.max(15, LABEL_PX / zoom))}px`;
    for (const l of this.labels.values()) l.setFontSize(name);
    for (const f of this.fleetIcons.values()) f.label.setFontSize(this.strengthSize());
    // Strengths drawn wider (zoomed out) spread the rows of ships, and the courses start at them anew.
    if (this.state && this.stepOfStrengths() !== this.fleetStep) this.redraw();
    else this.placeNames();
  }

  /** The names go where they cover no other name, world, fleet or lane (their size follows the zoom). */
  private placeNames(): void {
    const named = [...this.labels].flatMap(([id, label]) => {
      const d = this.discs.get(id);
      return d ? [{ label, world: { ...d, w: label.width, h: label.height } }] : [];
    });
    const fleets: Box[] = [...this.fleetIcons.values()].flatMap(({ ship, label }) => [
      { x: ship.x - SHIP / 2, y: ship.y - SHIP / 2, w: SHIP, h: SHIP },
      {
        x: label.x - label.originX * label.width,
        y: label.y - label.originY * label.height,
        w: label.width,
        h: label.height,
      },
    ]);
    const lanes = this.state ? lanesOf(this.state.systems, this.state.lanes) : [];
    const places = placeLabels(
      named.map((n) => n.world),
      fleets,
      lanes,
    );
    named.forEach(({ label }, i) => {
      const p = places[i];
      if (p) label.setOrigin(p.originX, p.originY).setPosition(p.x, p.y);
    });
  }

  private setUpPointer(): void {
    const input = this.scene.input;
    const cam = this.camera;
    let drag: { x: number; y: number; sx: number; sy: number; moved: boolean } | null = null;
    let held = false;
    input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      // A click on the map gives the keys back to the map (Phaser keeps the click from moving the
      // focus, and the panels, drawn in place, keep it on the last button pressed).
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      held = this.editing?.press(p.worldX, p.worldY) ?? false;
      drag = held ? null : { x: p.x, y: p.y, sx: cam.scrollX, sy: cam.scrollY, moved: false };
    });
    input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (held && p.isDown) this.editing?.drag(p.worldX, p.worldY);
      else if (drag && p.isDown) {
        const dx = p.x - drag.x;
        const dy = p.y - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 4) {
          drag.moved = true;
          this.byHand = true;
        }
        cam.scrollX = drag.sx - dx / cam.zoom;
        cam.scrollY = drag.sy - dy / cam.zoom;
      }
      this.hover(p);
    });
    input.on('pointerup', (p: Phaser.Input.Pointer) => {
      if (held) this.editing?.release(p.worldX, p.worldY);
      else if (drag && !drag.moved) {
        const id = this.systemAt(p.worldX, p.worldY)?.id ?? null;
        if (id === null && this.editing) this.editing.clickEmpty(p.worldX, p.worldY);
        else this.onSelect(id);
      }
      held = false;
      drag = null;
    });
    input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      this.zoomBy(dy > 0 ? 0.9 : 1.1);
    });
  }

  systemAt(x: number, y: number): System | undefined {
    let best: System | undefined;
    let bestD = 30 * 30;
    for (const sys of this.state?.systems ?? []) {
      const d = (sys.x - x) ** 2 + (sys.y - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = sys;
      }
    }
    return best;
  }

  private hover(p: Phaser.Input.Pointer): void {
    const s = this.state;
    // Where the pointer is on the map now: its worldX is of its last move, under last move's camera.
    const at = this.camera.getWorldPoint(p.x, p.y);
    const sys = s ? this.systemAt(at.x, at.y) : undefined;
    if (!s || !sys) this.tip.hide();
    else this.tip.show(s, sys, this.roster, this.party, p.x, p.y);
  }

  /** Select the world `pick` finds from the selection, and pan to it (N and P; Shift+N and Shift+P, ui/keys.ts). */
  cycle(pick: (systems: readonly System[], selected: string | null) => System | null): void {
    const next = this.state ? pick(this.state.systems, this.selected) : null;
    if (!next) return;
    this.onSelect(next.id);
    // Forced: a key pressed again while the last pan runs would otherwise be ignored by Phaser, and
    // the map stay on a world the selection has left.
    this.camera.pan(next.x, next.y, 200, 'Linear', true);
  }

  /**
   * Draw the map from a state. Everything of another map (its names, its fleets) goes: the view
   * shows exactly the state it is given. Its game's roster is kept for the draws without one;
   * `courses`, the queued orders' lines (see courses.ts), are drawn over the lanes.
   */
  draw(state: MapShape, safePalette: boolean, roster?: Roster, courses: readonly Course[] = []): void {
    this.state = state;
    if (roster) this.roster = roster;
    this.courses = courses;
    this.safe = safePalette;
    const pal = palette(safePalette);
    const g = this.graphics;
    g.clear();
    const byId = new Map(state.systems.map((x) => [x.id, x]));
    g.lineStyle(2, pal.lane, 1);
    for (const [a, b] of state.lanes) {
      const A = byId.get(a);
      const B = byId.get(b);
      if (A && B) g.lineBetween(A.x, A.y, B.x, B.y);
    }
    // The fleets first: a course starts at its ship, where the map draws it.
    this.drawFleets(state);
    for (const c of courses) {
      const ship = this.fleetIcons.get(c.fleet)?.ship;
      const points = ship ? [{ x: ship.x, y: ship.y }, ...c.points.slice(1)] : c.points;
      drawCourse(g, this.colourOf(pal, c.party), { ...c, points });
    }
    for (const [id, label] of this.labels) {
      if (byId.get(id)?.name === label.text) continue;
      label.destroy();
      this.labels.delete(id);
    }
    this.discs.clear();
    const threatened = new Set(namedThreats(state).map((w) => w.target as string));
    for (const sys of state.systems) {
      const colour = this.colourOf(pal, sys.owner);
      const r = discRadius(sys);
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
      if (threatened.has(sys.id)) {
        // A world a third power has named: a red ring with four ticks (a shape, not only a colour).
        const d = r + 18;
        g.lineStyle(3, 0xff4a3d, 0.95).strokeCircle(sys.x, sys.y, d);
        for (const [dx, dy] of [
          [0, -1],
          [1, 0],
          [0, 1],
          [-1, 0],
        ] as const)
          g.lineBetween(sys.x + dx * d, sys.y + dy * d, sys.x + dx * (d + 8), sys.y + dy * (d + 8));
      }
      if (!this.labels.has(sys.id))
        this.labels.set(
          sys.id,
          this.scene.add.text(sys.x, sys.y + r + 4, sys.name, {
            fontFamily: FONT,
            fontSize: '15px',
            color: '#e8eef6',
          }),
        );
      // A threatened world's ring (with its ticks) and the selection's are part of it: its name goes
      // outside them (the selection's ring ran through the selected world's name).
      const ring = threatened.has(sys.id) ? 24 : sys.id === this.selected ? 12 : 0;
      this.discs.set(sys.id, { x: sys.x, y: sys.y, r: r + ring });
    }
    this.sizeLabels();
    // A tip left open over a world says what the world is now (it told of last year's owner).
    if (this.tip.shown) this.hover(this.scene.input.activePointer);
  }

  /** An owner's colour: each third power its own, by its place in the scenario's list. */
  private colourOf(pal: Palette, owner: string | null): number {
    const i = this.state?.thirdPowers.findIndex((t) => t.id === owner) ?? -1;
    return ownerColour(pal, owner, Math.max(0, i));
  }

  /** Draw again as it is (after a selection). */
  redraw(): void {
    if (this.state) this.draw(this.state, this.safe, undefined, this.courses);
  }

  /** Fleets: a ship beside its system, with its strength above it (courses.ts fleetSpots). */
  private drawFleets(state: MapShape): void {
    const pal = palette(this.safe);
    // The strengths' words and size first: the rows are spaced by the widest. A war's raiders show
    // the strength they fight with, their war's, not their fleet's older number.
    const strength = (f: MapShape['fleets'][number]) => String(shownStrength(state, f, this.party));
    for (const f of state.fleets)
      this.fleetIcons.get(f.id)?.label.setText(strength(f)).setFontSize(this.strengthSize());
    this.fleetStep = this.stepOfStrengths();
    const spots = fleetSpots(state, this.fleetStep, this.riseOfStrengths());
    const seen = new Set<string>();
    for (const f of state.fleets) {
      const at = spots.get(f.id);
      if (!at) continue;
      let icon = this.fleetIcons.get(f.id);
      if (!icon) {
        icon = {
          ship: this.scene.add.image(at.x, at.y, 'ship').setDisplaySize(SHIP, SHIP),
          label: this.scene.add
            .text(at.x, at.y - STRENGTH_ABOVE, '', { fontFamily: FONT, fontSize: '12px', color: '#ffffff' })
            .setOrigin(0.5, 1),
        };
        this.fleetIcons.set(f.id, icon);
      }
      icon.ship
        .setPosition(at.x, at.y)
        .setTexture(shipTexture(this.scene, this.colourOf(pal, f.owner)))
        .setDisplaySize(SHIP, SHIP)
        .setVisible(true);
      icon.label
        .setPosition(at.x, at.y - STRENGTH_ABOVE)
        .setText(strength(f))
        .setVisible(true);
      seen.add(f.id);
    }
    for (const [id, icon] of this.fleetIcons) {
      if (seen.has(id)) continue;
      icon.ship.destroy();
      icon.label.destroy();
      this.fleetIcons.delete(id);
    }
  }
}
