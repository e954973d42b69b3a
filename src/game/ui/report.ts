// The year's report: every change of standing, support, territory and treaty status, with its cause.
import type { Change, Party, TurnReport } from '../../sim/index';
import type { Session } from '../../store/types';
import { el } from './dom';
import { named, PARTY_TITLES, rosterOf } from './names';
import {
  atBound,
  boundedLines,
  ceilingWords,
  changeWords,
  endedLine,
  foldLines,
  isCeiling,
  reservesLine,
  splitComing,
  toneOf,
} from './report-lines';
import { secretsLine } from './secrets';
import { suspensionChoice } from './suspension';

/**
 * What the reader of the report may answer in it: the suspension of the Accords, when offered. The
 * report stays open on an answer: only Continue (its button, Enter, Esc) closes it.
 */
export interface ReportChoices {
  reader: Party;
  /** Queues the order; false when it is refused. */
  suspend: () => boolean;
}

/**
 * `game`'s state and roster name the ids in the texts; `party`, when one person plays, gets the line on its secrets;
 * `choices` puts the question asked of the reader where the report tells them of it.
 */
export function renderReport(
  report: TurnReport,
  onContinue: () => void,
  game?: Pick<Session, 'state' | 'scenario' | 'reports'>,
  party?: Party,
  choices?: ReportChoices,
): HTMLElement {
  const state = game?.state;
  const roster = game ? rosterOf(game.scenario) : [];
  const secrets = state && party ? secretsLine(state, party) : null;
  const ended = state ? endedLine(report, state) : null;
  const say = (text: string) => (state ? named(state, text, roster) : text);
  // The year's events and the next year's, revealed as it ended: a support line names its event.
  const events = state ? [...report.events, ...state.events] : report.events;
  const told = splitComing(report.changes, events, report.year);
  const items = (kind: string[]) => told.year.filter((c) => kind.includes(c.kind) && !atBound(c));
  const reader = choices?.reader ?? party;
  const reserves = reader ? reservesLine(told.year, reader, say) : null;
  const purse = reserves
    ? el('li', { class: reserves.delta < 0 ? 'bad' : 'good', testid: 'report-reserves' }, reserves.text)
    : null;
  const list = (
    title: string,
    kinds: string[] | null,
    testid?: string,
    first?: HTMLElement | null,
    last: HTMLElement[] = [],
  ) => {
    const changes = kinds ? items(kinds) : told.coming;
    if (changes.length === 0 && !first && last.length === 0) return null;
    return el(
      'div',
      testid ? { testid } : {},
      el('h3', {}, title),
      el(
        'ul',
        {},
        first ?? null,
        ...foldLines(
          changes.map((c) => {
            // A war's change is of the war's strength, said in its text: a war blunted is no loss to
            // the power that blunted it (the playtest read "−1" in red for its own aid). Aid delivered
            // is reserves, said in its text: a green "+20" beside it was read as standing.
            const delivered = c.kind === 'obligation' && c.cause.order?.type === 'aid';
            // An embassy's change is of its level, said in its text: a green "+1" beside "Art. II"
            // was read as standing (playtest 15).
            // An industry's change is of a world's output, said in its text ("Praxis now yields 2").
            // A grievance's change is of the ceiling on standing, said in its text (isCeiling).
            const ceiling = isCeiling(c);
            // Reserves in the news (a disaster's damage) are said in their text too: "Art. IV · −4"
            // in red was read as a standing lost (playtest 28).
            const reserves = c.kind === 'reserves';
            const delta =
              c.kind === 'war' ||
              c.kind === 'embassy' ||
              c.kind === 'industry' ||
              delivered ||
              ceiling ||
              reserves
                ? undefined
                : c.delta;
            return {
              tone: toneOf(delta),
              head: `${c.party ? `${PARTY_TITLES[c.party]} · ` : ''}${c.article && !reserves ? `Art. ${c.article} · ` : ''}`,
              delta,
              words: ceiling ? ceilingWords(c, say) : changeWords(c, events, say),
            };
          }),
        ).map(({ tone, text }) => el('li', { class: tone }, text)),
        ...last,
      ),
    );
  };
  const next = el('button', { class: 'primary', testid: 'report-continue' }, 'Continue');
  next.type = 'button';
  next.addEventListener('click', onContinue);
  const dialog = el(
    'div',
    { class: 'dialog report', testid: 'report', role: 'dialog', label: `The year ${report.year}` },
    el('h2', {}, `The year ${report.year}`),
    // The lines scroll between the title and the buttons, never under them (the playtest read the
    // last lines beneath a sticky Continue row at 1280 × 720).
    el(
      'div',
      { class: 'report-body', testid: 'report-body' },
      el(
        'div',
        { class: 'dim' },
        `${PARTY_TITLES.federation}: ${ordersOnce(report.orders.federation.map((o) => say(o.text)))}`,
      ),
      el(
        'div',
        { class: 'dim' },
        `${PARTY_TITLES.klingon}: ${ordersOnce(report.orders.klingon.map((o) => say(o.text)))}`,
      ),
      ended ? el('p', { class: 'warn', testid: 'report-ended' }, ended) : null,
      // Asked first: the notice that the other's standing fell below the line is a question, and
      // playtest 23 scrolled past it in the middle of the report.
      state && choices && offered(report, choices.reader)
        ? suspensionChoice(
            state,
            choices.reader,
            choices.suspend,
            () => next.focus({ preventScroll: true }),
            // Asked the year before too: what each answer brings folds away (playtest 28 read the
            // same 90 words ten years running, and stopped reading them).
            game?.reports.some((r) => r.year === report.year - 1 && offered(r, choices.reader)),
          )
        : null,
      list('Standing', ['standing']),
      list('The treaty', ['treaty']),
      list('Support', ['support'], undefined, null, bounded(told.year, say)),
      list('Territory and fleets', ['territory', 'fleet', 'war']),
      list('Embassies, obligations, trade', ['embassy', 'obligation', 'pact', 'intel', 'leader']),
      // The reader's reserves in one line, each cause once with its sum (the other's are its secret,
      // seen only through espionage); every world's output is on the map, both powers' changes here.
      list('Reserves and industry', ['industry'], 'report-economy', purse),
      // The events revealed as the year ended, and what they moved at once: the coming year's news.
      list(`The news of ${report.year + 1}, as the new year opens`, null, 'report-coming'),
      secrets ? el('p', { class: 'warn', testid: 'report-secrets' }, secrets) : null,
    ),
    el(
      'div',
      { class: 'row actions' },
      next,
      el('span', { class: 'dim' }, el('kbd', {}, 'Enter'), ' or ', el('kbd', {}, 'Esc'), ' to continue'),
    ),
  );
  return dialog;
}

/** A power's orders of the year, each once with how many times it was given. */
function ordersOnce(texts: string[]): string {
  const lines = foldLines(texts.map((words) => ({ tone: '', head: '', words })));
  return lines.map(({ text }) => text).join('; ') || 'no orders';
}

/** The changes of support each power's bound swallowed, in one line a power (`boundedLines`). */
function bounded(changes: readonly Change[], say: (text: string) => string): HTMLElement[] {
  return boundedLines(changes, say).map((text) => el('li', { class: 'dim', testid: 'report-bounded' }, text));
}

/** Whether the year's report tells `reader` it may suspend the Accords. */
function offered(report: TurnReport, reader: Party): boolean {
  return report.changes.some((c) => c.party === reader && c.cause.rule === 'suspend-accords');
}
