// The names the screens read ids by (src/game/ui/names.ts): fleets sail under names of their own,
// kept when they move, distinct for each owner's fleets, and a move says from where to where.
import { describe, expect, it } from 'vitest';
import { fleetNames, named, rosterOf } from '../../src/game/ui/names';
import { createGame, describeOrder, type GameState } from '../../src/sim/index';
import { builtin, turn } from './fixtures';

const roster = rosterOf(builtin('khitomer-accords'));

function campaign(): GameState {
  const r = createGame(builtin('khitomer-accords'), {
    seed: 'names',
    controllers: { federation: 'human', klingon: 'human' },
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('fleet names', () => {
  it('give every fleet a name of its own, distinct among its owner’s, without its id or its place', () => {
    const s = campaign();
    const names = fleetNames(s, roster);
    expect(names.size).toBe(s.fleets.length);
    for (const f of s.fleets) {
      const name = names.get(f.id) ?? '';
      expect(name).not.toContain(f.id);
      // A power's fleet is not named for where it lies (a third power's names its owner, whose
      // home world may share the word).
      const place = s.systems.find((x) => x.id === f.location)?.name ?? '';
      if (f.owner === 'federation' || f.owner === 'klingon') expect(name).not.toContain(place);
    }
    for (const owner of new Set(s.fleets.map((f) => f.owner))) {
      const mine = s.fleets.filter((f) => f.owner === owner).map((f) => names.get(f.id));
      expect(new Set(mine).size).toBe(mine.length);
    }
    expect(names.get('fed-home')).toMatch(/^the [A-Z][\w']* Task Force$/);
    expect(names.get('kdf-home')).toMatch(/^the [A-Z][\w']* Squadron$/);
    expect(names.get('rom-romulus')).toMatch(/^the Romulan Star Empire fleet [A-Z][a-z]+$/);
  });

  it('keep a fleet’s name when it moves, and the move says from where to where', () => {
    const s = campaign();
    const before = fleetNames(s, roster).get('fed-home');
    const order = { type: 'move' as const, fleet: 'fed-home', to: 'vulcan' };
    const said = named(s, describeOrder(s, 'federation', order), roster);
    expect(said).toBe(`${before?.replace(/^the/, 'The')} moves from Sol to Vulcan`);
    const after = turn(s, { federation: [order] }).state;
    expect(after.fleets.find((f) => f.id === 'fed-home')?.location).toBe('vulcan');
    expect(fleetNames(after, roster).get('fed-home')).toBe(before);
  });

  it('name a third power’s fleet and its owner once, not twice', () => {
    const s = campaign();
    // As an id, and as the core's words name its owner, with the article (rules version 17).
    for (const owner of ['romulan', 'the Romulan Star Empire']) {
      const said = named(s, `Fleet kdf-home attacks fleet rom-romulus (${owner}) at Romulus`, roster);
      expect(said).toMatch(
        /^The [A-Z][\w']* Squadron attacks the Romulan Star Empire fleet [A-Z][a-z]+ at Romulus$/,
      );
    }
  });

  it('name a third power’s raiders as raiders, and their owner once', () => {
    const s = campaign();
    const raiders = { id: 'raiders-e2305-r0', owner: 'romulan', location: 'romulus', strength: 9 };
    const withRaiders = { ...s, fleets: [...s.fleets, raiders] };
    expect(fleetNames(withRaiders, roster).get(raiders.id)).toMatch(
      /^the Romulan Star Empire raiders [A-Z][a-z]+$/,
    );
    // Its home fleet is still a fleet.
    expect(fleetNames(withRaiders, roster).get('rom-romulus')).toMatch(/ fleet [A-Z][a-z]+$/);
    const said = named(
      withRaiders,
      `Fleet kdf-home attacks fleet ${raiders.id} (the Romulan Star Empire)`,
      roster,
    );
    expect(said).toMatch(/^The [A-Z][\w']* Squadron attacks the Romulan Star Empire raiders [A-Z][a-z]+$/);
  });
});

describe('a fleet’s name for its whole life', () => {
  // The playtest (seed play20): the Bortas Squadron (kdf-hatoria) was lost at Mempa in 2296, and
  // from then on the Vor'cha (kdf-tygokor, 7 ships) was called the Bortas; a fleet built in 2297
  // took the name Vor'cha. A name settled among the fleets afloat moved when one sank.
  const built = (owner: 'federation' | 'klingon', n: number) => ({
    id: `${owner}-${n}`,
    owner,
    location: owner === 'federation' ? 'sol' : 'qonos',
    strength: 2,
  });

  it('is kept when the fleet whose name it might have taken is lost', () => {
    const s = campaign();
    const all = fleetNames(s, roster);
    const lost = { ...s, fleets: s.fleets.filter((f) => f.id !== 'kdf-hatoria') };
    const after = fleetNames(lost, roster);
    for (const f of lost.fleets) expect(after.get(f.id)).toBe(all.get(f.id));
    // A fleet built after the loss does not take the lost one's name either.
    const next = fleetNames({ ...lost, fleets: [...lost.fleets, built('klingon', 1)] }, roster);
    expect(next.get('klingon-1')).not.toBe(all.get('kdf-hatoria'));
  });

  it('never depends on which other fleets are afloat, and two afloat never share one', () => {
    const s = campaign();
    const fleets = [
      ...s.fleets,
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((n) =>
        built(n % 3 === 0 ? 'federation' : 'klingon', n),
      ),
    ];
    const whole = fleetNames({ ...s, fleets }, roster);
    expect(new Set(whole.values()).size).toBe(fleets.length);
    // Every afloat subset (a mask drawn by a small fixed generator) names its fleets as the whole does.
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      const some = fleets.filter(() => {
        seed = (seed * 1103515245 + 12345) >>> 0;
        return (seed >>> 16) % 3 !== 0;
      });
      const names = fleetNames({ ...s, fleets: some }, roster);
      for (const f of some) expect(names.get(f.id)).toBe(whole.get(f.id));
    }
  });

  it('reads the same in a year’s texts after the loss (the report named both moves the Bortas)', () => {
    const s = campaign();
    const lost = { ...s, fleets: s.fleets.filter((f) => f.id !== 'kdf-hatoria') };
    const text = 'Fleet kdf-hatoria moves. Fleet kdf-tygokor moves.';
    const [a, b] = named(lost, text, roster).split('. ');
    expect(a?.replace(' moves', '')).not.toBe(b?.replace(' moves.', ''));
    expect(b).toBe(`${fleetNames(s, roster).get('kdf-tygokor')?.replace(/^the/, 'The')} moves.`);
  });
});

describe('a text with names', () => {
  it('opens each sentence with a capital, when the core fills a name in lower case', () => {
    // Playtest 30's own event: "…of Andor. {party} asks…" read "Andor. the Federation asks".
    const s = campaign();
    expect(named(s, 'A plague on Andor. the Federation asks for aid. who answers? the Empire.', roster)).toBe(
      'A plague on Andor. The Federation asks for aid. Who answers? The Empire.',
    );
    // Not inside a sentence, nor after a number's point.
    expect(named(s, 'Aid from the Federation: 2.5 each, the Empire too.', roster)).toBe(
      'Aid from the Federation: 2.5 each, the Empire too.',
    );
  });
});

describe('the names of obligations and wars', () => {
  it('name a third power with its article, a world of its own or none (playtest 33: "aid for Romulan Star Empire")', () => {
    const s = campaign();
    s.obligations = [
      {
        id: 'e2300-r0-aid',
        kind: 'aid',
        article: 'IV',
        eventId: 'e2300-r0',
        victim: 'romulan',
        system: null,
        need: 12,
        deadline: 2301,
        delivered: { federation: 0, klingon: 0 },
      },
    ];
    s.wars = [
      {
        id: 'e2300-r1-klingon',
        eventId: 'e2300-r1',
        thirdPower: 'tholian',
        victim: 'klingon',
        since: 2301,
        until: 2302,
        strength: 5,
        target: null,
        aidedBy: [],
        raiders: null,
        armedBy: [],
        supportedBy: [],
        took: [],
      },
    ];
    expect(named(s, 'Relief: e2300-r0-aid. Arms: e2300-r1-klingon.', roster)).toBe(
      'Relief: aid for the Romulan Star Empire. Arms: the war of the Tholian Assembly.',
    );
  });
});
