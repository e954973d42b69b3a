// Events and obligations: this year's cards, with the article involved, the choices and deadlines.
import {
  type GameState,
  omissionFrom,
  placeOf,
  screenOrders,
  summitRewardedWithin,
  talksClosedFor,
  untilYear,
  violationCost,
  warTwin,
} from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Session } from '../../store/types';
import { aidView, generousLine, given, usefulAid, warAidView } from './aid';
import { claimLine } from './claims';
import { defenceCard, defences } from './defence';
import { el } from './dom';
import {
  demandText,
  obligationTitle,
  owedFugitive,
  strickenLine,
  warChoices,
  worldName,
} from './event-words';
import { named, ownerName, PARTY_NAMES, PARTY_TITLES, rosterOf, sentence } from './names';
import { nothingAsked } from './nothing-asked';
import { num } from './numbers';
import { orderRow } from './orders';
import { maySuspend, suspendedCard, suspensionWords } from './suspension';

export function renderEvents(store: GameStore, session: Session): HTMLElement {
  const s = session.state;
  const party = session.active;
  const queued = session.queued[party];
  const roster = rosterOf(session.scenario);
  // Aid to a disaster: only the amounts that do something (see aid.ts).
  const choices = usefulAid(s, party, queued, screenOrders(s, party));
  const root = el('div', { testid: 'events-panel' });
  root.append(el('h3', {}, `The events of ${s.year}`));
  if (s.events.length === 0) root.append(el('div', { class: 'dim' }, 'A quiet year.'));
  for (const e of s.events) {
    root.append(
      el(
        'div',
        { class: 'card', testid: 'event-card' },
        el('h3', {}, sentence(named(s, e.title, roster))),
        e.article ? el('div', { class: 'article' }, `Article ${e.article}`) : null,
        el('div', { testid: 'event-text' }, sentence(named(s, e.text, roster))),
        e.type === 'dispute' ? claimLine(s, party, e.id) : null,
      ),
    );
  }
  const suspended = suspendedCard(s, party);
  if (suspended) {
    // Vouching for the other's return is asked of this side while it may give it (rules version 27).
    const vouch = choices.filter((o) => o.type === 'vouch');
    for (const o of vouch) suspended.append(orderRow(store, s, party, queued, o, roster));
    root.append(suspended);
  }
  const duties = el('div', {}, el('h3', {}, 'Obligations and choices'));
  let any = false;
  // Obligations this side has met this year: shown below what is asked, not counted with it.
  const done: HTMLElement[] = [];
  // Every choice a card offers, so that none appears twice and none is left off (see below).
  const offered = new Set<string>();
  // A demand for reparations made of `party`: who asks, how much, by when, and what each answer does.
  const demand = s.demands.find((d) => d.debtor === party);
  const answers = choices.filter((o) => o.type === 'reparations');
  if (demand && answers.length > 0) {
    any = true;
    for (const o of answers) offered.add(JSON.stringify(o));
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'demand' },
        el('div', {}, demandText(s, demand)),
        ...answers.map((o) => orderRow(store, s, party, queued, o, roster)),
      ),
    );
  }
  // The other's standing below the line: suspending is a choice asked of this side, with its order.
  const suspend = choices.filter((o) => o.type === 'suspend-accords');
  if (suspend.length > 0 && maySuspend(s, party)) {
    any = true;
    const w = suspensionWords(s, party);
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'suspension' },
        el('div', {}, w.why),
        // The order's row says what suspending does; the card adds what it risks, and the other answer.
        ...suspend.map((o) => orderRow(store, s, party, queued, o, roster)),
        el('div', { class: 'dim' }, w.risk),
        el('div', { class: 'dim' }, w.keep),
      ),
    );
  }
  for (const ob of s.obligations) {
    const mine = choices.filter(
      (o) => ('obligation' in o && o.obligation === ob.id) || (o.type === 'aid' && o.target === ob.id),
    );
    // Aid's words count what is queued for it already; the card says what aid past the need buys.
    const view = ob.kind === 'aid' ? aidView(s, party, queued, ob) : s;
    const title = obligationTitle(s, ob, party, view);
    // A disaster on one of this side's own worlds asks nothing of it, but its world is at stake:
    // playtest 22 read "Nothing is asked of you" and lost Starbase 11's output with no word before.
    if (ob.kind === 'aid' && ob.victim === party) {
      const line = strickenLine(s, ob, party);
      if (line) done.push(el('div', { class: 'card', testid: 'obligation-stricken' }, el('div', {}, line)));
      continue;
    }
    // A fugitive the other power is asked to hand over to this one: the choice is the other's, and the
    // card says so and what this side may do after (playtest 41 read "The Empire wants a trial" and
    // found no card).
    if (ob.kind === 'extradition' && ob.debtor !== party) {
      done.push(
        el('div', { class: 'card', testid: 'obligation-owed' }, el('div', {}, owedFugitive(ob, party))),
      );
      continue;
    }
    if (mine.length === 0) {
      // Aid given in full stays in sight with what was given (the playtest saw its card vanish).
      if (ob.kind === 'aid' && given(ob, party, queued) > 0)
        done.push(el('div', { class: 'card', testid: 'obligation-met' }, el('div', {}, title)));
      continue;
    }
    any = true;
    for (const o of mine) offered.add(JSON.stringify(o));
    const generous = ob.kind === 'aid' ? generousLine(s, party, queued, ob) : null;
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'obligation' },
        el('div', {}, title),
        generous ? el('div', { class: 'dim', testid: 'aid-generous' }, generous) : null,
        ...mine.map((o) => orderRow(store, view, party, queued, o, roster)),
      ),
    );
  }
  // A raid named on one of this side's worlds: what it faces, and the moves that can defend it
  // (playing the campaign, a newcomer lost four worlds in a decade, never told a move would help).
  for (const d of defences(s, party, choices)) {
    any = true;
    duties.append(
      defenceCard(s, d, party, (o) => orderRow(store, s, party, queued, o, roster), roster, queued),
    );
  }
  for (const w of s.wars) {
    const mine = warChoices(choices, w, party, offered);
    if (mine.length === 0) continue;
    any = true;
    const told = warAidView(s, party, queued, w);
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'war' },
        el(
          'div',
          {},
          `Article III — ${thirdPowers(s, w.thirdPower)} at war with ${ownerName(s, w.victim)}${warTwin(s, w)} ${untilYear(s, w.until)}`,
        ),
        ...mine.map((o) => orderRow(store, told, party, queued, o, roster)),
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
            : `Article VI — a claim on ${worldName(s, c.system)}`,
        ),
        ...mine.map((o) => orderRow(store, s, party, queued, o, roster)),
      ),
    );
  }
  // No embassy on the other capital: Article II broken every year once the grace years, or a
  // closing's years, are over (playtest 28 recalled one in protest, and was charged for seventeen
  // years with the Events tab silent).
  const omission = omissionFrom(s, party);
  const establish = choices.filter((o) => o.type === 'embassy' && o.action === 'establish');
  if (omission !== null && omission <= s.year + 1 && establish.length > 0) {
    any = true;
    const cost = violationCost(s, party, 'II/no-embassy');
    const when = omission === s.year ? "at this year's end" : `from ${omission} on`;
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'embassy-missing' },
        el(
          'div',
          {},
          `Article II — you keep no embassy on the other capital: it breaks Article II ${when}, and every year after (${num(-cost)} standing at today's price), until you establish one.`,
        ),
        ...establish.map((o) => orderRow(store, s, party, queued, o, roster)),
      ),
    );
  }
  // The other's offer of a trade pact, standing: answered by proposing one (playtest 27 read the
  // offer in a report line, and neither tab said it stood).
  const offer = s.pactProposal;
  const pact = choices.filter((o) => o.type === 'trade-pact');
  if (offer && offer.by !== party && offer.year >= s.year - 1 && pact.length > 0) {
    any = true;
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'pact-offer' },
        el(
          'div',
          {},
          `Article VI — ${PARTY_TITLES[offer.by]} offers a trade pact (${offer.year}): ${offerWords(s, offer.year)}`,
        ),
        ...pact.map((o) => orderRow(store, s, party, queued, o, roster)),
      ),
    );
  }
  // The other's proposal of a summit, standing, when holding it would earn this side something (its
  // standing, or the Accords restored): held if this side proposes one too. Like the pact's offer,
  // it was said only in a report line.
  const proposal = s.summitProposal;
  const summit = choices.filter((o) => o.type === 'summit');
  if (
    proposal &&
    proposal.by !== party &&
    proposal.year >= s.year - 1 &&
    summit.length > 0 &&
    (s.status === 'suspended' || !summitRewardedWithin(s, party, s.rules.rewards.summitEveryYears))
  ) {
    any = true;
    duties.append(
      el(
        'div',
        { class: 'card', testid: 'summit-offer' },
        el(
          'div',
          {},
          `A summit — ${PARTY_NAMES[proposal.by]} proposed one in ${proposal.year}: propose yours by the end of ${proposal.year + 1} and it is held.`,
        ),
        ...summit.map((o) => orderRow(store, s, party, queued, o, roster)),
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
        ...others.map((o) => orderRow(store, s, party, queued, o, roster)),
      ),
    );
  }
  // The cards that ask something of this side, for the tab's count (the heading is the first child).
  root.dataset.asked = String(duties.childElementCount - 1);
  if (!any)
    duties.append(el('div', { class: 'dim', testid: 'nothing-asked' }, nothingAsked(s, party, choices)));
  duties.append(...done);
  root.append(duties);
  return root;
}

function thirdPowers(s: GameState, id: string): string {
  return s.thirdPowers.find((t) => t.id === id)?.name ?? id;
}

/**
 * What the other's offer of a pact, made in `year`, asks and what letting it pass closes, in the years
 * the game plays: an offer of its last year must be taken up in that year, and one declined as the
 * game ends closes nothing.
 */
function offerWords(s: GameState, year: number): string {
  if (year + 1 >= s.lastYear) return 'propose yours this year to sign it.';
  const closed = talksClosedFor(s, year, s.rules.economy.talksClosedYears);
  return `propose yours by the end of ${year + 1} to sign it${closed === null ? '.' : `, or let it pass, and trade talks close ${closed}.`}`;
}
