// npm run replay -- record --scenario <id or path> --seed <text> --federation <ai> --klingon <ai> --out <file>
// npm run replay -- verify <file…>
// npm run replay -- show <file>
// Records an AI game as a replay, re-simulates replays and checks every year's hash, or prints one
// year by year. Exit 0 when all is well, 1 when a replay is refused or diverges, 2 for a usage error.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  describeOrder,
  PARTIES,
  PARTY_TITLES,
  type Party,
  policyNames,
  type Result,
  seedFromEntropy,
} from '../sim/index';
import {
  type Divergence,
  encodeReplay,
  MAX_REPLAY_CHARS,
  originText,
  parseReplayText,
  type Replay,
  type ReplayError,
  recordGame,
  replayStates,
  verifyReplay,
} from '../sim/replay/index';
import { die, loadScenario, printScenarioErrors, readTextFile } from './load';

const USAGE = `usage:
  npm run replay -- record --scenario <id or path> [--seed <text>] --federation <ai> --klingon <ai> --out <file>
  npm run replay -- verify <file> [more files …]
  npm run replay -- show <file>`;

function usage(message: string): never {
  die(`${message}\n${USAGE}`, 2);
}

/** Parse arguments; a mistake in them is a usage error. */
function args<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
}

/** A replay file, or why not, in one line: `code: sentence`. */
function readReplay(file: string): Result<Replay, string> {
  const refuse = (message: string): Result<Replay, string> => ({ ok: false, error: message });
  const read = readTextFile(file, MAX_REPLAY_CHARS, 'a replay');
  if (!read.ok)
    return refuse(read.error.startsWith('cannot read') ? read.error : `replay/too-large: ${read.error}`);
  const text = read.value;
  // A file keeps every year's hash: only a share link may leave some out.
  const parsed = parseReplayText(text, { hashes: 'every-year' });
  return parsed.ok ? parsed : refuse(errorText(parsed.error));
}

function errorText(e: ReplayError): string {
  return `${e.code}: ${e.message}`;
}

function divergenceText(d: Divergence): string {
  return d.detail ? `${d.message}: ${d.detail}` : d.message;
}

async function record(argv: string[]): Promise<void> {
  const { values, positionals } = args(() =>
    parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        federation: { type: 'string' },
        klingon: { type: 'string' },
        out: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (positionals.length > 0) usage(`record takes no file names (got ${positionals.join(' ')}): use --out`);
  const missing = (['scenario', 'federation', 'klingon', 'out'] as const).filter((k) => !values[k]);
  if (missing.length > 0) usage(`record needs ${missing.map((k) => `--${k}`).join(', ')}`);
  const policies = { federation: values.federation as string, klingon: values.klingon as string };
  for (const p of PARTIES) {
    if (!policyNames().includes(policies[p])) {
      usage(`--${p} "${policies[p]}" is not an AI policy (${policyNames().join(', ')})`);
    }
  }
  const where = values.scenario as string;
  const scenario = await loadScenario(where);
  if (!scenario.ok) {
    printScenarioErrors(where, scenario.error);
    process.exit(1);
  }
  // A game without a seed gets a generated one, recorded in the replay (and shown).
  const seed = values.seed ?? seedFromEntropy([...randomBytes(10)]);
  const played = recordGame(scenario.value, { seed, policies });
  if (!played.ok) die(`${played.error.code}: ${played.error.message}`, 1);
  const { replay, state } = played.value;
  const out = values.out as string;
  try {
    writeFileSync(out, encodeReplay(replay));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    die(`${out}: cannot write the replay (${String(code ?? e)})`, 1);
  }
  const r = state.result;
  const end = r ? `${r.kind} in ${r.year}` : `stopped in ${state.year}`;
  process.stdout.write(
    `${out}: ${scenario.value.id}, seed "${seed}", federation ${policies.federation} vs klingon ${policies.klingon}: ` +
      `${replay.turns.length} years, ${end}, final hash ${replay.turns.at(-1)?.hash ?? '-'}` +
      `${replay.scenario.embedded ? ' (scenario embedded)' : ''}\n`,
  );
}

function files(argv: string[]): string[] {
  return args(() => parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true })).positionals;
}

function verify(argv: string[]): void {
  const positionals = files(argv);
  if (positionals.length === 0) usage('verify needs at least one replay file');
  let bad = 0;
  for (const file of positionals) {
    const parsed = readReplay(file);
    if (!parsed.ok) {
      bad++;
      process.stderr.write(`${file}: ${parsed.error}\n`);
      continue;
    }
    const v = verifyReplay(parsed.value);
    if (v.ok) {
      process.stdout.write(
        `${file}: ok, ${v.years} years verified, ${v.hashesChecked} state hashes checked, final hash ${v.finalHash}${carried(parsed.value)}\n`,
      );
    } else {
      bad++;
      process.stderr.write(`${file}: ${divergenceText(v)}\n`);
    }
  }
  if (bad > 0) {
    const n = positionals.length;
    process.stderr.write(`${bad} of ${n} replay${n === 1 ? '' : 's'} ${bad === 1 ? 'fails' : 'fail'}\n`);
    process.exit(1);
  }
}

const num = (n: number) => String(n).padStart(3);
const initial = (p: Party) => (p === 'federation' ? 'F' : 'K');

function show(argv: string[]): void {
  const positionals = files(argv);
  if (positionals.length !== 1) usage('show takes exactly one replay file');
  const file = positionals[0] as string;
  const parsed = readReplay(file);
  if (!parsed.ok) die(`${file}: ${parsed.error}`, 1);
  const replay = parsed.value;
  const { states, reports, verification, scenario } = replayStates(replay);
  const w = (line: string) => process.stdout.write(`${line}\n`);
  w(
    `${replay.scenario.id} — seed "${replay.seed}" — federation: ${replay.players.federation}, klingon: ${replay.players.klingon}` +
      ` — rules version ${replay.rulesVersion}`,
  );
  const origin = scenario ? originText(replay, scenario.title) : null;
  if (origin) w(`scenario: ${origin}`);
  const b = replay.branch;
  if (b) {
    w(
      `taken over as ${b.side} at the start of ${b.fromYear}, from a game of the same seed (state hash ${b.fromHash})`,
    );
  }
  w('');
  w('year  standing  support  treaty     hash');
  w('        F   K     F   K');
  reports.forEach((report, i) => {
    const before = states.at(i);
    const after = states.at(i + 1);
    const turn = replay.turns[i];
    if (!before || !after || !turn) return;
    if (turn.controllers) {
      w(`  — taken over: federation ${turn.controllers.federation}, klingon ${turn.controllers.klingon}`);
    }
    const sf = after.powers.federation;
    const sk = after.powers.klingon;
    w(
      `${report.year}  ${num(sf.standing)} ${num(sk.standing)}   ${num(sf.support)} ${num(sk.support)}  ${after.status.padEnd(9)}  ${report.hash}`,
    );
    if (report.events.length > 0) w(`      events: ${report.events.map((e) => e.title).join('; ')}`);
    for (const p of PARTIES) {
      const orders = turn.orders[p];
      const text = orders.length === 0 ? '(none)' : orders.map((o) => describeOrder(before, p, o)).join('; ');
      w(`      ${p.padEnd(10)} ${text}`);
    }
    for (const e of report.ledger) {
      if (e.kind === 'reward' || e.article === null) continue;
      w(`      violation  ${initial(e.party)} Article ${e.article} (${e.delta} standing): ${e.text}`);
    }
  });
  if (!verification.ok) die(`\n${file}: ${divergenceText(verification)}`, 1);
  const r = verification.state.result;
  if (r) {
    w('');
    w(`${r.kind.toUpperCase()} in ${r.year}: ${r.cause}`);
    if (r.scores && r.grades) {
      for (const p of PARTIES) w(`  ${PARTY_TITLES[p]}: score ${r.scores[p]} — ${r.grades[p]}`);
    }
  } else {
    w('');
    w(`the game goes on in ${verification.state.year}`);
  }
  w(
    `verified: ${verification.years} years, ${verification.hashesChecked} state hashes checked, final hash ${verification.finalHash}`,
  );
}

/** For verify: on which scenario, when the replay carries its own (a built-in's id named as what it is). */
function carried(replay: Replay): string {
  const embedded = replay.scenario.embedded as { title?: unknown } | undefined;
  const title = typeof embedded?.title === 'string' ? embedded.title : replay.scenario.id;
  const origin = originText(replay, title);
  return origin ? ` (on ${origin})` : '';
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  switch (command) {
    case 'record':
      await record(rest);
      return;
    case 'verify':
      verify(rest);
      return;
    case 'show':
      show(rest);
      return;
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\nAI policies: ${policyNames().join(', ')}\n`);
      return;
    case undefined:
      usage('no command given');
      break;
    default:
      usage(`"${command}" is not a command (record, verify, show)`);
  }
}

main().catch((e: unknown) => die(e instanceof Error ? e.message : String(e), 1));
