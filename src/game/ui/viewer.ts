// The replay viewer's panel: play, pause, speed, a year back or forward, a scrubber to any year;
// both sides' orders and the events of the year shown; and Take over from here.
import { originText, PARTIES, type Party } from '../../sim/index';
import type { GameStore } from '../../store/store';
import type { Viewer } from '../../store/types';
import { button, el } from './dom';
import { named, PARTY_NAMES, PARTY_TITLES, partyClass, rosterOf, sentence } from './names';
import { signed } from './numbers';
import { replaceDialog } from './replace-question';
import { verifiedWords, viewerSide } from './viewer-words';

/**
 * `notice`, the store's, is put under Take over, where what a take-over answered is read, in the
 * panel's flow: floating, it covered "Close the replay" (playtest 24).
 */
export function renderViewer(store: GameStore, v: Viewer, notice: HTMLElement | null = null): HTMLElement {
  const state = v.states.at(v.index);
  const report = v.reports[v.index] ?? null;
  const last = v.states.length - 1;
  const root = el('div', { testid: 'viewer-panel' });
  root.append(
    el('h3', {}, `Replay: ${v.scenario?.title ?? v.replay.scenario.id}`),
    el(
      'div',
      { class: 'dim' },
      `seed ${v.replay.seed} · ${PARTIES.map((p) => `${PARTY_TITLES[p]}: ${v.replay.players[p]}`).join(' · ')}`,
    ),
  );
  // What the replay is played on, named as what it is: a changed copy of a built-in says so, even
  // under the built-in's title (as `npm run replay` does).
  const origin = originText(v.replay, v.scenario.title);
  if (origin) root.append(el('div', { class: 'warn', testid: 'viewer-origin' }, `Scenario: ${origin}.`));
  // What the verification checked: the years played as recorded and the hashes compared in them.
  root.append(
    el(
      'div',
      { class: 'dim', testid: 'viewer-verified' },
      verifiedWords(v.replay, v.reports.length, !!v.problem),
    ),
  );
  const { note } = viewerSide(v.replay);
  if (note) root.append(el('div', { class: 'dim', testid: 'viewer-side' }, note));
  if (v.replay.branch)
    root.append(
      el(
        'div',
        { class: 'dim' },
        `Taken over in ${v.replay.branch.fromYear} as ${PARTY_NAMES[v.replay.branch.side]}`,
      ),
    );
  if (v.problem)
    root.append(el('div', { class: 'warn', testid: 'viewer-problem', role: 'alert' }, v.problem));
  const scrub = el('input', { testid: 'viewer-scrubber', label: 'Year' });
  scrub.type = 'range';
  scrub.min = '0';
  scrub.max = String(last);
  scrub.value = String(v.index);
  // Properties, not listeners: the panel is patched in place (patch.ts) and they move with it.
  // They read the node they fire on: the one on screen, not this new one.
  scrub.oninput = (e) => store.viewerSeek(Number((e.currentTarget as HTMLInputElement).value));
  const speed = el('select', { testid: 'viewer-speed', label: 'Speed' });
  for (const n of [1, 2, 4, 8]) {
    const o = el('option', {}, `${n} year${n === 1 ? '' : 's'}/s`);
    o.value = String(n);
    o.selected = n === v.speed;
    speed.append(o);
  }
  speed.onchange = (e) => store.viewerSpeed(Number((e.currentTarget as HTMLSelectElement).value));
  const back = button('◀ Year', () => store.viewerSeek(v.index - 1), {
    testid: 'viewer-back',
    title: 'A year back (←)',
  });
  back.disabled = v.index === 0;
  const play = button(v.playing ? 'Pause' : 'Play', () => store.viewerPlay(!v.playing), {
    testid: 'viewer-play',
    class: 'primary',
    title: 'Play or pause (Space)',
  });
  play.disabled = v.index >= last && !v.playing;
  const fwd = button('Year ▶', () => store.viewerSeek(v.index + 1), {
    testid: 'viewer-forward',
    title: 'A year forward (→)',
  });
  fwd.disabled = v.index >= last;
  root.append(
    el('div', { class: 'row' }, back, play, fwd, speed),
    el('div', { class: 'row' }, scrub, el('b', { testid: 'viewer-year' }, String(state?.year ?? ''))),
  );
  if (state && state.phase !== 'ended') {
    const row = el('div', { class: 'row' }, el('span', { class: 'dim' }, `Take over in ${state.year} as:`));
    for (const p of PARTIES) {
      row.append(
        button(PARTY_NAMES[p], () => takeOver(store, p), {
          testid: `take-over-${p}`,
        }),
      );
    }
    root.append(row);
  } else if (state?.result) {
    root.append(
      el(
        'div',
        { class: 'card' },
        `${state.result.kind === 'centennial' ? 'The centennial' : 'The end'}, ${state.result.year}: ${state.result.cause}`,
      ),
    );
  }
  if (notice) root.append(notice);
  if (state) {
    root.append(el('h3', {}, `The events of ${state.year}`));
    if (state.events.length === 0) root.append(el('div', { class: 'dim' }, 'A quiet year.'));
    for (const e of state.events)
      root.append(
        el(
          'div',
          { class: 'card' },
          el('b', {}, sentence(named(state, e.title, rosterOf(v.scenario)))),
          e.article ? el('div', { class: 'article' }, `Article ${e.article}`) : null,
          el('div', { testid: 'event-text' }, sentence(named(state, e.text, rosterOf(v.scenario)))),
        ),
      );
  }
  if (report) {
    // The orders were given in the state shown (the report is of its year): its names read their ids.
    const say = (text: string) => (state ? named(state, text, rosterOf(v.scenario)) : text);
    root.append(
      el('h3', {}, `Orders of ${report.year}`),
      ...PARTIES.map((p) =>
        el(
          'div',
          { testid: `viewer-orders-${p}` },
          el('b', { class: partyClass(p) }, `${PARTY_TITLES[p]}: `),
          report.orders[p].map((o) => say(o.text)).join('; ') || 'no orders',
        ),
      ),
      el('h3', {}, 'What it cost and earned'),
      el(
        'ul',
        { class: 'report' },
        ...report.ledger.map((e) =>
          el(
            'li',
            { class: e.delta < 0 ? 'bad' : 'good' },
            `${PARTY_TITLES[e.party]} · ${e.article ? `Art. ${e.article} · ` : ''}${signed(e.delta)} · ${say(e.text)}`,
          ),
        ),
      ),
    );
  }
  root.append(
    el(
      'div',
      { class: 'row' },
      button(v.ofSaved ? 'Back to the game' : 'Close the replay', () => store.closeViewer(), {
        testid: 'viewer-close',
      }),
    ),
  );
  return root;
}

/** A take-over replaces a game saved and in progress only when the player says so, as New game asks. */
function takeOver(store: GameStore, side: Party): void {
  const r = store.takeOverHere(side);
  if (r.ok || r.code !== 'game/saved') return;
  replaceDialog(`Take over as ${PARTY_NAMES[side]}`, r.message, {
    replace: () => store.takeOverHere(side, { replace: true }),
    keep: () => store.continueGame(),
    cancel: () => undefined,
  });
}
