// A small reader of the Markdown the rules are written in (docs/RULES.md): headings, paragraphs,
// lists, tables, quotes, code and links within the page. It gives blocks of plain text spans; the
// screen builds them as text nodes (ui/rules.ts), so nothing in the text is ever run as HTML.

export type Span =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  /** A link: `anchor` is a heading's id on this page, or null for a link that leaves it (shown as text). */
  | { kind: 'link'; text: string; anchor: string | null };

export interface ListItem {
  spans: Span[];
  children: Block[];
}

export type Block =
  | { kind: 'heading'; level: number; id: string; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'quote'; spans: Span[] }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; head: Span[][]; rows: Span[][][] };

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The inline marks: `code`, **strong**, *em* or _em_, [text](target). */
export function spans(text: string): Span[] {
  const out: Span[] = [];
  const re = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^)\s]*)\)/g;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: plain(m[2]) });
    else if (m[3] !== undefined) out.push({ kind: 'em', text: plain(m[3]) });
    else {
      const target = m[5] ?? '';
      out.push({
        kind: 'link',
        text: plain(m[4] ?? ''),
        anchor: target.startsWith('#') ? target.slice(1) : null,
      });
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** A link's or a mark's words without their own marks (`code` in a link keeps its words). */
function plain(text: string): string {
  return text.replace(/[`*]/g, '');
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;

/** The page as blocks. HTML comments are left out. */
export function parseMarkdown(source: string): Block[] {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const isBreak = (line: string) =>
    line.trim() === '' || /^(#{1,6}\s|```|\||>)/.test(line) || LIST_ITEM.test(line);
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = heading[2] ?? '';
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, id: slug(text), spans: spans(text) });
      i++;
      continue;
    }
    if (line.startsWith('```')) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) body.push(lines[i++] ?? '');
      i++;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) rows.push(cells(lines[i++] ?? ''));
      const [head = [], rule, ...rest] = rows;
      const body = rule?.every((c) => /^:?-+:?$/.test(c)) ? rest : rule ? [rule, ...rest] : rest;
      blocks.push({ kind: 'table', head: head.map(spans), rows: body.map((r) => r.map(spans)) });
      continue;
    }
    if (line.startsWith('>')) {
      const body: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('>'))
        body.push((lines[i++] ?? '').replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', spans: spans(body.join(' ')) });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const [list, next] = parseList(lines, i);
      blocks.push(list);
      i = next;
      continue;
    }
    const body: string[] = [];
    while (i < lines.length && (body.length === 0 || !isBreak(lines[i] ?? '')))
      body.push((lines[i++] ?? '').trim());
    blocks.push({ kind: 'paragraph', spans: spans(body.join(' ')) });
  }
  return blocks;
}

/** A list from line `start`: its items, their wrapped lines, and the lists indented under them. */
function parseList(lines: string[], start: number): [Block & { kind: 'list' }, number] {
  const first = LIST_ITEM.exec(lines[start] ?? '');
  const indent = first?.[1]?.length ?? 0;
  const ordered = /\d/.test(first?.[2] ?? '');
  const items: { text: string[]; children: Block[] }[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      // A blank line ends the list unless an item of it follows.
      const after = LIST_ITEM.exec(lines[i + 1] ?? '');
      const depth = after?.[1]?.length ?? -1;
      if (after && (depth > indent || (depth === indent && /\d/.test(after[2] ?? '') === ordered))) {
        i++;
        continue;
      }
      break;
    }
    const item = LIST_ITEM.exec(line);
    const depth = item ? (item[1]?.length ?? 0) : -1;
    if (item && depth === indent && /\d/.test(item[2] ?? '') !== ordered) break;
    if (item && depth === indent) {
      items.push({ text: [item[3] ?? ''], children: [] });
      i++;
    } else if (item && depth > indent) {
      const [sub, next] = parseList(lines, i);
      items[items.length - 1]?.children.push(sub);
      i = next;
    } else if (!item && /^\s+/.test(line) && items.length > 0) {
      items[items.length - 1]?.text.push(line.trim());
      i++;
    } else break;
  }
  return [
    {
      kind: 'list',
      ordered,
      items: items.map((it) => ({ spans: spans(it.text.join(' ')), children: it.children })),
    },
    i,
  ];
}
