// Ledger and Accords: the six articles, each power's record under them, every violation and reward,
// filterable by article and power.
import {
  ARTICLES,
  type Article,
  costWords,
  embassyRewardWords,
  type GameState,
  type LedgerEntry,
  type Party,
} from '../../sim/index';
import type { Shown } from '../../store/types';
import { el } from './dom';
import { isDue, momentLine, standingsAt } from './ledger-moment';
import { named, PARTY_TITLES, partyClass, partyLabel, rosterOf } from './names';
import { signed } from './numbers';
import { renderSecrets } from './secrets';

const ARTICLE_TEXT: Record<Article, string> = {
  I: 'Non-aggression',
  II: 'Embassies on each capital world',
  III: 'No help to a third power that attacks the other',
  IV: 'Humanitarian aid',
  V: 'Extradition of those who take revenge',
  VI: 'Disputes, borders and trade',
};

/** What each article asks of a power, and what breaking it costs: the text a newcomer reads. */
const ARTICLE_ASKS: Record<Article, string> = {
  I: 'Never attack the other party (that suspends the Accords at once). Espionage and sabotage are covert breaches; more than two fleets in the neutral zone at year end is an open one.',
  II: 'Keep an embassy on the other capital world. Recalling or expelling one is a breach;',
  III: 'When a third power attacks the other party, do not arm or support it (covertly or openly). Aid to the party attacked earns standing.',
  IV: 'When disaster strikes the other party, deliver the aid it needs before the deadline. Aid in full earns standing, generous aid more; falling short is a breach.',
  V: 'Hand over anyone of yours who takes revenge on the other party. Sheltering them past the deadline is an open breach; staging an escape a covert one.',
  VI: 'Settle disputes by arbitration and respect the ruling. Seizing a disputed world, occupying the neutral zone, fleets in the other’s territory and embargoes are breaches.',
};

/** What the reader chose to see: kept by the screen, so a redraw keeps the filters and the text open. */
export interface LedgerView {
  article: Article | 'all';
  power: Party | 'all';
  open: boolean;
}

export function ledgerView(): LedgerView {
  return { article: 'all', power: 'all', open: false };
}

/** The ledger as `view` asks; `changed` is called when the reader changes the view (to draw again). */
export function renderLedger(session: Shown, view: LedgerView, changed: () => void): HTMLElement {
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
    ['federation', PARTY_TITLES.federation],
    ['klingon', PARTY_TITLES.klingon],
  ] as [string, string][]) {
    const o = el('option', {}, t);
    o.value = v;
    power.append(o);
  }
  const summary = el('div', {});
  const list = el('ul', { testid: 'ledger-entries' });
  {
    const table = el(
      'table',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'Article'),
        el('th', { class: 'fed' }, PARTY_TITLES.federation),
        el('th', { class: 'kli' }, PARTY_TITLES.klingon),
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
    summary.append(
      table,
      // The marks said nothing to the playtest without their words.
      el('div', { class: 'dim', testid: 'ledger-legend' }, '✗ violations seen · ✓ rewards (acts of faith)'),
    );
    const entries = s.ledger.filter(
      (e) =>
        (view.article === 'all' || e.article === view.article) &&
        (view.power === 'all' || e.party === view.power),
    );
    // The lines of the year in progress first, under their moment: they count when it ends, and the
    // HUD's standings do not hold them yet (the playtest read a leak's −15 beside a HUD at 63).
    const shown = entries.slice(-200).reverse();
    const due = shown.filter((e) => isDue(s, e)).length;
    for (const [i, e] of shown.entries()) {
      if (due > 0 && i === 0)
        list.append(
          el(
            'li',
            { class: 'dim', testid: 'ledger-due-head' },
            `Counted when ${s.year} ends (not yet in the HUD):`,
          ),
        );
      if (due > 0 && i === due)
        list.append(
          el(
            'li',
            { class: 'dim', testid: 'ledger-counted-head' },
            `Counted in the standings ${standingsAt(s)}:`,
          ),
        );
      list.append(
        el(
          'li',
          {
            class: `${e.delta < 0 ? 'bad' : 'good'}${i < due ? ' due' : ''}`,
            testid: i < due ? 'ledger-due' : 'ledger-entry',
          },
          `${e.year} · `,
          el('span', { class: partyClass(e.party) }, PARTY_TITLES[e.party]),
          ` · ${e.article ? `Art. ${e.article}` : '—'} · ${signed(e.delta)}: ${named(session.state, e.text, rosterOf(session.scenario))}`,
          ...why(s, e),
        ),
      );
    }
    if (entries.length === 0) list.append(el('li', { class: 'dim' }, 'Nothing recorded yet.'));
  }
  article.value = view.article;
  power.value = view.power;
  // Handlers read the node they fire on, never a node of this tree: a patched panel (patch.ts)
  // keeps the nodes on screen and moves only the handlers to them.
  article.onchange = (e) => {
    view.article = (e.currentTarget as HTMLSelectElement).value as LedgerView['article'];
    changed();
  };
  power.onchange = (e) => {
    view.power = (e.currentTarget as HTMLSelectElement).value as LedgerView['power'];
    changed();
  };
  const asks = el('details', { testid: 'accords-text' }, el('summary', {}, 'What the six articles ask'));
  asks.open = view.open;
  asks.ontoggle = (e) => {
    view.open = (e.currentTarget as HTMLDetailsElement).open;
  };
  for (const a of ARTICLES)
    asks.append(
      el(
        'p',
        {},
        el('b', {}, `Article ${a} — ${ARTICLE_TEXT[a]}. `),
        ARTICLE_ASKS[a],
        a === 'II' ? embassyLine(s) : '',
      ),
    );
  return el(
    'div',
    { class: 'ledger', testid: 'ledger-panel' },
    el('h3', {}, 'The Accords and the ledger'),
    asks,
    summary,
    renderSecrets(s, session.active, rosterOf(session.scenario)),
    el('p', { class: 'dim', testid: 'ledger-moment' }, momentLine(s, partyLabel)),
    el('div', { class: 'row' }, article, power),
    list,
  );
}

/** Article II's grace years and the embassy's reward, as this game's rules have them. */
function embassyLine(s: GameState): string {
  const reward = embassyRewardWords(s.rules);
  const influence = `at level ${s.rules.influence.embassyBonusLevel} or more, one influence`;
  return ` having none ${s.rules.embassyGraceYears} years after the signing costs standing every year. An embassy earns ${reward ? `${reward}; ${influence}` : influence}.`;
}

/**
 * How a violation's cost was reached, after its line (the price, a repeat, a cover-up, a protest),
 * or nothing when it cost the article's price alone.
 */
function why(s: GameState, e: LedgerEntry): HTMLElement[] {
  const words = costWords(s.rules, e);
  return words === '' ? [] : [el('span', { class: 'dim', testid: 'ledger-why' }, ` (the price: ${words})`)];
}
