// The state hash (DESIGN.md section 9, STYLE.md habit 7): a replay verifier trusts it, so every
// part of the state a turn can change must move it, and nothing else may.
import { describe, expect, it } from 'vitest';
import { foldString, Hasher, hashValue, hexCode } from '../../src/sim/hash';
import {
  createGame,
  fromStateData,
  type GameState,
  hashState,
  type LedgerEntry,
  type Order,
  type Party,
  type Scenario,
  simulate,
  stateData,
  type TurnReport,
} from '../../src/sim/index';
import { HASHED_FIELDS, hashersOf, ledgerDigest, UNHASHED_FIELDS } from '../../src/sim/state-hash';
import { builtin, copyOf, miniGame, miniScenario, rulingOnArchanis, turn } from './fixtures';

describe('hashValue', () => {
  it('does not depend on the order of an object’s keys, at any depth', () => {
    expect(hashValue({ a: 1, b: 'x', c: [1, { d: true, e: null }] })).toBe(
      hashValue({ c: [1, { e: null, d: true }], b: 'x', a: 1 }),
    );
  });

  it('tells apart values that print alike', () => {
    const values: unknown[] = [
      1,
      '1',
      true,
      'true',
      null,
      0,
      -0,
      '0',
      false,
      1.5,
      '1.5',
      [],
      {},
      '',
      [1, 2],
      [2, 1],
      [[1], 2],
      [1, [2]],
      { a: 1 },
      { a: '1' },
      { a: [1] },
      { b: 1 },
      2 ** 31,
      '2147483648',
      -1,
      4294967295,
    ];
    const hashes = values.map((v) => hashValue(v));
    expect(new Set(hashes).size).toBe(values.length);
  });

  it('is 16 lower-case hex digits and stable across calls', () => {
    const v = { year: 2311, owners: ['federation', null], x: 0.25 };
    expect(hashValue(v)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashValue(v)).toBe(hashValue(structuredClone(v)));
  });

  it('refuses values that are not plain data', () => {
    expect(() => hashValue(() => 1)).toThrow(TypeError);
    expect(() => hashValue({ a: Symbol('s') })).toThrow(TypeError);
  });

  it('a hasher used again gives what a fresh one gives, whatever strings it hashed before', () => {
    // The hasher remembers each string's code by its place in the walk (a memo): a restarted
    // hasher must still hash only what it is given now.
    const walk = (h: Hasher, words: string[]) => {
      for (const w of words) h.str(w);
      return h.digest();
    };
    const fresh = (words: string[]) => walk(new Hasher(), words);
    const reused = new Hasher();
    const walks = [
      ['federation', 'sol', 'neutral'],
      ['federation', 'sol', 'neutral'], // the same strings at the same places
      ['klingon', 'sol', 'neutral', 'core'], // one changed, one more
      ['federation'], // shorter
      [`fede${'ration'}`, 'sol', 'neutral'], // an equal string, another object
      ['', 'sol', 'neutral'],
    ];
    for (const words of walks) expect(walk(reused.restart(), words), words.join()).toBe(fresh(words));
    expect(fresh(['federation', 'sol'])).not.toBe(fresh(['sol', 'federation']));
    // A string's code is its fold, remembered or not.
    const h = new Hasher();
    expect(h.code('archanis')).toBe(foldString('archanis'));
    expect(h.restart().code('archanis')).toBe(foldString('archanis'));
    expect(h.restart().code('narendra')).toBe(foldString('narendra'));
  });

  it('a walk in parts hashes what a walk in one part hashes, whatever each part held before', () => {
    // Each part counts its places from its own start (`places`): which part a string is in must
    // change nothing but where its code is remembered.
    const walk = (h: Hasher, parts: string[][], inParts: boolean) => {
      parts.forEach((words, n) => {
        if (inParts) h.places(n);
        for (const w of words) h.str(w);
      });
      return h.digest();
    };
    const walks = [
      [
        ['federation', 'sol'],
        ['aid', 'klingon'],
      ],
      [
        ['federation', 'sol', 'vulcan'],
        ['aid', 'klingon'],
      ], // the first part grew
      [['sol'], ['aid', 'klingon', 'extradition']], // shrank, and the second grew
      [[], ['klingon', 'aid']], // the second part's strings swapped places
      [['sol'], []],
    ];
    const reused = new Hasher();
    for (const parts of walks) {
      const whole = walk(new Hasher(), parts, false);
      expect(walk(reused.restart(), parts, true), JSON.stringify(parts)).toBe(whole);
    }
    // The parts' strings are hashed in order: a string in another part moves the hash.
    expect(walk(new Hasher(), [['sol'], ['aid']], true)).not.toBe(
      walk(new Hasher(), [['aid'], ['sol']], true),
    );
  });
});

/** A mini game with every list and optional part of the state filled, so each leaf can be moved. */
function fullState(): GameState {
  const s = miniGame();
  s.status = 'suspended';
  s.suspendedSince = 2300;
  s.everSuspended = true;
  s.openWhileSuspended = 1;
  s.walkedBack = ['federation'];
  s.powers.federation.intel = { year: 2300, reserves: 12, fleets: 9 };
  s.powers.klingon.intel = { year: 2299, reserves: 7, fleets: 3 };
  s.obligations = [
    {
      id: 'e2300-r0-aid',
      kind: 'aid',
      article: 'IV',
      eventId: 'e2300-r0',
      victim: 'klingon',
      system: 'qonos',
      need: 10,
      deadline: 2301,
      delivered: { federation: 3, klingon: 0 },
    },
    {
      id: 'e2300-r1-extradition',
      kind: 'extradition',
      article: 'V',
      eventId: 'e2300-r1',
      fugitive: 'Vorka the Blade',
      debtor: 'klingon',
      requested: 2300,
      deadline: 2301,
      decision: 'sheltered',
    },
    rulingOnArchanis(2301),
  ];
  s.wars = [
    {
      id: 'e2300-t0-klingon',
      eventId: 'e2300-t0',
      thirdPower: 'romulan',
      victim: 'klingon',
      since: 2300,
      until: 2301,
      strength: 8,
      target: 'narendra',
      aidedBy: ['federation'],
      armedBy: ['federation'],
      supportedBy: ['federation'],
      took: ['k7'],
    },
  ];
  s.claims = [
    {
      id: 'e2300-r2-claim',
      eventId: 'e2300-r2',
      kind: 'territory',
      system: 'archanis',
      claimant: 'klingon',
      since: 2300,
    },
  ];
  s.heroes = [
    {
      party: 'klingon',
      fugitive: 'Kurvak, son of Morj',
      obligation: 'e2299-r1-extradition',
      eventId: 'e2299-r1',
      since: 2299,
      until: 2311,
    },
  ];
  s.debts = [
    {
      by: 'romulan',
      of: 'federation',
      kind: 'gratitude',
      eventId: 'e2299-r0',
      since: 2300,
      until: 2320,
      percent: 25,
    },
  ];
  s.covert = [
    {
      id: 'c2300-f1',
      party: 'federation',
      article: 'I',
      code: 'I/covert',
      year: 2300,
      base: 10,
      detected: false,
      text: 'The Federation spies on the Klingon Empire.',
      war: null,
    },
  ];
  // Rules version 7: a grievance, a closed embassy, a protest and a demand (src/sim/answers.ts).
  s.powers.klingon.grievance = 12;
  s.powers.federation.embassyClosed = { year: 2299, how: 'expelled' };
  s.powers.klingon.embassyClosed = { year: 2298, how: 'recalled' };
  s.protests = [{ by: 'federation', article: 'I', year: 2300 }];
  s.demands = [{ by: 'federation', debtor: 'klingon', year: 2300, amount: 12 }];
  s.tradePact = true;
  s.pactProposal = { by: 'federation', year: 2300 };
  s.summitProposal = { by: 'klingon', year: 2300 };
  s.events = [
    {
      id: 'e2300-r0',
      year: 2300,
      type: 'disaster',
      title: "Disaster on Qo'noS",
      text: 'Catastrophe.',
      article: 'IV',
      scripted: false,
    },
  ];
  const chain: LedgerEntry = {
    year: 2300,
    party: 'klingon',
    article: 'I',
    kind: 'violation',
    code: 'I/attack',
    delta: -25,
    priors: 0,
    text: 'An attack.',
  };
  s.result = {
    kind: 'collapse',
    year: 2300,
    cause: 'War.',
    scores: { federation: 120, klingon: 90 },
    grades: { federation: 'honour-guard', klingon: 'ceremony' },
    chain: [chain],
    loser: 'klingon',
  };
  return s;
}

type Path = (string | number)[];

/** Every primitive leaf (null included) under the given top-level fields. */
function leaves(value: unknown, path: Path, out: Path[]): Path[] {
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) leaves(v, [...path, i], out);
    else for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  } else {
    out.push(path);
  }
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  let cur = root as Record<string | number, unknown>;
  for (const p of path) cur = cur[p] as Record<string | number, unknown>;
  return cur;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
}

/** A different value of the same kind, as a turn could leave it. */
function moved(v: unknown): unknown {
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'string') return `${v}x`;
  if (typeof v === 'boolean') return !v;
  if (v === null) return 'federation';
  throw new Error(`unexpected leaf ${String(v)}`);
}

/**
 * Leaves the hash leaves out on purpose, each with why. The map's names, positions and flags never
 * change in a game (they are in staticHash); an event's words and year follow from its id, type and
 * the scenario; a covert act's article follows from its code, and its text is only words; an
 * obligation's article follows from its kind.
 */
const STATIC_LEAVES: RegExp[] = [
  /^systems\.\d+\.(id|name|x|y|capital|shipyard)$/,
  /^events\.\d+\.(year|title|text|article|scripted)$/,
  /^covert\.\d+\.(article|text)$/,
  /^obligations\.\d+\.article$/,
  // The discriminant: an obligation of another kind has other fields (see the test of its order).
  /^obligations\.\d+\.kind$/,
];

describe('the Hasher’s string codes', () => {
  it('are each string’s fold, found at its place, by the string after a shift, or folded again', () => {
    const h = new Hasher();
    const names = Array.from({ length: 40 }, (_, i) => `fleet-${i}`);
    const codes = (list: string[]) => {
      h.restart();
      return list.map((n) => h.code(n));
    };
    expect(codes(names)).toEqual(names.map(foldString));
    // At their places again; then shifted by one (a fleet lost): each still its own code.
    expect(codes(names)).toEqual(names.map(foldString));
    expect(codes(names.slice(1))).toEqual(names.slice(1).map(foldString));
    // More strings than the table keeps (it starts again): still each string's own code.
    const many = Array.from({ length: 9000 }, (_, i) => `e${i}`);
    expect(codes(many)).toEqual(many.map(foldString));
    expect(codes(names)).toEqual(names.map(foldString));
  });
});

describe('hashState', () => {
  it('gives 16 hex digits, the same for a copy', () => {
    const s = miniGame();
    expect(hashState(s)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashState(copyOf(s))).toBe(hashState(s));
    expect(hashState(fullState())).toBe(hashState(fullState()));
  });

  it('does not depend on what was hashed before: a state changed in place, or hashed between others', () => {
    // The hash remembers, per position, what it last folded (a memo): it must still be a pure
    // function of the state's content.
    const s = fullState();
    const before = hashState(s);
    const system = s.systems[0];
    const fleet = s.fleets[0];
    const act = s.covert[0];
    if (!system || !fleet || !act) throw new Error('fixture');
    system.output += 1;
    const grown = hashState(s);
    expect(grown).not.toBe(before);
    fleet.location = `${fleet.location}x`;
    const moved = hashState(s);
    expect(moved).not.toBe(grown);
    act.detected = !act.detected;
    const seen = hashState(s);
    expect(seen).not.toBe(moved);
    // Undo each change in place: the first hash comes back.
    act.detected = !act.detected;
    fleet.location = fleet.location.slice(0, -1);
    system.output -= 1;
    expect(hashState(s)).toBe(before);
    // The same states hashed in another order give the same hashes.
    const states = [miniGame(), fullState(), copyOf(s)];
    const first = states.map((x) => hashState(x));
    const again = [...states]
      .reverse()
      .map((x) => hashState(x))
      .reverse();
    expect(again).toEqual(first);
  });

  it('gives a turn the hash a new hasher gives, though the game’s own hashers remember the years before', () => {
    // Two games of one scenario share their hashers (kept with the rules): interleaved, each year's
    // strings are not where the other game's left them, and the hash must not care.
    const scenario = miniScenario();
    const game = (seed: string) => {
      const r = createGame(scenario, { seed, controllers: { federation: 'human', klingon: 'human' } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    let a = game('first');
    let b = game('second');
    expect(hashersOf(a)).toBe(hashersOf(b));
    const seen = new Set<string>();
    for (let year = 0; year < 6 && a.phase !== 'ended' && b.phase !== 'ended'; year++) {
      const ta = turn(a, { federation: [{ type: 'summit' }] });
      const tb = turn(b, { klingon: [{ type: 'embargo' }] });
      expect(ta.report.hash).toBe(hashState(ta.state));
      expect(tb.report.hash).toBe(hashState(tb.state, new Hasher()));
      expect(ledgerDigest(ta.state)).toMatch(/^[0-9a-f]{16}$/);
      seen.add(ta.report.hash);
      seen.add(tb.report.hash);
      a = ta.state;
      b = tb.state;
    }
    // Every year of either game is a state of its own.
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  it('gives every year of whole games the hash a new hasher gives (the game’s hasher remembers items by place)', () => {
    // Systems taken and developed, fleets built, moved and lost, covert acts committed and exposed:
    // each year the game's hasher finds most items where they stood, and must still hash them all.
    const campaign = builtin('khitomer-accords');
    let years = 0;
    let covert = 0;
    for (const [federation, klingon] of [
      ['pragmatist', 'hawk'],
      ['hawk', 'pragmatist'],
    ] as const) {
      const played = simulate(campaign, {
        seed: `items-${federation}`,
        policies: { federation, klingon },
        onTurn: (report, state) => {
          years++;
          covert = Math.max(covert, state.covert.length);
          expect(report.hash, `${state.year}`).toBe(hashState(state, new Hasher()));
        },
      });
      expect(played.ok).toBe(true);
    }
    expect(years).toBeGreaterThan(20);
    expect(covert).toBeGreaterThan(0);
  });

  it('gives a turn’s hash and words read late, after the game went on and branched from its state, as read at once', () => {
    // A report hashes its state and words its orders when first read (resolve.ts): no later turn
    // may change the states it was given and returned.
    const campaign = builtin('khitomer-accords');
    const seed = 'late-hash';
    const controllers = { federation: 'pragmatist', klingon: 'hawk' } as const;
    const played: { orders: Record<Party, Order[]>; hash: string; words: TurnReport['orders'] }[] = [];
    const sim = simulate(campaign, {
      seed,
      policies: controllers,
      onTurn: (report, _state, orders) => played.push({ orders, hash: report.hash, words: report.orders }),
    });
    if (!sim.ok) throw new Error(sim.error.message);
    const created = createGame(campaign, { seed, controllers });
    if (!created.ok) throw new Error(created.error.message);
    let s = created.value;
    const unread: TurnReport[] = [];
    for (const { orders } of played) {
      // A branch from the same state first (another year played from it), its hash read at once.
      const branch = turn(s, { federation: [{ type: 'summit' }], klingon: [{ type: 'embargo' }] });
      expect(branch.report.hash).toBe(hashState(branch.state, new Hasher()));
      const t = turn(s, orders);
      unread.push(t.report);
      s = t.state;
    }
    expect(unread.length).toBeGreaterThan(20);
    expect(unread.map((r) => r.hash)).toEqual(played.map((p) => p.hash));
    // So are the orders' words, which read the state the year began from.
    expect(unread.map((r) => r.orders)).toEqual(played.map((p) => p.words));
    expect(played.some((p) => p.words.federation.length > 0 && p.words.klingon.length > 0)).toBe(true);
    // Written out, a report carries its hash as a field.
    const first = unread[0] as TurnReport;
    expect(JSON.parse(JSON.stringify(first))).toMatchObject({ year: first.year, hash: played[0]?.hash });
  });

  it('takes an item’s word again only for the same object at the same place of the same list', () => {
    let made = 0;
    const word = (_h: Hasher, x: { n: number }) => {
      made++;
      return x.n;
    };
    const h = new Hasher();
    const a = { n: 1 };
    const b = { n: 2 };
    const walk = (first: { n: number }[], second: { n: number }[]) => {
      h.restart();
      h.items(0);
      const one = first.map((x) => h.itemWord(x, word));
      h.items(1);
      return [one, second.map((x) => h.itemWord(x, word))];
    };
    expect(walk([a, b], [b])).toEqual([[1, 2], [2]]);
    expect(made).toBe(3);
    // The same objects at the same places: nothing is made again.
    expect(walk([a, b], [b])).toEqual([[1, 2], [2]]);
    expect(made).toBe(3);
    // Places swapped, and a copy of equal content: each made again.
    expect(walk([b, a], [{ n: 2 }])).toEqual([[2, 1], [2]]);
    expect(made).toBe(6);
  });

  it('mixes a list’s items (`mixItems`) as `u32` of each `itemWord`, remembering words the same way', () => {
    // mixItems keeps the lanes in locals over its loop: its mixing must be `u32`'s, word for word.
    let made = 0;
    const word = (_h: Hasher, x: { n: number }) => {
      made++;
      return Math.imul(x.n, 0x9e37_79b1);
    };
    const a = { n: 1 };
    const b = { n: -7 };
    const c = { n: 2 ** 30 };
    const one = (h: Hasher, list: { n: number }[]) => {
      h.restart();
      h.u32(5);
      h.mixItems(0, list, word);
      h.u32(6);
      return h.digest();
    };
    const byWord = (list: { n: number }[]) => {
      const h = new Hasher();
      h.u32(5);
      h.items(0);
      for (const x of list) h.u32(h.itemWord(x, word));
      h.u32(6);
      return h.digest();
    };
    const h = new Hasher();
    expect(one(h, [a, b, c])).toBe(byWord([a, b, c]));
    made = 0;
    // The same objects at the same places: nothing made again; another at one place: that one only.
    expect(one(h, [a, b, c])).toBe(byWord([a, b, c]));
    expect(made).toBe(3); // byWord's fresh hasher made its three
    made = 0;
    expect(one(h, [a, { n: 9 }, c])).toBe(byWord([a, { n: 9 }, c]));
    expect(made).toBe(1 + 3);
    expect(one(h, [c, a])).not.toBe(one(h, [a, c]));
  });

  it('mixes a shared list’s words as `u32` of each, whether made now or taken again', () => {
    const words = (_h: Hasher, list: number[], out: number[]) => {
      out.push(list.length, ...list);
    };
    const list = [3, -1, 2 ** 31 - 1, 0];
    const byU32 = new Hasher();
    for (const w of [9, list.length, ...list, 10]) byU32.u32(w);
    const h = new Hasher();
    for (let i = 0; i < 2; i++) {
      h.restart().u32(9);
      h.sharedList(0, list, words);
      h.u32(10);
      expect(h.digest()).toBe(byU32.digest());
    }
  });

  it('reads a digest it or its `digests` hasher made last by the code kept, any other by its text', () => {
    const ledger = new Hasher();
    const state = new Hasher(ledger);
    const hashOf = (h: Hasher, text: string) => {
      h.restart().digestText(text);
      return h.digest();
    };
    const byText = (text: string) => {
      const h = new Hasher();
      h.u32(hexCode(text));
      return h.digest();
    };
    ledger.restart().u32(2311);
    const made = ledger.digest();
    expect(hashOf(state, made)).toBe(byText(made));
    // The state hasher's own digest does not stand in for the ledger's.
    expect(hashOf(state, made)).toBe(byText(made));
    // Another text (of a hash made elsewhere, or damaged) is read by itself, by either hasher.
    const other = hashValue('elsewhere');
    expect(hashOf(state, other)).toBe(byText(other));
    expect(hashOf(ledger, 'not a hash')).toBe(byText('not a hash'));
    const next = hashOf(ledger, made);
    expect(hashOf(state, next)).toBe(byText(next));
    expect(hashOf(state, made)).toBe(byText(made));
  });

  it('takes a shared list’s words again only for the very list object its part held last', () => {
    let made = 0;
    const words = (h: Hasher, list: { n: number }[], out: number[]) => {
      made++;
      out.push(list.length);
      for (const x of list) out.push(x.n, h.code(`item ${x.n}`));
    };
    const walk = (h: Hasher, first: { n: number }[], second: { n: number }[]) => {
      h.restart();
      h.sharedList(0, first, words);
      h.sharedList(1, second, words);
      return h.digest();
    };
    const h = new Hasher();
    const a = [{ n: 1 }, { n: 2 }];
    const b = [{ n: 3 }];
    const fresh = walk(new Hasher(), a, b);
    expect(walk(h, a, b)).toBe(fresh);
    expect(made).toBe(4);
    // The same lists in the same parts: nothing is made again, and the hash is the same.
    expect(walk(h, a, b)).toBe(fresh);
    expect(made).toBe(4);
    // A copy of equal content is made again (and hashes the same); lists swapped between parts too.
    expect(walk(h, a.slice(), b)).toBe(fresh);
    expect(made).toBe(5);
    const swapped = walk(h, b, a);
    expect(made).toBe(7);
    expect(swapped).toBe(walk(new Hasher(), b, a));
    expect(swapped).not.toBe(fresh);
    // A list's words are what the walk mixes in: another list of other content hashes otherwise.
    expect(walk(h, [{ n: 1 }, { n: 4 }], b)).not.toBe(fresh);
  });

  it('names every field of the state exactly once: hashed, or unhashed with a reason', () => {
    const keys = Object.keys(miniGame()).sort();
    const hashed = [...HASHED_FIELDS] as string[];
    const unhashed = Object.keys(UNHASHED_FIELDS);
    expect([...hashed, ...unhashed].sort()).toEqual(keys);
    expect(hashed.filter((k) => unhashed.includes(k))).toEqual([]);
    expect(new Set(hashed).size).toBe(hashed.length);
    for (const why of Object.values(UNHASHED_FIELDS)) expect(why.length).toBeGreaterThan(5);
  });

  it.each([...HASHED_FIELDS])('moves when the top-level field %s changes', (field) => {
    const s = fullState();
    const before = hashState(s);
    const t = copyOf(s) as unknown as Record<string, unknown>;
    const v = t[field];
    if (Array.isArray(v)) {
      expect(v.length, `fullState() should fill ${field}`).toBeGreaterThan(0);
      v.pop();
    } else if (v !== null && typeof v === 'object') {
      // powers and result: move one leaf inside.
      const inner = leaves(v, [], []);
      const first = inner[0] as Path;
      setAt(v, first, moved(getAt(v, first)));
    } else {
      t[field] = moved(v);
    }
    expect(hashState(t as unknown as GameState)).not.toBe(before);
  });

  it('moves when any dynamic leaf of the state changes (powers, systems, fleets, obligations, …)', () => {
    const s = fullState();
    const before = hashState(s);
    const paths = (HASHED_FIELDS as readonly string[]).flatMap((f) =>
      leaves((s as unknown as Record<string, unknown>)[f], [f], []),
    );
    const checked: string[] = [];
    const missed: string[] = [];
    for (const path of paths) {
      const name = path.join('.');
      if (STATIC_LEAVES.some((re) => re.test(name))) continue;
      const t = copyOf(s);
      setAt(t, path, moved(getAt(t, path)));
      if (hashState(t) === before) missed.push(name);
      checked.push(name);
    }
    expect(missed, 'these parts of the state can change without the hash noticing').toEqual([]);
    // The walk reached the parts the brief of the hash promises to cover.
    for (const expected of [
      'powers.federation.standing',
      'powers.klingon.support',
      'powers.klingon.reserves',
      'powers.federation.embassy',
      'powers.federation.controller',
      'powers.klingon.leaders',
      'powers.federation.intel.fleets',
      'systems.3.owner',
      'systems.0.output',
      'systems.4.zone',
      'fleets.0.location',
      'fleets.1.strength',
      'fleets.2.owner',
      'obligations.0.delivered.federation',
      'obligations.1.decision',
      'obligations.2.accepted',
      'wars.0.aidedBy.0',
      'wars.0.armedBy.0',
      'wars.0.supportedBy.0',
      'claims.0.claimant',
      'heroes.0.until',
      'heroes.0.fugitive',
      'debts.0.kind',
      'debts.0.until',
      'covert.0.detected',
      'covert.0.base',
      'pactProposal.by',
      'summitProposal.year',
      'events.0.id',
      'events.0.type',
      'result.chain.0.delta',
      'result.grades.klingon',
    ]) {
      expect(checked).toContain(expected);
    }
  });

  it('moves when a list grows by an item like the others', () => {
    const s = fullState();
    const before = hashState(s);
    for (const field of ['fleets', 'obligations', 'wars', 'claims', 'covert', 'events'] as const) {
      const t = copyOf(s);
      const list = t[field] as unknown[];
      list.push(structuredClone(list[0]));
      expect(hashState(t), field).not.toBe(before);
    }
  });

  it('moves when an obligation is replaced by one of another kind, or the obligations are reordered', () => {
    const s = fullState();
    const before = hashState(s);
    const swapped = copyOf(s);
    swapped.obligations.reverse();
    expect(hashState(swapped)).not.toBe(before);
    const replaced = copyOf(s);
    const [aid, extradition] = replaced.obligations;
    if (!aid || !extradition) throw new Error('fixture');
    replaced.obligations[0] = { ...extradition, id: aid.id, eventId: aid.eventId, deadline: aid.deadline };
    expect(hashState(replaced)).not.toBe(before);
  });

  it('ignores the order in which an object’s keys were written', () => {
    const s = fullState();
    const t = copyOf(s);
    const ob = t.obligations[0];
    if (ob?.kind !== 'aid') throw new Error('fixture');
    t.obligations[0] = Object.fromEntries(Object.entries(ob).reverse()) as typeof ob;
    t.result = Object.fromEntries(Object.entries(t.result ?? {}).reverse()) as GameState['result'];
    expect(hashState(t)).toBe(hashState(s));
  });

  it('covers the ledger through its running digest, which a turn’s new entries move', () => {
    const s = miniGame();
    const before = ledgerDigest(s);
    // A quiet year still writes the clean-year rewards into the ledger.
    const quiet = turn(s).state;
    expect(quiet.ledger.length).toBeGreaterThan(s.ledger.length);
    expect(ledgerDigest(quiet)).toMatch(/^[0-9a-f]{16}$/);
    expect(ledgerDigest(quiet)).not.toBe(before);
    // A year with a violation writes other entries, and so another digest.
    const withEmbassy = miniGame((sc) => {
      sc.powers.federation.embassy = 1;
    });
    const recalled = turn(withEmbassy, { federation: [{ type: 'embassy', action: 'recall' }] }).state;
    const kept = turn(withEmbassy).state;
    expect(recalled.ledger.some((e) => e.code === 'II/recall')).toBe(true);
    expect(ledgerDigest(recalled)).not.toBe(ledgerDigest(kept));
  });

  it('reads a ledger hash by its digest: the XOR of its halves, else the text’s own code', () => {
    const h = new Hasher();
    h.u32(2293);
    const text = h.digest();
    expect(hexCode(text)).toBe(
      (Number.parseInt(text.slice(0, 8), 16) ^ Number.parseInt(text.slice(8), 16)) | 0,
    );
    // Each digit counts, in either half.
    const flip = (at: number) => `${text.slice(0, at)}${text[at] === '0' ? '1' : '0'}${text.slice(at + 1)}`;
    for (const at of [0, 7, 8, 15]) expect(hexCode(flip(at))).not.toBe(hexCode(text));
    // Any other text (a damaged save, say) still gets a code of its whole self.
    for (const other of [`${text}x`, text.toUpperCase(), text.slice(1), '', 'not a hash at all'])
      expect(hexCode(other)).toBe(foldString(other));
    // And the state hash moves with the ledger hash, whichever way it is read.
    const data = stateData(miniGame());
    const s = fromStateData({ ...data, ledgerHash: text });
    const t = fromStateData({ ...data, ledgerHash: flip(3) });
    expect(ledgerDigest(s)).toBe(text);
    expect(hashState(t)).not.toBe(hashState(s));
  });

  it('leaves out the history (each year’s hash is its report’s)', () => {
    const s = miniGame();
    const t = copyOf(s);
    t.history = t.history.concat([
      {
        year: 2300,
        standing: { federation: 1, klingon: 2 },
        support: { federation: 3, klingon: 4 },
        industry: { federation: 5, klingon: 6 },
        status: 'in-force',
        violations: { federation: 0, klingon: 0 },
      },
    ]);
    expect(hashState(t)).toBe(hashState(s));
  });

  it('a scenario’s static hash is kept with the scenario value: the same for a fresh copy, another for a changed one', () => {
    const scenario = miniScenario();
    const game = (sc: Scenario, seed: string) => {
      const g = createGame(sc, { seed });
      if (!g.ok) throw new Error(g.error.message);
      return g.value;
    };
    const first = game(scenario, 'a');
    const again = game(scenario, 'b');
    const copy = game(structuredClone(scenario), 'c');
    expect(first.staticHash).toMatch(/^[0-9a-f]{16}$/);
    expect(again.staticHash).toBe(first.staticHash);
    expect(copy.staticHash).toBe(first.staticHash);
    // The games of one scenario share its lanes (and with them the map's adjacency).
    expect(again.lanes).toBe(first.lanes);
    const changed = structuredClone(scenario);
    changed.map.lanes = [...changed.map.lanes, ['sol', 'tholia']];
    expect(game(changed, 'a').staticHash).not.toBe(first.staticHash);
  });

  it('covers the static parts through staticHash: a scenario differing in any of them hashes differently', () => {
    const base = hashState(miniGame());
    const variants: [string, GameState][] = [
      [
        'rules',
        miniGame((sc) => Object.assign(sc, { rules: { events: { drawsPerYear: 0 }, repeatPercent: 30 } })),
      ],
      ['grades', miniGame((sc) => Object.assign(sc, { grades: [{ id: 'only', name: 'Only', min: 0 }] }))],
      ['lanes', miniGame((sc) => sc.map.lanes.push(['sol', 'tholia']))],
      [
        'thirdPowers',
        miniGame((sc) => {
          const t = sc.thirdPowers?.[0];
          if (t) t.aggression = [{ from: 2300, level: 51 }];
        }),
      ],
      [
        'timeline',
        miniGame((sc) => {
          sc.timeline = [{ year: 2329, type: 'historic', title: 'Later', text: 'Much later.' }];
        }),
      ],
      [
        'eventTable',
        miniGame((sc) => {
          sc.eventTable = [{ type: 'exposure', weight: 1 }];
        }),
      ],
      [
        'system names and positions',
        miniGame((sc) => {
          const sys = sc.map.systems[1];
          if (sys) sys.name = 'Vulcan Prime';
        }),
      ],
      [
        'shipyards',
        miniGame((sc) => {
          const sys = sc.map.systems[1];
          if (sys) sys.shipyard = true;
        }),
      ],
    ];
    for (const [what, state] of variants) expect(hashState(state), what).not.toBe(base);
  });

  it('depends on the seed', () => {
    const a = miniGame(undefined, 'one');
    const b = miniGame(undefined, 'two');
    expect(hashState(a)).not.toBe(hashState(b));
  });
});
