// Playtest: the scenario being edited, from its first year or from any year of its timeline, with
// a seed, a side and an opponent. From a later year the years before are played by the AIs and the
// player takes over where they stopped (as "Take over from here" does in the replay viewer), so the
// world of that year is one a game could reach. A saved game in progress is replaced only when the
// author says so.
import {
  AI_PERSONALITIES,
  type AiPersonality,
  otherParty,
  type Party,
  recordGame,
  type Scenario,
} from '../../sim/index';
import { freshSeed, type GameStore } from '../../store/store';
import { OPPONENTS, type Opponent } from '../../store/types';
import { button, clear, el } from '../ui/dom';
import { PARTY_TITLES } from '../ui/names';
import { setPlaytesting } from './light';

export interface PlaytestChoice {
  side: Party;
  opponent: Opponent;
  seed: string;
  year: number;
  /** Who plays the author's side in the years before `year`. */
  before: AiPersonality;
}

/** The years a playtest can start in: the first, and every year of the timeline after it. */
export function playtestYears(scenario: Scenario): number[] {
  const years = new Set([scenario.firstYear]);
  for (const e of scenario.timeline)
    if (e.year > scenario.firstYear && e.year < scenario.lastYear) years.add(e.year);
  return [...years].sort((a, b) => a - b);
}

/** Start the playtest; a sentence says why it could not start. */
export async function startPlaytest(
  store: GameStore,
  scenario: Scenario,
  c: PlaytestChoice,
): Promise<{ ok: true } | { ok: false; message: string }> {
  setPlaytesting(true);
  const r =
    c.year <= scenario.firstYear ? fromFirstYear(store, scenario, c) : await fromYear(store, scenario, c);
  if (!r.ok) setPlaytesting(false);
  return r;
}

function fromFirstYear(store: GameStore, scenario: Scenario, c: PlaytestChoice) {
  const r = store.newGame({ scenario, side: c.side, opponent: c.opponent, seed: c.seed }, { replace: true });
  return r.ok ? { ok: true as const } : { ok: false as const, message: r.message };
}

async function fromYear(
  store: GameStore,
  scenario: Scenario,
  c: PlaytestChoice,
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (c.opponent === 'hotseat')
    return {
      ok: false,
      message: 'Hot seat plays from the first year: choose an AI opponent to start later.',
    };
  const other = otherParty(c.side);
  const played = recordGame(scenario, {
    seed: c.seed,
    policies: { [c.side]: c.before, [other]: c.opponent } as Record<Party, string>,
    maxTurns: c.year - scenario.firstYear,
  });
  if (!played.ok) return { ok: false, message: played.error.message };
  const at = played.value.state;
  if (at.phase === 'ended' || at.year < c.year)
    return {
      ok: false,
      message: `With seed “${c.seed}” the AIs’ game ended in ${at.result?.year ?? at.year}, before ${c.year}: try another seed or an earlier year.`,
    };
  // Through the replay viewer's own way in, so that the game's replay records where it branched.
  const loaded = await store.loadReplay(played.value.replay);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const states = store.store.getState().viewer?.states.length ?? 0;
  store.viewerSeek(states - 1);
  const r = store.takeOverHere(c.side, { replace: true });
  if (!r.ok) return { ok: false, message: r.message };
  store.notify(
    'info',
    `Playtest from ${c.year}: the years before were played by the AIs (your side as a ${c.before}).`,
  );
  return { ok: true };
}

/** The playtest dialog's body: the choices, the question about a saved game, and Start. */
export function playtestForm(store: GameStore, scenario: Scenario): HTMLElement {
  const side = el('select', { testid: 'playtest-side', label: 'Side' });
  for (const p of scenario.sides) {
    const o = el('option', {}, PARTY_TITLES[p]);
    o.value = p;
    side.append(o);
  }
  const opponent = el('select', { testid: 'playtest-opponent', label: 'Opponent' });
  for (const o of OPPONENTS) {
    const opt = el('option', {}, o);
    opt.value = o;
    opt.selected = o === 'pragmatist';
    opponent.append(opt);
  }
  const seed = el('input', { testid: 'playtest-seed', label: 'Seed' });
  seed.value = freshSeed();
  const year = el('select', { testid: 'playtest-year', label: 'From the year' });
  for (const y of playtestYears(scenario)) {
    const event = scenario.timeline.find((e) => e.year === y);
    const o = el(
      'option',
      {},
      y === scenario.firstYear ? `${y} (the first year)` : `${y} (${event?.type ?? ''})`,
    );
    o.value = String(y);
    year.append(o);
  }
  const before = el('select', { testid: 'playtest-before', label: 'Your side before it' });
  for (const p of AI_PERSONALITIES) {
    const o = el('option', {}, `played by a ${p}`);
    o.value = p;
    o.selected = p === 'pragmatist';
    before.append(o);
  }
  const beforeRow = el('div', { class: 'row' }, el('label', {}, 'Until then, your side is'), before);
  const showBefore = () => {
    // The row's class sets its display: `hidden` alone would not hide it.
    beforeRow.style.display = Number(year.value) <= scenario.firstYear ? 'none' : '';
  };
  year.addEventListener('change', showBefore);
  showBefore();
  const problems = el('div', { class: 'problems', role: 'alert', testid: 'playtest-problems' });
  const confirm = el('div', { class: 'card', testid: 'playtest-confirm', role: 'alertdialog' });
  confirm.hidden = true;
  const go = async () => {
    const r = await startPlaytest(store, scenario, {
      side: side.value as Party,
      opponent: opponent.value as Opponent,
      seed: seed.value.trim() || freshSeed(),
      year: Number(year.value),
      before: before.value as AiPersonality,
    });
    if (!r.ok) problems.textContent = r.message;
  };
  const start = () => {
    problems.textContent = '';
    const saved = store.savedGame();
    if (!saved) {
      void go();
      return;
    }
    // As New game does: a game saved and in progress goes only when the author says so.
    clear(confirm);
    const cancel = button(
      'Keep the saved game',
      () => {
        confirm.hidden = true;
      },
      { testid: 'playtest-keep' },
    );
    confirm.append(
      el('div', {}, `A game is saved (${saved}): the playtest would replace it.`),
      el(
        'div',
        { class: 'row' },
        button('Replace it and playtest', () => void go(), { testid: 'playtest-replace' }),
        cancel,
      ),
    );
    confirm.hidden = false;
    cancel.focus();
  };
  return el(
    'div',
    {},
    el(
      'p',
      { class: 'dim' },
      `${scenario.title}, ${scenario.firstYear}–${scenario.lastYear}. Menu, in the game, leads back here with the history as it was.`,
    ),
    el('div', { class: 'row' }, el('label', {}, 'Side'), side),
    el('div', { class: 'row' }, el('label', {}, 'Opponent'), opponent),
    el('div', { class: 'row' }, el('label', {}, 'Seed'), seed),
    el('div', { class: 'row' }, el('label', {}, 'From the year'), year),
    beforeRow,
    problems,
    confirm,
    el('div', { class: 'row' }, button('Start', start, { class: 'primary', testid: 'playtest-start' })),
  );
}
