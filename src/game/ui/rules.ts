// The Rules screen: docs/RULES.md, the same text the repository keeps, read at build time and built
// as text nodes (never as HTML). Links to a heading of the page scroll the panel to it.
import rulesText from '../../../docs/RULES.md?raw';
import { type Block, type ListItem, parseMarkdown, type Span } from '../markdown';
import { button, el } from './dom';

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

/** The Rules panel. */
export function rulesDialog(onClose: () => void): HTMLElement {
  parsed ??= parseMarkdown(rulesText);
  const body = el('div', { class: 'rules-text', testid: 'rules-text' });
  const scroll = (id: string) => {
    body.querySelector(`#rules-${CSS.escape(id)}`)?.scrollIntoView({ block: 'start' });
  };
  for (const b of parsed) body.append(block(b, scroll));
  const dialog = el(
    'div',
    { class: 'dialog rules', testid: 'rules', role: 'dialog', label: 'Rules' },
    el(
      'div',
      { class: 'row rules-bar' },
      el('b', {}, 'Rules'),
      button('Close', onClose, { class: 'primary', testid: 'rules-close' }),
      el('kbd', {}, 'Esc'),
    ),
    body,
  );
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onClose();
  });
  return dialog;
}
