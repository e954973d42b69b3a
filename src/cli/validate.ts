// npm run validate -- <files or ids…>: exit 0 when every file (or scenario shipped with the game,
// by id) is a valid scenario; otherwise every problem, by file and path, and exit 1.
import { existsSync } from 'node:fs';
import { die, loadScenario, printScenarioErrors, readScenarioFile, shippedScenarioIds } from './load';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0)
  die(`usage: npm run validate -- <scenario.json or id> [more …]\nids: ${shippedScenarioIds().join(', ')}`);
let bad = 0;
for (const file of files) {
  // A file of that name comes first: an id is read only when no such file is there.
  const byId = shippedScenarioIds().includes(file) && !existsSync(file);
  const r = byId ? await loadScenario(file) : readScenarioFile(file);
  if (r.ok) {
    process.stdout.write(`${file}: valid (${r.value.id}, ${r.value.firstYear}–${r.value.lastYear})\n`);
  } else {
    bad++;
    printScenarioErrors(file, r.error);
  }
}
if (bad > 0) {
  process.stderr.write(`${bad} of ${files.length} file${files.length === 1 ? '' : 's'} invalid\n`);
  process.exit(1);
}
