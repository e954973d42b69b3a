// npx tsx src/cli/replay-schema.ts: writes levels/replay.schema.json from the replay schema in
// src/sim/replay. A unit test fails when the file and the schema drift apart.
import { writeFileSync } from 'node:fs';
import { replayJsonSchema } from '../sim/replay/index';

export const REPLAY_SCHEMA_PATH = 'levels/replay.schema.json';

export function replaySchemaText(): string {
  return `${JSON.stringify(replayJsonSchema(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('replay-schema.ts')) {
  writeFileSync(REPLAY_SCHEMA_PATH, replaySchemaText());
  process.stdout.write(`wrote ${REPLAY_SCHEMA_PATH}\n`);
}
