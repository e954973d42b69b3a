// Support at home (DESIGN.md section 15.2): what each government's people cheer and resent, the
// council's address, the drift when a government gets nothing it wants, and the hard top. Kept apart
// from rules.ts, which holds the other groups of the `rules` block.
import { z } from 'zod';
import { int } from './rules-int';

export const SupportSchema = z
  .strictObject({
    klingonBattleWon: int(-20, 20, 3, 'Klingon support for a battle won.'),
    klingonSystemGained: int(-20, 20, 3, 'Klingon support for a system gained.'),
    klingonExtradition: int(-20, 20, -5, 'Klingon support for an extradition.'),
    klingonDefiance: int(-20, 20, 2, 'Klingon support for defying a demand.'),
    klingonSystemLost: int(-20, 20, -4, 'Klingon support for a system lost.'),
    federationAidGiven: int(-20, 20, 2, 'Federation support for aid given.'),
    federationAttackUnanswered: int(-20, 20, -4, 'Federation support for a system attacked without answer.'),
    federationExposedCovert: int(-20, 20, -6, 'Federation support for an exposed covert operation.'),
    federationGrowth: int(-20, 20, 1, 'Federation support for a year of growth.'),
    federationDefiance: int(-20, 20, 1, 'Federation support for sheltering a fugitive seen as a hero.'),
    strainedPerYear: int(-20, 20, -2, 'Support a year for both while the Accords are strained or worse.'),
    address: int(0, 20, 3, 'Support for addressing the council.'),
    addressLessEach: int(0, 20, 1, 'Support an address gives less for each address of the last ten years.'),
    restLevel: int(
      0,
      100,
      50,
      'Support above this drifts down in a year the government got nothing it wants.',
    ),
    drift: int(0, 20, 2, 'Support lost a year above `restLevel` in such a year.'),
    hawksShips: int(
      1,
      100,
      4,
      'Ships built in a year that content the hawks: their complaint the next year costs no support (so does a world gained).',
    ),
    newLeader: int(1, 100, 40, 'Support of an AI power’s new leader after its government fell.'),
    highLine: int(
      0,
      100,
      80,
      'Above this, a gain of support counts half (rounded down): support is hard to hold at the top.',
    ),
  })
  .prefault({});
