// Why a game ended early, for the end screen: a government that fell is shown its support over the
// years and the largest losses of it (the playtest read only "its support reached 0"), and a
// collapse who suspended the Accords and when, as far as the state records it.
import { caseOf, type GameState, otherParty, type Party, type TurnReport, vouchedIn } from '../../sim/index';
import { named, PARTY_NAMES, PARTY_TITLES, type Roster } from './names';
import { signed } from './numbers';
import { driftWords } from './report-lines';

/** Support across the years from the state's history: at most `points` years, the first and last kept. */
export function supportCourse(s: GameState, party: Party, points = 10): string {
  const years = [...s.history];
  if (years.length === 0) return `Support of ${PARTY_NAMES[party]}: ${s.powers[party].support}.`;
  const step = Math.max(1, Math.ceil((years.length - 1) / (points - 1)));
  const shown = years.filter((_, i) => i % step === 0 || i === years.length - 1);
  return `Support of ${PARTY_NAMES[party]} over the years: ${shown.map((y) => `${y.year} ${y.support[party]}`).join(' → ')}.`;
}

/** The largest falls of `party`'s support in the reports, largest first: "2297 · −8 · why". */
export function largestLosses(
  s: GameState,
  reports: readonly TurnReport[],
  party: Party,
  roster: Roster,
  most = 5,
): string[] {
  const losses: { year: number; delta: number; text: string }[] = [];
  for (const r of reports)
    for (const c of r.changes)
      if (c.kind === 'support' && c.party === party && (c.delta ?? 0) < 0)
        losses.push({
          year: r.year,
          delta: c.delta ?? 0,
          text: c.cause.rule === 'support-drift' ? driftWords(party, c.text) : c.text,
        });
  losses.sort((a, b) => a.delta - b.delta || a.year - b.year);
  return losses.slice(0, most).map((l) => `${l.year} · ${signed(l.delta)} · ${named(s, l.text, roster)}`);
}

/** Who suspended the Accords that collapsed, and since when, as the state records it; null if not known. */
export function collapseLine(s: GameState): string | null {
  if (s.suspendedSince === null) return null;
  const by = s.suspendedBy ? ` by ${PARTY_NAMES[s.suspendedBy]}'s order` : '';
  const c = caseOf(s);
  // Rules version 26: with no order on record, the one power whose standing held at the line; 27,
  // both at the line, the one that vouched for the other's return.
  const held =
    c?.why === 'held'
      ? ` ${PARTY_TITLES[c.party]}'s standing held at ${s.rules.treaty.suspendBelow} or more and ${PARTY_NAMES[otherParty(c.party)]}'s did not: its case is on record.`
      : c?.why === 'vouched'
        ? ` ${PARTY_TITLES[c.party]} had vouched for ${PARTY_NAMES[otherParty(c.party)]}'s return in ${vouchedIn(s, c.party)} and offered a summit to the last: its case is on record.`
        : '';
  return `The Accords were suspended in ${s.suspendedSince}${by}, and no summit restored them before they collapsed.${held}`;
}
