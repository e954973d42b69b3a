// The scenario file format. `levels/scenario.schema.json` is generated from this (npm run schema).
import { z } from 'zod';
import { ZONES } from '../types';
import { DEFAULT_GRADES, RulesSchema } from './rules';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')
  .max(64)
  .describe('An identifier: lower-case letters, digits and hyphens.');
const text = (max: number) => z.string().max(max);
const party = z.enum(['federation', 'klingon']);
const partyOrAny = z.enum(['federation', 'klingon', 'any']);
const year = z.number().int().min(1000).max(9999);
const count = (max: number) => z.number().int().min(0).max(max);

/**
 * The longest game a scenario may set, in years (turns): the campaign is a century. A bound, so that
 * no file makes a game, a replay or its viewer run without end; the headless loop's cap is the same.
 */
export const MAX_SCENARIO_YEARS = 1000;

const common = {
  title: text(120).optional().describe('Shown as the event card’s title; a default per type otherwise.'),
  text: text(1000)
    .optional()
    .describe(
      'The card’s text. Placeholders: {victim}, {system}, {attacker}, {fugitive}, {origin}, {party}, {need}.',
    ),
};

/** The event variants, each with the extra fields of where it stands (a year, or a weight). */
function eventVariants<T extends z.ZodRawShape>(extra: T) {
  return [
    z
      .strictObject({
        ...extra,
        type: z.literal('disaster'),
        ...common,
        victim: z.string().describe('A party, a third power’s id, or "any" (a party drawn at random).'),
        system: id
          .optional()
          .describe(
            'The world struck (a party that holds it when the disaster comes is struck, rules v25); a system of the victim drawn at random otherwise.',
          ),
        need: count(1000).describe('Reserves of aid the disaster needs.'),
        deadline: z
          .number()
          .int()
          .min(1)
          .max(20)
          .default(1)
          .describe('Years (turns) the other party has to deliver aid, counting the year of the event.'),
        damage: count(1000).optional().describe('Reserves the disaster destroys.'),
      })
      .describe('Article IV: a disaster; the other party owes aid.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('incursion'),
        ...common,
        attacker: z.string().describe('A third power’s id, or "any" (weighted by aggression this era).'),
        victim: z
          .enum(['federation', 'klingon', 'any', 'resented', 'both'])
          .describe('The party attacked; "resented" is whom the attacker resents.'),
        target: id.optional().describe('The system attacked first; a border system of the victim otherwise.'),
        strength: count(200).describe('The third power’s strength in this war.'),
        years: z.number().int().min(1).max(20).default(2).describe('How long the war lasts.'),
      })
      .describe('Article III: a third power attacks a party.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('renegade'),
        ...common,
        origin: partyOrAny.describe('The party whose citizen strikes the other.'),
        fugitive: text(80).optional().describe('The individual’s name.'),
        deadline: z
          .number()
          .int()
          .min(1)
          .max(20)
          .default(2)
          .describe('Years (turns) the origin party has to extradite, counting the year of the demand.'),
      })
      .describe('Article V: an individual takes revenge; extradition is demanded.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('dispute'),
        ...common,
        system: z.string().describe('A disputed system’s id, or "any".'),
        claimant: partyOrAny,
      })
      .describe('Article VI: a claim on a disputed system.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('trade'),
        ...common,
        kind: z.enum(['pact-offer', 'tariff-quarrel']),
      })
      .describe('Article VI: a trade pact offered, or a tariff quarrel.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('domestic'),
        ...common,
        party: partyOrAny,
        faction: z.enum(['hawks', 'doves']),
        support: z.number().int().min(-50).max(50).describe('Change of the party’s support.'),
      })
      .describe('Hawks or doves press a government.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('exposure'),
        ...common,
      })
      .describe('An intelligence leak reveals the oldest unseen covert act of either party.'),
    z
      .strictObject({
        ...extra,
        type: z.literal('historic'),
        title: text(120),
        text: text(1000),
        standing: z
          .strictObject({ federation: z.number().int(), klingon: z.number().int() })
          .partial()
          .optional(),
        support: z
          .strictObject({ federation: z.number().int(), klingon: z.number().int() })
          .partial()
          .optional(),
      })
      .describe('A scripted moment of history, with optional effects.'),
  ] as const;
}

export const EventSpecSchema = z.discriminatedUnion('type', eventVariants({}));

const FleetSchema = z.strictObject({
  id: id,
  location: id.describe('The id of the system the fleet starts at.'),
  strength: z
    .number()
    .int()
    .min(1)
    .max(500)
    .describe(
      'Its ships: a battle’s odds weigh the ships on each side (`battle.oddsPower`), and each ship costs upkeep.',
    ),
});

const PowerSchema = z.strictObject({
  standing: count(100)
    .default(60)
    .describe(
      'Diplomatic standing at the start, 0–100: honour every year; below 20 the other may suspend the Accords.',
    ),
  support: count(100)
    .default(60)
    .describe('Support at home at the start, 0–100: points every year; a government at 0 falls.'),
  reserves: count(100000).default(20).describe('Reserves at the start: spent on ships, development and aid.'),
  embassy: count(3).default(0).describe('Level of its embassy on the other party’s capital world.'),
  fleets: z.array(FleetSchema).max(50).default([]),
});

const scoreMin = z.number().int();

/** A victory grade: the least score that earns it, for both powers or for one alone. */
const GradeSchema = z.strictObject({
  id: id.describe('The grade’s identifier (its name is what players read).'),
  name: text(40).describe('The grade’s name, shown at the end.'),
  min: scoreMin.describe(
    'The least score that earns it: run Auto-playtest to see the scores a game of this length makes.',
  ),
  minFor: z
    .strictObject({
      federation: scoreMin.optional().describe('The least score for the Federation.'),
      klingon: scoreMin.optional().describe('The least score for the Klingon Empire.'),
    })
    .optional()
    .describe(
      'The least score for one power, in place of min, where the scenario asks more of one side than of the other (a war of its own, a weaker start): Auto-playtest shows each side’s scores.',
    ),
});

export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    title: text(120).describe('The name on the New game screen.'),
    description: text(2000).default('').describe('What the scenario is about, shown on the New game screen.'),
    teaches: text(400)
      .optional()
      .describe('What a player learns from this scenario, shown on the New game screen.'),
    firstYear: year.describe('The first year played (one year a turn).'),
    lastYear: year.describe(
      `The year the game ends (it is scored then): after firstYear, and at most ${MAX_SCENARIO_YEARS} years after it.`,
    ),
    signedYear: year.optional().describe('Year the Accords were signed; the first year otherwise.'),
    sides: z
      .array(party)
      .min(1)
      .max(2)
      .default(['federation', 'klingon'])
      .describe('Sides a player may take.'),
    status: z
      .enum(['in-force', 'strained', 'suspended'])
      .default('in-force')
      .describe('The Accords at the start.'),
    suspendedSince: year.optional().describe('With status "suspended": the year it began.'),
    map: z.strictObject({
      systems: z
        .array(
          z.strictObject({
            id,
            name: text(60).describe('The name on the map.'),
            x: z.number().min(0).max(1000).describe('Across the map, 0–1000, left to right.'),
            y: z.number().min(0).max(1000).describe('Down the map, 0–1000, top to bottom.'),
            owner: z
              .string()
              .nullable()
              .describe(
                'Who holds it: federation, klingon or a third power’s id; null for nobody (the editor’s “no owner”).',
              ),
            output: count(100).describe(
              'Its industry: the holder’s income every year, and its prosperity; development raises it.',
            ),
            zone: z
              .enum(ZONES)
              .describe(
                'core or border: a power’s own (no rule depends on which); neutral-zone: the demilitarised space of Articles I and VI (taking it, or more than the limit of fleets there, breaks them; no signatory may hold one at the start); disputed: claimed by both, to be seized or taken to arbitration (Article VI).',
              ),
            capital: z
              .boolean()
              .default(false)
              .describe('A power’s capital (each has exactly one): the other’s embassy stands there.'),
            shipyard: z.boolean().default(false).describe('Ships are built here, by whoever holds it.'),
          }),
        )
        .min(2)
        .max(200),
      lanes: z
        .array(z.tuple([id, id]))
        .max(1000)
        .describe('Pairs of system ids joined by a lane.'),
    }),
    powers: z.strictObject({ federation: PowerSchema, klingon: PowerSchema }),
    thirdPowers: z
      .array(
        z.strictObject({
          id,
          name: text(60).describe('Its name in texts and on the map.'),
          resents: party
            .nullable()
            .default(null)
            .describe('The party its wars seek first ("resented" victims); none when null.'),
          aggression: z
            .array(
              z.strictObject({
                from: year.describe('The first year of this era.'),
                level: count(100).describe(
                  'Aggression 0–100: how likely an incursion by an “any” attacker is to be this power’s (0: never).',
                ),
              }),
            )
            .min(1)
            .max(50)
            .describe('Aggression by era: the entry with the latest “from” not after the year applies.'),
          fleets: z.array(FleetSchema).max(50).default([]),
        }),
      )
      .max(20)
      .default([]),
    timeline: z
      .array(z.discriminatedUnion('type', eventVariants({ year })))
      .max(500)
      .default([])
      .describe('Scripted events, revealed in their year.'),
    eventTable: z
      .array(
        z.discriminatedUnion(
          'type',
          eventVariants({
            weight: z.number().int().min(1).max(1000),
            from: year.optional().describe('First year the entry can be drawn.'),
            until: year.optional().describe('Last year the entry can be drawn.'),
          }),
        ),
      )
      .max(200)
      .default([])
      .describe('Random events, drawn by weight.'),
    rules: RulesSchema,
    grades: z
      .array(GradeSchema)
      .min(1)
      .max(10)
      .default(DEFAULT_GRADES)
      .describe('Victory grades, highest first; the first whose least score (min) a score reaches is given.'),
  })
  .strict();

export type EventSpec = z.output<typeof EventSpecSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A scenario that passed both the schema and the checks of `parseScenario`. */
export type Scenario = z.output<typeof ScenarioSchema> & { readonly __validated: true };
export type TimelineEntry = Scenario['timeline'][number];
export type TableEntry = Scenario['eventTable'][number];
export type Grade = z.output<typeof GradeSchema>;

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    title: 'Khitomer scenario',
    description: 'A scenario of Khitomer: the map, the powers, the timeline, the event table and the rules.',
    ...schema,
  };
}
