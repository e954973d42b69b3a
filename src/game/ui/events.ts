// Events and obligations: this year's cards, with the article involved, the choices and deadlines.
import {
  ACTS_OF_FAITH_WORDS,
  type AidObligation,
  answerableUntil,
  type Demand,
  type GameState,
  type Obligation,
  type Order,
  omissionFrom,
  otherParty,
  type Party,
  placeOf,
  powerName,
  screenOrders,
  shelteredCost,
  summitRewardedWithin,
  violationCost,
  type War,
  wrongedAsTheYearOpened,
} from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Session } from '../../store/types';
import { aidView, generousLine, given, usefulAid, warAidView } from './aid';
import { claimLine } from './claims';
import { defenceCard, defences } from './defence';
import { el } from './dom';
import { named, ownerName, PARTY_NAMES, PARTY_TITLES, rosterOf, sentence } from './names';
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
          `Article III — ${thirdPowers(s, w.thirdPower)} at war with ${ownerName(s, w.victim)} until ${w.until}`,
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
            : `Article VI — a claim on ${systemName(s, c.system)}`,
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
          `Article VI — ${PARTY_TITLES[offer.by]} offers a trade pact (${offer.year}): propose yours by the end of ${offer.year + 1} to sign it, or let it pass, and trade talks close for ${s.rules.economy.talksClosedYears} years.`,
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

/**
 * A year that asks nothing of the side, in words, and what a high standing still asks (playtest 26
 * read "Nothing is asked of you this year", then "−1 · No act of faith this year" in the report),
 * with the acts of faith `choices` (the orders it may give) hold this year: playtest 33 read the whole
 * list four years running with none of them on offer.
 */
export function nothingAsked(s: GameState, party: Party, choices: readonly Order[]): string {
  return `${asked(s, party, choices)}${answersOpen(s, party, choices)}${blameAhead(s, party, choices)}`;
}

/**
 * The Council's blame the year's end brings while the Accords are strained, and whether an answer
 * open now would spare this side's government (playtest 38 read "Nothing is asked of you this year"
 * and then "−2 · both governments are blamed" in seven reports). Step i judges it as the year stands
 * (src/sim/support.ts): strained now, they are strained at step i.
 */
function blameAhead(s: GameState, party: Party, choices: readonly Order[]): string {
  const cost = s.rules.support.strainedPerYear;
  if (s.status !== 'strained' || cost >= 0) return '';
  const line = s.rules.treaty.strainedBelow;
  const other = otherParty(party);
  const own = s.powers[party].standing;
  const blamed = `the Council blames your government at the year's end (${num(cost)} support)`;
  if (own < line)
    return ` The Accords are strained, your own standing (${own}) below ${line}: ${blamed}, whatever you answer.`;
  if (s.powers[party].embassyClosed?.how === 'recalled')
    return ` The Accords are strained: your embassy, recalled in protest, spares your government the Council's blame.`;
  const why = `The Accords are strained (${PARTY_NAMES[other]}'s standing is ${s.powers[other].standing}, below ${line})`;
  // Rules version 26: silence is blamed only where a breach of the other's asked an answer.
  if (!wrongedAsTheYearOpened(s, party))
    return ` ${why}: no breach of ${PARTY_NAMES[other]}'s seen lately asks an answer of you, and the Council blames only its government, while your standing holds at ${line} or more.`;
  const answers = choices.some((o) => o.type === 'demand-reparations' || o.type === 'embargo');
  if (answers)
    return ` The Accords are strained: ${blamed} unless you answer ${PARTY_NAMES[other]}'s breaches seen lately this year with a demand for reparations or sanctions.`;
  return ` ${why}: ${blamed}: ${PARTY_NAMES[other]}'s breaches seen lately go unanswered, and no answer to them is open to you this year.`;
}

/**
 * The answers the Orders tab holds to the other's breaches seen lately (playtest 37 read "Nothing is
 * asked of you this year" while the Orders tab offered them), and until when.
 */
function answersOpen(s: GameState, party: Party, choices: readonly Order[]): string {
  const until = answerableUntil(s, otherParty(party));
  if (until === null) return '';
  const ways: string[] = [];
  if (choices.some((o) => o.type === 'protest')) ways.push('a protest');
  if (choices.some((o) => o.type === 'demand-reparations')) ways.push('a demand for reparations');
  if (choices.some((o) => o.type === 'embargo')) ways.push('sanctions');
  if (choices.some((o) => o.type === 'embassy' && o.action === 'recall')) ways.push('a recall in protest');
  if (ways.length === 0) return '';
  return ` ${PARTY_TITLES[otherParty(party)]}'s breaches seen lately may be answered until ${until}: the Orders tab holds ${ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways.at(-1)}` : ways[0]}.`;
}

function asked(s: GameState, party: Party, choices: readonly Order[]): string {
  const r = s.rules.rewards;
  const standing = s.powers[party].standing;
  if (standing <= r.driftAbove || r.drift <= 0) return 'Nothing is asked of you this year.';
  // Aid given in full before, judged at this year's end, is the year's act of faith (playtest 36 read
  // "none is open to you this year: it will ebb" beside Cardassia's aid, the need met, and no ebb came).
  const judged = s.obligations.find(
    (o): o is AidObligation =>
      o.kind === 'aid' && o.deadline === s.year && o.need > 0 && o.delivered[party] >= o.need,
  );
  if (judged)
    return `Nothing is asked of you this year. Your aid for ${powerName(s, judged.victim)}, given in full, is judged at the year's end: an act of faith, so your standing of ${standing} does not ebb.`;
  const ebb = `Nothing is asked of you this year. But your standing of ${standing} is above ${r.driftAbove}: it ebbs by ${Math.min(r.drift, standing - r.driftAbove)} at the year's end unless you make an act of faith`;
  const open = actsOfFaithOpen(s, party, choices);
  return open.length > 0
    ? `${ebb}. This year you may ${open.join(', or ')}.`
    : `${ebb} (${ACTS_OF_FAITH_WORDS}), and none is open to you this year: it will ebb.`;
}

/** The acts of faith among `choices` when no card asks anything: arbitration, and a rewarded summit. */
function actsOfFaithOpen(s: GameState, party: Party, choices: readonly Order[]): string[] {
  const out: string[] = [];
  for (const o of choices)
    if (o.type === 'arbitrate') out.push(`take ${systemName(s, o.dispute)} to arbitration`);
  const other = PARTY_NAMES[otherParty(party)];
  if (
    choices.some((o) => o.type === 'summit') &&
    !summitRewardedWithin(s, party, s.rules.rewards.summitEveryYears)
  )
    out.push(`propose a summit (it counts if ${other} proposes one too)`);
  return out;
}

/**
 * A fugitive owed to `party`: the other power decides; a shelter past the deadline is a breach to
 * answer. Decided, the card says how it ended (the demand stays on the list to its deadline).
 */
export function owedFugitive(ob: Extract<Obligation, { kind: 'extradition' }>, party: Party): string {
  const other = PARTY_NAMES[otherParty(party)];
  if (ob.decision === 'extradited')
    return `Article V — ${other} has handed ${ob.fugitive} over to you: the article is kept.`;
  if (ob.decision === 'escaped')
    return `Article V — ${ob.fugitive} escaped ${other}'s custody before the hand-over: the matter is closed.`;
  const sheltered = ob.decision === 'sheltered' ? ` ${sentence(other)} shelters them now.` : '';
  return `Article V — ${other} is asked to hand ${ob.fugitive} over to you by the end of ${ob.deadline}; the choice is theirs.${sheltered} Sheltered past the deadline, they are an open breach of Article V, which you may answer from the Orders tab (a protest, a demand for reparations, sanctions).`;
}

/** An obligation in a sentence, as its kind has it: who owes what to whom, and by when. */
export function obligationTitle(s: GameState, ob: Obligation, party: Party, counted: GameState = s): string {
  const by = `by the end of ${ob.deadline}`;
  switch (ob.kind) {
    case 'aid': {
      // What is given, counted with what is queued (`counted`, see aidView).
      const c = counted.obligations.find((x) => x.id === ob.id);
      const has = ob.delivered[party];
      const ordered = (c?.kind === 'aid' ? c.delivered[party] : has) - has;
      const more = ordered > 0 ? `, ${ordered} ordered this year` : '';
      const met = has + ordered >= ob.need ? ': the need met' : '';
      // A world's victim named too: the report thanks the power, not the world (playtest 27 read
      // "aid for Capella IV", then "aid in full to the Gorn Hegemony").
      // A world taken from the victim since is not called its world (playtest 37 read "aid for
      // Romulus, a world of the Romulan Star Empire" under "Romulus is held by the Klingon Empire now").
      const holder = ob.system ? s.systems.find((x) => x.id === ob.system)?.owner : undefined;
      const world = !ob.system
        ? powerName(s, ob.victim)
        : holder && holder !== ob.victim
          ? `${powerName(s, ob.victim)}, struck at ${systemName(s, ob.system)}, ${holder === party ? 'your world' : `held by ${powerName(s, holder)}`} now`
          : `${systemName(s, ob.system)}, a world of ${powerName(s, ob.victim)}`;
      return `Article IV — aid for ${world}: ${plural(ob.need, 'reserve')} needed ${by} (${has} given by you${more}${met}).`;
    }
    case 'extradition':
      // Sheltered already: the card comes back with Extradite first, and a newcomer who took it
      // handed the hero over (−25 support) thinking it was asked (playtest 33, defect 7).
      if (ob.decision === 'sheltered' && ob.debtor === party)
        return `Article V — you shelter ${ob.fugitive} as a hero; ${PARTY_NAMES[otherParty(party)]} asked for them ${by}. Leave this card and they stay with you: at the deadline that breaks Article V (open), ${num(-shelteredCost(s, party, ob.id))} standing at today's price (a breach of Article V seen before then raises it). Handing them over now keeps the article, late.`;
      return `Article V — ${PARTY_NAMES[ob.debtor]} is asked to hand ${ob.fugitive} over ${by}; sheltering them past that breaks Article V.`;
    case 'ruling':
      return `Article VI — the arbiters ruled ${systemName(s, ob.system)} belongs to ${PARTY_NAMES[ob.winner]}; ${PARTY_NAMES[ob.debtor]} must hand it over ${by}, or break Article VI.`;
  }
}

/** How near its ceiling a standing must be for the ceiling to be said to hold it back. */
const CEILING_NEAR = 10;

/** A demand for reparations in a sentence: who asks, how much, by when, and what silence means. */
export function demandText(s: GameState, d: Demand): string {
  const { grievance, standing } = s.powers[d.debtor];
  const ceiling = 100 - grievance;
  // A ceiling far above the standing holds nothing back now: said as such (playtest 28 read "keeps
  // your standing at 76 or less" with a standing of 40).
  const held =
    standing >= ceiling - CEILING_NEAR
      ? ` that keeps your standing at ${ceiling} or less`
      : `: it caps your standing at ${ceiling}, above your ${standing} now`;
  const why =
    grievance > 0
      ? ` for the wrongs it holds against you (a grievance of ${grievance}${held})`
      : ' for the breaches of the Accords it has seen';
  return `${partyTitle(d.by)} demands ${plural(d.amount, 'reserve')} in reparations${why}. Answer by the end of ${d.year + 1}: pay, or refuse. Left unanswered, the demand counts as refused, without the cheer at home.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A power's full title, first in a sentence ("The Klingon Empire"). */
function partyTitle(p: Party): string {
  return PARTY_TITLES[p];
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

/**
 * What a disaster on `party`'s own world hangs on: the other power's aid by the deadline, and the
 * output the world loses for good if it falls short (article-iv.ts `scarWorld`). Null when no world
 * of the party's is at stake.
 */
export function strickenLine(
  s: GameState,
  ob: Extract<Obligation, { kind: 'aid' }>,
  party: Party,
): string | null {
  const world = ob.system === null ? undefined : s.systems.find((x) => x.id === ob.system);
  const most = s.rules.lasting.disasterOutputLoss;
  if (!world || world.owner !== party || ob.need <= 0) return null;
  const other = otherParty(party);
  const sent = ob.delivered[other];
  const loss = Math.min(world.output, most);
  const sentWords = sent > 0 ? ` (${sent} sent so far)` : '';
  const stake =
    loss > 0
      ? ` Should it fall short, ${world.name} loses up to ${loss} output for good, in proportion to what is missing.`
      : '';
  return `Article IV — ${world.name} is stricken: ${PARTY_NAMES[other]} is asked for ${ob.need} reserves of aid by the end of ${ob.deadline}${sentWords}; you cannot aid yourself.${stake}`;
}
