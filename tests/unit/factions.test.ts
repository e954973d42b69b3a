// The hawks at home (DESIGN.md section 15.2, rules version 16): their complaint is not heard when
// the year just ended gave them what they want, and support is hard to hold at the top.
import { describe, expect, it } from 'vitest';
import { halvedAbove } from '../../src/sim/context';
import type { Change, GameState, Order, Party } from '../../src/sim/index';
import { hawksContent } from '../../src/sim/support';
import { addEvents, miniGame, turn } from './fixtures';

/** A change of the year as the report tells it; `order` names the order that caused it. */
function change(
  kind: Change['kind'],
  party: Party | null,
  order?: Order['type'],
  to?: string,
  delta?: number,
): Change {
  return {
    kind,
    party,
    to,
    delta,
    article: null,
    cause: order === undefined ? {} : { order: { party: party ?? 'federation', index: 0, type: order } },
    text: '',
  };
}

describe('what contents the hawks', () => {
  it('a world gained, or enough ships built by their own government (rules version 25)', () => {
    expect(hawksContent([change('territory', null, undefined, 'klingon')], 'klingon', 4)).toBe(
      'a world was gained',
    );
    // A ruling that confirms a world it held already gains nothing (playtest 39: "a world was gained").
    expect(
      hawksContent(
        [{ ...change('territory', 'klingon', undefined, 'klingon'), from: 'klingon' }],
        'klingon',
        4,
      ),
    ).toBeNull();
    expect(
      hawksContent(
        [{ ...change('territory', 'klingon', undefined, 'klingon'), from: 'federation' }],
        'klingon',
        4,
      ),
    ).toBe('a world was gained');
    const built = (...ships: number[]) => ships.map((n) => change('fleet', 'klingon', 'build', undefined, n));
    // Two builds of two ships make the four; one ship a year is not enough (it was, before).
    expect(hawksContent(built(2, 2), 'klingon', 4)).toBe('4 ships were built');
    expect(hawksContent(built(1), 'klingon', 4)).toBeNull();
    expect(hawksContent(built(3), 'klingon', 4)).toBeNull();
    expect(hawksContent(built(1), 'klingon', 1)).toBe('a ship was built');
    // The other power's gains and builds, and a fleet's move, are nothing to them.
    expect(
      hawksContent(
        [
          change('territory', null, undefined, 'federation'),
          change('fleet', 'federation', 'build', undefined, 8),
          change('fleet', 'klingon', 'move', undefined, 8),
        ],
        'klingon',
        4,
      ),
    ).toBeNull();
  });
});

describe('a domestic complaint', () => {
  // The High Council's hawks complain in 2301, of the year 2300.
  const hawks = (s: Parameters<typeof addEvents>[0]) =>
    addEvents(s, {
      year: 2301,
      type: 'domestic',
      title: 'Warriors at the Gate',
      party: 'klingon',
      faction: 'hawks',
      support: -5,
    });
  const at2301 = (orders: Order[]): { state: GameState; text: string } => {
    const r = turn(miniGame(hawks), { klingon: orders });
    const event = r.state.events.find((e) => e.title === 'Warriors at the Gate');
    return { state: r.state, text: event?.text ?? '' };
  };

  it('costs its support when the year gave the faction nothing', () => {
    const quiet = at2301([]);
    // 60, less the hawks' 5 (the fixture's support does not drift).
    expect(quiet.state.powers.klingon.support).toBe(55);
    expect(quiet.text).not.toContain('content');
    // What would quiet the next is said (playtest 25 could not tell).
    expect(quiet.text).toContain(
      "(A year that gains the Klingon Empire a world or builds it 4 ships quiets the hawks' complaint of the year after.)",
    );
  });

  it('from the doves is heard whatever the year did', () => {
    const doves = miniGame((s) =>
      addEvents(s, { year: 2301, type: 'domestic', party: 'federation', faction: 'doves', support: -3 }),
    );
    expect(turn(doves).state.powers.federation.support).toBe(57);
  });

  it('is not heard after a year that gave the hawks what they want, and the card says why', () => {
    const built = at2301([{ type: 'build', system: 'qonos', ships: 4 }]);
    expect(built.state.powers.klingon.support).toBe(60);
    expect(built.text).toContain('But the hawks are content for now: in 2300 4 ships were built.');
    // Two ships are too few to content them (rules version 25).
    expect(at2301([{ type: 'build', system: 'qonos', ships: 2 }]).state.powers.klingon.support).toBe(55);
  });
});

describe('support near the top', () => {
  it('counts half of a gain above the high line, rounded down', () => {
    expect(halvedAbove(78, 5, 80)).toBe(2 + 1);
    expect(halvedAbove(90, 3, 80)).toBe(1);
    expect(halvedAbove(90, 1, 80)).toBe(0);
    expect(halvedAbove(60, 30, 80)).toBe(20 + 5);
  });
});
