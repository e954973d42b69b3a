// The Rules text: docs/RULES.md, the same text the repository keeps, read at build time and built
// as text nodes (never as HTML). Links to a heading of the page scroll the panel to it. Its own
// chunk, fetched when the Rules panel first opens (rules.ts): 25 KB gzipped off the first load.
import rulesText from '../../../docs/RULES.md?raw';
import { type Block, type ListItem, parseMarkdown, type Span } from '../markdown';
import { el } from './dom';

let parsed: Block[] | null = null;

function inline(list: Span[], scroll: (id: string) => void): Node[] {
  return list.map((s) => {
    if (s.kind === 'text') return document.createTextNode(s.text);
    if (s.kind === 'code') return el('code', {}, s.text);
    if (s.kind === 'strong') return el('strong', {}, s.text);
    if (s.kind === 'em') return el('em', {}, s.text);
    const anchor = s.anchor;
    if (anchor === null) return document.createTextNode(s.text);
    const a = el('a', {}, s.text);
    a.href = `#${anchor}`;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      scroll(anchor);
    });
    return a;
  });
}

function block(b: Block, scroll: (id: string) => void): HTMLElement {
  switch (b.kind) {
    case 'heading': {
      const h = el(
        `h${Math.min(6, b.level + 1)}` as 'h2',
        { id: `rules-${b.id}` },
        ...inline(b.spans, scroll),
      );
      return h;
    }
    case 'paragraph':
      return el('p', {}, ...inline(b.spans, scroll));
    case 'quote':
      return el('blockquote', {}, ...inline(b.spans, scroll));
    case 'code':
      return el('pre', {}, el('code', {}, b.text));
    case 'list': {
      const item = (it: ListItem) =>
        el('li', {}, ...inline(it.spans, scroll), ...it.children.map((c) => block(c, scroll)));
      return b.ordered ? el('ol', {}, ...b.items.map(item)) : el('ul', {}, ...b.items.map(item));
    }
    case 'table':
      return el(
        'table',
        {},
        el('tr', {}, ...b.head.map((c) => el('th', {}, ...inline(c, scroll)))),
        ...b.rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, ...inline(c, scroll))))),
      );
  }
}

/** The rules as blocks of the page, their links scrolling `body` to the heading they name. */
export function rulesBlocks(body: HTMLElement): HTMLElement[] {
  parsed ??= parseMarkdown(rulesText);
  const scroll = (id: string) => {
    body.querySelector(`#rules-${CSS.escape(id)}`)?.scrollIntoView({ block: 'start' });
  };
  return parsed.map((b) => block(b, scroll));
}
