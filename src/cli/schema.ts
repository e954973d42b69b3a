// npm run schema: writes levels/scenario.schema.json from the scenario schema in src/sim.
// A unit test fails when the file and the schema drift apart.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../sim/index';

export const SCHEMA_PATH = 'levels/scenario.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('schema.ts')) {
  writeFileSync(SCHEMA_PATH, schemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
