// Events and obligations: this year's cards, with the article involved, the choices and deadlines.
import { type GameState, type Order, type Party, placeOf, screenOrders, type War } from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Session } from '../../store/types';
import { el } from './dom';
import { named, ownerName, sentence } from './names';
import { orderRow } from './orders';

export function renderEvents(store: GameStore, session: Session): HTMLElement {
  const s = session.state;
  const party = session.active;
  const queued = session.queued[party];
  const choices = screenOrders(s, party);
  const root = el('div', { testid: 'events-panel' });
  root.append(el('h3', {}, `The events of ${s.year}`));
  if (s.events.length === 0) root.append(el('div', { class: 'dim' }, 'A quiet year.'));
  for (const e of s.events) {
    root.append(
      el(
        'div',
        { class: 'card', testid: 'event-card' },
        el('h3', {}, sentence(named(s, e.title))),
        e.article ? el('div', { class: 'article' }, `Article ${e.article}`) : null,
        el('div', { testid: 'event-text' }, sentence(named(s, e.text))),
      ),
    );
  }
  let n = 0;
  const duties = el('div', {}, el('h3', {}, 'Obligations and choices'));
  let any = false;
  // Every choice a card offers, so that none appears twice and none is left off (see below).
  const offered = new Set<string>();
  for (const ob of s.obligations) {
    const mine = choices.filter(
      (o) => ('obligation' in o && o.obligation === ob.id) || (o.type === 'aid' && o.target === ob.id),
    );
    const deadline = `decide by the end of ${ob.deadline}`;
    let title = '';
    if (ob.kind === 'aid')
      title = `Article IV — aid for ${ob.system ? systemName(s, ob.system) : ownerName(s, ob.victim)}: ${ob.need} reserve${ob.need === 1 ? '' : 's'} needed (${ob.delivered[party]} given), ${deadline}`;
    else if (ob.kind === 'extradition')
      title = `Article V — ${ob.fugitive}: extradition demanded of ${ownerName(s, ob.debtor)}, ${deadline}`;
    else
      title = `Article VI — the ruling on ${systemName(s, ob.system)} went to ${ownerName(s, ob.winner)}; ${ownerName(s, ob.debtor)} may accept it by ${ob.deadline}`;
    if (mine.length === 0) continue;
    any = true;
    for (const o of mine) offered.add(JSON.stringify(o));
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'obligation' },
        el('div', {}, title),
        ...mine.map((o) => orderRow(store, s, party, queued, o, n++)),
      ),
    );
  }
  for (const w of s.wars) {
    const mine = warChoices(choices, w, party, offered);
    if (mine.length === 0) continue;
    any = true;
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'war' },
        el(
          'div',
          {},
          `Article III — ${thirdPowers(s, w.thirdPower)} at war with ${ownerName(s, w.victim)} until ${w.until}`,
        ),
        ...mine.map((o) => orderRow(store, s, party, queued, o, n++)),
      ),
    );
  }
  for (const c of s.claims) {
    const mine = choices.filter((o) => o.type === 'arbitrate' && o.dispute === c.id);
    if (mine.length === 0) continue;
    any = true;
    for (const o of mine) offered.add(JSON.stringify(o));
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'claim' },
        el(
          'div',
          {},
          c.kind === 'tariff'
            ? 'Article VI — a tariff quarrel'
            : `Article VI — a claim on ${systemName(s, c.system)}`,
        ),
        ...mine.map((o) => orderRow(store, s, party, queued, o, n++)),
      ),
    );
  }
  // An order given on an event's card that no card above is made for (a new order type): its own card.
  const others = choices.filter((o) => placeOf(o.type) === 'event' && !offered.has(JSON.stringify(o)));
  if (others.length > 0) {
    any = true;
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'other-choices' },
        el('div', {}, 'Other choices'),
        ...others.map((o) => orderRow(store, s, party, queued, o, n++)),
      ),
    );
  }
  if (!any) duties.append(el('div', { class: 'dim' }, 'Nothing is asked of you this year.'));
  root.append(duties);
  return root;
}

function systemName(s: GameState, id: string | null): string {
  return s.systems.find((x) => x.id === id)?.name ?? 'a world';
}

function thirdPowers(s: GameState, id: string): string {
  return s.thirdPowers.find((t) => t.id === id)?.name ?? id;
}

/**
 * The choices a war's card offers `party`: aid to its victim, or arms and support to the attacker —
 * only when the attacker is at war with the other party, never with `party` itself — and none a
 * card above already offered (`shown` collects them), so that no button appears twice.
 */
export function warChoices(choices: readonly Order[], w: War, party: Party, shown: Set<string>): Order[] {
  const mine = choices.filter(
    (o) =>
      (o.type === 'aid' && o.target === w.id) ||
      (w.victim !== party &&
        (o.type === 'covert-arms' || o.type === 'open-support') &&
        o.thirdPower === w.thirdPower),
  );
  const fresh: Order[] = [];
  for (const o of mine) {
    const key = JSON.stringify(o);
    if (shown.has(key)) continue;
    shown.add(key);
    fresh.push(o);
  }
  return fresh;
}
