import { describe, expect, it } from 'vitest';
import { isDue, momentLine, standingsAt } from '../../src/game/ui/ledger-moment';
import { dueStanding } from '../../src/sim/index';
import { addEvents, miniGame, turn } from './fixtures';

// Playtest 20: the ledger listed a leak's −15 of 2296 while the HUD still read 63. An event revealed
// as a year opens writes its line at once; the standing moves when that year ends (step h).
describe('the moment the standings and the ledger are told at', () => {
  const start = miniGame((s) =>
    addEvents(s, {
      year: 2301,
      type: 'historic',
      title: 'A day of shame',
      text: 'An old treaty broken comes to light.',
      standing: { klingon: -7 },
    }),
  );
  const opened = turn(start).state; // 2300 ends; 2301 opens with its event's line
  const ended = turn(opened).state; // 2301 ends: the line counts

  it('marks the line of the year in progress as due, and sums it by power', () => {
    expect(opened.year).toBe(2301);
    const line = opened.ledger.filter((e) => e.text === 'A day of shame')[0];
    if (!line) throw new Error('the historic event writes its line as 2301 opens');
    expect(line.year).toBe(2301);
    expect(isDue(opened, line)).toBe(true);
    expect(dueStanding(opened)).toEqual({ federation: 0, klingon: -7 });
    // Counted in 2301's step h: no longer due, and nothing of 2300 ever was.
    expect(isDue(ended, line)).toBe(false);
    expect(dueStanding(start)).toEqual({ federation: 0, klingon: 0 });
  });

  it('the standing after the year is the one before plus the ledger’s lines of that year', () => {
    for (const party of ['federation', 'klingon'] as const) {
      const lines = ended.ledger.filter((e) => e.year === 2301 && e.party === party);
      const sum = lines.reduce((n, e) => n + e.delta, 0);
      expect(ended.powers[party].standing, party).toBe(opened.powers[party].standing + sum);
    }
    // The HUD's due mark is what the year then moved, when nothing else did.
    expect(dueStanding(opened).klingon).toBe(-7);
  });

  it('says the moment in words, and what the ledger holds for the year in progress', () => {
    expect(standingsAt(start)).toBe('at the start of 2300');
    expect(standingsAt(opened)).toBe('as 2300 ended');
    const title = (p: string) => (p === 'federation' ? 'Federation' : 'Klingon Empire');
    const f = opened.powers.federation.standing;
    const k = opened.powers.klingon.standing;
    expect(momentLine(opened, title)).toBe(
      `The standings as 2300 ended: Federation ${f}, Klingon Empire ${k}. The lines of 2301 below are recorded already and count when 2301 ends: Klingon Empire −7.`,
    );
    expect(momentLine(ended, title)).not.toContain('recorded already');
  });
});
