// The map's tip: what a hovered world is — its owner and output, its zone, the fleets there and the
// raid a third power has named it for. A DOM box beside the pointer, never under the side panel.
import { isOccupied, type Party, type System } from '../../sim/index';
import { clear, el, mount } from '../ui/dom';
import { fleetTitle, OCCUPIED_WORDS, ownerName, type Roster, rosterOfFleets, ZONE_WORDS } from '../ui/names';
import { raidYears } from '../ui/raid-words';
import { raidStrengthWords, shownStrength } from '../ui/raiders-strength';
import type { MapShape } from './map-view';

/** The wars whose raiders gather at a named world (rules version 7): the map marks that world. */
export function namedThreats(state: MapShape): NonNullable<MapShape['wars']> {
  return (state.wars ?? []).filter((w) => w.target !== null && w.raiders && w.strength > 0);
}

/** A world beyond the borders (rules version 28: src/sim/scoring.ts `isOccupied`), in a game. */
function occupied(s: MapShape, sys: System): boolean {
  const { debts, year } = s;
  return (
    debts !== undefined && year !== undefined && isOccupied({ thirdPowers: s.thirdPowers, debts, year }, sys)
  );
}

export class MapTip {
  private readonly box = el('div', { class: 'tooltip', testid: 'tooltip' });
  readonly unmount: () => void;

  constructor() {
    this.box.style.display = 'none';
    this.unmount = mount(this.box);
  }

  get shown(): boolean {
    return this.box.style.display !== 'none';
  }

  hide(): void {
    this.box.style.display = 'none';
  }

  /**
   * The tip of `sys` at the pointer's screen point (`px`, `py`); fleets named by `roster` when given,
   * raiders numbered as `party` knows them (raiders-strength.ts) when the reader is known.
   */
  show(s: MapShape, sys: System, roster: Roster | null, party: Party | null, px: number, py: number): void {
    const tip = this.box;
    clear(tip);
    const fleets = s.fleets.filter((f) => f.location === sys.id);
    const owner = (o: string | null) => ownerName(s, o);
    tip.append(
      el('b', {}, sys.name),
      el('div', {}, `${owner(sys.owner)} · output ${sys.output}`),
      el(
        'div',
        {},
        `${ZONE_WORDS[sys.zone] ?? sys.zone}${sys.capital ? ', capital' : ''}${sys.shipyard ? ', shipyard' : ''}`,
      ),
      ...(occupied(s, sys) ? [el('div', { testid: 'tooltip-occupied' }, OCCUPIED_WORDS)] : []),
      ...fleets.map((f) =>
        el(
          'div',
          {},
          `${fleetTitle(s, f, roster ?? rosterOfFleets(s.fleets))}, strength ${shownStrength(s, f, party)}`,
        ),
      ),
      ...namedThreats(s)
        .filter((w) => w.target === sys.id)
        .map((w) =>
          el(
            'div',
            {},
            `Named by ${owner(w.thirdPower)}: ${raidStrengthWords(s, w, party)}, strikes ${raidYears(w, s.lastYear ?? Number.POSITIVE_INFINITY)}`,
          ),
        ),
    );
    tip.style.left = `${px + 14}px`;
    tip.style.top = `${py + 14}px`;
    tip.style.display = 'block';
    // Never under the side panel (nor off the screen): a tip that would reach it opens to the left.
    const edge =
      document.querySelector('[data-testid="side-panel"]')?.getBoundingClientRect().left ?? innerWidth;
    const width = tip.getBoundingClientRect().width;
    if (px + 14 + width > edge) tip.style.left = `${Math.max(0, px - 14 - width)}px`;
  }
}
