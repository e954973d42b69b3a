// Your secrets: the covert acts of the side playing, whether each has been seen, and the chance
// that one still unseen comes out in the years it can. Only the side's own acts: never the other's.
import {
  blinded,
  type CovertAct,
  type GameState,
  laterDetection,
  otherParty,
  type Party,
} from '../../sim/index';
import { el } from './dom';
import { named, PARTY_NAMES, type Roster, sentence } from './names';

/** The yearly checks an unseen act still faces: from this year to the last year it can come out. */
export function checksLeft(s: GameState, act: CovertAct): number {
  return Math.max(0, act.year + s.rules.detection.laterYears - s.year + 1);
}

/**
 * The chance, in whole percent, that an unseen act of `party` comes out in the checks it still faces,
 * at this year's rate: the lower one while the other power has no embassy to see it with (the core's
 * `laterDetection`; playtest 32 read 10% a year here while the Expel row had promised 4%).
 */
export function chanceOut(s: GameState, party: Party, act: CovertAct): number {
  const p = laterDetection(s, party) / 100;
  return Math.round((1 - (1 - p) ** checksLeft(s, act)) * 100);
}

/** The yearly rate in words, and why it is low while the other power's embassy is closed. */
function rateWords(s: GameState, party: Party): string {
  const rate = laterDetection(s, party);
  const other = otherParty(party);
  return blinded(s, other)
    ? `${rate}% a year while ${PARTY_NAMES[other]} has no embassy to see it with (${s.rules.detection.laterPercent}% once it has one)`
    : `${rate}% a year`;
}

export function secretsOf(s: GameState, party: Party): CovertAct[] {
  return s.covert.filter((a) => a.party === party);
}

/** What became of one act of `party`, and what may yet: the Ledger's words beside it. */
export function secretFate(s: GameState, party: Party, a: CovertAct): string {
  const left = checksLeft(s, a);
  if (a.detected) return 'Seen: it is in the ledger.';
  if (left === 0) return 'Never seen, and safe now: too long ago to come out.';
  return `Not seen yet. ${rateWords(s, party)} that it comes out, for ${left} more year${left === 1 ? '' : 's'}: ${chanceOut(s, party, a)}% in all.`;
}

/** The list for the ledger tab. */
export function renderSecrets(s: GameState, party: Party, roster: Roster): HTMLElement {
  const acts = secretsOf(s, party);
  const root = el('div', { testid: 'secrets' }, el('h3', {}, 'Your secrets'));
  if (acts.length === 0) {
    root.append(el('div', { class: 'dim' }, 'No covert act of yours yet.'));
    return root;
  }
  const list = el('ul', { class: 'secrets' });
  for (const a of [...acts].reverse()) {
    const fate = secretFate(s, party, a);
    list.append(
      el(
        'li',
        { class: a.detected ? 'bad' : '', testid: 'secret' },
        `${a.year} · Article ${a.article} · ${sentence(named(s, a.text, roster))} `,
        el('span', { class: 'dim' }, fate),
      ),
    );
  }
  root.append(list);
  return root;
}

/** One line for the report: how many secrets are still hidden, and the risk to them next year. */
export function secretsLine(s: GameState, party: Party): string | null {
  const hidden = secretsOf(s, party).filter((a) => !a.detected && checksLeft(s, a) > 0);
  if (hidden.length === 0) return null;
  const acts = `${hidden.length} covert act${hidden.length === 1 ? '' : 's'}`;
  // The last report has no next year (playtest 22 read "10% … next year" on Centennial Eve's last).
  if (s.phase === 'ended')
    return `Your secrets: ${acts} never seen; the game ended with ${hidden.length === 1 ? 'it' : 'them'} kept.`;
  const p = laterDetection(s, party) / 100;
  const next = Math.round((1 - (1 - p) ** hidden.length) * 100);
  const other = otherParty(party);
  const why = blinded(s, other) ? `, while ${PARTY_NAMES[other]} has no embassy to see them with` : '';
  return `Your secrets: ${acts} not seen yet; ${next}% that at least one comes out next year${why}.`;
}
