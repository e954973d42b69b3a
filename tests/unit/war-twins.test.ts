// Two wars of one third power on one party (playtest 42: two cards "Breen Confederacy at war with
// Klingon Empire until 2313", each with the same Give button, and the aid went to one twice): each
// war's aid row names which it is, by its raid's world and year.
import { describe, expect, it } from 'vitest';
import { describeOrder, type War, warTwin } from '../../src/sim/index';
import { aWar, miniGame } from './fixtures';

function war(id: string, since: number, target: string | null): War {
  return aWar(id, { victim: 'klingon', since, until: since + 2, target });
}

describe('warTwin', () => {
  it('says nothing of a war alone, and tells two of one power on one party apart', () => {
    const s = miniGame();
    const first = war('w1', s.year, 'qonos');
    const second = war('w2', s.year + 1, null);
    const aid = (target: string) => ({ type: 'aid', target, amount: 5 }) as const;
    const alone = { ...s, wars: [first] };
    expect(warTwin(alone, first)).toBe('');
    expect(describeOrder(alone, 'federation', aid('w1'))).toBe(
      'Send 5 reserves of aid to the Klingon Empire against the Romulan Star Empire',
    );
    const both = { ...s, wars: [first, second] };
    expect(describeOrder(both, 'federation', aid('w1'))).toBe(
      `Send 5 reserves of aid to the Klingon Empire against the Romulan Star Empire (the raid on Qo'noS of ${s.year})`,
    );
    expect(describeOrder(both, 'federation', aid('w2'))).toBe(
      `Send 5 reserves of aid to the Klingon Empire against the Romulan Star Empire (the war of ${s.year + 1})`,
    );
    // Two named alike (the same world and year) are told apart by their order.
    const again = war('w3', s.year, 'qonos');
    const three = { ...s, wars: [first, second, again] };
    expect(warTwin(three, first)).toBe(` (the raid on Qo'noS of ${s.year}, the first of 2)`);
    expect(warTwin(three, again)).toBe(` (the raid on Qo'noS of ${s.year}, the second of 2)`);
    expect(warTwin(three, second)).toBe(` (the war of ${s.year + 1})`);
    // A war of another power, or on the other party, is no twin.
    const other = { ...second, thirdPower: 'gorn' };
    expect(warTwin({ ...s, wars: [first, other] }, first)).toBe('');
    expect(warTwin({ ...s, wars: [first, { ...second, victim: 'federation' as const }] }, first)).toBe('');
  });
});
