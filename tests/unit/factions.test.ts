// The hawks at home (DESIGN.md section 15.2, rules version 16): their complaint is not heard when
// the year just ended gave them what they want, and support is hard to hold at the top.
import { describe, expect, it } from 'vitest';
import { halvedAbove } from '../../src/sim/context';
import type { Change, GameState, Order, Party } from '../../src/sim/index';
import { hawksContent } from '../../src/sim/support';
import { addEvents, miniGame, turn } from './fixtures';

/** A change of the year as the report tells it; `order` names the order that caused it. */
function change(kind: Change['kind'], party: Party | null, order?: Order['type'], to?: string): Change {
  return {
    kind,
    party,
    to,
    article: null,
    cause: order === undefined ? {} : { order: { party: party ?? 'federation', index: 0, type: order } },
    text: '',
  };
}

describe('what contents the hawks', () => {
  it('a world gained or ships built by their own government', () => {
    expect(hawksContent([change('territory', null, undefined, 'klingon')], 'klingon')).toBe(
      'a world was gained',
    );
    expect(hawksContent([change('fleet', 'klingon', 'build')], 'klingon')).toBe('ships were built');
    // The other power's gains and builds, and a fleet's move, are nothing to them.
    expect(
      hawksContent(
        [
          change('territory', null, undefined, 'federation'),
          change('fleet', 'federation', 'build'),
          change('fleet', 'klingon', 'move'),
        ],
        'klingon',
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
      "(A year that gains the Klingon Empire a world or builds it ships quiets the hawks' next complaint.)",
    );
  });

  it('from the doves is heard whatever the year did', () => {
    const doves = miniGame((s) =>
      addEvents(s, { year: 2301, type: 'domestic', party: 'federation', faction: 'doves', support: -3 }),
    );
    expect(turn(doves).state.powers.federation.support).toBe(57);
  });

  it('is not heard after a year that gave the hawks what they want, and the card says why', () => {
    const built = at2301([{ type: 'build', system: 'qonos', ships: 2 }]);
    expect(built.state.powers.klingon.support).toBe(60);
    expect(built.text).toContain('But the hawks are content for now: in 2300 ships were built.');
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
