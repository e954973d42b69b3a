// What lasts of a decision (DESIGN.md section 15.3): a hero cheered for years, a scarred world, the
// goodwill of aid, and what the other powers remember of it (rules version 9). Kept apart from
// rules.ts, which holds most other groups of the `rules` block.
import { z } from 'zod';
import { int } from './rules-int';

export const LastingSchema = z
  .strictObject({
    heroSupport: int(
      0,
      20,
      4,
      'Support a year at home while a sheltered fugitive stays a hero (from the year after the shelter).',
    ),
    heroYears: int(0, 100, 20, 'Years a sheltered fugitive stays a hero at home.'),
    heroHandedOver: int(
      0,
      100,
      60,
      'Support lost when a sheltered fugitive is handed over after all (that earns no extradition reward): the people’s betrayed hero, and enough to bring most governments down.',
    ),
    disasterOutputLoss: int(
      0,
      20,
      10,
      'Output a stricken world of a party loses for good when its aid falls short, in proportion to what is missing.',
    ),
    goodwillOutput: int(
      0,
      20,
      2,
      'Output the least developed world of a power gains for good when it gives generous aid to a disaster.',
    ),
    warAidPerStrength: int(
      0,
      1000,
      5,
      'Reserves of aid against a third power that take one from its war’s strength (0: aid does not weaken it).',
    ),
    gratitudeYears: int(
      0,
      100,
      15,
      'Years a party remembers the other’s aid in full for its disaster, or an extradition, with gratitude.',
    ),
    gratitudePercent: int(
      0,
      1000,
      0,
      'How much more a breach against a party it is grateful to weighs with an AI, in % (100: twice).',
    ),
    grudgeYears: int(
      0,
      100,
      30,
      'Years a party holds a grudge against the other for leaving its disaster short.',
    ),
    grudgePercent: int(
      0,
      100,
      100,
      'How much less a breach against a party it holds a grudge for a disaster left short against weighs with an AI, in % (100: it counts no cost at all).',
    ),
    shelterGrudgeYears: int(
      0,
      100,
      20,
      'Years a party holds a grudge against the other for sheltering a fugitive it asked for.',
    ),
    shelterGrudgePercent: int(
      0,
      100,
      50,
      'How much less a breach against a party it holds a grudge for a sheltered fugitive against weighs with an AI, in %.',
    ),
    reliefYears: int(
      0,
      100,
      25,
      'Years a third power relieved in full in its disaster spares the giver’s worlds from its wars (they fall on the other party, if it may choose).',
    ),
    reliefGrudgeYears: int(
      0,
      100,
      30,
      'Years a third power left short of relief in its disaster holds a grudge against the party that failed it: its wars seek that party’s worlds first, and later relief does not heal it.',
    ),
    conquestGrudgeYears: int(
      0,
      100,
      20,
      'Years a third power holds a grudge against a party that takes a world it held when the game began (0: none): the grudge of relief refused, with its raids and its wars that seek that party first.',
    ),
    reliefGrudgeStrength: int(
      0,
      100,
      22,
      'Strength of the raid a third power’s grudge (for relief refused, or a world of its own taken) sends against the party it holds it against, named a year ahead (0: none).',
    ),
    reliefGrudgeRaidEvery: int(
      0,
      100,
      8,
      'Years between the raids of a third power’s grudge (for relief refused, or a world of its own taken), while it lasts (0: one raid only).',
    ),
  })
  .prefault({});
