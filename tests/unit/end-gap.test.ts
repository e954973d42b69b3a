// The end screen's table by source and the sentence that says where the gap came from (playtest 27
// lost the campaign to the Empire and the end screen did not say why: the gap was all prosperity).
import { describe, expect, it } from 'vitest';
import { gapLine, type SourceRow, sideBySide } from '../../src/game/ui/end-verdict';
import { scoreBreakdown } from '../../src/sim/index';
import { miniGame } from './fixtures';

const row = (source: SourceRow['source'], federation: number, klingon: number): SourceRow => ({
  source,
  label: source,
  points: { federation, klingon },
});

describe('the end’s points by source', () => {
  it('lines both powers up by source: a line only the Empire has is in its column, 0 in the other', () => {
    const base = miniGame();
    const s = { ...base, walkedBack: ['klingon' as const] };
    const rows = sideBySide(s);
    const walked = rows.find((r) => r.source === 'walked-back');
    expect(walked?.points).toEqual({ federation: 0, klingon: -s.rules.crisis.walkedBackPoints });
    // Each column sums to its power's score.
    for (const p of ['federation', 'klingon'] as const)
      expect(rows.reduce((n, r) => n + r.points[p], 0)).toBe(scoreBreakdown(s, p).total);
  });
});

describe('where the gap came from', () => {
  const rows = [
    row('honour', 300, 280),
    row('security', 50, 40),
    row('prosperity', 20, 410),
    row('support', 90, 60),
  ];
  const scores = { federation: 460, klingon: 790 };

  it('names the leader’s largest gains and the one source the other led in, from the player’s seat', () => {
    expect(gapLine(rows, scores, 'federation', false)).toBe(
      'The Klingon Empire’s lead came from prosperity (410 to 20); you led in support at home (90 to 60).',
    );
    expect(gapLine(rows, scores, 'klingon', false)).toBe(
      'Your lead came from prosperity (410 to 20); the Federation led in support at home (90 to 60).',
    );
  });

  it('names neither seat "you" in hot seat, and lists the gains largest first, three at most', () => {
    const two = [row('honour', 300, 100), row('security', 60, 20), row('prosperity', 50, 40)];
    expect(gapLine(two, { federation: 410, klingon: 160 }, 'klingon', true)).toBe(
      'The Federation’s lead came from honour (300 to 100), security (60 to 20) and prosperity (50 to 40).',
    );
    const four = [...two, row('parade', 10, 5)];
    expect(gapLine(four, { federation: 420, klingon: 165 }, 'klingon', true)).toBe(
      'The Federation’s lead came from honour (300 to 100), security (60 to 20) and prosperity (50 to 40).',
    );
  });

  it('says nothing when the scores are level', () => {
    expect(
      gapLine(
        [row('honour', 50, 60), row('prosperity', 60, 50)],
        { federation: 110, klingon: 110 },
        'federation',
        false,
      ),
    ).toBeNull();
  });
});
