// The sentences of the Events tab's cards: an obligation, a fugitive owed, a demand for reparations,
// a stricken world, and the choices a war's card offers.
import {
  type Demand,
  type GameState,
  type Obligation,
  type Order,
  otherParty,
  type Party,
  powerName,
  shelteredCost,
  type War,
} from '../../sim/index';
import { PARTY_NAMES, PARTY_TITLES, sentence } from './names';
import { num } from './numbers';

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
          ? `${powerName(s, ob.victim)}, struck at ${worldName(s, ob.system)}, ${holder === party ? 'your world' : `held by ${powerName(s, holder)}`} now`
          : `${worldName(s, ob.system)}, a world of ${powerName(s, ob.victim)}`;
      return `Article IV — aid for ${world}: ${plural(ob.need, 'reserve')} needed ${by} (${has} given by you${more}${met}).`;
    }
    case 'extradition':
      // Sheltered already: the card comes back with Extradite first, and a newcomer who took it
      // handed the hero over (−25 support) thinking it was asked (playtest 33, defect 7).
      if (ob.decision === 'sheltered' && ob.debtor === party)
        return `Article V — you shelter ${ob.fugitive} as a hero; ${PARTY_NAMES[otherParty(party)]} asked for them ${by}. Leave this card and they stay with you: at the deadline that breaks Article V (open), ${num(-shelteredCost(s, party, ob.id))} standing at today's price (a breach of Article V seen before then raises it). Handing them over now keeps the article, late.`;
      return `Article V — ${PARTY_NAMES[ob.debtor]} is asked to hand ${ob.fugitive} over ${by}; sheltering them past that breaks Article V.`;
    case 'ruling':
      return `Article VI — the arbiters ruled ${worldName(s, ob.system)} belongs to ${PARTY_NAMES[ob.winner]}; ${PARTY_NAMES[ob.debtor]} must hand it over ${by}, or break Article VI.`;
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

/** A world by its name, "a world" when it is not on the map. */
export function worldName(s: GameState, id: string | null): string {
  return s.systems.find((x) => x.id === id)?.name ?? 'a world';
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
