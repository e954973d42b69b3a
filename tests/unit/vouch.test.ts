// Vouching for the other's return to suspended Accords (rules version 27): the order's checks, the
// standing it moves, the summit it lets restore them, and the AIs that give it.
import { describe, expect, it } from 'vitest';
import {
  aiOrders,
  caseOf,
  type GameState,
  type Order,
  type ScenarioInput,
  scoreBreakdown,
  validateOrder,
} from '../../src/sim/index';
import { vouchWords } from '../../src/sim/orders/diplomacy';
import { miniGame, type RulesInput, turn, withRules } from './fixtures';

const vouch: Order = { type: 'vouch' };
const summit: Order = { type: 'summit' };

/** Accords suspended since 2300 (the mini map's first year), no war risk: the Empire fell to `kli`. */
function fallen(fed: number, kli: number, rules: RulesInput = {}): GameState {
  return miniGame((s: ScenarioInput) => {
    s.status = 'suspended';
    s.suspendedSince = 2300;
    s.powers.federation.standing = fed;
    s.powers.klingon.standing = kli;
    withRules(s, {
      ...rules,
      treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0, ...rules.treaty },
    });
  });
}

function refusal(s: GameState, order: Order = vouch): string | null {
  const r = validateOrder(s, 'federation', order);
  return r.ok ? null : `${r.error.code}: ${r.error.message}`;
}

describe('the vouch order', () => {
  it('gives the voucher’s standing to the other, written in the ledger for each', () => {
    const r = turn(fallen(80, 5), { federation: [vouch] });
    const lines = r.state.ledger.toArray().filter((e) => e.code === 'vouch');
    expect(lines.map((e) => [e.party, e.delta])).toEqual([
      ['federation', -8],
      ['klingon', 8],
    ]);
    expect(lines[0]?.text).toBe(
      "The Federation vouches for the Klingon Empire's return to the Accords, and gives 8 of its standing.",
    );
    // Each with the mini map's clean-year reward (+1): 80 − 8 + 1, and 5 + 8 + 1.
    expect(r.state.powers.federation.standing).toBe(73);
    expect(r.state.powers.klingon.standing).toBe(14);
    expect(r.state.status).toBe('suspended');
  });

  it('lets a summit of the same year restore Accords it could not restore without', () => {
    // 12 + the summit's 2 is short of 20; with the Federation's 8 it is 22.
    const without = turn(fallen(80, 12), { federation: [summit], klingon: [summit] });
    expect(without.state.status).toBe('suspended');
    const given = turn(fallen(80, 12), { federation: [vouch, summit], klingon: [summit] });
    expect(given.state.status).toBe('strained');
    expect(given.state.suspendedSince).toBeNull();
    expect(
      given.report.changes.some((c) => c.kind === 'treaty' && c.text === 'The summit restores the Accords.'),
    ).toBe(true);
  });

  it('is refused while the Accords are not suspended, or the scenario allows none', () => {
    const inForce = miniGame((s) => {
      s.powers.klingon.standing = 5;
    });
    expect(refusal(inForce)).toBe(
      'order/not-suspended: You vouch for the other power only while the Accords are suspended.',
    );
    expect(refusal(fallen(80, 5, { crisis: { vouchStanding: 0 } }))).toBe(
      "order/cannot-vouch: This scenario's rules let no power vouch for the other.",
    );
  });

  it('is refused when the other needs no word, or when the voucher’s own standing would fall below the line', () => {
    expect(refusal(fallen(80, 20))).toBe(
      "order/cannot-vouch: The Klingon Empire's standing is 20, at the 20 a restoration needs already: a summit is all it takes.",
    );
    expect(refusal(fallen(27, 5))).toBe(
      'order/cannot-vouch: Vouching would take your standing from 27 to 19, below the 20 a restoration needs of yours too.',
    );
    expect(refusal(fallen(28, 5))).toBeNull();
  });

  it('is given once in a suspension, and once a year', () => {
    expect(validateOrder(fallen(80, 5), 'federation', vouch, [vouch]).ok).toBe(false);
    const after = turn(fallen(80, 2), { federation: [vouch] }).state;
    expect(after.status).toBe('suspended');
    expect(refusal(after)).toBe(
      'order/cannot-vouch: You vouched for the Klingon Empire in 2300: a power gives its word once in a suspension.',
    );
  });

  it('says on its row what it moves and whether a summit would restore the Accords with it', () => {
    expect(vouchWords(fallen(80, 12), 'federation')).toBe(
      "You stand surety for the Klingon Empire's return to the Accords: your standing falls by 8 (80 → 72) and the Klingon Empire's rises by 8 (12 → 20). No violation, and no act of faith: the standing is given, not earned. With a summit both powers hold this year, the Klingon Empire's would stand at 22 and yours at 74: the Accords would be restored (both at least 20, the summit's reward included), unless the year's other acts lower them first.",
    );
    expect(vouchWords(fallen(80, 2), 'federation')).toContain(
      "Even with a summit this year, the Klingon Empire's would stand at 12, short of the 20 a restoration needs: its own acts of faith must make up the rest, for you give your word once in a suspension.",
    );
  });
});

describe('a collapse after a vouch', () => {
  it('keeps the case of the power that vouched when both standings stand at the line as they fall', () => {
    // Playtest 32c: the loyal Empire vouched for a Federation that cheated on; the year's rewards
    // took the Federation's standing to the line in the collapse's year, and both lost everything.
    const g = fallen(80, 12, { treaty: { suspendedYearsToCollapse: 2 } });
    const first = turn(g, { federation: [vouch] }).state;
    expect(first.powers.klingon.standing).toBeGreaterThanOrEqual(20);
    // It still offers a summit in the last year (the Empire does not come): its case holds.
    const end = turn(turn(first).state, { federation: [summit] }).state;
    expect(end.result?.kind).toBe('collapse');
    expect(caseOf(end)).toEqual({ party: 'federation', why: 'vouched' });
    expect(end.result?.scores?.klingon).toBe(0);
    expect(end.result?.scores?.federation).toBeGreaterThan(0);
    expect(scoreBreakdown(end, 'federation').lines.at(-1)?.label).toBe(
      "The collapse (The Federation had vouched for the other's return: it keeps 50% of what it banked, the other nothing)",
    );
  });

  it('a power that vouched and then offered no summit in the last year keeps no case', () => {
    const g = fallen(80, 12, { treaty: { suspendedYearsToCollapse: 2 } });
    const end = turn(turn(turn(g, { federation: [vouch] }).state).state).state;
    expect(end.result?.kind).toBe('collapse');
    expect(caseOf(end)).toBeNull();
    expect(end.result?.scores).toBeNull();
  });

  it('without a vouch, both at the line as they fall, neither keeps a case (rules version 26)', () => {
    const g = fallen(80, 19, { treaty: { suspendedYearsToCollapse: 2 } });
    const end = turn(turn(turn(g).state).state).state;
    expect(end.result?.kind).toBe('collapse');
    expect(end.powers.klingon.standing).toBeGreaterThanOrEqual(20);
    expect(caseOf(end)).toBeNull();
    expect(end.result?.scores).toBeNull();
  });
});

describe('the AIs and the vouch', () => {
  it('a loyalist vouches for a fallen power and proposes the summit that restores the Accords with it', () => {
    const s = fallen(80, 12);
    const orders = aiOrders('loyalist', s, 'federation');
    expect(orders).toContainEqual(vouch);
    expect(orders).toContainEqual(summit);
  });

  it('a pragmatist and a hawk never vouch', () => {
    const s = fallen(80, 12);
    for (const ai of ['pragmatist', 'hawk'] as const)
      expect(
        aiOrders(ai, s, 'federation').some((o) => o.type === 'vouch'),
        ai,
      ).toBe(false);
  });

  it('a loyalist gives no word that could not restore them, nor one the other no longer needs', () => {
    // 0 + 8 + 2 now, or 0 + 16 + 2 with a year's climb: short of 20 either way.
    expect(aiOrders('loyalist', fallen(80, 0), 'federation').some((o) => o.type === 'vouch')).toBe(false);
    expect(aiOrders('loyalist', fallen(80, 20), 'federation').some((o) => o.type === 'vouch')).toBe(false);
  });
});
