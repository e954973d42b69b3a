// Playtest 25's words on the screens, through the builders: who did better at the end, the table
// of decades for a short game, what to play after the lesson, and why a disputed world offers no
// seizure.
import { describe, expect, it } from 'vitest';
import { decadesShown, nextGameLine, verdictLead } from '../../src/game/ui/end-verdict';
import { prosperityNow } from '../../src/game/ui/how-to-win';
import { rosterOfFleets } from '../../src/game/ui/names';
import { seizeNotNow } from '../../src/game/ui/not-now';
import { type GameState, type Order, simulate, validateOrder } from '../../src/sim/index';
import { builtin, miniGame } from './fixtures';

describe('the end’s verdict in a sentence', () => {
  it('writes a power’s name without a capital mid-sentence, with one at the start', () => {
    expect(verdictLead({ federation: 116, klingon: 119 }, 'klingon', false)).toBe(
      'You did better: 119 points to 116 for the Federation.',
    );
    expect(verdictLead({ federation: 119, klingon: 116 }, 'klingon', false)).toBe(
      'The Federation did better: 119 points to your 116.',
    );
    expect(verdictLead({ federation: 100, klingon: 100 }, 'federation', false)).toBe(
      'You and the Klingon Empire finish level, 100 points each.',
    );
    expect(verdictLead({ federation: 90, klingon: 100 }, 'federation', true)).toBe(
      'The Klingon Empire did better: 100 points to 90.',
    );
  });
});

describe('the end of a game shorter than a decade', () => {
  const played = (id: string, maxTurns: number): GameState => {
    const r = simulate(builtin(id), {
      seed: 'ui26',
      policies: { federation: 'loyalist', klingon: 'pragmatist' },
      maxTurns,
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.state;
  };

  it('shows no table of decades for Centennial Eve’s five years, and one for a longer game', () => {
    const eve = played('centennial-eve', 10);
    expect(eve.phase).toBe('ended');
    expect(decadesShown(eve)).toBe(false);
    // Twelve years of the campaign: two decades banked.
    expect(decadesShown(played('khitomer-accords', 12))).toBe(true);
  });

  it('after the lesson, points to the campaign by its title and years; after any other game, nothing', () => {
    const campaign = builtin('khitomer-accords');
    expect(nextGameLine('centennial-eve')).toBe(
      `Next, try the campaign: ${campaign.title}, the whole century from ${campaign.firstYear} to ${campaign.lastYear}. Choose it under New game.`,
    );
    expect(nextGameLine('centennial-eve')).toContain('The Khitomer Accords');
    for (const id of ['khitomer-accords', 'the-withdrawal', 'mini']) expect(nextGameLine(id)).toBeNull();
  });
});

// Playtest 25 (2299): Sherman's Planet selected after "the fleets offer something faster", and the
// panel said only "No fleets / Nothing to order here this year".
describe('a disputed world that cannot be seized this year', () => {
  const seize = (system: string): Order => ({ type: 'seize', system });

  it('says how near your fleets are and how far a fleet moves, when reach is all that is missing', () => {
    // The Empire's fleets both at Qo'noS: Archanis IV is 2 lanes away (Qo'noS, Narendra III, Archanis IV).
    const s = miniGame((g) => {
      g.powers.klingon.fleets = [
        { id: 'k1', location: 'qonos', strength: 5 },
        { id: 'k2', location: 'qonos', strength: 4 },
      ];
    });
    const roster = rosterOfFleets(s.fleets);
    const refused = validateOrder(s, 'klingon', seize('archanis'));
    expect(refused.ok ? null : refused.error.code).toBe('order/no-fleet-near');
    const line = seizeNotNow(s, 'klingon', [], 'archanis', roster);
    const max = s.rules.movement.maxLanes;
    expect(line).toMatch(
      new RegExp(
        `^Seize Archanis IV: no fleet of yours is near enough this year; a seizure needs one at Archanis IV or 1 lane from it\\. Your nearest, the [A-Z][\\w']+ Squadron at Qo'noS, is 2 lanes away \\(a fleet moves up to ${max} lanes a year\\)\\.$`,
      ),
    );
  });

  it('says nothing where a seizure is offered, given, or no seizure could be', () => {
    const s = miniGame();
    const roster = rosterOfFleets(s.fleets);
    // The Empire's fleet at Narendra III lies a lane from Archanis IV: the order is listed instead.
    expect(validateOrder(s, 'klingon', seize('archanis')).ok).toBe(true);
    expect(seizeNotNow(s, 'klingon', [], 'archanis', roster)).toBeNull();
    // Given already: the queue says it.
    expect(seizeNotNow(s, 'klingon', [seize('archanis')], 'archanis', roster)).toBeNull();
    // A world of one's own, a core world of the other: nothing to seize.
    expect(seizeNotNow(s, 'klingon', [], 'narendra', roster)).toBeNull();
    expect(seizeNotNow(s, 'klingon', [], 'sol', roster)).toBeNull();
    expect(seizeNotNow(s, 'klingon', [], 'nowhere', roster)).toBeNull();
  });

  it('gives the rules’ reason otherwise, a power named as the screens name it', () => {
    const base = miniGame();
    const roster = rosterOfFleets(base.fleets);
    // Archanis IV held by the Federation, the Empire's claim on it raised this year (the playtest's
    // 2299: a revived claim on a world the other holds).
    const held: GameState = {
      ...base,
      systems: base.systems.map((x) => (x.id === 'archanis' ? { ...x, owner: 'federation' } : x)),
    };
    expect(seizeNotNow(held, 'klingon', [], 'archanis', roster)).toBe(
      'Seize Archanis IV: Archanis IV belongs to the Federation; taking it would be an attack.',
    );
    const claimed: GameState = {
      ...held,
      claims: [
        {
          id: 'e-claim',
          eventId: 'e',
          kind: 'territory',
          system: 'archanis',
          claimant: 'klingon',
          since: held.year,
        },
      ],
    };
    expect(seizeNotNow(claimed, 'klingon', [], 'archanis', roster)).toBe(
      'Seize Archanis IV: Your claim on Archanis IV was raised this year: its holder has a year to answer it first.',
    );
  });
});

describe('How to win’s prosperity line (playtest 37)', () => {
  it('says what prosperity banks a year as the industries stand, and when it is at its most', () => {
    const s = miniGame();
    const sc = s.rules.scoring;
    expect(prosperityNow(s, 'federation')).toBe(
      `${sc.prosperityBase} a year now, at most ${2 * sc.prosperityBase}; each ${sc.prosperityPer} output your growth gains on the rival's adds one`,
    );
    // Sol grown by as much as the cap asks: more adds nothing.
    const lead = sc.prosperityBase * sc.prosperityPer;
    const grown = {
      ...s,
      systems: s.systems.map((x) => (x.id === 'sol' ? { ...x, output: x.output + lead } : x)),
    };
    expect(prosperityNow(grown, 'federation')).toBe(
      `${2 * sc.prosperityBase} a year now, at its most; more growth adds nothing while yours leads the rival's by ${lead} output or more`,
    );
    expect(prosperityNow(grown, 'klingon')).toMatch(/^0 a year now, at most/);
  });
});
