// The HUD: the year and years to the centennial, both standings with their thresholds, the
// treaty's status, and the side's support, reserves, industry and influence.
import {
  dueStanding,
  type GameState,
  industryOf,
  influenceOf,
  PARTIES,
  type Party,
  scoreBreakdown,
} from '../../sim/index';
import type { Shown } from '../../store/types';
import { button, el } from './dom';
import { INFLUENCE_IS, influenceSources } from './influence';
import { standingsAt } from './ledger-moment';
import { partyClass, partyLabel } from './names';
import { num, signed } from './numbers';
import { queuePrices } from './purse';
import { supportDanger, supportTip } from './support-words';

function meter(
  label: string,
  value: number,
  cls: string,
  marks: { at: number; low?: boolean; title: string }[],
  due: HTMLElement | null = null,
): HTMLElement {
  const fill = el('div', { class: 'fill' });
  fill.style.width = `${value}%`;
  fill.style.background = `var(--${cls})`;
  const bar = el('div', { class: 'bar', role: 'meter', label: `${label} ${value} of 100` }, fill);
  for (const m of marks) {
    const mark = el('div', { class: `mark${m.low ? ' low' : ''}`, title: m.title });
    mark.style.left = `${m.at}%`;
    bar.append(mark);
  }
  return el(
    'div',
    { class: 'meter' },
    el('span', {}, `${label} `, el('b', { class: cls }, String(value)), due),
    bar,
  );
}

export interface HudActions {
  settings: () => void;
  menu: () => void;
  exportReplay?: () => void;
  share?: () => void;
  howToWin?: () => void;
  rules?: () => void;
}

export function renderHud(session: Shown, actions: HudActions): HTMLElement {
  const s = session.state;
  const t = s.rules.treaty;
  const me: Party = session.active;
  const p = s.powers[me];
  const marks = [
    { at: t.strainedBelow, title: `Below ${t.strainedBelow}: the Accords are strained` },
    {
      at: t.suspendBelow,
      low: true,
      title: `Below ${t.suspendBelow}: the other power may suspend the Accords`,
    },
  ];
  const left = s.lastYear - s.year;
  // What the ledger holds already for the year in progress, counted when it ends (ledger-moment.ts).
  const due = dueStanding(s);
  // What is left once the queued orders are paid: the HUD shows it, not the purse before them, at
  // the queue's own prices (a world's second development at its level: purse.ts).
  const costs = queuePrices(s, me, session.queued[me]);
  const used = costs.reduce((n, c) => n + c.influence, 0);
  // A government that could fall (support-words.ts): its support in red, and why in its tooltip.
  const danger = supportDanger(s, me);
  const spent = costs.reduce((n, c) => n + c.reserves, 0);
  // Cells of two lines each, so that the HUD is one band at 1280 px: the year, the standings, the
  // treaty, the side's purse, the seed, and the buttons.
  return el(
    'header',
    { class: 'hud game-hud', testid: 'hud' },
    el(
      'div',
      { class: 'hud-cell' },
      el('div', { class: 'year', testid: 'hud-year' }, String(s.year)),
      el('div', { class: 'dim' }, `${left} year${left === 1 ? '' : 's'} to ${s.lastYear}`),
    ),
    el(
      'div',
      {
        class: 'hud-cell hud-standings',
        testid: 'hud-standings',
        title: `The standings ${standingsAt(s)}; the ledger's lines of ${s.year} count when it ends`,
      },
      ...PARTIES.map((p) =>
        meter(`${partyLabel(p)} standing`, s.powers[p].standing, partyClass(p), marks, dueMark(s, p, due[p])),
      ),
    ),
    el(
      'span',
      { class: `status ${s.status}`, testid: 'hud-status', title: 'The treaty’s status' },
      `Accords ${s.status.replace('-', ' ')}`,
    ),
    el(
      'div',
      {
        class: 'hud-cell',
        testid: 'hud-power',
        title: 'Reserves and influence: what is left after the orders queued, of what there is',
      },
      // The score as it stands, in play (the playtest found it only in How to win): banked every year.
      el(
        'div',
        {},
        el('b', { class: partyClass(me) }, partyLabel(me)),
        ' · ',
        // Support slid and no screen said how to raise it (playtest): its button says, as influence's.
        // In the colour of danger when its government could fall (playtest 40 read "support 12" plain).
        actions.howToWin
          ? button(`support ${p.support} ?`, actions.howToWin, {
              class: danger ? 'link danger' : 'link',
              testid: 'hud-support',
              title: danger ? `${danger} More in How to win (H).` : supportTip(s, me),
            })
          : el(
              'span',
              danger
                ? { class: 'danger', testid: 'hud-support', title: danger }
                : { testid: 'hud-support', title: supportTip(s, me) },
              `support ${p.support}`,
            ),
        ' · ',
        el(
          'span',
          {
            testid: 'hud-score',
            title:
              'Your score if the game ended now: banked every year, plus the end’s points (How to win, H)',
          },
          `score ${num(scoreBreakdown(s, me).total)}`,
        ),
      ),
      el(
        'div',
        { class: 'dim' },
        `reserves ${p.reserves - spent}/${p.reserves} · industry ${industryOf(s, me)} · `,
        // Influence is the budget of diplomacy: the playtest never learnt what it was. Its own
        // button says it and opens How to win, where its sources and prices are.
        actions.howToWin
          ? button(`influence ${influenceOf(s, me) - used}/${influenceOf(s, me)} ?`, actions.howToWin, {
              class: 'link',
              testid: 'hud-influence',
              title: `${INFLUENCE_IS} This year: ${influenceSources(s, me).join(', ')}. More in How to win (H).`,
            })
          : `influence ${influenceOf(s, me) - used}/${influenceOf(s, me)}`,
      ),
    ),
    el(
      'div',
      { class: 'hud-cell hud-seed' },
      el(
        'span',
        {
          class: 'dim',
          title: `The seed of this game: the same seed gives the same draws (${s.seed})`,
          testid: 'hud-seed',
        },
        `seed ${s.seed}`,
      ),
      button('Copy seed', () => void copySeed(s.seed), {
        testid: 'copy-seed',
        title: 'Copy the seed, to play the same draws again',
      }),
    ),
    el(
      'div',
      { class: 'hud-cell hud-buttons' },
      el(
        'div',
        {},
        actions.howToWin
          ? button('How to win', actions.howToWin, {
              testid: 'open-how-to-win',
              title: 'How the score is made (H)',
            })
          : null,
        actions.rules
          ? button('Rules', actions.rules, { testid: 'open-rules', title: 'The rules (R)' })
          : null,
        button('⚙', actions.settings, { label: 'Settings', title: 'Settings', testid: 'open-settings' }),
        button('Menu', actions.menu, { testid: 'to-title', title: 'Back to the title (the game is saved)' }),
      ),
      actions.exportReplay || actions.share
        ? el(
            'div',
            {},
            actions.exportReplay
              ? button('Export replay', actions.exportReplay, {
                  testid: 'export-replay',
                  title: 'Download this game’s replay so far',
                })
              : null,
            actions.share
              ? button('Share link', actions.share, {
                  testid: 'share-link',
                  title: 'A link that opens this game’s replay',
                })
              : null,
          )
        : null,
    ),
  );
}

/** The lines of the year in progress not yet in `party`'s standing, beside it: "−15 due". */
function dueMark(s: GameState, party: Party, due: number): HTMLElement | null {
  if (due === 0) return null;
  return el(
    'span',
    {
      class: 'due',
      testid: `hud-due-${party}`,
      title: `The ledger holds ${signed(due)} for ${partyLabel(party)} in ${s.year} already: it counts in the standing when ${s.year} ends`,
    },
    ` ${signed(due)} due`,
  );
}

async function copySeed(seed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(seed);
  } catch {
    // No clipboard here: the seed stays on screen to copy by hand.
  }
}
