import Phaser from 'phaser';
import { ARTICLES, type GameState, PARTIES, paradePoints, type TurnReport } from '../../sim/index';
import type { GameStore } from '../../store/store';
import { shipTexture, starfield } from '../ui/art';
import { chainSpan } from '../ui/chain-span';
import { openingStandings, renderChart } from '../ui/chart';
import { decadesTable } from '../ui/decades';
import { button, el, mount } from '../ui/dom';
import { decadesShown, endVerdict, nextGameLine } from '../ui/end-verdict';
import { collapseLine, largestLosses, supportCourse } from '../ui/fall';
import { named, PARTY_TITLES, partyClass, type Roster, rosterOf } from '../ui/names';
import { palette } from '../ui/palette';
import { unspentLine } from '../ui/parade';
import { downloadReplay, shareReplay } from '../ui/replay-actions';
import { watch } from '../watch';

/** Why a government fell (its support over the years, its largest losses) or the Accords collapsed. */
function whyItEnded(
  s: GameState,
  r: NonNullable<GameState['result']>,
  reports: readonly TurnReport[],
  roster: Roster,
): HTMLElement[] {
  if (r.kind === 'collapse') {
    const line = collapseLine(s);
    const out = line ? [el('div', { testid: 'end-why' }, line)] : [];
    // No case on record: nothing counts (playtest 39 read the decades' "Score 923 / 937" and no
    // word that both had lost).
    if (!r.scores)
      out.push(
        el(
          'p',
          { testid: 'end-lost' },
          el('b', {}, 'Both powers lose: no grade and no score.'),
          ' No power’s case was on record as the Accords fell; what each banked is kept below for the record only.',
        ),
      );
    return out;
  }
  if (r.kind !== 'government-fell' || !r.loser) return [];
  const losses = largestLosses(s, reports, r.loser, roster);
  const out: HTMLElement[] = [el('div', { testid: 'end-why' }, supportCourse(s, r.loser))];
  if (losses.length > 0)
    out.push(
      el(
        'div',
        { testid: 'end-losses' },
        el('div', {}, 'Its largest losses of support:'),
        el('ul', {}, ...losses.map((l) => el('li', {}, l))),
      ),
    );
  return out;
}

/** The title's line, the parade's first line and the room between its two (the panel starts below). */
const TITLE_Y = 34;
const PARADE_Y = 84;
const ROW_GAP = 40;
/** Room on the left of the parade for the flagships' names. */
const NAME_ROOM = 150;

/**
 * The end: the Khitomer Centennial — a parade of ships, the Invicta Expedition's and the USS Venture
 * at its head, as large as the treaty is healthy — or the Collapse: the year, the cause, the chain.
 */
export class EndScene extends Phaser.Scene {
  constructor(private readonly store: GameStore) {
    super('End');
  }

  create(): void {
    const session = this.store.store.getState().session;
    const s = session?.state;
    if (!session || !s?.result) return;
    starfield(this, 300);
    const r = s.result;
    const { width } = this.scale;
    const settings = this.store.store.getState().settings;
    const pal = palette(settings.safePalette);
    // The centennial is 2393's: a scenario that ends sooner ends with the Accords holding (playtest
    // 31 read "The Khitomer Centennial, 2372" at the end of the Klingon Civil War).
    const centennial = r.year === s.signedYear + 100;
    const title =
      r.kind === 'centennial'
        ? centennial
          ? 'The Khitomer Centennial'
          : s.status === 'strained'
            ? 'The Accords hold, strained'
            : 'The Accords hold'
        : r.kind === 'collapse'
          ? 'The Accords collapse'
          : r.kind === 'lapsed'
            ? centennial
              ? 'A centennial without the Accords'
              : 'The Accords end suspended'
            : 'A government falls';
    this.add
      .text(width / 2, TITLE_Y, title, { fontSize: '30px', color: '#e8eef6', fontStyle: 'bold' })
      .setOrigin(0.5);
    if (r.kind === 'centennial')
      this.parade(
        { federation: paradePoints(s, 'federation'), klingon: paradePoints(s, 'klingon') },
        pal.federation,
        pal.klingon,
        settings,
      );
    else {
      this.add
        .image(width / 2 - 60, PARADE_Y + ROW_GAP / 2, 'emblem-federation')
        .setDisplaySize(72, 72)
        .setAlpha(0.5)
        .setAngle(-12);
      this.add
        .image(width / 2 + 60, PARADE_Y + ROW_GAP / 2, 'emblem-klingon')
        .setDisplaySize(72, 72)
        .setAlpha(0.5)
        .setAngle(12);
    }
    const totals = el(
      'table',
      { class: 'end-totals', testid: 'end-totals' },
      el(
        'tr',
        {},
        el('th', {}, 'Article'),
        ...PARTIES.map((p) => el('th', { class: partyClass(p) }, `${PARTY_TITLES[p]}: violations`)),
      ),
    );
    for (const a of ARTICLES) {
      const n = (p: string) =>
        String(s.ledger.filter((e) => e.article === a && e.party === p && e.kind !== 'reward').length);
      totals.append(el('tr', {}, el('td', {}, a), ...PARTIES.map((p) => el('td', {}, n(p)))));
    }
    // Its span said with its years: the core lists only the violations Article V has not forgiven.
    const span = chainSpan(s);
    const chain = r.chain.length
      ? el(
          'div',
          { testid: 'end-chain' },
          el('h3', { testid: 'end-chain-title' }, span.heading),
          span.note ? el('div', { class: 'dim', testid: 'end-chain-note' }, span.note) : null,
          el(
            'ul',
            {},
            ...r.chain.map((e) =>
              el(
                'li',
                {},
                `${e.year} · ${PARTY_TITLES[e.party]} · Article ${e.article}: ${named(s, e.text, rosterOf(session.scenario))}`,
              ),
            ),
          ),
        )
      : null;
    const notice = el('span', { class: 'end-notice', testid: 'notice', role: 'status' });
    const next = nextGameLine(session.scenario.id);
    // Two columns where the screen is wide enough: what the game came to beside its record, so that
    // at 1280 × 720 the score, the chart and the tables are all in sight without scrolling. The
    // scores and grades are said once, in the verdict's table and ladder (a line of each said them
    // again above it).
    const body = el(
      'div',
      { class: 'end-body', testid: 'end-body' },
      el(
        'div',
        { class: 'end-columns' },
        el(
          'div',
          { class: 'end-verdict' },
          el('h2', { testid: 'end-title' }, `${title}, ${r.year}`),
          el('div', {}, r.cause),
          ...whyItEnded(s, r, session.reports, rosterOf(session.scenario)),
          r.scores ? endVerdict(s, r.scores, session.side, session.opponent === 'hotseat') : null,
          next ? el('p', { class: 'end-next', testid: 'end-next' }, next) : null,
          chain,
        ),
        el(
          'div',
          { class: 'end-record' },
          el('h3', { testid: 'end-chart-title' }, `Standing, ${s.firstYear}–${r.year}`),
          el(
            'div',
            { class: 'dim' },
            'Dashed lines: strained and suspension; a ring: a year of violations seen.',
          ),
          renderChart(s, openingStandings(session.scenario), 520, 120, settings.safePalette),
          totals,
          // Beside the record, where the column has room: the verdict's column fills 1280 × 720.
          r.kind === 'centennial'
            ? el(
                'div',
                { class: 'dim', testid: 'end-unspent' },
                unspentLine(s, PARTIES, (p) => PARTY_TITLES[p], session.reports.at(-1)),
              )
            : null,
        ),
      ),
      // A game within one decade has nothing to show by decade (see decadesShown).
      decadesShown(s) ? el('h3', {}, 'Points banked, decade by decade') : null,
      decadesShown(s) ? decadesTable(s) : null,
    );
    const panel = el(
      'div',
      { class: 'end', testid: 'end-screen' },
      body,
      el(
        'div',
        { class: 'row actions' },
        button(
          'New game',
          () => {
            // The game is over: it leaves the save, and the New game screen opens.
            this.store.abandon();
            this.store.goTo('new-game');
          },
          { class: 'primary', testid: 'end-new-game' },
        ),
        // The game stays saved: the title's Continue brings this screen back, and its replay is a
        // button away (playtest 25 found no way back to the title from here).
        button('Watch this game’s replay', () => void this.store.watchGame(), {
          testid: 'end-watch-replay',
          title: 'The whole game, year by year, in the replay viewer; closing it comes back here',
        }),
        button('Menu', () => this.store.goTo('title'), {
          testid: 'end-menu',
          title: 'Back to the title (the game is kept: Continue shows this screen again)',
        }),
        button('Export replay', () => downloadReplay(this.store), { testid: 'export-replay' }),
        button('Share link', () => void shareReplay(this.store), { testid: 'share-link' }),
        notice,
      ),
    );
    // What does not fit (a long chain of violations, a small window) scrolls with the page, the
    // title and the parade with it: one scroll, never a box scrolling inside the panel (the playtest
    // read the decades in a nested scroll at 1280 × 720).
    const page = el('div', { class: 'end-page', testid: 'end-page' }, panel);
    const follow = () => {
      this.cameras.main.scrollY = page.scrollTop;
    };
    page.addEventListener('scroll', follow);
    const remove = mount(page);
    (panel.querySelector('button') as HTMLButtonElement | null)?.focus({ preventScroll: true });
    page.scrollTop = 0;
    // What Share link and Export replay answer ("Share link copied") shows beside them.
    const unwatch = watch(
      this.store.store,
      (st) => st.notice,
      (n) => {
        notice.textContent = n?.text ?? '';
        notice.className = `end-notice ${n?.kind ?? ''}`;
      },
    );
    this.events.once('shutdown', () => {
      unwatch();
      remove();
    });
  }

  /**
   * The parade in two lines, each power's ships behind its flagship, the flagship's name on its left:
   * a name above one line and below the other ran into the second row of ships. A ship a point of
   * each power's own parade, the flagship the first (playtest 35: the picture, drawn from the two
   * standings, showed 13 ships against 12 where the table gave the parade 12 to 13). A power with
   * none shows its flagship faint, alone.
   */
  private parade(
    points: Record<'federation' | 'klingon', number>,
    federation: number,
    klingon: number,
    settings: { reducedMotion: boolean; animationSpeed: number },
  ): void {
    const { width } = this.scale;
    const lines = [
      { name: 'USS Venture', colour: federation, count: points.federation - 1 },
      { name: 'Invicta Expedition', colour: klingon, count: points.klingon - 1 },
    ];
    const most = Math.max(...lines.map((l) => l.count));
    // The widest line is centred, the names in the room left of it.
    const step = Math.min(48, (width - NAME_ROOM - 80) / Math.max(1, most));
    const lead = Math.max(NAME_ROOM, (width - (NAME_ROOM + 36 + most * step)) / 2 + NAME_ROOM);
    lines.forEach((line, row) => {
      const y = PARADE_Y + row * ROW_GAP;
      this.add.text(lead - 24, y, line.name, { fontSize: '13px', color: '#e8eef6' }).setOrigin(1, 0.5);
      for (let i = 0; i <= Math.max(0, line.count); i++) {
        const isLead = i === 0;
        const x = isLead ? lead : lead + 36 + (i - 1) * step;
        const size = isLead ? 30 : Math.min(20, step + 2);
        const ship = this.add
          .image(settings.reducedMotion ? x : -40, y, shipTexture(this, line.colour))
          .setAngle(90)
          .setDisplaySize(size, size)
          .setAlpha(line.count < 0 ? 0.35 : 1);
        if (!settings.reducedMotion)
          this.tweens.add({
            targets: ship,
            x,
            duration: 1200 * settings.animationSpeed,
            delay: (i * 2 + row) * 40 * settings.animationSpeed,
            ease: 'Cubic.easeOut',
          });
      }
    });
  }
}
