// Regressions: bugs found while writing the article/ledger/treaty/scoring/economy unit tests, each
// pinned by the test that first showed it (the comments describe the code as it was).
import { describe, expect, it } from 'vitest';
import { miniGame, turn, withRules } from './fixtures';

describe('BUG 1: a standing that reaches 0 in step h is revived by a later reward of the same year', () => {
  // ledger.ts applyStanding (lines ~154-173) clamps to 0–100 after *each* ledger entry, in ledger
  // order; treaty.ts resolveTreaty (line ~263) looks only at the standing after all of them. A cost
  // that overshoots 0 is forgiven, and a reward charged later in the year lifts the standing off 0:
  // at standing 2, an attack (−25) and a generous aid (+3 +2) end at 5 — suspended, not collapsed —
  // while the report shows the standing going 2 → 0 → 3 → 5. Had the rewards come first in the
  // ledger (7 − 25) the Accords would have collapsed. DESIGN.md §6: "collapsed … a standing
  // reaches 0". Fix: sum the year's entries and clamp once, or collapse when any step reaches 0.
  it('collapses the Accords when the year’s costs take a standing to 0', () => {
    const g = miniGame((s) => {
      s.powers.federation.standing = 2;
      s.powers.federation.fleets = [{ id: 'f1', location: 'organia', strength: 5 }];
      s.timeline = [
        { year: 2300, type: 'disaster', victim: 'klingon', system: 'qonos', need: 10, deadline: 1 },
      ];
    });
    const r = turn(g, {
      federation: [
        { type: 'attack', fleet: 'f1', target: 'narendra' },
        { type: 'aid', target: 'e2300-t0-aid', amount: 15 },
      ],
    });
    expect(r.state.powers.federation.standing).toBe(0); // today: 5
    // Rules version 6: a standing of 0 suspends (the attack suspends them as well).
    expect(r.state.status).toBe('suspended');
  });
});

describe('BUG 2: a summit restores the Accords on a standing the year’s ledger already took away', () => {
  // treaty.ts resolveSummits (lines ~239-245) judges "both standings ≥ restoreMinimum" on
  // `standing + summit reward` in step a, ignoring the entries of the year already in the ledger.
  // An intelligence leak revealed as the year opens charges its exposure at once (events.ts
  // `exposure` → covert.ts expose), but the standing only moves in step h: a Federation at 26
  // with a −15 exposure pending is judged at 28 ≥ 25, the Accords are restored, and the year ends
  // with the Federation at 13 (below even suspendBelow). DESIGN.md §6: "a summit accepted by both,
  // with both standings ≥ 25, restores the Accords". Fix: judge on the standing with the year's
  // ledger so far (or restore in step j on the year-end standings).
  it('does not restore the Accords when the year’s exposure leaves a standing below restoreMinimum', () => {
    const g = miniGame((s) => {
      s.status = 'suspended';
      s.suspendedSince = 2300;
      s.powers.federation.standing = 26;
      s.powers.klingon.standing = 40;
      withRules(s, {
        treaty: { warRiskPercent: 0, warRiskPerOpenViolationPercent: 0 },
        detection: { firstYearPercent: 0, perEmbassyLevelPercent: 0, laterPercent: 0 },
      });
      s.timeline = [{ year: 2301, type: 'exposure' }];
    });
    const spied = turn(g, { federation: [{ type: 'espionage', mode: 'reveal' }] }).state; // unseen in 2300
    expect(spied.ledger.at(-1)).toMatchObject({ year: 2301, kind: 'exposure', delta: -15 }); // the leak
    const r = turn(spied, { federation: [{ type: 'summit' }], klingon: [{ type: 'summit' }] });
    expect(r.state.status).toBe('suspended'); // today: strained, with the Federation at 13
  });
});
