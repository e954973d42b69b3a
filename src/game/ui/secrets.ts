// Your secrets: the covert acts of the side playing, whether each has been seen, and the chance
// that one still unseen comes out in the years it can. Only the side's own acts: never the other's.
import type { CovertAct, GameState, Party } from '../../sim/index';
import { el } from './dom';
import { named, type Roster, sentence } from './names';

/** The yearly checks an unseen act still faces: from this year to the last year it can come out. */
export function checksLeft(s: GameState, act: CovertAct): number {
  return Math.max(0, act.year + s.rules.detection.laterYears - s.year + 1);
}

/** The chance, in whole percent, that an unseen act comes out in the checks it still faces. */
export function chanceOut(s: GameState, act: CovertAct): number {
  const p = s.rules.detection.laterPercent / 100;
  return Math.round((1 - (1 - p) ** checksLeft(s, act)) * 100);
}

export function secretsOf(s: GameState, party: Party): CovertAct[] {
  return s.covert.filter((a) => a.party === party);
}

/** The list for the ledger tab. */
export function renderSecrets(s: GameState, party: Party, roster: Roster): HTMLElement {
  const acts = secretsOf(s, party);
  const root = el('div', { testid: 'secrets' }, el('h3', {}, 'Your secrets'));
  if (acts.length === 0) {
    root.append(el('div', { class: 'dim' }, 'No covert act of yours yet.'));
    return root;
  }
  const later = s.rules.detection.laterPercent;
  const list = el('ul', { class: 'secrets' });
  for (const a of [...acts].reverse()) {
    const left = checksLeft(s, a);
    const fate = a.detected
      ? 'Seen: it is in the ledger.'
      : left === 0
        ? 'Never seen, and safe now: too long ago to come out.'
        : `Not seen yet. ${later}% a year that it comes out, for ${left} more year${left === 1 ? '' : 's'}: ${chanceOut(s, a)}% in all.`;
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
  const p = s.rules.detection.laterPercent / 100;
  const next = Math.round((1 - (1 - p) ** hidden.length) * 100);
  return `Your secrets: ${hidden.length} covert act${hidden.length === 1 ? '' : 's'} not seen yet; ${next}% that at least one comes out next year.`;
}
