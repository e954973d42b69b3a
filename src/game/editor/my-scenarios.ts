// "My scenarios" on the New game screen: the scenarios saved from the editor, each parsed again
// before it is offered (storage is input like any other) and playable like the built-in ones; and
// in the editor's Open dialog, where each is opened or deleted.
import type { Json } from '../../editor/json';
import { deleteMyScenario, listMyScenarios, type StorageLike } from '../../editor/work';
import { parseScenario, type Scenario } from '../../sim/index';
import { button, el } from '../ui/dom';

/** A radio row for each saved scenario that parses; those that do not are named, not offered. */
export function myScenarioRows(storage: StorageLike, pick: (s: Scenario) => void): HTMLElement[] {
  const rows: HTMLElement[] = [];
  listMyScenarios(storage).forEach((m, i) => {
    const parsed = parseScenario(m.doc);
    if (!parsed.ok) {
      rows.push(
        el(
          'div',
          { class: 'row dim' },
          `${m.title}: it no longer parses (open it in the editor to mend it).`,
        ),
      );
      return;
    }
    const radio = el('input', { id: `my-scenario-${i}`, testid: `my-scenario-${m.id}` });
    radio.type = 'radio';
    radio.name = 'scenario';
    radio.value = m.id;
    radio.addEventListener('change', () => pick(parsed.value));
    const label = el(
      'label',
      {},
      radio,
      ` ${parsed.value.title} `,
      el('span', { class: 'dim' }, `${parsed.value.firstYear}–${parsed.value.lastYear} · my scenario`),
    );
    label.setAttribute('for', radio.id);
    rows.push(el('div', { class: 'row' }, label));
  });
  return rows;
}

/**
 * A scenario under My scenarios in the Open dialog: open it, or delete it after a second click that
 * says it cannot be undone (nothing in the game deleted one, and a full storage told the player to
 * free space: playtest 29).
 */
export function myScenarioRow(
  m: { id: string; title: string },
  open: () => void,
  storage: StorageLike,
  problems: HTMLElement,
): HTMLElement {
  const row = el('div', { testid: `mine-${m.id}` });
  const buttons = (...b: HTMLElement[]) => el('div', { class: 'row' }, ...b);
  const ask = () =>
    row.replaceChildren(
      el(
        'p',
        {},
        `Delete “${m.title}” from My scenarios? This cannot be undone: export it first to keep a copy.`,
      ),
      buttons(
        button('Delete it', remove, { testid: `delete-mine-yes-${m.id}` }),
        button('Keep it', idle, { testid: `delete-mine-no-${m.id}` }),
      ),
    );
  const remove = () => {
    const r = deleteMyScenario(storage, m.id);
    if (!r.ok) {
      problems.textContent = r.message;
      idle();
      return;
    }
    row.replaceChildren(el('p', { class: 'dim' }, `“${m.title}” is deleted.`));
  };
  const idle = () =>
    row.replaceChildren(
      buttons(
        button(m.title, open, { testid: `open-mine-${m.id}` }),
        button('Delete…', ask, {
          testid: `delete-mine-${m.id}`,
          title: `Delete “${m.title}” from My scenarios`,
        }),
      ),
    );
  idle();
  return row;
}

/**
 * The question Save asks before it replaces another scenario saved under the same id: replace it,
 * or keep both by giving this one an id of its own.
 */
export function replaceQuestion(
  saved: string,
  scenario: { id: string; title: string },
  replace: () => void,
  keep: () => void,
): HTMLElement[] {
  return [
    el(
      'p',
      { testid: 'replace-mine-question' },
      `My scenarios holds “${saved}” under the id “${scenario.id}” already. Saving “${scenario.title}” replaces it, and that cannot be undone. To keep both, give this one an id of its own (the Scenario tab, Id), then save.`,
    ),
    el(
      'div',
      { class: 'row' },
      button(`Replace “${saved}”`, replace, { testid: 'replace-mine-yes' }),
      button('Keep both: I will change the id', keep, { testid: 'replace-mine-no' }),
    ),
  ];
}

/**
 * A built-in scenario as a starting point: an id and a title of its own, so that New game does not
 * list two scenarios of one name, nor a replay take the copy for the built-in (playtest 30).
 */
export function copyOf(doc: unknown): Json {
  const copy = structuredClone(doc) as Record<string, Json>;
  if (typeof copy.id === 'string') copy.id = `${copy.id}-copy`.slice(0, 64);
  if (typeof copy.title === 'string') copy.title = `${copy.title} (a copy)`;
  return copy as Json;
}
