// Playtest 24's screen defects, through the pure functions behind them: a report's folded lines and
// the suspension question once answered.
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/game/ui/report-lines';
import { answeredWords, suspensionWords } from '../../src/game/ui/suspension';
import { miniGame } from './fixtures';

describe("the report's folded lines", () => {
  it('say the sum of a number that came more than once, then each and how many times', () => {
    const approves = {
      tone: 'good',
      head: 'The Federation · ',
      delta: 3,
      words: 'The Council approves of the aid.',
    };
    const lines = foldLines([approves, { ...approves, head: 'The Klingon Empire · ' }, approves]);
    expect(lines).toEqual([
      { tone: 'good', text: 'The Federation · +6 (+3, 2 times) · The Council approves of the aid.' },
      { tone: 'good', text: 'The Klingon Empire · +3 · The Council approves of the aid.' },
    ]);
  });

  it('a loss is summed with its minus sign; lines with no number keep their count alone', () => {
    const lost = { tone: 'bad', head: '', delta: -2, words: 'Strained.' };
    expect(foldLines([lost, lost, lost]).map((l) => l.text)).toEqual(['−6 (−2, 3 times) · Strained.']);
    const said = { tone: '', head: 'Art. II · ', words: 'The embassy closes.' };
    expect(foldLines([said, said]).map((l) => l.text)).toEqual(['Art. II · The embassy closes. (2 times)']);
  });

  it('lines with different numbers are not folded together', () => {
    const a = { tone: 'good', head: '', delta: 2, words: 'Aid.' };
    expect(foldLines([a, { ...a, delta: 3 }]).map((l) => l.text)).toEqual(['+2 · Aid.', '+3 · Aid.']);
  });
});

describe('the suspension question, answered in the report', () => {
  const s = miniGame((g) => {
    g.powers.klingon.standing = 10;
  });

  it('keeping them says no suspension is ordered and how to suspend later', () => {
    const w = answeredWords(s, 'federation', 'keep');
    expect(w).toContain(`You keep the Accords: no suspension is ordered for ${s.year}.`);
    // Mid-sentence, lower case (playtest 26).
    expect(w).toContain("in any year the Klingon Empire's standing stays below 20");
  });

  it('the question names the other power in lower case mid-sentence (playtest 26)', () => {
    const w = suspensionWords(s, 'federation').suspend;
    expect(w).toContain('and the Klingon Empire nothing.');
    expect(w).toContain('then the Klingon Empire has recovered');
  });

  it("the Events card's own words say only what the order's row does not (playtest 26)", () => {
    const w = suspensionWords(s, 'federation');
    const t = s.rules.treaty;
    expect(w.risk).toContain(`a ${t.warRiskPercent}% chance of war`);
    expect(w.risk).toContain(`after ${t.suspendedYearsToCollapse} years they collapse`);
    expect(w.risk).toContain(`both standings at ${t.restoreMinimum} or more`);
    // The row's: the case on record and the cost of a walk back.
    expect(w.risk).not.toContain('score you banked');
    expect(w.risk).not.toContain(`${s.rules.crisis.walkedBackPoints} points`);
  });

  it('asked too near the last year for a collapse, it says the game would lapse with no grade (playtest 40)', () => {
    // The mini game ends as 2330 opens (its last turn is 2329): suspended in 2327, the three years
    // would end with 2330.
    const late = { ...s, year: 2327 };
    const w = suspensionWords(late, 'federation');
    expect(w.risk).toContain(
      'the game ends in 2330 before 3 years have passed: Accords still suspended then lapse, and neither power is given a grade',
    );
    expect(w.suspend).toContain('. Should they collapse before then: your case on record keeps you 50%');
    expect(suspensionWords({ ...s, year: 2326 }, 'federation').risk).toContain('after 3 years they collapse');
  });

  it('suspending says the order is given for the year and how to take it back', () => {
    const w = answeredWords(s, 'federation', 'suspend');
    expect(w).toContain(`Suspend the Accords is given for ${s.year}`);
    expect(w).toContain(`withdraw it from Orders for ${s.year}`);
    // The order holds at the year's end, whatever the year did to the standing (playtest 38 read
    // "if its standing is still below 20"; treaty.test.ts holds the rule).
    expect(w).toContain("whatever the year does to the Klingon Empire's standing");
    expect(suspensionWords(s, 'federation').suspend).not.toContain('still below');
  });
});
