import Phaser from 'phaser';
import { ARTICLES, PARTIES, paradeSize } from '../../sim/index';
import type { GameStore } from '../../store/store';
import { shipTexture, starfield } from '../ui/art';
import { renderChart } from '../ui/chart';
import { decadesTable } from '../ui/decades';
import { button, el, mount } from '../ui/dom';
import { endVerdict } from '../ui/how-to-win';
import { named, PARTY_TITLES, partyClass } from '../ui/names';
import { palette } from '../ui/palette';
import { downloadReplay, shareReplay } from '../ui/replay-actions';
import { watch } from '../watch';

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
    const { width, height } = this.scale;
    const settings = this.store.store.getState().settings;
    const pal = palette(settings.safePalette);
    const title =
      r.kind === 'centennial'
        ? 'The Khitomer Centennial'
        : r.kind === 'collapse'
          ? 'The Accords collapse'
          : r.kind === 'lapsed'
            ? 'A centennial without the Accords'
            : 'A government falls';
    this.add
      .text(width / 2, height * 0.08, title, { fontSize: '30px', color: '#e8eef6', fontStyle: 'bold' })
      .setOrigin(0.5);
    if (r.kind === 'centennial') {
      // The parade: the flagships lead, then ships of both powers, as many as the two standings allow.
      const ships = paradeSize(s);
      const lead = [
        { name: 'USS Venture', colour: pal.federation },
        { name: 'Invicta Expedition', colour: pal.klingon },
      ];
      const row = height * 0.3;
      for (let i = 0; i < ships + lead.length; i++) {
        const isLead = i < lead.length;
        const colour = isLead ? (lead[i]?.colour ?? pal.federation) : i % 2 ? pal.klingon : pal.federation;
        const x = width * 0.1 + (i % 16) * (width * 0.05);
        const y = row + Math.floor(i / 16) * 34 + (isLead ? -10 : 0);
        const ship = this.add
          .image(settings.reducedMotion ? x : -40, y, shipTexture(this, colour))
          .setAngle(90)
          .setDisplaySize(isLead ? 30 : 20, isLead ? 30 : 20);
        // The two flagships' names, one above the line and one below, so that they never overlap.
        if (isLead)
          this.add
            .text(x, i === 0 ? y - 32 : y + 18, lead[i]?.name ?? '', { fontSize: '12px', color: '#e8eef6' })
            .setOrigin(0.5, 0);
        if (!settings.reducedMotion)
          this.tweens.add({
            targets: ship,
            x,
            duration: 1200 * settings.animationSpeed,
            delay: i * 40 * settings.animationSpeed,
            ease: 'Cubic.easeOut',
          });
      }
    } else {
      this.add
        .image(width / 2 - 60, height * 0.28, 'emblem-federation')
        .setDisplaySize(80, 80)
        .setAlpha(0.5)
        .setAngle(-12);
      this.add
        .image(width / 2 + 60, height * 0.28, 'emblem-klingon')
        .setDisplaySize(80, 80)
        .setAlpha(0.5)
        .setAngle(12);
    }
    const totals = el(
      'table',
      {},
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
    const grades = r.scores
      ? el(
          'div',
          { testid: 'end-grades' },
          ...PARTIES.map((p) =>
            el('div', {}, `${PARTY_TITLES[p]}: score ${r.scores?.[p]}${r.grades ? ` — ${r.grades[p]}` : ''}`),
          ),
        )
      : null;
    const chain = r.chain.length
      ? el(
          'div',
          {},
          el('h3', {}, 'The chain of violations'),
          el(
            'ul',
            {},
            ...r.chain.map((e) =>
              el(
                'li',
                {},
                `${e.year} · ${PARTY_TITLES[e.party]} · Article ${e.article}: ${named(s, e.text)}`,
              ),
            ),
          ),
        )
      : null;
    const notice = el('span', { class: 'end-notice', testid: 'notice', role: 'status' });
    const body = el(
      'div',
      { class: 'end-body', testid: 'end-body' },
      el('h2', { testid: 'end-title' }, `${title}, ${r.year}`),
      el('div', {}, r.cause),
      grades,
      r.scores ? endVerdict(s, r.scores, session.side, session.opponent === 'hotseat') : null,
      chain,
      // A caption: below the fold, the chart's top shows first, and a lone axis label said nothing.
      el('h3', { testid: 'end-chart-title' }, `Standing, ${s.firstYear}–${r.year}`),
      el(
        'div',
        { class: 'dim' },
        'Dashed lines: strained and suspension; a ring: a year of violations seen.',
      ),
      renderChart(s, 520, 120, settings.safePalette),
      el('h3', {}, 'Points banked, decade by decade'),
      decadesTable(s),
      totals,
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
        button('Export replay', () => downloadReplay(this.store), { testid: 'export-replay' }),
        button('Share link', () => void shareReplay(this.store), { testid: 'share-link' }),
        notice,
      ),
    );
    const remove = mount(panel);
    (panel.querySelector('button') as HTMLButtonElement | null)?.focus({ preventScroll: true });
    body.scrollTop = 0;
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
}
