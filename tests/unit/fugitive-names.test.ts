// A fugitive is named once in a game (playtest 18: Captain Elena Varro, extradited to stand trial in
// 2296, fled home again in 2305, for the table drew from five names a side).
import { describe, expect, it } from 'vitest';
import { fugitiveName } from '../../src/sim/event-texts';
import { PARTIES, simulate } from '../../src/sim/index';
import { builtin } from './fixtures';

describe('fugitive names', () => {
  it('name four hundred fugitives a side: each of four slots of each year of a century its own', () => {
    for (const party of PARTIES) {
      const names = Array.from({ length: 400 }, (_, k) => fugitiveName(party, Math.floor(k / 4), k % 4));
      expect(new Set(names).size).toBe(400);
    }
    expect(fugitiveName('federation', 3, 0)).toMatch(/^(Captain|Commander|Lieutenant|Ensign|Dr\.) \w+ \w+$/);
    expect(fugitiveName('klingon', 3, 0)).not.toMatch(/ ,| {2}/);
  });

  it("give a slot's fugitives one first name at most once in nineteen years", () => {
    // Until rules version 32 a slot's first name came back every five years ("Drogan" four times).
    // The first part: a Federation name's all but its surname, a Klingon's before its house or deed.
    const first = (party: 'federation' | 'klingon', year: number, slot: number) => {
      const name = fugitiveName(party, year, slot);
      return party === 'federation' ? name.slice(0, name.lastIndexOf(' ')) : name.split(/,| the | of /)[0];
    };
    for (const party of PARTIES) {
      for (let slot = 0; slot < 4; slot++) {
        for (let year = 0; year < 100; year++) {
          for (let later = year + 1; later < Math.min(100, year + 19); later++)
            expect(first(party, later, slot), `${party} ${year} ${later} ${slot}`).not.toBe(
              first(party, year, slot),
            );
        }
      }
    }
  });

  it('never name one fugitive in two events of a campaign', () => {
    const campaign = builtin('khitomer-accords');
    let renegades = 0;
    for (const seed of ['names-1', 'names-2', 'names-3', 'names-4']) {
      const eventOf = new Map<string, string>();
      const r = simulate(campaign, {
        seed,
        policies: { federation: 'loyalist', klingon: 'loyalist' },
        onTurn: (_report, s) => {
          for (const ob of s.obligations) {
            if (ob.kind !== 'extradition') continue;
            expect(eventOf.get(ob.fugitive) ?? ob.eventId).toBe(ob.eventId);
            if (!eventOf.has(ob.fugitive)) renegades++;
            eventOf.set(ob.fugitive, ob.eventId);
          }
        },
      });
      expect(r.ok).toBe(true);
    }
    // Enough renegades that five names a side would have repeated.
    expect(renegades).toBeGreaterThan(20);
  });
});
