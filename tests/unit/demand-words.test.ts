// A demand for reparations in words: what the grievance behind it holds back (playtest 28 read
// "keeps your standing at 76 or less" with a standing of 40).
import { describe, expect, it } from 'vitest';
import { demandText } from '../../src/game/ui/event-words';
import { miniGame } from './fixtures';

describe('a demand for reparations in words', () => {
  const withPower = (standing: number, grievance: number) => {
    const s = miniGame();
    return { ...s, powers: { ...s.powers, federation: { ...s.powers.federation, standing, grievance } } };
  };
  const demand = { by: 'klingon' as const, debtor: 'federation' as const, year: 2300, amount: 12 };

  it('says the grievance holds the standing back when the standing is near its ceiling', () => {
    expect(demandText(withPower(72, 24), demand)).toContain(
      'in reparations for the wrongs it holds against you (a grievance of 24 that keeps your standing at 76 or less).',
    );
  });

  it('says the ceiling is above the standing when it is far above it (playtest 28: 76 with a standing of 40)', () => {
    expect(demandText(withPower(40, 24), demand)).toContain(
      '(a grievance of 24: it caps your standing at 76, above your 40 now).',
    );
  });

  it('names the breaches seen when no grievance stands', () => {
    expect(demandText(withPower(40, 0), demand)).toContain(
      'in reparations for the breaches of the Accords it has seen.',
    );
  });
});
