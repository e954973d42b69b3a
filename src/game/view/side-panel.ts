// The HUD across the top and the panel on the right: the orders, the events, the ledger and the
// chart, the orders queued and End the year. Drawn from the store's session and laid over what
// is on screen in place (patch.ts), so the focused button keeps the focus.
import type { GameStore } from '../../store/store';
import type { Session, StoreState } from '../../store/types';
import { openingStandings, renderChart } from '../ui/chart';
import { button, type Child, el, mount } from '../ui/dom';
import { dueUnmet, ordersFall } from '../ui/end-year';
import { renderEvents } from '../ui/events';
import type { Given } from '../ui/given';
import { howToWinDialog } from '../ui/how-to-win';
import { renderHud } from '../ui/hud';
import { type LedgerView, ledgerView, renderLedger } from '../ui/ledger';
import { keyOrders } from '../ui/order-keys';
import { queuedList, renderOrders } from '../ui/orders';
import { toggleOverlay } from '../ui/overlay';
import { patchChildren } from '../ui/patch';
import { downloadReplay, shareReplay } from '../ui/replay-actions';
import { rulesDialog } from '../ui/rules';
import { settingsDialog } from '../ui/settings';

export type Tab = 'orders' | 'events' | 'ledger' | 'chart';

/** The keys that switch tabs. */
export const TAB_KEYS: Record<string, Tab> = { o: 'orders', e: 'events', l: 'ledger', c: 'chart' };

/** The HUD and the side panel, mounted while a scene shows them. */
export class Panels {
  readonly hud = el('div', {});
  readonly side: HTMLElement;
  private renders = 0;
  private readonly unmount: (() => void)[];
  /** The HUD wraps on a small window, and a due mark or a longer word can wrap it anew: watched. */
  private readonly hudSize = new ResizeObserver(() => this.belowHud());
  private watched: Element | null = null;

  /** `onHud` hears the HUD's height whenever it changes (the map is fitted below it). */
  constructor(
    label: string,
    private readonly onHud: (px: number) => void = () => {},
  ) {
    this.side = el('aside', { class: 'side', testid: 'side-panel', label });
    this.unmount = [mount(this.hud), mount(this.side), () => this.hudSize.disconnect()];
  }

  /** Lay a new HUD and panel over the ones on screen. */
  show(hud: HTMLElement, side: Child[]): void {
    patchChildren(this.hud, el('div', {}, hud));
    patchChildren(this.side, el('div', {}, ...side));
    // Counted for the tests: a burst of store changes draws the panel once.
    this.renders++;
    this.side.dataset.renders = String(this.renders);
    const header = this.hud.firstElementChild;
    if (header !== this.watched) {
      if (this.watched) this.hudSize.unobserve(this.watched);
      if (header) this.hudSize.observe(header);
      this.watched = header;
    }
  }

  /** The panel starts below the HUD, and the map is fitted below it, whatever its height. */
  private belowHud(): void {
    const height = this.watched instanceof HTMLElement ? this.watched.offsetHeight : 0;
    this.side.style.top = `${height}px`;
    this.onHud(height);
  }

  remove(): void {
    for (const u of this.unmount) u();
  }
}

export function tabBar<T extends string>(
  tabs: readonly (readonly [T, string, string?])[],
  active: T,
  pick: (tab: T) => void,
): HTMLElement {
  const bar = el('div', { class: 'tabs', role: 'tablist' });
  for (const [t, label, key] of tabs) {
    const b = button(label, () => pick(t), {
      testid: `tab-${t}`,
      title: key ? `${label} (${key})` : label,
    });
    if (t === active) b.classList.add('active');
    bar.append(b);
  }
  return bar;
}

export function noticeOf(notice: StoreState['notice']): HTMLElement | null {
  return notice
    ? el('div', { class: `notice ${notice.kind}`, testid: 'notice', role: 'alert' }, notice.text)
    : null;
}

/**
 * The game's own replay, from the game (the Chart tab, across the years): a player looks back at a
 * year without quitting to the title, and Back to the game returns with the year's orders (the
 * HUD's band has no room left at 1280 px). A hot-seat game in progress says why it is not shown.
 */
function watchLine(store: GameStore, session: Session): HTMLElement {
  const secret = session.opponent === 'hotseat' && session.state.phase !== 'ended';
  return el(
    'div',
    { class: 'watch-game', testid: 'watch-game-line' },
    secret
      ? el(
          'div',
          { class: 'dim', testid: 'watch-game-why' },
          'The replay of a hot-seat game can be watched once the game has ended: it holds both sides’ orders, covert ones too.',
        )
      : el(
          'div',
          { class: 'row' },
          button('Watch this game’s replay', () => void store.watchGame(), {
            testid: 'watch-game',
            title: 'The years so far in the replay viewer; Back to the game returns here',
          }),
          el(
            'span',
            { class: 'dim' },
            // A sentence of its own: wrapped under the button, a lower-case start read as cut (playtests 27, 28).
            'Each year as you saw it. Back to the game returns here, with this year’s orders.',
          ),
        ),
  );
}

export function chartOf(
  shown: Pick<Session, 'state' | 'scenario'>,
  safe: boolean,
  note: string | null,
): HTMLElement {
  return el(
    'div',
    { testid: 'chart-panel' },
    el('h3', {}, 'Standing across the years'),
    renderChart(shown.state, openingStandings(shown.scenario), 340, 200, safe),
    note ? el('div', { class: 'dim' }, note) : null,
    el('h3', {}, 'Support at home across the years'),
    renderChart(shown.state, openingStandings(shown.scenario, 'support'), 340, 160, safe, 'support'),
    el(
      'div',
      { class: 'dim', testid: 'support-chart-note' },
      `At 0 a government falls, and its player loses. The dashed line (${shown.state.rules.support.restLevel}) is where support above it ebbs to in a year that gives a government nothing it wants; below it, support does not drift up: only what the government wants, and addresses, raise it.`,
    ),
  );
}

/** What the player looks at in the game's panel: kept by the scene across redraws. */
export interface GameView {
  tab: Tab;
  selected: string | null;
  ledger: LedgerView;
  /** Which ten of the listed orders the number keys give (`]` and `[` turn it). */
  keyPage: number;
  /** The number keys given out in this tab this year: kept while orders are given (assignKeys). */
  keyed: { scope: string; keys: Map<string, string> } | null;
  /** The orders the panel gave this year, the last taken back by Backspace (given.ts). */
  given: Given | null;
}

export function gameView(): GameView {
  return { tab: 'orders', selected: null, ledger: ledgerView(), keyPage: 0, keyed: null, given: null };
}

/** The game's HUD and panel for a session, drawn into `panels` (with `hint`, a first game's, at its top). */
export function drawGamePanels(
  panels: Panels,
  store: GameStore,
  session: Session,
  st: Pick<StoreState, 'notice' | 'settings'>,
  view: GameView,
  pickTab: (tab: Tab) => void,
  redraw: () => void,
  endYear: () => void,
  hint: HTMLElement | null = null,
): void {
  const hud = renderHud(session, {
    settings: () => {
      const close = mount(settingsDialog(store, () => close()));
    },
    menu: () => store.goTo('title'),
    exportReplay: () => downloadReplay(store),
    share: () => void shareReplay(store),
    howToWin: () => openHowToWin(session),
    rules: openRules,
  });
  // The Events tab counts its cards, the news and what is asked of this side: a raid named on a
  // world of yours in a year without news read "Events (0)", and the playtest passed it by.
  const events = renderEvents(store, session);
  const asked = Number(events.dataset.asked);
  const tabs = tabBar(
    [
      ['orders', 'Orders', 'O'],
      ['events', `Events (${session.state.events.length + asked})`, 'E'],
      ['ledger', 'Ledger', 'L'],
      ['chart', 'Chart', 'C'],
    ],
    view.tab,
    pickTab,
  );
  // A choice asked on Events while another tab is shown, marked on its tab: the number keys give the
  // shown tab's orders only (a newcomer pressed 1 for an Events card and queued a fleet's move).
  const eventsTab = tabs.querySelector<HTMLElement>('[data-testid="tab-events"]');
  const choiceWaits = asked > 0 && view.tab !== 'events';
  if (choiceWaits && eventsTab) {
    eventsTab.classList.add('waits');
    eventsTab.title = `Events (E): ${asked === 1 ? 'a choice waits' : `${asked} choices wait`}`;
  }
  const body = el('div', { class: 'body' });
  if (view.tab === 'orders' || view.tab === 'events') {
    const list = view.tab === 'orders' ? renderOrders(store, session, view.selected) : events;
    // Renumbered when the tab, the selection, the page or the year changes (the scene drops `keyed`).
    const scope = (page: number) =>
      `${session.state.year}|${session.active}|${view.tab}|${view.selected}|${page}`;
    const kept = view.keyed?.scope === scope(view.keyPage) ? view.keyed.keys : undefined;
    const keyed = keyOrders(list, view.keyPage, kept);
    view.keyPage = keyed.page;
    view.keyed = { scope: scope(keyed.page), keys: keyed.keys };
    body.append(list);
  } else if (view.tab === 'ledger') body.append(renderLedger(session, view.ledger, redraw));
  else
    body.append(
      watchLine(store, session),
      chartOf(
        session,
        st.settings.safePalette,
        'Circles mark the years of violations seen; dashed lines the strained and suspension thresholds.',
      ),
    );
  const hotseatTurn = session.opponent === 'hotseat' && session.active === session.side;
  const end = button(hotseatTurn ? 'Hand over' : `End ${session.state.year}`, endYear, {
    class: 'primary',
    testid: 'end-turn',
    title: 'End the year (Enter)',
  });
  end.disabled = session.state.phase === 'ended';
  // Aid due this year and left short by the orders queued: said beside End, with its cost, before
  // the year is ended (the playtest ended 2294 with 14 due and none given, unwarned).
  const due =
    session.state.phase === 'ended'
      ? []
      : dueUnmet(session.state, session.active, session.queued[session.active]);
  // Orders that would bring the government down, said beside End before it is pressed (and asked on End).
  const fall =
    session.state.phase === 'ended'
      ? null
      : ordersFall(session.state, session.active, session.queued[session.active]);
  const warning =
    due.length > 0 || fall !== null
      ? el(
          'div',
          { class: 'warn due-unmet', testid: 'due-unmet' },
          ...(fall !== null ? [el('div', { testid: 'fall-warning' }, fall)] : []),
          ...due.map((d) => el('div', {}, d)),
        )
      : null;
  const foot = el('div', { class: 'foot' }, queuedList(store, session, view.given, choiceWaits, end));
  // A first game's hint heads the panel, under the tabs: over the map it hid the names of worlds.
  // The notice stands in the panel's flow above the queue: floating at its foot, it covered the
  // queue's heading and first order (playtest 24: "You took over in 2300…" over "Orders for 2301").
  const notice = noticeOf(st.notice);
  notice?.classList.add('in-flow');
  panels.show(hud, [tabs, hint, body, warning, notice, foot]);
}

/** The How to win panel for the side now playing (H, or its button in the HUD). */
export function openHowToWin(session: Session): void {
  toggleOverlay('how-to-win', (close) => howToWinDialog(session.state, session.active, close));
}

/** The Rules panel (R, or its button on the title and in the HUD). */
export function openRules(): void {
  toggleOverlay('rules', rulesDialog);
}
