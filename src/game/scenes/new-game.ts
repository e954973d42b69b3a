import Phaser from 'phaser';
import {
  BUILTIN_SCENARIOS,
  builtinScenarioIds,
  formatScenarioError,
  gradeMin,
  LATER_SCENARIOS,
  loadBuiltinScenario,
  loadLaterScenario,
  MAX_SCENARIO_CHARS,
  type Party,
  type Scenario,
} from '../../sim/index';
import { freshSeed, type GameStore } from '../../store/store';
import { OPPONENTS, type Opponent } from '../../store/types';
import { pageStorage } from '../editor/light';
import { myScenarioRows } from '../editor/my-scenarios';
import { starfield } from '../ui/art';
import { button, clear, el, keysLine, mount } from '../ui/dom';
import { PARTY_NAMES, PARTY_TITLES } from '../ui/names';
import { askReplace, replaceBox } from '../ui/replace-question';

const OPPONENT_TEXT: Record<Opponent, string> = {
  loyalist: 'Loyalist AI — keeps every article it can afford',
  pragmatist: 'Pragmatist AI — breaks an article when it pays',
  hawk: 'Hawk AI — territory and support first',
  hotseat: 'Hot seat — a second person on this screen',
};

/** A scenario that grades each side on a ladder of its own (`minFor`) says so, with its top grade. */
function ladders(scenario: Scenario): HTMLElement | null {
  const top = scenario.grades[0];
  if (!top || scenario.grades.every((g) => gradeMin(g, 'federation') === gradeMin(g, 'klingon'))) return null;
  return el(
    'div',
    { class: 'dim', testid: 'scenario-ladders' },
    `Each side is graded on a ladder of its own: ${top.name} at ${gradeMin(top, 'federation')} for ${PARTY_NAMES.federation}, ${gradeMin(top, 'klingon')} for ${PARTY_NAMES.klingon}.`,
  );
}

/** What a scenario is before it is started: its title, years, sides, story and what it teaches. */
function scenarioBrief(scenario: Scenario | null): HTMLElement {
  if (!scenario) return el('div', { class: 'dim' }, 'No scenario chosen');
  const years = scenario.lastYear - scenario.firstYear;
  const sides = scenario.sides.map((p) => PARTY_TITLES[p]).join(' or ');
  return el(
    'div',
    {},
    el('b', {}, scenario.title),
    el(
      'div',
      { class: 'dim', testid: 'scenario-length' },
      `${scenario.firstYear}–${scenario.lastYear}: ${years} year${years === 1 ? '' : 's'}, scored in ${scenario.lastYear}. Play ${sides}.`,
    ),
    ladders(scenario),
    scenario.description ? el('p', { testid: 'scenario-description' }, scenario.description) : null,
    scenario.teaches
      ? el('p', { testid: 'scenario-teaches' }, el('b', {}, 'What it teaches: '), scenario.teaches)
      : null,
  );
}

/** New game: a built-in scenario or a file, the side, the opponent, the seed. */
export class NewGameScene extends Phaser.Scene {
  private scenario: Scenario | null = null;

  constructor(private readonly store: GameStore) {
    super('NewGame');
  }

  create(): void {
    starfield(this);
    const first = loadBuiltinScenario('centennial-eve');
    this.scenario = first.ok ? first.value : null;

    const list = el('div', { testid: 'scenario-list', role: 'radiogroup', label: 'Scenario' });
    const problems = el('div', { class: 'problems', testid: 'scenario-problems', role: 'alert' });
    const chosen = el('div', { class: 'scenario-brief', testid: 'scenario-chosen' });
    const side = el('select', { id: 'side', testid: 'side', label: 'Side' });
    const opponent = el('select', { id: 'opponent', testid: 'opponent', label: 'Opponent' });
    for (const o of OPPONENTS) {
      const opt = el('option', {}, OPPONENT_TEXT[o]);
      opt.value = o;
      opt.selected = o === 'pragmatist';
      opponent.append(opt);
    }
    const seed = el('input', { id: 'seed', testid: 'seed', label: 'Seed' });
    seed.placeholder = 'empty: a fresh seed';
    seed.maxLength = 200;

    const refreshSides = () => {
      // The side chosen stays chosen where the scenario offers it: a scenario fetched when chosen
      // lands after a quick player has picked a side (a test picked the Empire, and the Dominion
      // War's fetch put the Federation back).
      const before = side.value;
      clear(side);
      for (const p of (this.scenario?.sides ?? ['federation', 'klingon']) as Party[]) {
        const o = el('option', {}, PARTY_TITLES[p]);
        o.value = p;
        o.selected = p === before;
        side.append(o);
      }
      clear(chosen);
      chosen.append(scenarioBrief(this.scenario));
    };

    builtinScenarioIds().forEach((id, i) => {
      const parsed = loadBuiltinScenario(id);
      if (!parsed.ok) return;
      const radio = el('input', { id: `scenario-${id}`, testid: `scenario-${id}` });
      radio.type = 'radio';
      radio.name = 'scenario';
      radio.value = id;
      radio.checked = id === 'centennial-eve' || (i === 0 && !BUILTIN_SCENARIOS['centennial-eve']);
      radio.addEventListener('change', () => {
        this.scenario = parsed.value;
        problems.textContent = '';
        refreshSides();
      });
      const label = el(
        'label',
        {},
        radio,
        ` ${parsed.value.title} `,
        el('span', { class: 'dim' }, `${parsed.value.firstYear}–${parsed.value.lastYear}`),
      );
      label.setAttribute('for', radio.id);
      list.append(el('div', { class: 'row' }, label));
    });

    // The scenarios that ship as their own files: fetched when chosen, then read as the others are.
    for (const later of LATER_SCENARIOS) {
      const radio = el('input', { id: `scenario-${later.id}`, testid: `scenario-${later.id}` });
      radio.type = 'radio';
      radio.name = 'scenario';
      radio.value = later.id;
      radio.addEventListener('change', () => {
        this.scenario = null;
        problems.textContent = '';
        clear(chosen);
        chosen.append(el('div', { class: 'dim' }, `Fetching ${later.title}…`));
        void loadLaterScenario(later.id).then((r) => {
          if (!radio.checked) return;
          if (r.ok) {
            this.scenario = r.value;
            refreshSides();
          } else problems.textContent = r.error.map(formatScenarioError).join('\n');
        });
      });
      const label = el(
        'label',
        {},
        radio,
        ` ${later.title} `,
        el('span', { class: 'dim' }, `${later.firstYear}–${later.lastYear}`),
      );
      label.setAttribute('for', radio.id);
      list.append(el('div', { class: 'row' }, label));
    }

    // The scenarios saved from the editor.
    for (const row of myScenarioRows(pageStorage(), (picked) => {
      this.scenario = picked;
      problems.textContent = '';
      refreshSides();
    }))
      list.append(row);

    // A scenario file: picked or dropped. An invalid one shows every problem and loads nothing.
    const fileInput = el('input', {
      id: 'scenario-file-input',
      testid: 'scenario-file-input',
      label: 'Scenario file',
    });
    fileInput.type = 'file';
    fileInput.accept = '.json,application/json';
    const readFile = async (file: File) => {
      problems.textContent = '';
      if (file.size > MAX_SCENARIO_CHARS * 4) {
        problems.textContent = `${file.name}: the file is ${file.size} bytes, too large for a scenario.`;
        return;
      }
      const text = await file.text();
      const r = this.store.readScenarioFile(text);
      if (!r.ok) {
        problems.textContent = `${file.name} is not a valid scenario; nothing was loaded:\n${r.problems.join('\n')}`;
        return;
      }
      this.scenario = r.scenario;
      for (const radio of list.querySelectorAll('input')) radio.checked = false;
      refreshSides();
    };
    fileInput.addEventListener('change', () => {
      const f = fileInput.files?.[0];
      if (f) void readFile(f);
    });
    const drop = el('div', { class: 'card', testid: 'drop-zone' }, 'Or drop a scenario file (.json) here.');
    drop.addEventListener('dragover', (e) => e.preventDefault());
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      const f = e.dataTransfer?.files[0];
      if (f) void readFile(f);
    });

    // A game saved and still in progress is replaced only when the player says so.
    const confirm = replaceBox();
    const start = (replace = false) => {
      if (!this.scenario) return;
      const r = this.store.newGame(
        {
          scenario: this.scenario,
          side: side.value as Party,
          opponent: opponent.value as Opponent,
          seed: seed.value,
        },
        { replace },
      );
      if (r.ok) return;
      if (r.code !== 'game/saved') {
        problems.textContent = r.message;
        return;
      }
      askReplace(confirm, r.message, {
        replace: () => start(true),
        keep: () => {
          const kept = this.store.continueGame();
          if (!kept.ok) problems.textContent = kept.message;
        },
        cancel: () => {
          confirm.hidden = true;
        },
      });
    };
    const dialog = el(
      'div',
      { class: 'dialog', testid: 'new-game-dialog', role: 'dialog', label: 'New game' },
      el('h2', {}, 'New game'),
      el('h3', {}, 'Scenario'),
      list,
      el(
        'div',
        { class: 'row' },
        el('label', { title: 'A scenario file of your own' }, 'From a file'),
        fileInput,
      ),
      drop,
      chosen,
      problems,
      el('div', { class: 'row' }, el('label', {}, 'Side'), side),
      el('div', { class: 'row' }, el('label', {}, 'Opponent'), opponent),
      el(
        'div',
        { class: 'row' },
        el('label', {}, 'Seed'),
        seed,
        button(
          'Generate',
          () => {
            seed.value = freshSeed();
          },
          { testid: 'generate-seed' },
        ),
      ),
      el(
        'div',
        { class: 'row' },
        button('Start', () => start(), { class: 'primary', testid: 'start' }),
        button('Back', () => this.store.goTo('title'), { testid: 'back' }),
        keysLine('start', 'back'),
      ),
      confirm,
    );
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) start();
      if (e.key === 'Escape') this.store.goTo('title');
    });
    refreshSides();
    const remove = mount(dialog);
    if (this.store.store.getState().openFile) fileInput.focus();
    else (list.querySelector('input:checked') as HTMLInputElement | null)?.focus();
    this.events.once('shutdown', remove);
  }
}
