// What each event does when it is revealed (DESIGN.md section 10): its card filled with the names
// it draws, the obligation, war, claim or offer it makes, and what its words cannot know said on the
// card. Which events come is ./events.ts's: nothing here draws a number it did not hand over.
import { appendLedger, type Ctx, changeReserves, changeSupport, note } from './context';
import { expose } from './covert';
import { soughtText, sparedText, turnedAway } from './debts';
import { type Draws, drawParty, pick, pickOwned, pickWeighted } from './event-draws';
import {
  EVENT_TEXT,
  type EventType,
  type EventWords,
  fill,
  fugitiveName,
  mootTrade,
  names,
  RULING_STANDS_WORDS,
  TYPE_WORDS,
  template,
} from './event-texts';
import { plural } from './orders/define';
import type { EventSpec } from './scenario/schema';
import { hawksContent } from './support';
import { announceThreat } from './threats';
import {
  type Article,
  type GameState,
  isParty,
  otherParty,
  PARTIES,
  PARTY_NAMES,
  type Party,
  type System,
  sentence,
  type War,
} from './types';
import { aggressionIn, findSystem, powerName, systemName, thirdPowerName } from './world';

/**
 * Why no arbiter can hear a claim on `system` as the state stands, as a sentence with its leading
 * space, or '' when one can (rules version 17: a claim no arbiter can hear says so, audit 25).
 */
export function claimUnheard(s: GameState, system: System): string {
  if (system.zone !== 'disputed') return '';
  if (system.owner !== null && !isParty(system.owner))
    return ` But ${powerName(s, system.owner)} holds ${system.name}: no arbiter of the Accords can award it.`;
  return s.status === 'suspended' ? ' No arbiter sits while the Accords are suspended.' : '';
}

/** The event joins the year's events, and the report. */
function reveal(
  ctx: Ctx,
  id: string,
  type: EventType,
  title: string,
  text: string,
  article: Article | null,
  scripted: boolean,
): void {
  ctx.s.events.push({ id, year: ctx.year, type, title, text, article, scripted });
  note(ctx, { kind: 'obligation', party: null, article, cause: { event: id }, text: `${title}: ${text}` });
}

/**
 * An event comes: its card is filled with what its numbers `u` drew and joins the year's events, and
 * what it makes is made. `slot` (its place among the year's draws) names a renegade the entry leaves
 * unnamed.
 */
export function applyEvent(
  ctx: Ctx,
  spec: EventSpec,
  words: EventWords,
  id: string,
  scripted: boolean,
  u: Draws,
  slot: number,
): void {
  const s = ctx.s;
  const vars: Record<string, string> = {};
  const cause = { event: id };
  let article = EVENT_TEXT[spec.type].article;
  let title = words.title;
  let text = words.text;
  // Warnings of raiders gathering, added to an incursion's text (filled as its words are).
  let warnings = '';

  switch (spec.type) {
    case 'disaster': {
      const named = spec.victim === 'any' ? drawParty(u.party) : spec.victim;
      const system = spec.system ?? pickOwned(u.system, s.systems, named)?.id ?? null;
      // Rules version 25: a world a signatory holds is that signatory's to suffer for, and the other's
      // to relieve under Article IV (playtest 37: Hobus asked the Empire to relieve Romulus, its own).
      const holder = system === null ? null : (findSystem(s, system)?.owner ?? null);
      const taker: Party | null = holder !== null && isParty(holder) && holder !== named ? holder : null;
      const victim = taker ?? named;
      vars.victim = isParty(victim) ? PARTY_NAMES[victim] : thirdPowerName(s, victim);
      // A third power that holds no world: named with its article ("The star of Romulan Star Empire
      // flares", playtest 33; rules version 21).
      vars.system = system ? systemName(s, system) : powerName(s, victim);
      vars.need = String(spec.need);
      s.obligations.push({
        id: `${id}-aid`,
        kind: 'aid',
        article: 'IV',
        eventId: id,
        victim,
        system,
        need: spec.need,
        deadline: ctx.year + spec.deadline - 1,
        delivered: { federation: 0, klingon: 0 },
      });
      if (spec.need <= 0) s.obligations.pop(); // asks nothing: no obligation, no choice (rules v8)
      // Rules version 17: a card names what its words cannot know (audit 25): who holds the world
      // its author named, when its victim no longer does, and a victim that holds no world at all.
      const struck = system === null ? undefined : findSystem(s, system);
      const where =
        taker && struck
          ? ` ${struck.name} is held by ${PARTY_NAMES[taker]} now: the disaster strikes ${PARTY_NAMES[taker]}, and Article IV asks ${PARTY_NAMES[otherParty(taker)]} for the relief.`
          : struck && struck.owner !== victim
            ? heldNow(s, struck)
            : system === null && !isParty(victim)
              ? ` ${sentence(powerName(s, victim))} holds no world now: its people ask for the aid all the same.`
              : '';
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars) + where, article, scripted);
      // After its card: the news tells the disaster, then what it destroyed (playtest 28 read the loss first).
      const damage = spec.damage ?? ctx.rules.economy.disasterDamage;
      if (isParty(victim) && damage > 0)
        changeReserves(
          ctx,
          victim,
          -damage,
          cause,
          `The disaster destroys ${plural(damage, 'reserve')}.`,
          'IV',
        );
      return;
    }
    case 'incursion': {
      let attacker = spec.attacker;
      if (attacker === 'any') {
        const weights = s.thirdPowers.map((t) => aggressionIn(t, ctx.year));
        const chosen = s.thirdPowers[pickWeighted(u.attacker, weights)];
        if (!chosen) return; // no third power is aggressive in this era
        attacker = chosen.id;
      }
      const resents = s.thirdPowers.find((t) => t.id === attacker)?.resents ?? null;
      const drawn: Party[] =
        spec.victim === 'both'
          ? [...PARTIES]
          : spec.victim === 'any'
            ? [drawParty(u.party)]
            : spec.victim === 'resented'
              ? [resents ?? drawParty(u.party)]
              : [spec.victim];
      // A third power that remembers a party's relief turns its raid on the other (rules version 9).
      // One refused relief seeks the refuser first (rules version 11).
      const { victims, spared, sought } = turnedAway(
        s,
        attacker,
        drawn,
        !spec.target && spec.victim !== 'both',
      );
      for (const p of spared) warnings += ` ${sparedText(s, attacker, p)}`;
      for (const p of sought) warnings += ` ${soughtText(s, attacker, p)}`;
      if (victims.length === 0) {
        vars.attacker = thirdPowerName(s, attacker);
        vars.victim = drawn.map((v) => PARTY_NAMES[v]).join(' and ');
        vars.system = `the border of ${vars.victim}`;
        // No war comes: the author's words ("who will stand beside the victim?") asked a question
        // the game then did not (playtest 24); the card says what happened instead.
        reveal(ctx, id, spec.type, fill(title, vars), `No war comes of it.${warnings}`, article, scripted);
        return;
      }
      vars.attacker = thirdPowerName(s, attacker);
      vars.victim = victims.map((v) => PARTY_NAMES[v]).join(' and ');
      vars.system = spec.target ? systemName(s, spec.target) : `the border of ${vars.victim}`;
      // Rules version 17: a card names what its words cannot know (audit 25): who holds the world
      // its author named, when the victim no longer does, and a victim no world of which lies
      // within the third power's reach (its raiders then gather nowhere).
      const named = spec.target ? findSystem(s, spec.target) : undefined;
      if (named && !victims.some((v) => named.owner === v)) warnings += heldNow(s, named);
      const unreached: Party[] = [];
      for (const victim of victims) {
        const war: War = {
          id: `${id}-${victim}`,
          eventId: id,
          thirdPower: attacker,
          victim,
          since: ctx.year,
          until: ctx.year + spec.years - 1,
          strength: spec.strength,
          target: spec.target ?? null,
          aidedBy: [],
          raiders: null,
          armedBy: [],
          supportedBy: [],
          took: [],
        };
        s.wars.push(war);
        const warning = announceThreat(ctx, war);
        if (warning) warnings += ` ${fill(template(warning), vars)}`;
        else if (ctx.rules.threats.warningYears > 0) unreached.push(victim);
      }
      if (unreached.length > 0)
        warnings += ` No world of ${unreached.map((v) => PARTY_NAMES[v]).join(' or ')} lies within ${powerName(s, attacker)}'s reach: no raiders gather.`;
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars) + warnings, article, scripted);
      return;
    }
    case 'renegade': {
      const origin = spec.origin === 'any' ? drawParty(u.party) : spec.origin;
      const fugitive = spec.fugitive ?? fugitiveName(origin, ctx.year - s.firstYear, slot);
      vars.fugitive = fugitive;
      vars.origin = PARTY_NAMES[origin];
      vars.victim = PARTY_NAMES[otherParty(origin)];
      s.obligations.push({
        id: `${id}-extradition`,
        kind: 'extradition',
        article: 'V',
        eventId: id,
        fugitive,
        debtor: origin,
        requested: ctx.year,
        deadline: ctx.year + spec.deadline - 1,
        decision: null,
      });
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      return;
    }
    case 'dispute': {
      // The world is drawn from the scenario's disputed worlds, not from those still in dispute, so
      // that what the powers did never changes which events come.
      const worldId = spec.system === 'any' ? pick(u.system, s.disputedWorlds) : spec.system;
      const system = worldId === undefined ? undefined : findSystem(s, worldId);
      if (!system) return;
      const drawn = spec.claimant === 'any' ? drawParty(u.party) : spec.claimant;
      // A world held by one party is claimed by the other: a ruling settles one claim, not the
      // world for good (section 15.5), so the loser of the last one may press again.
      const claimant = system.owner !== null && isParty(system.owner) ? otherParty(system.owner) : drawn;
      vars.system = system.name;
      vars.party = PARTY_NAMES[claimant];
      // An author's words that name no {party} were written for the claimant the entry names: the
      // other's claim is told in the dispute's own words (rules version 12).
      if (claimant !== spec.claimant && spec.claimant !== 'any' && !names(text, 'party'))
        text = TYPE_WORDS.dispute.text;
      if (system.zone !== 'disputed') {
        text = RULING_STANDS_WORDS;
      } else if (!s.claims.some((c) => c.system === system.id)) {
        s.claims.push({
          id: `${id}-claim`,
          eventId: id,
          kind: 'territory',
          system: system.id,
          claimant,
          since: ctx.year,
        });
      }
      reveal(
        ctx,
        id,
        spec.type,
        fill(title, vars),
        fill(text, vars) + claimUnheard(s, system),
        article,
        scripted,
      );
      return;
    }
    case 'trade': {
      const party = drawParty(u.party);
      vars.party = PARTY_NAMES[party];
      // What cannot be is not offered (rules version 12): the card says why, in the rules' words
      // (the playtest read "Merchants at the Border" offer a pact already in force).
      const moot = mootTrade(s, spec.kind);
      let whose = '';
      if (moot !== null) {
        text = moot;
        // The type's own title names the offer or the quarrel ("A trade pact offered"): plain "Trade".
        if (spec.title === undefined) title = TYPE_WORDS.trade.title;
      } else if (spec.kind === 'pact-offer') {
        s.pactProposal = { by: party, year: ctx.year };
        // Whose offer it stands as, which the words cannot know (playtest 27: a pact was signed "with
        // no order of mine", the traders' offer standing in its name).
        whose = ` The offer stands in the name of ${PARTY_NAMES[party]}: a pact is signed if ${PARTY_NAMES[otherParty(party)]} proposes one this year or next.`;
      } else {
        s.claims.push({
          id: `${id}-tariff`,
          eventId: id,
          kind: 'tariff',
          system: null,
          claimant: null,
          since: ctx.year,
        });
      }
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars) + whose, article, scripted);
      return;
    }
    case 'domestic': {
      const party = spec.party === 'any' ? drawParty(u.party) : spec.party;
      vars.party = PARTY_NAMES[party];
      // Rules version 16: the hawks' complaint is not heard when the year just ended gave them what
      // they want (an Empire that has just retaken two worlds did not forget how to fight).
      const content =
        spec.faction === 'hawks' && spec.support < 0 && ctx.year > s.firstYear
          ? hawksContent(ctx.changes, party, ctx.rules.support.hawksShips)
          : null;
      // Heard, the card says what quiets the next (playtest 25 read "something else worth singing
      // about" and could not tell what would count).
      const quiet =
        content !== null
          ? ` But the hawks are content for now: in ${ctx.year - 1} ${content}. Their complaint costs no support.`
          : spec.faction === 'hawks' && spec.support < 0
            ? ` (A year that gains ${PARTY_NAMES[party]} a world or builds it ${plural(ctx.rules.support.hawksShips, 'ship')} quiets the hawks' complaint of the year after.)`
            : '';
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars) + quiet, article, scripted);
      if (content === null) changeSupport(ctx, party, spec.support, cause, fill(title, vars));
      return;
    }
    case 'exposure': {
      const act = s.covert.find((c) => !c.detected);
      // Rules version 17: a leak with nothing left unseen says so (audit 25).
      const none = act
        ? ''
        : ' But neither power keeps a secret no one has seen: the files tell only what is known already.';
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars) + none, article, scripted);
      if (act) expose(ctx, act, 'An intelligence leak', cause, true);
      return;
    }
    case 'historic': {
      article = null;
      reveal(ctx, id, spec.type, fill(title, vars), fill(text, vars), article, scripted);
      for (const party of PARTIES) {
        const st = spec.standing?.[party];
        if (st) {
          appendLedger(ctx, {
            year: ctx.year,
            party,
            article: null,
            kind: st > 0 ? 'reward' : 'violation',
            code: 'event',
            delta: st,
            priors: 0,
            text: fill(title, vars),
          });
        }
        const su = spec.support?.[party];
        if (su) changeSupport(ctx, party, su, cause, fill(title, vars));
      }
      return;
    }
  }
}

/** Who holds a world its card named, when its victim no longer does: " Khitomer is held by … now." */
function heldNow(s: GameState, sys: System): string {
  return ` ${sys.name} is ${sys.owner === null ? 'held by no one' : `held by ${powerName(s, sys.owner)}`} now.`;
}
