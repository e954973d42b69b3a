// Ledger and Accords: the six articles, each power's record under them, every violation and reward,
// filterable by article and power.
import { ARTICLES, type Article, PARTIES, type Party } from '../../sim/index';
import type { Shown } from '../../store/types';
import { clear, el } from './dom';

const ARTICLE_TEXT: Record<Article, string> = {
  I: 'Non-aggression',
  II: 'Embassies on each capital world',
  III: 'No help to a third power that attacks the other',
  IV: 'Humanitarian aid',
  V: 'Extradition of those who take revenge',
  VI: 'Disputes, borders and trade',
};

export function renderLedger(session: Shown): HTMLElement {
  const s = session.state;
  const article = el('select', { testid: 'ledger-article', label: 'Article' });
  const power = el('select', { testid: 'ledger-power', label: 'Power' });
  for (const [v, t] of [['all', 'All articles'], ...ARTICLES.map((a) => [a, `Article ${a}`])] as [
    string,
    string,
  ][]) {
    const o = el('option', {}, t);
    o.value = v;
    article.append(o);
  }
  for (const [v, t] of [
    ['all', 'Both powers'],
    ['federation', 'Federation'],
    ['klingon', 'Klingon Empire'],
  ] as [string, string][]) {
    const o = el('option', {}, t);
    o.value = v;
    power.append(o);
  }
  const summary = el('div', {});
  const list = el('ul', { testid: 'ledger-entries' });
  const draw = () => {
    clear(summary);
    clear(list);
    const table = el(
      'table',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'Article'),
        el('th', { class: 'fed' }, 'Fed'),
        el('th', { class: 'kli' }, 'Kli'),
      ),
    );
    for (const a of ARTICLES) {
      const cell = (p: Party) => {
        const v = s.ledger.filter((e) => e.article === a && e.party === p && e.kind !== 'reward').length;
        const r = s.ledger.filter((e) => e.article === a && e.party === p && e.kind === 'reward').length;
        return el('td', { title: `${v} violations seen, ${r} rewards` }, `${v} ✗ ${r} ✓`);
      };
      table.append(
        el(
          'tr',
          {},
          el('td', { title: ARTICLE_TEXT[a] }, `${a} · ${ARTICLE_TEXT[a]}`),
          cell('federation'),
          cell('klingon'),
        ),
      );
    }
    summary.append(table);
    const entries = s.ledger.filter(
      (e) =>
        (article.value === 'all' || e.article === article.value) &&
        (power.value === 'all' || e.party === power.value),
    );
    for (const e of entries.slice(-200).reverse()) {
      list.append(
        el(
          'li',
          { class: e.delta < 0 ? 'bad' : 'good' },
          `${e.year} · ${e.party === 'federation' ? 'Fed' : 'Kli'} · ${e.article ? `Art. ${e.article}` : '—'} · ${e.delta > 0 ? '+' : ''}${e.delta}: ${e.text}`,
        ),
      );
    }
    if (entries.length === 0) list.append(el('li', { class: 'dim' }, 'Nothing recorded yet.'));
  };
  article.addEventListener('change', draw);
  power.addEventListener('change', draw);
  draw();
  void PARTIES;
  return el(
    'div',
    { class: 'ledger', testid: 'ledger-panel' },
    el('h3', {}, 'The Accords and the ledger'),
    summary,
    el('div', { class: 'row' }, article, power),
    list,
  );
}
