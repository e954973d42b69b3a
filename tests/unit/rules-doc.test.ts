// docs/RULES.md states every number of the rules for players and scenario authors. It is kept
// true by this test: a default changed in src/sim/scenario/rules.ts, a key added, renamed or
// removed, new default grades or a new RULES_VERSION fail here until the page says the same.
// The conventions are written at the top of RULES.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADES, RULES_VERSION, RulesSchema } from '../../src/sim/index';

const DOC = join(__dirname, '..', '..', 'docs', 'RULES.md');

/** Every key of the rules block with its default: `group.key` inside a group, `key` at the top. */
function ruleDefaults(): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(RulesSchema.parse({}) as Record<string, unknown>)) {
    if (typeof value === 'number') out.set(key, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [inner, v] of Object.entries(value)) {
        if (typeof v !== 'number') throw new Error(`rules.${key}.${inner} is not a number`);
        out.set(`${key}.${inner}`, v);
      }
    } else throw new Error(`rules.${key} is neither a number nor a group`);
  }
  return out;
}

/** The cells of each table row of a Markdown text (header and separator rows included). */
function tableRows(doc: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  doc.split('\n').forEach((text, i) => {
    const t = text.trim();
    if (!t.startsWith('|') || !t.endsWith('|')) return;
    rows.push({
      line: i + 1,
      cells: t
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    });
  });
  return rows;
}

/** A cell's number, read as written (a typographic minus counts as a minus); NaN if it is none. */
function cellNumber(cell: string): number {
  const t = cell.replace(/\u2212/g, '-');
  return /^-?\d+$/.test(t) ? Number(t) : Number.NaN;
}

/**
 * What the page gets wrong about `defaults` (named in `expected`), by the conventions of its
 * header comment; empty when it is true. `looksLikeKey` tells a rules key from other code words.
 */
function checkDoc(
  doc: string,
  expected: Map<string, number>,
  looksLikeKey: (name: string) => boolean,
): string[] {
  const problems: string[] = [];
  const found = new Set<string>();
  for (const { line, cells } of tableRows(doc)) {
    cells.forEach((cell, i) => {
      const m = /^`([^`]+)`$/.exec(cell);
      if (!m) return;
      const name = m[1] as string;
      const want = expected.get(name);
      if (want === undefined) {
        if (looksLikeKey(name)) problems.push(`line ${line}: \`${name}\` is not a key of the rules`);
        return;
      }
      found.add(name);
      const next = cells[i + 1];
      if (next === undefined || cellNumber(next) !== want) {
        problems.push(`line ${line}: \`${name}\` is followed by "${next ?? ''}", not its default ${want}`);
      }
    });
  }
  // A number written just before a key in brackets ("4 reserves a ship (`economy.shipCost`)").
  const inText = /(?<![\d.])([-\u2212]?\d+)([^\d()`|\n]{0,40})\(`([^`]+)`\)/g;
  doc.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(inText)) {
      const name = m[3] as string;
      const want = expected.get(name);
      if (want === undefined) {
        if (looksLikeKey(name)) problems.push(`line ${i + 1}: \`${name}\` is not a key of the rules`);
        continue;
      }
      if (cellNumber(m[1] as string) !== want) {
        problems.push(`line ${i + 1}: "${m[0]}" gives ${m[1]}, not the default ${want} of \`${name}\``);
      }
    }
  });
  for (const name of expected.keys()) {
    if (!found.has(name)) problems.push(`\`${name}\` is in no table with its default`);
  }
  problems.push(...versionProblems(doc, RULES_VERSION));
  return problems;
}

/**
 * What the page gets wrong about rules versions when `current` is the game's: its opening must
 * state `current`, and every other tag names the version its rule came in, so it can be no later
 * than `current` and no earlier than 1. A tag may be broken across lines, as prose wraps.
 */
function versionProblems(doc: string, current: number): string[] {
  const problems: string[] = [];
  const lineOf = (index: number) => doc.slice(0, index).split('\n').length;
  const opening = /the rules as the game plays them: \*\*(rules\s+version\s+(\d+))\*\*/i.exec(doc);
  if (!opening) {
    problems.push(
      `the page states no rules version in its opening ("the rules as the game plays them: **rules version ${current}**")`,
    );
  } else if (Number(opening[2]) !== current) {
    problems.push(
      `line ${lineOf(opening.index)}: the page states rules version ${opening[2]}; it is ${current}`,
    );
  }
  const stated = opening ? opening.index + opening[0].indexOf(opening[1] as string) : -1;
  for (const m of doc.matchAll(/rules\s+version\s+(\d+)/gi)) {
    if (m.index === stated) continue;
    const v = Number(m[1]);
    if (v < 1 || v > current) {
      problems.push(
        `line ${lineOf(m.index)}: "${m[0].replace(/\s+/g, ' ')}" is no rules version so far (1 to ${current})`,
      );
    }
  }
  return problems;
}

const defaults = ruleDefaults();
const groups = [...new Set([...defaults.keys()].filter((k) => k.includes('.')).map((k) => k.split('.')[0]))];
const topLevel = new Set([...defaults.keys()].filter((k) => !k.includes('.')));
const looksLikeKey = (name: string) =>
  topLevel.has(name) || groups.some((g) => name.startsWith(`${g}.`)) || name.startsWith('rules.');

/** The rules' defaults and the default grades (id → min), as the page must show them. */
function expectedNumbers(): Map<string, number> {
  const all = new Map(defaults);
  for (const g of DEFAULT_GRADES) all.set(g.id, g.min);
  return all;
}

describe('docs/RULES.md', () => {
  const doc = readFileSync(DOC, 'utf8');

  it('reads every number of the rules block, in groups and at the top', () => {
    // A guard on the test itself: the keys it checks are all the numbers the block holds, however
    // deep, so a rules block of another shape cannot pass with keys left unchecked.
    const leaves = (v: unknown): number =>
      typeof v === 'number' ? 1 : Object.values(v as object).reduce((n: number, x) => n + leaves(x), 0);
    expect(defaults.size).toBe(leaves(RulesSchema.parse({})));
    expect(defaults.has('costs.I/attack')).toBe(true);
    expect(defaults.has('detection.firstYearPercent')).toBe(true);
    expect(topLevel.has('repeatPercent')).toBe(true);
    expect(groups).toContain('costs');
  });

  it('gives every rules key and default grade with its default, and its rules versions rightly', () => {
    expect(checkDoc(doc, expectedNumbers(), looksLikeKey)).toEqual([]);
  });

  it('fails a page whose default is stale, whose key is unknown or missing, or whose version is wrong', () => {
    const expected = expectedNumbers();
    const stale = doc.replace('| `costs.I/attack` | 25 |', '| `costs.I/attack` | 30 |');
    expect(stale).not.toBe(doc);
    expect(checkDoc(stale, expected, looksLikeKey)).toEqual([
      expect.stringMatching(/`costs\.I\/attack` is followed by "30", not its default 25/),
    ]);

    const renamed = doc.replaceAll('`detection.laterYears`', '`detection.laterYear`');
    const problems = checkDoc(renamed, expected, looksLikeKey);
    expect(problems).toContainEqual(expect.stringMatching(/`detection\.laterYear` is not a key/));
    expect(problems).toContainEqual('`detection.laterYears` is in no table with its default');

    const inText = doc.replace(
      '4 reserves a ship (`economy.shipCost`)',
      '5 reserves a ship (`economy.shipCost`)',
    );
    expect(inText).not.toBe(doc);
    expect(checkDoc(inText, expected, looksLikeKey)).toEqual([
      expect.stringMatching(/gives 5, not the default 4 of `economy\.shipCost`/),
    ]);

    const opening = `plays them: **rules version ${RULES_VERSION}**`;
    expect(doc).toContain(opening);
    const old = doc.replace(opening, `plays them: **rules version ${RULES_VERSION - 1}**`);
    const openingLine = doc.slice(0, doc.indexOf(opening)).split('\n').length;
    expect(checkDoc(old, expected, looksLikeKey)).toEqual([
      `line ${openingLine}: the page states rules version ${RULES_VERSION - 1}; it is ${RULES_VERSION}`,
    ]);

    // A tag of a later version than the game's (here one broken across lines, as on the page).
    const wrapped = 'sanctions included (before rules version\n10 its sanctions';
    expect(doc).toContain(wrapped);
    const ahead = doc.replace(wrapped, wrapped.replace('\n10', `\n${RULES_VERSION + 1}`));
    const line = doc.slice(0, doc.indexOf(wrapped)).split('\n').length;
    expect(checkDoc(ahead, expected, looksLikeKey)).toEqual([
      `line ${line}: "rules version ${RULES_VERSION + 1}" is no rules version so far (1 to ${RULES_VERSION})`,
    ]);

    const grade = doc.replace('| `honour-guard` | 1115 |', '| `honour-guard` | 1100 |');
    expect(checkDoc(grade, expected, looksLikeKey)).toHaveLength(1);
  });

  it('asks the opening for the current rules version and every other tag for one up to it', () => {
    const page = (opening: string, ...tags: string[]) =>
      [
        `# Rules`,
        ``,
        `This is the rules as the game plays them: **rules version ${opening}**.`,
        ...tags,
      ].join('\n');
    expect(
      versionProblems(page('11', 'A rule (rules version 1).', 'Since rules version 11 it is so.'), 11),
    ).toEqual([]);
    expect(versionProblems(page('10', 'A rule (rules version 10).'), 11)).toEqual([
      'line 3: the page states rules version 10; it is 11',
    ]);
    expect(
      versionProblems(page('11', 'A rule (rules version 4).', 'Another (rules version 12).'), 11),
    ).toEqual(['line 5: "rules version 12" is no rules version so far (1 to 11)']);
    expect(versionProblems(page('11', 'A rule (Rules', 'version 0).'), 11)).toEqual([
      'line 4: "Rules version 0" is no rules version so far (1 to 11)',
    ]);
    expect(versionProblems('A page with only a tag (rules version 3).', 11)).toEqual([
      'the page states no rules version in its opening ("the rules as the game plays them: **rules version 11**")',
    ]);
  });

  it('is linked from the README and from levels/README.md', () => {
    const root = join(__dirname, '..', '..');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('docs/RULES.md');
    expect(readFileSync(join(root, 'levels', 'README.md'), 'utf8')).toContain('../docs/RULES.md');
  });
});
