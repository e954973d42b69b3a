// The scenario editor: the game's map view, edited with the pointer, and the rest of the scenario
// as forms drawn from its schema. Every edit is checked at once and kept as work in progress.
import Phaser from 'phaser';
import {
  addFleet,
  addLane,
  addSystem,
  fleetsOf,
  mapOf,
  moveFleet,
  moveSystem,
  setOwner,
  systemIndex,
} from '../../editor/index';
import type { GameStore } from '../../store/store';
import { EditorBar } from '../editor/bar';
import { pageStorage, setPlaytesting } from '../editor/light';
import { mayPlace } from '../editor/powers';
import { EditorSession } from '../editor/session';
import { takePending } from '../editor/share-link';
import { EditorSide } from '../editor/side';
import { addEditorStyle } from '../editor/style';
import { starfield } from '../ui/art';
import { el, mount } from '../ui/dom';
import { MapView } from '../view/map-view';
import { watch } from '../watch';

export class EditorScene extends Phaser.Scene {
  private map!: MapView;

  constructor(private readonly store: GameStore) {
    super('Editor');
  }

  create(): void {
    starfield(this, 260);
    setPlaytesting(false);
    const storage = pageStorage();
    const session = new EditorSession(storage);
    const pending = takePending();
    if (pending) session.openScenario(pending.label, pending.doc);
    const band = this.add.graphics().setDepth(10);
    // Its side panel is wider than the game's (editor/style.ts): the map is fitted left of it.
    this.map = new MapView(
      this,
      (id) => pick(id),
      (width) => Math.min(420, width * 0.5),
    );
    const bar = new EditorBar(session, this.store, storage);
    const side = new EditorSide(session);
    // A system clicked on the map opens its System tab (playtest 24 clicked one and the Scenario tab stayed).
    const pick = (id: string | null) => {
      if (id !== null) side.tab = 'system';
      session.select(id);
    };
    const notice = el('div', { class: 'notice', testid: 'editor-notice', role: 'alert' });
    notice.style.display = 'none';

    // Moving a system shows it where it is dragged; the edit is made when it is let go.
    let held: { id: string; from: { x: number; y: number }; to: { x: number; y: number } } | null = null;
    const drawMap = () => {
      const shape = mapOf(session.doc);
      if (held && session.tool === 'move') {
        const h = held;
        shape.systems = shape.systems.map((x) => (x.id === h.id ? { ...x, x: h.to.x, y: h.to.y } : x));
      }
      this.map.selected = session.selected;
      this.map.draw(shape, this.store.store.getState().settings.safePalette);
      band.clear();
      if (held && (session.tool === 'lane' || session.tool === 'fleet')) {
        band.lineStyle(3, 0x7fb3ff, 0.9).lineBetween(held.from.x, held.from.y, held.to.x, held.to.y);
      }
    };
    this.map.editing = {
      press: (x, y) => {
        const sys = this.map.systemAt(x, y);
        if (!sys) return false;
        held = { id: sys.id, from: { x: sys.x, y: sys.y }, to: { x, y } };
        return true;
      },
      drag: (x, y) => {
        if (!held) return;
        held.to = { x, y };
        drawMap();
      },
      release: (x, y) => {
        const h = held;
        held = null;
        if (!h) return;
        const moved = Math.hypot(x - h.from.x, y - h.from.y) > 6;
        const target = this.map.systemAt(x, y);
        if (session.tool === 'lane') {
          if (target && target.id !== h.id)
            session.apply(`lane ${h.id}–${target.id}`, addLane(session.doc, h.id, target.id));
          else pick(h.id);
        } else if (session.tool === 'fleet') {
          placeFleet(h.id, target && target.id !== h.id ? target.id : null);
        } else if (session.tool === 'owner') {
          const id = target?.id ?? h.id;
          if (placeable())
            session.apply(
              `give ${id} to ${session.power ?? 'no one'}`,
              setOwner(session.doc, systemIndex(session.doc, id), session.power),
            );
          pick(id);
        } else if (moved) {
          session.apply(`move ${h.id}`, moveSystem(session.doc, h.id, x, y));
        } else pick(h.id);
        drawMap();
      },
      clickEmpty: (x, y) => {
        const added = addSystem(session.doc, x, y);
        session.apply(`add ${added.id}`, added.changes);
        session.select(added.id);
        side.show('system');
      },
    };

    // Only a power the scenario has is placed (the bar's list keeps to them: editor/powers.ts).
    const placeable = (): boolean => {
      if (mayPlace(session.doc, session.power)) return true;
      this.store.notify(
        'error',
        `This scenario has no power “${session.power}”: choose one beside the tools.`,
      );
      return false;
    };
    // The Fleet tool: a click stations a fleet of the chosen power; a drag moves one (of the chosen
    // power if it has one there, else the last) to the system it is let go on.
    const placeFleet = (from: string, to: string | null) => {
      if (to === null) {
        if (session.power !== null && placeable()) {
          const added = addFleet(session.doc, session.power, from);
          session.apply(`station ${added.id} at ${from}`, added.changes);
        }
        session.select(from);
        side.show('system');
        return;
      }
      const here = fleetsOf(session.doc).filter((f) => f.location === from);
      const fleet = here.filter((f) => f.owner === session.power).at(-1) ?? here.at(-1);
      if (fleet) session.apply(`move ${fleet.id} to ${to}`, moveFleet(session.doc, fleet, to));
      session.select(to);
    };

    const redraw = () => {
      drawMap();
      bar.draw();
      side.draw();
    };
    const unsubscribe = [
      session.onChange(redraw),
      watch(
        this.store.store,
        (st) => st.notice,
        (n) => {
          notice.textContent = n?.text ?? '';
          notice.className = `notice ${n?.kind ?? ''}`;
          notice.style.display = n ? 'block' : 'none';
        },
      ),
    ];
    const onKey = (e: KeyboardEvent) => {
      const typing =
        e.target instanceof HTMLInputElement ||
        e.target instanceof HTMLTextAreaElement ||
        e.target instanceof HTMLSelectElement;
      if (typing) return;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === 'z' && !e.shiftKey) session.undo();
      else if ((e.ctrlKey || e.metaKey) && (key === 'y' || (key === 'z' && e.shiftKey))) session.redo();
      else if ((e.key === 'Delete' || e.key === 'Backspace') && session.selected) {
        side.show('system');
        (document.querySelector('[data-testid="delete-system"]') as HTMLButtonElement | null)?.click();
      } else if (key === 'l' || key === 'f' || key === 'o') {
        const t = key === 'l' ? 'lane' : key === 'f' ? 'fleet' : 'owner';
        session.tool = session.tool === t ? 'move' : t;
        session.changed();
      } else if (key === 'escape') {
        // A dialog first; else the selected system, so that the map's own tools come back (playtest
        // 30 could not find New third power again once a system was selected).
        if (!bar.closeDialog() && session.selected) session.select(null);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      const f = e.dataTransfer?.files[0];
      if (f) bar.dropFile(f);
    };
    const onDragOver = (e: DragEvent) => e.preventDefault();
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragover', onDragOver);
    const removeStyle = addEditorStyle();
    const unmount = [mount(bar.root), mount(side.root), mount(notice)];
    // The panel and the map start at the bar's foot, whatever its height (they started at the game's
    // HUD height, 56 px, an empty strip below the editor's lower bar: playtest 25).
    const belowBar = () => {
      const px = bar.root.offsetHeight;
      side.root.style.top = `${px}px`;
      this.map.belowHud(px);
    };
    const barSize = new ResizeObserver(belowBar);
    barSize.observe(bar.root);
    unmount.push(() => barSize.disconnect());
    belowBar();
    redraw();
    // Where the map's world is on the page, for tests and tools that point at a system. Published
    // after a frame is drawn: the camera's world view (and the pointer's mapping) is brought up to
    // date only when it renders, so one read before that is the view before the map was fitted.
    // The map point at the page's top left corner: the camera draws below the bar and left of the
    // panel only (its viewport), and its world view starts at the viewport's corner.
    const cam = this.cameras.main;
    const onRendered = () => {
      const x = cam.worldView.x - cam.x / cam.zoom;
      const y = cam.worldView.y - cam.y / cam.zoom;
      const view = `${x.toFixed(1)},${y.toFixed(1)},${cam.zoom.toFixed(4)}`;
      if (bar.root.dataset.view !== view) bar.root.dataset.view = view;
    };
    this.game.events.on(Phaser.Core.Events.POST_RENDER, onRendered);
    this.events.once('shutdown', () => {
      this.game.events.off(Phaser.Core.Events.POST_RENDER, onRendered);
      for (const u of unsubscribe) u();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragover', onDragOver);
      bar.closeDialog();
      for (const u of unmount) u();
      removeStyle();
    });
  }
}
