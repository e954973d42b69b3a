// The replay file format (DESIGN.md section 9, STYLE.md habit 7): the scenario, the seed, who played
// each side, every year's accepted orders and the state hash after every year. Raw JSON becomes a
// `Replay` only through `parseReplay`, which refuses a foreign, newer, malformed, tampered or cut
// short file with a stable code and a plain sentence. `levels/replay.schema.json` is generated from
// `ReplaySchema` (src/cli/replay-schema.ts).
import { z } from 'zod';
import { Derived } from '../derived';
import { hashValue } from '../hash';
import { type Order, OrderSchema } from '../orders/index';
import { MAX_SCENARIO_YEARS, type Scenario } from '../scenario/schema';
import { ARTICLES, type GameResult, PARTIES } from '../types';

export const REPLAY_FORMAT = 'khitomer-replay';
/** The newest format version this build reads and writes. */
export const REPLAY_VERSION = 1;
/** Largest replay text accepted, in characters: a century of orders with an embedded scenario fits many times over. */
export const MAX_REPLAY_CHARS = 4_000_000;

const hash = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'must be 16 lower-case hexadecimal digits')
  .describe('A 64-bit hash, as 16 hexadecimal digits.');
const year = z.number().int().min(1000).max(9999);
const party = z.enum(PARTIES);
const seed = z.string().min(1).max(200).describe('The game seed: every draw of the game derives from it.');
const controller = z
  .string()
  .min(1)
  .max(40)
  .describe(
    '"human", or the name of the AI policy that played the side (loyalist, pragmatist, hawk, random).',
  );
const both = <T extends z.ZodType>(of: T) => z.strictObject({ federation: of, klingon: of });

/** One order as the rules accept it: each order's schema is declared with it, in src/sim/orders/. */
export { OrderSchema };

const LedgerEntrySchema = z.strictObject({
  year,
  party,
  article: z.enum(ARTICLES).nullable(),
  kind: z.enum(['violation', 'reward', 'exposure']),
  code: z.string().max(100),
  delta: z.number().int(),
  priors: z.number().int().min(0),
  text: z.string().max(2000),
});

/** How the game ended: the same shape as `GameResult` in src/sim/types.ts. */
export const GameResultSchema = z.strictObject({
  kind: z.enum(['centennial', 'lapsed', 'collapse', 'government-fell']),
  year,
  cause: z.string().max(2000),
  scores: both(z.number().int()).nullable(),
  grades: both(z.string().max(100)).nullable(),
  chain: z.array(LedgerEntrySchema).max(10_000),
  loser: party.nullable(),
});

export const ReplayTurnSchema = z.strictObject({
  year: year.describe('The year played.'),
  controllers: both(controller)
    .optional()
    .describe('Present when someone took over at the start of this year: who plays each side from now on.'),
  orders: both(z.array(OrderSchema).max(1000)).describe(
    'The orders each power gave and the rules accepted, in the order given.',
  ),
  hash: hash
    .nullable()
    .describe(
      'The state hash after the year was resolved. A replay file has every year’s; only a share link leaves some out (null), and it keeps every tenth year’s and the last.',
    ),
});

export const ReplaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION).describe('The replay format version.'),
  rulesVersion: z
    .number()
    .int()
    .min(1)
    .describe('The rules version the game was played under (RULES_VERSION of src/sim/game.ts).'),
  scenario: z.strictObject({
    id: z.string().min(1).max(64),
    hash: hash.describe('The hash of the scenario’s content, defaults filled in.'),
    embedded: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('The whole scenario (see scenario.schema.json), for a scenario that is not built in.'),
  }),
  seed,
  players: both(controller).describe('Who played each side from the first year.'),
  branch: z
    .strictObject({
      fromSeed: seed.describe(
        'The seed of the game this one was taken over from: always the same as `seed`, so the draws stay those of the original.',
      ),
      fromYear: year.describe('The year whose start the game was taken over at.'),
      fromHash: hash.describe('The state hash at the start of that year, before anyone took over.'),
      side: party.describe('The side taken over.'),
    })
    .nullable()
    .describe('Null for a game played from its start; for a take-over, where it branched.'),
  turns: z
    .array(ReplayTurnSchema)
    .max(MAX_SCENARIO_YEARS)
    .describe('Every year played, from the scenario’s first year, without a gap.'),
  result: GameResultSchema.nullable().describe('How the game ended; null while it goes on.'),
});

/** A replay as it may come from a file: not yet checked. */
export type ReplayInput = z.input<typeof ReplaySchema>;
export type ReplayTurn = z.output<typeof ReplayTurnSchema>;
export type ReplayBranch = NonNullable<z.output<typeof ReplaySchema>['branch']>;
/** A replay that `parseReplay` checked (or a Recorder built): its scenario is known and its years complete. */
export type Replay = z.output<typeof ReplaySchema> & { readonly __replay: true };

// The schema must describe exactly the core's orders and results: the compiler checks it here, so a
// new order type or result field cannot be left out of the replay format.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const sameOrder: Same<z.output<typeof OrderSchema>, Order> = true;
const sameResult: Same<z.output<typeof GameResultSchema>, GameResult> = true;
void sameOrder;
void sameResult;

const ORDER_FIELDS: ReadonlyMap<string, readonly string[]> = new Map(
  OrderSchema.options.map((o) => [o.shape.type.value, Object.keys(o.shape)] as const),
);

/** The order with only its own fields, in the schema's order (what a replay stores). */
export function canonicalOrder(order: Order): Order {
  const source = order as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of ORDER_FIELDS.get(order.type) ?? ['type']) out[field] = source[field];
  return out as unknown as Order;
}

// Every replay recorded, parsed and verified on one scenario asks for its hash again (hashing one
// takes about half a ms; tests/unit/derived.test.ts).
const scenarioHashes = new Derived<Scenario, string>((scenario) => {
  // What a scenario teaches is advice to the reader, not part of the game: it leaves the hash as it was.
  const { teaches: _advice, ...game } = scenario;
  return hashValue(game);
});

/**
 * A stable 64-bit hash of a scenario's content, its defaults filled in: the same scenario written
 * with other spacing, key order or left-out defaults has the same hash. Its `teaches` text is left out.
 */
export function scenarioHash(scenario: Scenario): string {
  return scenarioHashes.of(scenario);
}

export function replayJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReplaySchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    title: 'Khitomer replay',
    description:
      'A replay of a Khitomer game: the scenario, the seed, who played each side, every year’s orders and the state hash after every year.',
    ...schema,
  };
}

/**
 * The replay as text, one line per year (so that a diff of two replays shows the years that
 * differ). `parseReplayText(encodeReplay(r))` gives back `r`.
 */
export function encodeReplay(replay: Replay): string {
  const block = (v: unknown) => JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
  const turns =
    replay.turns.length === 0
      ? '[]'
      : `[\n${replay.turns.map((t) => `    ${JSON.stringify(canonicalTurn(t))}`).join(',\n')}\n  ]`;
  const scenario = {
    id: replay.scenario.id,
    hash: replay.scenario.hash,
    ...(replay.scenario.embedded === undefined ? {} : { embedded: replay.scenario.embedded }),
  };
  const fields: [string, string][] = [
    ['format', JSON.stringify(replay.format)],
    ['version', JSON.stringify(replay.version)],
    ['rulesVersion', JSON.stringify(replay.rulesVersion)],
    ['scenario', block(scenario)],
    ['seed', JSON.stringify(replay.seed)],
    ['players', JSON.stringify({ federation: replay.players.federation, klingon: replay.players.klingon })],
    ['branch', block(replay.branch)],
    ['turns', turns],
    ['result', block(replay.result)],
  ];
  return `{\n${fields.map(([k, v]) => `  "${k}": ${v}`).join(',\n')}\n}\n`;
}

function canonicalTurn(t: ReplayTurn): ReplayTurn {
  return {
    year: t.year,
    ...(t.controllers
      ? { controllers: { federation: t.controllers.federation, klingon: t.controllers.klingon } }
      : {}),
    orders: {
      federation: t.orders.federation.map(canonicalOrder),
      klingon: t.orders.klingon.map(canonicalOrder),
    },
    hash: t.hash,
  };
}

/**
 * A replay made small for a share link: the hash of every tenth year and of the last is kept, the
 * others left out (null). Verifying still re-plays every year and checks every hash kept, so a
 * change is caught at the next of them; a replay file keeps every year's hash.
 */
export function compactForLink(replay: Replay): Replay {
  const last = replay.turns.length - 1;
  return {
    ...replay,
    turns: replay.turns.map((t, i) => (hashKeptInLink(i, last) ? t : { ...t, hash: null })),
  };
}

/** Whether a share link keeps the hash of turn `index` (of turns up to `last`): every tenth year's and the last. */
export function hashKeptInLink(index: number, last: number): boolean {
  return (index + 1) % 10 === 0 || index === last;
}
