// What a suspension of the Accords costs when it is walked back (DESIGN.md section 15.4, rules
// version 10), and what a power may give for the other's return (rules version 27). Kept apart from
// rules.ts, which holds most other groups of the `rules` block.
import { z } from 'zod';
import { int } from './rules-int';

export const CrisisSchema = z
  .strictObject({
    walkedBackPoints: int(
      0,
      1000,
      100,
      'Score a power loses each time a summit restores Accords that its order suspended (its case against the other was not borne out).',
    ),
    vouchStanding: int(
      0,
      50,
      8,
      'Standing a power gives up to vouch for the other while the Accords are suspended; the other gains as much (0: no power may vouch).',
    ),
  })
  .prefault({});
