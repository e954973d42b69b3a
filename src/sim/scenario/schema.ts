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
        system: id.optional().describe('The world struck; a system of the victim drawn at random otherwise.'),
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
  location: id,
  strength: z.number().int().min(1).max(500),
});

const PowerSchema = z.strictObject({
  standing: count(100).default(60),
  support: count(100).default(60),
  reserves: count(100000).default(20),
  embassy: count(3).default(0).describe('Level of its embassy on the other party’s capital world.'),
  fleets: z.array(FleetSchema).max(50).default([]),
});

export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    title: text(120),
    description: text(2000).default(''),
    teaches: text(400)
      .optional()
      .describe('What a player learns from this scenario, shown on the New game screen.'),
    firstYear: year,
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
            name: text(60),
            x: z.number().min(0).max(1000),
            y: z.number().min(0).max(1000),
            owner: z.string().nullable().describe('A party, a third power’s id, or null.'),
            output: count(100),
            zone: z.enum(ZONES),
            capital: z.boolean().default(false),
            shipyard: z.boolean().default(false),
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
          name: text(60),
          resents: party.nullable().default(null),
          aggression: z
            .array(z.strictObject({ from: year, level: count(100) }))
            .min(1)
            .max(50)
            .describe('Aggression by era: the entry with the latest `from` not after the year applies.'),
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
      .array(z.strictObject({ id, name: text(40), min: z.number().int() }))
      .min(1)
      .max(10)
      .default(DEFAULT_GRADES)
      .describe('Victory grades, highest first; the first whose `min` a score reaches is given.'),
  })
  .strict();

export type EventSpec = z.output<typeof EventSpecSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A scenario that passed both the schema and the checks of `parseScenario`. */
export type Scenario = z.output<typeof ScenarioSchema> & { readonly __validated: true };
export type TimelineEntry = Scenario['timeline'][number];
export type TableEntry = Scenario['eventTable'][number];

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
