// npm run validate -- <files…>: exit 0 when every file is a valid scenario; otherwise every
// problem, by file and path, and exit 1.
import { die, printScenarioErrors, readScenarioFile } from './load';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) die('usage: npm run validate -- <scenario.json> [more.json …]');
let bad = 0;
for (const file of files) {
  const r = readScenarioFile(file);
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
