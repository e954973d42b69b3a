// Third powers name their target a year ahead (DESIGN.md section 15.2, rules version 7): the world
// is named and the raiders gather beside it; ships there defend it, the other party may stand with
// the victim (with passage) or strike the raiders first, and a world lost can be taken back.
import { describe, expect, it } from 'vitest';
import { aiOrders } from '../../src/sim/ai/index';
import { type GameState, orderEffect, type ScenarioInput } from '../../src/sim/index';
import { addEvents, copyOf, entries, miniGame, turn, withRules } from './fixtures';

const RAIDERS = 'raiders-e2300-t0-klingon';

/** The Romulans (beside Narendra III) raid the Klingons in 2300 with `strength`, for `years`. */
function romulanRaid(strength: number, years = 1, edit?: (s: ScenarioInput) => void): GameState {
  return miniGame((s) => {
    withRules(s, {
      threats: { warningYears: 1, securityDefended: 5 },
      battle: { garrison: 0, capitalGarrison: 0 },
    });
    s.powers.klingon.fleets = [{ id: 'k2', location: 'qonos', strength: 4 }];
    addEvents(s, { year: 2300, type: 'incursion', attacker: 'romulan', victim: 'klingon', strength, years });
    edit?.(s);
  });
}

/** A raid of 4 whose war has grown to 9 since its raiders gathered; a Federation fleet of 12 a lane away. */
function grownRaid(): GameState {
  const g = romulanRaid(4, 2, (s) => {
    s.powers.federation.fleets = [{ id: 'f1', location: 'narendra', strength: 12 }];
  });
  const war = g.wars[0];
  if (!war) throw new Error('fixture');
  g.wars = [{ ...war, strength: 9 }];
  return g;
}

/** Khitomer, a Klingon world beside Narendra III: the front once Narendra III has fallen. */
function withKhitomer(s: ScenarioInput): void {
  s.map.systems.push({
    id: 'khitomer',
    name: 'Khitomer',
    x: 800,
    y: 300,
    owner: 'klingon',
    output: 2,
    zone: 'border',
  });
  s.map.lanes.push(['narendra', 'khitomer']);
}

const owner = (g: GameState, id: string) => g.systems.find((x) => x.id === id)?.owner;

describe('a named threat', () => {
  it('names the world and gathers the raiders beside it, a year before the blow', () => {
    const g = romulanRaid(6, 2);
    expect(g.wars).toEqual([
      expect.objectContaining({
        since: 2301,
        until: 2302,
        target: 'narendra',
        raiders: RAIDERS,
        strength: 6,
      }),
    ]);
    expect(g.fleets).toContainEqual({ id: RAIDERS, owner: 'romulan', location: 'romulus', strength: 6 });
    expect(g.events[0]?.text).toContain('ships gather near Narendra III: they strike in 2301.');
    // The year of the warning: no blow falls.
    const warned = turn(g).state;
    expect(owner(warned, 'narendra')).toBe('klingon');
    // The year after: an undefended world falls.
    const struck = turn(warned).state;
    expect(owner(struck, 'narendra')).toBe('romulan');
  });

  it('that took its world names the next one a year ahead, in the report (rules version 12)', () => {
    // Khitomer, a Klingon world beside Narendra III: the front once Narendra III has fallen.
    const g = romulanRaid(20, 3, withKhitomer);
    const first = turn(turn(g).state); // 2301: the first blow takes Narendra III
    expect(owner(first.state, 'narendra')).toBe('romulan');
    expect(first.state.wars[0]?.target).toBe('khitomer');
    expect(first.report.changes.map((c) => c.text)).toContain(
      'The Romulan Star Empire turns on Khitomer: its war strikes there in 2302.',
    );
    const second = turn(first.state); // 2302: the blow falls where it was named
    expect(owner(second.state, 'khitomer')).toBe('romulan');
    // No other Klingon world but the capital lies at the front: nothing more is named, nor said.
    expect(second.state.wars[0]?.target).toBeNull();
    expect(second.report.changes.some((c) => c.text.includes('turns on'))).toBe(false);
  });

  it('whose world another blow took first strikes no world unnamed: it names its next (rules version 15)', () => {
    // Two Romulan raids, both named on Narendra III for 2301; Khitomer lies beside it.
    const g = romulanRaid(20, 2, (s) => {
      withKhitomer(s);
      addEvents(s, {
        year: 2300,
        type: 'incursion',
        attacker: 'romulan',
        victim: 'klingon',
        strength: 20,
        years: 2,
      });
    });
    expect(g.wars.map((w) => [w.since, w.target])).toEqual([
      [2301, 'narendra'],
      [2301, 'narendra'],
    ]);
    const r = turn(turn(g).state); // 2301: the first takes Narendra III
    expect(owner(r.state, 'narendra')).toBe('romulan');
    expect(owner(r.state, 'khitomer')).toBe('klingon');
    const texts = r.report.changes.map((c) => c.text);
    expect(texts).toContain(
      'The Romulan Star Empire finds Narendra III fallen already: it strikes no other world this year.',
    );
    expect(texts).toContain('The Romulan Star Empire turns on Khitomer: its war strikes there in 2302.');
  });

  it('that ends is told by its years: two wars of one power read as two', () => {
    const over = turn(turn(romulanRaid(6, 1)).state);
    const ended = over.report.changes.map((c) => c.text).filter((t) => t.startsWith('The war of'));
    expect(ended).toEqual([
      "The war of the Romulan Star Empire against the Klingon Empire, waged in 2301, ends. The Romulan Star Empire still holds Narendra III, the Klingon Empire's to take back.",
    ]);
    // A war of two years says both (playtest 27 read "that struck from 2374 ends" two years running,
    // of two wars).
    const longer = turn(turn(turn(romulanRaid(6, 2)).state).state);
    expect(longer.report.changes.map((c) => c.text).filter((t) => t.startsWith('The war of'))).toEqual([
      "The war of the Romulan Star Empire against the Klingon Empire, waged from 2301 to 2302, ends. The Romulan Star Empire still holds Narendra III, the Klingon Empire's to take back.",
    ]);
  });

  it('sends its raiders home when its war is over, and keeps them while it lasts', () => {
    const g = romulanRaid(6, 2);
    const raiders = (s: GameState) => s.fleets.filter((f) => f.id === RAIDERS);
    const warned = turn(g).state; // 2300: the warning
    expect(raiders(warned)).toHaveLength(1);
    const first = turn(warned).state; // 2301: the first blow, the war goes on to 2302
    expect(first.wars.map((w) => w.id)).toContain('e2300-t0-klingon');
    expect(raiders(first)).toHaveLength(1);
    const over = turn(first).state; // 2302: its last year
    expect(over.wars).toEqual([]);
    expect(raiders(over)).toEqual([]);
    expect(over.fleets.map((f) => f.id)).toContain('k2'); // the powers' fleets stay
  });

  it('strikes at once, unnamed and without raiders, with no warning years (the rule before version 7)', () => {
    const g = romulanRaid(6, 1, (s) => withRules(s, { threats: { warningYears: 0 } }));
    expect(g.wars[0]).toEqual(expect.objectContaining({ since: 2300, target: null }));
    expect(g.fleets.some((f) => f.id === RAIDERS)).toBe(false);
    expect(owner(turn(g).state, 'narendra')).toBe('romulan');
  });

  it('is held by ships stationed there, and the first blow held banks security once', () => {
    // 60 Klingon ships against 1 raider: the world holds (the seeded roll of 1 in 61 goes the defence's way).
    const g = romulanRaid(1, 2, (s) => {
      s.powers.klingon.fleets = [
        ...(s.powers.klingon.fleets ?? []),
        { id: 'k1', location: 'narendra', strength: 60 },
      ];
    });
    const before = g.powers.klingon.banked.security;
    const first = turn(turn(g).state);
    expect(owner(first.state, 'narendra')).toBe('klingon');
    expect(first.report.changes.some((c) => c.text.includes('5 security for the Klingon Empire'))).toBe(true);
    const base = first.state.rules.scoring.securityBase;
    expect(first.state.powers.klingon.banked.security).toBe(before + 2 * base + 5);
    // The second year of the war holds again, but banks no more than the base.
    const second = turn(first.state);
    expect(second.state.powers.klingon.banked.security).toBe(before + 3 * base + 5);
    // The decades hold every point banked, the world held too (playtest 28's end screen read "−386"
    // beside a decade table summing to "−376").
    for (const s of [first.state, second.state]) {
      const b = s.powers.klingon.banked;
      expect(b.decades.reduce((n, d) => n + d, 0)).toBe(b.honour + b.security + b.prosperity + b.support);
    }
  });

  it('is held with the other party’s ships beside the victim’s, with passage, and thanks the helper once', () => {
    const g = romulanRaid(1, 1);
    // The Klingons grant passage in the year of the warning: it holds until the blow falls.
    const warned = turn(g, { klingon: [{ type: 'grant-passage' }] }).state;
    expect(warned.powers.klingon.passageUntil).toBe(2301);
    // The Federation's fleet at K-7 comes to Narendra III in the year of the blow.
    const r = turn(warned, { federation: [{ type: 'move', fleet: 'f1', to: 'narendra' }] });
    expect(owner(r.state, 'narendra')).toBe('klingon'); // no garrison, no Klingon ship: only the Federation's held it
    expect(entries(r.report, 'federation', 'III/war-aid')).toHaveLength(1);
    expect(entries(r.report, 'federation', 'VI/trespass')).toHaveLength(0);
  });

  it('charges the helper with trespass once the passage has run out', () => {
    const warned = turn(romulanRaid(1, 1), { klingon: [{ type: 'grant-passage' }] }).state;
    const struck = turn(warned, { federation: [{ type: 'move', fleet: 'f1', to: 'narendra' }] }).state;
    const after = turn(struck);
    expect(entries(after.report, 'federation', 'VI/trespass')).toHaveLength(1);
  });

  it('can be struck first: the war is what is left of its raiders, and the striker who is not the victim is thanked', () => {
    // The raiders lie at Romulus, one lane from the Federation's fleet at Narendra III.
    const g = romulanRaid(2, 1, (s) => {
      s.powers.federation.fleets = [{ id: 'f1', location: 'narendra', strength: 40 }];
    });
    const r = turn(g, { federation: [{ type: 'attack-fleet', fleet: 'f1', target: RAIDERS }] });
    const left = r.state.fleets.find((f) => f.id === RAIDERS)?.strength ?? 0;
    expect(left).toBeLessThan(2);
    // A war whose raiders are destroyed ends with them.
    expect(r.state.wars.find((w) => w.raiders === RAIDERS)?.strength ?? 0).toBe(left);
    expect(entries(r.report, 'federation', 'III/war-aid')).toHaveLength(1);
  });

  it('its raiders destroyed defending their own world, its war strikes no blow that year (rules version 27)', () => {
    // Playtest 40 took Tholia with the raiders on it, read "raiders … destroyed", and lost Khitomer
    // to their war's blow the same year. The victim's fleet at Narendra III takes Romulus.
    const g = romulanRaid(3, 1, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 60 }];
    });
    expect(g.fleets.find((f) => f.id === RAIDERS)?.location).toBe('romulus');
    const r = turn(g, { klingon: [{ type: 'attack', fleet: 'k1', target: 'romulus' }] });
    expect(owner(r.state, 'romulus')).toBe('klingon');
    expect(r.state.fleets.some((f) => f.id === RAIDERS)).toBe(false);
    const texts = r.report.changes.map((c) => c.text);
    expect(texts.some((x) => x.includes('attacks Narendra III'))).toBe(false);
    expect(owner(r.state, 'narendra')).toBe('klingon');
    // The war is spent: it ends at the year's close.
    expect(r.state.wars.some((w) => w.raiders === RAIDERS && w.strength > 0)).toBe(false);
  });

  it('its raiders defend their world with their own ships, and a war they lost nothing in stays as it was', () => {
    // The war has grown to 9 since its 4 raiders gathered at Romulus (arms sold to it): at their
    // world they defend with their 4, as the attack's row counts them, and their war loses what they lose.
    const g = romulanRaid(4, 2, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 60 }];
    });
    const war = g.wars[0];
    if (!war) throw new Error('fixture');
    g.wars = [{ ...war, strength: 9 }];
    const r = turn(g, { klingon: [{ type: 'attack', fleet: 'k1', target: 'romulus' }] });
    const battle = r.report.changes.find((c) => c.text.includes('attacks Romulus'));
    expect(battle?.text).toContain('strength 60 against a defence of 4,');
    expect(r.state.wars.some((w) => w.raiders === RAIDERS && w.strength > 0)).toBe(false);
    // A small attack the raiders beat off whole leaves their war its strength (9, not its raiders' 4).
    const h = romulanRaid(4, 2, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 1 }];
      withRules(s, { battle: { garrison: 30 } });
    });
    const hw = h.wars[0];
    if (!hw) throw new Error('fixture');
    h.wars = [{ ...hw, strength: 9 }];
    const held = turn(h, { klingon: [{ type: 'attack', fleet: 'k1', target: 'romulus' }] }).state;
    // (Before, the war was set to its raiders' older 4.)
    expect(held.wars[0]?.strength).toBe(9);
  });

  it('struck first, its raiders fight with the war’s strength, and what is left of them is the war’s (rules version 19)', () => {
    // The war has grown since its raiders gathered (arms sold to it): 9 against the fleet's 4.
    const g = grownRaid();
    expect(g.fleets.find((f) => f.id === RAIDERS)?.strength).toBe(4);
    const r = turn(g, { federation: [{ type: 'attack-fleet', fleet: 'f1', target: RAIDERS }] });
    const battle = r.report.changes.find((c) => c.kind === 'fleet' && c.text.startsWith('Fleet f1 attacks'));
    expect(battle?.text).toContain('strength 12 against 9,');
    // The war is what is left of its raiders.
    const left = r.state.fleets.find((f) => f.id === RAIDERS)?.strength ?? 0;
    expect(r.state.wars[0]?.strength ?? 0).toBe(left);
    expect(left).toBeLessThanOrEqual(9);
  });

  it('spent by this year’s aid, its raiders give no battle to strike, and no battle won (rules version 21)', () => {
    // Playtest 34: four Klingon fleets "won" against raiders of strength 0, +3 support each.
    // A Klingon fleet at Narendra III, one lane from the raiders at Romulus.
    const g = romulanRaid(2, 1, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 5 }];
    });
    const war = g.wars[0];
    if (!war) throw new Error('fixture');
    const orders = {
      // 10 reserves take 2 from the war's strength (5 a point): nothing is left of it.
      federation: [{ type: 'aid', target: war.id, amount: 10 } as const],
      klingon: [{ type: 'attack-fleet', fleet: 'k1', target: RAIDERS } as const],
    };
    const r = turn(g, orders);
    const texts = r.report.changes.map((c) => c.text);
    expect(texts).toContain(
      `Fleet k1 finds fleet ${RAIDERS} with no strength left: its war is spent, and there is no battle.`,
    );
    expect(texts.some((x) => x.startsWith('Fleet k1 attacks'))).toBe(false);
    expect(texts).not.toContain('A battle won in space.');
    expect(r.state.fleets.find((f) => f.id === 'k1')?.strength).toBe(5);
    // The spent war ends, and its raiders go home.
    expect(r.state.wars).toEqual([]);
    expect(r.state.fleets.some((f) => f.id === RAIDERS)).toBe(false);
    // Without the aid, the same attack is a battle.
    const fought = turn(g, { klingon: orders.klingon }).report.changes.map((c) => c.text);
    expect(fought.some((x) => x.startsWith(`Fleet k1 attacks fleet ${RAIDERS}`))).toBe(true);
  });

  it('an attack on its raiders gives its chance in the order’s row, against the war’s strength', () => {
    // The war has grown since its raiders gathered: 9, though the fleet still numbers 4. The odds are
    // the strengths squared (rules version 29): 144 / (144 + 81), 64%.
    const g = grownRaid();
    const effect = orderEffect(g, 'federation', { type: 'attack-fleet', fleet: 'f1', target: RAIDERS });
    expect(effect).toBe(
      `A battle with fleet ${RAIDERS}, if it is still within a lane: this fleet's 12 ships against its 9, a 64% chance; the loser loses ships in proportion, and no world changes hands. Raiders whose war this year’s aid spends before the battles give no battle, and none is won.`,
    );
    // The report of the same battle gives the same figures.
    const r = turn(g, { federation: [{ type: 'attack-fleet', fleet: 'f1', target: RAIDERS }] });
    expect(r.report.changes.some((c) => c.text.includes('strength 12 against 9, a 64% chance'))).toBe(true);
  });

  it('says at its end which of the worlds it took it keeps (rules version 19)', () => {
    // A war of two years: named in 2300, it takes Narendra III in 2301 and ends in 2302.
    const first = turn(turn(romulanRaid(6, 2)).state).state;
    expect(owner(first, 'narendra')).toBe('romulan');
    expect(first.wars[0]?.took).toEqual(['narendra']);
    const end = (s: GameState) =>
      turn(s).report.changes.find((c) => c.kind === 'war' && / ends/.test(c.text))?.text;
    expect(end(first)).toMatch(
      / ends\. The Romulan Star Empire still holds Narendra III, the Klingon Empire's to take back\.$/,
    );
    // Retaken before a war spent (it strikes no more), it is not named.
    const retaken = copyOf(first);
    for (const x of retaken.systems) if (x.id === 'narendra') x.owner = 'klingon';
    retaken.wars = retaken.wars.map((w) => ({ ...w, strength: 0 }));
    expect(end(retaken)).toMatch(/ ends\.$/);
  });

  it('sends its raiders home when the war ends, even from the world they took, so it can be retaken', () => {
    const taken = turn(turn(romulanRaid(6, 1)).state).state;
    expect(owner(taken, 'narendra')).toBe('romulan');
    expect(taken.wars).toEqual([]);
    expect(taken.fleets.some((f) => f.id === RAIDERS)).toBe(false);
    // A Klingon fleet beside it takes it back: no garrison, no raiders left.
    const back = turn(
      {
        ...taken,
        fleets: [...taken.fleets, { id: 'k9', owner: 'klingon', location: 'qonos', strength: 3 }],
      },
      { klingon: [{ type: 'attack', fleet: 'k9', target: 'narendra' }] },
    ).state;
    expect(owner(back, 'narendra')).toBe('klingon');
  });
});

describe('a third power whose world was taken (rules version 22)', () => {
  /** A Romulan raid of 20 revealed in 2301, after the Klingons took Romulus; `edit` adds to the map. */
  function afterRomulusFell(edit?: (s: ScenarioInput) => void): GameState {
    const g = copyOf(
      miniGame((s) => {
        withRules(s, {
          threats: { warningYears: 1, securityDefended: 5 },
          battle: { garrison: 0, capitalGarrison: 0 },
        });
        s.powers.klingon.fleets = [{ id: 'k2', location: 'qonos', strength: 4 }];
        addEvents(s, { year: 2301, type: 'incursion', attacker: 'romulan', victim: 'klingon', strength: 20 });
        edit?.(s);
      }),
    );
    // What a won battle does: the world is the Klingons'.
    for (const x of g.systems) if (x.id === 'romulus') x.owner = 'klingon';
    return g;
  }

  it('strikes to take it back, though it holds no world beside the victim’s any more', () => {
    const g = afterRomulusFell();
    expect(g.thirdPowers.find((t) => t.id === 'romulan')?.homeworlds).toEqual(['romulus']);
    const named = turn(g).state; // 2301's incursion is revealed
    expect(named.wars).toEqual([expect.objectContaining({ target: 'romulus', since: 2302 })]);
    expect(named.events[0]?.text).toContain(
      'Romulan Star Empire ships gather near Romulus, to take back a world of theirs: they strike in 2302.',
    );
    // With no world of their own, they gather over it; undefended, it falls back to them.
    expect(named.fleets).toContainEqual(expect.objectContaining({ owner: 'romulan', location: 'romulus' }));
    expect(owner(turn(turn(named).state).state, 'romulus')).toBe('romulan');
  });

  it('strikes there before the border world its own world still lies beside', () => {
    // Nimbus III, Romulan, beside Narendra III: the front would be Narendra III.
    const g = afterRomulusFell((s) => {
      s.map.systems.push({
        id: 'nimbus',
        name: 'Nimbus III',
        x: 800,
        y: 300,
        owner: 'romulan',
        output: 2,
        zone: 'border',
      });
      s.map.lanes.push(['nimbus', 'narendra']);
    });
    expect(turn(g).state.wars[0]?.target).toBe('romulus');
    // Its worlds the victim does not hold are not named: Romulus retaken, the front is Narendra III.
    const retaken = copyOf(g);
    for (const x of retaken.systems) if (x.id === 'romulus') x.owner = 'romulan';
    expect(turn(retaken).state.wars[0]?.target).toBe('narendra');
  });
});

describe('an attack on a third power’s world (rules version 22)', () => {
  it('says, before it is given, that a world of the third power’s own stays its to take back', () => {
    // Romulus (the Romulans' from the start) and Nimbus III (theirs only by this game's fortunes).
    const g = copyOf(
      miniGame((s) => {
        s.map.systems.push({
          id: 'nimbus',
          name: 'Nimbus III',
          x: 800,
          y: 300,
          owner: null,
          output: 2,
          zone: 'border',
        });
        s.map.lanes.push(['nimbus', 'narendra']);
        s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 9 }];
      }),
    );
    for (const x of g.systems) if (x.id === 'nimbus') x.owner = 'romulan';
    const words = (target: string) => orderEffect(g, 'klingon', { type: 'attack', fleet: 'k1', target });
    expect(words('romulus')).toMatch(
      /If you win, the world is yours and they move in\. It stays the Romulan Star Empire's to take back: its wars on you will strike there before any other world of yours\. Taken, the Romulan Star Empire holds a grudge against you until 2320/,
    );
    expect(words('nimbus')).toMatch(/If you win, the world is yours and they move in\.$/);
  });
});

describe('the AIs and a named threat', () => {
  it('the victim grants passage when it is short of ships and the other party’s fleets could come', () => {
    const short = aiOrders('loyalist', romulanRaid(8, 1), 'klingon');
    expect(short).toContainEqual({ type: 'grant-passage' });
    // With ships enough at the named world, it keeps its space closed.
    const enough = romulanRaid(8, 1, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 12 }];
    });
    expect(aiOrders('loyalist', enough, 'klingon')).not.toContainEqual({ type: 'grant-passage' });
  });

  it('the victim counts the arms it has seen sold to the raiders, as its card does (rules version 19)', () => {
    // 10 ships meet a raid of 8 (120% of it); the Federation's arms, seen, make it 10: 12 are wanted.
    const armed = (detected: boolean): GameState => {
      const g = romulanRaid(8, 1, (s) => {
        s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 10 }];
      });
      const war = g.wars[0];
      if (!war) throw new Error('fixture');
      g.wars = [{ ...war, armedBy: ['federation'] }];
      g.covert = [
        {
          id: 'c2299-f1',
          party: 'federation',
          article: 'III',
          code: 'III/arms',
          year: 2299,
          base: 10,
          detected,
          text: 'The Federation sells arms to the Romulan Star Empire.',
          war: war.id,
        },
      ];
      return g;
    };
    // Unseen, it counts 8 and its 10 ships are cover enough; seen, it counts 10 and builds the 2 it lacks.
    const builds = (detected: boolean) =>
      aiOrders('loyalist', armed(detected), 'klingon').filter((o) => o.type === 'build');
    expect(builds(false)).toEqual([]);
    expect(builds(true)).toEqual([{ type: 'build', system: 'qonos', ships: 2 }]);
  });

  it('the victim strikes raiders it outnumbers, within a lane, before they strike', () => {
    const g = romulanRaid(4, 1, (s) => {
      s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 20 }];
      // Romulus, where they gather, is the Romulans' capital: beyond reach, but not the raiders.
      s.map.systems = s.map.systems.map((x) => (x.id === 'romulus' ? { ...x, capital: true } : x));
    });
    expect(aiOrders('loyalist', g, 'klingon')).toContainEqual({
      type: 'attack-fleet',
      fleet: 'k1',
      target: RAIDERS,
    });
  });

  it('the other party, with passage, sends a fleet to the named world in the year of the blow; a hawk does not', () => {
    const warned = turn(romulanRaid(8, 1), { klingon: [{ type: 'grant-passage' }] }).state;
    const loyal = aiOrders('loyalist', warned, 'federation');
    expect(loyal.some((o) => o.type === 'move' && o.to === 'narendra')).toBe(true);
    const hawk = aiOrders('hawk', warned, 'federation');
    expect(hawk.some((o) => o.type === 'move' && o.to === 'narendra')).toBe(false);
  });

  it('without passage, a pragmatist trespasses to save a world that may well fall; a loyalist does not', () => {
    const rescue = (o: { type: string; to?: string }) => o.type === 'move' && o.to === 'narendra';
    // No passage granted: the Klingons have no ship at Narendra III against 8 raiders.
    const warned = turn(romulanRaid(8, 1)).state;
    expect(warned.powers.klingon.passageUntil).toBeLessThan(warned.year);
    expect(aiOrders('pragmatist', warned, 'federation').some(rescue)).toBe(true);
    expect(aiOrders('loyalist', warned, 'federation').some(rescue)).toBe(false);
    // A defence of 10 (8 ships and the garrison of 2) against 8, the odds squared: 64 / 164, two in
    // five to fall, though it is more than the raid: it goes.
    const covered = turn(
      romulanRaid(8, 1, (s) => {
        s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 8 }];
      }),
    ).state;
    expect(aiOrders('pragmatist', covered, 'federation').some(rescue)).toBe(true);
    // The world likely holds alone (a defence of 14 against 8: 64 / 260, one in four to fall): no
    // reason to break Article VI.
    const held = turn(
      romulanRaid(8, 1, (s) => {
        s.powers.klingon.fleets = [{ id: 'k1', location: 'narendra', strength: 12 }];
      }),
    ).state;
    expect(aiOrders('pragmatist', held, 'federation').some(rescue)).toBe(false);
    // The rescue is charged: the fleet lies there at the year's end without consent, once.
    const orders = aiOrders('pragmatist', warned, 'federation');
    const after = turn(warned, { federation: orders, klingon: [] });
    expect(entries(after.report, 'federation', 'VI/trespass')).toHaveLength(1);
  });
});
