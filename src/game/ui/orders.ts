// Orders: what can be ordered for the selection and in diplomacy, each with its cost and — before
// it is given — the article it would break, open or covert, the cost if seen and the chance of it.
// Which orders go where is read from their definitions (placeOf, orderSystem in src/sim/orders/
// screen.ts): a new order type needs no edit here.
import {
  attackAsOne,
  buildKeep,
  describeOrder,
  type GameState,
  influenceOf,
  isOccupied,
  labelOf,
  type Order,
  orderCost,
  orderEffect,
  orderSystem,
  type Party,
  placeOf,
  previewOrder,
  screenOrders,
  type ViolationPreview,
} from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Session } from '../../store/types';
import { button, el } from './dom';
import { type Given, givenIn, givenLine, givenScope, takeBack, takenBackLine } from './given';
import { teachingYear } from './hints';
import { INFLUENCE_IS } from './influence';
import { withKeys } from './keys';
import { fleetTitle, named, OCCUPIED_WORDS, ownerName, type Roster, rosterOf, ZONE_WORDS } from './names';
import { notNow, pactNotNow, seizeNotNow } from './not-now';
import { num } from './numbers';
import { paradeLine } from './parade';
import { priceWords, queuePrices, reservesLeft } from './purse';
import { shownStrength } from './raiders-strength';
import { worldMatters } from './world-matters';

/**
 * A breach an order would make, in words: what it costs if seen, and for a covert act when and at
 * what price it may come out, with the support at home the Council takes (playtest 27 read "−15
 * standing if seen" and was charged −6 support as well). `text`: the breach's own words, named.
 */
export function breachWords(v: ViolationPreview, text: string): string {
  if (v.kind === 'open' && v.deadline !== null)
    return `Breaks Article ${v.article} (open): ${num(-v.cost)} standing at the deadline in ${v.deadline}, at today's price: each breach of Article ${v.article} seen before then, and each protest of one, raises it. ${text}`;
  if (v.kind === 'open')
    return `Breaks Article ${v.article} (open): ${num(-v.cost)} standing${v.recurring ? ' a year' : ''}. ${text}`;
  const home = v.exposedSupport < 0 ? ` and ${num(v.exposedSupport)} support at home` : '';
  return `Breaks Article ${v.article} (covert): ${num(-v.cost)} standing${home} if seen, ${v.chance}% chance this year${v.chanceIfEmbassyBack === null ? '' : ` (${v.chanceIfEmbassyBack}% if the other power builds its embassy again this year, as it now may)`}; ${num(-(v.exposureCost ?? 0))}${home ? ` standing${home}` : ''} if exposed later, at today's price. That price rises with each breach of Article ${v.article} seen before then (your other secrets that come out with it among them) and each protest of one, and falls as the years forgive old breaches.`;
}

/** An order in words, every id in it read as a name. */
function said(s: GameState, party: Party, order: Order, roster: Roster): string {
  return named(s, describeOrder(s, party, order), roster);
}

export function orderRow(
  store: GameStore,
  s: GameState,
  party: Party,
  queued: readonly Order[],
  order: Order,
  roster: Roster,
): HTMLElement {
  const p = previewOrder(s, party, order, queued);
  const together =
    order.type === 'attack'
      ? attackAsOne(s, party, order, queued)
      : order.type === 'build'
        ? buildKeep(s, party, order, queued)
        : null;
  // "No influence or reserves", not "free": what else an order costs (support at home, a breach) is
  // in its words above (the playtest read "free" under an extradition that cost −5 support). A
  // world's second development is priced at its level, after the one queued (the preview's cost).
  const costText = p.ok ? priceWords(p.value.cost) : '';
  const warnings = p.ok
    ? p.value.violations.map((v) =>
        el('div', { class: 'warn', testid: 'violation-preview' }, breachWords(v, named(s, v.text, roster))),
      )
    : [el('div', { class: 'dim' }, named(s, p.error.message, roster))];
  const give = button('Give', () => store.issue(order), {
    testid: 'give-order',
    label: `Give: ${said(s, party, order, roster)}`,
  });
  give.disabled = !p.ok;
  // Which order the row gives, for the number keys kept across the year's redraws (assignKeys).
  give.dataset.order = JSON.stringify(order);
  return el(
    'div',
    { class: 'card order', testid: `order-${order.type}` },
    el(
      'div',
      { class: 'desc' },
      el('div', { class: 'kind' }, labelOf(order.type)),
      ` ${said(s, party, order, roster)}`,
      el('div', { class: 'effect', testid: 'order-effect' }, named(s, orderEffect(s, party, order), roster)),
      together ? el('div', { class: 'effect', testid: 'order-together' }, named(s, together, roster)) : null,
      el('div', { class: 'cost' }, costText),
      ...warnings,
    ),
    give,
  );
}

/**
 * The orders queued this year, each with Withdraw. The last the panel gave (`given`) is marked with
 * the line that Backspace takes it back (and, given by a key, which key and tab it was;
 * `choiceWaits`: a choice is asked on the Events tab, not shown); the one Backspace took back is named below.
 */
export function queuedList(
  store: GameStore,
  session: Session,
  given: Given | null = null,
  choiceWaits = false,
  /** The button that ends the year, in the list's heading (see panel.css `.queue-head`). */
  end: HTMLElement | null = null,
): HTMLElement {
  const s = session.state;
  const roster = rosterOf(session.scenario);
  const party = session.active;
  const queued = session.queued[party];
  const list = el(
    'div',
    { testid: 'queued' },
    el('div', { class: 'queue-head' }, el('h3', {}, `Orders for ${s.year}`), end),
  );
  if (queued.length === 0)
    list.append(el('div', { class: 'dim' }, 'None yet. Orders can be withdrawn until the year ends.'));
  const gave = givenIn(given, givenScope(session));
  const back = takeBack(queued, gave);
  // Each order's price as it will be charged (a world developed twice: the second level's).
  const prices = queuePrices(s, party, queued);
  queued.forEach((o, i) => {
    const price = prices[i];
    list.append(
      el(
        'div',
        { class: 'order', testid: 'queued-order' },
        el(
          'span',
          { class: 'desc' },
          said(s, party, o, roster),
          price ? el('span', { class: 'cost', testid: 'queued-price' }, ` — ${priceWords(price)}`) : null,
          ...queuedMarks(s, party, queued, i),
        ),
        button('Withdraw', () => store.withdraw(i), {
          testid: 'withdraw',
          label: `Withdraw: ${said(s, party, o, roster)}`,
        }),
      ),
    );
    if (back?.index === i)
      list.append(
        el(
          'div',
          { class: back.entry.key ? 'given-line keyed' : 'given-line', testid: 'given-line' },
          ...withKeys(givenLine(back.entry, choiceWaits)),
        ),
      );
  });
  if (gave.takenBack)
    list.append(
      el(
        'div',
        { class: 'dim given-line', testid: 'taken-back' },
        takenBackLine(said(s, party, gave.takenBack, roster)),
      ),
    );
  return list;
}

/**
 * The articles the `index`th queued order breaks, as its row said before it was given ("Article III,
 * covert"): a violation queued by a key is seen in the queue (the playtest queued one unseen).
 */
export function queuedViolations(
  s: GameState,
  party: Party,
  queued: readonly Order[],
  index: number,
): string[] {
  const order = queued[index];
  if (!order) return [];
  const p = previewOrder(
    s,
    party,
    order,
    queued.filter((_, j) => j !== index),
  );
  return p.ok ? p.value.violations.map((v) => `Breaks Article ${v.article} (${v.kind})`) : [];
}

function queuedMarks(s: GameState, party: Party, queued: readonly Order[], index: number): HTMLElement[] {
  return queuedViolations(s, party, queued, index).map((w) =>
    el('span', { class: 'warn', testid: 'queued-violation' }, ` — ${w}`),
  );
}

/** The influence the queued orders spend. */
function spentInfluence(s: GameState, party: Party, queued: readonly Order[]): number {
  return queued.reduce((n, o) => n + orderCost(s, party, o).influence, 0);
}

/** The order types that answer the other power's wrongs (DESIGN.md section 15.4). */
const ANSWERS: readonly string[] = [
  'protest',
  'demand-reparations',
  'reparations',
  'suspend-accords',
  'declare-war',
];

/**
 * Whether an order answers a wrong: one of the answers, or sanctions and a recall in protest (an
 * embargo or a recall that, given now, breaks nothing because a breach of the other was seen lately).
 */
export function isAnswer(s: GameState, party: Party, order: Order): boolean {
  if (ANSWERS.includes(order.type)) return true;
  const sanction = order.type === 'embargo' || (order.type === 'embassy' && order.action === 'recall');
  if (!sanction) return false;
  const p = previewOrder(s, party, order, []);
  return p.ok && p.value.violations.length === 0;
}

/** The orders panel: for the selected system (its fleets, the world itself), then diplomacy. */
export function renderOrders(store: GameStore, session: Session, selected: string | null): HTMLElement {
  const s = session.state;
  const roster = rosterOf(session.scenario);
  const party = session.active;
  const queued = session.queued[party];
  const all = screenOrders(s, party);
  const root = el('div', { testid: 'orders-panel' });
  const parade = paradeLine(s, party, queued);
  if (parade) root.append(el('div', { class: 'warn', testid: 'parade-line' }, parade));
  if (selected) {
    const sys = s.systems.find((x) => x.id === selected);
    // The orders of the fleets lying here and those given at this system.
    const here = all.filter((o) => orderSystem(s, o) === selected);
    root.append(el('h3', {}, sys ? `${sys.name}` : selected));
    if (sys) {
      const fleets = s.fleets.filter((f) => f.location === sys.id);
      root.append(
        el(
          'div',
          { class: 'dim' },
          `${ownerName(s, sys.owner)} · output ${sys.output} · ${ZONE_WORDS[sys.zone] ?? sys.zone}${sys.capital ? ' · capital' : ''}${sys.shipyard ? ' · shipyard' : ''}`,
        ),
        ...(isOccupied(s, sys)
          ? [el('div', { class: 'dim', testid: 'world-occupied' }, `${OCCUPIED_WORDS}.`)]
          : []),
        el(
          'div',
          { class: 'dim' },
          fleets.length
            ? `Fleets: ${fleets.map((f) => `${fleetTitle(s, f, roster)}, strength ${shownStrength(s, f, party)}`).join('; ')}`
            : 'No fleets',
        ),
      );
    }
    const matters = worldMatters(s, party, selected);
    for (const line of matters) root.append(el('div', { class: 'warn', testid: 'world-matters' }, line));
    if (here.length === 0)
      root.append(
        el('div', { class: 'dim' }, `Nothing ${matters.length > 0 ? 'else ' : ''}to order here this year.`),
      );
    // What could be ordered here, and why not now (nothing listed when every order is given above).
    for (const line of notNow(s, party, queued, selected))
      root.append(el('div', { class: 'dim', testid: 'not-now' }, line));
    const seizure = seizeNotNow(s, party, queued, selected, roster);
    if (seizure) root.append(el('div', { class: 'dim', testid: 'not-now-seize' }, seizure));
    for (const o of here) root.append(orderRow(store, s, party, queued, o, roster));
  } else {
    // Reserves are spent at the systems, not in diplomacy: a newcomer who never selected one banked
    // 1,281 unspent reserves by 2323 while raiders took four worlds (playtest 15).
    const left = reservesLeft(s, party, queued);
    root.append(
      el(
        'div',
        { class: 'dim', testid: 'orders-select' },
        `Select a system on the map for its fleets and world (or press N for the next of yours, Shift+N for the next of all). Your ${left} reserves are spent there: ships built at a shipyard, worlds developed.`,
      ),
    );
  }
  const diplomacy = all.filter((x) => placeOf(x.type) === 'diplomacy');
  // The answers to a wrong come first, with their keys: the playtest found them at the foot of a
  // long list, past the last number key.
  const answers = diplomacy.filter((o) => isAnswer(s, party, o));
  if (answers.length > 0) {
    root.append(
      el('h3', { testid: 'answers-heading' }, 'Answers'),
      el(
        'div',
        { class: 'dim' },
        'What the Accords let you answer with: a wrong seen lately, a demand made of you, a crisis of the treaty.',
      ),
    );
    for (const o of answers) root.append(orderRow(store, s, party, queued, o, roster));
  }
  root.append(
    el('h3', {}, 'Diplomacy'),
    el(
      'div',
      { class: 'dim', testid: 'influence-note' },
      // What influence is, said in a game's first years (the HUD's tip and How to win say it always).
      `Diplomacy is paid in influence: ${influenceOf(s, party) - spentInfluence(s, party, queued)} of ${influenceOf(s, party)} left this year.${teachingYear(s) ? ` ${INFLUENCE_IS}` : ''}`,
    ),
  );
  for (const o of diplomacy)
    if (!answers.includes(o)) root.append(orderRow(store, s, party, queued, o, roster));
  const pact = diplomacy.some((o) => o.type === 'trade-pact') ? null : pactNotNow(s, party, queued);
  if (pact) root.append(el('div', { class: 'dim', testid: 'not-now-pact' }, pact));
  return root;
}
