// "My scenarios" on the New game screen: the scenarios saved from the editor, each parsed again
// before it is offered (storage is input like any other) and playable like the built-in ones.
import { listMyScenarios, type StorageLike } from '../../editor/work';
import { parseScenario, type Scenario } from '../../sim/index';
import { el } from '../ui/dom';

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
